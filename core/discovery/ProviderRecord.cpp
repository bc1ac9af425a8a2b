#include "discovery/ProviderRecord.h"

#include "mime/EmailAddress.h"

namespace mw {

bool isPlausibleHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253 || host.startsWith(QLatin1Char('.'))
        || host.endsWith(QLatin1Char('.')) || host.contains(QLatin1String("..")))
        return false;
    for (const QChar c : host) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QList<ServerConfig> ProviderRecord::instantiate(
    const EmailAddress &address, ConfigSource source, Trust trust) const
{
    QList<ServerConfig> out;
    for (ServerConfig server : servers) {
        server.host
            = expandPlaceholders(server.host, address, PlaceholderContext::Hostname).toLower();
        if (!isPlausibleHostName(server.host))
            continue;
        server.username = expandPlaceholders(server.usernameTemplate, address);
        server.source = source;
        // RFC 8314 §5.1: a plaintext server is never taken on trust.
        server.trust = server.isPlaintext() ? Trust::NeedsConfirmation : trust;
        out << server;
    }
    return out;
}

} // namespace mw
