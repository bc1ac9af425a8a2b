// How Pop3Client logs in (Pop3ClientAuth.cpp), against the scripted fake
// server: the choice between SASL, USER/PASS and APOP, what never goes out
// without TLS, APOP's timestamp and digest, SASL details, and the response
// codes that explain a refusal. The numbers in comments are the items of
// shared/reference/hostile-server-checklist.md.

#include "Pop3TestHarness.h"

using namespace mw;
using namespace mw::test;

class TestPop3ClientAuth : public QObject {
    Q_OBJECT

private slots:
    // --- choosing how to log in -------------------------------------------

    void userPassFallback_data()
    {
        QTest::addColumn<Delivery>("delivery");
        QTest::addColumn<QStringList>("caps");
        addDeliveries("no-sasl", [](QTestData &row) {
            row << QStringList { QStringLiteral("USER"), QStringLiteral("TOP") };
        });
        addDeliveries("oauth-only-sasl", [](QTestData &row) {
            row << QStringList { QStringLiteral("USER"), QStringLiteral("SASL XOAUTH2") };
        });
    }
    void userPassFallback()
    {
        QFETCH(Delivery, delivery);
        QFETCH(QStringList, caps);
        FakeServer server(QStringList { kGreeting } + capa(caps) + kUserPass
                + QStringList { QStringLiteral("C: STAT"), QStringLiteral("S: +OK 1 10") } + kQuit,
            delivery, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials());
        s.client.stat();
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QCOMPARE(s.client.authMethod(), QByteArray("USER"));
        QVERIFY(s.dump().contains(QStringLiteral("C: USER <redacted>")));
        QVERIFY(s.dump().contains(QStringLiteral("C: PASS <redacted>")));
        QVERIFY(!s.dump().contains(QStringLiteral("s3cret")));
    }

    void noCleartextLoginWithoutConsent_data()
    {
        QTest::addColumn<QString>("greeting");
        QTest::addColumn<QStringList>("caps");
        QTest::addColumn<bool>("allowPlaintext");
        QTest::addColumn<bool>("allowApop");
        QTest::addColumn<QStringList>("login"); // empty: refused locally
        const QString stamp = QStringLiteral("S: +OK ready <1896.697170952@dbc.mtview.ca.us>");
        const QStringList saslAndUser { QStringLiteral("USER"),
            QStringLiteral("SASL PLAIN LOGIN") };
        // 24 for POP3: PLAIN, LOGIN, USER/PASS and APOP stay off the wire
        // without TLS unless the user explicitly agreed.
        QTest::newRow("sasl-plain/refused")
            << kGreeting << saslAndUser << false << false << QStringList {};
        QTest::newRow("sasl-plain/consented")
            << kGreeting << saslAndUser << true << false
            << QStringList { plainAuth("alice", "s3cret-Pw"), QStringLiteral("S: +OK") };
        QTest::newRow("user/refused") << kGreeting << QStringList { QStringLiteral("USER") }
                                      << false << false << QStringList {};
        QTest::newRow("user/consented")
            << kGreeting << QStringList { QStringLiteral("USER") } << true << false << kUserPass;
        QTest::newRow("apop/refused")
            << stamp << QStringList { QStringLiteral("TOP") } << true << false << QStringList {};
        QTest::newRow("apop/consented")
            << stamp << QStringList { QStringLiteral("TOP") } << false << true
            << QStringList { QStringLiteral("C* APOP alice "), QStringLiteral("S: +OK") };
    }
    void noCleartextLoginWithoutConsent()
    {
        QFETCH(QString, greeting);
        QFETCH(QStringList, caps);
        QFETCH(bool, allowPlaintext);
        QFETCH(bool, allowApop);
        QFETCH(QStringList, login);
        FakeServer server(
            QStringList { greeting } + capa(caps) + (login.isEmpty() ? kRest : login + kQuit));
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials();
        o.allowPlaintextAuth = allowPlaintext;
        o.allowApop = allowApop;
        s.start(server.port(), SecurityMode::Plain, o);
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        if (login.isEmpty()) {
            QVERIFY(s.error);
            QCOMPARE(s.error->kind, Pop3Error::Kind::Policy);
            QCOMPARE(s.error->step, Pop3Error::Step::Auth);
            QVERIFY(!sentCredentials(server));
        } else {
            QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
            QVERIFY(s.finished);
        }
    }

