// SmtpCommands (core/smtp/SmtpCommands.h): each command renders itself, and
// nothing a user configured can put a CR, LF or stray parameter on the wire.

#include "smtp/SmtpCommands.h"

#include <QTest>

using mw::DsnRequest;
namespace smtp = mw::smtp;

Q_DECLARE_METATYPE(mw::DsnRequest)

namespace {

DsnRequest dsn(DsnRequest::Return ret, const QByteArray &envid, bool success, bool failure,
    bool delay, bool never)
{
    DsnRequest request;
    request.ret = ret;
    request.envelopeId = envid;
    request.notifySuccess = success;
    request.notifyFailure = failure;
    request.notifyDelay = delay;
    request.notifyNever = never;
    return request;
}

// A command line is exactly one line: CRLF at the end and nowhere else.
bool isOneLine(const QByteArray &command)
{
    return command.endsWith("\r\n") && command.count('\r') == 1 && command.count('\n') == 1
        && !command.contains('\0');
}

} // namespace

class TestSmtpCommands : public QObject {
    Q_OBJECT
private slots:
    void simpleCommands()
    {
        QCOMPARE(smtp::ehlo("[192.0.2.1]"), QByteArray("EHLO [192.0.2.1]\r\n"));
        QCOMPARE(smtp::helo("mail.example.test"), QByteArray("HELO mail.example.test\r\n"));
        QCOMPARE(smtp::startTls(), QByteArray("STARTTLS\r\n"));
        QCOMPARE(smtp::data(), QByteArray("DATA\r\n"));
        QCOMPARE(smtp::rset(), QByteArray("RSET\r\n"));
        QCOMPARE(smtp::quit(), QByteArray("QUIT\r\n"));
        QCOMPARE(smtp::authCancel(), QByteArray("*\r\n"));
    }

    // --- xtext (RFC 3461 §4) ---------------------------------------------------

