// MessageWriter: the message as bytes. Golden output, structure, size(), streaming and errors,
// Bcc and header injection (hostile-server checklist items 19-20).
#include "mime/MessageIdentity.h"
#include "mime/MessageWriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

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

const QDateTime kDate(QDate(2024, 12, 3), QTime(9, 5, 7), Qt::OffsetFromUTC, 8 * 3600);

MessageWriter::Options fixedOptions(quint32 seed = 42)
{
    MessageWriter::Options options;
    options.appVersion = u8("0.1.0");
    options.date = kDate;
    options.randomSeed = seed;
    return options;
}

MessageDraft simpleDraft()
{
    MessageDraft draft;
    draft.from = mailbox("张三 <zhangsan@example.com>");
    draft.to = { mailbox("Li Si <lisi@example.cn>") };
    draft.bcc = { mailbox("hidden@example.org") };
    draft.subject = u8("Hello");
    draft.textBody = u8("Hi Li,\nsee you.\n");
    return draft;
}

std::unique_ptr<MessageWriter> create(
    const MessageDraft &draft, const MessageWriter::Options &options = fixedOptions())
{
    DraftError error;
    auto writer = MessageWriter::create(draft, options, &error);
    if (!writer)
        qWarning() << "create() failed:" << error.text;
    return writer;
}

// Reads the device to its end in the given request sizes (cycled), as the SMTP client would.
QByteArray drain(QIODevice &device, const QList<qint64> &requests = { 1024 * 1024 })
{
    QByteArray out;
    for (int i = 0; !device.atEnd(); ++i) {
        const QByteArray chunk = device.read(requests[i % requests.size()]);
        if (chunk.isEmpty() && !device.atEnd())
            return out + "<read failed: " + device.errorString().toUtf8() + '>';
        out += chunk;
    }
    return out;
}

QString wireProblem(const QByteArray &message)
{
    const QList<QByteArray> lines = message.split('\n');
    bool inHeader = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return QStringLiteral("bare LF at line %1").arg(i);
            line.chop(1);
        }
        if (line.contains('\r'))
            return QStringLiteral("bare CR at line %1").arg(i);
        if (line.size() > 998)
            return QStringLiteral("line %1 is over 998").arg(i);
        if (inHeader && line.size() > 78)
            return QStringLiteral("header line %1 is over 78: %2")
                .arg(i)
                .arg(QString::fromUtf8(line));
        if (line.isEmpty())
            inHeader = false;
    }
    return {};
}

