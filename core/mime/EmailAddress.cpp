#include "mime/EmailAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace mw {

namespace {

// RFC 5321 §4.5.3.1.1-3 (in octets; the path limit of 256 includes "<" and ">").
constexpr qsizetype kMaxLocalPart = 64;
constexpr qsizetype kMaxDomain = 255;
constexpr qsizetype kMaxLabel = 63;
constexpr qsizetype kMaxPath = 254;

bool isLineBreak(char32_t c)
{
    // NEL, LS and PS are line breaks to Unicode-aware software even though SMTP only knows CRLF.
    return c == u'\r' || c == u'\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Invisible characters that change how the address is displayed but not where mail goes (a bidi
// override reorders what the user sees). ZWNJ/ZWJ are kept: several scripts need them for
// correct spelling (RFC 5892 Appendix A.1-A.2).
bool isHiddenFormat(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format && c != 0x200c && c != 0x200d;
}

// RFC 5322 §3.2.3 atext, plus any non-ASCII character (RFC 6532 §3.2 UTF8-non-ascii).
bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return true;
    if (c.isLetterOrNumber())
        return true;
    return QLatin1String("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAscii(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Letters, digits, hyphen: RFC 1035 §2.3.1 as used by RFC 5321 §4.1.2 sub-domain.
bool isLdh(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'-';
}

// Characters that are never legal anywhere in an address, quoted or not.
bool checkCharacters(QStringView text, QString &error)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate has no UTF-8 form: the wire address would differ from this one.
            error = QCoreApplication::translate(
                "mw::EmailAddress", "the address contains an invalid character");
            return false;
        }
        if (isLineBreak(c)) {
            error = QCoreApplication::translate(
                "mw::EmailAddress", "the address contains a line break");
            return false;
        }
        if (isControl(c)) {
            error = QCoreApplication::translate(
                "mw::EmailAddress", "the address contains a control character");
            return false;
        }
        if (isHiddenFormat(c)) {
            error = QCoreApplication::translate(
                "mw::EmailAddress", "the address contains an invisible formatting character");
            return false;
        }
    }
    return true;
}

bool checkLocalPart(QStringView local, bool quoted, QString &error)
{
    if (local.isEmpty() || (quoted && local.size() == 2)) {
        error = QCoreApplication::translate("mw::EmailAddress", "the part before @ is empty");
        return false;
    }
    if (!quoted) {
        // RFC 5322 §3.2.3 dot-atom-text: atoms separated by single dots.
        for (QChar c : local) {
            if (c != u'.' && !isAtext(c)) {
                error = QCoreApplication::translate(
                    "mw::EmailAddress", "the part before @ contains the character \"%1\"")
                            .arg(c);
                return false;
            }
        }
        if (local.startsWith(u'.') || local.endsWith(u'.')) {
            error = QCoreApplication::translate(
                "mw::EmailAddress", "the part before @ starts or ends with a dot");
            return false;
        }
        if (local.contains(u"..")) {
            error = QCoreApplication::translate(
                "mw::EmailAddress", "the part before @ contains two dots in a row");
            return false;
        }
    }
    if (local.toUtf8().size() > kMaxLocalPart) {
        error = QCoreApplication::translate(
            "mw::EmailAddress", "the part before @ is longer than 64 bytes");
        return false;
    }
    return true;
}

// Label syntax on every ASCII character. Run on the typed domain (so common typos get a precise
// message instead of toAce's bare failure) and again on the A-label form, which is authoritative.
bool checkLabels(QStringView domain, const QString &shown, QString &error)
{
    const auto labels = domain.split(u'.');
    for (QStringView label : labels) {
        if (label.isEmpty()) {
            error = QCoreApplication::translate(
                "mw::EmailAddress", "the domain \"%1\" has an empty part between dots")
                        .arg(shown);
            return false;
        }
        for (QChar c : label) {
            if (c.unicode() < 0x80 && !isLdh(c)) {
                error = QCoreApplication::translate(
                    "mw::EmailAddress", "the domain \"%1\" contains the character \"%2\"")
                            .arg(shown, QString(c));
                return false;
            }
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            error = QCoreApplication::translate("mw::EmailAddress",
                "the domain \"%1\" has a part that starts or ends with a hyphen")
                        .arg(shown);
            return false;
        }
        if (isAscii(label) && label.size() > kMaxLabel) {
            error = QCoreApplication::translate(
                "mw::EmailAddress", "the domain \"%1\" has a part longer than 63 bytes")
                        .arg(shown);
            return false;
        }
    }
    return true;
}

