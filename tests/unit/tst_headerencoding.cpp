// Header folding, RFC 2047 encoded words, address fields, RFC 2231 parameters and the values
// that identify a message (HeaderFolder, EncodedWords, HeaderEncoding, MimeParameters,
// MessageIdentity).
#include "mime/EncodedWords.h"
#include "mime/HeaderEncoding.h"
#include "mime/HeaderFolder.h"
#include "mime/MessageIdentity.h"
#include "mime/MimeParameters.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace mw;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Mailbox mailbox(const QString &name, const char *address)
{
    return *Mailbox::create(name, *EmailAddress::parse(QString::fromUtf8(address)));
}

// The field body: what follows "Name:" with the final CRLF removed.
QByteArray bodyOf(const QByteArray &field)
{
    return field.mid(field.indexOf(':') + 1).chopped(2);
}

// Every structural promise a folded field makes; returns an empty string or what is wrong.
QByteArray fieldProblem(const QByteArray &field)
{
    if (!field.endsWith("\r\n"))
        return "no final CRLF";
    const QList<QByteArray> lines = field.chopped(2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return "bare LF";
            line.chop(1);
        }
        if (line.contains('\r'))
            return "bare CR";
        if (line.size() > HeaderFolder::kMaxLine)
            return "line over 78: " + line;
        if (i > 0 && !line.startsWith(' '))
            return "continuation without leading space: " + line;
        if (line.trimmed().isEmpty())
            return "blank line";
    }
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?([BQ])\\?([^?]*)\\?="));
    auto it = word.globalMatch(QString::fromLatin1(field));
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedLength() > 75)
            return "encoded word over 75";
        // §5 rule 3: each word decodes to whole UTF-8 characters on its own.
        const QString single = decodeEncodedWords(match.captured().toLatin1());
        if (single.contains(QChar::ReplacementCharacter))
            return "encoded word splits a character: " + match.captured().toLatin1();
    }
    return {};
}

