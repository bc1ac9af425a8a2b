// Verifier against the testbed's real Postfix and Dovecot: every mechanism
// on both ports of both protocols, wrong passwords, bad certificates, the
// plaintext-only host, the blackhole, parallelism, and that verifying never
// sends a message. Runs inside the testbed namespace (scripts/testbed exec).

#include "TestbedEnv.h"
#include "verify/Verifier.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace mw;
using namespace mw::test;

namespace {

Endpoint endpoint(const char *text, Protocol protocol)
{
    return *parseEndpoint(QString::fromLatin1(text), protocol);
}

VerifyRequest requestFor(const char *user = "ALICE")
{
    VerifyRequest r;
    r.email = env(qPrintable(QStringLiteral("MAILWRIGHT_TB_%1_USER").arg(QLatin1String(user))));
    r.password = env(qPrintable(QStringLiteral("MAILWRIGHT_TB_%1_PASS").arg(QLatin1String(user))));
    // Generous: the testbed's Dovecot answers a failed login after 1 s (its
    // growing per-address penalty is off), and the machine may be loaded.
    r.deadlineMs = 45000;
    QString error;
    if (!r.tls.addCaFile(env("MAILWRIGHT_CA_FILE"), &error))
        qFatal("%s", qPrintable(error));
    return r;
}

VerifyReport verify(const VerifyRequest &request)
{
    Verifier verifier;
    std::optional<VerifyReport> report;
    QObject::connect(&verifier, &Verifier::finished, [&](const VerifyReport &r) { report = r; });
    verifier.start(request);
    if (!QTest::qWaitFor([&] { return report.has_value(); }, request.deadlineMs + 10000))
        qFatal("the verifier did not finish");
    return *report;
}

QString names(const ServerReport &server)
{
    QStringList out;
    for (const VerifyStep &step : server.steps)
        out << (step.ok ? QString() : QStringLiteral("!")) + verifyStepName(step.name);
    return out.join(QLatin1Char(' '));
}

QString dump(const ServerReport &r)
{
    QStringList lines { names(r), r.message };
    if (const VerifyStep *failed = r.failedStep())
        lines << failed->text << failed->detail << failed->hint;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestVerify : public QObject {
    Q_OBJECT

private slots:
    void everyMechanism_data()
    {
        QTest::addColumn<QString>("smtp");
        QTest::addColumn<QString>("pop3");
        QTest::addColumn<QByteArray>("mechanism");
        for (const auto &[smtp, pop3] :
            { std::pair { "smtp.example.test:465/ssl", "pop.example.test:995/ssl" },
                std::pair { "smtp.example.test:587/starttls", "pop.example.test:110/starttls" } }) {
            for (const char *mechanism : { "PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256" })
                QTest::addRow("%s %s %s", smtp, pop3, mechanism) << QString::fromLatin1(
                    smtp) << QString::fromLatin1(pop3) << QByteArray(mechanism);
        }
    }
    void everyMechanism()
    {
        QFETCH(QString, smtp);
        QFETCH(QString, pop3);
        QFETCH(QByteArray, mechanism);
        VerifyRequest request = requestFor("CAROL"); // a UTF-8 password, too
        request.smtp = parseEndpoint(smtp, Protocol::Smtp);
        request.pop3 = parseEndpoint(pop3, Protocol::Pop3);
        request.smtpMechanisms = request.pop3Mechanisms = { mechanism };
        const VerifyReport report = verify(request);
        QVERIFY2(report.smtp.ok, qPrintable(dump(report.smtp)));
        QVERIFY2(report.pop3.ok, qPrintable(dump(report.pop3)));
        QCOMPARE(report.smtp.mechanism, QString::fromLatin1(mechanism));
        QCOMPARE(report.pop3.mechanism, QString::fromLatin1(mechanism));
        QVERIFY(!report.smtp.tls.isEmpty() && !report.pop3.tls.isEmpty());
        // The SIZE after TLS: Postfix's message_size_limit (scripts/testbed).
        QCOMPARE(report.smtp.smtpMaxSize, qint64(52428800));
        const bool ssl = request.smtp->security == SecurityMode::Ssl;
        QCOMPARE(names(report.smtp),
            ssl ? QStringLiteral("dns tcp tls greeting capabilities auth")
                : QStringLiteral("dns tcp greeting capabilities tls auth"));
        QCOMPARE(names(report.pop3),
            ssl ? QStringLiteral("dns tcp tls greeting capabilities auth mailbox")
                : QStringLiteral("dns tcp greeting capabilities tls auth mailbox"));
    }

    void pop3UserPass()
    {
        VerifyRequest request = requestFor();
        request.pop3 = endpoint("pop.example.test:995/ssl", Protocol::Pop3);
        request.pop3Mechanisms = { "USER" };
        const VerifyReport report = verify(request);
        QVERIFY2(report.pop3.ok, qPrintable(dump(report.pop3)));
        QCOMPARE(report.pop3.mechanism, QStringLiteral("USER"));
    }

    void badCertificateFailsAtTlsWithItsFingerprint_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("advice");
        QTest::newRow("selfsigned")
            << QStringLiteral("selfsigned.badcert.test") << QStringLiteral("self-signed");
        QTest::newRow("expired") << QStringLiteral("expired.badcert.test")
                                 << QStringLiteral("expired");
        QTest::newRow("wronghost")
            << QStringLiteral("wronghost.badcert.test") << QStringLiteral("hosting provider");
    }
    void badCertificateFailsAtTlsWithItsFingerprint()
    {
        QFETCH(QString, host);
        QFETCH(QString, advice);
        VerifyRequest request = requestFor();
        request.smtp = Endpoint { host, 465, SecurityMode::Ssl };
        request.pop3 = Endpoint { host, 110, SecurityMode::StartTls };
        const VerifyReport report = verify(request);
        for (const ServerReport *r : { &report.smtp, &report.pop3 }) {
            QVERIFY2(names(*r).endsWith(QLatin1String("!tls")), qPrintable(dump(*r)));
            QCOMPARE(r->failure.kind, VerifyFailure::Kind::Certificate);
            QCOMPARE(r->certificate.sha256.size(), 32);
            const QString hint = r->failedStep()->hint;
            QVERIFY2(hint.contains(r->certificate.sha256Hex()), qPrintable(hint));
            QVERIFY2(hint.contains(advice), qPrintable(hint));
        }
    }

    void plainOnlyHostNeedsExplicitConsent()
    {
        VerifyRequest request = requestFor();
        // No STARTTLS there, and nothing on the implicit-TLS ports.
        request.smtp = endpoint("smtp.plainonly.test:587/starttls", Protocol::Smtp);
        request.pop3 = endpoint("pop.plainonly.test:995/ssl", Protocol::Pop3);
        VerifyReport report = verify(request);
        QCOMPARE(names(report.smtp), QStringLiteral("dns tcp greeting capabilities !tls"));
        QCOMPARE(report.smtp.failure.kind, VerifyFailure::Kind::Policy);
        QCOMPARE(names(report.pop3), QStringLiteral("dns !tcp"));
        QCOMPARE(report.pop3.failure.kind, VerifyFailure::Kind::Refused);

        // "plain" without consent: the login is refused before the password leaves.
        request.smtp = endpoint("smtp.plainonly.test:587/plain", Protocol::Smtp);
        request.pop3 = endpoint("pop.plainonly.test:110/plain", Protocol::Pop3);
        report = verify(request);
        for (const ServerReport *r : { &report.smtp, &report.pop3 }) {
            QVERIFY2(names(*r).endsWith(QLatin1String("!auth")), qPrintable(dump(*r)));
            QVERIFY2(r->failure.kind == VerifyFailure::Kind::Policy, qPrintable(dump(*r)));
            QVERIFY(r->usernamesTried.isEmpty()); // no login was even tried
        }

        request.allowPlaintext = true;
        report = verify(request);
        QVERIFY2(report.smtp.ok, qPrintable(dump(report.smtp)));
        QVERIFY2(report.pop3.ok, qPrintable(dump(report.pop3)));
        QVERIFY(report.smtp.tls.isEmpty());
    }

    void blackholeIsReportedAtGreetingWithinTheDeadline()
    {
        VerifyRequest request = requestFor();
        request.deadlineMs = 2000;
        request.smtp = endpoint("smtp.blackhole.test:587/starttls", Protocol::Smtp);
        request.pop3 = endpoint("pop.blackhole.test:110/starttls", Protocol::Pop3);
        const VerifyReport report = verify(request);
        // Both stalled at once: one deadline, not one after the other.
        QVERIFY2(report.elapsedMs < 3000, qPrintable(QString::number(report.elapsedMs)));
        for (const ServerReport *r : { &report.smtp, &report.pop3 }) {
            QCOMPARE(names(*r), QStringLiteral("dns tcp !greeting"));
            QCOMPARE(r->failure.kind, VerifyFailure::Kind::Stalled);
            QVERIFY2(r->message.contains(
                         QStringLiteral(":%1 accepted the connection but never answered (greeting)")
                             .arg(r->endpoint.port)),
                qPrintable(r->message));
            QVERIFY(r->message.contains(r->endpoint.host));
        }
        // With implicit TLS the silence comes during the handshake.
        request.smtp = endpoint("smtp.blackhole.test:465/ssl", Protocol::Smtp);
        request.pop3.reset();
        const VerifyReport ssl = verify(request);
        QCOMPARE(names(ssl.smtp), QStringLiteral("dns tcp !tls"));
        QVERIFY2(ssl.smtp.message.contains(QStringLiteral("never answered (tls)")),
            qPrintable(ssl.smtp.message));
    }

    void bothServersAreVerifiedInParallel()
    {
        VerifyRequest request = requestFor();
        request.smtp = endpoint("smtp.example.test:587/starttls", Protocol::Smtp);
        request.pop3 = endpoint("pop.example.test:995/ssl", Protocol::Pop3);
        VerifyRequest smtpOnly = request;
        smtpOnly.pop3.reset();
        VerifyRequest pop3Only = request;
        pop3Only.smtp.reset();
        // Warm up (DNS cache, server processes), then measure.
        verify(request);
        const qint64 smtpAlone = verify(smtpOnly).elapsedMs;
        const qint64 pop3Alone = verify(pop3Only).elapsedMs;
        const VerifyReport both = verify(request);
        QVERIFY(both.ok());
        QVERIFY2(both.elapsedMs < smtpAlone + pop3Alone,
            qPrintable(
                QStringLiteral("%1 >= %2 + %3").arg(both.elapsedMs).arg(smtpAlone).arg(pop3Alone)));
    }

    void verifyingSendsNoMessage()
    {
        const QString user = env("MAILWRIGHT_TB_CAROL_USER");
        const QString password = env("MAILWRIGHT_TB_CAROL_PASS");
        QFile log(env("MAILWRIGHT_TESTBED_DIR") + QStringLiteral("/log/postfix.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const qint64 logStart = log.size();
        const int before = mailboxCount(user, password);
        QVERIFY(before >= 0);

        VerifyRequest request = requestFor("CAROL");
        request.smtp = endpoint("smtp.example.test:587/starttls", Protocol::Smtp);
        request.pop3 = endpoint("pop.example.test:995/ssl", Protocol::Pop3);
        QVERIFY(verify(request).ok());
        request.smtp = endpoint("smtp.example.test:465/ssl", Protocol::Smtp);
        QVERIFY(verify(request).ok());

        QTest::qWait(1500); // give Postfix time to log (and, if it had mail, to deliver)
        QCOMPARE(mailboxCount(user, password), before);
        log.seek(logStart);
        const QByteArray window = log.readAll();
        // Postfix names the login when it opens a queue file, i.e. at MAIL FROM.
        QVERIFY2(!window.contains("sasl_username=" + user.toUtf8()), window.constData());
        // Our sessions ended after EHLO, STARTTLS, AUTH and QUIT.
        QVERIFY2(window.contains("auth=1 quit=1 commands=5"), window.constData());
    }

    // Last: the failed logins slow down Dovecot for this address for a while.
    void wrongPasswordFailsAtAuthWithAHint()
    {
        VerifyRequest request = requestFor();
        request.password = QStringLiteral("not-the-password");
        // Dovecot delays every failed login from the same address a little
        // longer (2, 4, 8… s); with the local-part retry there are four.
        request.deadlineMs = 60000;
        request.smtp = endpoint("smtp.example.test:587/starttls", Protocol::Smtp);
        request.pop3 = endpoint("pop.example.test:995/ssl", Protocol::Pop3);
        const VerifyReport report = verify(request);
        for (const ServerReport *r : { &report.smtp, &report.pop3 }) {
            QVERIFY(!r->ok);
            QVERIFY2(names(*r).endsWith(QLatin1String("!auth")), qPrintable(dump(*r)));
            QVERIFY2(r->failedStep()->hint.contains(QStringLiteral("user name or password")),
                qPrintable(dump(*r)));
            QVERIFY(r->failure.credentialsRejected);
            // The full address was refused, so the local part was tried once.
            QCOMPARE(r->usernamesTried, QStringList({ request.email, QStringLiteral("alice") }));
        }
        QCOMPARE(report.smtp.failedStep()->code, 535);
        QCOMPARE(report.pop3.failedStep()->responseCode, QStringLiteral("AUTH"));
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
