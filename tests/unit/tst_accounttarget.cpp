// core/outbox/AccountTarget: smtpTargetFor() and pop3TargetFor() give each
// server of an account its own endpoint and exactly its own certificate pins,
// on top of the policy passed in (e.g. --ca-file).

#include "account/AccountStore.h"
#include "account/TrustStore.h"
#include "outbox/AccountTarget.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

QByteArray digest(const char *seed)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
}

CertificatePin pinFor(const char *seed, const Endpoint &endpoint)
{
    CertificatePin pin;
    pin.sha256 = digest(seed);
    pin.host = endpoint.host;
    pin.port = endpoint.port;
    pin.pinnedAt = QDateTime::currentDateTimeUtc();
    return pin;
}

} // namespace

class TestAccountTarget : public QObject {
    Q_OBJECT

private slots:
    void eachServerGetsOnlyItsOwnPins()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
        QVERIFY(store.load());
        Account account(*EmailAddress::parse(QStringLiteral("alice@example.test")));
        const Endpoint smtp { QStringLiteral("smtp.example.test"), 465, SecurityMode::Ssl };
        const Endpoint pop3 { QStringLiteral("pop.example.test"), 995, SecurityMode::Ssl };
        account.smtp = ServerSettings { smtp, QStringLiteral("alice") };
        account.pop3 = ServerSettings { pop3, QStringLiteral("alice") };
        account.authMechanisms = { QStringLiteral("plain") };
        QVERIFY(store.add(&account));
        TrustStore trust(&store);
        QVERIFY(trust.pin(account.id, pinFor("smtp", smtp)));
        QVERIFY(trust.pin(account.id, pinFor("pop3", pop3)));

        TlsPolicy base;
        base.pinnedSha256 << digest("from the caller");

        const Pop3Target pop = pop3TargetFor(account, &store, base);
        QCOMPARE(pop.server.toString(), pop3.toString());
        QCOMPARE(pop.tls.pinnedSha256,
            (QList<QByteArray> { digest("from the caller"), digest("pop3") }));

        SmtpSessionOptions options;
        options.tls = base;
        const SmtpTarget target = smtpTargetFor(account, &store, options);
        QCOMPARE(target.server.toString(), smtp.toString());
        QCOMPARE(target.options.tls.pinnedSha256,
            (QList<QByteArray> { digest("from the caller"), digest("smtp") }));
        QCOMPARE(target.options.forcedMechanisms, QList<QByteArray> { "PLAIN" });

        // A server moved to another port keeps no pin: pins are for the exact host and port.
        Account moved = account;
        moved.pop3->endpoint.port = 1995;
        QCOMPARE(pop3TargetFor(moved, &store, TlsPolicy()).tls.pinnedSha256, QList<QByteArray>());
    }
};

QTEST_GUILESS_MAIN(TestAccountTarget)
#include "tst_accounttarget.moc"
