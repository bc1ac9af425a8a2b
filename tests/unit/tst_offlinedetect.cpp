// Offline detection of real domains: Discovery with the provider files only
// (no network at all) must give the exact SMTP and POP3 settings.

#include "discovery/Discovery.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mw;

class TestOfflineDetect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // no user provider files from $HOME
    }

    void detect_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("smtp");
        QTest::addColumn<QString>("pop3"); // empty: the provider has no POP3
        QTest::addColumn<bool>("authCode");

        QTest::newRow("qq.com") << "u@qq.com"
                                << "smtp.qq.com:465/ssl"
                                << "pop.qq.com:995/ssl" << true;
        QTest::newRow("vip.qq.com") << "u@vip.qq.com"
                                    << "smtp.qq.com:465/ssl"
                                    << "pop.qq.com:995/ssl" << true;
        QTest::newRow("foxmail.com") << "u@foxmail.com"
                                     << "smtp.qq.com:465/ssl"
                                     << "pop.qq.com:995/ssl" << true;
        QTest::newRow("163.com") << "u@163.com"
                                 << "smtp.163.com:465/ssl"
                                 << "pop.163.com:995/ssl" << true;
        QTest::newRow("126.com") << "u@126.com"
                                 << "smtp.126.com:465/ssl"
                                 << "pop.126.com:995/ssl" << true;
        QTest::newRow("yeah.net") << "u@yeah.net"
                                  << "smtp.yeah.net:465/ssl"
                                  << "pop.yeah.net:995/ssl" << true;
        QTest::newRow("188.com") << "u@188.com"
                                 << "smtp.188.com:465/ssl"
                                 << "pop.188.com:995/ssl" << true;
        QTest::newRow("vip.163.com") << "u@vip.163.com"
                                     << "smtp.vip.163.com:465/ssl"
                                     << "pop.vip.163.com:995/ssl" << true;
        QTest::newRow("sina.com") << "u@sina.com"
                                  << "smtp.sina.com:465/ssl"
                                  << "pop.sina.com:995/ssl" << true;
        QTest::newRow("sina.cn") << "u@sina.cn"
                                 << "smtp.sina.com:465/ssl"
                                 << "pop.sina.com:995/ssl" << true;
        QTest::newRow("vip.sina.com") << "u@vip.sina.com"
                                      << "smtp.vip.sina.com:465/ssl"
                                      << "pop3.vip.sina.com:995/ssl" << true;
        QTest::newRow("sohu.com") << "u@sohu.com"
                                  << "smtp.sohu.com:465/ssl"
                                  << "pop3.sohu.com:995/ssl" << true;
        QTest::newRow("139.com") << "u@139.com"
                                 << "smtp.139.com:465/ssl"
                                 << "pop.139.com:995/ssl" << true;
        QTest::newRow("aliyun.com") << "u@aliyun.com"
                                    << "smtp.aliyun.com:465/ssl"
                                    << "pop3.aliyun.com:995/ssl" << true;
        QTest::newRow("189.cn") << "u@189.cn"
                                << "smtp.189.cn:465/ssl"
                                << "pop.189.cn:995/ssl" << true;
        QTest::newRow("21cn.com") << "u@21cn.com"
                                  << "smtp.21cn.com:465/ssl"
                                  << "pop.21cn.com:995/ssl" << true;
        QTest::newRow("gmail.com") << "u@gmail.com"
                                   << "smtp.gmail.com:465/ssl"
                                   << "pop.gmail.com:995/ssl" << true;
        QTest::newRow("googlemail.com") << "u@googlemail.com"
                                        << "smtp.gmail.com:465/ssl"
                                        << "pop.gmail.com:995/ssl" << true;
        QTest::newRow("outlook.com") << "u@outlook.com"
                                     << "smtp-mail.outlook.com:587/starttls"
                                     << "outlook.office365.com:995/ssl" << false;
        QTest::newRow("hotmail.com") << "u@hotmail.com"
                                     << "smtp-mail.outlook.com:587/starttls"
                                     << "outlook.office365.com:995/ssl" << false;
        QTest::newRow("icloud.com") << "u@icloud.com"
                                    << "smtp.mail.me.com:587/starttls"
                                    << "" << true;
        QTest::newRow("me.com") << "u@me.com"
                                << "smtp.mail.me.com:587/starttls"
                                << "" << true;
        QTest::newRow("yahoo.com") << "u@yahoo.com"
                                   << "smtp.mail.yahoo.com:465/ssl"
                                   << "pop.mail.yahoo.com:995/ssl" << true;
        QTest::newRow("yahoo.co.jp") << "u@yahoo.co.jp"
                                     << "smtp.mail.yahoo.co.jp:465/ssl"
                                     << "pop.mail.yahoo.co.jp:995/ssl" << false;
        QTest::newRow("aol.com") << "u@aol.com"
                                 << "smtp.aol.com:465/ssl"
                                 << "pop.aol.com:995/ssl" << true;
        QTest::newRow("gmx.de") << "u@gmx.de"
                                << "mail.gmx.net:465/ssl"
                                << "pop.gmx.net:995/ssl" << false;
        QTest::newRow("gmx.net") << "u@gmx.net"
                                 << "mail.gmx.net:465/ssl"
                                 << "pop.gmx.net:995/ssl" << false;
        QTest::newRow("web.de") << "u@web.de"
                                << "smtp.web.de:465/ssl"
                                << "pop3.web.de:995/ssl" << false;
        QTest::newRow("t-online.de") << "u@t-online.de"
                                     << "securesmtp.t-online.de:465/ssl"
                                     << "securepop.t-online.de:995/ssl" << true;
        QTest::newRow("mail.ru") << "u@mail.ru"
                                 << "smtp.mail.ru:465/ssl"
                                 << "pop.mail.ru:995/ssl" << true;
        QTest::newRow("yandex.ru") << "u@yandex.ru"
                                   << "smtp.yandex.com:465/ssl"
                                   << "pop.yandex.com:995/ssl" << true;
        QTest::newRow("libero.it") << "u@libero.it"
                                   << "smtp.libero.it:465/ssl"
                                   << "popmail.libero.it:995/ssl" << false;
        QTest::newRow("orange.fr") << "u@orange.fr"
                                   << "smtp.orange.fr:465/ssl"
                                   << "pop.orange.fr:995/ssl" << false;
        QTest::newRow("zoho.com") << "u@zoho.com"
                                  << "smtp.zoho.com:465/ssl"
                                  << "pop.zoho.com:995/ssl" << false;
        QTest::newRow("case and IDN-safe") << "u@QQ.COM"
                                           << "smtp.qq.com:465/ssl"
                                           << "pop.qq.com:995/ssl" << true;
    }

    void detect()
    {
        QFETCH(QString, email);
        QFETCH(QString, smtp);
        QFETCH(QString, pop3);
        QFETCH(bool, authCode);
        const auto address = EmailAddress::parse(email);
        QVERIFY(address);
        DiscoveryOptions options;
        options.offline = true;
        Discovery discovery;
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(*address, options);
        QVERIFY(finished.wait(2000));
        const auto result = finished.first().first().value<DiscoveryResult>();
        QCOMPARE(result.status, DiscoveryResult::Status::Found);
        QCOMPARE(result.source, ConfigSource::Bundled);
        QCOMPARE(result.trust, Trust::Trusted);
        QVERIFY(result.smtp);
        QCOMPARE(result.smtp->endpoint().toString(), smtp);
        QCOMPARE(result.pop3 ? result.pop3->endpoint().toString() : QString(), pop3);
        QCOMPARE(result.provider.authCode, authCode);
        QVERIFY(!result.smtp->username.isEmpty());
        QVERIFY(result.elapsedMs < 1000);
    }

    void usernameTemplates()
    {
        DiscoveryOptions options;
        options.offline = true;
        Discovery discovery;
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(*EmailAddress::parse(QStringLiteral("max@web.de")), options);
        QVERIFY(finished.wait(2000));
        auto result = finished.takeFirst().first().value<DiscoveryResult>();
        QCOMPARE(result.smtp->username, QStringLiteral("max")); // WEB.DE: the local part
        discovery.start(*EmailAddress::parse(QStringLiteral("max@icloud.com")), options);
        QVERIFY(finished.wait(2000));
        result = finished.takeFirst().first().value<DiscoveryResult>();
        QCOMPARE(result.imap->username, QStringLiteral("max"));
        QCOMPARE(result.smtp->username, QStringLiteral("max@icloud.com"));
    }

    void unknownDomainOfflineFindsNothing()
    {
        DiscoveryOptions options;
        options.offline = true;
        Discovery discovery;
        QSignalSpy finished(&discovery, &Discovery::finished);
        QSignalSpy progress(&discovery, &Discovery::sourceChanged);
        discovery.start(*EmailAddress::parse(QStringLiteral("a@unknown.invalid")), options);
        QVERIFY(finished.wait(2000));
        const auto result = finished.first().first().value<DiscoveryResult>();
        QVERIFY(result.isEmpty());
        QCOMPARE(result.status, DiscoveryResult::Status::NothingFound);
        QCOMPARE(progress.size(), 1); // bundled: nothing; no other source was asked
    }

    void cancelSuppressesFinished()
    {
        DiscoveryOptions options;
        options.offline = true;
        Discovery discovery;
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(*EmailAddress::parse(QStringLiteral("a@qq.com")), options);
        discovery.cancel();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!discovery.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestOfflineDetect)
#include "tst_offlinedetect.moc"
