// SmtpClient and `mailwright send` against the testbed's real Postfix, with
// delivery checked by reading the mail back over POP3 with Python's poplib.
// Runs inside the testbed namespace (scripts/testbed exec).

#include "TestbedEnv.h"
#include "smtp/SmtpClient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace mw;
using namespace mw::test;

namespace {

EmailAddress addr(const QString &text)
{
    return *EmailAddress::parse(text);
}

struct Run {
    QList<MessageResult> results;
    std::optional<SmtpError> error;
    bool finished = false;
    QStringList transcript;
};

Run sendWith(
    const SmtpServer &server, SmtpSessionOptions options, const QList<OutgoingMessage> &messages)
{
    QString caError;
    if (!options.tls.addCaFile(env("MAILWRIGHT_CA_FILE"), &caError))
        qFatal("%s", qPrintable(caError));
    Run run;
    SmtpClient client;
    QObject::connect(
        &client, &SmtpClient::messageFinished, [&](const MessageResult &r) { run.results << r; });
    QObject::connect(&client, &SmtpClient::failed, [&](const SmtpError &e) { run.error = e; });
    QObject::connect(&client, &SmtpClient::finished, [&] { run.finished = true; });
    QObject::connect(
        &client, &SmtpClient::transcript, [&](const QString &l) { run.transcript << l; });
    client.connectToServer(server, options);
    client.send(messages);
    client.quit();
    if (!QTest::qWaitFor([&] { return run.finished || run.error.has_value(); }, 120000))
        qWarning("the session did not end within 120 s");
    return run;
}

QByteArray makeMessage(const QString &subject, const QByteArray &body)
{
    return "From: Alice <alice@example.test>\r\nTo: Bob <bob@example.test>\r\nSubject: "
        + subject.toUtf8() + "\r\nMessage-ID: <"
        + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@example.test>\r\n\r\n"
        + body;
}

} // namespace

class TestSmtpPostfix : public QObject {
    Q_OBJECT
    std::vector<std::unique_ptr<QBuffer>> m_bodies;

    OutgoingMessage message(const QByteArray &bytes, const QList<EmailAddress> &to)
    {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        buffer->open(QIODevice::ReadOnly);
        OutgoingMessage m(addr(env("MAILWRIGHT_TB_ALICE_USER")), to, buffer.get());
        m.size = bytes.size();
        m_bodies.push_back(std::move(buffer));
        return m;
    }

