// AccountStore (core/account/AccountStore.h): the account file under a
// private XDG_CONFIG_HOME: round trip, schema version, a damaged file kept
// aside, atomic writes that leave the old file intact when writing fails, and
// concurrent writers.

#include "account/AccountStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mw;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

Account makeAccount(const QString &email, const QString &name = {})
{
    Account account(*EmailAddress::parse(email));
    account.displayName = name;
    account.smtp = ServerSettings {
        *parseEndpoint(QStringLiteral("smtp.example.test:465/ssl"), Protocol::Smtp), email
    };
    return account;
}

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("accounts.ini.bak-*") }, QDir::Files);
}

// Makes `dir` refuse new files, even for root (tests may run as root, which
// ignores permission bits): chattr +i where possible, else chmod 0555.
class ReadOnlyDir {
public:
    explicit ReadOnlyDir(QString dir)
        : m_dir(std::move(dir))
    {
        if (::geteuid() == 0)
            m_immutable
                = QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), m_dir }) == 0;
        else
            m_chmod = QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    ~ReadOnlyDir()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), m_dir });
        if (m_chmod)
            QFile::setPermissions(
                m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    bool isActive() const { return m_immutable || m_chmod; }

private:
    QString m_dir;
    bool m_immutable = false;
    bool m_chmod = false;
};

} // namespace

class TestAccountStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // What the application sets (AppSetup.cpp), so the path is the real one.
        QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
    }

    void init()
    {
        // A fresh XDG_CONFIG_HOME per test; QStandardPaths reads it each time.
        const QString dir
            = m_config.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                + QString::fromLatin1(QTest::currentDataTag())
                      .replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(QDir().mkpath(dir));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir));
        m_path = AccountStore::defaultPath();
        QVERIFY2(m_path.startsWith(dir + QLatin1Char('/')), qPrintable(m_path));
        QVERIFY(m_path.endsWith(QLatin1String("/accounts.ini")));
    }

    void missingFileIsAnEmptyStore()
    {
        AccountStore store;
        AccountError error;
        QVERIFY(store.load(&error));
        QVERIFY(!error.isError());
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(store.isWritable());
        // Loading writes nothing, not even the folder.
        QVERIFY(!QFileInfo::exists(QFileInfo(m_path).absolutePath()));
    }

    void roundTrip()
    {
        Account account
            = makeAccount(QStringLiteral("Zhang.San@Example.TEST"), QStringLiteral("张三 (工作)"));
        account.identity.senderName = QStringLiteral("张三; \"San\" = Zhang");
        account.identity.replyTo = QStringLiteral("replies@example.test");
        account.identity.signature
            = QStringLiteral("-- \n张三\r\n[General]\nkey=value; %41 \\ end");
        account.pop3 = ServerSettings { *parseEndpoint(QStringLiteral("pop.example.test:995/ssl"),
                                            Protocol::Pop3),
            QStringLiteral("zhang") };
        account.imap
            = ServerSettings { *parseEndpoint(QStringLiteral("[::1]:143/starttls"), Protocol::Imap),
                  {} };
        account.authMechanisms = { QStringLiteral("SCRAM-SHA-256"), QStringLiteral("PLAIN") };
        account.allowPlaintext = true;
        account.smtpMaxSize = 52428800; // beyond 32 bits would be legal too
        account.discoverySource = QStringLiteral("autoconfig");
        account.verified = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);

        CertificatePin pin;
        pin.sha256 = QByteArray(32, '\x5a');
        pin.subject = QStringLiteral("CN=smtp.example.test, O=Ünïcode");
        pin.host = QStringLiteral("smtp.example.test");
        pin.port = 465;
        pin.pinnedAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
        pin.reason = QStringLiteral("self-signed; host name mismatch");

        {
            AccountStore store;
            QVERIFY(store.load());
            AccountError error;
            QVERIFY2(store.add(&account, &error), qPrintable(error.message()));
            QCOMPARE(account.id, QStringLiteral("zhang.san-at-example.test"));
            QVERIFY(account.created.isValid());
            QVERIFY2(store.setPins(account.id, { pin }, &error), qPrintable(error.message()));
        }

        AccountStore reloaded;
        AccountError error;
        QVERIFY2(reloaded.load(&error), qPrintable(error.message()));
        QCOMPARE(reloaded.accounts().size(), 1);
        const Account back = reloaded.accounts().first();
        QCOMPARE(back.id, account.id);
        QCOMPARE(back.displayName, account.displayName);
        QCOMPARE(back.email, account.email);
        QCOMPARE(back.identity.senderName, account.identity.senderName);
        QCOMPARE(back.identity.replyTo, account.identity.replyTo);
        QCOMPARE(back.identity.signature, account.identity.signature);
        QVERIFY(back.smtp && back.pop3 && back.imap);
        QCOMPARE(back.smtp->endpoint.toString(), QStringLiteral("smtp.example.test:465/ssl"));
        QCOMPARE(back.smtp->username, QStringLiteral("Zhang.San@Example.TEST"));
        QCOMPARE(back.pop3->endpoint.toString(), QStringLiteral("pop.example.test:995/ssl"));
        QCOMPARE(back.pop3->username, QStringLiteral("zhang"));
        QCOMPARE(back.imap->endpoint.toString(), QStringLiteral("[::1]:143/starttls"));
        QCOMPARE(back.authMechanisms, account.authMechanisms);
        QCOMPARE(back.allowPlaintext, true);
        QCOMPARE(back.smtpMaxSize, qint64(52428800));
        QCOMPARE(back.discoverySource, QStringLiteral("autoconfig"));
        QCOMPARE(back.created, account.created);
        QCOMPARE(back.verified, account.verified);

        const QList<CertificatePin> pins = reloaded.pins(account.id);
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().sha256, pin.sha256);
        QCOMPARE(pins.first().subject, pin.subject);
        QCOMPARE(pins.first().host, pin.host);
        QCOMPARE(pins.first().port, pin.port);
        QCOMPARE(pins.first().pinnedAt, pin.pinnedAt);
        QCOMPARE(pins.first().reason, pin.reason);
    }

    void fileIsReadableAndVersioned()
    {
        Account account
            = makeAccount(QStringLiteral("alice@example.test"), QStringLiteral("Alice"));
        AccountStore store;
        QVERIFY(store.load());
        QVERIFY(store.add(&account));

        const QByteArray bytes = readAll(m_path);
        QVERIFY2(bytes.contains("[General]\nschemaVersion=1\n"), bytes.constData());
        QVERIFY2(bytes.contains("[account.alice-at-example.test]"), bytes.constData());
        QVERIFY2(bytes.contains("smtp\\server=smtp.example.test:465/ssl"), bytes.constData());
        QVERIFY2(!bytes.contains("@Variant"), bytes.constData());
        QVERIFY2(!bytes.contains("maxSize"), bytes.constData()); // unknown: not written
        // Owner-only: the file names the user's servers and addresses.
        QCOMPARE(QFile::permissions(m_path) & 0x0077, QFileDevice::Permissions());
        // No temporary or lock file is left behind.
        QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("accounts.ini") });
    }

    // Files from before smtp/maxSize existed load with 0 (unknown); a known
    // SIZE is kept through an update, in plain bytes, and can be cleared.
    void smtpMaxSizeIsOptional()
    {
        QVERIFY(writeFile(m_path,
            "[General]\nschemaVersion=1\n[account.a-at-example.test]\nemail=a@example.test\n"
            "smtp\\server=smtp.example.test:587/starttls\nsmtp\\username=a\n"));
        AccountStore store;
        AccountError error;
        QVERIFY2(store.load(&error), qPrintable(error.message()));
        QCOMPARE(store.accounts().size(), 1);
        Account account = store.accounts().first();
        QCOMPARE(account.smtpMaxSize, qint64(0));

        account.smtpMaxSize = 10240000;
        QVERIFY2(store.update(account, &error), qPrintable(error.message()));
        QVERIFY2(readAll(m_path).contains("smtp\\maxSize=10240000\n"), readAll(m_path).constData());
        AccountStore reloaded;
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.byId(account.id)->smtpMaxSize, qint64(10240000));

        account.smtpMaxSize = 0;
        QVERIFY(reloaded.update(account));
        QVERIFY(!readAll(m_path).contains("maxSize"));
        AccountStore again;
        QVERIFY(again.load());
        QCOMPARE(again.byId(account.id)->smtpMaxSize, qint64(0));
    }

    void damagedFileIsKeptAside_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unclosed section")
            << QByteArray("[General\nschemaVersion=1\n") << QStringLiteral("INI");
        // QSettings skips these lines without a FormatError; what is left has no version.
        QTest::newRow("not INI at all")
            << QByteArray("\x89PNG\r\n\x1a\n garbage") << QStringLiteral("schemaVersion");
        QTest::newRow("no schema version")
            << QByteArray("[account.a-at-example.test]\nemail=a@example.test\n")
            << QStringLiteral("schemaVersion");
        QTest::newRow("schema version not a number")
            << QByteArray("[General]\nschemaVersion=one\n") << QStringLiteral("schemaVersion");
        QTest::newRow("bad address")
            << QByteArray("[General]\nschemaVersion=1\n[account.x]\nemail=not an address\n")
            << QStringLiteral("email");
        QTest::newRow("bad server") << QByteArray("[General]\nschemaVersion=1\n[account.x]\nemail="
                                                  "x@example.test\nsmtp\\server=host:99999/ssl\n")
                                    << QStringLiteral("smtp/server");
        QTest::newRow("bad pin") << QByteArray(
            "[General]\nschemaVersion=1\n[account.x]\nemail=x@example.test\npins\\1\\sha256=zz\n"
            "pins\\size=1\n") << QStringLiteral("pins");
        QTest::newRow("bad date") << QByteArray(
            "[General]\nschemaVersion=1\n[account.x]\nemail=x@example.test\ncreated=yesterday\n")
                                  << QStringLiteral("created");
        QTest::newRow("bad size") << QByteArray(
            "[General]\nschemaVersion=1\n[account.x]\nemail=x@example.test\nsmtp\\maxSize=-5\n")
                                  << QStringLiteral("smtp/maxSize");
    }

    void damagedFileIsKeptAside()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        QVERIFY(writeFile(m_path, contents));
        const QString dir = QFileInfo(m_path).absolutePath();

        AccountStore store;
        AccountError error;
        QVERIFY(!store.load(&error));
        QCOMPARE(error.code, AccountError::Code::Corrupt);
        QVERIFY2(error.detail.contains(problem), qPrintable(error.detail));
        QVERIFY2(error.message().contains(error.backupPath), qPrintable(error.message()));
        // Kept aside byte for byte, never emptied.
        QCOMPARE(backupsIn(dir).size(), 1);
        QCOMPARE(error.backupPath, dir + QLatin1Char('/') + backupsIn(dir).first());
        QCOMPARE(readAll(error.backupPath), contents);
        QVERIFY(!QFileInfo::exists(m_path));

        // The store starts empty and works; the backup stays.
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(store.isWritable());
        Account account = makeAccount(QStringLiteral("alice@example.test"));
        QVERIFY2(store.add(&account, &error), qPrintable(error.message()));
        AccountStore reloaded;
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.accounts().size(), 1);
        QCOMPARE(readAll(dir + QLatin1Char('/') + backupsIn(dir).first()), contents);
    }

    void secondDamageGetsItsOwnBackup()
    {
        const QString dir = QFileInfo(m_path).absolutePath();
        for (int i = 0; i < 2; ++i) {
            QVERIFY(writeFile(m_path, QByteArray("[broken ") + QByteArray::number(i)));
            AccountStore store;
            QVERIFY(!store.load());
        }
        const QStringList backups = backupsIn(dir);
        QCOMPARE(backups.size(), 2);
        QStringList contents;
        for (const QString &name : backups)
            contents << QString::fromLatin1(readAll(dir + QLatin1Char('/') + name));
        contents.sort();
        QCOMPARE(
            contents, (QStringList { QStringLiteral("[broken 0"), QStringLiteral("[broken 1") }));
    }

    void newerSchemaIsLeftAlone()
    {
        const QByteArray contents("[General]\nschemaVersion=99\n[account.a-at-example.test]\n"
                                  "email=a@example.test\nfutureKey=something\n");
        QVERIFY(writeFile(m_path, contents));
        AccountStore store;
        AccountError error;
        QVERIFY(!store.load(&error));
        QCOMPARE(error.code, AccountError::Code::NewerSchema);
        QVERIFY(!store.isWritable());
        // Readable parts are shown, but nothing is written over the file.
        QCOMPARE(store.accounts().size(), 1);
        Account account = makeAccount(QStringLiteral("b@example.test"));
        QVERIFY(!store.add(&account, &error));
        QCOMPARE(error.code, AccountError::Code::ReadOnly);
        QVERIFY(!store.remove(QStringLiteral("a-at-example.test"), &error));
        QCOMPARE(readAll(m_path), contents);
        QVERIFY(backupsIn(QFileInfo(m_path).absolutePath()).isEmpty());
    }

    void failedWriteKeepsTheOldFile()
    {
        Account alice = makeAccount(QStringLiteral("alice@example.test"), QStringLiteral("Alice"));
        AccountStore store;
        QVERIFY(store.load());
        QVERIFY(store.add(&alice));
        const QByteArray before = readAll(m_path);
        const QString dir = QFileInfo(m_path).absolutePath();

        {
            ReadOnlyDir readOnly(dir);
            if (!readOnly.isActive())
                QSKIP("cannot make a directory read-only here (no chattr for root)");
            Account bob = makeAccount(QStringLiteral("bob@example.test"), QStringLiteral("Bob"));
            AccountError error;
            QVERIFY(!store.add(&bob, &error));
            QCOMPARE(error.code, AccountError::Code::WriteFailed);
            QVERIFY(!error.message().isEmpty());
            // Neither the file nor the store changed.
            QCOMPARE(readAll(m_path), before);
            QCOMPARE(store.accounts().size(), 1);
            QVERIFY(!store.remove(alice.id, &error));
            QCOMPARE(readAll(m_path), before);
            QCOMPARE(store.accounts().size(), 1);
        }

        // Once the folder is writable again, the same store carries on.
        Account bob = makeAccount(QStringLiteral("bob@example.test"), QStringLiteral("Bob"));
        AccountError error;
        QVERIFY2(store.add(&bob, &error), qPrintable(error.message()));
        AccountStore reloaded;
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.accounts().size(), 2);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("accounts.ini") });
    }

    void concurrentChangeIsNotOverwritten()
    {
        AccountStore first;
        AccountStore second;
        QVERIFY(first.load());
        QVERIFY(second.load());
        Account alice = makeAccount(QStringLiteral("alice@example.test"));
        QVERIFY(second.add(&alice));

        Account bob = makeAccount(QStringLiteral("bob@example.test"));
        AccountError error;
        QVERIFY(!first.add(&bob, &error));
        QCOMPARE(error.code, AccountError::Code::Conflict);
        // Reload and retry: both survive.
        QVERIFY(first.load());
        QVERIFY(first.add(&bob));
        AccountStore reloaded;
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.accounts().size(), 2);
    }

    void findByIdAddressOrName()
    {
        AccountStore store;
        QVERIFY(store.load());
        Account work = makeAccount(QStringLiteral("Alice@Example.test"), QStringLiteral("Work"));
        Account home = makeAccount(QStringLiteral("alice@home.test"), QStringLiteral("Home"));
        QVERIFY(store.add(&work));
        QVERIFY(store.add(&home));

        QCOMPARE(store.find(QStringLiteral("alice-at-example.test"))->id, work.id);
        QCOMPARE(store.find(QStringLiteral("ALICE@example.TEST"))->id, work.id);
        QCOMPARE(store.find(QStringLiteral("home"))->id, home.id);
        AccountError error;
        QVERIFY(!store.find(QStringLiteral("nobody"), &error));
        QCOMPARE(error.code, AccountError::Code::NotFound);
    }

    void duplicatesAreRefused()
    {
        AccountStore store;
        QVERIFY(store.load());
        Account first = makeAccount(QStringLiteral("alice@example.test"), QStringLiteral("Alice"));
        QVERIFY(store.add(&first));

        AccountError error;
        Account sameAddress
            = makeAccount(QStringLiteral("alice@EXAMPLE.test"), QStringLiteral("Other"));
        QVERIFY(!store.add(&sameAddress, &error));
        QCOMPARE(error.code, AccountError::Code::Duplicate);
        Account sameName = makeAccount(QStringLiteral("bob@example.test"), QStringLiteral("ALICE"));
        QVERIFY(!store.add(&sameName, &error));
        QCOMPARE(error.code, AccountError::Code::Duplicate);
        QCOMPARE(store.accounts().size(), 1);
    }

    void idsAreReadableAndUnique()
    {
        QCOMPARE(accountIdFor(*EmailAddress::parse(QStringLiteral("Alice.B@Example.TEST"))),
            QStringLiteral("alice.b-at-example.test"));
        QCOMPARE(accountIdFor(*EmailAddress::parse(QStringLiteral("user@例子.测试"))),
            QStringLiteral("user-at-xn--fsqu00a.xn--0zwm56d"));
        QVERIFY(isValidAccountId(
            accountIdFor(*EmailAddress::parse(QStringLiteral("用户@example.test")))));
        QVERIFY(!isValidAccountId(QStringLiteral("../x")));
        QVERIFY(!isValidAccountId(QStringLiteral("a b")));

        // Two addresses with the same slug still get distinct ids.
        AccountStore store;
        QVERIFY(store.load());
        Account plus = makeAccount(QStringLiteral("a+b@example.test"));
        Account dash = makeAccount(QStringLiteral("a-b@example.test"));
        QVERIFY(store.add(&plus));
        QVERIFY(store.add(&dash));
        QCOMPARE(plus.id, QStringLiteral("a-b-at-example.test"));
        QCOMPARE(dash.id, QStringLiteral("a-b-at-example.test-2"));
    }

    void updateAndRemove()
    {
        AccountStore store;
        QVERIFY(store.load());
        Account account
            = makeAccount(QStringLiteral("alice@example.test"), QStringLiteral("Alice"));
        QVERIFY(store.add(&account));
        CertificatePin pin;
        pin.sha256 = QByteArray(32, '\x01');
        pin.host = QStringLiteral("smtp.example.test");
        pin.port = 465;
        pin.pinnedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.setPins(account.id, { pin }));

        account.displayName = QStringLiteral("Alice at work");
        account.verified = QDateTime::currentDateTimeUtc();
        QVERIFY(store.update(account));
        AccountStore reloaded;
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.byId(account.id)->displayName, QStringLiteral("Alice at work"));

        QVERIFY(reloaded.remove(account.id));
        QVERIFY(reloaded.accounts().isEmpty());
        QVERIFY(reloaded.pins(account.id).isEmpty());
        const QByteArray bytes = readAll(m_path);
        QVERIFY2(!bytes.contains("alice"), bytes.constData());
        AccountError error;
        QVERIFY(!reloaded.remove(account.id, &error));
        QCOMPARE(error.code, AccountError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