QString randomText(QRandomGenerator &random, int length)
{
    static const char32_t pool[] = { U'a', U'Z', U'0', U' ', U' ', U'=', U'?', U'_', U'"', U'\t',
        U'中', U'文', U'字', U'é', U'ß', U'😀', U'👍', U'🇨', U'Я', U'ع', U'\\', U'(', U',' };
    QString out;
    for (int i = 0; i < length; ++i) {
        const char32_t c = pool[random.bounded(int(std::size(pool)))];
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace

class TestHeaderEncoding : public QObject {
    Q_OBJECT
private slots:
    void unstructuredGolden_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("ascii") << u8("Hello world") << QByteArray("Subject: Hello world\r\n");
        QTest::newRow("empty") << QString() << QByteArray("Subject:\r\n");
        QTest::newRow("double space kept") << u8("a  b") << QByteArray("Subject: a  b\r\n");
        QTest::newRow("chinese") << u8("中文") << QByteArray("Subject: =?UTF-8?B?5Lit5paH?=\r\n");
        QTest::newRow("leading space encoded")
            << u8(" leading") << QByteArray("Subject: =?UTF-8?Q?_leading?=\r\n");
        QTest::newRow("looks like an encoded word")
            << u8("=?x?") << QByteArray("Subject: =?UTF-8?B?PT94Pw==?=\r\n");
        QTest::newRow("tab") << u8("a\tb") << QByteArray("Subject: =?UTF-8?B?YQli?=\r\n");
        QTest::newRow("line break is never raw")
            << u8("a\r\nBcc: x") << QByteArray("Subject: =?UTF-8?B?YQ0KQmNjOiB4?=\r\n");
        QTest::newRow("mixed, Q is shorter")
            << u8("Re: Meeting notes for the café")
            << QByteArray("Subject: =?UTF-8?Q?Re=3A_Meeting_notes_for_the_caf=C3=A9?=\r\n");
        QTest::newRow("folded ascii")
            << u8("The quick brown fox jumps over the lazy dog and keeps running past the "
                  "barn until evening")
            << QByteArray(
                   "Subject: The quick brown fox jumps over the lazy dog and keeps running past\r\n"
                   " the barn until evening\r\n");
        QTest::newRow("fold keeps a run of spaces")
            << QString(66, u'x') + u8("   tail")
            << QByteArray("Subject: ") + QByteArray(66, 'x') + "\r\n   tail\r\n";
        QTest::newRow("word too long to fold") << QString(80, u'y')
                                               << QByteArray("Subject: =?UTF-8?Q?")
                + QByteArray(57, 'y') + "?=\r\n =?UTF-8?Q?" + QByteArray(23, 'y') + "?=\r\n";
        QTest::newRow("long chinese")
            << u8("关于二〇二五年度第一季度财务报告与预算调整的会议通知（请于周五前回复）")
            << QByteArray(
                   "Subject: "
                   "=?UTF-8?B?5YWz5LqO5LqM44CH5LqM5LqU5bm05bqm56ys5LiA5a2j5bqm6LSi5Yqh?=\r\n"
                   " =?UTF-8?B?5oql5ZGK5LiO6aKE566X6LCD5pW055qE5Lya6K6u6YCa55+l77yI6K+35LqO?=\r\n"
                   " =?UTF-8?B?5ZGo5LqU5YmN5Zue5aSN77yJ?=\r\n");
    }
    void unstructuredGolden()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, field);
        const QByteArray out = unstructuredField("Subject", value);
        QCOMPARE(out, field);
        QCOMPARE(fieldProblem(out), QByteArray());
        QCOMPARE(decodeEncodedWords(bodyOf(out)).mid(1), value); // mid(1): the space after ':'
    }

    // Any text, any field name length: lines within 78, words within 75 and whole characters,
    // and decoding gives the text back exactly.
    void unstructuredProperties()
    {
        QRandomGenerator random(2047);
        for (int round = 0; round < 400; ++round) {
            const QString text = randomText(random, random.bounded(0, 120));
            const QByteArray name = QByteArray(random.bounded(1, 30), 'X');
            const QByteArray out = unstructuredField(name, text);
            QVERIFY2(fieldProblem(out).isEmpty(), (fieldProblem(out) + " in " + out).constData());
            const QString decoded = decodeEncodedWords(bodyOf(out));
            QCOMPARE(text.isEmpty() ? decoded : decoded.mid(1), text);
        }
    }

    void emojiIsNeverSplit()
    {
        const QString text = QString(u8("😀")).repeated(40);
        const QByteArray out = unstructuredField("Subject", text);
        QCOMPARE(fieldProblem(out), QByteArray());
        QCOMPARE(decodeEncodedWords(bodyOf(out)).mid(1), text);
    }

    void decodeOthers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QByteArray("hello  world") << u8("hello  world");
        QTest::newRow("gap between words dropped")
            << QByteArray("=?utf-8?b?5Lit?=\r\n =?UTF-8?Q?=E6=96=87?=") << u8("中文");
        QTest::newRow("gap to text kept")
            << QByteArray("=?UTF-8?Q?a?= b =?UTF-8?Q?c?=") << u8("a b c");
        QTest::newRow("split sequence joined")
            << QByteArray("=?UTF-8?Q?=E4=B8?= =?UTF-8?Q?=AD?=") << u8("中");
        QTest::newRow("latin1") << QByteArray("=?ISO-8859-1?Q?caf=E9?=") << u8("café");
        QTest::newRow("language tag") << QByteArray("=?UTF-8*zh?B?5Lit?=") << u8("中");
        QTest::newRow("malformed kept") << QByteArray("=?UTF-8?X?abc?=") << u8("=?UTF-8?X?abc?=");
    }
    void decodeOthers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(decodeEncodedWords(body), text);
    }

    void addressGolden_data()
    {
        QTest::addColumn<QList<Mailbox>>("mailboxes");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("bare") << QList { mailbox({}, "a@b.cn") } << QByteArray("To: a@b.cn\r\n");
        QTest::newRow("atoms") << QList { mailbox(u8("John Doe"), "john@example.com") }
                               << QByteArray("To: John Doe <john@example.com>\r\n");
        QTest::newRow("specials quoted") << QList { mailbox(u8("Doe, John"), "j@d.org") }
                                         << QByteArray("To: \"Doe, John\" <j@d.org>\r\n");
        QTest::newRow("quotes escaped") << QList { mailbox(u8("a\"b\\c"), "j@d.org") }
                                        << QByteArray("To: \"a\\\"b\\\\c\" <j@d.org>\r\n");
        QTest::newRow("chinese") << QList { mailbox(u8("张三"), "zhangsan@example.com") }
                                 << QByteArray(
                                        "To: =?UTF-8?B?5byg5LiJ?= <zhangsan@example.com>\r\n");
        QTest::newRow("idn as A-labels")
            << QList { mailbox(u8("李四"), "li@例子.中国") }
            << QByteArray("To: =?UTF-8?B?5p2O5Zub?= <li@xn--fsqu00a.xn--fiqs8s>\r\n");
        QTest::newRow("injection attempt is only text")
            << QList { mailbox(u8("x Bcc: evil@example.com"), "j@d.org") }
            << QByteArray("To: \"x Bcc: evil@example.com\" <j@d.org>\r\n");
        QTest::newRow("list folds between mailboxes")
            << QList { mailbox(u8("Alice Example"), "alice@example.com"),
                   mailbox(u8("Bob Example"), "bob@example.com"),
                   mailbox(u8("王小明"), "wxm@example.cn") }
            << QByteArray(
                   "To: Alice Example <alice@example.com>, Bob Example <bob@example.com>,\r\n"
                   " =?UTF-8?B?546L5bCP5piO?= <wxm@example.cn>\r\n");
    }
    void addressGolden()
    {
        QFETCH(QList<Mailbox>, mailboxes);
        QFETCH(QByteArray, field);
        const QByteArray out = addressField("To", mailboxes);
        QCOMPARE(out, field);
        QCOMPARE(fieldProblem(out), QByteArray());
    }

    // A name that fits one encoded word on a fresh line is moved there whole rather than split
    // at the end of the current line.
    void nameFoldsRatherThanSplits()
    {
        const QString name = u8("北京某某科技有限公司客服中心"); // 14 characters, 42 bytes
        const QByteArray out = addressField(
            "To", { mailbox(u8("Alice"), "alice@example.com"), mailbox(name, "kf@example.cn") });
        QCOMPARE(out,
            "To: Alice <alice@example.com>,\r\n =?UTF-8?B?" + name.toUtf8().toBase64()
                + "?=\r\n <kf@example.cn>\r\n");
        QCOMPARE(fieldProblem(out), QByteArray());
    }

    void phrases_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("phrase");
        QTest::newRow("atom") << u8("Support") << QByteArray("Support");
        QTest::newRow("two spaces need quotes") << u8("A  B") << QByteArray("\"A  B\"");
        QTest::newRow("dot needs quotes") << u8("J. Doe") << QByteArray("\"J. Doe\"");
        QTest::newRow("encoded-word lookalike")
            << u8("=?UTF-8?B?5Lit?=") << QByteArray("=?UTF-8?B?PT9VVEYtOD9CPzVMaXQ/PQ==?=");
        QTest::newRow("emoji") << u8("Ann 👍") << QByteArray("=?UTF-8?B?QW5uIPCfkY0=?=");
    }
    void phrases()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, phrase);
        QCOMPARE(encodedPhrase(name), phrase);
    }

    void longNamesStayWithinLines()
    {
        QRandomGenerator random(5322);
        for (int round = 0; round < 200; ++round) {
            QList<Mailbox> list;
            for (int i = random.bounded(1, 6); i > 0; --i) {
                QString name = randomText(random, random.bounded(0, 60)).remove(u'\t');
                list.append(mailbox(name, "someone@example.com"));
            }
            const QByteArray out = addressField("Cc", list);
            QVERIFY2(fieldProblem(out).isEmpty(), (fieldProblem(out) + " in " + out).constData());
        }
    }

    void contentType()
    {
        QCOMPARE(contentTypeField("text/plain", { { "charset", "UTF-8" } }),
            QByteArray("Content-Type: text/plain; charset=UTF-8\r\n"));
        QCOMPARE(contentTypeField("multipart/mixed", { { "boundary", "=_mw.abc" } }),
            QByteArray("Content-Type: multipart/mixed; boundary=\"=_mw.abc\"\r\n"));
        QCOMPARE(contentTypeField("application/pdf", {}, u8("report.pdf")),
            QByteArray("Content-Type: application/pdf; name=\"report.pdf\"\r\n"));
        QCOMPARE(contentTypeField("application/pdf", {}, u8("报告.pdf")),
            QByteArray("Content-Type: application/pdf; name=\"=?UTF-8?B?5oql5ZGKLnBkZg==?=\"\r\n"));
        QCOMPARE(contentTypeField("text/plain", {}, u8("..\\evil\"name.txt")),
            QByteArray(
                "Content-Type: text/plain; name=\"=?UTF-8?B?Li5cZXZpbCJuYW1lLnR4dA==?=\"\r\n"));
    }

    void contentDisposition()
    {
        QCOMPARE(contentDispositionField("attachment", u8("report.pdf")),
            QByteArray("Content-Disposition: attachment; filename=\"report.pdf\"\r\n"));
        QCOMPARE(
            contentDispositionField("inline", {}), QByteArray("Content-Disposition: inline\r\n"));
        QCOMPARE(contentDispositionField("attachment", u8("..\\evil\"name.txt")),
            QByteArray(
                "Content-Disposition: attachment; filename*=UTF-8''..%5Cevil%22name.txt\r\n"));
        QCOMPARE(contentDispositionField("attachment", u8("报告 1.pdf")),
            QByteArray("Content-Disposition: attachment; "
                       "filename*=UTF-8''%E6%8A%A5%E5%91%8A%201.pdf\r\n"));
    }

    void longFileNameContinuations()
    {
        const QString name = QString(u8("季度财务报告附件")).repeated(25) + u8(".pdf"); // 204 chars
        const QByteArray disposition = contentDispositionField("attachment", name);
        QCOMPARE(fieldProblem(disposition), QByteArray());
        // RFC 2231 §3: filename*0*=UTF-8''..., filename*1*=..., joined and percent-decoded.
        static const QRegularExpression piece(QStringLiteral("filename\\*(\\d+)\\*=([^;\\r]*)"));
        QByteArray joined;
        int expectedIndex = 0;
        auto it = piece.globalMatch(QString::fromLatin1(disposition));
        while (it.hasNext()) {
            const auto match = it.next();
            QCOMPARE(match.captured(1).toInt(), expectedIndex++);
            joined += match.captured(2).toLatin1();
        }
        QVERIFY(expectedIndex > 1);
        QVERIFY(joined.startsWith("UTF-8''"));
        QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(joined.mid(7))), name);

        const QByteArray type = contentTypeField("application/pdf", {}, name);
        QCOMPARE(fieldProblem(type), QByteArray());
        const QByteArray quoted = bodyOf(type).mid(bodyOf(type).indexOf("name=\"") + 6).chopped(1);
        QCOMPARE(decodeEncodedWords(quoted), name);
    }

    void rfc2231Encoding()
    {
        QCOMPARE(rfc2231Encode(u8("a b*'%中.txt")), QByteArray("a%20b%2A%27%25%E4%B8%AD.txt"));
    }

    void dates_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("beijing") << QDateTime(QDate(2024, 12, 3), QTime(9, 5, 7), Qt::OffsetFromUTC,
            8 * 3600) << QByteArray("Tue, 03 Dec 2024 09:05:07 +0800");
        QTest::newRow("newfoundland") << QDateTime(
            QDate(2025, 1, 26), QTime(23, 59, 59), Qt::OffsetFromUTC, -(3 * 3600 + 1800))
                                      << QByteArray("Sun, 26 Jan 2025 23:59:59 -0330");
        QTest::newRow("utc") << QDateTime(QDate(2000, 2, 29), QTime(0, 0), Qt::UTC)
                             << QByteArray("Tue, 29 Feb 2000 00:00:00 +0000");
    }
    void dates()
    {
        QFETCH(QDateTime, when);
        QFETCH(QByteArray, text);
        QCOMPARE(rfc5322Date(when), text);
    }

    void identities()
    {
        QRandomGenerator random(1);
        const QByteArray boundary = newBoundary(random);
        QVERIFY(boundary.size() <= 70);
        QVERIFY(QRegularExpression(QStringLiteral("^=_mw\\.[A-Za-z0-9]{24}$"))
                    .match(QString::fromLatin1(boundary))
                    .hasMatch());
        QVERIFY(newBoundary(random) != boundary);

        const QByteArray id = newMessageId(random, "example.com", QDateTime::currentDateTime());
        QVERIFY(isValidMessageId(id));
        QVERIFY(id.endsWith("@example.com"));
        QVERIFY(isValidMessageId("a@[192.0.2.1]"));
        QVERIFY(!isValidMessageId("no-at-sign"));
        QVERIFY(!isValidMessageId("a@b@c"));
        QVERIFY(!isValidMessageId("a b@c"));
        QVERIFY(!isValidMessageId("a@b>\r\nBcc: x"));
    }
};

QTEST_APPLESS_MAIN(TestHeaderEncoding)
#include "tst_headerencoding.moc"