// QUrl::toAce does not check that an "xn--" label is decodable, and fromAce hands undecodable
// input back unchanged instead of failing: require an exact round trip (RFC 5891 §5.4).
bool isValidALabel(QStringView label)
{
    if (!label.startsWith(u"xn--"))
        return true;
    const QString unicode = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return !isAscii(unicode) && QUrl::toAce(unicode) == label.toLatin1();
}

// RFC 5321 §4.1.3: "[" IPv4 "]" or "[IPv6:" IPv6 "]"; General-address-literal tags are unused.
std::optional<QString> parseDomainLiteral(QStringView typed)
{
    if (!typed.endsWith(u']'))
        return std::nullopt;
    const QStringView inner = typed.mid(1, typed.size() - 2);
    if (inner.startsWith(u"IPv6:", Qt::CaseInsensitive)) {
        // QHostAddress's IPv6 parser is strict, but it also takes a "%scope" suffix.
        const QStringView ip = inner.mid(5);
        for (QChar c : ip) {
            if (!isAsciiDigit(c) && !QStringView(u"abcdefABCDEF:.").contains(c))
                return std::nullopt;
        }
        QHostAddress address;
        if (!address.setAddress(ip.toString())
            || address.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        return QStringLiteral("[IPv6:") + address.toString() + QLatin1Char(']');
    }
    // Snum is 1-3 decimal digits. Parsed here because QHostAddress reads "017" as octal,
    // "0x7f" as hex and "1.2.3" as 1.2.0.3.
    const auto parts = inner.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    QStringList octets;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3
            || !std::all_of(part.begin(), part.end(), isAsciiDigit) || part.toInt() > 255)
            return std::nullopt;
        octets << QString::number(part.toInt());
    }
    return QLatin1Char('[') + octets.join(QLatin1Char('.')) + QLatin1Char(']');
}

// Fills unicode and ascii with the canonical forms of the domain.
bool parseDomain(QStringView typed, QString &unicode, QString &ascii, QString &error)
{
    const QString shown = typed.toString();
    if (typed.isEmpty()) {
        error = QCoreApplication::translate("mw::EmailAddress", "the part after @ is empty");
        return false;
    }
    if (typed.startsWith(u'[')) {
        const auto literal = parseDomainLiteral(typed);
        if (!literal) {
            error = QCoreApplication::translate(
                "mw::EmailAddress", "\"%1\" is not a valid IP address in brackets")
                        .arg(shown);
            return false;
        }
        unicode = ascii = *literal;
        return true;
    }
    if (!checkLabels(typed, shown, error))
        return false;
    // IDNA2008 non-transitional processing (UTS #46): lower-cases and maps full-width forms.
    const QByteArray ace = QUrl::toAce(shown);
    const QString invalid = QCoreApplication::translate(
        "mw::EmailAddress", "the domain \"%1\" is not a valid internet domain")
                                .arg(shown);
    if (ace.isEmpty()) {
        error = invalid;
        return false;
    }
    const QString aceText = QString::fromLatin1(ace);
    if (!checkLabels(aceText, shown, error))
        return false;
    const auto labels = QStringView(aceText).split(u'.');
    if (!std::all_of(labels.begin(), labels.end(), isValidALabel)) {
        error = invalid;
        return false;
    }
    if (labels.size() < 2) {
        // No public mail domain is a single label (RFC 7085); "user@localhost" is a typo here.
        error = QCoreApplication::translate(
            "mw::EmailAddress", "the domain \"%1\" has no dot; mail domains look like example.com")
                    .arg(shown);
        return false;
    }
    const QStringView tld = labels.last();
    if (std::all_of(tld.begin(), tld.end(), isAsciiDigit)) {
        // RFC 3696 §2: a top-level domain is never all-numeric; this is an IP address.
        error = QCoreApplication::translate("mw::EmailAddress",
            "the domain \"%1\" ends in a number; write an IP address in brackets, like [%1]")
                    .arg(shown);
        return false;
    }
    if (ace.size() > kMaxDomain) {
        error = QCoreApplication::translate(
            "mw::EmailAddress", "the domain \"%1\" is longer than 255 bytes")
                    .arg(shown);
        return false;
    }
    ascii = aceText;
    unicode = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
    return true;
}

} // namespace

