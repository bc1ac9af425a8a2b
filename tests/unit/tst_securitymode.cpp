#include "net/SecurityMode.h"

#include <QTest>

using mw::SecurityMode;

Q_DECLARE_METATYPE(SecurityMode)

class TestSecurityMode : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<SecurityMode>("mode");
        QTest::addColumn<QString>("text");
        QTest::newRow("ssl") << SecurityMode::Ssl << QStringLiteral("ssl");
        QTest::newRow("starttls") << SecurityMode::StartTls << QStringLiteral("starttls");
        QTest::newRow("plain") << SecurityMode::Plain << QStringLiteral("plain");
    }
    void roundTrip()
    {
        QFETCH(SecurityMode, mode);
        QFETCH(QString, text);
        QCOMPARE(mw::toString(mode), text);
        const auto parsed = mw::securityModeFromString(text);
        QVERIFY(parsed.has_value());
        QVERIFY(*parsed == mode);
    }

    void caseInsensitive()
    {
        QVERIFY(mw::securityModeFromString(u"SSL") == SecurityMode::Ssl);
        QVERIFY(mw::securityModeFromString(u"StartTLS") == SecurityMode::StartTls);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("tls") << QStringLiteral("tls");
        QTest::newRow("leading space") << QStringLiteral(" ssl");
        QTest::newRow("trailing newline") << QStringLiteral("ssl\n");
        QTest::newRow("prefix") << QStringLiteral("start");
        QTest::newRow("longer") << QStringLiteral("starttls2");
        QTest::newRow("nul") << QString::fromUtf8("ssl\0", 4);
    }
    void rejectsBadInput()
    {
        QFETCH(QString, text);
        QVERIFY(!mw::securityModeFromString(text).has_value());
    }

    void defaultPorts()
    {
        QCOMPARE(mw::defaultSmtpPort(SecurityMode::Ssl), 465);
        QCOMPARE(mw::defaultSmtpPort(SecurityMode::StartTls), 587);
        QCOMPARE(mw::defaultSmtpPort(SecurityMode::Plain), 25);
        QCOMPARE(mw::defaultPop3Port(SecurityMode::Ssl), 995);
        QCOMPARE(mw::defaultPop3Port(SecurityMode::StartTls), 110);
    }
};

QTEST_APPLESS_MAIN(TestSecurityMode)
#include "tst_securitymode.moc"
