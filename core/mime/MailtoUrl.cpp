#include "mime/MailtoUrl.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace mw {

namespace {

struct MailtoText {
    Q_DECLARE_TR_FUNCTIONS(mw::MailtoUrl)
};

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    return -1;
}

// RFC 6068 §2: percent-encoded octets are UTF-8; '+' stays '+'. Raw non-ASCII characters (an IRI,
// as some browsers pass it) are taken as they are.
std::optional<QString> percentDecode(QStringView text, QString *error)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%') {
            const int hi = i + 1 < text.size() ? hexValue(text[i + 1]) : -1;
            const int lo = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                if (error)
                    *error = MailtoText::tr("bad percent-encoding at \"%1\"")
                                 .arg(text.mid(i, 3).toString());
                return std::nullopt;
            }
            bytes.append(char(hi * 16 + lo));
            i += 2;
        } else {
            bytes.append(QString(c).toUtf8());
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8(bytes);
    if (utf8.hasError()) {
        if (error)
            *error = MailtoText::tr("the encoded text is not valid UTF-8");
        return std::nullopt;
    }
    return decoded;
}

bool appendAddresses(QStringView encoded, QList<Mailbox> *out, QString *error)
{
    QString why;
    const auto decoded = percentDecode(encoded, &why);
    if (!decoded) {
        if (error)
            *error = why;
        return false;
    }
    const auto list = Mailbox::parseList(*decoded, &why);
    if (!list) {
        if (error)
            *error = why;
        return false;
    }
    *out += *list;
    return true;
}

} // namespace

std::optional<MailtoUrl> MailtoUrl::parse(QStringView url, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<MailtoUrl> {
        if (error)
            *error = MailtoText::tr("Not a usable mailto link: %1").arg(why);
        return std::nullopt;
    };
    QStringView rest = url.trimmed();
    const QLatin1String scheme("mailto:");
    if (!rest.startsWith(scheme, Qt::CaseInsensitive))
        return fail(MailtoText::tr("it does not start with \"mailto:\""));
    rest = rest.mid(scheme.size());
    // RFC 3986: a fragment is not part of what the link asks for.
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.left(hash);
    for (QChar c : rest) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u' ')
            return fail(MailtoText::tr("it contains spaces or control characters"));
    }

    MailtoUrl result;
    const qsizetype question = rest.indexOf(u'?');
    const QStringView path = question >= 0 ? rest.left(question) : rest;
    const QStringView query = question >= 0 ? rest.mid(question + 1) : QStringView();
    QString why;
    if (!path.isEmpty() && !appendAddresses(path, &result.to, &why))
        return fail(why);

    bool haveSubject = false;
    bool haveBody = false;
    for (QStringView field : query.split(u'&')) {
        if (field.isEmpty())
            continue;
        const qsizetype eq = field.indexOf(u'=');
        const QStringView rawName = eq >= 0 ? field.left(eq) : field;
        const QStringView rawValue = eq >= 0 ? field.mid(eq + 1) : QStringView();
        const auto decodedName = percentDecode(rawName, &why);
        if (!decodedName)
            return fail(why);
        const QString name = decodedName->toLower(); // RFC 6068 §2: case-insensitive names
        if (name == QLatin1String("to") || name == QLatin1String("cc")
            || name == QLatin1String("bcc")) {
            QList<Mailbox> *list = name == QLatin1String("to") ? &result.to
                : name == QLatin1String("cc")                  ? &result.cc
                                                               : &result.bcc;
            if (!appendAddresses(rawValue, list, &why))
                return fail(QStringLiteral("%1: %2").arg(name, why));
            continue;
        }
        if (name == QLatin1String("subject") || name == QLatin1String("body")) {
            const auto value = percentDecode(rawValue, &why);
            if (!value)
                return fail(QStringLiteral("%1: %2").arg(name, why));
            bool &have = name == QLatin1String("subject") ? haveSubject : haveBody;
            if (have) {
                // A second subject or body: the first one wins; the extra is reported.
                result.ignoredHeaders << name;
                continue;
            }
            have = true;
            if (name == QLatin1String("subject")) {
                result.subject = MessageDraft::neutralisedSubject(*value);
            } else {
                QString body = *value;
                body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
                result.body = body;
            }
            continue;
        }
        // RFC 6068 §7: other header fields ("from", "in-reply-to", "x-…", even "received") are
        // never applied; the caller may show them.
        result.ignoredHeaders << name;
    }
    return result;
}

MessageDraft MailtoUrl::toDraft() const
{
    MessageDraft draft;
    draft.to = to;
    draft.cc = cc;
    draft.bcc = bcc;
    draft.subject = subject;
    draft.textBody = body;
    return draft;
}

} // namespace mw
