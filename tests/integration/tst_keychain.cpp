// SecretStore and `mailwright account` against the testbed's real
// gnome-keyring (private D-Bus session, unlocked "login" keyring), and the
// same commands with no keychain reachable. Runs inside `scripts/testbed exec`.
//
// QtKeychain's libsecret backend stores an item with the attributes
// server=<service> and user=<key> (schema org.qt.keychain), so the checks
// below ask secret-tool for "server mailwright user smtp:<id>"; a search for
// "service mailwright" would match nothing even while the item exists.
//
// The test passwords are random and never printed: comparisons use QVERIFY
// on booleans, not QCOMPARE, which would show them in a failure message.

#include "TestbedEnv.h"
#include "account/SecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;
using namespace mw::test;

namespace {

QString randomToken()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

Run run(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, const QByteArray &input = {}, int timeoutMs = 30000)
{
    Run result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.elapsedMs = clock.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run mailwright(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &input = {})
{
    return run(QStringLiteral(MAILWRIGHT_BINARY), arguments, environment, input);
}

// What secret-tool finds for one of our keys: stdout of `lookup` (the secret,
// or empty) and the item listing of `search` (attributes and secret).
QByteArray keychainLookup(const QString &key)
{
    return run(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("mailwright"),
            QStringLiteral("user"), key },
        QProcessEnvironment::systemEnvironment())
        .out;
}

QByteArray keychainSearch(const QString &key)
{
    const Run r = run(QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
            QStringLiteral("mailwright"), QStringLiteral("user"), key },
        QProcessEnvironment::systemEnvironment());
    return r.out + r.err;
}

QStringList entriesUnder(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << it.next();
    return entries;
}

// The forms a careless implementation might leave a password in.
bool anyFileContains(const QString &dir, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QList<QByteArray> needles { utf8, utf8.toBase64(), utf8.toHex(), utf8.toPercentEncoding(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2) };
    for (const QString &path : entriesUnder(dir)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle))
                return true;
        }
    }
    return false;
}

