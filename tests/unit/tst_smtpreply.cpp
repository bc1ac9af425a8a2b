// SmtpReply, SmtpReplyParser and parseEnhancedCode (core/smtp/SmtpReply.h):
// the reply grammar of RFC 5321 §4.2 and the enhanced codes of RFC 3463.

#include "smtp/SmtpReply.h"

#include <QTest>

using mw::EnhancedCode;
using mw::SmtpReply;
using mw::SmtpReplyParser;
using Result = mw::SmtpReplyParser::Result;

Q_DECLARE_METATYPE(QList<QByteArray>)

namespace {

// Feeds every line; returns the result of the last one.
Result feedAll(SmtpReplyParser &parser, const QList<QByteArray> &lines)
{
    Result result = Result::NeedMore;
    for (const QByteArray &line : lines)
        result = parser.feedLine(line);
    return result;
}

SmtpReply parseOne(const QList<QByteArray> &lines)
{
    SmtpReplyParser parser;
    const Result result = feedAll(parser, lines);
    if (result != Result::Complete)
        return {};
    return parser.takeReply();
}

// How many U+FFFD an invalid UTF-8 sequence becomes is Qt's business; that
// it becomes at least one, and nothing else, is ours.
QString collapseReplacements(QString text)
{
    const QString twice(2, QChar(QChar::ReplacementCharacter));
    while (text.contains(twice))
        text.replace(twice, QString(QChar(QChar::ReplacementCharacter)));
    return text;
}

SmtpReply replyWithLines(int code, const QList<QByteArray> &lines)
{
    SmtpReply reply;
    reply.code = code;
    reply.lines = lines;
    return reply;
}

} // namespace

class TestSmtpReply : public QObject {
    Q_OBJECT
private slots:
    // --- grammar: what is accepted ------------------------------------------

