#include "discovery/DomainNames.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrl>

namespace mw {

namespace {

// validateCookie() is protected; this subclass only makes it callable.
class SuffixProbe : public QNetworkCookieJar {
public:
    bool acceptsCookieFor(const QString &domain) const
    {
        QNetworkCookie cookie;
        cookie.setDomain(QLatin1Char('.') + domain);
        // The request host must differ from the domain, or the check is skipped.
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("probe.") + domain);
        return validateCookie(cookie, url);
    }
};

QString strip(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

} // namespace

bool isPublicSuffix(const QString &domain)
{
    const QString d = strip(domain);
    if (d.isEmpty())
        return true;
    if (!d.contains(QLatin1Char('.')))
        return true; // the PSL's implicit "*" rule: every TLD is a suffix
    static const SuffixProbe probe;
    return !probe.acceptsCookieFor(d);
}

QString registrableDomain(const QString &host)
{
    const QString h = strip(host);
    if (isPublicSuffix(h))
        return QString();
    const QStringList labels = h.split(QLatin1Char('.'));
    // The first position whose remainder is a public suffix gives the longest
    // suffix; the registrable domain is one label more.
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) {
        const QString rest = labels.mid(i + 1).join(QLatin1Char('.'));
        if (isPublicSuffix(rest))
            return labels.mid(i).join(QLatin1Char('.'));
    }
    return QString();
}

QStringList mxBaseDomains(const QString &mxHost)
{
    const QString host = strip(mxHost);
    QStringList out;
    const QString base = registrableDomain(host);
    if (!base.isEmpty())
        out << base;
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QString minusFirst = host.mid(dot + 1);
        if (!out.contains(minusFirst) && !isPublicSuffix(minusFirst))
            out << minusFirst;
    }
    return out;
}

bool isWithinDomain(const QString &host, const QString &domain)
{
    const QString h = strip(host);
    const QString d = strip(domain);
    if (h.isEmpty() || d.isEmpty())
        return false;
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

} // namespace mw
