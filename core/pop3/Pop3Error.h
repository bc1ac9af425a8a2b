#pragma once

#include "net/FailureKind.h"
#include "net/NetError.h"
#include "pop3/Pop3Reply.h"

#include <QString>

namespace mw {

// Why a POP3 session failed, as a value: {step, kind, reply with its response
// code, detail, certificate}. Any failure ends the session.
struct Pop3Error {
    enum class Step {
        None,
        Connect, // DNS + TCP
        Tls, // the implicit-TLS handshake and certificate check (995)
        Greeting,
        Capabilities, // CAPA, before or after STLS
        Stls, // the STLS command and the TLS handshake after it
        Auth, // AUTH, USER/PASS or APOP
        Mailbox, // STAT, LIST, UIDL
        Retrieve, // RETR
        Quit,
    };
    using Kind = FailureKind;

    Step step = Step::None;
    Kind kind = Kind::None;
    Pop3Reply reply; // for Kind::Reply (and informative elsewhere)
    QString detail; // English technical detail
    CertificateInfo certificate; // for Kind::Certificate

    bool isError() const { return kind != Kind::None; }
    // [AUTH] vs [SYS/TEMP] vs [IN-USE]…: what the Verifier's advice hangs on.
    Pop3ResponseCode responseCode() const { return reply.code; }
    // Worth retrying later: [SYS/TEMP], [IN-USE], [LOGIN-DELAY], timeouts,
    // lost or unreachable connections.
    bool isTemporary() const;
    QString message() const; // one translated sentence for people

    static Pop3Error fromNet(Step step, const NetError &error);
    static Pop3Error fromReply(Step step, const Pop3Reply &reply);
    static Pop3Error make(Step step, Kind kind, const QString &detail);
};

QString stepName(Pop3Error::Step step); // "capabilities", "auth"… (stable; used in --json)

} // namespace mw
