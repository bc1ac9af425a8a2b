// Verifier (core/verify) over time and across connections: the stalled
// greeting, the one overall deadline, both servers at once, cancel(), and
// the retry with the local part after the full address was refused.

#include "VerifierTestHarness.h"

using namespace mw;
using namespace mw::test;

using Delivery = FakeServer::Delivery;

class TestVerifierFlow : public QObject {
    Q_OBJECT

private slots:
    // --- stalls and the one deadline ------------------------------------------

    void stalledGreetingIsNamed_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("smtp") << int(Protocol::Smtp);
        QTest::newRow("pop3") << int(Protocol::Pop3);
    }
    void stalledGreetingIsNamed()
    {
        QFETCH(int, protocol);
        FakeServer server({}); // accepts, then says nothing
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.deadlineMs = 1200;
        const Endpoint ep = VerifyRun::local(server.port(), SecurityMode::StartTls);
        if (Protocol(protocol) == Protocol::Smtp)
            request.smtp = ep;
        else
            request.pop3 = ep;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(run.run(request));
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        const ServerReport &r
            = Protocol(protocol) == Protocol::Smtp ? run.report->smtp : run.report->pop3;
        QCOMPARE(VerifyRun::names(r), QStringLiteral("dns tcp !greeting"));
        QCOMPARE(r.failure.kind, VerifyFailure::Kind::Stalled);
        const QString expected = QStringLiteral(
            "The server at 127.0.0.1:%1 accepted the connection but never answered (greeting).")
                                     .arg(server.port());
        QCOMPARE(r.message, expected);
    }

    void slowServerHitsTheOverallDeadline()
    {
        // Each reply alone is within the deadline; all of them together are not.
        FakeServer server({ QStringLiteral("W 700"), QStringLiteral("S: 220 slow"),
            QStringLiteral("C* EHLO "), QStringLiteral("W 700"), QStringLiteral("S: 250-slow"),
            QStringLiteral("S: 250 AUTH PLAIN") });
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.deadlineMs = 1000;
        request.smtp = VerifyRun::local(server.port(), SecurityMode::Plain);
        request.allowPlaintext = true;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(run.run(request));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(
            VerifyRun::names(run.report->smtp), QStringLiteral("dns tcp greeting !capabilities"));
        QVERIFY2(
            run.report->smtp.message.contains(QStringLiteral("stopped answering (capabilities)")),
            qPrintable(run.report->smtp.message));
    }

    void bothServersRunInParallel()
    {
        FakeServer smtpServer(QStringList { QStringLiteral("W 600") } + smtpHello()
                + QStringList { QStringLiteral("C* AUTH PLAIN "), QStringLiteral("S: 235 ok") }
                + kSmtpQuit,
            Delivery::Whole, FakeServer::Tls::Implicit);
        FakeServer pop3Server(QStringList { QStringLiteral("W 600") } + pop3Hello()
                + QStringList { QStringLiteral("C* AUTH PLAIN "), QStringLiteral("S: +OK"),
                    QStringLiteral("C: STAT"), QStringLiteral("S: +OK 0 0") }
                + kPop3Quit,
            Delivery::Whole, FakeServer::Tls::Implicit);
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.smtp = VerifyRun::local(smtpServer.port(), SecurityMode::Ssl);
        request.pop3 = VerifyRun::local(pop3Server.port(), SecurityMode::Ssl);
        QVERIFY(run.run(request));
        QVERIFY2(run.report->ok(),
            qPrintable(dumpReport(run.report->smtp) + dumpReport(run.report->pop3)));
        QCOMPARE(run.servers.size(), 2);
        QVERIFY2(run.report->elapsedMs < 1150, qPrintable(QString::number(run.report->elapsedMs)));
        QVERIFY(!sentMailCommands(smtpServer));
    }

    void cancelStopsEverything()
    {
        FakeServer server({});
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.smtp = VerifyRun::local(server.port(), SecurityMode::StartTls);
        run.verifier.start(request);
        QTRY_COMPARE(server.connectionCount(), 1);
        run.verifier.cancel();
        QVERIFY(!run.verifier.isRunning());
        QTest::qWait(300);
        QCOMPARE(run.finishedCount, 0);
        QTRY_VERIFY(server.clientClosed());
    }

    // --- the local-part retry -------------------------------------------------

    void smtpRetriesWithTheLocalPart()
    {
        FakeServer first(smtpHello()
            + QStringList { plainAuthLine(QLatin1String(kEmail)),
                QStringLiteral("S: 535 5.7.8 Authentication failed") });
        FakeServer second(smtpHello()
            + QStringList { plainAuthLine(QStringLiteral("alice")),
                QStringLiteral("S: 235 2.7.0 ok") }
            + kSmtpQuit);
        SequentialRelay relay({ first.port(), second.port() });
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.smtp = VerifyRun::local(relay.port(), SecurityMode::Plain);
        request.allowPlaintext = true;
        QVERIFY(run.run(request));
        const ServerReport &smtp = run.report->smtp;
        QVERIFY2(smtp.ok, qPrintable(dumpReport(smtp) + first.error() + second.error()));
        QCOMPARE(smtp.usernameUsed, QStringLiteral("alice"));
        QCOMPARE(
            smtp.usernamesTried, QStringList({ QLatin1String(kEmail), QStringLiteral("alice") }));
        // One line per step: the retry's steps before AUTH are not repeated.
        QCOMPARE(VerifyRun::names(smtp), QStringLiteral("dns tcp greeting capabilities auth"));
        QCOMPARE(run.streamed(Protocol::Smtp), VerifyRun::names(smtp));
        QVERIFY(smtp.message.contains(QStringLiteral("\"alice\"")));
        QVERIFY(first.scriptDone());
        QTRY_VERIFY(second.scriptDone());
        QVERIFY(!sentMailCommands(first) && !sentMailCommands(second));
    }

    void pop3RetriesWithTheLocalPartOnlyOnce()
    {
        const QStringList refused { QStringLiteral("C* AUTH PLAIN "),
            QStringLiteral("S: -ERR [AUTH] Authentication failed.") };
        FakeServer first(pop3Hello() + refused);
        FakeServer second(pop3Hello() + refused);
        SequentialRelay relay({ first.port(), second.port() });
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.pop3 = VerifyRun::local(relay.port(), SecurityMode::Plain);
        request.allowPlaintext = true;
        QVERIFY(run.run(request));
        const ServerReport &pop3 = run.report->pop3;
        QCOMPARE(VerifyRun::names(pop3), QStringLiteral("dns tcp greeting capabilities !auth"));
        QCOMPARE(
            pop3.usernamesTried, QStringList({ QLatin1String(kEmail), QStringLiteral("alice") }));
        QVERIFY(first.received().contains(plainAuthLine(QLatin1String(kEmail)).mid(3)));
        QVERIFY(second.received().contains(plainAuthLine(QStringLiteral("alice")).mid(3)));
        QCOMPARE(pop3.failedStep()->responseCode, QStringLiteral("AUTH"));
    }

    void noRetryForTemporaryRefusals()
    {
        FakeServer server(pop3Hello()
            + QStringList {
                QStringLiteral("C* AUTH PLAIN "), QStringLiteral("S: -ERR [IN-USE] locked") });
        VerifyRun run;
        VerifyRequest request = VerifyRun::request();
        request.pop3 = VerifyRun::local(server.port(), SecurityMode::Plain);
        request.allowPlaintext = true;
        QVERIFY(run.run(request));
        QCOMPARE(run.report->pop3.usernamesTried.size(), 1);
        QCOMPARE(server.connectionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVerifierFlow)
#include "tst_verifierflow.moc"
