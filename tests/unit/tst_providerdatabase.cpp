// ProviderDatabase: the bundled files, lookups by domain and MX pattern, user
// overrides and malformed files. No network.

#include "discovery/ConfigXmlParser.h"
#include "discovery/ProviderDatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

ProviderDatabase bundled()
{
    ProviderDatabase db;
    (void)ProviderDatabase::shared(); // makes sure the resources are registered
    db.loadDirectory(ProviderDatabase::bundledDirectory(), ConfigSource::Bundled);
    return db;
}

QByteArray providerXml(const QString &id, const QStringList &domains, const QString &smtpHost)
{
    QString xml = QStringLiteral("<clientConfig version=\"1.1\"><emailProvider id=\"%1\">").arg(id);
    for (const QString &d : domains)
        xml += QStringLiteral("<domain>%1</domain>").arg(d);
    xml += QStringLiteral(
        "<outgoingServer type=\"smtp\"><hostname>%1</hostname><port>465</port>"
        "<socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>")
               .arg(smtpHost);
    return xml.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestProviderDatabase : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyBundledFileIsClean()
    {
        const QDir dir(ProviderDatabase::bundledDirectory());
        (void)ProviderDatabase::shared();
        const QStringList files = dir.entryList({ QStringLiteral("*.xml") }, QDir::Files);
        QVERIFY(files.size() >= 30);
        const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            ConfigXmlParser parser;
            const auto record = parser.parse(file.readAll());
            QVERIFY2(record, qPrintable(name + QStringLiteral(": ") + parser.errorString()));
            QVERIFY2(parser.warnings().isEmpty(),
                qPrintable(name + QStringLiteral(": ") + parser.warnings().join(u' ')));
            QVERIFY2(!record->sourceNote.isEmpty(), qPrintable(name));
            QVERIFY2(isoDate.match(record->lastChecked).hasMatch(), qPrintable(name));
            QVERIFY2(!record->domains.isEmpty() || !record->mxPatterns.isEmpty(), qPrintable(name));
            for (const ServerConfig &s : record->servers)
                QVERIFY2(!s.isPlaintext(), qPrintable(name)); // we never ship a plaintext server
        }
    }

    void coversEnoughDomains()
    {
        const ProviderDatabase db = bundled();
        QVERIFY2(db.domainCount() >= 60, qPrintable(QString::number(db.domainCount())));
    }

    void chineseProvidersCarryTheirExtras_data()
    {
        QTest::addColumn<QString>("domain");
        for (const char *d : { "qq.com", "vip.qq.com", "foxmail.com", "163.com", "126.com",
                 "yeah.net", "188.com", "vip.163.com", "vip.126.com", "sina.com", "sina.cn",
                 "vip.sina.com", "sohu.com", "139.com", "aliyun.com", "189.cn", "21cn.com" })
            QTest::newRow(d) << QString::fromLatin1(d);
    }

    void chineseProvidersCarryTheirExtras()
    {
        QFETCH(QString, domain);
        const ProviderDatabase db = bundled();
        const ProviderRecord *r = db.lookup(domain);
        QVERIFY(r);
        QVERIFY(r->info.authCode);
        QVERIFY(!r->info.instructionsZh.isEmpty());
        QVERIFY(!r->info.instructionsEn.isEmpty());
        QVERIFY(r->info.setupUrl.startsWith(QLatin1String("https://")));
        QVERIFY(!r->verification.isEmpty()); // what a second source said, or that none was found
    }

    void netEaseNeedsImapId()
    {
        const ProviderDatabase db = bundled();
        for (const char *d : { "163.com", "126.com", "yeah.net" })
            QVERIFY(db.lookup(QLatin1String(d))->info.imapNeedsId);
        QVERIFY(!db.lookup(QStringLiteral("qq.com"))->info.imapNeedsId);
    }

    void lookupIsExactThenAlias()
    {
        ProviderDatabase db;
        QVERIFY(db.addXml(providerXml(QStringLiteral("a"),
                              { QStringLiteral("a.example"), QStringLiteral("b.example") },
                              QStringLiteral("smtp.a.example")),
            ConfigSource::Bundled, QStringLiteral("a")));
        // b.example is primary here: it wins over the alias above.
        QVERIFY(db.addXml(providerXml(QStringLiteral("b"), { QStringLiteral("b.example") },
                              QStringLiteral("smtp.b.example")),
            ConfigSource::Bundled, QStringLiteral("b")));
        QCOMPARE(db.lookup(QStringLiteral("A.Example."))->info.id, QStringLiteral("a"));
        QCOMPARE(db.lookup(QStringLiteral("b.example"))->info.id, QStringLiteral("b"));
        QVERIFY(!db.lookup(QStringLiteral("sub.a.example")));
        QVERIFY(!db.lookup(QString()));
    }

    void mxPatterns_data()
    {
        QTest::addColumn<QString>("mx");
        QTest::addColumn<QString>("provider");
        QTest::newRow("exmail") << "mxbiz1.qq.com"
                                << "exmail.qq.com";
        QTest::newRow("exmail 2") << "MXBIZ2.QQ.COM."
                                  << "exmail.qq.com";
        QTest::newRow("qiye 163") << "qiye163mx01.mxmail.netease.com"
                                  << "qiye.163.com";
        QTest::newRow("qiye 163 b") << "mx.qiye.163.com"
                                    << "qiye.163.com";
        QTest::newRow("aliyun qiye") << "mx1.qiye.aliyun.com"
                                     << "qiye.aliyun.com";
        QTest::newRow("mxhichina") << "mxw.mxhichina.com"
                                   << "qiye.aliyun.com";
        QTest::newRow("google") << "aspmx.l.google.com"
                                << "workspace.google.com";
        QTest::newRow("google alt") << "alt1.aspmx.l.google.com"
                                    << "workspace.google.com";
        QTest::newRow("m365") << "contoso-com.mail.protection.outlook.com"
                              << "office365.com";
        QTest::newRow("qq personal is not a pattern") << "mx1.qq.com"
                                                      << "";
        QTest::newRow("star stays in one label") << "a.b.mail.protection.outlook.com"
                                                 << "";
        QTest::newRow("no suffix tricks") << "mxbiz1.qq.com.evil.example"
                                          << "";
    }

    void mxPatterns()
    {
        QFETCH(QString, mx);
        QFETCH(QString, provider);
        const ProviderDatabase db = bundled();
        const ProviderRecord *r = db.lookupByMx(mx);
        QCOMPARE(r ? r->info.id : QString(), provider);
    }

    void userFilesOverrideAndBadFilesAreSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("mine.xml")),
            providerXml(QStringLiteral("my-qq"), { QStringLiteral("qq.com") },
                QStringLiteral("smtp.mine.example"))));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("broken.xml")), "<clientConfig><emailProvider>"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("huge.xml")), QByteArray(400 * 1024, '<')));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ignored.txt")), "not xml"));
        ProviderDatabase db = bundled();
        const int before = db.domainCount();
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("skipping provider file .*broken\\.xml")));
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("skipping provider file .*huge\\.xml")));
        QCOMPARE(db.loadDirectory(dir.path(), ConfigSource::UserFile), 1);
        const ProviderRecord *qq = db.lookup(QStringLiteral("qq.com"));
        QVERIFY(qq);
        QCOMPARE(qq->origin, ConfigSource::UserFile);
        QCOMPARE(qq->servers.first().host, QStringLiteral("smtp.mine.example"));
        // The rest of the bundled QQ entry is untouched.
        QCOMPARE(db.lookup(QStringLiteral("vip.qq.com"))->info.id, QStringLiteral("qq.com"));
        QCOMPARE(db.domainCount(), before);
    }

    void sameIdReplacesTheWholeEntry()
    {
        ProviderDatabase db = bundled();
        QVERIFY(db.addXml(providerXml(QStringLiteral("163.com"), { QStringLiteral("163.com") },
                              QStringLiteral("smtp.x.example")),
            ConfigSource::UserFile, QStringLiteral("user")));
        QCOMPARE(db.lookup(QStringLiteral("163.com"))->servers.first().host,
            QStringLiteral("smtp.x.example"));
    }

    void sharedLoadsTheUserDirectory()
    {
        const QString userDir = ProviderDatabase::userDirectory();
        QVERIFY(QDir().mkpath(userDir));
        const QString path = userDir + QStringLiteral("/zz-test.xml");
        QVERIFY(writeFile(path,
            providerXml(QStringLiteral("t"), { QStringLiteral("user-only.example") },
                QStringLiteral("smtp.user-only.example"))));
        const auto cleanup = qScopeGuard([&] {
            QFile::remove(path);
            ProviderDatabase::reloadShared();
        });
        ProviderDatabase::reloadShared();
        const ProviderRecord *r
            = ProviderDatabase::shared().lookup(QStringLiteral("user-only.example"));
        QVERIFY(r);
        QCOMPARE(r->origin, ConfigSource::UserFile);
        QFile::remove(path);
        ProviderDatabase::reloadShared();
        QVERIFY(!ProviderDatabase::shared().lookup(QStringLiteral("user-only.example")));
    }
};

QTEST_GUILESS_MAIN(TestProviderDatabase)
#include "tst_providerdatabase.moc"
