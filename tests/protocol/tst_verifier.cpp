// Verifier (core/verify) against the scripted fake server: the step lists for
// SMTP and POP3, every step failing in turn, and wrong port/security
// combinations. Whatever happens, no MAIL, RCPT or DATA is ever sent.

#include "VerifierTestHarness.h"

using namespace mw;
using namespace mw::test;

using Delivery = FakeServer::Delivery;

class TestVerifier : public QObject {
    Q_OBJECT

private slots:
    void smtpImplicitTlsStepByStep_data() { addDeliveryRows(); }
    void smtpImplicitTlsStepByStep()
    {
        QFETCH(Delivery, delivery);
        FakeServer server(smtpHello()
                + QStringList { plainAuthLine(QLatin1String(kEmail)),
                    QStringLiteral("S: 235 2.7.0 ok") }
                + kSmtpQuit,
            delivery, FakeServer::Tls::Implicit);
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.smtp = VerifyRun::local(server.port(), SecurityMode::Ssl);
        QVERIFY(run.run(request));
        const ServerReport &smtp = run.report->smtp;
        QVERIFY2(smtp.ok, qPrintable(dumpReport(smtp) + server.error()));
        QCOMPARE(VerifyRun::names(smtp), QStringLiteral("dns tcp tls greeting capabilities auth"));
        QCOMPARE(run.streamed(Protocol::Smtp), VerifyRun::names(smtp));
        QCOMPARE(smtp.mechanism, QStringLiteral("PLAIN"));
        QCOMPARE(smtp.usernameUsed, QLatin1String(kEmail));
        QVERIFY(!smtp.tls.isEmpty());
        QVERIFY(!run.report->pop3.attempted);
        QVERIFY(run.report->ok());
        QTRY_VERIFY(server.scriptDone());
        QVERIFY(!sentMailCommands(server));
        QCOMPARE(run.finishedCount, 1);
    }

    void smtpStartTlsStepByStep()
    {
        // SIZE differs before and after TLS: only the protected answer counts.
        FakeServer server(
            QStringList { QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C* EHLO "),
                QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250-SIZE 1000"),
                QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"),
                QStringLiteral("S: 220 go ahead"), QStringLiteral("T"), QStringLiteral("C* EHLO "),
                QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250-SIZE 35882577"),
                QStringLiteral("S: 250 AUTH PLAIN"), plainAuthLine(QLatin1String(kEmail)),
                QStringLiteral("S: 235 ok") }
            + kSmtpQuit);
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.smtp = VerifyRun::local(server.port(), SecurityMode::StartTls);
        QVERIFY(run.run(request));
        QVERIFY2(run.report->smtp.ok, qPrintable(dumpReport(run.report->smtp) + server.error()));
        // The second EHLO counts towards the one "capabilities" step.
        QCOMPARE(VerifyRun::names(run.report->smtp),
            QStringLiteral("dns tcp greeting capabilities tls auth"));
        QCOMPARE(run.report->smtp.smtpMaxSize, qint64(35882577));
        QVERIFY(!sentMailCommands(server));
    }

    void pop3StepByStep_data() { addDeliveryRows(); }
    void pop3StepByStep()
    {
        QFETCH(Delivery, delivery);
        FakeServer server(pop3Hello()
                + QStringList { plainAuthLine(QLatin1String(kEmail)),
                    QStringLiteral("S: +OK Logged in."), QStringLiteral("C: STAT"),
                    QStringLiteral("S: +OK 2 320") }
                + kPop3Quit,
            delivery, FakeServer::Tls::Implicit);
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.pop3 = VerifyRun::local(server.port(), SecurityMode::Ssl);
        QVERIFY(run.run(request));
        const ServerReport &pop3 = run.report->pop3;
        QVERIFY2(pop3.ok, qPrintable(dumpReport(pop3) + server.error()));
        QCOMPARE(VerifyRun::names(pop3),
            QStringLiteral("dns tcp tls greeting capabilities auth mailbox"));
        QCOMPARE(pop3.mechanism, QStringLiteral("PLAIN"));
        QTRY_VERIFY(server.scriptDone());
    }

    void withoutPasswordNoLoginIsTried()
    {
        FakeServer server(smtpHello() + kSmtpQuit, Delivery::Whole, FakeServer::Tls::Implicit);
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.password.reset();
        request.smtp = VerifyRun::local(server.port(), SecurityMode::Ssl);
        QVERIFY(run.run(request));
        QVERIFY2(run.report->smtp.ok, qPrintable(dumpReport(run.report->smtp)));
        QVERIFY(!run.report->smtp.loginTested);
        QCOMPARE(VerifyRun::names(run.report->smtp),
            QStringLiteral("dns tcp tls greeting capabilities"));
    }

    // --- every step failing in turn -------------------------------------------

