#include "mime/MessagePlan.h"

#include "mime/Base64Encoder.h"
#include "mime/HeaderEncoding.h"
#include "mime/MessageIdentity.h"
#include "mime/MimeParameters.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>

namespace mw {

namespace {

struct TextBody {
    QByteArray canonical;
    TextEncodingChoice choice;
};

struct AttachmentInfo {
    QString path;
    QString fileName;
    QByteArray mediaType;
    QByteArray contentId;
    qint64 fileSize = -1;
};

// File names come from the file system or the user: a control character would be shown to the
// recipient or end up in a saved file's name, so each one becomes '_'.
QString neutralisedFileName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size()
            && QChar::isLowSurrogate(name[i + 1].unicode())) {
            out += name[i];
            out += name[++i];
        } else if (QChar::isSurrogate(c)) {
            out += QChar(QChar::ReplacementCharacter);
        } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
            out += u'_';
        } else {
            out += name[i];
        }
    }
    return out;
}

QByteArray mediaTypeOf(const DraftAttachment &attachment, const QFileInfo &info)
{
    if (!attachment.contentType.isEmpty())
        return attachment.contentType.toLatin1().toLower();
    // Sniffing a pipe's content would consume it: only regular files are looked into.
    static const QMimeDatabase database;
    const QMimeType type = info.isFile()
        ? database.mimeTypeForFile(info)
        : database.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    // x-zerosize is a freedesktop.org pseudo-type for empty files that no mail reader knows.
    if (!type.isValid() || type.name() == QLatin1String("application/x-zerosize"))
        return QByteArrayLiteral("application/octet-stream");
    return type.name().toLatin1();
}

