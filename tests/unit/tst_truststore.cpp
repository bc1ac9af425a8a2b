// TrustStore (core/account/TrustStore.h): a certificate pin trusts one
// certificate for one account's exact host and port, and nothing else.

#include "account/AccountStore.h"
#include "account/TrustStore.h"
#include "net/TlsPolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

QSslCertificate loadCertificate(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../support/certs/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

Endpoint endpoint(const char *text, Protocol protocol = Protocol::Smtp)
{
    return *parseEndpoint(QString::fromLatin1(text), protocol);
}

} // namespace

class TestTrustStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AccountStore> m_store;
    QString m_badcert; // account with smtp.badcert.test:465 and pop.badcert.test:995
    QString m_other; // another account on the same servers
    QSslCertificate m_selfSigned;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_selfSigned = loadCertificate("selfsigned.pem");
        QVERIFY(!m_selfSigned.isNull());
        QFile::remove(m_dir.filePath(QStringLiteral("accounts.ini")));
        m_store = std::make_unique<AccountStore>(m_dir.filePath(QStringLiteral("accounts.ini")));
        QVERIFY(m_store->load());
        for (const char *address : { "alice@badcert.test", "bob@badcert.test" }) {
            Account account(*EmailAddress::parse(QString::fromLatin1(address)));
            account.smtp
                = ServerSettings { endpoint("smtp.badcert.test:465/ssl"), QLatin1String(address) };
            account.pop3 = ServerSettings { endpoint("pop.badcert.test:995/ssl", Protocol::Pop3),
                QLatin1String(address) };
            QVERIFY(m_store->add(&account));
            (m_badcert.isEmpty() ? m_badcert : m_other) = account.id;
        }
    }

    void cleanup()
    {
        m_badcert.clear();
        m_other.clear();
    }

    void pinAppliesOnlyToItsHostAndPort_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("applies");
        QTest::newRow("same host and port")
            << QStringLiteral("alice") << QStringLiteral("smtp.badcert.test") << 465 << true;
        QTest::newRow("host in capitals")
            << QStringLiteral("alice") << QStringLiteral("SMTP.BadCert.TEST") << 465 << true;
        QTest::newRow("other port, same host")
            << QStringLiteral("alice") << QStringLiteral("smtp.badcert.test") << 587 << false;
        QTest::newRow("same port, other host")
            << QStringLiteral("alice") << QStringLiteral("pop.badcert.test") << 465 << false;
        QTest::newRow("the account's other server")
            << QStringLiteral("alice") << QStringLiteral("pop.badcert.test") << 995 << false;
        QTest::newRow("parent domain")
            << QStringLiteral("alice") << QStringLiteral("badcert.test") << 465 << false;
        QTest::newRow("subdomain")
            << QStringLiteral("alice") << QStringLiteral("evil.smtp.badcert.test") << 465 << false;
        QTest::newRow("suffix trick")
            << QStringLiteral("alice") << QStringLiteral("smtp.badcert.test.evil.test") << 465
            << false;
        QTest::newRow("trailing dot")
            << QStringLiteral("alice") << QStringLiteral("smtp.badcert.test.") << 465 << false;
        QTest::newRow("its IP address")
            << QStringLiteral("alice") << QStringLiteral("127.0.0.6") << 465 << false;
        QTest::newRow("another account, same server")
            << QStringLiteral("bob") << QStringLiteral("smtp.badcert.test") << 465 << false;
    }

    void pinAppliesOnlyToItsHostAndPort()
    {
        QFETCH(QString, account);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, applies);

        TrustStore trust(m_store.get());
        const CertificatePin pin = CertificatePin::from(
            CertificateInfo::from(
                m_selfSigned, { QSslError(QSslError::SelfSignedCertificate, m_selfSigned) }),
            endpoint("smtp.badcert.test:465/ssl"));
        AccountError error;
        QVERIFY2(trust.pin(m_badcert, pin, &error), qPrintable(error.message()));

        const QString id = account == QLatin1String("alice") ? m_badcert : m_other;
        QCOMPARE(trust.pinsFor(id, host, quint16(port)).size(), applies ? 1 : 0);

        // What a connection gets: the digest is in its policy only when it applies.
        TlsPolicy policy;
        trust.applyTo(&policy, id, Endpoint { host, quint16(port), SecurityMode::Ssl });
        QCOMPARE(policy.isPinned(m_selfSigned), applies);
    }

    void pinRecordsWhyAndWhen()
    {
        TrustStore trust(m_store.get());
        const QDateTime now(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        const CertificatePin pin = CertificatePin::from(
            CertificateInfo::from(
                m_selfSigned, { QSslError(QSslError::SelfSignedCertificate, m_selfSigned) }),
            endpoint("SMTP.badcert.test:465/ssl"), now);
        QVERIFY(trust.pin(m_badcert, pin));

        AccountStore reloaded(m_store->path());
        QVERIFY(reloaded.load());
        const QList<CertificatePin> pins = TrustStore(&reloaded).pins(m_badcert);
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().sha256, m_selfSigned.digest(QCryptographicHash::Sha256));
        QCOMPARE(pins.first().host, QStringLiteral("smtp.badcert.test"));
        QCOMPARE(pins.first().port, quint16(465));
        QCOMPARE(pins.first().pinnedAt, now);
        QVERIFY(!pins.first().subject.isEmpty());
        QVERIFY2(!pins.first().reason.isEmpty(), "the reason it was not trusted is kept");
    }

    void pinForAServerOfNoAccountIsRefused()
    {
        TrustStore trust(m_store.get());
        CertificatePin pin = CertificatePin::from(
            CertificateInfo::from(m_selfSigned), endpoint("smtp.example.test:465/ssl"));
        AccountError error;
        QVERIFY(!trust.pin(m_badcert, pin, &error));
        QCOMPARE(error.code, AccountError::Code::Invalid);
        pin = CertificatePin::from(
            CertificateInfo::from(m_selfSigned), endpoint("smtp.badcert.test:587/starttls"));
        QVERIFY(!trust.pin(m_badcert, pin, &error));
        QVERIFY(!trust.pin(QStringLiteral("no-such-account"), pin, &error));
        QCOMPARE(error.code, AccountError::Code::NotFound);
        QVERIFY(trust.pins(m_badcert).isEmpty());
    }

    void repinningReplaces()
    {
        TrustStore trust(m_store.get());
        const CertificatePin pin = CertificatePin::from(
            CertificateInfo::from(m_selfSigned), endpoint("smtp.badcert.test:465/ssl"));
        QVERIFY(trust.pin(m_badcert, pin));
        QVERIFY(trust.pin(m_badcert, pin));
        QCOMPARE(trust.pins(m_badcert).size(), 1);
    }

    void listAndRevoke()
    {
        TrustStore trust(m_store.get());
        const CertificatePin smtpPin = CertificatePin::from(
            CertificateInfo::from(m_selfSigned), endpoint("smtp.badcert.test:465/ssl"));
        CertificatePin popPin = CertificatePin::from(CertificateInfo::from(m_selfSigned),
            endpoint("pop.badcert.test:995/ssl", Protocol::Pop3));
        popPin.sha256 = QByteArray(32, '\x42');
        QVERIFY(trust.pin(m_badcert, smtpPin));
        QVERIFY(trust.pin(m_badcert, popPin));
        QVERIFY(trust.pin(m_other, smtpPin));
        QCOMPARE(trust.pins(m_badcert).size(), 2);

        QCOMPARE(trust.revoke(m_badcert, popPin.sha256), 1);
        QCOMPARE(trust.revoke(m_badcert, popPin.sha256), 0);
        QCOMPARE(trust.pins(m_badcert).size(), 1);
        QCOMPARE(trust.revoke(m_badcert), 1);
        QVERIFY(trust.pins(m_badcert).isEmpty());
        // The other account's pin is its own.
        QCOMPARE(trust.pins(m_other).size(), 1);

        AccountError error;
        QCOMPARE(trust.revoke(QStringLiteral("no-such-account"), {}, &error), -1);
        QCOMPARE(error.code, AccountError::Code::NotFound);

        AccountStore reloaded(m_store->path());
        QVERIFY(reloaded.load());
        QVERIFY(reloaded.pins(m_badcert).isEmpty());
        QCOMPARE(reloaded.pins(m_other).size(), 1);
    }

    void removingTheAccountRemovesItsPins()
    {
        TrustStore trust(m_store.get());
        QVERIFY(trust.pin(m_badcert,
            CertificatePin::from(
                CertificateInfo::from(m_selfSigned), endpoint("smtp.badcert.test:465/ssl"))));
        QVERIFY(m_store->remove(m_badcert));
        QVERIFY(trust.pins(m_badcert).isEmpty());
        QVERIFY(trust.pinsFor(m_badcert, QStringLiteral("smtp.badcert.test"), 465).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
