// MessageWriter's output read back by an independent parser: Python's email package
// (tests/support/mime_roundtrip.py, policy.default). Subject, names, addresses, bodies and every
// attachment's bytes must come back exactly. python3 is required: without it the test fails.
#include "mime/HeaderEncoding.h"
#include "mime/MessageWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Mailbox mailbox(const char *text)
{
    return *Mailbox::parse(QString::fromUtf8(text));
}

struct ExpectedPart {
    QString fileName;
    QString contentType;
    QString disposition;
    QString contentId; // with <>, or empty
    QByteArray bytes;
};

QJsonArray mailboxesJson(const QList<Mailbox> &list)
{
    QJsonArray out;
    for (const Mailbox &m : list) {
        out.append(QJsonObject { { u8("name"), m.displayName() },
            { u8("address"), QString::fromUtf8(headerAddress(m.address())) } });
    }
    return out;
}

QJsonArray partsJson(const QList<ExpectedPart> &parts)
{
    QJsonArray out;
    for (const ExpectedPart &p : parts) {
        out.append(QJsonObject { { u8("filename"), p.fileName },
            { u8("content_type"), p.contentType }, { u8("disposition"), p.disposition },
            { u8("content_id"), p.contentId.isEmpty() ? QJsonValue() : QJsonValue(p.contentId) },
            { u8("size"), p.bytes.size() },
            { u8("sha256"),
                QString::fromLatin1(
                    QCryptographicHash::hash(p.bytes, QCryptographicHash::Sha256).toHex()) } });
    }
    return out;
}

// Header defects Python reports for the RFC 2047 name="..." fallback, which RFC 2047 §5 forbids
// but some readers need (see MimeParameters.h). Anything else is a real defect.
bool isExpectedDefect(const QJsonObject &defect)
{
    const QString text = defect[u8("defect")].toString();
    return defect[u8("header")].toString() == u8("Content-Type")
        && (text.contains(u8("encoded word inside quoted string"))
            || text.contains(u8("missing trailing whitespace after encoded-word")));
}

