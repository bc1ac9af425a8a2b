#pragma once

#include "net/TlsPolicy.h"

#include <QString>

namespace mw {

// A failure below the mail protocol: name lookup, TCP, TLS, a stalled peer,
// or bytes that break the line rules. Protocol clients wrap it with the step
// they were in.
struct NetError {
    enum Kind {
        None,
        HostNotFound, // DNS said no
        Refused, // nothing listens there: wrong port or host
        Unreachable, // network, firewall, or connect timeout
        Timeout, // connected, but the peer stopped answering
        Closed, // the peer closed the connection unexpectedly
        TlsHandshake, // handshake failed (protocol mismatch, TLS < 1.2, plaintext port...)
        Certificate, // the certificate was not trusted; see `certificate`
        Injection, // bytes were pipelined across a STARTTLS/STLS boundary
        LineTooLong, // a line exceeded the hard limit
        Protocol, // not text the protocol allows (e.g. TLS bytes on a plaintext port)
    };
    Kind kind = None;
    QString detail; // English technical detail (from Qt or our checks)
    CertificateInfo certificate; // for Certificate

    bool isError() const { return kind != None; }
};

} // namespace mw