std::optional<AttachmentInfo> inspect(const DraftAttachment &attachment, QString *why)
{
    const QFileInfo info(attachment.path);
    if (!info.exists()) {
        *why = QCoreApplication::translate("mw::MessageWriter", "the file \"%1\" does not exist")
                   .arg(attachment.path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *why = QCoreApplication::translate("mw::MessageWriter", "\"%1\" is a folder, not a file")
                   .arg(attachment.path);
        return std::nullopt;
    }
    // A regular file is opened once to catch permissions now rather than mid-send. A pipe is
    // not: opening and closing its read end would make the writer on the other side fail.
    qint64 fileSize = -1;
    if (info.isFile()) {
        QFile probe(attachment.path);
        if (!probe.open(QIODevice::ReadOnly)) {
            *why = QCoreApplication::translate(
                "mw::MessageWriter", "the file \"%1\" cannot be read: %2")
                       .arg(attachment.path, probe.errorString());
            return std::nullopt;
        }
        fileSize = probe.size();
    } else if (!info.isReadable()) {
        *why = QCoreApplication::translate("mw::MessageWriter", "the file \"%1\" cannot be read")
                   .arg(attachment.path);
        return std::nullopt;
    }
    AttachmentInfo out;
    out.path = attachment.path;
    out.fileName = neutralisedFileName(
        attachment.displayName.isEmpty() ? info.fileName() : attachment.displayName);
    out.mediaType = mediaTypeOf(attachment, info);
    out.contentId = attachment.contentId.toLatin1();
    out.fileSize = fileSize;
    return out;
}

class Builder {
public:
    Builder(MessagePlan &plan, QRandomGenerator &random)
        : m_plan(plan)
        , m_random(random)
    {
    }

    void addBytes(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        if (!m_plan.segments.isEmpty()
            && m_plan.segments.last().kind == MessageSegment::Kind::Bytes)
            m_plan.segments.last().bytes += bytes;
        else
            m_plan.segments.append({ MessageSegment::Kind::Bytes, bytes, {}, {}, -1, -1 });
    }

    // Text whose 7bit/8bit form goes in verbatim must be checked against every boundary.
    void addVerbatimText(const QByteArray &canonical) { m_verbatim.append(canonical); }

    void textPart(const TextBody &body, QByteArrayView subtype)
    {
        addBytes(contentTypeField("text/" + subtype.toByteArray(), { { "charset", "UTF-8" } }));
        addBytes("Content-Transfer-Encoding: " + transferEncodingName(body.choice.encoding)
            + "\r\n\r\n");
        if (body.choice.encoding == TransferEncoding::SevenBit
            || body.choice.encoding == TransferEncoding::EightBit) {
            addBytes(body.canonical);
            return;
        }
        if (body.canonical.isEmpty())
            return;
        m_plan.segments.append({ MessageSegment::Kind::EncodedText, body.canonical,
            body.choice.encoding, {}, -1, body.choice.encodedSize });
    }

    void attachmentPart(const AttachmentInfo &attachment, bool inlinePart)
    {
        addBytes(contentTypeField(attachment.mediaType, {}, attachment.fileName));
        addBytes(
            contentDispositionField(inlinePart ? "inline" : "attachment", attachment.fileName));
        if (!attachment.contentId.isEmpty())
            addBytes("Content-ID: <" + attachment.contentId + ">\r\n");
        addBytes("Content-Transfer-Encoding: base64\r\n\r\n");
        const qint64 size
            = attachment.fileSize < 0 ? -1 : Base64Encoder::encodedSize(attachment.fileSize);
        m_plan.segments.append({ MessageSegment::Kind::File, {}, TransferEncoding::Base64,
            attachment.path, attachment.fileSize, size });
    }

    // RFC 2046 §5.1.1: the CRLF before each "--boundary" belongs to the delimiter, so a part's
    // content ends exactly where its bytes end.
    void multipart(QByteArrayView subtype, QList<MimeParameter> parameters,
        const QList<std::function<void()>> &children)
    {
        const QByteArray boundary = uniqueBoundary();
        parameters.prepend({ "boundary", boundary });
        addBytes(contentTypeField("multipart/" + subtype.toByteArray(), parameters));
        if (eightBitBodies) // RFC 2045 §6.4: a multipart is labelled by what it contains
            addBytes("Content-Transfer-Encoding: 8bit\r\n");
        addBytes("\r\n");
        for (qsizetype i = 0; i < children.size(); ++i) {
            addBytes((i == 0 ? "--" : "\r\n--") + boundary + "\r\n");
            children[i]();
        }
        addBytes("\r\n--" + boundary + "--");
    }

    bool eightBitBodies = false;

private:
    QByteArray uniqueBoundary()
    {
        // With 143 random bits a clash is never expected; checking makes "absent" a fact.
        for (;;) {
            const QByteArray boundary = newBoundary(m_random);
            const QByteArray line = "--" + boundary;
            const bool clash = m_used.contains(boundary)
                || std::any_of(m_verbatim.begin(), m_verbatim.end(),
                    [&](const QByteArray &text) { return text.contains(line); });
            if (!clash) {
                m_used.append(boundary);
                return boundary;
            }
        }
    }

    MessagePlan &m_plan;
    QRandomGenerator &m_random;
    QList<QByteArray> m_verbatim;
    QList<QByteArray> m_used;
};

QByteArray userAgent(const QString &version)
{
    const bool usable = !version.isEmpty() && version.size() <= 40
        && std::all_of(version.begin(), version.end(), [](QChar c) {
               return c.unicode() > 0x20 && c.unicode() < 0x7f && c != u'/' && c != u'('
                   && c != u')';
           });
    return usable ? "Mailwright/" + version.toLatin1() : QByteArrayLiteral("Mailwright");
}

bool anyUtf8Address(const MessageDraft &draft)
{
    for (const QList<Mailbox> *list : { &draft.to, &draft.cc, &draft.replyTo }) {
        if (std::any_of(list->begin(), list->end(),
                [](const Mailbox &m) { return m.address().needsSmtpUtf8(); }))
            return true;
    }
    return draft.from && draft.from->address().needsSmtpUtf8();
}

void writeHeaders(
    Builder &out, const MessageDraft &draft, const MessageOptions &options, const MessagePlan &plan)
{
    const QDateTime date = options.date.isValid() ? options.date : QDateTime::currentDateTime();
    out.addBytes("Date: " + rfc5322Date(date) + "\r\n");
    out.addBytes(addressField("From", { *draft.from }));
    if (!draft.replyTo.isEmpty())
        out.addBytes(addressField("Reply-To", draft.replyTo));
    // RFC 5322 §3.6.3: with only Bcc recipients, an empty group says so instead of nothing.
    if (draft.to.isEmpty() && draft.cc.isEmpty())
        out.addBytes("To: undisclosed-recipients:;\r\n");
    if (!draft.to.isEmpty())
        out.addBytes(addressField("To", draft.to));
    if (!draft.cc.isEmpty())
        out.addBytes(addressField("Cc", draft.cc));
    out.addBytes(unstructuredField("Subject", MessageDraft::neutralisedSubject(draft.subject)));
    out.addBytes(tokenField("Message-ID", plan.messageId));
    for (const DraftHeader &header : draft.extraHeaders) {
        const HeaderRule rule = *extraHeaderRule(header.name);
        const QByteArray name = rule.name.toLatin1();
        if (rule.kind == HeaderKind::Text)
            out.addBytes(unstructuredField(name, header.value));
        else
            out.addBytes(tokenField(name, header.value.toLatin1()));
    }
    out.addBytes("User-Agent: " + userAgent(options.appVersion) + "\r\n");
    out.addBytes("MIME-Version: 1.0\r\n");
}

} // namespace

