// core/console/ConsoleSession against the scripted FakeServer: AUTH LOGIN
// over implicit TLS, POP3 STLS and a typed PASS, the redaction rules, bytes
// injected across STARTTLS, and multi-line input. The password must never
// appear in the log. (The STARTTLS + AUTH PLAIN scenario and the window are
// in tests/gui/tst_console.cpp.)

#include "ConsoleFixture.h"
#include "FakeServer.h"
#include "console/ConsoleSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace mw;
using namespace mw::test;

class TestConsoleSession : public QObject {
    Q_OBJECT
private slots:
    void smtpAuthLoginOverImplicitTls()
    {
        FakeServer server(
            { QStringLiteral("S: 220 fake ESMTP"), QStringLiteral("C: AUTH LOGIN"),
                QStringLiteral("S: 334 VXNlcm5hbWU6"),
                QStringLiteral("C: ") + QString::fromLatin1(kUser.toUtf8().toBase64()),
                QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                QStringLiteral("C: ") + QString::fromLatin1(kPassword.toUtf8().toBase64()),
                QStringLiteral("S: 535 5.7.8 Authentication failed") },
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        ConsoleSession session;
        session.setTlsPolicy(testPolicy());
        session.connectTo(local(server.port(), SecurityMode::Ssl), Protocol::Smtp);
        QVERIFY(waitForLog(session, QStringLiteral("S: 220 fake ESMTP")));
        QVERIFY(session.isEncrypted());
        QString error;
        QVERIFY2(
            session.authenticate(ConsoleSession::AuthMechanism::Login, kUser, kPassword, &error),
            qPrintable(error));
        QVERIFY(waitForLog(session, QStringLiteral("S: 535 5.7.8")));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const QStringList log = session.log();
        QCOMPARE(log.count(QStringLiteral("C: <redacted>")), 2);
        QVERIFY(!leaksPassword(log.join(QLatin1Char('\n'))));
        // The exchange is over: typed lines are shown again.
        QVERIFY(session.sendLine(QStringLiteral("NOOP")));
        QVERIFY(session.log().contains(QStringLiteral("C: NOOP")));
    }

    void typedSecretsAreRedacted()
    {
        QCOMPARE(ConsoleSession::redactedCommand(QStringLiteral("AUTH PLAIN AGFsaWNlAHB3"), false),
            QStringLiteral("AUTH PLAIN <redacted>"));
        QCOMPARE(ConsoleSession::redactedCommand(QStringLiteral("auth login"), false),
            QStringLiteral("auth login"));
        QCOMPARE(ConsoleSession::redactedCommand(QStringLiteral("PASS hunter2"), false),
            QStringLiteral("PASS <redacted>"));
        QCOMPARE(ConsoleSession::redactedCommand(QStringLiteral("APOP bob 0123abcd"), false),
            QStringLiteral("APOP <redacted>"));
        QCOMPARE(ConsoleSession::redactedCommand(QStringLiteral("aHVudGVyMg=="), true),
            QStringLiteral("<redacted>"));
        QCOMPARE(ConsoleSession::redactedCommand(QStringLiteral("*"), true), QStringLiteral("*"));
        QCOMPARE(ConsoleSession::redactedCommand(QStringLiteral("EHLO x\u202Eevil"), false),
            QStringLiteral("EHLO x\\u{202e}evil"));
    }

    void pop3StlsAndTypedPass()
    {
        FakeServer server({ QStringLiteral("S: +OK POP3 ready"), QStringLiteral("C: CAPA"),
            QStringLiteral("S: +OK"), QStringLiteral("S: STLS"), QStringLiteral("S: USER"),
            QStringLiteral("S: ."), QStringLiteral("C: STLS"), QStringLiteral("S: +OK Begin TLS"),
            QStringLiteral("T"), QStringLiteral("C: USER alice"), QStringLiteral("S: +OK"),
            QStringLiteral("C: PASS ") + kPassword, QStringLiteral("S: +OK Logged in.") });
        ConsoleSession session;
        session.setTlsPolicy(testPolicy());
        session.connectTo(local(server.port(), SecurityMode::StartTls), Protocol::Pop3);
        QVERIFY(waitForLog(session, QStringLiteral("S: +OK POP3 ready")));
        QVERIFY(session.sendLine(QStringLiteral("CAPA")));
        QVERIFY(waitForLog(session, QStringLiteral("S: .")));
        QSignalSpy encrypted(&session, &ConsoleSession::encrypted);
        QVERIFY(session.sendLine(QStringLiteral("STLS")));
        QVERIFY(encrypted.wait(10000));
        QVERIFY(session.sendLine(QStringLiteral("USER alice")));
        QVERIFY(waitForLog(session, QStringLiteral("C: USER alice")));
        QVERIFY(session.sendLine(QStringLiteral("PASS ") + kPassword));
        QVERIFY(waitForLog(session, QStringLiteral("S: +OK Logged in.")));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY(session.log().contains(QStringLiteral("C: PASS <redacted>")));
        QVERIFY(!leaksPassword(session.log().join(QLatin1Char('\n'))));
    }

    void injectionAfterStartTlsIsRefused()
    {
        FakeServer server({ QStringLiteral("S: 220 fake ESMTP"), QStringLiteral("C: STARTTLS"),
            QStringLiteral("R: 220 go ahead\\r\\n250 injected\\r\\n") });
        ConsoleSession session;
        session.setTlsPolicy(testPolicy());
        QSignalSpy failed(&session, &ConsoleSession::failed);
        session.connectTo(local(server.port(), SecurityMode::StartTls), Protocol::Smtp);
        QVERIFY(waitForLog(session, QStringLiteral("S: 220 fake ESMTP")));
        QVERIFY(session.startTls());
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("TLS upgrade")));
        QCOMPARE(session.state(), ConsoleSession::State::Disconnected);
        QVERIFY(!session.log().contains(QStringLiteral("S: 250 injected")));
    }

    void rejectsMultiLineInput()
    {
        FakeServer server({ QStringLiteral("S: 220 fake ESMTP") });
        ConsoleSession session;
        session.connectTo(local(server.port(), SecurityMode::Plain), Protocol::Smtp);
        QVERIFY(waitForLog(session, QStringLiteral("S: 220 fake ESMTP")));
        QString error;
        QVERIFY(!session.sendLine(QStringLiteral("RSET\r\nRCPT TO:<x@y.z>"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!session.log().join(QLatin1Char('\n')).contains(QStringLiteral("RCPT")));
    }
};

QTEST_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
