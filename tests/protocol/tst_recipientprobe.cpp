// RecipientProbe (core/verify) against the scripted fake server: VRFY first,
// MAIL FROM + RCPT TO + RSET where VRFY says nothing, and never DATA.

#include "VerifierTestHarness.h"
#include "verify/RecipientProbe.h"

// Before any use in QFETCH/addColumn (a late declaration is an error in release builds).
Q_DECLARE_METATYPE(mw::RecipientCheck::Verdict)

using namespace mw;
using namespace mw::test;

namespace {

EmailAddress address(const char *text)
{
    return *EmailAddress::parse(QString::fromUtf8(text));
}

struct ProbeRun {
    RecipientProbe probe;
    QStringList transcript;
    std::optional<RecipientCheck> result;

    ProbeRun()
    {
        QObject::connect(&probe, &RecipientProbe::transcript, &probe,
            [this](const QString &line) { transcript << line; });
        QObject::connect(&probe, &RecipientProbe::finished, &probe,
            [this](const RecipientCheck &r) { result = r; });
    }

    bool run(quint16 port, SecurityMode mode, bool login = true)
    {
        RecipientProbeOptions options;
        QString error;
        if (!options.tls.addCaFile(FakeServer::caFile(), &error))
            qFatal("%s", qPrintable(error));
        options.timeoutMs = 3000;
        if (login)
            options.credentials
                = sasl::Credentials { QStringLiteral("alice"), QLatin1String(kPassword), {} };
        probe.start(
            VerifyRun::local(port, mode), address(kEmail), address("bob@example.test"), options);
        return QTest::qWaitFor([this] { return result.has_value(); }, 10000);
    }
};

const QStringList kHello { QStringLiteral("S: 220 fake ESMTP"), QStringLiteral("C* EHLO "),
    QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 AUTH PLAIN"),
    QStringLiteral("C* AUTH PLAIN "), QStringLiteral("S: 235 ok") };
const QStringList kBye { QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"),
    QStringLiteral("X") };

} // namespace

