#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mw {

// How a connection is protected. The text forms are part of the CLI contract
// (`HOST:PORT/SEC`) and of the account file format, so they never change.
enum class SecurityMode {
    Ssl, // implicit TLS from the first byte (RFC 8314): 465, 995, 993
    StartTls, // plaintext greeting, then a mandatory upgrade (RFC 3207, RFC 2595)
    Plain, // no encryption at all; needs the user's explicit consent
};

QString toString(SecurityMode mode);

// Accepts exactly "ssl", "starttls" or "plain" (ASCII case-insensitive, no
// surrounding space). Anything else is rejected rather than guessed.
std::optional<SecurityMode> securityModeFromString(QStringView text);

// The port a protocol conventionally uses with this mode (SMTP submission).
int defaultSmtpPort(SecurityMode mode);
int defaultPop3Port(SecurityMode mode);

} // namespace mw