    void apopOverTls_data() { addDeliveryRows(); }
    void apopOverTls()
    {
        // RFC 1939 §7's example: the digest is checked against the known vector.
        QFETCH(Delivery, delivery);
        FakeServer server(QStringList { QStringLiteral(
                              "S: +OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>") }
                + capa({ QStringLiteral("TOP") })
                + QStringList { QStringLiteral("C: APOP mrose c4c9334bac560ecc979e58001b3e22fb"),
                    QStringLiteral("S: +OK mrose's maildrop has 2 messages (320 octets)"),
                    QStringLiteral("C: STAT"), QStringLiteral("S: +OK 2 320") }
                + kQuit,
            delivery, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(
            server.port(), SecurityMode::Ssl, Pop3Session::withCredentials("mrose", "tanstaaf"));
        s.client.stat();
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        QCOMPARE(s.client.authMethod(), QByteArray("APOP"));
        QVERIFY(s.dump().contains(QStringLiteral("C: APOP <redacted>")));
        QVERIFY(!s.dump().contains(QStringLiteral("c4c9334b")));
    }

    void garbageApopTimestampIgnored_data()
    {
        QTest::addColumn<QString>("greeting");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << QStringLiteral("S: +OK hi <1896.697170952@dbc.mtview.ca.us>")
                               << true;
        QTest::newRow("no-at") << QStringLiteral("S: +OK hi <1896.697170952>") << false;
        QTest::newRow("empty") << QStringLiteral("S: +OK hi <>") << false;
        QTest::newRow("space") << QStringLiteral("S: +OK hi <1896 697@host>") << false;
        QTest::newRow("control") << QStringLiteral("R: +OK hi <1896\\x01697@host>\\r\\n") << false;
        QTest::newRow("high-bytes")
            << QStringLiteral("R: +OK hi <\\xff\\xfe\\x80@host>\\r\\n") << false;
        QTest::newRow("utf8") << QStringLiteral("S: +OK hi <ü@host>") << false;
        QTest::newRow("unterminated") << QStringLiteral("S: +OK hi <1896.697@host") << false;
        QTest::newRow("two-at") << QStringLiteral("S: +OK hi <a@b@c>") << false;
        QTest::newRow("empty-local") << QStringLiteral("S: +OK hi <@host>") << false;
        QTest::newRow("leading-dot") << QStringLiteral("S: +OK hi <.a@host>") << false;
        QTest::newRow("too-long")
            << QStringLiteral("S: +OK hi <%1@host>").arg(QString(200, QLatin1Char('a'))) << false;
    }
    void garbageApopTimestampIgnored()
    {
        // 26: a garbage timestamp is not an APOP offer. The greeting is still
        // fine; with nothing else to log in with, the login is refused locally.
        QFETCH(QString, greeting);
        QFETCH(bool, valid);
        FakeServer server(QStringList { greeting } + capa({ QStringLiteral("TOP") })
                + QStringList { QStringLiteral("C* APOP alice "),
                    QStringLiteral("S: -ERR [AUTH] no") }
                + kRest,
            Delivery::Whole, FakeServer::Tls::Implicit);
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials();
        o.allowApop = true;
        s.start(server.port(), SecurityMode::Ssl, o);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QVERIFY(s.steps.contains(Pop3Error::Step::Greeting));
        QCOMPARE(s.error->step, Pop3Error::Step::Auth);
        QCOMPARE(s.client.apopOffered(), valid);
        QCOMPARE(sentLineStartingWith(server, QStringLiteral("APOP")), valid);
        QCOMPARE(s.error->kind, valid ? Pop3Error::Kind::Reply : Pop3Error::Kind::Policy);
    }

    void forcedMechanisms_data()
    {
        QTest::addColumn<QList<QByteArray>>("forced");
        QTest::addColumn<QStringList>("login"); // empty: refused locally
        QTest::newRow("apop-over-sasl")
            << QList<QByteArray> { "apop" }
            << QStringList { QStringLiteral("C* APOP alice "), QStringLiteral("S: +OK") };
        QTest::newRow("user-over-sasl") << QList<QByteArray> { "USER" } << kUserPass;
        QTest::newRow("first-usable") << QList<QByteArray> { "CRAM-MD5",
            "PLAIN" } << QStringList { plainAuth("alice", "s3cret-Pw"), QStringLiteral("S: +OK") };
        QTest::newRow("not-offered") << QList<QByteArray> { "CRAM-MD5" } << QStringList {};
    }
    void forcedMechanisms()
    {
        QFETCH(QList<QByteArray>, forced);
        QFETCH(QStringList, login);
        FakeServer server(QStringList { QStringLiteral("S: +OK hi <1.2@host>") }
                + capa({ QStringLiteral("USER"), QStringLiteral("SASL SCRAM-SHA-256 PLAIN") })
                + (login.isEmpty() ? kRest : login + kQuit),
            Delivery::Whole, FakeServer::Tls::Implicit);
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials();
        o.forcedMechanisms = forced;
        s.start(server.port(), SecurityMode::Ssl, o);
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        if (login.isEmpty()) {
            QVERIFY(s.error);
            QCOMPARE(s.error->kind, Pop3Error::Kind::Policy);
            QVERIFY(s.error->detail.contains(QStringLiteral("CRAM-MD5")));
            QVERIFY(!sentCredentials(server));
        } else {
            QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        }
    }

    // --- SASL details -----------------------------------------------------

    void initialResponseLength_data()
    {
        QTest::addColumn<int>("userLength");
        QTest::addColumn<bool>("inlined");
        // "AUTH PLAIN " + base64 + CRLF: 169 characters make 253 octets, 171 make 257.
        QTest::newRow("fits-255") << 169 << true;
        QTest::newRow("exceeds-255") << 171 << false;
    }
    void initialResponseLength()
    {
        // RFC 5034 §4: an AUTH command longer than 255 octets goes without
        // the initial response, which then answers the empty challenge.
        QFETCH(int, userLength);
        QFETCH(bool, inlined);
        const QByteArray user(userLength, 'u');
        const QString auth = plainAuth(user, "s3cret-Pw");
        const QStringList exchange = inlined
            ? QStringList { auth, QStringLiteral("S: +OK") }
            : QStringList { QStringLiteral("C: AUTH PLAIN"), QStringLiteral("S: + "),
                  QStringLiteral("C: ") + auth.mid(14), QStringLiteral("S: +OK") };
        FakeServer server(
            QStringList { kGreeting } + capa({ QStringLiteral("SASL PLAIN") }) + exchange + kQuit,
            Delivery::Whole, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials(user.constData()));
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(!s.error && server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        for (const QByteArray &line : server.rawReceived().split('\n'))
            QVERIFY(line.size() + 1 <= 255 || !line.startsWith("AUTH"));
    }

    void scramSha256_data()
    {
        QTest::addColumn<Delivery>("delivery");
        QTest::addColumn<QStringList>("ending");
        QTest::addColumn<bool>("succeeds");
        const QByteArray good = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";
        const QByteArray forged = "v=" + QByteArray(32, 'x').toBase64();
        addDeliveries("verified", [&](QTestData &row) {
            row << QStringList { QStringLiteral("S: + ") + b64(good), QStringLiteral("C: "),
                QStringLiteral("S: +OK") }
                << true;
        });
        // The server must prove it knows the password (RFC 5802 §9).
        addDeliveries("forged-signature", [&](QTestData &row) {
            row << QStringList { QStringLiteral("S: + ") + b64(forged), QStringLiteral("C: *"),
                QStringLiteral("S: -ERR cancelled") }
                << false;
        });
        addDeliveries("success-without-proof",
            [&](QTestData &row) { row << QStringList { QStringLiteral("S: +OK") } << false; });
    }
    void scramSha256()
    {
        // RFC 7677 §3's exchange, with its client nonce.
        QFETCH(Delivery, delivery);
        QFETCH(QStringList, ending);
        QFETCH(bool, succeeds);
        const QByteArray clientFirst = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
        const QByteArray serverFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s="
                                       "W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        const QByteArray clientFinal
            = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
              "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
        FakeServer server(QStringList { kGreeting }
                + capa({ QStringLiteral("USER"), QStringLiteral("SASL PLAIN SCRAM-SHA-256") })
                + QStringList { QStringLiteral("C: AUTH SCRAM-SHA-256 ") + b64(clientFirst),
                    QStringLiteral("S: + ") + b64(serverFirst),
                    QStringLiteral("C: ") + b64(clientFinal) }
                + ending + (succeeds ? kQuit : kRest),
            delivery, FakeServer::Tls::Implicit);
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials("user", "pencil");
        o.scramClientNonceForTesting = "rOprNGfwEbeRWgbNEkqO";
        s.start(server.port(), SecurityMode::Ssl, o);
        s.client.quit();
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY2(server.error().isEmpty(), qPrintable(s.dump() + server.error()));
        if (succeeds) {
            QVERIFY2(!s.error, qPrintable(s.dump()));
            QCOMPARE(s.client.authMethod(), QByteArray("SCRAM-SHA-256"));
        } else {
            QVERIFY(s.error);
            QCOMPARE(s.error->step, Pop3Error::Step::Auth);
            QCOMPARE(s.error->kind, Pop3Error::Kind::Protocol);
            QVERIFY(!s.ready);
            QVERIFY(!sentLineStartingWith(server, QStringLiteral("QUIT")));
        }
    }

    void saslBadBase64Cancels()
    {
        // Checklist 23 for POP3: "*" cancels the exchange (RFC 5034 §4).
        FakeServer server(QStringList { kGreeting } + capa({ QStringLiteral("SASL LOGIN") })
                + QStringList { QStringLiteral("C: AUTH LOGIN"),
                    QStringLiteral("S: + !!!notbase64"), QStringLiteral("C: *"),
                    QStringLiteral("S: -ERR cancelled") }
                + kRest,
            Delivery::Whole, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials());
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, Pop3Error::Kind::Protocol);
        QCOMPARE(s.error->step, Pop3Error::Step::Auth);
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("YWxpY2")));
    }

    // --- why a login was refused -------------------------------------------

    void responseCodesToldApart_data()
    {
        QTest::addColumn<Delivery>("delivery");
        QTest::addColumn<QStringList>("login");
        QTest::addColumn<Pop3ResponseCode>("code");
        QTest::addColumn<bool>("temporary");
        QTest::addColumn<QString>("advice"); // a phrase of message()
        const auto pass = [](const char *reply) {
            return QStringList { QStringLiteral("C: USER alice"), QStringLiteral("S: +OK"),
                QStringLiteral("C: PASS s3cret-Pw"), QStringLiteral("S: ") + QLatin1String(reply) };
        };
        using C = Pop3ResponseCode;
        // 26: [AUTH], [SYS/TEMP] and [IN-USE] lead to different advice.
        addDeliveries("auth", [&](QTestData &r) {
            r << pass("-ERR [AUTH] Authentication failed.") << C::Auth << false
              << QStringLiteral("user name or password");
        });
        addDeliveries("sys-temp", [&](QTestData &r) {
            r << pass("-ERR [SYS/TEMP] Try later") << C::SysTemp << true
              << QStringLiteral("temporary");
        });
        addDeliveries("in-use", [&](QTestData &r) {
            r << pass("-ERR [IN-USE] Mailbox locked") << C::InUse << true
              << QStringLiteral("in use");
        });
        QTest::addRow("sys-perm") << Delivery::Whole << pass("-ERR [SYS/PERM] Disabled")
                                  << C::SysPerm << false << QStringLiteral("contact the provider");
        QTest::addRow("login-delay")
            << Delivery::Whole << pass("-ERR [LOGIN-DELAY] Wait") << C::LoginDelay << true
            << QStringLiteral("every few minutes");
        // RFC 2449 §8: unknown detail below a known code is ignored.
        QTest::addRow("sys-temp-detail") << Delivery::Whole << pass("-ERR [SYS/TEMP/DISK] full")
                                         << C::SysTemp << true << QStringLiteral("temporary");
        QTest::addRow("unknown") << Delivery::Whole << pass("-ERR [X-FOO] hm") << C::Other << false
                                 << QStringLiteral("hm");
        QTest::addRow("none") << Delivery::Whole << pass("-ERR Authentication failed") << C::None
                              << false << QStringLiteral("Authentication failed");
        QTest::addRow("sasl-auth") << Delivery::Whole
                                   << QStringList { plainAuth("alice", "s3cret-Pw"),
                                          QStringLiteral("S: -ERR [AUTH] Invalid login") }
                                   << C::Auth << false << QStringLiteral("user name or password");
    }
    void responseCodesToldApart()
    {
        QFETCH(Delivery, delivery);
        QFETCH(QStringList, login);
        QFETCH(Pop3ResponseCode, code);
        QFETCH(bool, temporary);
        QFETCH(QString, advice);
        FakeServer server(QStringList { kGreeting }
                + capa({ QStringLiteral("USER"), QStringLiteral("SASL PLAIN"),
                    QStringLiteral("RESP-CODES") })
                + login + kRest,
            delivery, FakeServer::Tls::Implicit);
        Pop3Session s;
        Pop3SessionOptions o = Pop3Session::withCredentials();
        o.forcedMechanisms
            = { login.first().startsWith(QLatin1String("C: AUTH")) ? "PLAIN" : "USER" };
        s.start(server.port(), SecurityMode::Ssl, o);
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, Pop3Error::Kind::Reply);
        QCOMPARE(s.error->step, Pop3Error::Step::Auth);
        QCOMPARE(s.error->responseCode(), code);
        QCOMPARE(s.error->isTemporary(), temporary);
        QVERIFY2(s.error->message().contains(advice), qPrintable(s.error->message()));
    }

    // --- the caller's mistakes -------------------------------------------

    void credentialsWithLineBreakNeverSent()
    {
        // A CR/LF in the user name would smuggle a second command (RFC 1939 §3).
        FakeServer server(QStringList { kGreeting } + capa({ QStringLiteral("USER") }) + kRest,
            Delivery::Whole, FakeServer::Tls::Implicit);
        Pop3Session s;
        s.start(server.port(), SecurityMode::Ssl, Pop3Session::withCredentials("alice\r\nDELE 1"));
        QVERIFY2(s.waitDone(), qPrintable(s.dump()));
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, Pop3Error::Kind::Policy);
        QVERIFY(!sentCredentials(server));
        QVERIFY(!sentLineStartingWith(server, QStringLiteral("DELE")));
    }
};

QTEST_GUILESS_MAIN(TestPop3ClientAuth)
#include "tst_pop3clientauth.moc"
