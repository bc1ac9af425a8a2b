#pragma once

#include "net/FailureKind.h"
#include "net/NetError.h"
#include "smtp/SmtpReply.h"

#include <QString>

namespace mw {

// Why an SMTP session or one message failed, as a value:
// {step, kind, reply code, enhanced code, server text, detail}.
struct SmtpError {
    enum class Step {
        None,
        Connect, // DNS + TCP
        Tls, // the TLS handshake and certificate check (implicit or after STARTTLS)
        Greeting,
        Ehlo,
        StartTls,
        Auth,
        Sender, // MAIL FROM
        Recipient, // RCPT TO
        Data, // DATA / BDAT / the message body
        Quit,
    };
    using Kind = FailureKind;

    Step step = Step::None;
    Kind kind = Kind::None;
    SmtpReply reply; // for Kind::Reply (and informative elsewhere)
    QString detail; // English technical detail
    CertificateInfo certificate; // for Kind::Certificate

    bool isError() const { return kind != Kind::None; }
    // Worth retrying later: 4xx, timeouts, lost or unreachable connections.
    bool isTemporary() const;
    QString message() const; // one translated sentence for people

    static SmtpError fromNet(Step step, const NetError &error);
    static SmtpError fromReply(Step step, const SmtpReply &reply);
    static SmtpError make(Step step, Kind kind, const QString &detail);
};

QString stepName(SmtpError::Step step); // "auth", "sender"… (stable; used in --json)

} // namespace mw
