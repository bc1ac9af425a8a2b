// Pop3Client's session against the scripted fake server: TLS, replies,
// limits, deadlines and certificates. Scenarios run with the server's replies
// delivered whole, byte by byte, and coalesced where the delivery could
// matter. The numbers in comments are the items of
// shared/reference/hostile-server-checklist.md.

#include "Pop3TestHarness.h"

using namespace mw;
using namespace mw::test;

class TestPop3Client : public QObject {
    Q_OBJECT

private slots:
    // --- the happy path ---------------------------------------------------

    void happyPathImplicitTls_data() { addDeliveryRows(); }
    void happyPathImplicitTls()
    {
        QFETCH(Delivery, delivery);
        FakeServer server(
            QStringList { QStringLiteral("S: +OK POP3 ready <1234.5678@pop.example.test>") }
                + capa({ QStringLiteral("TOP"), QStringLiteral("USER"),
                    QStringLiteral("SASL PLAIN LOGIN"), QStringLiteral("RESP-CODES"),
                    QStringLiteral("UIDL"), QStringLiteral("PIPELINING") })
                + QStringList { plainAuth("alice", "s3cret-Pw"),
                    QStringLiteral("S: +OK Logged in."), QStringLiteral("C: STAT"),
                    QStringLiteral("S: +OK 2 320"), QStringLiteral("C: LIST"),
                    QStringLiteral("S: +OK 2 messages"), QStringLiteral("S: 1 120"),
                    QStringLiteral("S: 2 200"), QStringLiteral("S: ."), QStringLiteral("C: UIDL"),
                    QStringLiteral("S: +OK"), QStringLiteral("S: 1 uid-aaa"),
                    QStringLiteral("S: 2 uid-bbb"), QStringLiteral("S: ."),
                    QStringLiteral("C: RETR 1"), QStringLiteral("S: +OK 120 octets"),
                    QStringLiteral("S: Subject: hi"), QStringLiteral("S: "),
                    QStringLiteral("S: ..dot-stuffed"), QStringLiteral("S: .") }
                + kQuit,
            delivery, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials());
        s.client.stat();
        s.client.list();
        s.client.uidl();
        s.client.retrieve(1);
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QVERIFY(s.finished && s.ready);
        QVERIFY(server.scriptDone());
        QCOMPARE(s.client.authMethod(), QByteArray("PLAIN"));
        QVERIFY(s.encryptedWhenReady);
        QVERIFY(s.stat);
        QCOMPARE(s.stat->first, 2);
        QCOMPARE(s.stat->second, qint64(320));
        QCOMPARE(s.list.size(), 2);
        QCOMPARE(s.list.at(1).number, 2);
        QCOMPARE(s.list.at(1).octets, qint64(200));
        QCOMPARE(s.uids.size(), 2);
        QCOMPARE(s.uids.at(0).uid, QByteArray("uid-aaa"));
        QCOMPARE(s.messages.size(), 1);
        QCOMPARE(s.messages.first().first, 1);
        QCOMPARE(s.messages.first().second, QByteArray("Subject: hi\r\n\r\n.dot-stuffed\r\n"));
        using Step = Pop3Error::Step;
        QCOMPARE(s.steps,
            (QList<Step> { Step::Connect, Step::Tls, Step::Greeting, Step::Capabilities, Step::Auth,
                Step::Mailbox, Step::Mailbox, Step::Mailbox, Step::Retrieve, Step::Quit }));
        // The secret never reaches the transcript.
        QVERIFY(s.dump().contains(QStringLiteral("C: AUTH PLAIN <redacted>")));
        QVERIFY(!s.dump().contains(QStringLiteral("s3cret")));
        QVERIFY(!s.dump().contains(plainAuth("alice", "s3cret-Pw").mid(14)));
    }

    // --- STLS -------------------------------------------------------------

