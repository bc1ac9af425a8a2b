#include "net/FailureKind.h"

namespace mw {

FailureKind failureKindFrom(NetError::Kind kind)
{
    switch (kind) {
    case NetError::None:
        return FailureKind::None;
    case NetError::HostNotFound:
        return FailureKind::HostNotFound;
    case NetError::Refused:
        return FailureKind::Refused;
    case NetError::Unreachable:
        return FailureKind::Unreachable;
    case NetError::Timeout:
        return FailureKind::Timeout;
    case NetError::Closed:
        return FailureKind::Closed;
    case NetError::TlsHandshake:
        return FailureKind::TlsHandshake;
    case NetError::Certificate:
        return FailureKind::Certificate;
    case NetError::Injection:
        return FailureKind::Injection;
    case NetError::LineTooLong:
    case NetError::Protocol:
        return FailureKind::Protocol;
    }
    return FailureKind::Protocol;
}

bool isTransientFailure(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Timeout:
    case FailureKind::Closed:
    case FailureKind::Unreachable:
    case FailureKind::Cancelled:
        return true;
    default:
        return false;
    }
}

QString kindName(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return QStringLiteral("none");
    case FailureKind::Reply:
        return QStringLiteral("reply");
    case FailureKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case FailureKind::Refused:
        return QStringLiteral("refused");
    case FailureKind::Unreachable:
        return QStringLiteral("unreachable");
    case FailureKind::Timeout:
        return QStringLiteral("timeout");
    case FailureKind::Closed:
        return QStringLiteral("closed");
    case FailureKind::TlsHandshake:
        return QStringLiteral("tls-handshake");
    case FailureKind::Certificate:
        return QStringLiteral("certificate");
    case FailureKind::Injection:
        return QStringLiteral("injection");
    case FailureKind::Protocol:
        return QStringLiteral("protocol");
    case FailureKind::Policy:
        return QStringLiteral("policy");
    case FailureKind::TooLarge:
        return QStringLiteral("too-large");
    case FailureKind::LocalInput:
        return QStringLiteral("local-input");
    case FailureKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace mw
