#include "mime/EmailAddress.h"
#include "mime/Mailbox.h"

#include <QTest>

using mw::EmailAddress;
using mw::Mailbox;

namespace {

// Builds "before<c>after" so test rows can hold NUL, lone surrogates and other raw characters.
QString with(const char *before, char16_t c, const char *after)
{
    return QString::fromUtf8(before) + QChar(c) + QString::fromUtf8(after);
}

QString repeated(const char *s, int times)
{
    return QString::fromUtf8(s).repeated(times);
}

// n labels of 63 'a' joined by dots (each label is the longest legal one).
QString longLabels(int n)
{
    QStringList labels;
    for (int i = 0; i < n; ++i)
        labels << QString(63, QLatin1Char(char('a' + i)));
    return labels.join(QLatin1Char('.'));
}

} // namespace

class TestAddress : public QObject {
    Q_OBJECT
private slots:
    void validAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("localPart");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("asciiDomain");
        QTest::addColumn<bool>("needsSmtpUtf8");

        const QString ex = QStringLiteral("example.com");
        QTest::newRow("plain") << QStringLiteral("user@example.com") << QStringLiteral("user") << ex
                               << ex << false;
        QTest::newRow("domain lower-cased, local kept")
            << QStringLiteral("User@EXAMPLE.Com") << QStringLiteral("User") << ex << ex << false;
        const QString atext = QStringLiteral("a.b+tag!#$%&'*/=?^_`{|}~-");
        QTest::newRow("all atext")
            << atext + QStringLiteral("@example.com") << atext << ex << ex << false;
        QTest::newRow("quoted with space")
            << QStringLiteral("\"john doe\"@x.org") << QStringLiteral("\"john doe\"")
            << QStringLiteral("x.org") << QStringLiteral("x.org") << false;
        QTest::newRow("quoted with escapes")
            << QStringLiteral("\"a\\\"b\\\\c\"@x.org") << QStringLiteral("\"a\\\"b\\\\c\"")
            << QStringLiteral("x.org") << QStringLiteral("x.org") << false;
        QTest::newRow("quoted with @ and comma")
            << QStringLiteral("\"a@b,c\"@x.org") << QStringLiteral("\"a@b,c\"")
            << QStringLiteral("x.org") << QStringLiteral("x.org") << false;
        QTest::newRow("local 64 bytes")
            << repeated("a", 64) + QStringLiteral("@x.org") << repeated("a", 64)
            << QStringLiteral("x.org") << QStringLiteral("x.org") << false;
        QTest::newRow("local 64 bytes of UTF-8")
            << repeated("é", 32) + QStringLiteral("@x.org") << repeated("é", 32)
            << QStringLiteral("x.org") << QStringLiteral("x.org") << true;
        QTest::newRow("ZWNJ kept in local part")
            << QStringLiteral("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645@x.org")
            << QStringLiteral("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")
            << QStringLiteral("x.org") << QStringLiteral("x.org") << true;
        QTest::newRow("label 63") << QStringLiteral("a@") + longLabels(1) + QStringLiteral(".org")
                                  << QStringLiteral("a") << longLabels(1) + QStringLiteral(".org")
                                  << longLabels(1) + QStringLiteral(".org") << false;
        // 1 + "@" + 252 = 254: the longest path RFC 5321 §4.5.3.1.3 allows.
        const QString d252 = longLabels(3) + QStringLiteral(".") + repeated("d", 60);
        QTest::newRow("path 254") << QStringLiteral("a@") + d252 << QStringLiteral("a") << d252
                                  << d252 << false;
        QTest::newRow("digits and hyphens")
            << QStringLiteral("a@123.a-b.example.co1") << QStringLiteral("a")
            << QStringLiteral("123.a-b.example.co1") << QStringLiteral("123.a-b.example.co1")
            << false;
        QTest::newRow("IPv4 literal")
            << QStringLiteral("user@[127.0.0.1]") << QStringLiteral("user")
            << QStringLiteral("[127.0.0.1]") << QStringLiteral("[127.0.0.1]") << false;
        QTest::newRow("IPv4 literal, leading zero is decimal")
            << QStringLiteral("user@[017.000.0.1]") << QStringLiteral("user")
            << QStringLiteral("[17.0.0.1]") << QStringLiteral("[17.0.0.1]") << false;
        QTest::newRow("IPv6 literal")
            << QStringLiteral("user@[IPv6:::1]") << QStringLiteral("user")
            << QStringLiteral("[IPv6:::1]") << QStringLiteral("[IPv6:::1]") << false;
        QTest::newRow("IPv6 literal canonicalised")
            << QStringLiteral("user@[ipv6:FE80:0::A]") << QStringLiteral("user")
            << QStringLiteral("[IPv6:fe80::a]") << QStringLiteral("[IPv6:fe80::a]") << false;
        QTest::newRow("Chinese") << QStringLiteral("用户@例子.中国") << QStringLiteral("用户")
                                 << QStringLiteral("例子.中国")
                                 << QStringLiteral("xn--fsqu00a.xn--fiqs8s") << true;
        QTest::newRow("IDN domain only")
            << QStringLiteral("user@bücher.example") << QStringLiteral("user")
            << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example") << false;
        QTest::newRow("IDN upper case")
            << QStringLiteral("user@BÜCHER.Example") << QStringLiteral("user")
            << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example") << false;
        // Qt's fromAce leaves ".example" undecoded unless the TLD whitelist is bypassed.
        QTest::newRow("A-label typed")
            << QStringLiteral("user@XN--BCHER-KVA.example") << QStringLiteral("user")
            << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example") << false;
        QTest::newRow("ideographic full stop")
            << QStringLiteral("user@例子\u3002中国") << QStringLiteral("user")
            << QStringLiteral("例子.中国") << QStringLiteral("xn--fsqu00a.xn--fiqs8s") << false;
    }
    void validAddress()
    {
        QFETCH(QString, text);
        QString error;
        const auto address = EmailAddress::parse(text, &error);
        QVERIFY2(address, qPrintable(error));
        QTEST(address->localPart(), "localPart");
        QTEST(address->domain(), "domain");
        QTEST(address->asciiDomain(), "asciiDomain");
        QTEST(address->needsSmtpUtf8(), "needsSmtpUtf8");
        QCOMPARE(address->toString(), address->localPart() + QLatin1Char('@') + address->domain());
        // The display form parses back to the same value.
        QCOMPARE(EmailAddress::parse(address->toString()), address);
    }

    void invalidAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");

        const QString lineBreak = QStringLiteral("the address contains a line break");
        const QString control = QStringLiteral("the address contains a control character");
        const QString angle = QStringLiteral("the address contains \"<\" or \">\"");
        const QString space = QStringLiteral("the address contains a space");
        const QString invisible = QStringLiteral("invisible formatting character");
        const QString invalidDomain = QStringLiteral("is not a valid internet domain");
        const QString literal = QStringLiteral("is not a valid IP address in brackets");

        QTest::newRow("empty") << QString() << QStringLiteral("the address is empty");
        QTest::newRow("no @") << QStringLiteral("user.example.com")
                              << QStringLiteral("the address has no @");
        QTest::newRow("two @") << QStringLiteral("a@b@c.com")
                               << QStringLiteral("the address has more than one @");
        QTest::newRow("full-width @")
            << QStringLiteral("用户＠例子.中国") << QStringLiteral("full-width");
        // Injection (hostile-server checklist item 19).
        QTest::newRow("CR") << with("a", u'\r', "@x.org") << lineBreak;
        QTest::newRow("LF") << with("a@x.org", u'\n', "") << lineBreak;
        QTest::newRow("CRLF command smuggling")
            << QStringLiteral("a@b.com>\r\nRCPT TO:<x@y.z") << lineBreak;
        QTest::newRow("NEL") << with("a", 0x85, "@x.org") << lineBreak;
        QTest::newRow("U+2028") << with("a", 0x2028, "@x.org") << lineBreak;
        QTest::newRow("U+2029") << with("a@x", 0x2029, ".org") << lineBreak;
        QTest::newRow("LF inside quotes") << with("\"a", u'\n', "b\"@x.org") << lineBreak;
        QTest::newRow("NUL") << with("a", 0, "@x.org") << control;
        QTest::newRow("NUL inside quotes") << with("\"a", 0, "b\"@x.org") << control;
        QTest::newRow("TAB inside quotes") << with("\"a", u'\t', "b\"@x.org") << control;
        QTest::newRow("ESC") << with("a", 0x1b, "@x.org") << control;
        QTest::newRow("DEL") << with("a", 0x7f, "@x.org") << control;
        QTest::newRow("lone surrogate")
            << with("a", 0xd800, "@x.org") << QStringLiteral("contains an invalid character");
        QTest::newRow("bidi override") << with("a", 0x202e, "@x.org") << invisible;
        QTest::newRow("soft hyphen in domain") << with("a@exa", 0xad, "mple.com") << invisible;
        QTest::newRow("angle-wrapped") << QStringLiteral("<a@b.com>") << angle;
        QTest::newRow("SIZE smuggling") << QStringLiteral("a@b.com> SIZE=1") << angle;
        QTest::newRow("'>' inside quotes") << QStringLiteral("\"a> SIZE=1\"@b.com") << angle;
        QTest::newRow("space") << QStringLiteral("a b@x.org") << space;
        QTest::newRow("leading space") << QStringLiteral(" a@x.org") << space;
        QTest::newRow("trailing space") << QStringLiteral("a@x.org ") << space;
        QTest::newRow("space in domain") << QStringLiteral("a@x .org") << space;
        QTest::newRow("no-break space") << with("a", 0xa0, "b@x.org") << space;
        QTest::newRow("ideographic space") << with("a@x", 0x3000, ".org") << space;
        // Local part (RFC 5321 §4.1.2, RFC 5322 §3.2.3).
        QTest::newRow("empty local")
            << QStringLiteral("@x.org") << QStringLiteral("the part before @ is empty");
        QTest::newRow("empty quoted local")
            << QStringLiteral("\"\"@x.org") << QStringLiteral("the part before @ is empty");
        QTest::newRow("local 65 bytes") << repeated("a", 65) + QStringLiteral("@x.org")
                                        << QStringLiteral("longer than 64 bytes");
        QTest::newRow("local 33 chars, 66 bytes") << repeated("é", 33) + QStringLiteral("@x.org")
                                                  << QStringLiteral("longer than 64 bytes");
        QTest::newRow("quoted local 65 bytes") << QStringLiteral("\"") + repeated("a", 63)
                + QStringLiteral("\"@x.org") << QStringLiteral("longer than 64 bytes");
        QTest::newRow("leading dot")
            << QStringLiteral(".a@x.org") << QStringLiteral("starts or ends with a dot");
        QTest::newRow("trailing dot")
            << QStringLiteral("a.@x.org") << QStringLiteral("starts or ends with a dot");
        QTest::newRow("double dot")
            << QStringLiteral("a..b@x.org") << QStringLiteral("two dots in a row");
        QTest::newRow("comma") << QStringLiteral("a,b@x.org")
                               << QStringLiteral("the part before @ contains the character \",\"");
        QTest::newRow("quote inside atom") << QStringLiteral(
            "a\"b\"@x.org") << QStringLiteral("the part before @ contains the character \"\"\"");
        QTest::newRow("unclosed quote")
            << QStringLiteral("\"abc@x.org") << QStringLiteral("are not closed");
        QTest::newRow("escaped closing quote")
            << QStringLiteral("\"abc\\\"@x.org") << QStringLiteral("are not closed");
        QTest::newRow("quoted then atom")
            << QStringLiteral("\"a\"b@x.org") << QStringLiteral("must be the whole part before @");
        // Domain (RFC 5321 §4.1.2, §4.5.3.1.2; RFC 1035 §2.3.1).
        QTest::newRow("empty domain")
            << QStringLiteral("a@") << QStringLiteral("the part after @ is empty");
        QTest::newRow("single label")
            << QStringLiteral("a@b") << QStringLiteral("the domain \"b\" has no dot");
        QTest::newRow("localhost") << QStringLiteral("user@localhost") << QStringLiteral("no dot");
        QTest::newRow("empty label")
            << QStringLiteral("a@b..com") << QStringLiteral("has an empty part between dots");
        QTest::newRow("trailing dot domain")
            << QStringLiteral("a@b.com.") << QStringLiteral("has an empty part between dots");
        QTest::newRow("underscore (toAce accepts it)") << QStringLiteral(
            "a@b_c.com") << QStringLiteral("the domain \"b_c.com\" contains the character \"_\"");
        QTest::newRow("bang") << QStringLiteral("a@b!c.com")
                              << QStringLiteral("contains the character \"!\"");
        QTest::newRow("leading hyphen")
            << QStringLiteral("a@-b.com") << QStringLiteral("starts or ends with a hyphen");
        QTest::newRow("trailing hyphen")
            << QStringLiteral("a@b-.com") << QStringLiteral("starts or ends with a hyphen");
        QTest::newRow("label 64") << QStringLiteral("a@") + repeated("b", 64)
                + QStringLiteral(".com")
                                  << QStringLiteral("has a part longer than 63 bytes");
        QTest::newRow("domain 257") << QStringLiteral("a@") + longLabels(4) + QStringLiteral(".c")
                                    << QStringLiteral("is longer than 255 bytes");
        QTest::newRow("path 255") << QStringLiteral("ab@") + longLabels(3) + QStringLiteral(".")
                + repeated("d", 60)
                                  << QStringLiteral("the address is longer than 254 bytes");
        QTest::newRow("all-numeric TLD")
            << QStringLiteral("a@1.2.3.4") << QStringLiteral("write an IP address in brackets");
        QTest::newRow("IDN rejected by toAce") << with("a@b", 0xfffd, ".com") << invalidDomain;
        QTest::newRow("undecodable A-label") << QStringLiteral("a@xn--a.com") << invalidDomain;
        QTest::newRow("bidi rule (fromAce refuses)")
            << QStringLiteral("a@a\u05d0.com") << invalidDomain;
        QTest::newRow("literal: 3 parts") << QStringLiteral("a@[1.2.3]") << literal;
        QTest::newRow("literal: short form") << QStringLiteral("a@[127.1]") << literal;
        QTest::newRow("literal: octet > 255") << QStringLiteral("a@[256.1.1.1]") << literal;
        QTest::newRow("literal: unclosed") << QStringLiteral("a@[1.2.3.45") << literal;
        QTest::newRow("literal: hex octet") << QStringLiteral("a@[0x1.0.0.1]") << literal;
        QTest::newRow("literal: 4-digit octet") << QStringLiteral("a@[0001.2.3.4]") << literal;
        QTest::newRow("literal: empty") << QStringLiteral("a@[]") << literal;
        QTest::newRow("literal: v6 without tag") << QStringLiteral("a@[::1]") << literal;
        QTest::newRow("literal: v4 with v6 tag") << QStringLiteral("a@[IPv6:1.2.3.4]") << literal;
        QTest::newRow("literal: scope id") << QStringLiteral("a@[IPv6:fe80::1%eth0]") << literal;
        QTest::newRow("literal: bad v6") << QStringLiteral("a@[IPv6:1::2::3]") << literal;
        QTest::newRow("literal: empty v6") << QStringLiteral("a@[IPv6:]") << literal;
        QTest::newRow("literal: general tag") << QStringLiteral("a@[x-tag:abc]") << literal;
    }
    void invalidAddress()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString actual;
        const auto address = EmailAddress::parse(text, &actual);
        QVERIFY2(!address, qPrintable(address ? address->toString() : QString()));
        QVERIFY2(actual.contains(error), qPrintable(actual));
        QVERIFY(!EmailAddress::parse(text)); // no error out-parameter needed
    }

    void smtpPath_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("ascii"); // toSmtpPath(false); empty = refused
        QTest::addColumn<QByteArray>("utf8"); // toSmtpPath(true)
        QTest::newRow("plain") << QStringLiteral("User@Example.com")
                               << QByteArray("User@example.com") << QByteArray("User@example.com");
        // Hostile-server checklist item 22: IDN domain → A-label on the wire, no SMTPUTF8 needed.
        QTest::newRow("IDN domain")
            << QStringLiteral("user@bücher.example") << QByteArray("user@xn--bcher-kva.example")
            << QByteArray("user@xn--bcher-kva.example");
        QTest::newRow("UTF-8 local part") << QStringLiteral("用户@例子.中国") << QByteArray()
                                          << QStringLiteral("用户@xn--fsqu00a.xn--fiqs8s").toUtf8();
        QTest::newRow("quoted") << QStringLiteral("\"john doe\"@x.org")
                                << QByteArray("\"john doe\"@x.org")
                                << QByteArray("\"john doe\"@x.org");
        QTest::newRow("literal") << QStringLiteral("a@[IPv6:::1]") << QByteArray("a@[IPv6:::1]")
                                 << QByteArray("a@[IPv6:::1]");
    }
    void smtpPath()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, ascii);
        QFETCH(QByteArray, utf8);
        const auto address = EmailAddress::parse(text);
        QVERIFY(address);
        const auto noUtf8 = address->toSmtpPath(false);
        QCOMPARE(noUtf8.has_value(), !ascii.isEmpty());
        if (noUtf8)
            QCOMPARE(*noUtf8, ascii);
        QCOMPARE(address->toSmtpPath(true), std::optional<QByteArray>(utf8));
    }

    void equality()
    {
        const auto parse = [](const char *s) { return EmailAddress::parse(QString::fromUtf8(s)); };
        QCOMPARE(parse("User@EXAMPLE.com"), parse("User@example.COM"));
        QVERIFY(parse("user@example.com") != parse("User@example.com"));
        QCOMPARE(parse("user@bücher.example"), parse("user@XN--BCHER-KVA.example"));
        QCOMPARE(parse("a@[IPv6:0::1]"), parse("a@[ipv6:::1]"));
        QVERIFY(parse("a@[127.0.0.1]")->isDomainLiteral());
        QVERIFY(!parse("a@example.com")->isDomainLiteral());
    }

    void mailbox_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::newRow("bare") << QStringLiteral("a@b.co") << QString() << QStringLiteral("a@b.co");
        QTest::newRow("angle only")
            << QStringLiteral("<a@b.co>") << QString() << QStringLiteral("a@b.co");
        QTest::newRow("name") << QStringLiteral("Name <a@b.co>") << QStringLiteral("Name")
                              << QStringLiteral("a@b.co");
        QTest::newRow("spaces trimmed") << QStringLiteral("  John Doe   <  a@b.co >  ")
                                        << QStringLiteral("John Doe") << QStringLiteral("a@b.co");
        QTest::newRow("quoted name with comma")
            << QStringLiteral("\"Doe, John\" <j@d.org>") << QStringLiteral("Doe, John")
            << QStringLiteral("j@d.org");
        QTest::newRow("quoted name with escapes")
            << QStringLiteral("\"Say \\\"hi\\\" \\\\o/\" <a@b.co>")
            << QStringLiteral("Say \"hi\" \\o/") << QStringLiteral("a@b.co");
        QTest::newRow("quoted '<' in name") << QStringLiteral("\"a<b>\" <c@d.co>")
                                            << QStringLiteral("a<b>") << QStringLiteral("c@d.co");
        QTest::newRow("Unicode") << QStringLiteral("张三 <zhang@例子.中国>")
                                 << QStringLiteral("张三") << QStringLiteral("zhang@例子.中国");
        QTest::newRow("address as name") << QStringLiteral("a@b.co <c@d.co>")
                                         << QStringLiteral("a@b.co") << QStringLiteral("c@d.co");
    }
    void mailbox()
    {
        QFETCH(QString, text);
        QString error;
        const auto mailbox = Mailbox::parse(text, &error);
        QVERIFY2(mailbox, qPrintable(error));
        QTEST(mailbox->displayName(), "name");
        QTEST(mailbox->address().toString(), "address");
        QCOMPARE(Mailbox::parse(mailbox->toString()), mailbox);
    }

    void invalidMailbox_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString noAddress = QStringLiteral("no email address found");
        QTest::newRow("empty") << QString() << QStringLiteral("the entry is empty");
        QTest::newRow("blank") << QStringLiteral(" \t ") << QStringLiteral("the entry is empty");
        QTest::newRow("name only") << QStringLiteral("John Doe") << noAddress;
        QTest::newRow("empty brackets") << QStringLiteral("John <>") << noAddress;
        QTest::newRow("trailing text")
            << QStringLiteral("Name <a@b.co> trailing")
            << QStringLiteral("unexpected text after \">\": \"trailing\"");
        QTest::newRow("unclosed <")
            << QStringLiteral("Name <a@b.co") << QStringLiteral("is not closed by");
        QTest::newRow("unclosed quote") << QStringLiteral("\"Doe, John <a@b.co>")
                                        << QStringLiteral("a quote (\") is not closed");
        // Hostile-server checklist item 20: no header can be injected through a name.
        QTest::newRow("CRLF in name") << QStringLiteral("Evil\r\nBcc: x@y.z <a@b.co>")
                                      << QStringLiteral("the name contains a line break");
        QTest::newRow("LF in quoted name") << QStringLiteral("\"Evil\nBcc: x@y.z\" <a@b.co>")
                                           << QStringLiteral("the name contains a line break");
        QTest::newRow("U+2028 in name") << with("Evil", 0x2028, " <a@b.co>")
                                        << QStringLiteral("the name contains a line break");
        QTest::newRow("NUL in name") << with("Nul", 0, " <a@b.co>")
                                     << QStringLiteral("the name contains a control character");
        QTest::newRow("lone surrogate in name") << with(
            "x", 0xdc00, " <a@b.co>") << QStringLiteral("the name contains an invalid character");
        QTest::newRow("bad address")
            << QStringLiteral("Name <a b@c.co>") << QStringLiteral("the address contains a space");
        QTest::newRow("nested brackets")
            << QStringLiteral("Name <<a@b.co>>") << QStringLiteral("unexpected text after");
        QTest::newRow("trailing CRLF")
            << QStringLiteral("a@b.co\r\n") << QStringLiteral("the address contains a line break");
    }
    void invalidMailbox()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!Mailbox::parse(text, &actual));
        QVERIFY2(actual.contains(error), qPrintable(actual));
    }

    void createAndToString()
    {
        const auto address = *EmailAddress::parse(QStringLiteral("j@d.org"));
        const auto shown = [&](const QString &name) {
            const auto mailbox = Mailbox::create(name, address);
            return mailbox ? mailbox->toString() : QStringLiteral("<rejected>");
        };
        QCOMPARE(shown(QString()), QStringLiteral("j@d.org"));
        QCOMPARE(shown(QStringLiteral("John Doe")), QStringLiteral("John Doe <j@d.org>"));
        QCOMPARE(shown(QStringLiteral("Doe, John")), QStringLiteral("\"Doe, John\" <j@d.org>"));
        QCOMPARE(shown(QStringLiteral("Say \"hi\" \\o/")),
            QStringLiteral("\"Say \\\"hi\\\" \\\\o/\" <j@d.org>"));
        QCOMPARE(shown(QStringLiteral(" padded ")), QStringLiteral("\" padded \" <j@d.org>"));
        QCOMPARE(shown(QStringLiteral("Evil\r\nBcc: x@y.z")), QStringLiteral("<rejected>"));

        // Whatever create() accepts survives a round trip through the text form.
        for (const char *name : { "Doe, John", "Say \"hi\" \\o/", " padded ", "a <b>", "张三" }) {
            const auto mailbox = Mailbox::create(QString::fromUtf8(name), address);
            QVERIFY(mailbox);
            QCOMPARE(Mailbox::parse(mailbox->toString()), mailbox);
        }
    }

    void list_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("mixed separators")
            << QStringLiteral("a@b.co; Name <d@e.fo>, \"Doe, John\" <j@d.org>")
            << QStringList { QStringLiteral("a@b.co"), QStringLiteral("Name <d@e.fo>"),
                   QStringLiteral("\"Doe, John\" <j@d.org>") };
        QTest::newRow("empty entries skipped")
            << QStringLiteral(";a@b.co;;  ,d@e.fo;")
            << QStringList { QStringLiteral("a@b.co"), QStringLiteral("d@e.fo") };
        QTest::newRow("separator inside quotes") << QStringLiteral(
            "\"x;y\" <a@b.co>") << QStringList { QStringLiteral("\"x;y\" <a@b.co>") };
        QTest::newRow("quoted local part with comma")
            << QStringLiteral("\"a,b\"@x.org, c@x.org")
            << QStringList { QStringLiteral("\"a,b\"@x.org"), QStringLiteral("c@x.org") };
        QTest::newRow("escaped quote and separator inside quotes")
            << QStringLiteral("\"Say \\\"hi, there\\\"\" <a@b.co>, c@d.co")
            << QStringList { QStringLiteral("\"Say \\\"hi, there\\\"\" <a@b.co>"),
                   QStringLiteral("c@d.co") };
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("only separators") << QStringLiteral(" ; , ") << QStringList();
    }
    void list()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, shown);
        QString error;
        const auto list = Mailbox::parseList(text, &error);
        QVERIFY2(list, qPrintable(error));
        QStringList actual;
        for (const Mailbox &m : *list)
            actual << m.toString();
        QCOMPARE(actual, shown);
    }

    void invalidList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("name only")
            << QStringLiteral("a@b.co, John Doe, c@d.co")
            << QStringLiteral("entry 2 (\"John Doe\"): no email address found; an address looks "
                              "like name@example.com");
        QTest::newRow("position counts non-empty entries")
            << QStringLiteral("a@b.co;;bad@x") << QStringLiteral("entry 2 (\"bad@x\"): ");
        QTest::newRow("placeholders in user text not substituted")
            << QStringLiteral("%1%2%3@x")
            << QStringLiteral("entry 1 (\"%1%2%3@x\"): the domain \"x\" has no dot; mail domains "
                              "look like example.com");
        QTest::newRow("smuggled command, shown on one line")
            << QStringLiteral("a@b.co, x@y.z>\r\nRCPT TO:<e@f.gh>")
            << QStringLiteral("entry 2 (\"x@y.z>\ufffd\ufffdRCPT TO:<e@f.gh>\"): the name contains "
                              "a line break");
        QTest::newRow("long entry truncated")
            << QStringLiteral("a") + repeated("b", 100)
            << QStringLiteral("entry 1 (\"a") + repeated("b", 59) + QStringLiteral("…\"): ");
    }
    void invalidList()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!Mailbox::parseList(text, &actual));
        QVERIFY2(actual.contains(error), qPrintable(actual));
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
