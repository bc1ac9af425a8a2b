#include "mime/Mailbox.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace mw {

namespace {

constexpr qsizetype kMaxShownEntry = 60;

bool isLineBreak(char32_t c)
{
    return c == u'\r' || c == u'\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Separators between words; line breaks are deliberately not included, so they reach the
// validators instead of being trimmed away.
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c.category() == QChar::Separator_Space;
}

QStringView trimBlanks(QStringView s)
{
    while (!s.isEmpty() && isBlank(s.front()))
        s = s.mid(1);
    while (!s.isEmpty() && isBlank(s.back()))
        s.chop(1);
    return s;
}

// Index of the first ch outside a quoted-string (RFC 5322 §3.2.4, with quoted-pairs), or -1.
qsizetype indexOfUnquoted(QStringView s, QStringView chars)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (inQuotes && s[i] == u'\\')
            ++i;
        else if (s[i] == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes && chars.contains(s[i]))
            return i;
    }
    return inQuotes ? -2 : -1;
}

bool hasUnclosedQuote(QStringView s)
{
    return indexOfUnquoted(s, {}) == -2;
}

bool checkName(QStringView name, QString &error)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size()
            && QChar::isLowSurrogate(name[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c)) {
            error = QCoreApplication::translate(
                "mw::Mailbox", "the name contains an invalid character");
            return false;
        }
        // RFC 5322 §2.2: a raw line break would end the header and start a new one.
        if (isLineBreak(c)) {
            error = QCoreApplication::translate("mw::Mailbox", "the name contains a line break");
            return false;
        }
        if ((c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f)) {
            error = QCoreApplication::translate(
                "mw::Mailbox", "the name contains a control character");
            return false;
        }
    }
    return true;
}

// The phrase as the user means it: quotes removed, quoted-pairs resolved (RFC 5322 §3.2.4).
QString unquote(QStringView phrase)
{
    QString out;
    out.reserve(phrase.size());
    bool inQuotes = false;
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        const QChar c = phrase[i];
        if (inQuotes && c == u'\\' && i + 1 < phrase.size())
            out += phrase[++i];
        else if (c == u'"')
            inQuotes = !inQuotes;
        else
            out += c;
    }
    return out;
}

// Entry text echoed in an error message: one line, bounded length.
QString shown(QStringView entry)
{
    QString out = entry.left(kMaxShownEntry).toString();
    for (QChar &c : out) {
        if (isLineBreak(c.unicode()) || c.category() == QChar::Other_Control)
            c = QChar(QChar::ReplacementCharacter);
    }
    if (entry.size() > kMaxShownEntry)
        out += QChar(0x2026);
    return out;
}

} // namespace

Mailbox::Mailbox(QString displayName, EmailAddress address)
    : m_displayName(std::move(displayName))
    , m_address(std::move(address))
{
}

std::optional<Mailbox> Mailbox::create(
    const QString &displayName, const EmailAddress &address, QString *error)
{
    QString why;
    if (!checkName(displayName, why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return Mailbox(displayName, address);
}

std::optional<Mailbox> Mailbox::parse(QStringView text, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QStringView entry = trimBlanks(text);
    if (entry.isEmpty())
        return fail(QCoreApplication::translate("mw::Mailbox", "the entry is empty"));
    if (hasUnclosedQuote(entry))
        return fail(QCoreApplication::translate("mw::Mailbox", "a quote (\") is not closed"));

    QString why;
    const qsizetype open = indexOfUnquoted(entry, u"<");
    if (open < 0) {
        if (!entry.contains(u'@'))
            return fail(QCoreApplication::translate(
                "mw::Mailbox", "no email address found; an address looks like name@example.com"));
        auto address = EmailAddress::parse(entry, &why);
        if (!address)
            return fail(why);
        return Mailbox(QString(), *address);
    }

    // RFC 5322 §3.4 name-addr: [display-name] angle-addr, and nothing after the '>'.
    const QStringView afterOpen = entry.mid(open + 1);
    const qsizetype close = indexOfUnquoted(afterOpen, u">");
    if (close < 0)
        return fail(
            QCoreApplication::translate("mw::Mailbox", "the \"<\" is not closed by a \">\""));
    const QStringView trailing = trimBlanks(afterOpen.mid(close + 1));
    if (!trailing.isEmpty())
        return fail(
            QCoreApplication::translate("mw::Mailbox", "unexpected text after \">\": \"%1\"")
                .arg(shown(trailing)));

    const QString name = unquote(trimBlanks(entry.left(open)));
    if (!checkName(name, why))
        return fail(why);

    const QStringView addressText = trimBlanks(afterOpen.left(close));
    if (addressText.isEmpty())
        return fail(QCoreApplication::translate(
            "mw::Mailbox", "no email address found; an address looks like name@example.com"));
    auto address = EmailAddress::parse(addressText, &why);
    if (!address)
        return fail(why);
    return Mailbox(name, *address);
}

std::optional<QList<Mailbox>> Mailbox::parseList(QStringView text, QString *error)
{
    QList<Mailbox> result;
    int position = 0;
    QStringView remaining = text;
    while (!remaining.isEmpty()) {
        // Separators inside a quoted name ("Doe, John") do not split; an unclosed quote runs to
        // the end and is reported by parse().
        const qsizetype sep = indexOfUnquoted(remaining, u",;");
        const QStringView raw = sep < 0 ? remaining : remaining.left(sep);
        remaining = sep < 0 ? QStringView() : remaining.mid(sep + 1);

        const QStringView entry = trimBlanks(raw);
        if (entry.isEmpty())
            continue;
        ++position;
        QString why;
        auto mailbox = parse(entry, &why);
        if (!mailbox) {
            if (error) {
                // One arg() call: user text containing "%2" must not be substituted again.
                *error = QCoreApplication::translate("mw::Mailbox", "entry %1 (\"%2\"): %3")
                             .arg(QString::number(position), shown(entry), why);
            }
            return std::nullopt;
        }
        result.append(*mailbox);
    }
    return result;
}

QString Mailbox::toString() const
{
    if (m_displayName.isEmpty())
        return m_address.toString();
    // RFC 5322 §3.2.3 specials, plus anything parse() would trim, force a quoted-string.
    const bool needsQuotes
        = std::any_of(m_displayName.begin(), m_displayName.end(),
              [](QChar c) { return QStringView(u"()<>[]:;@\\,.\"").contains(c); })
        || isBlank(m_displayName.front()) || isBlank(m_displayName.back());
    QString name = m_displayName;
    if (needsQuotes) {
        name.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        name.replace(QLatin1Char('"'), QLatin1String("\\\""));
        name = QLatin1Char('"') + name + QLatin1Char('"');
    }
    return name + QLatin1String(" <") + m_address.toString() + QLatin1Char('>');
}

} // namespace mw
