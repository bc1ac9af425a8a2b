#pragma once

#include "net/SecurityMode.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace mw {

enum class Protocol { Smtp, Pop3, Imap };

// host:port/security, as in the CLI contract ("smtp.qq.com:465/ssl").
struct Endpoint {
    QString host;
    quint16 port = 0;
    SecurityMode security = SecurityMode::Ssl;

    QString toString() const; // "host:port/sec"; IPv6 hosts in brackets
};

// Parses "HOST[:PORT][/SEC]". IPv6 literals go in brackets ("[::1]:465/ssl").
// A missing port comes from the security mode; a missing security from the
// port (465/995/993 → ssl, otherwise starttls). The host must be a plausible
// DNS name or IP literal: no spaces, controls, '/', '@' or empty labels.
std::optional<Endpoint> parseEndpoint(
    QStringView text, Protocol protocol, QString *error = nullptr);

int defaultPort(Protocol protocol, SecurityMode mode);

} // namespace mw