class Fixture {
public:
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
    }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QByteArray randomBytes(quint32 seed, qsizetype n)
{
    QRandomGenerator random(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

} // namespace

class TestMimeRoundTrip : public QObject {
    Q_OBJECT

    // Writes the draft through MessageWriter, parses the result with Python, and returns the
    // parser's view; fails the test on a writer, size or parser problem.
    QJsonObject roundTrip(const MessageDraft &draft, MessageWriter::Options options = {})
    {
        options.appVersion = u8("0.1.0");
        DraftError error;
        auto writer = MessageWriter::create(draft, options, &error);
        if (!writer) {
            QTest::qFail(qPrintable(u8("create() failed: ") + error.text), __FILE__, __LINE__);
            return {};
        }
        QByteArray message;
        while (!writer->atEnd()) {
            const QByteArray chunk = writer->read(65536 + 3);
            if (chunk.isEmpty()) {
                QTest::qFail(qPrintable(writer->errorString()), __FILE__, __LINE__);
                return {};
            }
            message += chunk;
        }
        if (writer->size() != message.size()) {
            QTest::qFail("size() differs from the bytes produced", __FILE__, __LINE__);
            return {};
        }
        m_lastMessage = message;
        return parse(message);
    }

    QJsonObject parse(const QByteArray &message)
    {
        const QString python = QStandardPaths::findExecutable(u8("python3"));
        if (python.isEmpty()) {
            QTest::qFail(
                "python3 is required for this test (scripts/test installs it)", __FILE__, __LINE__);
            return {};
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u8("message.eml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size()) {
            QTest::qFail("cannot write the message file", __FILE__, __LINE__);
            return {};
        }
        file.close();
        QProcess process;
        process.start(python, { QStringLiteral(MAILWRIGHT_MIME_ROUNDTRIP_SCRIPT), path });
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            QTest::qFail(qPrintable(u8("mime_roundtrip.py failed: ") + process.errorString()
                             + u8(" ") + QString::fromUtf8(process.readAllStandardError())),
                __FILE__, __LINE__);
            return {};
        }
        const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput());
        if (!json.isObject())
            QTest::qFail("mime_roundtrip.py printed no JSON object", __FILE__, __LINE__);
        return json.object();
    }

    static void checkNoDefects(const QJsonObject &parsed)
    {
        for (const QJsonValue &value : parsed[u8("defects")].toArray()) {
            const QJsonObject defect = value.toObject();
            QVERIFY2(isExpectedDefect(defect),
                qPrintable(
                    QString::fromUtf8(QJsonDocument(defect).toJson(QJsonDocument::Compact))));
        }
    }

    QByteArray m_lastMessage;

private slots:
    void chineseEverything()
    {
        Fixture files;
        const QString longName
            = QString(u8("关于二〇二五年度第一季度财务报告与预算调整的说明")).repeated(9).left(196)
            + u8(".pdf"); // 200 characters
        QCOMPARE(longName.size(), 200);
        const QByteArray pdf = randomBytes(1, 50000);
        const QByteArray evil = "not really evil\n";
        const QByteArray report = randomBytes(2, 57 * 3 + 1);

        MessageDraft draft;
        draft.from = mailbox("张三 <zhangsan@example.com>");
        draft.to = { mailbox("李四 <lisi@example.cn>"),
            mailbox("\"Doe, John\" <john.doe@example.org>"), mailbox("欧阳娜娜 <ouyang@例子.中国>"),
            mailbox("😀 Emoji Fan <emoji@example.com>"), mailbox("plain@example.net") };
        draft.cc = { mailbox("Ünïcødé Tëster <u@example.org>"),
            mailbox("\"quote\\\"back\\\\slash\" <q@example.org>") };
        draft.replyTo = { mailbox("客服中心 <support@example.com>") };
        draft.bcc = { mailbox("秘密 <hidden@example.org>") };
        draft.subject = u8("【重要】关于2025年第一季度 Q1 财务报告 😀 的说明与附件（请查收）— Re: "
                           "会议纪要 & 预算调整");
        draft.textBody
            = u8("李四，你好：\n\n附件是第一季度的财务报告，请查收。\n如有问题请随时联系我。 \n\n"
                 "祝好！😀\n-- \n张三\n");
        draft.attachments = {
            { files.file(u8("report.pdf"), pdf), longName, {}, {} },
            { files.file(u8("empty.bin"), {}), {}, {}, {} },
            { files.file(u8("..\\evil\"name.txt"), evil), {}, {}, {} },
            { files.file(u8("r.dat"), report), u8("📎 季度报告 Q1.xlsx"),
                u8("application/vnd.ms-excel"), {} },
        };

        const QJsonObject parsed = roundTrip(draft);
        QVERIFY(!parsed.isEmpty());
        checkNoDefects(parsed);
        QCOMPARE(parsed[u8("subject")].toString(), draft.subject);
        QCOMPARE(parsed[u8("from")].toArray(), mailboxesJson({ *draft.from }));
        QCOMPARE(parsed[u8("to")].toArray(), mailboxesJson(draft.to));
        QCOMPARE(parsed[u8("cc")].toArray(), mailboxesJson(draft.cc));
        QCOMPARE(parsed[u8("reply_to")].toArray(), mailboxesJson(draft.replyTo));
        QCOMPARE(parsed[u8("bcc")].toArray(), QJsonArray());
        QVERIFY(!m_lastMessage.contains("hidden"));
        QCOMPARE(parsed[u8("text")].toString(), draft.textBody);
        QVERIFY(parsed[u8("html")].isNull());
        QCOMPARE(parsed[u8("structure")].toString(),
            u8("multipart/mixed(text/plain,application/pdf,application/octet-stream,text/plain,"
               "application/vnd.ms-excel)"));
        QCOMPARE(parsed[u8("parts")].toArray(),
            partsJson({ { longName, u8("application/pdf"), u8("attachment"), {}, pdf },
                { u8("empty.bin"), u8("application/octet-stream"), u8("attachment"), {}, {} },
                { u8("..\\evil\"name.txt"), u8("text/plain"), u8("attachment"), {}, evil },
                { u8("📎 季度报告 Q1.xlsx"), u8("application/vnd.ms-excel"), u8("attachment"), {},
                    report } }));
        QCOMPARE(parsed[u8("user_agent")].toString(), u8("Mailwright/0.1.0"));
        QCOMPARE(parsed[u8("mime_version")].toString(), u8("1.0"));
        QVERIFY(parsed[u8("message_id")].toString().endsWith(u8("@example.com>")));
        QVERIFY(!parsed[u8("date")].toString().isEmpty());
    }

    void emptyBodyAndSubject()
    {
        MessageDraft draft;
        draft.from = mailbox("a@example.com");
        draft.to = { mailbox("b@example.com") };
        const QJsonObject parsed = roundTrip(draft);
        QVERIFY(!parsed.isEmpty());
        checkNoDefects(parsed);
        QCOMPARE(parsed[u8("subject")].toString(), QString());
        QCOMPARE(parsed[u8("text")].toString(), QString());
        QCOMPARE(parsed[u8("structure")].toString(), u8("text/plain"));
    }

    void twentyAttachments()
    {
        Fixture files;
        static const char *const extensions[]
            = { "txt", "png", "pdf", "jpg", "zip", "csv", "json", "html", "xml", "bin" };
        static const QMimeDatabase database;
        MessageDraft draft;
        draft.from = mailbox("发件人 <from@example.com>");
        draft.to = { mailbox("收件人 <to@example.com>") };
        draft.subject = u8("20 个附件");
        draft.textBody = u8("见附件。");
        QList<ExpectedPart> expected;
        for (int i = 0; i < 20; ++i) {
            // Sizes around base64's 3-byte groups and 57-byte lines, and some larger ones.
            static const int sizes[] = { 0, 1, 2, 3, 4, 56, 57, 58, 113, 114, 115, 1000, 4095,
                65536, 233472, 233473, 100, 7, 999, 300000 };
            const QString name = QStringLiteral("附件-%1.%2")
                                     .arg(i, 2, 10, QLatin1Char('0'))
                                     .arg(QLatin1String(extensions[i % 10]));
            const QByteArray bytes = randomBytes(100 + i, sizes[i]);
            const QString path = files.file(name, bytes);
            QString type = database.mimeTypeForFile(path).name();
            if (type == u8("application/x-zerosize"))
                type = u8("application/octet-stream");
            draft.attachments.append({ path, {}, {}, {} });
            expected.append({ name, type, u8("attachment"), {}, bytes });
        }
        const QJsonObject parsed = roundTrip(draft);
        QVERIFY(!parsed.isEmpty());
        checkNoDefects(parsed);
        QCOMPARE(parsed[u8("text")].toString(), draft.textBody);
        QCOMPARE(parsed[u8("parts")].toArray(), partsJson(expected));
    }

    void htmlWithInlineImage()
    {
        Fixture files;
        const QByteArray png = randomBytes(3, 2000);
        const QByteArray sheet = randomBytes(4, 777);
        MessageDraft draft;
        draft.from = mailbox("张三 <zhangsan@example.com>");
        draft.to = { mailbox("李四 <lisi@example.cn>") };
        draft.subject = u8("带图片的邮件");
        draft.textBody = u8("你好，这是纯文本版本。\n");
        draft.htmlBody = u8("<html><body><p>你好，<b>这是</b> HTML 版本。</p>\n"
                            "<img src=\"cid:logo.001@mailwright\" alt=\"标志\"></body></html>\n");
        draft.attachments = { { files.file(u8("表格.csv"), sheet), {}, {}, {} },
            { files.file(u8("标志.png"), png), {}, {}, u8("logo.001@mailwright") } };
        const QJsonObject parsed = roundTrip(draft);
        QVERIFY(!parsed.isEmpty());
        checkNoDefects(parsed);
        QCOMPARE(parsed[u8("structure")].toString(),
            u8("multipart/mixed(multipart/alternative(text/plain,multipart/related(text/html,"
               "image/png)),text/csv)"));
        QCOMPARE(parsed[u8("text")].toString(), draft.textBody);
        QCOMPARE(parsed[u8("html")].toString(), draft.htmlBody);
        QCOMPARE(parsed[u8("parts")].toArray(),
            partsJson({ { u8("标志.png"), u8("image/png"), u8("inline"),
                            u8("<logo.001@mailwright>"), png },
                { u8("表格.csv"), u8("text/csv"), u8("attachment"), {}, sheet } }));
    }

    void quotedPrintableText()
    {
        MessageDraft draft;
        draft.from = mailbox("a@example.com");
        draft.to = { mailbox("b@example.com") };
        draft.subject = u8("   leading spaces, a tab\there, and =?UTF-8?Q?x?= lookalike   ");
        draft.textBody = u8("Hello Li (李),\n\nFrom the top: a=b, 100% sure.\n.\n..leading dots\n"
                            "trailing spaces   \ntrailing tab\t\n")
            + QString(1200, u'x') + u8(" long line\nend without newline ");
        const QJsonObject parsed = roundTrip(draft);
        QVERIFY(!parsed.isEmpty());
        checkNoDefects(parsed);
        QVERIFY(m_lastMessage.contains("Content-Transfer-Encoding: quoted-printable"));
        QCOMPARE(parsed[u8("subject")].toString(), draft.subject);
        QCOMPARE(parsed[u8("text")].toString(), draft.textBody);
    }

    void eightBitText()
    {
        MessageDraft draft;
        draft.from = mailbox("张三 <zhangsan@example.com>");
        draft.to = { mailbox("李四 <lisi@example.cn>") };
        draft.subject = u8("8bit 正文");
        draft.textBody = u8("全是中文的正文。\n第二行。\n");
        MessageWriter::Options options;
        options.eightBitAllowed = true;
        const QJsonObject parsed = roundTrip(draft, options);
        QVERIFY(!parsed.isEmpty());
        checkNoDefects(parsed);
        QVERIFY(m_lastMessage.contains("Content-Transfer-Encoding: 8bit"));
        QCOMPARE(parsed[u8("text")].toString(), draft.textBody);
    }

    // Checklist item 20 through a real parser: the subject stays one field, no Bcc appears.
    void injectionStaysInTheSubject()
    {
        MessageDraft draft;
        draft.from = mailbox("a@example.com");
        draft.to = { mailbox("b@example.com") };
        draft.subject = u8("Hi\r\nBcc: evil@example.com\r\n\r\nInjected body");
        draft.textBody = u8("real body");
        const QJsonObject parsed = roundTrip(draft);
        QVERIFY(!parsed.isEmpty());
        checkNoDefects(parsed);
        QCOMPARE(parsed[u8("subject")].toString(), u8("Hi Bcc: evil@example.com  Injected body"));
        QCOMPARE(parsed[u8("bcc")].toArray(), QJsonArray());
        QCOMPARE(parsed[u8("text")].toString(), u8("real body"));
        const QJsonArray headers = parsed[u8("headers")].toArray();
        QVERIFY(!headers.contains(u8("Bcc")));
        QCOMPARE(headers.size(), 9);
    }

    // A display name too long for one encoded word is split into several (RFC 2047 §2). RFC
    // 2047 §6.2 says the space between them is not part of the name, but Python before the fix
    // for CPython gh-128110 keeps it; either reading is accepted, nothing else.
    void longDisplayName()
    {
        const QString name = u8("北京某某科技有限公司客户服务中心（华北区）值班经理");
        MessageDraft draft;
        draft.from = *Mailbox::create(name, *EmailAddress::parse(u8("service@example.com")));
        draft.to = { mailbox("b@example.com") };
        const QJsonObject parsed = roundTrip(draft);
        QVERIFY(!parsed.isEmpty());
        checkNoDefects(parsed);
        const QString got = parsed[u8("from")].toArray().first().toObject()[u8("name")].toString();
        if (got != name) {
            QCOMPARE(QString(got).remove(u' '), name);
            qInfo("Python %s shows gh-128110 (a space between encoded words in a display name)",
                qPrintable(parsed[u8("python")].toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestMimeRoundTrip)
#include "tst_mimeroundtrip.moc"
