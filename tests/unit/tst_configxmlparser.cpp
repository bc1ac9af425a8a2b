// ConfigXmlParser: config-v1.1 as published, and hostile input (entities,
// size, depth, element floods, wrong types, missing fields).

#include "discovery/ConfigXmlParser.h"

#include <QTest>

using namespace mw;

namespace {

QByteArray wrap(const QByteArray &providerBody, const QByteArray &rootExtra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig version=\"1.1\" " + rootExtra
        + ">\n<emailProvider id=\"example.com\">\n" + providerBody
        + "\n</emailProvider>\n</clientConfig>\n";
}

const QByteArray kSmtp
    = "<outgoingServer type=\"smtp\"><hostname>smtp.example.com</hostname><port>465</port>"
      "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
      "<authentication>password-cleartext</authentication></outgoingServer>";

} // namespace

class TestConfigXmlParser : public QObject {
    Q_OBJECT
private slots:
    void parsesFullProvider()
    {
        const QByteArray xml = wrap(
            "<domain>Example.COM</domain><domain>example.net</domain>"
            "<displayName>Example Mail</displayName><displayShortName>Example</displayShortName>"
            "<incomingServer type=\"imap\"><hostname>imap.example.com</hostname><port>993</port>"
            "<socketType>SSL</socketType><username>%EMAILLOCALPART%</username>"
            "<authentication>OAuth2</authentication><authentication>password-cleartext</"
            "authentication></incomingServer>"
            "<incomingServer type=\"pop3\"><hostname>pop.%EMAILDOMAIN%</hostname><port>110</port>"
            "<socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username>"
            "<pop3><leaveMessagesOnServer>true</leaveMessagesOnServer></pop3></incomingServer>"
            "<incomingServer type=\"exchange\"><server>x</server></incomingServer>"
                + kSmtp
                + "<enable visiturl=\"https://example.com/enable\"><instruction "
                  "lang=\"zh\">开启</instruction>"
                  "<instruction lang=\"en\">Turn it on</instruction></enable>"
                  "<documentation url=\"https://example.com/help\"><descr "
                  "lang=\"en\">Help</descr></documentation>"
                  "<mw:authCode>true</mw:authCode><mw:oauthOnly>false</"
                  "mw:oauthOnly><mw:imapId>true</mw:imapId>"
                  "<mw:mxPattern>mx*.example.com</mw:mxPattern><mw:source>unit test</mw:source>"
                  "<mw:lastChecked>2026-01-01</mw:lastChecked><mw:setup "
                  "lang=\"zh_CN\">步骤</mw:setup>",
            "xmlns:mw=\"urn:x-mailwright:provider:1\"");
        ConfigXmlParser parser;
        const auto record = parser.parse(xml);
        QVERIFY2(record, qPrintable(parser.errorString()));
        QCOMPARE(parser.warnings(), QStringList());
        QCOMPARE(record->info.id, QStringLiteral("example.com"));
        QCOMPARE(record->domains,
            (QStringList { QStringLiteral("example.com"), QStringLiteral("example.net") }));
        QCOMPARE(record->info.name, QStringLiteral("Example Mail"));
        QCOMPARE(record->servers.size(), 3); // exchange is not ours
        QCOMPARE(record->servers[0].protocol, Protocol::Imap);
        QCOMPARE(record->servers[0].authMethods,
            (QStringList { QStringLiteral("OAuth2"), QStringLiteral("password-cleartext") }));
        QCOMPARE(record->servers[1].protocol, Protocol::Pop3);
        QVERIFY(record->servers[1].security == SecurityMode::StartTls);
        QCOMPARE(record->servers[1].host, QStringLiteral("pop.%EMAILDOMAIN%"));
        QCOMPARE(record->servers[2].protocol, Protocol::Smtp);
        QCOMPARE(record->servers[2].port, quint16(465));
        QVERIFY(record->info.authCode);
        QVERIFY(!record->info.oauthOnly);
        QVERIFY(record->info.imapNeedsId);
        QCOMPARE(record->info.setupUrl, QStringLiteral("https://example.com/enable"));
        QCOMPARE(record->info.documentationUrl, QStringLiteral("https://example.com/help"));
        QCOMPARE(record->info.instructionsZh,
            QStringLiteral("步骤")); // mw:setup wins over <instruction>
        QCOMPARE(record->info.instructionsEn, QStringLiteral("Turn it on"));
        QCOMPARE(record->mxPatterns, QStringList { QStringLiteral("mx*.example.com") });
        QCOMPARE(record->lastChecked, QStringLiteral("2026-01-01"));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("errorPart");

        QTest::newRow("billion laughs") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            "<clientConfig><emailProvider id=\"x\"><displayName>&lol3;</displayName>"
            + kSmtp + "</emailProvider></clientConfig>")
                                        << QStringLiteral("DTD");
        QTest::newRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            "<clientConfig><emailProvider id=\"x\"><displayName>&xxe;</displayName>"
            + kSmtp + "</emailProvider></clientConfig>")
                                         << QStringLiteral("DTD");
        QTest::newRow("parameter entity") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/x\"> "
            "%p;]>"
            "<clientConfig/>") << QString();
        QTest::newRow("undeclared entity")
            << wrap("<displayName>&nope;</displayName>" + kSmtp) << QString();
        QTest::newRow("deep nesting")
            << wrap(QByteArray("<a>").repeated(200) + QByteArray("</a>").repeated(200) + kSmtp)
            << QStringLiteral("deeper");
        QTest::newRow("element flood")
            << wrap(QByteArray("<x/>").repeated(5000) + kSmtp) << QStringLiteral("elements");
        QTest::newRow("too large")
            << wrap(kSmtp + QByteArray(300 * 1024, ' ')) << QStringLiteral("limit");
        QTest::newRow("huge text")
            << wrap("<displayName>" + QByteArray(20000, 'x') + "</displayName>" + kSmtp)
            << QStringLiteral("characters");
        QTest::newRow("wrong root") << QByteArray("<html><body/></html>") << QStringLiteral("root");
        QTest::newRow("no provider")
            << QByteArray("<clientConfig version=\"1.1\"/>") << QStringLiteral("emailProvider");
        QTest::newRow("no servers")
            << wrap("<domain>example.com</domain>") << QStringLiteral("no usable server");
        QTest::newRow("truncated") << wrap(kSmtp).left(120) << QString();
        QTest::newRow("not xml") << QByteArray("\x00\xff\xfe garbage", 12) << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("element in text")
            << wrap("<domain>a<b/>c</domain>" + kSmtp) << QStringLiteral("text only");
        QTest::newRow("too many servers") << wrap(kSmtp.repeated(40)) << QStringLiteral("servers");
    }

    void hostile()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, errorPart);
        ConfigXmlParser parser;
        QVERIFY(!parser.parse(xml));
        QVERIFY(!parser.errorString().isEmpty());
        if (!errorPart.isEmpty())
            QVERIFY2(parser.errorString().contains(errorPart), qPrintable(parser.errorString()));
    }

    void badServersAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QString>("warningPart");
        auto server = [](const char *inner) {
            return QByteArray("<outgoingServer type=\"smtp\">") + inner + "</outgoingServer>";
        };
        QTest::newRow("port not a number")
            << server("<hostname>a.example</hostname><port>abc</port><socketType>SSL</socketType>")
            << QStringLiteral("invalid port");
        QTest::newRow("port too big") << server(
            "<hostname>a.example</hostname><port>70000</port><socketType>SSL</socketType>")
                                      << QStringLiteral("invalid port");
        QTest::newRow("port zero")
            << server("<hostname>a.example</hostname><port>0</port><socketType>SSL</socketType>")
            << QStringLiteral("invalid port");
        QTest::newRow("negative port")
            << server("<hostname>a.example</hostname><port>-25</port><socketType>SSL</socketType>")
            << QStringLiteral("invalid port");
        QTest::newRow("socket type")
            << server("<hostname>a.example</hostname><port>25</port><socketType>maybe</socketType>")
            << QStringLiteral("socketType");
        QTest::newRow("no hostname") << server("<port>25</port><socketType>plain</socketType>")
                                     << QStringLiteral("no hostname");
        QTest::newRow("no port") << server(
            "<hostname>a.example</hostname><socketType>SSL</socketType>")
                                 << QStringLiteral("no port");
        QTest::newRow("bad hostname")
            << server("<hostname>a b;rm -rf</hostname><port>25</port><socketType>SSL</socketType>")
            << QStringLiteral("invalid hostname");
        QTest::newRow("hostname with CRLF") << server(
            "<hostname>a.example&#13;&#10;RCPT</hostname><port>25</port><socketType>SSL</"
            "socketType>") << QStringLiteral("invalid hostname");
    }

    void badServersAreSkipped()
    {
        QFETCH(QByteArray, server);
        QFETCH(QString, warningPart);
        ConfigXmlParser parser;
        const auto record = parser.parse(wrap("<domain>example.com</domain>" + server + kSmtp));
        QVERIFY2(record, qPrintable(parser.errorString()));
        QCOMPARE(record->servers.size(), 1); // only the good one
        QCOMPARE(record->servers.first().host, QStringLiteral("smtp.example.com"));
        QVERIFY2(parser.warnings().join(u'\n').contains(warningPart),
            qPrintable(parser.warnings().join(u'\n')));
    }

    void wrongTypesInExtensions()
    {
        ConfigXmlParser parser;
        const auto record
            = parser.parse(wrap("<domain>example.com</domain><mw:authCode>maybe</"
                                "mw:authCode><mw:setupUrl>javascript:alert(1)</mw:setupUrl>"
                                "<mw:mxPattern>bad pattern!</mw:mxPattern>"
                    + kSmtp,
                "xmlns:mw=\"urn:x-mailwright:provider:1\""));
        QVERIFY(record);
        QVERIFY(!record->info.authCode);
        QVERIFY(record->info.setupUrl.isEmpty());
        QVERIFY(record->mxPatterns.isEmpty());
        QCOMPARE(parser.warnings().size(), 3);
    }

    void foreignNamespaceIsIgnored()
    {
        // Only our namespace carries extras; a look-alike prefix is just unknown.
        ConfigXmlParser parser;
        const auto record = parser.parse(
            wrap("<mw:authCode>true</mw:authCode>" + kSmtp, "xmlns:mw=\"urn:other\""));
        QVERIFY(record);
        QVERIFY(!record->info.authCode);
    }

    void missingUsernameDefaultsToAddress()
    {
        ConfigXmlParser parser;
        const auto record = parser.parse(
            wrap("<outgoingServer type=\"smtp\"><hostname>s.example</hostname><port>587</port>"
                 "<socketType>starttls</socketType></outgoingServer>"));
        QVERIFY(record);
        QCOMPARE(record->servers.first().usernameTemplate, QStringLiteral("%EMAILADDRESS%"));
        QVERIFY(record->servers.first().security == SecurityMode::StartTls);
        QCOMPARE(record->info.id, QStringLiteral("example.com"));
    }

    void idnDomainsBecomeALabels()
    {
        ConfigXmlParser parser;
        const auto record = parser.parse(wrap("<domain>例子.中国</domain>" + kSmtp));
        QVERIFY(record);
        QCOMPARE(record->domains, QStringList { QStringLiteral("xn--fsqu00a.xn--fiqs8s") });
    }
};

QTEST_GUILESS_MAIN(TestConfigXmlParser)
#include "tst_configxmlparser.moc"
