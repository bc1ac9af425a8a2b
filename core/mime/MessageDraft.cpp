#include "mime/MessageDraft.h"

#include "mime/MessageIdentity.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mw {

namespace {

struct KnownHeader {
    const char *name;
    HeaderKind kind;
};

// Fields that carry meaning for readers but none for delivery or for the MIME structure.
constexpr KnownHeader kAllowed[] = {
    { "In-Reply-To", HeaderKind::MessageIds },
    { "References", HeaderKind::MessageIds },
    { "Comments", HeaderKind::Text },
    { "Keywords", HeaderKind::Text },
    { "Organization", HeaderKind::Text },
    { "Importance", HeaderKind::Ascii },
    { "Priority", HeaderKind::Ascii },
    { "X-Priority", HeaderKind::Ascii },
    { "Sensitivity", HeaderKind::Ascii },
    { "Auto-Submitted", HeaderKind::Ascii },
    { "List-Unsubscribe", HeaderKind::Ascii },
    { "List-Unsubscribe-Post", HeaderKind::Ascii },
};

constexpr int kLongestHeaderName = 76;

bool isLineBreak(char16_t c)
{
    return c == u'\r' || c == u'\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

bool hasLoneSurrogate(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size()
            && QChar::isLowSurrogate(s[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return true;
    }
    return false;
}

// RFC 5322 §3.6.8 ftext.
bool isFieldName(QStringView name)
{
    return !name.isEmpty() && name.size() <= kLongestHeaderName
        && std::all_of(name.begin(), name.end(),
            [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f && c != u':'; });
}

bool isPrintableAscii(QStringView s)
{
    return std::all_of(
        s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

bool isMessageIdList(QStringView value)
{
    const QStringList ids = value.toString().split(u' ', Qt::SkipEmptyParts);
    return !ids.isEmpty() && std::all_of(ids.begin(), ids.end(), [](const QString &id) {
        return id.size() > 2 && id.startsWith(u'<') && id.endsWith(u'>')
            && isValidMessageId(id.mid(1, id.size() - 2).toLatin1());
    });
}

// RFC 6838 §4.2 restricted names, for type and subtype.
bool isMediaType(QStringView type)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"));
    return pattern.match(type).hasMatch();
}

// RFC 2392 content-id: a msg-id; the local part may lack the '@' in practice, so only the
// characters that would break the <...> form or a cid: URL are refused.
bool isContentId(QStringView id)
{
    return !id.isEmpty() && id.size() <= 250 && std::all_of(id.begin(), id.end(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f
            && !QStringView(u"<>\"()[],;:\\").contains(c);
    });
}

DraftError error(DraftError::Field field, int index, const QString &text)
{
    return DraftError { field, index, text };
}

} // namespace

std::optional<HeaderRule> extraHeaderRule(QStringView name)
{
    for (const KnownHeader &known : kAllowed) {
        const QString canonical = QString::fromLatin1(known.name);
        if (name.compare(canonical, Qt::CaseInsensitive) == 0)
            return HeaderRule { canonical, known.kind };
    }
    // RFC 6648 discourages X- fields but people still rely on them; they mean nothing to MTAs.
    if (isFieldName(name) && name.size() > 2 && name.startsWith(u"X-", Qt::CaseInsensitive))
        return HeaderRule { name.toString(), HeaderKind::Text };
    return std::nullopt;
}

QString MessageDraft::neutralisedSubject(QStringView subject)
{
    QString out;
    out.reserve(subject.size());
    for (qsizetype i = 0; i < subject.size(); ++i) {
        const char16_t c = subject[i].unicode();
        if (!isLineBreak(c)) {
            out += subject[i];
            continue;
        }
        if (c == u'\r' && i + 1 < subject.size() && subject[i + 1] == u'\n')
            ++i;
        out += u' ';
    }
    return out;
}

QList<EmailAddress> MessageDraft::envelopeRecipients() const
{
    QList<EmailAddress> out;
    for (const QList<Mailbox> *list : { &to, &cc, &bcc }) {
        for (const Mailbox &mailbox : *list) {
            if (!out.contains(mailbox.address()))
                out.append(mailbox.address());
        }
    }
    return out;
}

DraftError MessageDraft::validate() const
{
    using Field = DraftError::Field;
    if (!from)
        return error(Field::From, -1,
            QCoreApplication::translate("mw::MessageDraft", "the message has no sender (From)"));
    if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty())
        return error(Field::Recipients, -1,
            QCoreApplication::translate("mw::MessageDraft", "the message has no recipient"));

    const QString oneLineSubject = neutralisedSubject(subject);
    if (std::any_of(oneLineSubject.begin(), oneLineSubject.end(),
            [](QChar c) { return isControl(c.unicode()); }))
        return error(Field::Subject, -1,
            QCoreApplication::translate(
                "mw::MessageDraft", "the subject contains a control character"));
    if (hasLoneSurrogate(subject))
        return error(Field::Subject, -1,
            QCoreApplication::translate(
                "mw::MessageDraft", "the subject contains an invalid character"));

    QStringList seen;
    for (int i = 0; i < extraHeaders.size(); ++i) {
        const DraftHeader &header = extraHeaders[i];
        const auto rule = extraHeaderRule(header.name);
        if (!rule)
            return error(Field::Header, i,
                QCoreApplication::translate("mw::MessageDraft", "the header \"%1\" cannot be set")
                    .arg(header.name.left(kLongestHeaderName)));
        if (seen.contains(rule->name, Qt::CaseInsensitive))
            return error(Field::Header, i,
                QCoreApplication::translate("mw::MessageDraft", "the header \"%1\" is given twice")
                    .arg(rule->name));
        seen.append(rule->name);
        const QString &value = header.value;
        // RFC 5322 §2.2: a raw line break would end this field and start another one.
        if (std::any_of(
                value.begin(), value.end(), [](QChar c) { return isLineBreak(c.unicode()); }))
            return error(Field::Header, i,
                QCoreApplication::translate(
                    "mw::MessageDraft", "the value of the header \"%1\" contains a line break")
                    .arg(rule->name));
        if (std::any_of(value.begin(), value.end(), [](QChar c) { return isControl(c.unicode()); })
            || hasLoneSurrogate(value))
            return error(Field::Header, i,
                QCoreApplication::translate("mw::MessageDraft",
                    "the value of the header \"%1\" contains an invalid character")
                    .arg(rule->name));
        if (rule->kind == HeaderKind::Ascii
            && (!isPrintableAscii(value) || value.trimmed().isEmpty()))
            return error(Field::Header, i,
                QCoreApplication::translate(
                    "mw::MessageDraft", "the header \"%1\" takes plain ASCII text only")
                    .arg(rule->name));
        if (rule->kind == HeaderKind::MessageIds && !isMessageIdList(value))
            return error(Field::Header, i,
                QCoreApplication::translate("mw::MessageDraft",
                    "the header \"%1\" takes message IDs such as <id@example.com>")
                    .arg(rule->name));
    }

    QStringList contentIds;
    for (int i = 0; i < attachments.size(); ++i) {
        const DraftAttachment &attachment = attachments[i];
        if (attachment.path.isEmpty())
            return error(Field::Attachment, i,
                QCoreApplication::translate("mw::MessageDraft", "an attachment has no file"));
        if (!attachment.contentType.isEmpty() && !isMediaType(attachment.contentType))
            return error(Field::Attachment, i,
                QCoreApplication::translate(
                    "mw::MessageDraft", "\"%1\" is not a content type such as image/png")
                    .arg(attachment.contentType.left(kLongestHeaderName)));
        if (attachment.contentId.isEmpty())
            continue;
        if (!isContentId(attachment.contentId))
            return error(Field::Attachment, i,
                QCoreApplication::translate(
                    "mw::MessageDraft", "the content ID \"%1\" contains characters it cannot hold")
                    .arg(attachment.contentId.left(kLongestHeaderName)));
        if (contentIds.contains(attachment.contentId))
            return error(Field::Attachment, i,
                QCoreApplication::translate(
                    "mw::MessageDraft", "the content ID \"%1\" is used twice")
                    .arg(attachment.contentId));
        contentIds.append(attachment.contentId);
    }
    return {};
}

} // namespace mw
