#include "net/Endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace mw {

namespace {
// Translation context for this file's messages.
struct EndpointText {
    Q_DECLARE_TR_FUNCTIONS(mw::Endpoint)
};

bool plausibleHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > 253 || host.startsWith(QLatin1Char('.'))
        || host.contains(QLatin1String("..")))
        return false;
    for (QChar c : host) {
        // Letters (IDN allowed), digits, '-', '.', '_' (seen in SRV-style names).
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.')
                || c == QLatin1Char('_')))
            return false;
    }
    return true;
}
} // namespace

int defaultPort(Protocol protocol, SecurityMode mode)
{
    switch (protocol) {
    case Protocol::Smtp:
        return defaultSmtpPort(mode);
    case Protocol::Pop3:
        return defaultPop3Port(mode);
    case Protocol::Imap:
        return mode == SecurityMode::Ssl ? 993 : 143;
    }
    return 0;
}

QString Endpoint::toString() const
{
    const QString shownHost
        = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1:%2/%3").arg(shownHost).arg(port).arg(mw::toString(security));
}

std::optional<Endpoint> parseEndpoint(QStringView text, Protocol protocol, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Endpoint> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Endpoint endpoint;
    QStringView rest = text;
    std::optional<SecurityMode> security;
    if (const qsizetype slash = rest.lastIndexOf(QLatin1Char('/')); slash >= 0) {
        security = securityModeFromString(rest.mid(slash + 1));
        if (!security)
            return fail(EndpointText::tr("unknown security \"%1\": use ssl, starttls or plain")
                            .arg(rest.mid(slash + 1)));
        rest = rest.left(slash);
    }
    QStringView portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(EndpointText::tr("missing ']' after the IPv6 address"));
        endpoint.host = rest.mid(1, close - 1).toString();
        if (QHostAddress(endpoint.host).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(EndpointText::tr("\"%1\" is not an IPv6 address").arg(endpoint.host));
        rest = rest.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(EndpointText::tr("expected ':' and a port after the address"));
            portText = rest.mid(1);
        }
    } else {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            portText = rest.mid(colon + 1);
            rest = rest.left(colon);
        }
        endpoint.host = rest.toString();
        if (!plausibleHostName(endpoint.host))
            return fail(EndpointText::tr("\"%1\" is not a valid host name").arg(endpoint.host));
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return fail(EndpointText::tr("\"%1\" is not a valid port").arg(portText));
        endpoint.port = quint16(port);
    }
    if (security) {
        endpoint.security = *security;
    } else {
        const bool implicitTlsPort
            = endpoint.port == 465 || endpoint.port == 995 || endpoint.port == 993;
        endpoint.security
            = (endpoint.port == 0 || implicitTlsPort) ? SecurityMode::Ssl : SecurityMode::StartTls;
    }
    if (endpoint.port == 0)
        endpoint.port = quint16(defaultPort(protocol, endpoint.security));
    return endpoint;
}

} // namespace mw