    void stlsForgetsCapabilities_data()
    {
        QTest::addColumn<Delivery>("delivery");
        QTest::addColumn<QStringList>("afterTls");
        const QStringList plain = capa({ QStringLiteral("SASL PLAIN") })
            + QStringList { plainAuth("alice", "s3cret-Pw"), QStringLiteral("S: +OK") };
        const QStringList noCapa
            = QStringList { QStringLiteral("C: CAPA"), QStringLiteral("S: -ERR unknown command") }
            + kUserPass;
        addDeliveries("plain-after-tls", [&](QTestData &row) { row << plain; });
        addDeliveries("capa-fails-after-tls", [&](QTestData &row) { row << noCapa; });
    }
    void stlsForgetsCapabilities()
    {
        // 26, RFC 2595 §4: SCRAM and LOGIN seen before TLS are forgotten and
        // CAPA is asked again. After TLS only PLAIN is offered (or nothing,
        // so USER/PASS); a client that kept or merged the old list would pick
        // SCRAM-SHA-256.
        QFETCH(Delivery, delivery);
        QFETCH(QStringList, afterTls);
        FakeServer server(QStringList { kGreeting }
                + capa({ QStringLiteral("STLS"), QStringLiteral("SASL SCRAM-SHA-256 LOGIN") })
                + QStringList { QStringLiteral("C: STLS"), QStringLiteral("S: +OK Begin TLS"),
                    QStringLiteral("T") }
                + afterTls + QStringList { QStringLiteral("C: STAT"), QStringLiteral("S: +OK 0 0") }
                + kQuit,
            delivery);
        Pop3Session s;
        s.start(server.port(), SecurityMode::StartTls, Pop3Session::withCredentials());
        s.client.stat();
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QVERIFY(s.finished);
        QVERIFY(s.encryptedWhenReady);
        QVERIFY(!s.client.capabilities().saslMechanisms.contains("SCRAM-SHA-256"));
        QVERIFY(!s.client.capabilities().has(Pop3Capabilities::Stls));
        QCOMPARE(server.received().count(QStringLiteral("CAPA")), 2);
        QVERIFY(s.steps.contains(Pop3Error::Step::Stls));
    }