std::optional<MessagePlan> MessagePlan::build(
    const MessageDraft &draft, const MessageOptions &options, DraftError *error)
{
    const auto fail = [&](DraftError::Field field, int index, const QString &text) {
        if (error)
            *error = DraftError { field, index, text };
        return std::nullopt;
    };
    const DraftError invalid = draft.validate();
    if (invalid.isError()) {
        if (error)
            *error = invalid;
        return std::nullopt;
    }
    if (!options.messageId.isEmpty() && !isValidMessageId(options.messageId))
        return fail(DraftError::Field::Options, -1,
            QCoreApplication::translate("mw::MessageWriter", "the Message-ID \"%1\" is not valid")
                .arg(QString::fromLatin1(options.messageId.left(80))));

    QList<AttachmentInfo> regular;
    QList<AttachmentInfo> inlined;
    for (int i = 0; i < draft.attachments.size(); ++i) {
        QString why;
        const auto info = inspect(draft.attachments[i], &why);
        if (!info)
            return fail(DraftError::Field::Attachment, i, why);
        // An inline part only makes sense next to the HTML that shows it.
        if (!info->contentId.isEmpty() && !draft.htmlBody.isEmpty())
            inlined.append(*info);
        else
            regular.append(*info);
    }

    MessagePlan plan;
    QRandomGenerator seeded(options.randomSeed.value_or(0));
    QRandomGenerator &random = options.randomSeed ? seeded : *QRandomGenerator::system();
    Builder out(plan, random);

    const QDateTime now = options.date.isValid() ? options.date : QDateTime::currentDateTime();
    plan.messageId = '<'
        + (options.messageId.isEmpty()
                ? newMessageId(random, draft.from->address().asciiDomain().toLatin1(), now)
                : options.messageId)
        + '>';

    const auto prepare = [&](const QString &text) {
        TextBody body;
        body.canonical = canonicalText(text);
        body.choice = chooseTextEncoding(body.canonical, options.eightBitAllowed);
        if (body.choice.encoding == TransferEncoding::SevenBit
            || body.choice.encoding == TransferEncoding::EightBit)
            out.addVerbatimText(body.canonical);
        if (body.choice.encoding == TransferEncoding::EightBit)
            out.eightBitBodies = true;
        return body;
    };
    const TextBody text = prepare(draft.textBody);
    const std::optional<TextBody> html
        = draft.htmlBody.isEmpty() ? std::nullopt : std::optional(prepare(draft.htmlBody));
    plan.smtpUtf8 = anyUtf8Address(draft);
    plan.eightBit = out.eightBitBodies || plan.smtpUtf8;

    writeHeaders(out, draft, options, plan);

    // multipart/mixed { multipart/alternative { text, multipart/related { html, inline... } },
    // attachments... }, each level only when it has more than one part (RFC 2046 §5.1, RFC 2387).
    const std::function<void()> htmlEntity = [&] {
        if (inlined.isEmpty()) {
            out.textPart(*html, "html");
            return;
        }
        QList<std::function<void()>> parts { [&] { out.textPart(*html, "html"); } };
        for (const AttachmentInfo &info : inlined)
            parts.append([&out, &info] { out.attachmentPart(info, true); });
        out.multipart("related", { { "type", "text/html" } }, parts);
    };
    const std::function<void()> bodyEntity = [&] {
        if (!html) {
            out.textPart(text, "plain");
            return;
        }
        out.multipart("alternative", {}, { [&] { out.textPart(text, "plain"); }, htmlEntity });
    };
    if (regular.isEmpty()) {
        bodyEntity();
    } else {
        QList<std::function<void()>> parts { bodyEntity };
        for (const AttachmentInfo &info : regular)
            parts.append([&out, &info] { out.attachmentPart(info, false); });
        out.multipart("mixed", {}, parts);
    }
    if (html || !regular.isEmpty())
        out.addBytes("\r\n");

    plan.size = 0;
    for (const MessageSegment &segment : plan.segments) {
        const qint64 size
            = segment.kind == MessageSegment::Kind::Bytes ? segment.bytes.size() : segment.size;
        if (size < 0) {
            plan.size = -1;
            break;
        }
        plan.size += size;
    }
    return plan;
}

} // namespace mw
