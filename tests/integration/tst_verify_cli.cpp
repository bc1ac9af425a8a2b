// `mailwright verify` as scripts use it: --json per the contract and the exit
// code of each failure class, against the testbed (scripts/testbed exec);
// `verify --account` with the password in the testbed's gnome-keyring.

#include "TestbedEnv.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mw::test;

namespace {

struct Result {
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

// A private account file for every run (XDG_CONFIG_HOME); the keychain is
// the testbed's (DBUS_SESSION_BUS_ADDRESS from scripts/testbed exec).
QTemporaryDir &configHome()
{
    static QTemporaryDir dir;
    return dir;
}

// Runs the binary with the password on standard input (never in argv).
Result runCli(const QStringList &arguments, const QString &password = {})
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MAILWRIGHT_PASSWORD"));
    environment.insert(QStringLiteral("MAILWRIGHT_CA_FILE"), env("MAILWRIGHT_CA_FILE"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome().path());
    p.setProcessEnvironment(environment);
    QStringList args = arguments;
    if (!password.isNull())
        args << QStringLiteral("--password-stdin");
    p.start(QStringLiteral(MAILWRIGHT_BINARY), args);
    if (!password.isNull())
        p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    Result r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return r;
}

Result run(const QStringList &arguments, const QString &password = {})
{
    return runCli(QStringList { QStringLiteral("verify") } + arguments, password);
}

QString lastStep(const QJsonObject &server)
{
    return server.value(QLatin1String("steps"))
        .toArray()
        .last()
        .toObject()
        .value(QLatin1String("step"))
        .toString();
}

} // namespace

class TestVerifyCli : public QObject {
    Q_OBJECT

    QString alice() const { return env("MAILWRIGHT_TB_ALICE_USER"); }
    QString alicePassword() const { return env("MAILWRIGHT_TB_ALICE_PASS"); }

    // `account add` with the password (--password-stdin) into the keychain.
    Result addAccount(const QStringList &options, const QString &password) const
    {
        return runCli(QStringList { QStringLiteral("account"), QStringLiteral("add"),
                          QStringLiteral("--email"), alice() }
                + options,
            password);
    }

    void removeAccount()
    {
        const Result r = runCli({ QStringLiteral("account"), QStringLiteral("remove"), alice() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(configHome().isValid());
        env("DBUS_SESSION_BUS_ADDRESS"); // the testbed's keyring
    }

    void jsonFollowsTheContract()
    {
        const Result r = run(
            { alice(), QStringLiteral("--smtp"), QStringLiteral("smtp.example.test:465/ssl"),
                QStringLiteral("--pop3"), QStringLiteral("pop.example.test:110/starttls"),
                QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("45000") },
            alicePassword());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(alicePassword()));
        for (const char *protocol : { "smtp", "pop3" }) {
            const QJsonObject server = r.json.value(QLatin1String(protocol)).toObject();
            QVERIFY2(server.value(QLatin1String("ok")).toBool(), qPrintable(r.out));
            QCOMPARE(server.value(QLatin1String("username")).toString(), alice());
            QVERIFY(!server.value(QLatin1String("mechanism")).toString().isEmpty());
            const QJsonArray steps = server.value(QLatin1String("steps")).toArray();
            QVERIFY(steps.size() >= 6);
            for (const auto &value : steps) {
                const QJsonObject step = value.toObject();
                for (const char *key : { "step", "ok", "ms", "code", "enhanced", "text", "hint" })
                    QVERIFY2(step.contains(QLatin1String(key)), key);
                QVERIFY(step.value(QLatin1String("ok")).toBool());
            }
            QCOMPARE(steps.first().toObject().value(QLatin1String("step")).toString(),
                QStringLiteral("dns"));
        }
        // RFC 1870 SIZE: Postfix's message_size_limit (scripts/testbed); SMTP only.
        const QJsonObject smtp = r.json.value(QLatin1String("smtp")).toObject();
        QCOMPARE(smtp.value(QLatin1String("maxSize")).toInteger(), qint64(52428800));
        QVERIFY(!r.json.value(QLatin1String("pop3")).toObject().contains(QLatin1String("maxSize")));
        QCOMPARE(
            lastStep(r.json.value(QLatin1String("pop3")).toObject()), QStringLiteral("mailbox"));
        QVERIFY(r.json.value(QLatin1String("elapsedMs")).toInteger() > 0);
    }

    void humanOutputListsTheSteps()
    {
        const Result r = run(
            { alice(), QStringLiteral("--smtp"), QStringLiteral("smtp.example.test:587/starttls"),
                QStringLiteral("--timeout-ms"), QStringLiteral("45000") },
            alicePassword());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("✓ auth")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("✓ tls")));
    }