    void stlsRequiredButRefused_data()
    {
        QTest::addColumn<Delivery>("delivery");
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<Pop3Error::Kind>("kind");
        const QStringList notOffered
            = capa({ QStringLiteral("USER"), QStringLiteral("SASL PLAIN") });
        const QStringList noCapa { QStringLiteral("C: CAPA"), QStringLiteral("S: -ERR what?") };
        const QStringList refused = capa({ QStringLiteral("STLS"), QStringLiteral("USER") })
            + QStringList { QStringLiteral("C: STLS"),
                  QStringLiteral("S: -ERR [SYS/TEMP] no TLS today") };
        addDeliveries(
            "not-offered", [&](QTestData &row) { row << notOffered << Pop3Error::Kind::Policy; });
        addDeliveries("no-capa", [&](QTestData &row) { row << noCapa << Pop3Error::Kind::Policy; });
        addDeliveries(
            "stls-err", [&](QTestData &row) { row << refused << Pop3Error::Kind::Reply; });
    }
    void stlsRequiredButRefused()
    {
        // Checklist 1 for POP3: never continue in plaintext, never send credentials.
        QFETCH(Delivery, delivery);
        QFETCH(QStringList, script);
        QFETCH(Pop3Error::Kind, kind);
        FakeServer server(QStringList { kGreeting } + script + kRest, delivery);
        Pop3Session s;
        s.start(server.port(), SecurityMode::StartTls, Pop3Session::withCredentials());
        s.client.stat();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, kind);
        QCOMPARE(s.error->step, Pop3Error::Step::Stls);
        QVERIFY(!s.ready);
        QVERIFY(!sentCredentials(server));
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("STAT")));
        QTRY_VERIFY(server.clientClosed());
    }

    void stlsResponseInjection_data()
    {
        QTest::addColumn<Delivery>("delivery");
        QTest::addColumn<QString>("goAhead");
        addDeliveries("forged-lines", [](QTestData &row) {
            row << QStringLiteral("R: +OK Begin TLS\\r\\n+OK\\r\\nSASL PLAIN\\r\\n.\\r\\n");
        });
        addDeliveries("fragment",
            [](QTestData &row) { row << QStringLiteral("R: +OK Begin TLS\\r\\n+OK Cap"); });
    }
    void stlsResponseInjection()
    {
        // 26 (and 3, 4): bytes after the STLS +OK were sent before the TLS
        // handshake and would pass for protected replies: a hard error.
        QFETCH(Delivery, delivery);
        QFETCH(QString, goAhead);
        FakeServer server(QStringList { kGreeting }
                + capa({ QStringLiteral("STLS"), QStringLiteral("USER") })
                + QStringList { QStringLiteral("C: STLS"), goAhead } + kRest,
            delivery);
        Pop3Session s;
        s.start(server.port(), SecurityMode::StartTls, Pop3Session::withCredentials());
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        // Byte by byte, the injected bytes arrive once the handshake began
        // and break it; otherwise they are caught as injection.
        if (delivery == Delivery::ByteByByte)
            QVERIFY2(s.error->kind == Pop3Error::Kind::Injection
                    || s.error->kind == Pop3Error::Kind::TlsHandshake,
                qPrintable(kindName(s.error->kind)));
        else
            QCOMPARE(s.error->kind, Pop3Error::Kind::Injection);
        QCOMPARE(s.error->step, Pop3Error::Step::Stls);
        QVERIFY(!sentCredentials(server));
        QVERIFY(!s.client.isEncrypted());
    }

    // --- replies ----------------------------------------------------------

    void dotUnstuffing_data() { addDeliveryRows(); }
    void dotUnstuffing()
    {
        // 26: ".." lines are un-stuffed, a lone "." ends the message, and
        // every line ends in CRLF whatever the server sent.
        QFETCH(Delivery, delivery);
        FakeServer server(QStringList { kGreeting } + capa({ QStringLiteral("USER") }) + kUserPass
                + QStringList { QStringLiteral("C: RETR 7"),
                    QStringLiteral("S: +OK message follows"), QStringLiteral("S: .."),
                    QStringLiteral("S: ..."), QStringLiteral("S: ..leading dot"),
                    QStringLiteral("S: .x"), QStringLiteral("S: trailing dot."),
                    QStringLiteral("S: "), QStringLiteral("S: . "), QStringLiteral("R: bare-lf\\n"),
                    QStringLiteral("S: .") }
                + kQuit,
            delivery, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials());
        s.client.retrieve(7);
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QCOMPARE(s.messages.size(), 1);
        QCOMPARE(s.messages.first().first, 7);
        QCOMPARE(s.messages.first().second,
            QByteArray(".\r\n..\r\n.leading dot\r\nx\r\ntrailing dot.\r\n\r\n \r\nbare-lf\r\n"));
    }

    void greetingRefused()
    {
        FakeServer server(
            { QStringLiteral("S: -ERR [SYS/TEMP] too many connections"), QStringLiteral("X") },
            Delivery::Whole, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials());
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->step, Pop3Error::Step::Greeting);
        QCOMPARE(s.error->responseCode(), Pop3ResponseCode::SysTemp);
        QVERIFY(s.error->isTemporary());
    }

    void malformedReplies_data()
    {
        QTest::addColumn<Delivery>("delivery");
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<Pop3Error::Step>("step");
        QTest::addColumn<Pop3Error::Kind>("kind");
        using Step = Pop3Error::Step;
        const QStringList authed
            = QStringList { kGreeting } + capa({ QStringLiteral("USER") }) + kUserPass;
        const auto row = [&](const char *name, const QStringList &script, Step step,
                             Pop3Error::Kind kind = Pop3Error::Kind::Protocol) {
            addDeliveries(name, [&](QTestData &r) { r << script << step << kind; });
        };
        row("greeting-no-status", { QStringLiteral("S: HELLO there") }, Step::Greeting);
        row("greeting-okay", { QStringLiteral("S: +OKAY") }, Step::Greeting);
        row("greeting-continuation", { QStringLiteral("S: + abc") }, Step::Greeting);
        row("capa-smtp-reply",
            { kGreeting, QStringLiteral("C: CAPA"), QStringLiteral("S: 250 ok") },
            Step::Capabilities);
        row("stat-words",
            authed
                + QStringList { QStringLiteral("C: STAT"), QStringLiteral("S: +OK lots of mail") },
            Step::Mailbox);
        row("stat-negative",
            authed + QStringList { QStringLiteral("C: STAT"), QStringLiteral("S: +OK -1 10") },
            Step::Mailbox);
        row("list-line",
            authed
                + QStringList { QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 10"),
                    QStringLiteral("C: LIST"), QStringLiteral("S: +OK"),
                    QStringLiteral("S: one 120"), QStringLiteral("S: .") },
            Step::Mailbox);
        row("uidl-long-uid",
            authed
                + QStringList { QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 10"),
                    QStringLiteral("C: LIST"), QStringLiteral("S: +OK"), QStringLiteral("S: ."),
                    QStringLiteral("C: UIDL"), QStringLiteral("S: +OK"),
                    QStringLiteral("S: 1 %1").arg(QString(71, QLatin1Char('u'))),
                    QStringLiteral("S: .") },
            Step::Mailbox);
        row("eof-mid-body",
            authed
                + QStringList { QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 10"),
                    QStringLiteral("C: LIST"), QStringLiteral("S: +OK"), QStringLiteral("S: 1 10"),
                    QStringLiteral("X") },
            Step::Mailbox, Pop3Error::Kind::Closed);
    }
    void malformedReplies()
    {
        QFETCH(Delivery, delivery);
        QFETCH(QStringList, script);
        QFETCH(Pop3Error::Step, step);
        QFETCH(Pop3Error::Kind, kind);
        FakeServer server(script + kRest, delivery, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials());
        s.client.stat();
        s.client.list();
        s.client.uidl();
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, kind);
        QCOMPARE(s.error->step, step);
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("QUIT")));
        QTRY_VERIFY(server.clientClosed()); // the connection is not left hanging
    }

    void longLines_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<bool>("accepted");
        const QString mega(1024 * 1024, QLatin1Char('a'));
        const QStringList retr = QStringList { kGreeting } + capa({ QStringLiteral("USER") })
            + kUserPass + QStringList { QStringLiteral("C: RETR 1"), QStringLiteral("S: +OK") };
        // 12: a 1 MB status line, or message line, without end.
        QTest::newRow("status-1MB") << QStringList { QStringLiteral("R: +OK ") + mega } << false;
        QTest::newRow("message-1MB")
            << retr + QStringList { QStringLiteral("R: ") + mega + QStringLiteral("\\r\\n") }
            << false;
        // Real mail breaks RFC 5322's 998 octets; 10 kB in a message is fine.
        QTest::newRow("message-10kB") << retr
                + QStringList { QStringLiteral("S: ") + mega.left(10000), QStringLiteral("S: .") }
                + kQuit << true;
    }
    void longLines()
    {
        QFETCH(QStringList, script);
        QFETCH(bool, accepted);
        FakeServer server(script, Delivery::Whole, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials());
        s.client.retrieve(1);
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump().left(2000)));
        if (accepted) {
            QVERIFY2(!s.error, qPrintable(s.dump().left(2000)));
            QCOMPARE(s.messages.value(0).second.size(), 10002);
        } else {
            QVERIFY(s.error);
            QCOMPARE(s.error->kind, Pop3Error::Kind::Protocol);
            QTRY_VERIFY(server.clientClosed());
        }
    }

    void messageTooLarge_data() { addDeliveryRows(); }
    void messageTooLarge()
    {
        QFETCH(Delivery, delivery);
        QStringList script = QStringList { kGreeting } + capa({ QStringLiteral("USER") })
            + kUserPass
            + QStringList { QStringLiteral("C: RETR 1"), QStringLiteral("S: +OK 300 octets") };
        for (int i = 0; i < 30; ++i)
            script << QStringLiteral("S: line %1..").arg(i, 2, 10, QLatin1Char('0'));
        FakeServer server(script + QStringList { QStringLiteral("S: .") } + kRest, delivery,
            FakeServer::Tls::Implicit);
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials();
        o.maxMessageBytes = 100;
        s.start(server.port(), SecurityMode::Ssl, o);
        s.client.retrieve(1);
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, Pop3Error::Kind::TooLarge);
        QCOMPARE(s.error->step, Pop3Error::Step::Retrieve);
        QVERIFY(s.error->detail.contains(QStringLiteral("100")));
        QVERIFY(s.messages.isEmpty());
        QTRY_VERIFY(server.clientClosed());
    }

    void stalls_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<Pop3Error::Step>("step");
        using Step = Pop3Error::Step;
        const QStringList caps = QStringList { kGreeting } + capa({ QStringLiteral("SASL PLAIN") });
        const QStringList authed
            = caps + QStringList { plainAuth("alice", "s3cret-Pw"), QStringLiteral("S: +OK") };
        // 14: the server goes silent at each phase.
        QTest::newRow("greeting") << QStringList {} << Step::Greeting;
        QTest::newRow("capa") << QStringList { kGreeting, QStringLiteral("C: CAPA") }
                              << Step::Capabilities;
        QTest::newRow("capa-body") << QStringList { kGreeting, QStringLiteral("C: CAPA"),
            QStringLiteral("S: +OK"), QStringLiteral("S: USER") }
                                   << Step::Capabilities;
        QTest::newRow("auth") << caps + QStringList { plainAuth("alice", "s3cret-Pw") }
                              << Step::Auth;
        QTest::newRow("stat") << authed + QStringList { QStringLiteral("C: STAT") }
                              << Step::Mailbox;
        QTest::newRow("retr") << authed
                + QStringList { QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 10"),
                      QStringLiteral("C: RETR 1") }
                              << Step::Retrieve;
        QTest::newRow("retr-body") << authed
                + QStringList { QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 10"),
                      QStringLiteral("C: RETR 1"), QStringLiteral("S: +OK"),
                      QStringLiteral("S: Subject: x") }
                                   << Step::Retrieve;
    }
    void stalls()
    {
        QFETCH(QStringList, script);
        QFETCH(Pop3Error::Step, step);
        FakeServer server(script, Delivery::Whole, FakeServer::Tls::Implicit);
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials();
        o.timeouts = Pop3Timeouts::forVerification(300);
        s.start(server.port(), SecurityMode::Ssl, o);
        s.client.stat();
        s.client.retrieve(1);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, Pop3Error::Kind::Timeout);
        QCOMPARE(s.error->step, step);
        QVERIFY(s.error->isTemporary());
    }

    void slowButSteadyBodyIsNotATimeout()
    {
        // A long download that keeps making progress is not a stall: every
        // line renews the deadline.
        QStringList script = QStringList { kGreeting } + capa({ QStringLiteral("USER") })
            + kUserPass + QStringList { QStringLiteral("C: RETR 1"), QStringLiteral("S: +OK") };
        for (int i = 0; i < 8; ++i)
            script << QStringLiteral("W 100") << QStringLiteral("S: line %1").arg(i);
        FakeServer server(script + QStringList { QStringLiteral("S: .") } + kQuit, Delivery::Whole,
            FakeServer::Tls::Implicit);
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials();
        o.timeouts = Pop3Timeouts::forVerification(400);
        s.start(server.port(), SecurityMode::Ssl, o);
        s.client.retrieve(1);
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QCOMPARE(s.messages.value(0).second.count("\r\n"), 8);
    }

    void stlsHandshakeStall()
    {
        // The server says +OK to STLS and then never starts TLS.
        FakeServer server(QStringList { kGreeting } + capa({ QStringLiteral("STLS") })
            + QStringList { QStringLiteral("C: STLS"), QStringLiteral("S: +OK") });
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials();
        o.timeouts = Pop3Timeouts::forVerification(300);
        s.start(server.port(), SecurityMode::StartTls, o);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        // The deadline fires and names the step; Connection reports a silent
        // handshake as a timeout (older trees said "TLS handshake").
        QVERIFY2(s.error->kind == Pop3Error::Kind::Timeout
                || s.error->kind == Pop3Error::Kind::TlsHandshake,
            qPrintable(kindName(s.error->kind)));
        QCOMPARE(s.error->step, Pop3Error::Step::Stls);
        QVERIFY(!sentCredentials(server));
    }

    // --- certificates -----------------------------------------------------

    void certificateFailsClosed_data()
    {
        QTest::addColumn<FakeServer::Cert>("cert");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<SecurityMode>("mode");
        QTest::newRow("self-signed") << FakeServer::Cert::SelfSigned << true << SecurityMode::Ssl;
        QTest::newRow("expired") << FakeServer::Cert::Expired << true << SecurityMode::Ssl;
        QTest::newRow("wrong-host") << FakeServer::Cert::WrongHost << true << SecurityMode::Ssl;
        QTest::newRow("unknown-ca") << FakeServer::Cert::Good << false << SecurityMode::Ssl;
        QTest::newRow("stls-self-signed")
            << FakeServer::Cert::SelfSigned << true << SecurityMode::StartTls;
    }
    void certificateFailsClosed()
    {
        // 6: each bad certificate fails closed, with the details for the UI.
        QFETCH(FakeServer::Cert, cert);
        QFETCH(bool, trustCa);
        QFETCH(SecurityMode, mode);
        const bool implicit = mode == SecurityMode::Ssl;
        const QStringList script = implicit
            ? QStringList { kGreeting } + kRest
            : QStringList { kGreeting } + capa({ QStringLiteral("STLS"), QStringLiteral("USER") })
                + QStringList { QStringLiteral("C: STLS"), QStringLiteral("S: +OK"),
                      QStringLiteral("T") }
                + kRest;
        FakeServer server(script, Delivery::Whole,
            implicit ? FakeServer::Tls::Implicit : FakeServer::Tls::None, cert);
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials();
        if (!trustCa)
            o.tls = TlsPolicy();
        s.start(server.port(), mode, o);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, Pop3Error::Kind::Certificate);
        QCOMPARE(s.error->step, implicit ? Pop3Error::Step::Tls : Pop3Error::Step::Stls);
        QCOMPARE(s.error->certificate.sha256.size(), 32);
        QVERIFY(!s.error->certificate.problems.isEmpty());
        QVERIFY(!s.error->certificate.subject.isEmpty());
        QVERIFY(!sentCredentials(server));
        if (implicit)
            QVERIFY(server.received().isEmpty());
    }

    // --- the caller's mistakes -------------------------------------------

    void messageNumberZeroRefusedLocally()
    {
        FakeServer server(
            QStringList { kGreeting } + capa({ QStringLiteral("USER") }) + kUserPass + kRest,
            Delivery::Whole, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials());
        s.client.retrieve(0);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, Pop3Error::Kind::LocalInput);
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("RETR")));
    }
};

QTEST_GUILESS_MAIN(TestPop3Client)
#include "tst_pop3client.moc"