    void smtpStepFails_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<int>("code");
        const auto ssl = int(SecurityMode::Ssl);
        const auto starttls = int(SecurityMode::StartTls);
        QTest::newRow("greeting 554")
            << QStringList { QStringLiteral("S: 554 5.7.1 No service for you") } << ssl
            << QStringLiteral("dns tcp tls !greeting") << 554;
        QTest::newRow("ehlo refused")
            << QStringList { QStringLiteral("S: 220 hi"), QStringLiteral("C* EHLO "),
                   QStringLiteral("S: 550 not you") }
            << ssl << QStringLiteral("dns tcp tls greeting !capabilities") << 550;
        QTest::newRow("starttls refused")
            << smtpHello(QStringLiteral("STARTTLS"))
                + QStringList { QStringLiteral("C: STARTTLS"),
                      QStringLiteral("S: 454 4.7.0 TLS not available") }
            << starttls << QStringLiteral("dns tcp greeting capabilities !tls") << 454;
        QTest::newRow("starttls not offered")
            << smtpHello(QStringLiteral("8BITMIME")) << starttls
            << QStringLiteral("dns tcp greeting capabilities !tls") << 0;
        QTest::newRow("auth 535") << smtpHello()
                + QStringList { QStringLiteral("C* AUTH PLAIN "),
                      QStringLiteral("S: 535 5.7.8 Bad credentials") }
                                  << ssl
                                  << QStringLiteral("dns tcp tls greeting capabilities !auth")
                                  << 535;
        QTest::newRow("auth not offered")
            << smtpHello(QStringLiteral("8BITMIME")) << ssl
            << QStringLiteral("dns tcp tls greeting capabilities !auth") << 0;
    }
    void smtpStepFails()
    {
        QFETCH(QStringList, script);
        QFETCH(int, security);
        QFETCH(QString, steps);
        QFETCH(int, code);
        const auto mode = SecurityMode(security);
        FakeServer server(script, Delivery::Whole,
            mode == SecurityMode::Ssl ? FakeServer::Tls::Implicit : FakeServer::Tls::None);
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.username = QStringLiteral("alice"); // no local-part retry here
        request.smtp = VerifyRun::local(server.port(), mode);
        QVERIFY(run.run(request));
        const ServerReport &smtp = run.report->smtp;
        QVERIFY(!smtp.ok);
        QCOMPARE(VerifyRun::names(smtp), steps);
        QCOMPARE(run.streamed(Protocol::Smtp), steps);
        const VerifyStep *failed = smtp.failedStep();
        QVERIFY(failed);
        QCOMPARE(failed->code, code);
        QVERIFY2(!failed->hint.isEmpty(), qPrintable(dumpReport(smtp)));
        QVERIFY(!smtp.message.isEmpty());
        QVERIFY(!sentMailCommands(server));
        QCOMPARE(server.connectionCount(), 1);
    }

    void pop3StepFails_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("responseCode");
        const auto ssl = int(SecurityMode::Ssl);
        const auto starttls = int(SecurityMode::StartTls);
        QTest::newRow("greeting -ERR")
            << QStringList { QStringLiteral("S: -ERR [SYS/TEMP] Go away") } << ssl
            << QStringLiteral("dns tcp tls !greeting") << QStringLiteral("SYS/TEMP");
        QTest::newRow("capa garbage")
            << QStringList { QStringLiteral("S: +OK hi"), QStringLiteral("C: CAPA"),
                   QStringLiteral("S: what?") }
            << ssl << QStringLiteral("dns tcp tls greeting !capabilities") << QString();
        QTest::newRow("stls refused")
            << pop3Hello(QStringLiteral("STLS"))
                + QStringList { QStringLiteral("C: STLS"), QStringLiteral("S: -ERR not now") }
            << starttls << QStringLiteral("dns tcp greeting capabilities !tls") << QString();
        QTest::newRow("auth [AUTH]")
            << pop3Hello()
                + QStringList { QStringLiteral("C* AUTH PLAIN "),
                      QStringLiteral("S: -ERR [AUTH] Authentication failed.") }
            << ssl << QStringLiteral("dns tcp tls greeting capabilities !auth")
            << QStringLiteral("AUTH");
        QTest::newRow("auth [IN-USE]")
            << pop3Hello()
                + QStringList { QStringLiteral("C* AUTH PLAIN "),
                      QStringLiteral("S: -ERR [IN-USE] Mailbox locked") }
            << ssl << QStringLiteral("dns tcp tls greeting capabilities !auth")
            << QStringLiteral("IN-USE");
        QTest::newRow("stat [SYS/TEMP]")
            << pop3Hello()
                + QStringList { QStringLiteral("C* AUTH PLAIN "), QStringLiteral("S: +OK"),
                      QStringLiteral("C: STAT"), QStringLiteral("S: -ERR [SYS/TEMP] Try later") }
            << ssl << QStringLiteral("dns tcp tls greeting capabilities auth !mailbox")
            << QStringLiteral("SYS/TEMP");
    }
    void pop3StepFails()
    {
        QFETCH(QStringList, script);
        QFETCH(int, security);
        QFETCH(QString, steps);
        QFETCH(QString, responseCode);
        const auto mode = SecurityMode(security);
        FakeServer server(script, Delivery::Whole,
            mode == SecurityMode::Ssl ? FakeServer::Tls::Implicit : FakeServer::Tls::None);
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.username = QStringLiteral("alice");
        request.pop3 = VerifyRun::local(server.port(), mode);
        QVERIFY(run.run(request));
        const ServerReport &pop3 = run.report->pop3;
        QVERIFY(!pop3.ok);
        QCOMPARE(VerifyRun::names(pop3), steps);
        const VerifyStep *failed = pop3.failedStep();
        QVERIFY(failed);
        QCOMPARE(failed->responseCode, responseCode);
        QVERIFY2(!failed->hint.isEmpty(), qPrintable(dumpReport(pop3)));
        QCOMPARE(server.connectionCount(), 1);
    }

    void dnsFailureIsItsOwnStep()
    {
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        // A label over 63 characters is refused by the resolver library
        // itself, so no query leaves this machine.
        request.smtp = Endpoint { QString(64, QLatin1Char('a')) + QStringLiteral(".example"), 465,
            SecurityMode::Ssl };
        QVERIFY(run.run(request));
        QCOMPARE(VerifyRun::names(run.report->smtp), QStringLiteral("!dns"));
        QCOMPARE(run.report->smtp.failure.kind, VerifyFailure::Kind::HostNotFound);
        QVERIFY(!run.report->smtp.failedStep()->hint.isEmpty());
    }

    void refusedConnectionNamesPortAndSecurity()
    {
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.smtp = VerifyRun::local(closedPort(), SecurityMode::Ssl);
        request.pop3 = VerifyRun::local(closedPort(), SecurityMode::StartTls);
        QVERIFY(run.run(request));
        for (const ServerReport *r : { &run.report->smtp, &run.report->pop3 }) {
            QCOMPARE(VerifyRun::names(*r), QStringLiteral("dns !tcp"));
            QCOMPARE(r->failure.kind, VerifyFailure::Kind::Refused);
            QVERIFY2(r->failedStep()->hint.contains(QStringLiteral("port or the security setting")),
                qPrintable(r->failedStep()->hint));
        }
    }

    void badCertificateIsReportedWithItsFingerprint()
    {
        FakeServer server(
            {}, Delivery::Whole, FakeServer::Tls::Implicit, FakeServer::Cert::SelfSigned);
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.pop3 = VerifyRun::local(server.port(), SecurityMode::Ssl);
        QVERIFY(run.run(request));
        const ServerReport &pop3 = run.report->pop3;
        QCOMPARE(VerifyRun::names(pop3), QStringLiteral("dns tcp !tls"));
        QCOMPARE(pop3.failure.kind, VerifyFailure::Kind::Certificate);
        QVERIFY(!pop3.certificate.isNull());
        QCOMPARE(pop3.certificate.sha256.size(), 32);
        QVERIFY2(pop3.failedStep()->hint.contains(pop3.certificate.sha256Hex()),
            qPrintable(pop3.failedStep()->hint));
    }

    // --- wrong port and security combinations ---------------------------------

    void sslOnAPlaintextPort_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("smtp") << int(Protocol::Smtp);
        QTest::newRow("pop3") << int(Protocol::Pop3);
    }
    void sslOnAPlaintextPort()
    {
        QFETCH(int, protocol);
        FakeServer server(
            { Protocol(protocol) == Protocol::Smtp ? QStringLiteral("S: 220 plain ESMTP")
                                                   : QStringLiteral("S: +OK plain POP3") });
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        const Endpoint ep = VerifyRun::local(server.port(), SecurityMode::Ssl);
        (Protocol(protocol) == Protocol::Smtp ? request.smtp : request.pop3) = ep;
        QVERIFY(run.run(request));
        const ServerReport &r
            = Protocol(protocol) == Protocol::Smtp ? run.report->smtp : run.report->pop3;
        QCOMPARE(VerifyRun::names(r), QStringLiteral("dns tcp !tls"));
        QCOMPARE(r.failure.kind, VerifyFailure::Kind::TlsHandshake);
        QVERIFY2(r.failedStep()->hint.contains(QStringLiteral("Choose STARTTLS")),
            qPrintable(r.failedStep()->hint));
    }

    void startTlsOnAnImplicitTlsPort()
    {
        FakeServer server(
            {}, Delivery::Whole, FakeServer::Tls::Implicit); // waits for a ClientHello
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.deadlineMs = 1000;
        request.smtp = VerifyRun::local(server.port(), SecurityMode::StartTls);
        QVERIFY(run.run(request));
        QCOMPARE(VerifyRun::names(run.report->smtp), QStringLiteral("dns tcp !greeting"));
        QVERIFY(run.report->smtp.failedStep()->hint.contains(QStringLiteral("SSL/TLS")));
    }

    void plaintextLoginNeedsConsent()
    {
        FakeServer server(smtpHello() + QStringList { QStringLiteral("C+ 2") });
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.smtp = VerifyRun::local(server.port(), SecurityMode::Plain);
        QVERIFY(run.run(request));
        QCOMPARE(VerifyRun::names(run.report->smtp),
            QStringLiteral("dns tcp greeting capabilities !auth"));
        QCOMPARE(run.report->smtp.failure.kind, VerifyFailure::Kind::Policy);
        for (const QString &line : server.received())
            QVERIFY2(!line.startsWith(QLatin1String("AUTH")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