class TestRecipientProbe : public QObject {
    Q_OBJECT

private slots:
    void vrfyAnswers_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<RecipientCheck::Verdict>("verdict");
        QTest::newRow("250") << QStringLiteral("S: 250 Bob <bob@example.test>")
                             << RecipientCheck::Verdict::Known;
        QTest::newRow("251") << QStringLiteral("S: 251 User not local; will forward to <b@x.test>")
                             << RecipientCheck::Verdict::Known;
        QTest::newRow("550") << QStringLiteral("S: 550 5.1.1 No such user")
                             << RecipientCheck::Verdict::Unknown;
        QTest::newRow("551") << QStringLiteral("S: 551 User not local; please try <b@x.test>")
                             << RecipientCheck::Verdict::Unknown;
        QTest::newRow("553") << QStringLiteral("S: 553 User ambiguous")
                             << RecipientCheck::Verdict::Ambiguous;
    }
    void vrfyAnswers()
    {
        QFETCH(QString, reply);
        QFETCH(RecipientCheck::Verdict, verdict);
        FakeServer server(
            kHello + QStringList { QStringLiteral("C: VRFY bob@example.test"), reply } + kBye,
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        ProbeRun run;
        QVERIFY(run.run(server.port(), SecurityMode::Ssl));
        QCOMPARE(run.result->verdict, verdict);
        QCOMPARE(run.result->method, RecipientCheck::Method::Vrfy);
        QVERIFY(!run.result->explanation.isEmpty());
        QTRY_VERIFY2(server.scriptDone(), qPrintable(server.error()));
        QVERIFY(!sentMailCommands(server));
    }

    void rcptWhenVrfyCannotTell_data()
    {
        QTest::addColumn<QString>("vrfy");
        QTest::addColumn<QString>("rcpt");
        QTest::addColumn<RecipientCheck::Verdict>("verdict");
        QTest::newRow("252 then 250")
            << QStringLiteral("S: 252 2.0.0 Cannot VRFY user") << QStringLiteral("S: 250 2.1.5 Ok")
            << RecipientCheck::Verdict::Known;
        QTest::newRow("502 then 550")
            << QStringLiteral("S: 502 5.5.1 VRFY disabled")
            << QStringLiteral("S: 550 5.1.1 User unknown") << RecipientCheck::Verdict::Unknown;
        QTest::newRow("252 then 450")
            << QStringLiteral("S: 252 maybe") << QStringLiteral("S: 450 4.2.0 Greylisted")
            << RecipientCheck::Verdict::Temporary;
        QTest::newRow("252 then 554")
            << QStringLiteral("S: 252 maybe") << QStringLiteral("S: 554 5.7.1 Relay access denied")
            << RecipientCheck::Verdict::Refused;
    }
    void rcptWhenVrfyCannotTell()
    {
        QFETCH(QString, vrfy);
        QFETCH(QString, rcpt);
        QFETCH(RecipientCheck::Verdict, verdict);
        FakeServer server(kHello
                + QStringList { QStringLiteral("C: VRFY bob@example.test"), vrfy,
                    QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("S: 250 2.1.0 Ok"),
                    QStringLiteral("C: RCPT TO:<bob@example.test>"), rcpt,
                    QStringLiteral("C: RSET"), QStringLiteral("S: 250 2.0.0 Ok") }
                + kBye,
            FakeServer::Delivery::ByteByByte, FakeServer::Tls::Implicit);
        ProbeRun run;
        QVERIFY(run.run(server.port(), SecurityMode::Ssl));
        QCOMPARE(run.result->verdict, verdict);
        QCOMPARE(run.result->method, RecipientCheck::Method::Rcpt);
        QVERIFY(run.result->vrfyReply.isValid());
        QTRY_VERIFY2(server.scriptDone(),
            qPrintable(server.error() + run.transcript.join(QLatin1Char('\n'))));
        for (const QString &line : server.received()) {
            QVERIFY(!line.startsWith(QLatin1String("DATA")));
            QVERIFY(!line.startsWith(QLatin1String("BDAT")));
        }
    }

    void startTlsThenLogin()
    {
        FakeServer server({ QStringLiteral("S: 220 fake"), QStringLiteral("C* EHLO "),
            QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 STARTTLS"),
            QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go"), QStringLiteral("T"),
            QStringLiteral("C* EHLO "), QStringLiteral("S: 250-fake"),
            QStringLiteral("S: 250 AUTH PLAIN"), plainAuthLine(QStringLiteral("alice")),
            QStringLiteral("S: 235 ok"), QStringLiteral("C: VRFY bob@example.test"),
            QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"),
            QStringLiteral("X") });
        ProbeRun run;
        QVERIFY(run.run(server.port(), SecurityMode::StartTls));
        QCOMPARE(run.result->verdict, RecipientCheck::Verdict::Known);
        QTRY_VERIFY2(server.scriptDone(), qPrintable(server.error()));
        // The secret never reaches the transcript.
        QVERIFY(!run.transcript.join(QLatin1Char('\n')).contains(QLatin1String(kPassword)));
        QVERIFY(!run.transcript.join(QLatin1Char('\n'))
                     .contains(plainAuthLine(QStringLiteral("alice")).mid(14)));
    }

    void loginRefusedIsAFailure()
    {
        FakeServer server({ QStringLiteral("S: 220 fake"), QStringLiteral("C* EHLO "),
                              QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 AUTH PLAIN"),
                              QStringLiteral("C* AUTH PLAIN "), QStringLiteral("S: 535 5.7.8 no") },
            FakeServer::Delivery::Whole, FakeServer::Tls::Implicit);
        ProbeRun run;
        QVERIFY(run.run(server.port(), SecurityMode::Ssl));
        QCOMPARE(run.result->verdict, RecipientCheck::Verdict::Failed);
        QCOMPARE(run.result->error.step, SmtpError::Step::Auth);
        QCOMPARE(run.result->error.reply.code, 535);
    }
};

QTEST_GUILESS_MAIN(TestRecipientProbe)
#include "tst_recipientprobe.moc"