    void xtext_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("plain") << QByteArray("abc-123.XYZ@host") << QByteArray("abc-123.XYZ@host");
        QTest::newRow("plus") << QByteArray("a+b") << QByteArray("a+2Bb");
        QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a+3Db");
        QTest::newRow("space") << QByteArray("a b") << QByteArray("a+20b");
        QTest::newRow("CRLF") << QByteArray("a\r\nb") << QByteArray("a+0D+0Ab");
        QTest::newRow("NUL") << QByteArray("\0", 1) << QByteArray("+00");
        QTest::newRow("tab") << QByteArray("\t") << QByteArray("+09");
        QTest::newRow("DEL") << QByteArray("\x7f") << QByteArray("+7F");
        QTest::newRow("8-bit") << QByteArray("\xc3\xa9\xff") << QByteArray("+C3+A9+FF");
        QTest::newRow("edges of the literal range") << QByteArray("!~") << QByteArray("!~");
        QTest::newRow("specials stay")
            << QByteArray("<>()[]:;,\"\\") << QByteArray("<>()[]:;,\"\\");
        QTest::newRow("parameter injection")
            << QByteArray("x SIZE=1") << QByteArray("x+20SIZE+3D1");
    }
    void xtext()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(smtp::xtext(raw), encoded);
    }

    void xtextEveryByte()
    {
        // Every byte: literal exactly for "!".."~" minus "+" and "=", otherwise
        // "+" and two upper-case hex digits; the output is always printable.
        for (int b = 0; b < 256; ++b) {
            const QByteArray raw(1, char(b));
            const QByteArray out = smtp::xtext(raw);
            const bool literal = b >= 0x21 && b <= 0x7e && b != '+' && b != '=';
            if (literal) {
                QCOMPARE(out, raw);
            } else {
                QCOMPARE(out.size(), 3);
                QCOMPARE(out.at(0), '+');
                QCOMPARE(out.mid(1), QByteArray::number(b, 16).toUpper().rightJustified(2, '0'));
                bool ok = false;
                QCOMPARE(out.mid(1).toInt(&ok, 16), b);
                QVERIFY(ok);
            }
            for (char c : out)
                QVERIFY(c >= 0x21 && c <= 0x7e);
        }
    }

    // --- MAIL FROM -------------------------------------------------------------

    void mailFrom_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("eightBit");
        QTest::addColumn<bool>("smtpUtf8");
        QTest::addColumn<bool>("withDsn");
        QTest::addColumn<DsnRequest>("request");
        QTest::addColumn<QByteArray>("expected");
        const DsnRequest none;
        QTest::newRow("bare") << QByteArray("alice@example.test") << qint64(-1) << false << false
                              << false << none << QByteArray("MAIL FROM:<alice@example.test>\r\n");
        QTest::newRow("null reverse-path") << QByteArray() << qint64(-1) << false << false << false
                                           << none << QByteArray("MAIL FROM:<>\r\n");
        QTest::newRow("size") << QByteArray("a@b.test") << qint64(22) << false << false << false
                              << none << QByteArray("MAIL FROM:<a@b.test> SIZE=22\r\n");
        QTest::newRow("size zero") << QByteArray("a@b.test") << qint64(0) << false << false << false
                                   << none << QByteArray("MAIL FROM:<a@b.test> SIZE=0\r\n");
        QTest::newRow("size 5 GB")
            << QByteArray("a@b.test") << qint64(5000000000LL) << false << false << false << none
            << QByteArray("MAIL FROM:<a@b.test> SIZE=5000000000\r\n");
        QTest::newRow("8bitmime") << QByteArray("a@b.test") << qint64(-1) << true << false << false
                                  << none << QByteArray("MAIL FROM:<a@b.test> BODY=8BITMIME\r\n");
        QTest::newRow("smtputf8") << QByteArray("\xe7\x94\xa8@b.test") << qint64(-1) << false
                                  << true << false << none
                                  << QByteArray("MAIL FROM:<\xe7\x94\xa8@b.test> SMTPUTF8\r\n");
        QTest::newRow("ret full") << QByteArray("a@b.test") << qint64(-1) << false << false << true
                                  << dsn(DsnRequest::Return::Full, {}, false, false, false, false)
                                  << QByteArray("MAIL FROM:<a@b.test> RET=FULL\r\n");
        QTest::newRow("ret hdrs + envid")
            << QByteArray("a@b.test") << qint64(-1) << false << false << true
            << dsn(DsnRequest::Return::Headers, "id1", false, false, false, false)
            << QByteArray("MAIL FROM:<a@b.test> RET=HDRS ENVID=id1\r\n");
        QTest::newRow("envid only, xtext")
            << QByteArray("a@b.test") << qint64(-1) << false << false << true
            << dsn(DsnRequest::Return::Default, "Q+1= x\r\n", false, false, false, false)
            << QByteArray("MAIL FROM:<a@b.test> ENVID=Q+2B1+3D+20x+0D+0A\r\n");
        QTest::newRow("dsn with nothing for MAIL")
            << QByteArray("a@b.test") << qint64(-1) << false << false << true
            << dsn(DsnRequest::Return::Default, {}, true, true, false, false)
            << QByteArray("MAIL FROM:<a@b.test>\r\n");
        QTest::newRow("everything")
            << QByteArray("a@b.test") << qint64(1234) << true << true << true
            << dsn(DsnRequest::Return::Headers, "msg-42", true, false, false, false)
            << QByteArray("MAIL FROM:<a@b.test> SIZE=1234 BODY=8BITMIME SMTPUTF8 RET=HDRS "
                          "ENVID=msg-42\r\n");
    }
    void mailFrom()
    {
        QFETCH(QByteArray, path);
        QFETCH(qint64, size);
        QFETCH(bool, eightBit);
        QFETCH(bool, smtpUtf8);
        QFETCH(bool, withDsn);
        QFETCH(DsnRequest, request);
        QFETCH(QByteArray, expected);
        smtp::MailParameters parameters;
        parameters.size = size;
        parameters.eightBit = eightBit;
        parameters.smtpUtf8 = smtpUtf8;
        if (withDsn)
            parameters.dsn = request;
        const QByteArray line = smtp::mailFrom(path, parameters);
        QCOMPARE(line, expected);
        QVERIFY(isOneLine(line));
    }

    // --- RCPT TO ---------------------------------------------------------------

    void rcptTo_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("withDsn");
        QTest::addColumn<DsnRequest>("request");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("bare") << QByteArray("bob@example.test") << false << DsnRequest()
                              << QByteArray("RCPT TO:<bob@example.test>\r\n");
        QTest::newRow("notify all")
            << QByteArray("bob@example.test") << true
            << dsn(DsnRequest::Return::Default, {}, true, true, true, false)
            << QByteArray("RCPT TO:<bob@example.test> NOTIFY=SUCCESS,FAILURE,DELAY "
                          "ORCPT=rfc822;bob@example.test\r\n");
        QTest::newRow("notify failure")
            << QByteArray("bob@example.test") << true
            << dsn(DsnRequest::Return::Default, {}, false, true, false, false)
            << QByteArray("RCPT TO:<bob@example.test> NOTIFY=FAILURE "
                          "ORCPT=rfc822;bob@example.test\r\n");
        // RFC 3461 §4.1: NEVER excludes the others.
        QTest::newRow("never wins") << QByteArray("bob@example.test") << true
                                    << dsn(DsnRequest::Return::Default, {}, true, true, true, true)
                                    << QByteArray("RCPT TO:<bob@example.test> NOTIFY=NEVER "
                                                  "ORCPT=rfc822;bob@example.test\r\n");
        QTest::newRow("no notify, orcpt only")
            << QByteArray("bob@example.test") << true
            << dsn(DsnRequest::Return::Full, "id", false, false, false, false)
            << QByteArray("RCPT TO:<bob@example.test> "
                          "ORCPT=rfc822;bob@example.test\r\n");
        QTest::newRow("orcpt is xtext")
            << QByteArray("bob+tag=x@example.test") << true
            << dsn(DsnRequest::Return::Default, {}, false, true, false, false)
            << QByteArray("RCPT TO:<bob+tag=x@example.test> NOTIFY=FAILURE "
                          "ORCPT=rfc822;bob+2Btag+3Dx@example.test\r\n");
        QTest::newRow("quoted local part in orcpt")
            << QByteArray("\"john doe\"@example.test") << true
            << dsn(DsnRequest::Return::Default, {}, false, true, false, false)
            << QByteArray("RCPT TO:<\"john doe\"@example.test> NOTIFY=FAILURE "
                          "ORCPT=rfc822;\"john+20doe\"@example.test\r\n");
    }
    void rcptTo()
    {
        QFETCH(QByteArray, path);
        QFETCH(bool, withDsn);
        QFETCH(DsnRequest, request);
        QFETCH(QByteArray, expected);
        const QByteArray line
            = smtp::rcptTo(path, withDsn ? std::optional<DsnRequest>(request) : std::nullopt);
        QCOMPARE(line, expected);
        QVERIFY(isOneLine(line));
    }

    // --- BDAT (RFC 3030) ------------------------------------------------------

    void bdat()
    {
        QCOMPARE(smtp::bdat(22, true), QByteArray("BDAT 22 LAST\r\n"));
        QCOMPARE(smtp::bdat(1048576, false), QByteArray("BDAT 1048576\r\n"));
        QCOMPARE(smtp::bdat(0, true), QByteArray("BDAT 0 LAST\r\n"));
        QCOMPARE(smtp::bdat(5000000000LL, false), QByteArray("BDAT 5000000000\r\n"));
    }

    // --- AUTH (RFC 4954) -------------------------------------------------------

    void auth()
    {
        QCOMPARE(smtp::auth("LOGIN", std::nullopt), QByteArray("AUTH LOGIN\r\n"));
        // §4: "=" stands for an empty initial response.
        QCOMPARE(smtp::auth("EXTERNAL", QByteArray()), QByteArray("AUTH EXTERNAL =\r\n"));
        QCOMPARE(smtp::auth("PLAIN", QByteArray("\0alice\0s3cret-Pw", 16)),
            QByteArray("AUTH PLAIN AGFsaWNlAHMzY3JldC1Qdw==\r\n"));
        QCOMPARE(smtp::auth("XOAUTH2", QByteArray("=")), QByteArray("AUTH XOAUTH2 PQ==\r\n"));
    }

    void authResponse()
    {
        QCOMPARE(smtp::authResponse("alice"), QByteArray("YWxpY2U=\r\n"));
        // An empty response is an empty line (XOAUTH2 after an error challenge).
        QCOMPARE(smtp::authResponse(QByteArray()), QByteArray("\r\n"));
        const QByteArray hostile("\r\n.\r\nMAIL FROM:<x@y>\r\n");
        const QByteArray line = smtp::authResponse(hostile);
        QVERIFY(isOneLine(line));
        QCOMPARE(QByteArray::fromBase64(line.chopped(2)), hostile);
    }

    // --- the EHLO argument -----------------------------------------------------

    void heloArgument_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QByteArray>("expected");
        const QString v4 = QStringLiteral("192.0.2.1");
        QTest::newRow("host name")
            << QStringLiteral("laptop.example.test") << v4 << QByteArray("laptop.example.test");
        QTest::newRow("digits and dash")
            << QStringLiteral("host-01") << v4 << QByteArray("host-01");
        QTest::newRow("configured literal")
            << QStringLiteral("[198.51.100.7]") << v4 << QByteArray("[198.51.100.7]");
        QTest::newRow("255 characters")
            << QString(255, QLatin1Char('a')) << v4 << QByteArray(255, 'a');
        // Anything that could break the command line, or is not a host name,
        // falls back to the address literal.
        QTest::newRow("empty") << QString() << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("CRLF injection")
            << QStringLiteral("host\r\nMAIL FROM:<x@y>") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("CR") << QStringLiteral("host\r") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("LF") << QStringLiteral("host\n") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("space") << QStringLiteral("my host") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("tab") << QStringLiteral("my\thost") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("NUL") << QString::fromLatin1("host\0x", 6) << v4
                             << QByteArray("[192.0.2.1]");
        QTest::newRow("only NUL") << QString(1, QChar(0)) << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("non-ASCII letter")
            << QStringLiteral(u"h\u00f6st") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("IDN") << QStringLiteral(u"\u4f8b\u3048.jp") << v4
                             << QByteArray("[192.0.2.1]");
        QTest::newRow("fullwidth digit")
            << QStringLiteral(u"host\uff11") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("latin-1 superscript")
            << QStringLiteral(u"host\u00b2") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("underscore") << QStringLiteral("my_host") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("angle brackets")
            << QStringLiteral("<host>") << v4 << QByteArray("[192.0.2.1]");
        QTest::newRow("256 characters")
            << QString(256, QLatin1Char('a')) << v4 << QByteArray("[192.0.2.1]");
        // The address literal for each kind of local address (RFC 5321 §4.1.3).
        QTest::newRow("ipv4") << QString() << QStringLiteral("203.0.113.9")
                              << QByteArray("[203.0.113.9]");
        QTest::newRow("ipv6") << QString() << QStringLiteral("2001:db8::1")
                              << QByteArray("[IPv6:2001:db8::1]");
        QTest::newRow("ipv6 loopback")
            << QString() << QStringLiteral("::1") << QByteArray("[IPv6:::1]");
        QTest::newRow("ipv6 scope dropped")
            << QString() << QStringLiteral("fe80::1%eth0") << QByteArray("[IPv6:fe80::1]");
        QTest::newRow("v4-mapped ipv6")
            << QString() << QStringLiteral("::ffff:192.0.2.1") << QByteArray("[192.0.2.1]");
        QTest::newRow("v4-mapped ipv6 hex")
            << QString() << QStringLiteral("::ffff:c000:201") << QByteArray("[192.0.2.1]");
        QTest::newRow("bad name, ipv6") << QStringLiteral("a b") << QStringLiteral("2001:db8::5")
                                        << QByteArray("[IPv6:2001:db8::5]");
        QTest::newRow("no address") << QString() << QString() << QByteArray("[127.0.0.1]");
        QTest::newRow("garbage address")
            << QString() << QStringLiteral("not an address") << QByteArray("[127.0.0.1]");
    }
    void heloArgument()
    {
        QFETCH(QString, configured);
        QFETCH(QString, local);
        QFETCH(QByteArray, expected);
        const QByteArray argument = smtp::heloArgument(configured, local);
        QCOMPARE(argument, expected);
        for (char c : argument)
            QVERIFY2(c > 0x20 && c < 0x7f, qPrintable(QString::number(uchar(c), 16)));
        QVERIFY(isOneLine(smtp::ehlo(argument)));
    }
};

QTEST_APPLESS_MAIN(TestSmtpCommands)
#include "tst_smtpcommands.moc"
