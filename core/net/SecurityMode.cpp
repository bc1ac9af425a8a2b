#include "net/SecurityMode.h"

namespace mw {

QString toString(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::Ssl:
        return QStringLiteral("ssl");
    case SecurityMode::StartTls:
        return QStringLiteral("starttls");
    case SecurityMode::Plain:
        return QStringLiteral("plain");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SecurityMode> securityModeFromString(QStringView text)
{
    for (auto mode : { SecurityMode::Ssl, SecurityMode::StartTls, SecurityMode::Plain }) {
        if (text.compare(toString(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

int defaultSmtpPort(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::Ssl:
        return 465;
    case SecurityMode::StartTls:
        return 587;
    case SecurityMode::Plain:
        return 25;
    }
    Q_UNREACHABLE();
    return 0;
}

int defaultPop3Port(SecurityMode mode)
{
    return mode == SecurityMode::Ssl ? 995 : 110;
}

} // namespace mw