QList<QByteArray> headerNames(const QByteArray &message)
{
    QList<QByteArray> names;
    for (const QByteArray &line : message.left(message.indexOf("\r\n\r\n")).split('\n')) {
        if (!line.startsWith(' ') && !line.startsWith('\t'))
            names.append(line.left(line.indexOf(':')));
    }
    return names;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestMimeWriter : public QObject {
    Q_OBJECT
private slots:
    void goldenTextMessage()
    {
        auto writer = create(simpleDraft());
        QVERIFY(writer);
        const QByteArray expected = "Date: Tue, 03 Dec 2024 09:05:07 +0800\r\n"
                                    "From: =?UTF-8?B?5byg5LiJ?= <zhangsan@example.com>\r\n"
                                    "To: Li Si <lisi@example.cn>\r\n"
                                    "Subject: Hello\r\n"
                                    "Message-ID: <"
            + writer->messageId().mid(1).chopped(1)
            + ">\r\n"
              "User-Agent: Mailwright/0.1.0\r\n"
              "MIME-Version: 1.0\r\n"
              "Content-Type: text/plain; charset=UTF-8\r\n"
              "Content-Transfer-Encoding: 7bit\r\n"
              "\r\n"
              "Hi Li,\r\nsee you.\r\n";
        const QByteArray message = drain(*writer);
        QCOMPARE(message, expected);
        QCOMPARE(writer->size(), qint64(expected.size()));
        QVERIFY(!writer->needsEightBit());
        QVERIFY(QRegularExpression(QStringLiteral("^<[0-9a-z]+\\.[A-Za-z0-9]{20}@example\\.com>$"))
                    .match(QString::fromLatin1(writer->messageId()))
                    .hasMatch());
    }

    void goldenMultipart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u8("notes.txt"));
        QVERIFY(writeFile(path, "abc"));
        MessageDraft draft = simpleDraft();
        draft.subject = u8("周报");
        draft.textBody = u8("本周完成了三项工作。");
        draft.htmlBody = u8("<p>本周完成了<b>三项</b>工作。</p>");
        draft.attachments = { { path, {}, {}, {} } };
        MessageWriter::Options options = fixedOptions();
        options.messageId = "fixed@example.com";
        auto writer = create(draft, options);
        QVERIFY(writer);

        QRandomGenerator random(42);
        const QByteArray mixed = newBoundary(random);
        const QByteArray alternative = newBoundary(random);
        const QByteArray expected = "Date: Tue, 03 Dec 2024 09:05:07 +0800\r\n"
                                    "From: =?UTF-8?B?5byg5LiJ?= <zhangsan@example.com>\r\n"
                                    "To: Li Si <lisi@example.cn>\r\n"
                                    "Subject: =?UTF-8?B?5ZGo5oql?=\r\n"
                                    "Message-ID: <fixed@example.com>\r\n"
                                    "User-Agent: Mailwright/0.1.0\r\n"
                                    "MIME-Version: 1.0\r\n"
                                    "Content-Type: multipart/mixed; boundary=\""
            + mixed
            + "\"\r\n"
              "\r\n"
              "--"
            + mixed
            + "\r\n"
              "Content-Type: multipart/alternative; boundary=\""
            + alternative
            + "\"\r\n"
              "\r\n"
              "--"
            + alternative
            + "\r\n"
              "Content-Type: text/plain; charset=UTF-8\r\n"
              "Content-Transfer-Encoding: base64\r\n"
              "\r\n"
              "5pys5ZGo5a6M5oiQ5LqG5LiJ6aG55bel5L2c44CC\r\n"
              "\r\n--"
            + alternative
            + "\r\n"
              "Content-Type: text/html; charset=UTF-8\r\n"
              "Content-Transfer-Encoding: base64\r\n"
              "\r\n"
              "PHA+5pys5ZGo5a6M5oiQ5LqGPGI+5LiJ6aG5PC9iPuW3peS9nOOAgjwvcD4=\r\n"
              "\r\n--"
            + alternative
            + "--"
              "\r\n--"
            + mixed
            + "\r\n"
              "Content-Type: text/plain; name=\"notes.txt\"\r\n"
              "Content-Disposition: attachment; filename=\"notes.txt\"\r\n"
              "Content-Transfer-Encoding: base64\r\n"
              "\r\n"
              "YWJj\r\n"
              "\r\n--"
            + mixed + "--\r\n";
        QCOMPARE(drain(*writer), expected);
        QCOMPARE(writer->size(), qint64(expected.size()));
    }

    void sizeMatchesOutput_data()
    {
        QTest::addColumn<QList<qint64>>("requests");
        QTest::newRow("1 MiB") << QList<qint64> { 1024 * 1024 };
        QTest::newRow("byte by byte") << QList<qint64> { 1 };
        QTest::newRow("odd sizes") << QList<qint64> { 77, 1, 4096, 3, 100000, 78 };
    }
    void sizeMatchesOutput()
    {
        QFETCH(QList<qint64>, requests);
        QTemporaryDir dir;
        QRandomGenerator random(7);
        MessageDraft draft = simpleDraft();
        draft.textBody = u8("Mostly ASCII with a little 中文 = QP.\n").repeated(500);
        draft.htmlBody = u8("<p>全是中文的网页内容。</p>\n").repeated(300);
        for (int size : { 0, 1, 2, 57, 58, 300000 }) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            const QString path = dir.filePath(QStringLiteral("f%1.bin").arg(size));
            QVERIFY(writeFile(path, bytes));
            draft.attachments.append({ path, {}, {}, {} });
        }
        draft.attachments.last().contentId = u8("img@mw");
        auto writer = create(draft);
        QVERIFY(writer);
        const QByteArray message = drain(*writer, requests);
        QVERIFY(!message.contains("<read failed"));
        QCOMPARE(writer->size(), qint64(message.size()));
        QCOMPARE(writer->bytesProduced(), qint64(message.size()));
        QCOMPARE(wireProblem(message), QString());
        QVERIFY(message.contains("Content-Transfer-Encoding: quoted-printable"));
        QVERIFY(message.contains("Content-Type: multipart/related; boundary="));

        // reset(): the same bytes again, for a retry over a new connection.
        QVERIFY(writer->reset());
        QCOMPARE(drain(*writer), message);
    }

    void bccNeverWritten()
    {
        MessageDraft draft = simpleDraft();
        draft.to.clear();
        draft.bcc = { mailbox("Secret Person <secret@example.org>") };
        auto writer = create(draft);
        QVERIFY(writer);
        const QByteArray message = drain(*writer);
        QVERIFY(!message.contains("secret"));
        QVERIFY(!message.contains("Secret"));
        QVERIFY(!headerNames(message).contains("Bcc"));
        QVERIFY(message.contains("\r\nTo: undisclosed-recipients:;\r\n"));
        QCOMPARE(draft.envelopeRecipients().size(), 1);
    }

    // Checklist item 20: "\r\nBcc: x" in the subject, a display name or any header.
    void injectionIsNeutralised_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::newRow("CRLF") << u8("Hi\r\nBcc: evil@example.com");
        QTest::newRow("LF") << u8("Hi\nBcc: evil@example.com");
        QTest::newRow("CR") << u8("Hi\rBcc: evil@example.com");
        QTest::newRow("leading") << u8("\r\nBcc: evil@example.com");
        QTest::newRow("folded look") << u8("Hi\r\n Bcc: evil@example.com");
        QTest::newRow("unicode line separator") << u8("Hi") + QChar(0x2028) + u8("Bcc: e@x.org");
        QTest::newRow("chinese") << u8("你好\r\nBcc: evil@example.com\r\n\r\nbody");
    }
    void injectionIsNeutralised()
    {
        QFETCH(QString, subject);
        MessageDraft draft = simpleDraft();
        draft.subject = subject;
        draft.extraHeaders = { { u8("Organization"), u8("ACME Bcc: x") } };
        auto writer = create(draft);
        QVERIFY(writer);
        const QByteArray message = drain(*writer);
        QCOMPARE(wireProblem(message), QString());
        const QList<QByteArray> expected { "Date", "From", "To", "Subject", "Message-ID",
            "Organization", "User-Agent", "MIME-Version", "Content-Type",
            "Content-Transfer-Encoding" };
        QCOMPARE(headerNames(message), expected);
        QVERIFY(!message.contains("\nBcc"));
    }

    void injectionIsRejected()
    {
        MessageDraft draft = simpleDraft();
        draft.extraHeaders = { { u8("X-Note"), u8("a\r\nBcc: evil@example.com") } };
        DraftError error;
        QVERIFY(!MessageWriter::create(draft, fixedOptions(), &error));
        QCOMPARE(error.field, DraftError::Field::Header);

        draft.extraHeaders.clear();
        MessageWriter::Options options = fixedOptions();
        options.messageId = "a@b>\r\nBcc: evil@example.com";
        QVERIFY(!MessageWriter::create(draft, options, &error));
        QCOMPARE(error.field, DraftError::Field::Options);

        // A file name from the file system is neutralised, not refused.
        QTemporaryDir dir;
        const QString path = dir.filePath(u8("a\r\nBcc: x.txt"));
        QVERIFY(writeFile(path, "x"));
        draft.attachments = { { path, {}, {}, {} } };
        auto writer = create(draft);
        QVERIFY(writer);
        const QByteArray message = drain(*writer);
        QCOMPARE(wireProblem(message), QString());
        QVERIFY(message.contains("filename=\"a__Bcc: x.txt\""));
    }

    void extraHeadersWritten()
    {
        MessageDraft draft = simpleDraft();
        draft.extraHeaders = { { u8("in-reply-to"), u8("<a1@example.com>") },
            { u8("References"), u8("<a0@example.com> <a1@example.com>") },
            { u8("Organization"), u8("北京某某科技有限公司") }, { u8("Importance"), u8("high") } };
        auto writer = create(draft);
        QVERIFY(writer);
        const QByteArray message = drain(*writer);
        QVERIFY(message.contains("\r\nIn-Reply-To: <a1@example.com>\r\n"));
        QVERIFY(message.contains("\r\nReferences: <a0@example.com> <a1@example.com>\r\n"));
        QVERIFY(message.contains("\r\nOrganization: =?UTF-8?B?"));
        QVERIFY(message.contains("\r\nImportance: high\r\n"));
    }

    void eightBitOnlyWhenAllowed()
    {
        MessageDraft draft = simpleDraft();
        draft.textBody = u8("您好，\n附件是本月的报告。\n");
        auto plain = create(draft);
        QVERIFY(plain);
        QVERIFY(!plain->needsEightBit());
        QVERIFY(drain(*plain).contains("Content-Transfer-Encoding: base64"));

        MessageWriter::Options options = fixedOptions();
        options.eightBitAllowed = true;
        auto eight = create(draft, options);
        QVERIFY(eight);
        QVERIFY(eight->needsEightBit());
        const QByteArray message = drain(*eight);
        QVERIFY(message.contains("Content-Transfer-Encoding: 8bit\r\n\r\n"
                                 "\xe6\x82\xa8\xe5\xa5\xbd\xef\xbc\x8c\r\n"));
        QCOMPARE(wireProblem(message), QString());
    }

    void utf8AddressNeedsSmtpUtf8()
    {
        MessageDraft draft = simpleDraft();
        draft.to = { mailbox("用户@例子.中国") };
        auto writer = create(draft);
        QVERIFY(writer);
        QVERIFY(writer->needsSmtpUtf8());
        QVERIFY(writer->needsEightBit());
        QVERIFY(
            drain(*writer).contains("\r\nTo: \xe7\x94\xa8\xe6\x88\xb7@xn--fsqu00a.xn--fiqs8s\r\n"));
    }

    void boundaryAvoidsVerbatimText()
    {
        // The first boundary seed 42 would give, planted in a 7bit body: another one is chosen.
        QRandomGenerator random(42);
        newMessageId(random, "example.com", kDate);
        const QByteArray first = newBoundary(random);
        MessageDraft draft = simpleDraft();
        draft.textBody = u8("quoting a message:\n--") + QString::fromLatin1(first) + u8("\n");
        draft.htmlBody = u8("<p>hi</p>");
        auto writer = create(draft);
        QVERIFY(writer);
        const QByteArray message = drain(*writer);
        QVERIFY(!message.contains("boundary=\"" + first + '"'));
        QCOMPARE(message.count("--" + first), 1);
    }

    void missingAttachmentIsReported()
    {
        MessageDraft draft = simpleDraft();
        draft.attachments = { { u8("/nonexistent/mailwright/report.pdf"), {}, {}, {} } };
        DraftError error;
        QVERIFY(!MessageWriter::create(draft, fixedOptions(), &error));
        QCOMPARE(error.field, DraftError::Field::Attachment);
        QCOMPARE(error.index, 0);
        QVERIFY(error.text.contains(u8("report.pdf")));

        QTemporaryDir dir;
        draft.attachments = { { dir.path(), {}, {}, {} } };
        QVERIFY(!MessageWriter::create(draft, fixedOptions(), &error));
        QCOMPARE(error.field, DraftError::Field::Attachment);
    }

    void fileChangedAfterCreate_data()
    {
        QTest::addColumn<int>("change"); // 0 removed, 1 shrank, 2 grew
        QTest::newRow("removed") << 0;
        QTest::newRow("shrank") << 1;
        QTest::newRow("grew") << 2;
    }
    void fileChangedAfterCreate()
    {
        QFETCH(int, change);
        QTemporaryDir dir;
        const QString path = dir.filePath(u8("data.bin"));
        QVERIFY(writeFile(path, QByteArray(100000, 'x')));
        MessageDraft draft = simpleDraft();
        draft.attachments = { { path, {}, {}, {} } };
        auto writer = create(draft);
        QVERIFY(writer);
        if (change == 0)
            QVERIFY(QFile::remove(path));
        else
            QVERIFY(writeFile(path, QByteArray(change == 1 ? 1000 : 200000, 'x')));
        QByteArray out;
        qint64 n = 0;
        while ((n = writer->read(out.size() + 4096).size()) > 0) { }
        const QByteArray last = writer->read(4096);
        QVERIFY(last.isEmpty());
        QVERIFY(!writer->atEnd());
        QVERIFY(writer->errorString().contains(u8("data.bin")));
    }

    void pipeAttachmentHasUnknownSize()
    {
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath(u8("pipe")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const QByteArray payload(200000, 'p');
        std::thread feeder([&] {
            QFile out(QFile::decodeName(fifo));
            if (out.open(QIODevice::WriteOnly))
                out.write(payload);
        });
        MessageDraft draft = simpleDraft();
        draft.attachments = { { QFile::decodeName(fifo), u8("stream.bin"), {}, {} } };
        auto writer = create(draft);
        QVERIFY(writer);
        QCOMPARE(writer->size(), qint64(-1));
        const QByteArray message = drain(*writer, { 5000 });
        feeder.join();
        QCOMPARE(wireProblem(message), QString());
        const qsizetype start = message.indexOf("stream.bin");
        const QByteArray tail = message.mid(message.indexOf("\r\n\r\n", start) + 4);
        const QByteArray base64 = tail.left(tail.indexOf("\r\n--")).replace("\r\n", "");
        QCOMPARE(QByteArray::fromBase64(base64), payload);
    }
};

QTEST_GUILESS_MAIN(TestMimeWriter)
#include "tst_mimewriter.moc"