std::optional<EmailAddress> EmailAddress::parse(QStringView text, QString *error)
{
    QString why;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    if (text.isEmpty())
        return fail(QCoreApplication::translate("mw::EmailAddress", "the address is empty"));
    if (!checkCharacters(text, why))
        return fail(why);
    // Angle brackets delimit the path in MAIL/RCPT (RFC 5321 §4.1.2); one inside an address is
    // how "a@b> SIZE=1" smuggles parameters. Rejected even inside quotes: servers that scan for
    // '>' would still be fooled.
    if (text.contains(u'<') || text.contains(u'>'))
        return fail(QCoreApplication::translate("mw::EmailAddress",
            "the address contains \"<\" or \">\"; enter only the address itself"));
    if (text.contains(QChar(0xff20)))
        return fail(QCoreApplication::translate("mw::EmailAddress",
            "the address contains a full-width \"＠\"; type the ASCII \"@\" instead"));

    // RFC 5321 §4.1.2: a quoted local part is one unit and may contain '@' and spaces.
    const bool quoted = text.startsWith(u'"');
    qsizetype unquotedFrom = 0;
    if (quoted) {
        qsizetype i = 1;
        while (i < text.size() && text[i] != u'"')
            i += text[i] == u'\\' ? 2 : 1; // quoted-pair
        if (i >= text.size())
            return fail(QCoreApplication::translate(
                "mw::EmailAddress", "the quotes in the part before @ are not closed"));
        unquotedFrom = i + 1;
    }
    const QStringView rest = text.mid(unquotedFrom);
    if (std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isSpace(); }))
        return fail(
            QCoreApplication::translate("mw::EmailAddress", "the address contains a space"));
    const qsizetype at = rest.indexOf(u'@');
    if (at < 0)
        return fail(QCoreApplication::translate("mw::EmailAddress", "the address has no @"));
    if (rest.indexOf(u'@', at + 1) >= 0)
        return fail(
            QCoreApplication::translate("mw::EmailAddress", "the address has more than one @"));
    if (quoted && at != 0)
        return fail(QCoreApplication::translate(
            "mw::EmailAddress", "the quoted text must be the whole part before @"));

    const QStringView local = text.left(unquotedFrom + at);
    if (!checkLocalPart(local, quoted, why))
        return fail(why);

    EmailAddress address;
    if (!parseDomain(rest.mid(at + 1), address.m_domain, address.m_asciiDomain, why))
        return fail(why);
    address.m_localPart = local.toString();
    if (address.m_localPart.toUtf8().size() + 1 + address.m_asciiDomain.size() > kMaxPath)
        return fail(QCoreApplication::translate(
            "mw::EmailAddress", "the address is longer than 254 bytes"));
    return address;
}

bool EmailAddress::needsSmtpUtf8() const
{
    return !isAscii(m_localPart);
}

std::optional<QByteArray> EmailAddress::toSmtpPath(bool smtpUtf8) const
{
    // RFC 6531 §3.2: a UTF-8 local part may only be sent after SMTPUTF8 was negotiated.
    if (needsSmtpUtf8() && !smtpUtf8)
        return std::nullopt;
    return m_localPart.toUtf8() + '@' + m_asciiDomain.toLatin1();
}

QString EmailAddress::toString() const
{
    return m_localPart + QLatin1Char('@') + m_domain;
}

} // namespace mw
