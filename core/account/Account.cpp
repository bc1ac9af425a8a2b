#include "account/Account.h"

namespace mw {

namespace {

bool isIdChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
        || c == QLatin1Char('_') || c == QLatin1Char('-');
}

QString slug(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text.toLower())
        result += isIdChar(c) ? c : QLatin1Char('-');
    return result;
}

} // namespace

Account::Account(EmailAddress address)
    : email(std::move(address))
{
}

QString Account::name() const
{
    return displayName.isEmpty() ? email.toString() : displayName;
}

QList<Endpoint> Account::endpoints() const
{
    QList<Endpoint> result;
    for (const auto *server : { &smtp, &pop3, &imap }) {
        if (*server)
            result << (*server)->endpoint;
    }
    return result;
}

QString accountIdFor(const EmailAddress &email)
{
    // The A-label domain keeps IDN addresses distinct and ASCII; a non-ASCII
    // local part degrades to dashes, and the store's suffix keeps it unique.
    QString id = slug(email.localPart()) + QLatin1String("-at-") + slug(email.asciiDomain());
    while (id.startsWith(QLatin1Char('.')) || id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    return id.left(100);
}

bool isValidAccountId(QStringView id)
{
    if (id.isEmpty() || id.size() > 128 || id.startsWith(QLatin1Char('.'))
        || id.startsWith(QLatin1Char('-')))
        return false;
    for (QChar c : id) {
        if (!isIdChar(c))
            return false;
    }
    return true;
}

} // namespace mw