    void singleLine()
    {
        SmtpReplyParser parser;
        QCOMPARE(parser.isInsideReply(), false);
        QCOMPARE(parser.feedLine("250 OK"), Result::Complete);
        const SmtpReply reply = parser.takeReply();
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.lines, QList<QByteArray> { "OK" });
        QVERIFY(!reply.enhanced.isValid());
        QVERIFY(reply.isValid());
        QCOMPARE(parser.isInsideReply(), false);
    }

    void multiLine()
    {
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine("250-mail.example.com Hello"), Result::NeedMore);
        QVERIFY(parser.isInsideReply());
        QCOMPARE(parser.feedLine("250-PIPELINING"), Result::NeedMore);
        QVERIFY(parser.isInsideReply());
        QCOMPARE(parser.feedLine("250 SIZE 1000"), Result::Complete);
        const SmtpReply reply = parser.takeReply();
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.lines,
            (QList<QByteArray> { "mail.example.com Hello", "PIPELINING", "SIZE 1000" }));
        QVERIFY(!parser.isInsideReply());
    }

    void consecutiveReplies()
    {
        // takeReply() leaves the parser ready for the next reply (pipelining).
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine("250-a"), Result::NeedMore);
        QCOMPARE(parser.feedLine("250 b"), Result::Complete);
        QCOMPARE(parser.takeReply().lines.size(), 2);
        QCOMPARE(parser.feedLine("550 5.1.1 no"), Result::Complete);
        const SmtpReply second = parser.takeReply();
        QCOMPARE(second.code, 550);
        QCOMPARE(second.lines, QList<QByteArray> { "no" });
        QCOMPARE(second.enhanced, (EnhancedCode { 5, 1, 1 }));
    }

    void codeWithoutText()
    {
        // RFC 5321 §4.2: Reply-code [ SP textstring ] CRLF — "250" alone is legal.
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine("250"), Result::Complete);
        const SmtpReply reply = parser.takeReply();
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.lines, QList<QByteArray> { QByteArray() });
        QCOMPARE(reply.text(), QString());
        QCOMPARE(reply.summary(), QStringLiteral("250"));
        // ...and so is a trailing space.
        QCOMPARE(parser.feedLine("354 "), Result::Complete);
        QCOMPARE(parser.takeReply().code, 354);
    }

    void emptyContinuation()
    {
        // "250-" with no text continues the reply.
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine("250-"), Result::NeedMore);
        QVERIFY(parser.isInsideReply());
        QCOMPARE(parser.feedLine("250 done"), Result::Complete);
        const SmtpReply reply = parser.takeReply();
        QCOMPARE(reply.lines, (QList<QByteArray> { QByteArray(), "done" }));
        QCOMPARE(reply.text(), QStringLiteral("done"));
    }

    void validCodes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("code");
        QTest::newRow("200") << QByteArray("200 x") << 200;
        QTest::newRow("220") << QByteArray("220 x") << 220;
        QTest::newRow("235") << QByteArray("235 x") << 235;
        QTest::newRow("251") << QByteArray("251 x") << 251;
        QTest::newRow("334") << QByteArray("334 ") << 334;
        QTest::newRow("354") << QByteArray("354 go") << 354;
        QTest::newRow("421") << QByteArray("421 x") << 421;
        QTest::newRow("554") << QByteArray("554 x") << 554;
        QTest::newRow("559 second digit 5") << QByteArray("559 x") << 559;
        QTest::newRow("550 no text") << QByteArray("550") << 550;
    }
    void validCodes()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, code);
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine(line), Result::Complete);
        QCOMPARE(parser.takeReply().code, code);
    }

    void klassHelpers()
    {
        QVERIFY(replyWithLines(250, {}).isPositive());
        QVERIFY(replyWithLines(354, {}).isPositive());
        QVERIFY(!replyWithLines(421, {}).isPositive());
        QVERIFY(replyWithLines(421, {}).isTransient());
        QVERIFY(!replyWithLines(421, {}).isPermanent());
        QVERIFY(replyWithLines(554, {}).isPermanent());
        QCOMPARE(replyWithLines(554, {}).klass(), 5);
        QVERIFY(!SmtpReply().isValid());
    }

    // --- grammar: what is rejected ------------------------------------------

    void rejected_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::newRow("empty line") << QList<QByteArray> { QByteArray() };
        QTest::newRow("two digits") << QList<QByteArray> { "25" };
        QTest::newRow("non-digit last") << QList<QByteArray> { "25x ok" };
        QTest::newRow("non-digit first") << QList<QByteArray> { "x50 ok" };
        QTest::newRow("non-digit middle") << QList<QByteArray> { "2 0 ok" };
        QTest::newRow("letters") << QList<QByteArray> { "hello?" };
        QTest::newRow("leading space") << QList<QByteArray> { " 250 ok" };
        QTest::newRow("sign") << QList<QByteArray> { "+50 ok" };
        QTest::newRow("000") << QList<QByteArray> { "000 x" };
        QTest::newRow("099") << QList<QByteArray> { "099 x" };
        QTest::newRow("1yz") << QList<QByteArray> { "150 x" };
        QTest::newRow("199") << QList<QByteArray> { "199" };
        QTest::newRow("6yz") << QList<QByteArray> { "600 x" };
        QTest::newRow("699") << QList<QByteArray> { "699 x" };
        QTest::newRow("999") << QList<QByteArray> { "999 hello" };
        QTest::newRow("second digit 6") << QList<QByteArray> { "260 x" };
        QTest::newRow("second digit 9") << QList<QByteArray> { "590 x" };
        QTest::newRow("separator _") << QList<QByteArray> { "220_fake" };
        QTest::newRow("separator tab") << QList<QByteArray> { "250\tok" };
        QTest::newRow("separator digit") << QList<QByteArray> { "2500 ok" };
        QTest::newRow("separator =") << QList<QByteArray> { "250=ok" };
        QTest::newRow("separator CR") << QList<QByteArray> { "250\rok" };
        QTest::newRow("mismatched continuation") << QList<QByteArray> { "220-fake", "250 ok" };
        QTest::newRow("mismatched last digit") << QList<QByteArray> { "250-a", "251 b" };
        QTest::newRow("bad continuation line") << QList<QByteArray> { "250-a", "25" };
        QTest::newRow("continuation of bad code") << QList<QByteArray> { "250-a", "999-b" };
    }
    void rejected()
    {
        QFETCH(QList<QByteArray>, lines);
        SmtpReplyParser parser;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QCOMPARE(parser.feedLine(lines.at(i)), Result::NeedMore);
        QCOMPARE(parser.feedLine(lines.last()), Result::Error);
        QVERIFY(!parser.errorString().isEmpty());
        // The error sticks until reset(): no valid-looking reply after garbage.
        QCOMPARE(parser.feedLine("250 ok"), Result::Error);
        parser.reset();
        QVERIFY(parser.errorString().isEmpty());
        QVERIFY(!parser.isInsideReply());
        QCOMPARE(parser.feedLine("250 ok"), Result::Complete);
        QCOMPARE(parser.takeReply().code, 250);
    }

    void resetDiscardsPartialReply()
    {
        // After STARTTLS the client resets the parser: no pre-TLS line survives.
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine("250-AUTH PLAIN"), Result::NeedMore);
        parser.reset();
        QVERIFY(!parser.isInsideReply());
        QCOMPARE(parser.feedLine("220 hi"), Result::Complete);
        const SmtpReply reply = parser.takeReply();
        QCOMPARE(reply.code, 220);
        QCOMPARE(reply.lines, QList<QByteArray> { "hi" });
    }

    void lineBound_data()
    {
        QTest::addColumn<int>("maxLines");
        QTest::newRow("default 100") << 100;
        QTest::newRow("custom 3") << 3;
    }
    void lineBound()
    {
        QFETCH(int, maxLines);
        SmtpReplyParser bounded = maxLines == 100 ? SmtpReplyParser() : SmtpReplyParser(maxLines);
        // Exactly maxLines lines: fine.
        {
            SmtpReplyParser parser = bounded;
            for (int i = 0; i < maxLines - 1; ++i)
                QCOMPARE(parser.feedLine("250-X-LINE-" + QByteArray::number(i)), Result::NeedMore);
            QCOMPARE(parser.feedLine("250 END"), Result::Complete);
            QCOMPARE(parser.takeReply().lines.size(), maxLines);
        }
        // One more: an error, whichever kind of line comes next.
        for (const QByteArray &extra : { QByteArray("250 END"), QByteArray("250-MORE") }) {
            SmtpReplyParser parser = bounded;
            for (int i = 0; i < maxLines; ++i)
                QCOMPARE(parser.feedLine("250-X-LINE-" + QByteArray::number(i)), Result::NeedMore);
            QCOMPARE(parser.feedLine(extra), Result::Error);
            QVERIFY(!parser.errorString().isEmpty());
        }
    }

    // --- enhanced status codes (RFC 3463, RFC 2034) --------------------------

    void enhancedCodes_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<QString>("enhanced"); // empty = none
        QTest::addColumn<QList<QByteArray>>("text");
        QTest::newRow("5.1.1")
            << QList<QByteArray> { "550 5.1.1 <nobody@example.test>: no such user" }
            << QStringLiteral("5.1.1")
            << QList<QByteArray> { "<nobody@example.test>: no such user" };
        QTest::newRow("2.0.0") << QList<QByteArray> { "250 2.0.0 queued as ABC" }
                               << QStringLiteral("2.0.0") << QList<QByteArray> { "queued as ABC" };
        QTest::newRow("4.7.0") << QList<QByteArray> { "454 4.7.0 TLS not available" }
                               << QStringLiteral("4.7.0")
                               << QList<QByteArray> { "TLS not available" };
        QTest::newRow("microsoft 5.7.139")
            << QList<QByteArray> { "535 5.7.139 Authentication unsuccessful, basic authentication "
                                   "is disabled." }
            << QStringLiteral("5.7.139")
            << QList<QByteArray> {
                   "Authentication unsuccessful, basic authentication is disabled."
               };
        QTest::newRow("3-digit subject")
            << QList<QByteArray> { "550 5.999.999 odd" } << QStringLiteral("5.999.999")
            << QList<QByteArray> { "odd" };
        QTest::newRow("code only") << QList<QByteArray> { "250 2.1.0" } << QStringLiteral("2.1.0")
                                   << QList<QByteArray> { QByteArray() };
        QTest::newRow("tab after code") << QList<QByteArray> { "250 2.1.0\tok" }
                                        << QStringLiteral("2.1.0") << QList<QByteArray> { "ok" };
        QTest::newRow("stripped from every line")
            << QList<QByteArray> { "550-5.7.1 first", "550-5.7.1 second", "550 5.7.1 third" }
            << QStringLiteral("5.7.1") << QList<QByteArray> { "first", "second", "third" };
        QTest::newRow("continuation lines with other detail")
            << QList<QByteArray> { "550-5.7.1 first", "550 5.7.2 second" }
            << QStringLiteral("5.7.1") << QList<QByteArray> { "first", "second" };
        QTest::newRow("empty continuation with code")
            << QList<QByteArray> { "250-2.0.0", "250 2.0.0 ok" } << QStringLiteral("2.0.0")
            << QList<QByteArray> { QByteArray(), "ok" };
        // The class must agree with the reply's first digit.
        QTest::newRow("class mismatch 2 vs 5") << QList<QByteArray> { "250 5.1.1 odd" } << QString()
                                               << QList<QByteArray> { "5.1.1 odd" };
        QTest::newRow("class mismatch 5 vs 4") << QList<QByteArray> { "550 4.2.2 full" }
                                               << QString() << QList<QByteArray> { "4.2.2 full" };
        QTest::newRow("class mismatch 3") << QList<QByteArray> { "354 3.0.0 go" } << QString()
                                          << QList<QByteArray> { "3.0.0 go" };
        QTest::newRow("mismatch on a later line stays") << QList<QByteArray> { "550-5.1.1 a",
            "550 2.0.0 b" } << QStringLiteral("5.1.1") << QList<QByteArray> { "a", "2.0.0 b" };
        // Not an enhanced code at all.
        QTest::newRow("4-digit detail") << QList<QByteArray> { "550 5.7.1234 x" } << QString()
                                        << QList<QByteArray> { "5.7.1234 x" };
        QTest::newRow("4-digit subject") << QList<QByteArray> { "550 5.1000.1 x" } << QString()
                                         << QList<QByteArray> { "5.1000.1 x" };
        QTest::newRow("two parts")
            << QList<QByteArray> { "550 5.1 x" } << QString() << QList<QByteArray> { "5.1 x" };
        QTest::newRow("glued word")
            << QList<QByteArray> { "550 5.1.1x" } << QString() << QList<QByteArray> { "5.1.1x" };
        QTest::newRow("2-digit class") << QList<QByteArray> { "550 55.1.1 x" } << QString()
                                       << QList<QByteArray> { "55.1.1 x" };
        QTest::newRow("empty part")
            << QList<QByteArray> { "550 5..1 x" } << QString() << QList<QByteArray> { "5..1 x" };
        QTest::newRow("ehlo keyword") << QList<QByteArray> { "250-host", "250 8BITMIME" }
                                      << QString() << QList<QByteArray> { "host", "8BITMIME" };
    }
    void enhancedCodes()
    {
        QFETCH(QList<QByteArray>, lines);
        QFETCH(QString, enhanced);
        QFETCH(QList<QByteArray>, text);
        const SmtpReply reply = parseOne(lines);
        QVERIFY(reply.isValid());
        QCOMPARE(reply.enhanced.toString(), enhanced);
        QCOMPARE(reply.enhanced.isValid(), !enhanced.isEmpty());
        QCOMPARE(reply.lines, text);
    }

    void enhancedFieldValues()
    {
        const SmtpReply reply = parseOne({ "535 5.7.139 basic auth disabled" });
        QCOMPARE(reply.enhanced.klass, 5);
        QCOMPARE(reply.enhanced.subject, 7);
        QCOMPARE(reply.enhanced.detail, 139);
    }

    void parseEnhancedCodeDirectly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("used");
        QTest::addColumn<QString>("code");
        QTest::newRow("whole") << QByteArray("5.7.139") << 7 << QStringLiteral("5.7.139");
        QTest::newRow("space follows") << QByteArray("2.0.0 ok") << 5 << QStringLiteral("2.0.0");
        QTest::newRow("leading zeros") << QByteArray("4.007.01 x") << 8 << QStringLiteral("4.7.1");
        QTest::newRow("class 3") << QByteArray("3.0.0") << 0 << QString();
        QTest::newRow("class 1") << QByteArray("1.0.0") << 0 << QString();
        QTest::newRow("class 0") << QByteArray("0.0.0") << 0 << QString();
        QTest::newRow("empty") << QByteArray() << 0 << QString();
        QTest::newRow("trailing dot") << QByteArray("5.1.1.") << 0 << QString();
        QTest::newRow("missing detail") << QByteArray("5.1.") << 0 << QString();
        QTest::newRow("letters") << QByteArray("a.b.c") << 0 << QString();
        QTest::newRow("leading space") << QByteArray(" 5.1.1") << 0 << QString();
    }
    void parseEnhancedCodeDirectly()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, used);
        QFETCH(QString, code);
        EnhancedCode parsed;
        QCOMPARE(mw::parseEnhancedCode(text, &parsed), used);
        QCOMPARE(parsed.toString(), code);
        // A null output pointer is allowed.
        QCOMPARE(mw::parseEnhancedCode(text, nullptr), used);
    }

    // --- text() and summary() for people --------------------------------------

    void text_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<QString>("expected");
        const QString bad = QString(QChar::ReplacementCharacter);
        QTest::newRow("joined with spaces")
            << QList<QByteArray> { "first", "second" } << QStringLiteral("first second");
        QTest::newRow("trimmed, empty skipped")
            << QList<QByteArray> { "  a  ", "", "   ", "b" } << QStringLiteral("a b");
        QTest::newRow("utf-8 kept") << QList<QByteArray> { "d\xc3\xa9j\xc3\xa0 vu \xe2\x9c\x93" }
                                    << QStringLiteral(u"d\u00e9j\u00e0 vu \u2713");
        QTest::newRow("NUL") << QList<QByteArray> { QByteArray("a\0b", 3) }
                             << QStringLiteral("a") + bad + QStringLiteral("b");
        QTest::newRow("bare CR") << QList<QByteArray> { "a\rb" }
                                 << QStringLiteral("a") + bad + QStringLiteral("b");
        QTest::newRow("LF") << QList<QByteArray> { "a\nBcc: x" }
                            << QStringLiteral("a") + bad + QStringLiteral("Bcc: x");
        QTest::newRow("ANSI escape")
            << QList<QByteArray> { "\x1b[31mred" } << bad + QStringLiteral("[31mred");
        QTest::newRow("DEL") << QList<QByteArray> { "a\x7f" } << QStringLiteral("a") + bad;
        QTest::newRow("C1 control U+009B") << QList<QByteArray> { "a\xc2\x9b"
                                                                  "b" }
                                           << QStringLiteral("a") + bad + QStringLiteral("b");
        QTest::newRow("lone continuation byte")
            << QList<QByteArray> { "a\x80z" } << QStringLiteral("a") + bad + QStringLiteral("z");
        QTest::newRow("latin-1 byte") << QList<QByteArray> { "caf\xe9!" }
                                      << QStringLiteral("caf") + bad + QStringLiteral("!");
        QTest::newRow("overlong slash") << QList<QByteArray> { "\xc0\xaf" } << bad;
        QTest::newRow("truncated sequence")
            << QList<QByteArray> { "x\xe2\x9c" } << QStringLiteral("x") + bad;
    }
    void text()
    {
        QFETCH(QList<QByteArray>, lines);
        QFETCH(QString, expected);
        const SmtpReply reply = replyWithLines(550, lines);
        const QString text = reply.text();
        QCOMPARE(collapseReplacements(text), collapseReplacements(expected));
        for (QChar c : text)
            QVERIFY2(
                c.category() != QChar::Other_Control, qPrintable(QString::number(c.unicode(), 16)));
    }

    void textFromParsedLineIsSafe()
    {
        // Whatever a server puts in a line, text() holds no control character.
        QByteArray line = "550 ";
        for (int b = 0; b < 256; ++b) {
            if (b != '\n')
                line.append(char(b));
        }
        const SmtpReply reply = parseOne({ line });
        QCOMPARE(reply.code, 550);
        const QString text = reply.text();
        QVERIFY(!text.isEmpty());
        for (QChar c : text)
            QVERIFY2(
                c.category() != QChar::Other_Control, qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY(text.contains(QStringLiteral("ABC")));
    }

    void summary_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<QString>("summary");
        QTest::newRow("enhanced and text") << QList<QByteArray> { "550 5.1.1 No such user" }
                                           << QStringLiteral("550 5.1.1 No such user");
        QTest::newRow("text only") << QList<QByteArray> { "250 ok" } << QStringLiteral("250 ok");
        QTest::newRow("code only") << QList<QByteArray> { "250" } << QStringLiteral("250");
        QTest::newRow("enhanced only")
            << QList<QByteArray> { "250 2.0.0" } << QStringLiteral("250 2.0.0");
        QTest::newRow("multi-line") << QList<QByteArray> { "554-5.7.1 one", "554 5.7.1 two" }
                                    << QStringLiteral("554 5.7.1 one two");
        QTest::newRow("mismatched class kept in text")
            << QList<QByteArray> { "250 5.0.0 hm" } << QStringLiteral("250 5.0.0 hm");
        QTest::newRow("control sanitised")
            << QList<QByteArray> { "421 bye\x07" }
            << QStringLiteral("421 bye") + QChar(QChar::ReplacementCharacter);
    }
    void summary()
    {
        QFETCH(QList<QByteArray>, lines);
        QFETCH(QString, summary);
        QCOMPARE(parseOne(lines).summary(), summary);
    }

    void enhancedToString()
    {
        QCOMPARE(EnhancedCode().toString(), QString());
        QCOMPARE((EnhancedCode { 4, 4, 1 }).toString(), QStringLiteral("4.4.1"));
        QVERIFY(!EnhancedCode().isValid());
    }
};

QTEST_APPLESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
