// The protocol console: core's ConsoleSession against the scripted
// FakeServer (connect, EHLO, STARTTLS, the AUTH helper, a saved log), and the
// ProtocolConsole window driving it. The password must never appear in the
// log or the saved log, in any encoding. More ConsoleSession cases (LOGIN,
// POP3 STLS, redaction rules, injection) are protocol tests, run under ASan
// too: tests/protocol/tst_consolesession.cpp.

#include "ConsoleFixture.h"
#include "FakeServer.h"
#include "console/ConsoleSession.h"
#include "console/ProtocolConsole.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;
using namespace mw::test;

class TestConsole : public QObject {
    Q_OBJECT
private slots:
    void smtpEhloStartTlsAuthPlain()
    {
        FakeServer server({ QStringLiteral("S: 220 fake ESMTP"),
            QStringLiteral("C: EHLO console.test"), QStringLiteral("S: 250-fake"),
            QStringLiteral("S: 250-STARTTLS"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
            QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 2.0.0 go ahead"),
            QStringLiteral("T"), QStringLiteral("C: EHLO console.test"),
            QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
            QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(plainResponse()),
            QStringLiteral("S: 235 2.7.0 Authentication successful"), QStringLiteral("C: QUIT"),
            QStringLiteral("S: 221 bye"), QStringLiteral("X") });
        ConsoleSession session;
        session.setTlsPolicy(testPolicy());
        session.connectTo(local(server.port(), SecurityMode::StartTls), Protocol::Smtp);
        QVERIFY(waitForLog(session, QStringLiteral("S: 220 fake ESMTP")));
        QCOMPARE(session.state(), ConsoleSession::State::Connected);
        QVERIFY(!session.isEncrypted());

        // No password in clear before TLS.
        QString error;
        QVERIFY(
            !session.authenticate(ConsoleSession::AuthMechanism::Plain, kUser, kPassword, &error));
        QVERIFY2(error.contains(QStringLiteral("not encrypted")), qPrintable(error));

        QVERIFY(session.sendLine(QStringLiteral("EHLO console.test")));
        QVERIFY(waitForLog(session, QStringLiteral("S: 250 AUTH PLAIN LOGIN")));
        QSignalSpy encrypted(&session, &ConsoleSession::encrypted);
        QVERIFY(session.startTls(&error));
        QVERIFY(encrypted.wait(10000));
        QVERIFY(session.isEncrypted());
        QVERIFY(
            session.log().join(QLatin1Char('\n')).contains(QStringLiteral("TLS is on: TLSv1.")));

        QVERIFY(session.sendLine(QStringLiteral("EHLO console.test")));
        QVERIFY(QTest::qWaitFor(
            [&] { return session.log().count(QStringLiteral("S: 250 AUTH PLAIN LOGIN")) == 2; },
            10000));
        QVERIFY2(
            session.authenticate(ConsoleSession::AuthMechanism::Plain, kUser, kPassword, &error),
            qPrintable(error));
        QVERIFY(waitForLog(session, QStringLiteral("S: 235 2.7.0")));
        QVERIFY(session.log().contains(QStringLiteral("C: AUTH PLAIN <redacted>")));
        QVERIFY(session.sendLine(QStringLiteral("QUIT")));
        QVERIFY(waitForLog(session, QStringLiteral("S: 221 bye")));
        QVERIFY(QTest::qWaitFor(
            [&] { return session.state() == ConsoleSession::State::Disconnected; }, 10000));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY(server.scriptDone());

        const QString log = session.log().join(QLatin1Char('\n'));
        QVERIFY2(!leaksPassword(log), "the password is in the console log");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.log"));
        QVERIFY2(session.saveLog(path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString savedText = QString::fromUtf8(saved.readAll());
        QVERIFY(savedText.contains(QStringLiteral("C: AUTH PLAIN <redacted>")));
        QVERIFY2(!leaksPassword(savedText), "the password is in the saved log");
    }

    void windowDrivesTheSession()
    {
        FakeServer server({ QStringLiteral("S: 220 fake ESMTP"), QStringLiteral("C: EHLO win.test"),
                              QStringLiteral("S: 250 fake") },
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        qputenv("MAILWRIGHT_CA_FILE", FakeServer::caFile().toLocal8Bit());
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        ProtocolConsole console;
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        console.findChild<QLineEdit *>(QStringLiteral("consoleHost"))
            ->setText(QStringLiteral("localhost"));
        auto *security = console.findChild<QComboBox *>(QStringLiteral("consoleSecurity"));
        security->setCurrentIndex(security->findData(int(SecurityMode::Ssl)));
        console.findChild<QSpinBox *>(QStringLiteral("consolePort"))->setValue(server.port());
        auto *connectButton = console.findChild<QPushButton *>(QStringLiteral("consoleConnect"));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        auto *log = console.findChild<QPlainTextEdit *>(QStringLiteral("consoleLog"));
        QVERIFY(QTest::qWaitFor(
            [&] { return log->toPlainText().contains(QStringLiteral("S: 220 fake ESMTP")); },
            10000));
        QVERIFY(log->toPlainText().contains(QStringLiteral("TLS is on")));
        auto *command = console.findChild<QLineEdit *>(QStringLiteral("consoleCommand"));
        QVERIFY(command->isEnabled());
        QTest::keyClicks(command, QStringLiteral("EHLO win.test"));
        QTest::keyClick(command, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor(
            [&] { return log->toPlainText().contains(QStringLiteral("S: 250 fake")); }, 10000));
        QVERIFY(command->text().isEmpty());
        QCOMPARE(connectButton->text(), QStringLiteral("Disconnect"));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(console.session()->state(), ConsoleSession::State::Disconnected);
        QVERIFY(!command->isEnabled());
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