    SmtpSessionOptions aliceOptions(const QByteArray &mechanism = {})
    {
        SmtpSessionOptions o;
        o.credentials = sasl::Credentials { env("MAILWRIGHT_TB_ALICE_USER"),
            env("MAILWRIGHT_TB_ALICE_PASS"), {} };
        if (!mechanism.isEmpty())
            o.forcedMechanisms = { mechanism };
        return o;
    }

private slots:
    void everyMechanismOnBothPorts_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QByteArray>("mechanism");
        for (const char *server :
            { "smtp.example.test:587/starttls", "smtp.example.test:465/ssl" }) {
            for (const char *mechanism : { "PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256" })
                QTest::addRow("%s %s", server, mechanism)
                    << QString::fromLatin1(server) << QByteArray(mechanism);
        }
    }
    void everyMechanismOnBothPorts()
    {
        QFETCH(QString, server);
        QFETCH(QByteArray, mechanism);
        const QString token
            = QStringLiteral("mech-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QByteArray body = "Line one\r\n.leading dot\r\nUnicode: \xe4\xbd\xa0\xe5\xa5\xbd\r\n";
        const QByteArray bytes = makeMessage(token, body);
        OutgoingMessage m = message(bytes, { addr(env("MAILWRIGHT_TB_BOB_USER")) });
        m.eightBit = true;
        const Run run
            = sendWith(*parseEndpoint(server, Protocol::Smtp), aliceOptions(mechanism), { m });
        QVERIFY2(!run.error,
            qPrintable(run.error ? run.error->message() + run.transcript.join(QLatin1Char(10))
                                 : QString()));
        QVERIFY(run.finished);
        QCOMPARE(run.results.size(), 1);
        QVERIFY(run.results.first().delivered);
        QVERIFY(run.transcript.contains(
            QStringLiteral("* authenticated with %1").arg(QLatin1String(mechanism))));
        QByteArray stored;
        QTRY_VERIFY_WITH_TIMEOUT(!(stored = fetchBySubject(env("MAILWRIGHT_TB_BOB_USER"),
                                       env("MAILWRIGHT_TB_BOB_PASS"), token))
                                      .isEmpty(),
            30000);
        QVERIFY2(stored.endsWith(bytes),
            stored.right(300).constData()); // byte-identical after the trace headers
    }

    void bigMessage()
    {
        // 25 MB, streamed; read back byte-identical.
        const QString token
            = QStringLiteral("big-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QByteArray body;
        body.reserve(25 * 1024 * 1024 + 100);
        for (int line = 0; body.size() < 25 * 1024 * 1024; ++line)
            body += QByteArray::number(line).rightJustified(10, '0')
                + QByteArray(64, char('a' + line % 26)) + "\r\n";
        const QByteArray bytes = makeMessage(token, body);
        const Run run = sendWith({ QStringLiteral("smtp.example.test"), 465, SecurityMode::Ssl },
            aliceOptions(), { message(bytes, { addr(env("MAILWRIGHT_TB_BOB_USER")) }) });
        QVERIFY2(!run.error,
            qPrintable(run.error ? run.error->message() + run.transcript.join(QLatin1Char(10))
                                 : QString()));
        QVERIFY(run.results.value(0).delivered);
        QCOMPARE(run.results.value(0).bytesSent, qint64(bytes.size()));
        // Delivery (queue → LMTP → maildir) is asynchronous; 25 MB takes a moment.
        QByteArray stored;
        QTRY_VERIFY_WITH_TIMEOUT(!(stored = fetchBySubject(env("MAILWRIGHT_TB_BOB_USER"),
                                       env("MAILWRIGHT_TB_BOB_PASS"), token))
                                      .isEmpty(),
            60000);
        QVERIFY(stored.endsWith(bytes));
    }

    void hundredMessagesOneConnection()
    {
        const int before
            = mailboxCount(env("MAILWRIGHT_TB_CAROL_USER"), env("MAILWRIGHT_TB_CAROL_PASS"));
        QVERIFY(before >= 0);
        QList<OutgoingMessage> messages;
        for (int i = 0; i < 100; ++i)
            messages << message(makeMessage(QStringLiteral("batch %1").arg(i), "body\r\n"),
                { addr(env("MAILWRIGHT_TB_CAROL_USER")) });
        const Run run
            = sendWith({ QStringLiteral("smtp.example.test"), 587, SecurityMode::StartTls },
                aliceOptions(), messages);
        QVERIFY2(!run.error,
            qPrintable(run.error ? run.error->message() + run.transcript.join(QLatin1Char(10))
                                 : QString()));
        QCOMPARE(run.results.size(), 100);
        for (const MessageResult &r : run.results)
            QVERIFY(r.delivered);
        QCOMPARE(run.transcript.filter(QStringLiteral("C: EHLO")).size(),
            2); // before and after STARTTLS only
        // Delivery is asynchronous (queue → LMTP); wait for all of them.
        QTRY_COMPARE_WITH_TIMEOUT(
            mailboxCount(env("MAILWRIGHT_TB_CAROL_USER"), env("MAILWRIGHT_TB_CAROL_PASS")),
            before + 100, 60000);
    }

    void mixedRecipients()
    {
        const QString token
            = QStringLiteral("mixed-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const Run run = sendWith({ QStringLiteral("smtp.example.test"), 465, SecurityMode::Ssl },
            aliceOptions(),
            { message(makeMessage(token, "hi\r\n"),
                { addr(env("MAILWRIGHT_TB_BOB_USER")),
                    addr(env("MAILWRIGHT_TB_REJECTED_RCPT")) }) });
        QVERIFY(!run.error);
        const MessageResult &r = run.results.value(0);
        QVERIFY(r.delivered);
        QVERIFY(r.recipients.at(0).accepted);
        QVERIFY(!r.recipients.at(1).accepted);
        QCOMPARE(r.recipients.at(1).reply.code, 550);
        QCOMPARE(r.recipients.at(1).reply.enhanced.toString(), QStringLiteral("5.1.1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !fetchBySubject(env("MAILWRIGHT_TB_BOB_USER"), env("MAILWRIGHT_TB_BOB_PASS"), token)
                 .isEmpty(),
            30000);
    }

    void wrongPassword()
    {
        SmtpSessionOptions o = aliceOptions();
        o.credentials->secret = QStringLiteral("not-the-password");
        const Run run
            = sendWith({ QStringLiteral("smtp.example.test"), 465, SecurityMode::Ssl }, o, {});
        QVERIFY(run.error);
        QCOMPARE(run.error->step, SmtpError::Step::Auth);
        QCOMPARE(run.error->reply.code, 535);
    }

    void cliComposeChineseWithAttachment()
    {
        // `send --subject --body --attach` through Postfix and Dovecot, read
        // back over POP3 and parsed by Python's email package.
        QTemporaryDir dir;
        const QString token = QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString attachment = dir.filePath(QStringLiteral("季度报告 2026（终稿）.bin"));
        QFile f(attachment);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray payload;
        for (int i = 0; i < 300000; ++i)
            payload.append(char(i * 7 % 256));
        f.write(payload);
        f.close();
        const QString subject = QStringLiteral("测试邮件 %1 🚀 季度报告").arg(token);
        const QString body = QStringLiteral("你好，世界\n.a line with a leading dot\nend");
        QProcess p;
        p.start(QStringLiteral(MAILWRIGHT_BINARY),
            { QStringLiteral("send"), QStringLiteral("--smtp"),
                QStringLiteral("smtp.example.test:587/starttls"), QStringLiteral("--user"),
                env("MAILWRIGHT_TB_ALICE_USER"), QStringLiteral("--password-stdin"),
                QStringLiteral("--from"),
                QStringLiteral("张三 <%1>").arg(env("MAILWRIGHT_TB_ALICE_USER")),
                QStringLiteral("--to"),
                QStringLiteral("李四 <%1>").arg(env("MAILWRIGHT_TB_BOB_USER")),
                QStringLiteral("--subject"), subject, QStringLiteral("--body"), body,
                QStringLiteral("--attach"), attachment });
        p.write(env("MAILWRIGHT_TB_ALICE_PASS").toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QByteArray stored;
        QTRY_VERIFY_WITH_TIMEOUT(!(stored = fetchBySubject(env("MAILWRIGHT_TB_BOB_USER"),
                                       env("MAILWRIGHT_TB_BOB_PASS"), token))
                                      .isEmpty(),
            30000);
        const QString file = dir.filePath(QStringLiteral("stored.eml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(stored);
        out.close();
        QProcess parse;
        parse.start(QStringLiteral("python3"),
            { QStringLiteral(MAILWRIGHT_SOURCE_DIR "/tests/support/mime_roundtrip.py"), file });
        QVERIFY(parse.waitForFinished(60000));
        QCOMPARE(parse.exitCode(), 0);
        const QJsonObject seen = QJsonDocument::fromJson(parse.readAllStandardOutput()).object();
        QCOMPARE(seen.value(QStringLiteral("subject")).toString(), subject);
        QCOMPARE(seen.value(QStringLiteral("from"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("张三"));
        QCOMPARE(seen.value(QStringLiteral("to"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("李四"));
        QCOMPARE(seen.value(QStringLiteral("text")).toString(), body);
        const QJsonObject part = seen.value(QStringLiteral("parts")).toArray().at(0).toObject();
        QCOMPARE(part.value(QStringLiteral("filename")).toString(),
            QStringLiteral("季度报告 2026（终稿）.bin"));
        QCOMPARE(part.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(
                QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
    }

    void cliSendWithAccountFromKeychain()
    {
        // `account add` stores the password in the testbed's gnome-keyring;
        // `send --account` reads it back from there, never from a file.
        QTemporaryDir config;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        environment.remove(QStringLiteral("MAILWRIGHT_PASSWORD"));
        auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
            QProcess p;
            p.setProcessEnvironment(environment);
            p.start(QStringLiteral(MAILWRIGHT_BINARY), arguments);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::pair { p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError() };
        };
        const QString token = QUuid::createUuid().toString(QUuid::Id128).left(12);
        auto [added, addOutput] = run(
            { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"),
                env("MAILWRIGHT_TB_ALICE_USER"), QStringLiteral("--name"), QStringLiteral("Alice"),
                QStringLiteral("--smtp"), QStringLiteral("smtp.example.test:587/starttls"),
                QStringLiteral("--password-stdin") },
            env("MAILWRIGHT_TB_ALICE_PASS").toUtf8() + '\n');
        QVERIFY2(added == 0, addOutput.constData());
        auto [sent, sendOutput] = run({ QStringLiteral("send"), QStringLiteral("--account"),
            QStringLiteral("Alice"), QStringLiteral("--to"), env("MAILWRIGHT_TB_BOB_USER"),
            QStringLiteral("--subject"), QStringLiteral("keychain %1").arg(token),
            QStringLiteral("--body"), QStringLiteral("sent with the stored password") });
        QVERIFY2(sent == 0, sendOutput.constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            !fetchBySubject(env("MAILWRIGHT_TB_BOB_USER"), env("MAILWRIGHT_TB_BOB_PASS"), token)
                 .isEmpty(),
            30000);
        auto [removed, removeOutput]
            = run({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Alice") });
        QVERIFY2(removed == 0, removeOutput.constData());
        // Without a stored password and none given, send says so (exit 65), and sends nothing.
        run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"),
            env("MAILWRIGHT_TB_ALICE_USER"), QStringLiteral("--smtp"),
            QStringLiteral("smtp.example.test:587/starttls") });
        auto [noSecret, noSecretOutput] = run(
            { QStringLiteral("send"), QStringLiteral("--account"), env("MAILWRIGHT_TB_ALICE_USER"),
                QStringLiteral("--to"), env("MAILWRIGHT_TB_BOB_USER"), QStringLiteral("--subject"),
                QStringLiteral("x"), QStringLiteral("--body"), QStringLiteral("y") });
        QVERIFY2(noSecret == 65, noSecretOutput.constData());
        QVERIFY(noSecretOutput.contains("--password-stdin"));
    }

    // --- `mailwright send`: the exit-code contract against real servers ----

    void cliExitCodes_data()
    {
        QTest::addColumn<QString>("smtp");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        const QString good = env("MAILWRIGHT_TB_ALICE_PASS");
        const QStringList toBob { QStringLiteral("--to"), env("MAILWRIGHT_TB_BOB_USER") };
        QTest::newRow("sent") << QStringLiteral("smtp.example.test:587/starttls") << good << toBob
                              << 0;
        QTest::newRow("partial") << QStringLiteral("smtp.example.test:465/ssl") << good
                                 << QStringList { QStringLiteral("--to"),
                                        env("MAILWRIGHT_TB_BOB_USER"),
                                        env("MAILWRIGHT_TB_REJECTED_RCPT") }
                                 << 3;
        QTest::newRow("all-rejected")
            << QStringLiteral("smtp.example.test:465/ssl") << good
            << QStringList { QStringLiteral("--to"), env("MAILWRIGHT_TB_REJECTED_RCPT") } << 76;
        QTest::newRow("bad-password") << QStringLiteral("smtp.example.test:465/ssl")
                                      << QStringLiteral("wrong") << toBob << 77;
        QTest::newRow("self-signed")
            << QStringLiteral("selfsigned.badcert.test:465/ssl") << good << toBob << 74;
        QTest::newRow("expired") << QStringLiteral("expired.badcert.test:465/ssl") << good << toBob
                                 << 74;
        QTest::newRow("wrong-host")
            << QStringLiteral("wronghost.badcert.test:465/ssl") << good << toBob << 74;
        QTest::newRow("no-starttls")
            << QStringLiteral("smtp.plainonly.test:587/starttls") << good << toBob << 74;
        QTest::newRow("refused") << QStringLiteral("smtp.plainonly.test:465/ssl") << good << toBob
                                 << 69;
        QTest::newRow("unknown-host")
            << QStringLiteral("nonexistent.example.test:465/ssl") << good << toBob << 68;
        QTest::newRow("blackhole")
            << QStringLiteral("smtp.blackhole.test:465/ssl") << good
            << QStringList { QStringLiteral("--to"), env("MAILWRIGHT_TB_BOB_USER"),
                   QStringLiteral("--timeout-ms"), QStringLiteral("1500") }
            << 75;
        QTest::newRow("blackhole-starttls")
            << QStringLiteral("smtp.blackhole.test:587/starttls") << good
            << QStringList { QStringLiteral("--to"), env("MAILWRIGHT_TB_BOB_USER"),
                   QStringLiteral("--timeout-ms"), QStringLiteral("1500") }
            << 75;
        QTest::newRow("plaintext-password")
            << QStringLiteral("smtp.plainonly.test:587/plain") << good << toBob << 64;
    }
    void cliExitCodes()
    {
        QFETCH(QString, smtp);
        QFETCH(QString, password);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString eml = dir.filePath(QStringLiteral("m.eml"));
        QFile f(eml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makeMessage(QStringLiteral("cli"), "hello\r\n"));
        f.close();
        QProcess p;
        p.start(QStringLiteral(MAILWRIGHT_BINARY),
            QStringList { QStringLiteral("send"), QStringLiteral("--smtp"), smtp,
                QStringLiteral("--user"), env("MAILWRIGHT_TB_ALICE_USER"),
                QStringLiteral("--password-stdin"), QStringLiteral("--from"),
                env("MAILWRIGHT_TB_ALICE_USER"), QStringLiteral("--eml"), eml,
                QStringLiteral("--json"), QStringLiteral("--transcript"),
                dir.filePath(QStringLiteral("t.txt")) }
                + extra);
        p.write(password.toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitCode() == exitCode, output.constData());
        // The password is nowhere in the output or the transcript.
        QFile transcript(dir.filePath(QStringLiteral("t.txt")));
        const QByteArray logged
            = transcript.open(QIODevice::ReadOnly) ? transcript.readAll() : QByteArray();
        for (const QByteArray &haystack : { output, logged }) {
            QVERIFY(!haystack.contains(password.toUtf8()));
            QVERIFY(!haystack.contains(password.toUtf8().toBase64()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSmtpPostfix)
#include "tst_smtp_postfix.moc"
