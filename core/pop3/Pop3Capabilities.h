#pragma once

#include <QByteArray>
#include <QList>

namespace mw {

// What the server listed in its CAPA reply (RFC 2449 §5). Built fresh from
// every CAPA: after STLS the old value is discarded, never merged (RFC 2595 §4).
struct Pop3Capabilities {
    enum Flag {
        None = 0,
        Top = 1 << 0, // RFC 2449 §6.1
        User = 1 << 1, // RFC 2449 §6.2: USER/PASS is accepted
        Sasl = 1 << 2, // RFC 5034: AUTH, see saslMechanisms
        RespCodes = 1 << 3, // RFC 2449 §6.4
        LoginDelay = 1 << 4, // RFC 2449 §6.5
        Pipelining = 1 << 5, // RFC 2449 §6.6
        Expire = 1 << 6, // RFC 2449 §6.7
        Uidl = 1 << 7, // RFC 2449 §6.8
        Stls = 1 << 8, // RFC 2595 §4
        AuthRespCode = 1 << 9, // RFC 3206 §6
        Utf8 = 1 << 10, // RFC 6856 §2
    };

    int flags = None;
    QList<QByteArray> saslMechanisms; // upper-case, as offered
    QByteArray implementation; // IMPLEMENTATION text, for diagnostics
    // True when CAPA answered +OK. A server without CAPA says -ERR; then
    // nothing is assumed (RFC 2449 §5), except what RFC 1939 requires.
    bool known = false;

    bool has(Flag flag) const { return (flags & flag) != 0; }

    static Pop3Capabilities fromCapa(const QByteArray &body); // the unstuffed lines, CRLF-joined
    QList<QByteArray> keywords() const; // for transcripts and --json
};

} // namespace mw
