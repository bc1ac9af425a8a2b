#pragma once

#include "net/NetError.h"

#include <QString>

namespace mw {

// What went wrong in a protocol session, shared by SMTP and POP3 errors so
// that the verifier, the CLI and the UI speak one vocabulary.
enum class FailureKind {
    None,
    Reply, // the server answered with a failure; see the error's reply
    HostNotFound,
    Refused,
    Unreachable,
    Timeout, // connected, but the server stopped answering in the error's step
    Closed, // the connection was lost
    TlsHandshake,
    Certificate, // see the error's certificate
    Injection, // bytes pipelined across STARTTLS/STLS (response injection)
    Protocol, // the server broke the protocol (malformed reply, bad base64…)
    Policy, // we refused: no TLS offered, cleartext login without consent, SIZE…
    TooLarge, // a message or listing exceeded the configured limit (POP3)
    LocalInput, // the caller's input could not be used (unreadable body, message number 0…)
    Cancelled,
};

// The failure kind for a transport-level error.
FailureKind failureKindFrom(NetError::Kind kind);
// Worth retrying later, for every kind but Reply (whose answer depends on the code).
bool isTransientFailure(FailureKind kind);
// Stable names used in --json ("tls-handshake", "certificate"…).
QString kindName(FailureKind kind);

} // namespace mw