QJsonObject parseJson(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bareBus; // a D-Bus session bus with no keyring on it

    // The testbed's environment with a private config dir, and every log
    // category on, so that the logs can be checked for the password too.
    QProcessEnvironment withConfig(const QString &configDir) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("mailwright.*=true"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("MAILWRIGHT_PASSWORD"));
        return environment;
    }

    QString freshConfigDir(const char *name)
    {
        const QString dir = m_dir.filePath(QLatin1String(name) + QLatin1Char('-') + randomToken());
        if (!QDir().mkpath(dir))
            qFatal("cannot create %s", qPrintable(dir));
        return dir;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        env("DBUS_SESSION_BUS_ADDRESS");
        env("MAILWRIGHT_TB_HOME");
        QVERIFY2(QFileInfo(QStringLiteral(MAILWRIGHT_BINARY)).isExecutable(), MAILWRIGHT_BINARY);
        QVERIFY2(run(QStringLiteral("secret-tool"), { QStringLiteral("--version") },
                     QProcessEnvironment::systemEnvironment())
                     .exitCode
                >= 0,
            "secret-tool (libsecret-tools) is needed");
    }

    void cleanupTestCase()
    {
        if (m_bareBus.state() != QProcess::NotRunning) {
            m_bareBus.terminate();
            if (!m_bareBus.waitForFinished(5000))
                m_bareBus.kill();
            m_bareBus.waitForFinished(5000);
        }
    }

    void secretStoreRoundTrip()
    {
        const QString id = QStringLiteral("kt-") + randomToken();
        const QString key = SecretStore::keyFor(SecretSlot::Smtp, id);
        const QString secret = QStringLiteral("Pw-Ünï-密码-") + randomToken();

        SecretStore store;
        QList<SecretResult> results;
        connect(&store, &SecretStore::finished, this, [&](const SecretResult &r) { results << r; });
        // A request that never ends comes back as a Timeout, so the checks
        // below fail instead of the test hanging.
        auto await = [&](int request) -> SecretResult {
            const bool answered = QTest::qWaitFor(
                [&] {
                    return std::any_of(results.cbegin(), results.cend(),
                        [&](const SecretResult &r) { return r.request == request; });
                },
                30000);
            for (const SecretResult &r : results) {
                if (answered && r.request == request)
                    return r;
            }
            SecretResult missing;
            missing.error = SecretError::make(
                SecretError::Code::Timeout, QStringLiteral("no answer in 30 s"));
            return missing;
        };

        SecretResult r = await(store.write(SecretSlot::Smtp, id, secret));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY2(
            keychainLookup(key) == secret.toUtf8(), "secret-tool does not find the item written");

        r = await(store.read(SecretSlot::Smtp, id));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY2(r.secret == secret, "read back a different password");

        // The other slot of the same account is a different entry.
        r = await(store.read(SecretSlot::Pop3, id));
        QCOMPARE(r.error.code, SecretError::Code::NotFound);

        r = await(store.remove(SecretSlot::Smtp, id));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        r = await(store.read(SecretSlot::Smtp, id));
        QCOMPARE(r.error.code, SecretError::Code::NotFound);
        QVERIFY(keychainLookup(key).isEmpty());
        QVERIFY2(keychainSearch(key).isEmpty(), keychainSearch(key).constData());
        // Removing what is not there is not an error.
        r = await(store.remove(SecretSlot::Smtp, id));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    }

    void accountCommandKeepsThePasswordInTheKeychainOnly()
    {
        const QString config = freshConfigDir("cli");
        const QProcessEnvironment environment = withConfig(config);
        const QString email = QStringLiteral("kc-%1@example.test").arg(randomToken());
        const QString secret = QStringLiteral("Pw-Ünï-密码-") + randomToken();

        Run r = mailwright(
            { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"), email,
                QStringLiteral("--name"), QStringLiteral("Keychain test"), QStringLiteral("--smtp"),
                QStringLiteral("smtp.example.test:587/starttls"), QStringLiteral("--pop3"),
                QStringLiteral("pop.example.test:995/ssl"), QStringLiteral("--password-stdin") },
            environment, secret.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!(r.out + r.err).contains(secret.toUtf8()), "the password was printed or logged");

        r = mailwright(
            { QStringLiteral("account"), QStringLiteral("show"), email, QStringLiteral("--json") },
            environment);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!(r.out + r.err).contains(secret.toUtf8()), "show printed or logged the password");
        const QJsonObject shown = parseJson(r.out);
        const QString id = shown.value(QStringLiteral("id")).toString();
        QVERIFY2(!id.isEmpty(), r.out.constData());
        QCOMPARE(shown.value(QStringLiteral("passwords"))
                     .toObject()
                     .value(QStringLiteral("smtp"))
                     .toString(),
            QStringLiteral("saved"));
        QCOMPARE(shown.value(QStringLiteral("passwords"))
                     .toObject()
                     .value(QStringLiteral("pop3"))
                     .toString(),
            QStringLiteral("saved"));

        // In the keychain, under both keys, exactly as typed.
        QVERIFY2(keychainLookup(QStringLiteral("smtp:") + id) == secret.toUtf8(),
            "no SMTP password in the keychain");
        QVERIFY2(keychainLookup(QStringLiteral("pop3:") + id) == secret.toUtf8(),
            "no POP3 password in the keychain");

        // Nowhere under the config dir, in any encoding.
        QVERIFY2(!entriesUnder(config).isEmpty(), "the account file was not written");
        QVERIFY2(
            !anyFileContains(config, secret), "the password is in a file under the config dir");

        r = mailwright({ QStringLiteral("account"), QStringLiteral("show"), email }, environment);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("saved in the keychain"), r.out.constData());
        QVERIFY(!(r.out + r.err).contains(secret.toUtf8()));

        r = mailwright(
            { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") },
            environment);
        const QJsonArray listed = parseJson(r.out).value(QStringLiteral("accounts")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("email")).toString(), email);

        r = mailwright({ QStringLiteral("account"), QStringLiteral("remove"), email }, environment);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString &key : { QStringLiteral("smtp:") + id, QStringLiteral("pop3:") + id }) {
            QVERIFY2(keychainSearch(key).isEmpty(), "the password is still in the keychain");
            QVERIFY(keychainLookup(key).isEmpty());
        }
        r = mailwright(
            { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") },
            environment);
        QVERIFY(parseJson(r.out).value(QStringLiteral("accounts")).toArray().isEmpty());
        QVERIFY(!anyFileContains(config, secret));
    }

    void noKeychain_data()
    {
        QTest::addColumn<QString>("busAddress"); // empty = unset, "bare" = a bus with no keyring

        QTest::newRow("bus socket missing")
            << QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("nonexistent/bus"));
        QTest::newRow("no bus configured") << QString();
        QTest::newRow("bus without a keyring") << QStringLiteral("bare");
    }

    void noKeychain()
    {
        QFETCH(QString, busAddress);
        if (busAddress == QLatin1String("bare")) {
            if (m_bareBus.state() == QProcess::NotRunning) {
                // No <servicedir>: nothing can be activated, so no keyring.
                const QString conf = m_dir.filePath(QStringLiteral("bare-bus.conf"));
                QFile file(conf);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                           "Configuration 1.0//EN\"\n"
                           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                           "<busconfig><type>session</type><listen>unix:path="
                    + QFile::encodeName(m_dir.filePath(QStringLiteral("bare-bus")))
                    + "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                      "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow "
                      "eavesdrop=\"true\"/>"
                      "<allow own=\"*\"/></policy></busconfig>\n");
                file.close();
                m_bareBus.start(QStringLiteral("dbus-daemon"),
                    { QStringLiteral("--config-file=") + conf, QStringLiteral("--nofork"),
                        QStringLiteral("--print-address") });
                QVERIFY(m_bareBus.waitForStarted(10000));
                QVERIFY(m_bareBus.waitForReadyRead(10000));
            }
            busAddress = QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("bare-bus"));
        }

        const QString config = freshConfigDir("nokeychain");
        QProcessEnvironment environment = withConfig(config);
        // No display either: GLib would otherwise "autolaunch" a new bus and
        // keyring on it (see SecretStore.h).
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(
            QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("no-runtime-dir")));
        if (busAddress.isEmpty())
            environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);

        const QString email = QStringLiteral("nokc-%1@example.test").arg(randomToken());
        const QString secret = QStringLiteral("Pw-") + randomToken();
        const QStringList add { QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("--email"), email, QStringLiteral("--smtp"),
            QStringLiteral("smtp.example.test:465/ssl") };

        Run r = mailwright(add + QStringList { QStringLiteral("--password-stdin") }, environment,
            secret.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 69);
        QVERIFY2(r.err.contains("no keychain service is running; the password will not be saved, "
                                "you will be asked each time"),
            r.err.constData());
        QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY(!(r.out + r.err).contains(secret.toUtf8()));
        // Nothing written: no file, not even the folder.
        QVERIFY2(entriesUnder(config).isEmpty(),
            qPrintable(entriesUnder(config).join(QLatin1Char(' '))));

        // Without a password to keep, the account can still be added and used;
        // the password is then asked for each time.
        r = mailwright(add, environment);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = mailwright(
            { QStringLiteral("account"), QStringLiteral("show"), email, QStringLiteral("--json") },
            environment);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = parseJson(r.out);
        QCOMPARE(shown.value(QStringLiteral("passwords"))
                     .toObject()
                     .value(QStringLiteral("smtp"))
                     .toString(),
            QStringLiteral("unknown"));
        QCOMPARE(shown.value(QStringLiteral("keychainError"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("no-keychain"));

        // Removing it would leave any saved password behind: refused unless forced.
        r = mailwright({ QStringLiteral("account"), QStringLiteral("remove"), email }, environment);
        QCOMPARE(r.exitCode, 69);
        r = mailwright({ QStringLiteral("account"), QStringLiteral("remove"), email,
                           QStringLiteral("--force") },
            environment);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!anyFileContains(config, secret));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
