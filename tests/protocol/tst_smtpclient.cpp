// SmtpClient against the scripted fake server. Every scenario runs with the
// server's replies delivered whole, byte by byte, and coalesced. The numbers
// in comments are the items of shared/reference/hostile-server-checklist.md.

#include "SmtpTestHarness.h"
#include "net/Connection.h"

#include <QSslSocket>

using namespace mw;
using namespace mw::test;

namespace {

const QString kEhlo = QStringLiteral("C: EHLO [127.0.0.1]");

QStringList ehloReply(const QStringList &caps)
{
    QStringList out { QStringLiteral("S: 250-fake.test greets you") };
    for (int i = 0; i < caps.size(); ++i)
        out << (i + 1 == caps.size() ? QStringLiteral("S: 250 ") : QStringLiteral("S: 250-"))
                + caps.at(i);
    if (caps.isEmpty())
        out.first().replace(QStringLiteral("250-"), QStringLiteral("250 "));
    return out;
}

QStringList greeting(const QStringList &caps)
{
    return QStringList { QStringLiteral("S: 220 fake.test ESMTP"), kEhlo } + ehloReply(caps);
}

QStringList starttlsPrelude(const QStringList &before, const QStringList &after)
{
    return greeting(before + QStringList { QStringLiteral("STARTTLS") })
        + QStringList { QStringLiteral("C: STARTTLS"),
              QStringLiteral("S: 220 2.0.0 Ready to start TLS"), QStringLiteral("T"), kEhlo }
    + ehloReply(after);
}

const QStringList kQuit { QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"),
    QStringLiteral("X") };
// Real servers often drop the connection after 221 without a TLS close_notify.
const QStringList kQuitAbort { QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"),
    QStringLiteral("A") };

QString plainAuth(const char *user, const char *pass)
{
    QByteArray raw;
    raw.append('\0').append(user).append('\0').append(pass);
    return QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(raw.toBase64());
}

SmtpSessionOptions withCredentials(const char *user = "alice", const char *pass = "s3cret-Pw")
{
    SmtpSessionOptions o = Session::defaultOptions();
    o.credentials = sasl::Credentials { QString::fromUtf8(user), QString::fromUtf8(pass), {} };
    return o;
}

bool sentLineStartingWith(const FakeServer &server, const QString &prefix)
{
    for (const QString &line : server.received()) {
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

class TestSmtpClient : public QObject {
    Q_OBJECT

private slots:
    // --- the happy paths --------------------------------------------------

    void sendPipelinedChunked_data() { addDeliveryRows(); }
    void sendPipelinedChunked()
    {
        // MAIL + RCPT + BDAT LAST go out together: the server answers only
        // after all three arrived, so a client that waits in between stalls.
        QFETCH(FakeServer::Delivery, delivery);
        const QByteArray body = "Subject: hi\r\n\r\nHello\r\n";
        FakeServer server(
            greeting({ QStringLiteral("PIPELINING"), QStringLiteral("CHUNKING"),
                QStringLiteral("SIZE 1000000"), QStringLiteral("8BITMIME"),
                QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("AUTH PLAIN LOGIN") })
                + QStringList { plainAuth("alice", "s3cret-Pw"), QStringLiteral("S: 235 2.7.0 ok"),
                    QStringLiteral("C: MAIL FROM:<alice@example.test> SIZE=22"),
                    QStringLiteral("C: RCPT TO:<bob@example.test>"),
                    QStringLiteral("C: BDAT 22 LAST"), QStringLiteral("C+ 3"),
                    QStringLiteral("S: 250 2.1.0 ok"), QStringLiteral("S: 250 2.1.5 ok"),
                    QStringLiteral("S: 250 2.0.0 queued as ABC") }
                + kQuitAbort,
            delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, withCredentials(), { s.message(body) });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error, qPrintable(s.dump() + server.error()));
        QVERIFY(s.finished);
        QVERIFY2(server.scriptDone(), qPrintable(server.error()));
        QCOMPARE(s.results.size(), 1);
        QVERIFY(s.results.first().delivered);
        QCOMPARE(s.results.first().finalReply.enhanced.toString(), QStringLiteral("2.0.0"));
        QVERIFY(server.rawReceived().contains("BDAT 22 LAST\r\n" + body));
        QCOMPARE(s.client.authMechanism(), QByteArray("PLAIN"));
        // The secret never reaches the transcript.
        QVERIFY(!s.dump().contains(QStringLiteral("s3cret")));
        QVERIFY(!s.dump().contains(plainAuth("alice", "s3cret-Pw").mid(3)));
        QVERIFY(s.dump().contains(QStringLiteral("AUTH PLAIN <redacted>")));
    }

    void manyMessagesOneConnection_data() { addDeliveryRows(); }
    void manyMessagesOneConnection()
    {
        QFETCH(FakeServer::Delivery, delivery);
        QStringList script = greeting({ QStringLiteral("PIPELINING"), QStringLiteral("CHUNKING") });
        for (int i = 0; i < 5; ++i) {
            script << QStringLiteral("C: MAIL FROM:<alice@example.test>")
                   << QStringLiteral("C: RCPT TO:<bob@example.test>")
                   << QStringLiteral("C: BDAT 7 LAST") << QStringLiteral("C: msg %1").arg(i)
                   << QStringLiteral("S: 250 ok") << QStringLiteral("S: 250 ok")
                   << QStringLiteral("S: 250 queued %1").arg(i);
        }
        FakeServer server(script + kQuit, delivery, FakeServer::Tls::Implicit);
        Session s;
        SmtpSessionOptions o = Session::defaultOptions();
        QList<OutgoingMessage> messages;
        for (int i = 0; i < 5; ++i) {
            OutgoingMessage m = s.message(QStringLiteral("msg %1\r\n").arg(i).toLatin1());
            messages << m;
        }
        s.start(server.port(), SecurityMode::Ssl, o, messages);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QCOMPARE(s.results.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(s.results.at(i).index, i);
            QVERIFY(s.results.at(i).delivered);
        }
        QCOMPARE(server.received().filter(QStringLiteral("EHLO")).size(), 1);
    }

    void nextEnvelopePipelinedBehindDot_data() { addDeliveryRows(); }
    void nextEnvelopePipelinedBehindDot()
    {
        // RFC 2920 §3.1: message content may start a group. Without CHUNKING
        // the next MAIL/RCPT/DATA, and after the last message QUIT, follow
        // "." at once: the server here answers "." only after the next
        // envelope (and QUIT) arrived, so a client that waits stalls. One
        // round trip per message instead of two. The first message's failure
        // does not touch the second.
        QFETCH(FakeServer::Delivery, delivery);
        FakeServer server(
            greeting({ QStringLiteral("PIPELINING"), QStringLiteral("ENHANCEDSTATUSCODES") })
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 250 2.1.0 ok"), QStringLiteral("S: 250 2.1.5 ok"),
                    QStringLiteral("S: 354 go ahead"), QStringLiteral("C: first"),
                    QStringLiteral("C: ."), QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("C: RCPT TO:<carol@example.test>"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 554 5.7.1 first refused by content filter"),
                    QStringLiteral("S: 250 2.1.0 ok"), QStringLiteral("S: 250 2.1.5 ok"),
                    QStringLiteral("S: 354 go ahead"), QStringLiteral("C: second"),
                    QStringLiteral("C: ."), QStringLiteral("C: QUIT"),
                    QStringLiteral("S: 250 2.0.0 queued as B"), QStringLiteral("S: 221 2.0.0 Bye"),
                    QStringLiteral("X") },
            delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
            { s.message("first\r\n"), s.message("second\r\n", { addr("carol@example.test") }) });
        QVERIFY2(s.waitDone(), qPrintable(s.dump() + server.error()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QVERIFY2(server.scriptDone(), qPrintable(server.error()));
        QVERIFY(s.finished);
        QCOMPARE(s.results.size(), 2);
        QCOMPARE(s.results.at(0).index, 0);
        QVERIFY(!s.results.at(0).delivered);
        QCOMPARE(s.results.at(0).error.step, SmtpError::Step::Data);
        QCOMPARE(s.results.at(0).finalReply.code, 554);
        QCOMPARE(s.results.at(1).index, 1);
        QVERIFY(s.results.at(1).delivered);
        QCOMPARE(s.results.at(1).finalReply.enhanced.toString(), QStringLiteral("2.0.0"));
        QCOMPARE(server.received().filter(QStringLiteral("QUIT")).size(), 1);
    }

    void pipelinedQuitThenSilenceIsNotSuccess_data() { addDeliveryRows(); }
    void pipelinedQuitThenSilenceIsNotSuccess()
    {
        // QUIT went out behind ".", and the server hangs up without answering
        // either: the message's fate is unknown, so it is not delivered, and
        // the session ends with an error at the data step, not as a clean QUIT.
        QFETCH(FakeServer::Delivery, delivery);
        FakeServer server(greeting({ QStringLiteral("PIPELINING") })
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("S: 250 ok"),
                    QStringLiteral("S: 354 go ahead"), QStringLiteral("C: only"),
                    QStringLiteral("C: ."), QStringLiteral("C: QUIT"), QStringLiteral("X") },
            delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(
            server.port(), SecurityMode::Ssl, Session::defaultOptions(), { s.message("only\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump() + server.error()));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QCOMPARE(s.results.size(), 1);
        QVERIFY(!s.results.first().delivered);
        QVERIFY(s.error);
        QCOMPARE(s.error->step, SmtpError::Step::Data);
        QCOMPARE(s.results.first().error.step, SmtpError::Step::Data);
    }

    void sessionLossFailsPipelinedNextEnvelope_data() { addDeliveryRows(); }
    void sessionLossFailsPipelinedNextEnvelope()
    {
        // 421 after "." while the next envelope is already on the wire: both
        // messages get a result (neither delivered), the third one too.
        QFETCH(FakeServer::Delivery, delivery);
        FakeServer server(greeting({ QStringLiteral("PIPELINING") })
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("S: 250 ok"),
                    QStringLiteral("S: 354 go ahead"), QStringLiteral("C: one"),
                    QStringLiteral("C: ."), QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 421 4.3.2 shutting down"), QStringLiteral("X") },
            delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
            { s.message("one\r\n"), s.message("two\r\n"), s.message("three\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump() + server.error()));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY(s.error);
        QCOMPARE(s.error->reply.code, 421);
        QCOMPARE(s.results.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(s.results.at(i).index, i);
            QVERIFY(!s.results.at(i).delivered);
            QCOMPARE(s.results.at(i).error.reply.code, 421);
        }
    }

    void dataPathMixedRecipients_data() { addDeliveryRows(); }
    void dataPathMixedRecipients()
    {
        // 15: RCPT 1 → 250, RCPT 2 → 550, DATA → 354: deliver to the first,
        // report the second with its code and text.
        QFETCH(FakeServer::Delivery, delivery);
        FakeServer server(
            greeting({ QStringLiteral("PIPELINING"), QStringLiteral("ENHANCEDSTATUSCODES") })
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("C: RCPT TO:<bob@example.test>"),
                    QStringLiteral("C: RCPT TO:<nobody@example.test>"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 250 2.1.0 ok"), QStringLiteral("S: 250 2.1.5 ok"),
                    QStringLiteral("S: 550 5.1.1 <nobody@example.test>: no such user"),
                    QStringLiteral("S: 354 go ahead"), QStringLiteral("C: Hello"),
                    QStringLiteral("C: ."), QStringLiteral("S: 250 2.0.0 queued") }
                + kQuit,
            delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
            { s.message("Hello\r\n", { addr("bob@example.test"), addr("nobody@example.test") }) });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        const MessageResult &r = s.results.value(0);
        QVERIFY(r.delivered);
        QCOMPARE(r.recipients.size(), 2);
        QVERIFY(r.recipients.at(0).accepted);
        QVERIFY(!r.recipients.at(1).accepted);
        QCOMPARE(r.recipients.at(1).reply.code, 550);
        QCOMPARE(r.recipients.at(1).reply.enhanced.toString(), QStringLiteral("5.1.1"));
        QVERIFY(r.recipients.at(1).reply.text().contains(QStringLiteral("no such user")));
        QCOMPARE(r.error.step, SmtpError::Step::Recipient);
    }

    void withoutPipelining_data() { addDeliveryRows(); }
    void withoutPipelining()
    {
        // Lock-step: every command waits for its reply.
        QFETCH(FakeServer::Delivery, delivery);
        FakeServer server(greeting({ QStringLiteral("8BITMIME") })
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                    QStringLiteral("S: 251 will forward to <b@elsewhere.test>"),
                    QStringLiteral("C: RCPT TO:<carol@example.test>"),
                    QStringLiteral("S: 551 User not local; please try <c@new.test>"),
                    QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                    QStringLiteral("C: ..leading dot"), QStringLiteral("C: ."),
                    QStringLiteral("S: 250 ok") }
                + kQuit,
            delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
            { s.message(
                ".leading dot\r\n", { addr("bob@example.test"), addr("carol@example.test") }) });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        const MessageResult &r = s.results.value(0);
        QVERIFY(r.delivered);
        // 17: 251 is success; 551 is reported with the server's suggestion.
        QVERIFY(r.recipients.at(0).accepted);
        QCOMPARE(r.recipients.at(0).reply.code, 251);
        QVERIFY(!r.recipients.at(1).accepted);
        QVERIFY(r.recipients.at(1).reply.text().contains(QStringLiteral("<c@new.test>")));
    }

    // --- STARTTLS and TLS -------------------------------------------------

    void starttlsUpgradeForgetsCapabilities_data() { addDeliveryRows(); }
    void starttlsUpgradeForgetsCapabilities()
    {
        // 5: SIZE 1, AUTH LOGIN and DSN seen before TLS are forgotten. After TLS
        // only PLAIN is offered and there is no SIZE limit, so a 40-byte
        // message goes out with AUTH PLAIN.
        QFETCH(FakeServer::Delivery, delivery);
        FakeServer server(starttlsPrelude({ QStringLiteral("SIZE 1"), QStringLiteral("AUTH LOGIN"),
                                              QStringLiteral("DSN") },
                              { QStringLiteral("AUTH PLAIN") })
                + QStringList { plainAuth("alice", "s3cret-Pw"), QStringLiteral("S: 235 ok"),
                    QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 354 go"),
                    QStringLiteral("C: 0123456789012345678901234567890123456"),
                    QStringLiteral("C: ."), QStringLiteral("S: 250 ok") }
                + kQuit,
            delivery);
        Session s;
        OutgoingMessage m = s.message("0123456789012345678901234567890123456\r\n");
        m.dsn = DsnRequest { DsnRequest::Return::Headers, "id1", true, true, false, false };
        s.start(server.port(), SecurityMode::StartTls, withCredentials(), { m });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QVERIFY(s.results.value(0).delivered);
        QVERIFY(s.dump().contains(QStringLiteral("* TLS established")));
        QVERIFY(!s.client.capabilities().has(SmtpCapabilities::Dsn));
        QCOMPARE(s.client.capabilities().maxSize, 0);
    }

    void starttlsRefused_data()
    {
        QTest::addColumn<FakeServer::Delivery>("delivery");
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("expectedKind");
        const QStringList noStarttls = greeting({ QStringLiteral("AUTH PLAIN LOGIN") });
        const QStringList base
            = greeting({ QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN LOGIN") })
            + QStringList { QStringLiteral("C: STARTTLS") };
        const QStringList ehlo500 { QStringLiteral("S: 220 fake"), kEhlo,
            QStringLiteral("S: 500 5.5.1 what?") };
        for (const auto &[name, delivery] : { std::pair { "whole", FakeServer::Delivery::Whole },
                 std::pair { "bytes", FakeServer::Delivery::ByteByByte },
                 std::pair { "coalesced", FakeServer::Delivery::Coalesced } }) {
            // 1: not advertised, or answered 454, 502 or 354.
            QTest::addRow("not-advertised/%s", name)
                << delivery << noStarttls << int(SmtpError::Kind::Policy);
            for (const char *reply : { "454 4.7.0 TLS not available", "502 5.5.1 no", "354 what" })
                QTest::addRow("%.3s/%s", reply, name)
                    << delivery
                    << base + QStringList { QStringLiteral("S: ") + QLatin1String(reply) }
                    << int(SmtpError::Kind::Reply);
            // 2: EHLO fails; HELO would work but cannot do TLS.
            QTest::addRow("ehlo-500/%s", name)
                << delivery << ehlo500 << int(SmtpError::Kind::Reply);
        }
    }
    void starttlsRefused()
    {
        QFETCH(FakeServer::Delivery, delivery);
        QFETCH(QStringList, script);
        QFETCH(int, expectedKind);
        FakeServer server(script + QStringList { QStringLiteral("C+ 5") }, delivery);
        Session s;
        s.start(server.port(), SecurityMode::StartTls, withCredentials(), { s.message("x\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(int(s.error->kind), expectedKind);
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("AUTH")));
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("MAIL")));
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("HELO")));
        QCOMPARE(s.results.size(), 1);
        QVERIFY(!s.results.first().delivered);
    }

    void starttlsResponseInjection_data() { addDeliveryRows(); }
    void starttlsResponseInjection()
    {
        // 3: the go-ahead and forged post-TLS replies in one segment. Bytes
        // after the 220 must never be used: a hard error, no AUTH.
        QFETCH(FakeServer::Delivery, delivery);
        FakeServer server(greeting({ QStringLiteral("STARTTLS") })
                + QStringList { QStringLiteral("C: STARTTLS"),
                    QStringLiteral("R: 220 go ahead\\r\\n250-fake\\r\\n250 AUTH PLAIN\\r\\n"),
                    QStringLiteral("C+ 5") },
            delivery);
        Session s;
        s.start(server.port(), SecurityMode::StartTls, withCredentials(), { s.message("x\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        // Byte by byte, the forged bytes arrive after the client started the
        // handshake and break it; otherwise they are caught as injection.
        if (delivery == FakeServer::Delivery::ByteByByte)
            QVERIFY2(s.error->kind == SmtpError::Kind::Injection
                    || s.error->kind == SmtpError::Kind::TlsHandshake,
                qPrintable(kindName(s.error->kind)));
        else
            QCOMPARE(s.error->kind, SmtpError::Kind::Injection);
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("AUTH")));
        QVERIFY(!s.client.isEncrypted());
    }

    void starttlsTrailingFragment_data() { addDeliveryRows(); }
    void starttlsTrailingFragment()
    {
        // 4: a fragment without CRLF after the 220.
        QFETCH(FakeServer::Delivery, delivery);
        FakeServer server(greeting({ QStringLiteral("STARTTLS") })
                + QStringList { QStringLiteral("C: STARTTLS"),
                    QStringLiteral("R: 220 go ahead\\r\\n250 AU"), QStringLiteral("C+ 5") },
            delivery);
        Session s;
        s.start(server.port(), SecurityMode::StartTls, withCredentials(), { s.message("x\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QVERIFY(s.error->kind == SmtpError::Kind::Injection
            || (delivery == FakeServer::Delivery::ByteByByte
                && s.error->kind == SmtpError::Kind::TlsHandshake));
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("AUTH")));
    }

    void certificateFailsClosed_data()
    {
        QTest::addColumn<int>("cert");
        QTest::addColumn<bool>("trustCa");
        QTest::newRow("self-signed") << int(FakeServer::Cert::SelfSigned) << true;
        QTest::newRow("expired") << int(FakeServer::Cert::Expired) << true;
        QTest::newRow("wrong-host") << int(FakeServer::Cert::WrongHost) << true;
        QTest::newRow("unknown-ca") << int(FakeServer::Cert::Good) << false;
    }
    void certificateFailsClosed()
    {
        // 6: each bad certificate fails closed, with the details for the UI.
        QFETCH(int, cert);
        QFETCH(bool, trustCa);
        FakeServer server(
            greeting({ QStringLiteral("AUTH PLAIN") }) + QStringList { QStringLiteral("C+ 5") },
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit, FakeServer::Cert(cert));
        Session s;
        SmtpSessionOptions o = withCredentials();
        if (!trustCa)
            o.tls = TlsPolicy();
        s.start(server.port(), SecurityMode::Ssl, o, { s.message("x\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, SmtpError::Kind::Certificate);
        QCOMPARE(s.error->step, SmtpError::Step::Tls);
        QCOMPARE(s.error->certificate.sha256.size(), 32);
        QVERIFY(!s.error->certificate.problems.isEmpty());
        QVERIFY(!s.error->certificate.subject.isEmpty());
        QVERIFY(server.received().isEmpty());
    }

    void certificatePinAcceptsExactlyThatCertificate()
    {
        // 6: an explicit pin of this exact SHA-256 lets the connection through;
        // a pin of another certificate does not.
        QFile pem(FakeServer::certDir() + QStringLiteral("/selfsigned.pem"));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray digest = QSslCertificate(pem.readAll()).digest(QCryptographicHash::Sha256);
        for (bool rightPin : { false, true }) {
            FakeServer server(greeting({}) + kQuit, FakeServer::Delivery::Whole,
                FakeServer::Tls::Implicit, FakeServer::Cert::SelfSigned);
            Session s;
            SmtpSessionOptions o = Session::defaultOptions();
            QByteArray pin = digest;
            if (!rightPin)
                pin[0] = char(pin[0] ^ 0x01);
            o.tls.pinnedSha256 = { pin };
            s.start(server.port(), SecurityMode::Ssl, o);
            QVERIFY2(s.waitDone(), qPrintable(s.dump()));
            if (rightPin) {
                QVERIFY2(!s.error, qPrintable(s.dump()));
                QVERIFY(s.finished);
            } else {
                QVERIFY(s.error);
                QCOMPARE(s.error->kind, SmtpError::Kind::Certificate);
            }
        }
    }

    void implicitTlsAgainstPlaintextServer()
    {
        // 7: a clean, specific error quickly, never a hang.
        FakeServer server(greeting({}) + QStringList { QStringLiteral("C+ 5") });
        Session s;
        SmtpSessionOptions o = Session::defaultOptions();
        o.timeouts = SmtpTimeouts::forVerification(3000);
        QElapsedTimer clock;
        clock.start();
        s.start(server.port(), SecurityMode::Ssl, o);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, SmtpError::Kind::TlsHandshake);
        QCOMPARE(s.error->step, SmtpError::Step::Tls);
    }

    void plaintextAgainstTlsPort()
    {
        // 7: the server waits for a ClientHello and never greets: the greeting
        // deadline fires and names the step.
        FakeServer server({}, FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        Session s;
        SmtpSessionOptions o = Session::defaultOptions();
        o.timeouts = SmtpTimeouts::forVerification(400);
        s.start(server.port(), SecurityMode::StartTls, o);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, SmtpError::Kind::Timeout);
        QCOMPARE(s.error->step, SmtpError::Step::Greeting);
    }

    void plainConnectionCannotStartTls()
    {
        // A Plain connection is a bare TCP socket (no TLS backend loaded).
        // Asking it for TLS is a caller bug: it must fail with a clear error
        // and put nothing on the wire, never crash or send a ClientHello.
        FakeServer server({ QStringLiteral("S: 220 fake.test ESMTP") });
        Connection conn;
        QList<QByteArray> lines;
        std::optional<NetError> error;
        connect(&conn, &Connection::lineReceived, &conn, [&](const QByteArray &line) {
            lines << line;
            conn.startClientEncryption();
        });
        connect(&conn, &Connection::failed, &conn, [&](const NetError &e) { error = e; });
        conn.connectToHost(QStringLiteral("127.0.0.1"), server.port(), SecurityMode::Plain);
        QTRY_VERIFY(error.has_value());
        QCOMPARE(lines, QList<QByteArray> { "220 fake.test ESMTP" });
        QCOMPARE(error->kind, NetError::Protocol);
        QVERIFY2(
            error->detail.contains(QLatin1String("without encryption")), qPrintable(error->detail));
        QVERIFY(!conn.isEncrypted());
        QVERIFY(!conn.isOpen());
        QTRY_VERIFY(server.clientClosed());
        QVERIFY2(server.rawReceived().isEmpty(), server.rawReceived().toHex().constData());
    }

    // --- reply parsing ----------------------------------------------------

    void multilineGreetingOneEhlo_data() { addDeliveryRows(); }
    void multilineGreetingOneEhlo()
    {
        // 9
        QFETCH(FakeServer::Delivery, delivery);
        FakeServer server(
            QStringList { QStringLiteral("S: 220-fake.test ESMTP"), QStringLiteral("S: 220-no UCE"),
                QStringLiteral("S: 220 ready"), kEhlo }
                + ehloReply({}) + kQuit,
            delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions());
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QCOMPARE(server.received().filter(QStringLiteral("EHLO")).size(), 1);
    }

    void malformedReplies_data()
    {
        QTest::addColumn<FakeServer::Delivery>("delivery");
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("expectedKind");
        for (const auto &[name, delivery] : { std::pair { "whole", FakeServer::Delivery::Whole },
                 std::pair { "bytes", FakeServer::Delivery::ByteByByte },
                 std::pair { "coalesced", FakeServer::Delivery::Coalesced } }) {
            // 11
            QTest::addRow("continuation-then-eof/%s", name)
                << delivery << QStringList { QStringLiteral("S: 220-fake"), QStringLiteral("X") }
                << int(SmtpError::Kind::Closed);
            QTest::addRow("non-digit/%s", name)
                << delivery << QStringList { QStringLiteral("S: 22x hello") }
                << int(SmtpError::Kind::Protocol);
            QTest::addRow("code-999/%s", name)
                << delivery << QStringList { QStringLiteral("S: 999 hello") }
                << int(SmtpError::Kind::Protocol);
            QTest::addRow("mismatched-continuation/%s", name)
                << delivery
                << QStringList { QStringLiteral("S: 220-fake"), QStringLiteral("S: 250 ok") }
                << int(SmtpError::Kind::Protocol);
            QTest::addRow("bad-separator/%s", name)
                << delivery << QStringList { QStringLiteral("S: 220_fake") }
                << int(SmtpError::Kind::Protocol);
            QTest::addRow("ehlo-garbage/%s", name)
                << delivery
                << QStringList { QStringLiteral("S: 220 fake"), kEhlo, QStringLiteral("S: hello?") }
                << int(SmtpError::Kind::Protocol);
        }
    }
    void malformedReplies()
    {
        QFETCH(FakeServer::Delivery, delivery);
        QFETCH(QStringList, script);
        QFETCH(int, expectedKind);
        FakeServer server(script, delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(
            server.port(), SecurityMode::Ssl, Session::defaultOptions(), { s.message("x\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(int(s.error->kind), expectedKind);
        QCOMPARE(s.results.size(), 1);
        QVERIFY(!s.results.first().delivered);
        QTRY_VERIFY(server.clientClosed()); // the connection is not left hanging
    }

    void unboundedInputIsCut()
    {
        // 12: a 1 MB line without LF, and 101 continuation lines.
        const QString longLine = QStringLiteral("R: 220 ") + QString(1024 * 1024, QLatin1Char('a'));
        QStringList many { QStringLiteral("S: 220 fake"), kEhlo };
        for (int i = 0; i < 101; ++i)
            many << QStringLiteral("S: 250-X-LINE-%1").arg(i);
        many << QStringLiteral("S: 250 END");
        for (const QStringList &script : { QStringList { longLine }, many }) {
            FakeServer server(script, FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
            Session s;
            s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions());
            QVERIFY2(s.waitDone(), qPrintable(s.dump().left(2000)));
            QVERIFY(s.error);
            QCOMPARE(s.error->kind, SmtpError::Kind::Protocol);
        }
    }

    void serverClosing421_data()
    {
        QTest::addColumn<FakeServer::Delivery>("delivery");
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("step");
        const QStringList caps = greeting({ QStringLiteral("PIPELINING") });
        for (const auto &[name, delivery] : { std::pair { "whole", FakeServer::Delivery::Whole },
                 std::pair { "bytes", FakeServer::Delivery::ByteByByte },
                 std::pair { "coalesced", FakeServer::Delivery::Coalesced } }) {
            // 13
            QTest::addRow("greeting/%s", name)
                << delivery
                << QStringList { QStringLiteral("S: 421 4.3.2 busy"), QStringLiteral("X") }
                << int(SmtpError::Step::Greeting);
            QTest::addRow("rcpt/%s", name) << delivery
                                           << caps
                    + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                          QStringLiteral("C: RCPT TO:<bob@example.test>"),
                          QStringLiteral("C: DATA"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("S: 421 4.4.2 timeout, closing"), QStringLiteral("X") }
                                           << int(SmtpError::Step::Recipient);
            QTest::addRow("after-data/%s", name) << delivery
                                                 << caps
                    + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                          QStringLiteral("C: RCPT TO:<bob@example.test>"),
                          QStringLiteral("C: DATA"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("S: 250 ok"), QStringLiteral("S: 354 go"),
                          QStringLiteral("C: body"), QStringLiteral("C: ."),
                          QStringLiteral("S: 421 4.3.0 shutting down"), QStringLiteral("X") }
                                                 << int(SmtpError::Step::Data);
        }
    }
    void serverClosing421()
    {
        QFETCH(FakeServer::Delivery, delivery);
        QFETCH(QStringList, script);
        QFETCH(int, step);
        FakeServer server(script, delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
            { s.message("body\r\n"), s.message("second\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->reply.code, 421);
        QCOMPARE(int(s.error->step), step);
        QVERIFY(s.error->isTemporary());
        // Both messages are reported, undelivered and retryable.
        QCOMPARE(s.results.size(), 2);
        for (const MessageResult &r : std::as_const(s.results)) {
            QVERIFY(!r.delivered);
            QVERIFY(r.error.isTemporary());
        }
    }

    void stalls_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("step");
        const QStringList caps = greeting({ QStringLiteral("AUTH PLAIN") });
        const QStringList authed
            = caps + QStringList { plainAuth("alice", "s3cret-Pw"), QStringLiteral("S: 235 ok") };
        // 14: the server goes silent at each phase.
        QTest::newRow("greeting") << QStringList {} << int(SmtpError::Step::Greeting);
        QTest::newRow("ehlo") << QStringList { QStringLiteral("S: 220 fake"), kEhlo }
                              << int(SmtpError::Step::Ehlo);
        QTest::newRow("auth") << caps + QStringList { plainAuth("alice", "s3cret-Pw") }
                              << int(SmtpError::Step::Auth);
        QTest::newRow("rcpt") << authed
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                      QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>") }
                              << int(SmtpError::Step::Recipient);
        QTest::newRow("after-354") << authed
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                      QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                      QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                      QStringLiteral("S: 354 go"), QStringLiteral("C: body"),
                      QStringLiteral("C: .") }
                                   << int(SmtpError::Step::Data);
        QTest::newRow("data-354") << authed
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                      QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                      QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA") }
                                  << int(SmtpError::Step::Data);
    }
    void stalls()
    {
        QFETCH(QStringList, script);
        QFETCH(int, step);
        FakeServer server(script, FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        Session s;
        SmtpSessionOptions o = withCredentials();
        o.timeouts = SmtpTimeouts::forVerification(300);
        s.start(server.port(), SecurityMode::Ssl, o, { s.message("body\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, SmtpError::Kind::Timeout);
        QCOMPARE(int(s.error->step), step);
        QVERIFY(s.error->isTemporary());
    }

    // --- transactions -----------------------------------------------------

    void allRecipientsRejected_data()
    {
        QTest::addColumn<FakeServer::Delivery>("delivery");
        QTest::addColumn<bool>("data354");
        for (const auto &[name, delivery] : { std::pair { "whole", FakeServer::Delivery::Whole },
                 std::pair { "bytes", FakeServer::Delivery::ByteByByte },
                 std::pair { "coalesced", FakeServer::Delivery::Coalesced } }) {
            QTest::addRow("354/%s", name) << delivery << true;
            QTest::addRow("554/%s", name) << delivery << false;
        }
    }
    void allRecipientsRejected()
    {
        // 16: DATA 354 → a lone "." ; DATA 554 → RSET. Then the next message
        // still goes out on the same connection.
        QFETCH(FakeServer::Delivery, delivery);
        QFETCH(bool, data354);
        QStringList script = greeting({ QStringLiteral("PIPELINING") })
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                  QStringLiteral("C: RCPT TO:<nobody@example.test>"), QStringLiteral("C: DATA"),
                  QStringLiteral("S: 250 ok"), QStringLiteral("S: 550 5.1.1 no such user") };
        if (data354)
            script << QStringLiteral("S: 354 go") << QStringLiteral("C: .")
                   << QStringLiteral("S: 554 5.5.1 no valid recipients");
        else
            script << QStringLiteral("S: 554 5.5.1 no valid recipients")
                   << QStringLiteral("C: RSET") << QStringLiteral("S: 250 ok");
        script << QStringLiteral("C: MAIL FROM:<alice@example.test>")
               << QStringLiteral("C: RCPT TO:<bob@example.test>") << QStringLiteral("C: DATA")
               << QStringLiteral("S: 250 ok") << QStringLiteral("S: 250 ok")
               << QStringLiteral("S: 354 go") << QStringLiteral("C: second")
               << QStringLiteral("C: .") << QStringLiteral("S: 250 ok");
        FakeServer server(script + kQuit, delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
            { s.message("first\r\n", { addr("nobody@example.test") }), s.message("second\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QCOMPARE(s.results.size(), 2);
        QVERIFY(!s.results.at(0).delivered);
        QCOMPARE(s.results.at(0).error.step, SmtpError::Step::Recipient);
        QCOMPARE(s.results.at(0).error.reply.code, 550);
        QVERIFY(s.results.at(1).delivered);
        QVERIFY(!server.rawReceived().contains("first"));
    }

    void temporaryRecipientFailure()
    {
        // 17: 452 is a temporary failure, worth retrying later.
        FakeServer server(greeting({})
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                    QStringLiteral("S: 452 4.5.3 too many recipients"), QStringLiteral("C: RSET"),
                    QStringLiteral("S: 250 ok") }
                + kQuit,
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        Session s;
        s.start(
            server.port(), SecurityMode::Ssl, Session::defaultOptions(), { s.message("x\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QVERIFY(!s.results.value(0).delivered);
        QVERIFY(s.results.value(0).error.isTemporary());
    }

    void bodyIsSmugglingProof_data() { addDeliveryRows(); }
    void bodyIsSmugglingProof()
    {
        // 18: only CRLF reaches the wire, dots are stuffed, nothing ends DATA early.
        QFETCH(FakeServer::Delivery, delivery);
        const QByteArray body = "a\n.\r\nMAIL FROM:<x@y.z>\r\n.\r\n.lead\rbare\r\r\nend";
        const QByteArray wire
            = "a\r\n..\r\nMAIL FROM:<x@y.z>\r\n..\r\n..lead\r\nbare\r\n\r\nend\r\n.\r\n";
        FakeServer server(greeting({})
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 354 go"), QStringLiteral("C+ 9"),
                    QStringLiteral("S: 250 ok") }
                + kQuit,
            delivery, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(), { s.message(body) });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        const QByteArray raw = server.rawReceived();
        const qsizetype start = raw.indexOf("DATA\r\n") + 6;
        QCOMPARE(raw.mid(start, wire.size()), wire);
        QCOMPARE(server.received().count(QStringLiteral(".")), 1);
    }

    void sizeLimitRefusedBeforeData()
    {
        // 21: bigger than the advertised SIZE → refused before MAIL.
        FakeServer server(greeting({ QStringLiteral("SIZE 10") }) + kQuit,
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
            { s.message("0123456789ABCDEF\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QVERIFY(!s.results.value(0).delivered);
        QCOMPARE(s.results.value(0).error.kind, SmtpError::Kind::Policy);
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("MAIL")));
    }

    void sizeRejectedAfterData()
    {
        // 21: a 552 after the data is shown to the user.
        FakeServer server(greeting({ QStringLiteral("SIZE 1000") })
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test> SIZE=3"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                    QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 354 go"), QStringLiteral("C: x"), QStringLiteral("C: ."),
                    QStringLiteral("S: 552 5.3.4 message too big") }
                + kQuit,
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        Session s;
        s.start(
            server.port(), SecurityMode::Ssl, Session::defaultOptions(), { s.message("x\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        const MessageResult &r = s.results.value(0);
        QVERIFY(!r.delivered);
        QCOMPARE(r.error.reply.code, 552);
        QCOMPARE(r.error.step, SmtpError::Step::Data);
        QVERIFY(r.error.message().contains(QStringLiteral("message too big")));
    }

    void internationalAddresses()
    {
        // 22: a UTF-8 local part without SMTPUTF8 is refused; an IDN domain
        // goes on the wire as an A-label; with SMTPUTF8 the parameter is sent.
        {
            FakeServer server(
                greeting({}) + kQuit, FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
            Session s;
            s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
                { s.message("x\r\n", { addr("用户@example.test") }) });
            QVERIFY2(s.waitDone(), qPrintable(s.dump()));
            QVERIFY(!s.error);
            QCOMPARE(s.results.value(0).error.kind, SmtpError::Kind::Policy);
            QVERIFY(!sentLineStartingWith(server, QStringLiteral("MAIL")));
        }
        {
            FakeServer server(greeting({ QStringLiteral("SMTPUTF8") })
                    + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test> SMTPUTF8"),
                        QStringLiteral("S: 250 ok"),
                        QStringLiteral("C: RCPT TO:<用户@xn--bcher-kva.example>"),
                        QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                        QStringLiteral("S: 354 go"), QStringLiteral("C: x"), QStringLiteral("C: ."),
                        QStringLiteral("S: 250 ok") }
                    + kQuit,
                FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
            Session s;
            s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
                { s.message("x\r\n", { addr("用户@bücher.example") }) });
            QVERIFY2(s.waitDone(), qPrintable(s.dump()));
            QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
            QVERIFY(s.results.value(0).delivered);
        }
    }

    // --- AUTH -------------------------------------------------------------

    void authFailures_data()
    {
        QTest::addColumn<QStringList>("exchange");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        const QString login = QStringLiteral("C: AUTH LOGIN");
        // 23
        QTest::newRow("535") << QStringList { plainAuth("alice", "s3cret-Pw"),
            QStringLiteral("S: 535 5.7.8 bad credentials") }
                             << int(SmtpError::Kind::Reply) << 535;
        QTest::newRow("534") << QStringList { plainAuth("alice", "s3cret-Pw"),
            QStringLiteral("S: 534 5.7.9 app password required") }
                             << int(SmtpError::Kind::Reply) << 534;
        QTest::newRow("538") << QStringList { plainAuth("alice", "s3cret-Pw"),
            QStringLiteral("S: 538 5.7.11 encryption required") }
                             << int(SmtpError::Kind::Reply) << 538;
        QTest::newRow("bad-base64")
            << QStringList { plainAuth("alice", "s3cret-Pw"), QStringLiteral("S: 334 !!!notbase64"),
                   QStringLiteral("C: *"), QStringLiteral("S: 501 5.7.0 cancelled") }
            << int(SmtpError::Kind::Protocol) << 501;
    }
    void authFailures()
    {
        QFETCH(QStringList, exchange);
        QFETCH(int, kind);
        QFETCH(int, code);
        FakeServer server(greeting({ QStringLiteral("AUTH PLAIN") }) + exchange
                + QStringList { QStringLiteral("C+ 5") },
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        Session s;
        s.start(server.port(), SecurityMode::Ssl, withCredentials(), { s.message("x\r\n") });
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->step, SmtpError::Step::Auth);
        QCOMPARE(int(s.error->kind), kind);
        QCOMPARE(s.error->reply.code, code);
        QVERIFY(server.error().isEmpty());
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("MAIL")));
    }

    void oauthTokenRejected()
    {
        // 23: XOAUTH2's JSON error is answered with an empty line, then 535.
        const QByteArray token = "ya29.token";
        const QByteArray ir = "user=alice@example.test\x01"
                              "auth=Bearer "
            + token + "\x01\x01";
        const QByteArray json
            = R"({"status":"401","schemes":"bearer","scope":"https://mail.example/"})";
        FakeServer server(greeting({ QStringLiteral("AUTH XOAUTH2 PLAIN") })
                + QStringList { QStringLiteral("C: AUTH XOAUTH2 ")
                        + QString::fromLatin1(ir.toBase64()),
                    QStringLiteral("S: 334 ") + QString::fromLatin1(json.toBase64()),
                    QStringLiteral("C: "),
                    QStringLiteral("S: 535 5.7.8 Username and Password not accepted") }
                + QStringList { QStringLiteral("C+ 5") },
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        Session s;
        SmtpSessionOptions o = Session::defaultOptions();
        o.credentials = sasl::Credentials { QStringLiteral("alice@example.test"),
            QString::fromLatin1(token), {} };
        o.secretKind = sasl::SecretKind::OAuth2Token;
        o.forcedMechanisms = { "XOAUTH2" };
        s.start(server.port(), SecurityMode::Ssl, o);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QCOMPARE(s.error->reply.code, 535);
        QVERIFY(s.error->detail.contains(QStringLiteral("401")));
        QVERIFY(!s.dump().contains(QLatin1String(token)));
    }

    void noCleartextAuthWithoutTls_data()
    {
        QTest::addColumn<bool>("allowPlaintext");
        QTest::newRow("refused") << false;
        QTest::newRow("user-consented") << true;
    }
    void noCleartextAuthWithoutTls()
    {
        // 24: PLAIN and LOGIN are never used without TLS unless the user chose
        // "plain" and confirmed.
        QFETCH(bool, allowPlaintext);
        QStringList script = greeting({ QStringLiteral("AUTH PLAIN LOGIN") });
        if (allowPlaintext)
            script << plainAuth("alice", "s3cret-Pw") << QStringLiteral("S: 235 ok") << kQuit;
        else
            script << QStringLiteral("C+ 5");
        FakeServer server(script);
        Session s;
        SmtpSessionOptions o = withCredentials();
        o.allowPlaintextAuth = allowPlaintext;
        s.start(server.port(), SecurityMode::Plain, o);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        if (allowPlaintext) {
            QVERIFY2(!s.error, qPrintable(s.dump()));
        } else {
            QVERIFY(s.error);
            QCOMPARE(s.error->kind, SmtpError::Kind::Policy);
            QCOMPARE(s.error->step, SmtpError::Step::Auth);
            QVERIFY(!sentLineStartingWith(server, QStringLiteral("AUTH")));
        }
    }

    // --- big data ---------------------------------------------------------

    void backPressureKeepsMemoryFlat();
    void largeBodyOverTlsDoesNotStall();

    // --- robustness (found in review) -----------------------------------
    void cancelFromProgressSlot();
    void bdatRefusedMidStreamDoesNotHang();
    void sequentialBodyWithGaps();
    void rsetAfterFailedFinalBdat();
    void sendAfterSessionEndIsReported();
    void quitFromReadySlotSendsOneQuit();
    void manyLocallyRefusedMessages();
    void transcriptEscapesControls();
    void cancelMidData();
};

// 25: an endless body against a server that stops reading. Without
// back-pressure the client would pull the whole body into the socket buffer.
namespace {
class EndlessDevice : public QIODevice {
public:
    qint64 produced = 0;
    bool isSequential() const override { return true; }
    bool atEnd() const override { return false; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, 64 * 1024);
        memset(data, 'x', size_t(n));
        for (qint64 i = 99; i < n; i += 100)
            data[i] = '\n';
        produced += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};
} // namespace

void TestSmtpClient::backPressureKeepsMemoryFlat()
{
    FakeServer server(greeting({ QStringLiteral("CHUNKING"), QStringLiteral("PIPELINING") })
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("S: 250 ok"),
                QStringLiteral("S: 250 ok"), QStringLiteral("P") },
        FakeServer::Delivery::Whole);
    Session s;
    EndlessDevice body;
    body.open(QIODevice::ReadOnly);
    OutgoingMessage m(addr("alice@example.test"), { addr("bob@example.test") }, &body);
    SmtpSessionOptions o = Session::defaultOptions();
    // The server stops reading after the RCPT replies ("P"): once its socket
    // and the kernel's buffers are full, TCP pushes back.
    s.start(server.port(), SecurityMode::Plain, o, { m }, false);
    QVERIFY(QTest::qWaitFor([&] { return body.produced > 0; }, 5000));
    QTest::qWait(1000);
    // Kernel buffers on loopback hold a few MB; without back-pressure the
    // client would have produced hundreds of MB by now.
    QVERIFY2(body.produced < 32 * 1024 * 1024, qPrintable(QString::number(body.produced)));
    s.client.cancel();
    QTRY_VERIFY(s.error);
    QCOMPARE(s.error->kind, SmtpError::Kind::Cancelled);
    QCOMPARE(s.results.size(), 1);
    QVERIFY(!s.results.first().delivered);
}

void TestSmtpClient::largeBodyOverTlsDoesNotStall()
{
    // With TLS, back-pressure must wake up when the ciphertext buffer drains,
    // not only when plaintext enters the TLS engine; otherwise a body larger
    // than the high-water mark stalls forever.
    constexpr int kLines = 80000; // 8 MB
    QByteArray body;
    body.reserve(kLines * 100);
    for (int i = 0; i < kLines; ++i)
        body += QByteArray(99, char('a' + i % 26)) + '\n';
    FakeServer server(greeting({})
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                QStringLiteral("C+ %1").arg(kLines + 1), QStringLiteral("S: 250 ok") }
            + kQuit,
        FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(), { s.message(body) });
    QVERIFY2(s.waitDone(30000), qPrintable(s.dump()));
    QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
    QVERIFY(s.results.value(0).delivered);
    QCOMPARE(s.results.value(0).bytesSent, qint64(body.size()));
}

namespace {
// Produces `total` bytes in bursts, with empty reads in between, like a pipe.
class BurstyDevice : public QIODevice {
public:
    explicit BurstyDevice(qint64 total)
        : m_total(total)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_available = qMin<qint64>(m_total - m_produced, 4096);
            if (m_available == 0)
                m_timer.stop();
            emit readyRead();
        });
        m_timer.start();
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override
    {
        return m_produced >= m_total && QIODevice::bytesAvailable() == 0;
    }
    qint64 bytesAvailable() const override { return m_available + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, m_available);
        for (qint64 i = 0; i < n; ++i)
            data[i] = (m_produced + i) % 64 == 63 ? '\n' : 'b';
        m_produced += n;
        m_available -= n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QTimer m_timer;
    qint64 m_total;
    qint64 m_produced = 0;
    qint64 m_available = 0;
};
} // namespace

void TestSmtpClient::cancelFromProgressSlot()
{
    // Cancelling from a progress() slot must not pull the message out from
    // under the body pump (a crash before the fix).
    QByteArray body;
    for (int i = 0; i < 40000; ++i)
        body += QByteArray(99, 'c') + '\n';
    FakeServer server(greeting({})
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                QStringLiteral("C+ 100000") },
        FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    SmtpSessionOptions o = Session::defaultOptions();
    o.chunkSize = 16 * 1024;
    QObject::connect(&s.client, &SmtpClient::progress, &s.client, [&s] { s.client.cancel(); });
    s.start(server.port(), SecurityMode::Ssl, o, { s.message(body) });
    QVERIFY2(s.waitDone(), qPrintable(s.dump()));
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, SmtpError::Kind::Cancelled);
    QCOMPARE(s.results.size(), 1);
    QVERIFY(!s.results.first().delivered);
}

void TestSmtpClient::bdatRefusedMidStreamDoesNotHang()
{
    // The server refuses the first BDAT chunk and stops reading. The client
    // must stop streaming and still end (here: RSET times out), never hang.
    EndlessDevice body;
    body.open(QIODevice::ReadOnly);
    FakeServer server(greeting({ QStringLiteral("PIPELINING"), QStringLiteral("CHUNKING") })
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("S: 250 ok"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C* BDAT 65536"),
                QStringLiteral("S: 554 5.3.4 no thanks"), QStringLiteral("P") },
        FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    SmtpSessionOptions o = Session::defaultOptions();
    o.chunkSize = 64 * 1024;
    o.timeouts = SmtpTimeouts::forVerification(1000);
    s.start(server.port(), SecurityMode::Ssl, o,
        { OutgoingMessage(addr("alice@example.test"), { addr("bob@example.test") }, &body) });
    QVERIFY2(s.waitDone(15000), qPrintable(s.dump()));
    QCOMPARE(s.results.size(), 1);
    QVERIFY(!s.results.first().delivered);
    QVERIFY(body.produced < 64 * 1024 * 1024);
}

void TestSmtpClient::sequentialBodyWithGaps()
{
    // A pipe-like body that is sometimes empty is waited for, not failed.
    BurstyDevice body(64 * 1024);
    body.open(QIODevice::ReadOnly);
    FakeServer server(greeting({})
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                QStringLiteral("C+ %1").arg(64 * 1024 / 64 + 1), QStringLiteral("S: 250 ok") }
            + kQuit,
        FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
        { OutgoingMessage(addr("alice@example.test"), { addr("bob@example.test") }, &body) });
    QVERIFY2(s.waitDone(), qPrintable(s.dump()));
    QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
    QVERIFY(s.results.value(0).delivered);
    QCOMPARE(s.results.value(0).bytesSent, qint64(64 * 1024));
}

void TestSmtpClient::rsetAfterFailedFinalBdat()
{
    // RFC 3030 §2: a failed BDAT (even the LAST one) leaves the transaction
    // to be reset before the next MAIL.
    FakeServer server(greeting({ QStringLiteral("PIPELINING"), QStringLiteral("CHUNKING") })
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("C: RCPT TO:<nobody@example.test>"),
                QStringLiteral("C: BDAT 7 LAST"), QStringLiteral("C: first"),
                QStringLiteral("S: 250 ok"), QStringLiteral("S: 550 5.1.1 no such user"),
                QStringLiteral("S: 554 5.5.1 no valid recipients"), QStringLiteral("C: RSET"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("C: BDAT 8 LAST"),
                QStringLiteral("C: second"), QStringLiteral("S: 250 ok"),
                QStringLiteral("S: 250 ok"), QStringLiteral("S: 250 ok") }
            + kQuit,
        FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
        { s.message("first\r\n", { addr("nobody@example.test") }), s.message("second\r\n") });
    QVERIFY2(s.waitDone(), qPrintable(s.dump()));
    QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
    QVERIFY(!s.results.value(0).delivered);
    QCOMPARE(s.results.value(0).error.step, SmtpError::Step::Recipient);
    QVERIFY(s.results.value(1).delivered);
}

void TestSmtpClient::sendAfterSessionEndIsReported()
{
    FakeServer server({ QStringLiteral("S: 554 5.7.1 go away"), QStringLiteral("X") },
        FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions());
    QVERIFY2(s.waitDone(), qPrintable(s.dump()));
    QVERIFY(s.error);
    s.client.send({ s.message("late\r\n") });
    QCOMPARE(s.results.size(), 0); // reported on the next event-loop turn, not from inside send()
    QTRY_COMPARE(s.results.size(), 1);
    QVERIFY(!s.results.first().delivered);
    QCOMPARE(s.results.first().error.kind, SmtpError::Kind::Cancelled);
}

void TestSmtpClient::quitFromReadySlotSendsOneQuit()
{
    FakeServer server(greeting({}) + kQuit, FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    QObject::connect(&s.client, &SmtpClient::ready, &s.client, [&s] { s.client.quit(); });
    s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(), {}, false);
    QVERIFY2(s.waitDone(), qPrintable(s.dump()));
    QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
    QCOMPARE(server.received().count(QStringLiteral("QUIT")), 1);
}

void TestSmtpClient::manyLocallyRefusedMessages()
{
    // Each message without recipients is refused at once; finishing one
    // starts the next, which must not recurse once per message.
    FakeServer server(greeting({}) + kQuit, FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    QBuffer empty;
    empty.open(QIODevice::ReadOnly);
    QList<OutgoingMessage> messages;
    for (int i = 0; i < 50000; ++i)
        messages << OutgoingMessage(addr("alice@example.test"), {}, &empty);
    s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(), messages);
    QVERIFY2(s.waitDone(30000), qPrintable(s.dump().left(2000)));
    QVERIFY(!s.error);
    QCOMPARE(s.results.size(), 50000);
    QCOMPARE(s.results.last().index, 49999);
    QCOMPARE(s.results.last().error.kind, SmtpError::Kind::LocalInput);
}

void TestSmtpClient::transcriptEscapesControls()
{
    // A server cannot forge "C:" lines or paint the terminal through the transcript.
    FakeServer server(
        QStringList {
            QStringLiteral("R: 220 hi\\x1b[31m\\rC: AUTH PLAIN forged \\xe2\\x80\\xae\\r\\n"),
            kEhlo }
            + ehloReply({}) + kQuit,
        FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions());
    QVERIFY2(s.waitDone(), qPrintable(s.dump()));
    for (const QString &line : std::as_const(s.transcript)) {
        QVERIFY(!line.contains(QChar(0x1b)));
        QVERIFY(!line.contains(QChar(u'\r')));
        QVERIFY(!line.contains(QChar(0x202e)));
    }
    for (const QString &line : std::as_const(s.transcript))
        QVERIFY(!line.startsWith(QStringLiteral("C: AUTH")));
    QVERIFY(s.dump().contains(QStringLiteral("\\u{1b}")));
}

void TestSmtpClient::cancelMidData()
{
    // 25: cancelling in the middle of DATA closes the connection and reports
    // the message as not delivered.
    FakeServer server(greeting({})
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                QStringLiteral("S: 354 go") },
        FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
    Session s;
    EndlessDevice body;
    body.open(QIODevice::ReadOnly);
    s.start(server.port(), SecurityMode::Ssl, Session::defaultOptions(),
        { OutgoingMessage(addr("alice@example.test"), { addr("bob@example.test") }, &body) },
        false);
    QVERIFY(QTest::qWaitFor([&] { return body.produced > 0; }, 5000));
    s.client.cancel();
    QTRY_VERIFY(s.error);
    QCOMPARE(s.error->kind, SmtpError::Kind::Cancelled);
    QVERIFY(!s.results.value(0).delivered);
    QTRY_VERIFY(server.clientClosed());
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