    void exitCodesPerFailureClass_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withPassword");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("failedStep");
        QTest::newRow("dns") << QStringList { QStringLiteral("--smtp"),
            QStringLiteral("nosuchhost.example.test:465/ssl") }
                             << true << 68 << QStringLiteral("dns");
        QTest::newRow("refused") << QStringList { QStringLiteral("--smtp"),
            QStringLiteral("smtp.plainonly.test:465/ssl") }
                                 << true << 69 << QStringLiteral("tcp");
        QTest::newRow("certificate") << QStringList { QStringLiteral("--pop3"),
            QStringLiteral("selfsigned.badcert.test:995/ssl") }
                                     << true << 74 << QStringLiteral("tls");
        QTest::newRow("no starttls") << QStringList { QStringLiteral("--smtp"),
            QStringLiteral("smtp.plainonly.test:587/starttls") }
                                     << true << 74 << QStringLiteral("tls");
        QTest::newRow("blackhole") << QStringList { QStringLiteral("--smtp"),
            QStringLiteral("smtp.blackhole.test:587/starttls"), QStringLiteral("--timeout-ms"),
            QStringLiteral("1500") }
                                   << true << 75 << QStringLiteral("greeting");
    }
    void exitCodesPerFailureClass()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withPassword);
        QFETCH(int, exitCode);
        QFETCH(QString, failedStep);
        const Result r = run(QStringList { alice(), QStringLiteral("--json") } + arguments,
            withPassword ? alicePassword() : QStringLiteral("wrong-password"));
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        const QJsonObject server = r.json
                                       .value(QLatin1String(r.json.value(QLatin1String("smtp"))
                                                                .toObject()
                                                                .value(QLatin1String("attempted"))
                                                                .toBool()
                                               ? "smtp"
                                               : "pop3"))
                                       .toObject();
        QCOMPARE(lastStep(server), failedStep);
        const QJsonObject step = server.value(QLatin1String("steps")).toArray().last().toObject();
        QVERIFY(!step.value(QLatin1String("ok")).toBool());
        QVERIFY(!step.value(QLatin1String("hint")).toString().isEmpty());
        if (failedStep == QLatin1String("tls") && exitCode == 74
            && arguments.first() == QLatin1String("--pop3"))
            QCOMPARE(server.value(QLatin1String("certificate"))
                         .toObject()
                         .value(QLatin1String("sha256"))
                         .toString()
                         .size(),
                95);
    }

    void usageErrors()
    {
        QCOMPARE(run({ alice() }).exitCode, 64); // detection is not wired yet
        // EMAIL and --account together
        QCOMPARE(run({ alice(), QStringLiteral("--account"), QStringLiteral("work"),
                         QStringLiteral("--smtp"), QStringLiteral("smtp.example.test:465/ssl") })
                     .exitCode,
            64);
        QCOMPARE(run({ QStringLiteral("not-an-address"), QStringLiteral("--smtp"),
                         QStringLiteral("smtp.example.test") })
                     .exitCode,
            64);
    }

    // The servers, user name and password (keychain) of a saved account; a
    // passing check is recorded in the account, as the GUI's Test account does.
    void accountWithTheKeychainPassword()
    {
        const Result added = addAccount(
            { QStringLiteral("--smtp"), QStringLiteral("smtp.example.test:587/starttls"),
                QStringLiteral("--pop3"), QStringLiteral("pop.example.test:995/ssl") },
            alicePassword());
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Result r = run({ QStringLiteral("--account"), alice(), QStringLiteral("--json"),
            QStringLiteral("--timeout-ms"), QStringLiteral("45000") });
        const Result shown = runCli({ QStringLiteral("account"), QStringLiteral("show"), alice(),
            QStringLiteral("--json") });
        removeAccount();
        QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY(!(r.out + r.err).contains(alicePassword()));
        QCOMPARE(r.json.value(QLatin1String("email")).toString(), alice());
        QVERIFY(r.json.value(QLatin1String("ok")).toBool());
        for (const char *protocol : { "smtp", "pop3" }) {
            const QJsonObject server = r.json.value(QLatin1String(protocol)).toObject();
            QVERIFY2(server.value(QLatin1String("ok")).toBool(), qPrintable(r.out));
            QVERIFY2(server.value(QLatin1String("loginTested")).toBool(), qPrintable(r.out));
            QCOMPARE(server.value(QLatin1String("username")).toString(), alice());
            bool authPassed = false;
            for (const auto &step : server.value(QLatin1String("steps")).toArray())
                authPassed = authPassed
                    || (step.toObject().value(QLatin1String("step")).toString()
                            == QLatin1String("auth")
                        && step.toObject().value(QLatin1String("ok")).toBool());
            QVERIFY2(authPassed, protocol);
        }
        QCOMPARE(
            lastStep(r.json.value(QLatin1String("pop3")).toObject()), QStringLiteral("mailbox"));
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(!shown.json.value(QLatin1String("verified")).toString().isEmpty(),
            qPrintable(shown.out));
    }

    void unknownAccountExits65()
    {
        const Result r = run({ QStringLiteral("--account"), QStringLiteral("nobody@example.test"),
            QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 65, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nobody@example.test")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void recipientCheck()
    {
        const QStringList base { alice(), QStringLiteral("--smtp"),
            QStringLiteral("smtp.example.test:587/starttls"), QStringLiteral("--json"),
            QStringLiteral("--timeout-ms"), QStringLiteral("45000"),
            QStringLiteral("--recipient") };
        Result known = run(base + QStringList { env("MAILWRIGHT_TB_BOB_USER") }, alicePassword());
        QVERIFY2(known.exitCode == 0, qPrintable(known.out + known.err));
        const QJsonObject k = known.json.value(QLatin1String("recipient")).toObject();
        QCOMPARE(k.value(QLatin1String("verdict")).toString(), QStringLiteral("known"));
        QVERIFY(!k.value(QLatin1String("method")).toString().isEmpty());

        Result unknown
            = run(base + QStringList { env("MAILWRIGHT_TB_REJECTED_RCPT") }, alicePassword());
        QVERIFY2(unknown.exitCode == 76, qPrintable(unknown.out + unknown.err));
        const QJsonObject u = unknown.json.value(QLatin1String("recipient")).toObject();
        QCOMPARE(u.value(QLatin1String("verdict")).toString(), QStringLiteral("unknown"));
        QCOMPARE(u.value(QLatin1String("code")).toInt(), 550);
    }

    // Last: a failed login makes Dovecot slow down logins from this address.
    void wrongPasswordExits77()
    {
        // --user: no local-part retry, so one failed login.
        const Result r = run(
            { alice(), QStringLiteral("--json"), QStringLiteral("--smtp"),
                QStringLiteral("smtp.example.test:587/starttls"), QStringLiteral("--user"),
                QStringLiteral("alice"), QStringLiteral("--timeout-ms"), QStringLiteral("45000") },
            QStringLiteral("wrong-password"));
        QVERIFY2(r.exitCode == 77, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        const QJsonObject smtp = r.json.value(QLatin1String("smtp")).toObject();
        QCOMPARE(lastStep(smtp), QStringLiteral("auth"));
        const QJsonObject step = smtp.value(QLatin1String("steps")).toArray().last().toObject();
        QCOMPARE(step.value(QLatin1String("code")).toInt(), 535);
        QVERIFY(!step.value(QLatin1String("hint")).toString().isEmpty());
    }

    // A wrong password in the keychain fails the login like a given one.
    // --user: no local-part retry, so one failed login.
    void accountWithAWrongStoredPasswordExits77()
    {
        const Result added = addAccount(
            { QStringLiteral("--smtp"), QStringLiteral("smtp.example.test:587/starttls"),
                QStringLiteral("--user"), QStringLiteral("alice") },
            QStringLiteral("wrong-password"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Result r = run({ QStringLiteral("--account"), alice(), QStringLiteral("--json"),
            QStringLiteral("--timeout-ms"), QStringLiteral("45000") });
        const Result shown = runCli({ QStringLiteral("account"), QStringLiteral("show"), alice(),
            QStringLiteral("--json") });
        removeAccount();
        QVERIFY2(r.exitCode == 77, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        const QJsonObject smtp = r.json.value(QLatin1String("smtp")).toObject();
        QCOMPARE(smtp.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(lastStep(smtp), QStringLiteral("auth"));
        const QJsonObject step = smtp.value(QLatin1String("steps")).toArray().last().toObject();
        QCOMPARE(step.value(QLatin1String("code")).toInt(), 535);
        QVERIFY(!r.json.value(QLatin1String("pop3"))
                     .toObject()
                     .value(QLatin1String("attempted"))
                     .toBool(true));
        QVERIFY2(shown.json.value(QLatin1String("verified")).toString().isEmpty(),
            qPrintable(shown.out)); // a failed check is not recorded
    }
};

QTEST_GUILESS_MAIN(TestVerifyCli)
#include "tst_verify_cli.moc"
