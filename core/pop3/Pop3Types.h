#pragma once

#include "net/Endpoint.h"
#include "net/SecurityMode.h"
#include "net/TlsPolicy.h"
#include "sasl/SaslMechanism.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mw {

using Pop3Server = Endpoint; // host:port/security, shared with SMTP

// Per-phase deadlines in milliseconds. RFC 1939 §3 only bounds the server's
// patience (10 minutes); these are the client's. Verification uses
// forVerification().
struct Pop3Timeouts {
    int connect = 30000;
    int greeting = 60000;
    int command = 120000; // CAPA, STLS (+ handshake), AUTH, USER, PASS, APOP, STAT…
    int data = 120000; // silence allowed between lines of a multi-line reply
    int quit = 10000;

    static Pop3Timeouts forVerification(int ms = 15000);
};

struct Pop3SessionOptions {
    TlsPolicy tls;
    Pop3Timeouts timeouts;
    std::optional<sasl::Credentials> credentials; // none: stop after CAPA (and STLS)
    sasl::SecretKind secretKind = sasl::SecretKind::Password;
    // The user's explicit choice, tried in order: SASL names ("SCRAM-SHA-256",
    // "PLAIN"…) and the POP3 commands "USER" and "APOP". Empty = automatic:
    // the strongest SASL mechanism offered, else USER/PASS, else APOP.
    QList<QByteArray> forcedMechanisms;
    bool allowPlaintextAuth = false; // PLAIN, LOGIN, USER/PASS without TLS: the user confirmed
    bool allowApop = false; // APOP without TLS: the user confirmed (over TLS it is allowed)
    qint64 maxMessageBytes = 64 * 1024 * 1024; // RETR: larger messages fail with TooLarge
    qint64 maxListingBytes = 16 * 1024 * 1024; // LIST and UIDL replies
    // Replaces SCRAM's random client nonce so protocol tests can replay
    // RFC 7677 §3. Never set it otherwise.
    QByteArray scramClientNonceForTesting;
};

// One line of a LIST reply (RFC 1939 §5 scan listing).
struct Pop3ListEntry {
    int number = 0;
    qint64 octets = 0;
};

// One line of a UIDL reply (RFC 1939 §7).
struct Pop3UidEntry {
    int number = 0;
    QByteArray uid; // 1-70 characters in 0x21-0x7E
};

} // namespace mw
