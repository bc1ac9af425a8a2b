#pragma once

#include "smtp/SmtpError.h"
#include "smtp/SmtpReply.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace mw {

// What an SMTP server said about one address (`verify --recipient`): RFC 5321
// §3.5 VRFY where the server answers it, else what RCPT TO would do.
struct RecipientCheck {
    enum class Verdict {
        Known, // VRFY 250/251, or RCPT 250/251
        CannotVerify, // the server would not say (VRFY 252 and no usable RCPT answer)
        Unknown, // 550/551: no such mailbox here
        Ambiguous, // VRFY 553: several mailboxes match
        Refused, // RCPT refused for another reason (relaying denied, policy, 553 syntax)
        Temporary, // 4xx: ask again later (greylisting, busy)
        Failed, // the session failed before an answer; see `error`
    };
    enum class Method { None, Vrfy, Rcpt };

    Verdict verdict = Verdict::Failed;
    Method method = Method::None; // which command gave the verdict
    SmtpReply vrfyReply; // VRFY's answer, when it was asked
    SmtpReply rcptReply; // RCPT's answer (or MAIL's, if MAIL was refused)
    SmtpError error; // for Verdict::Failed
    QString explanation; // one translated sentence
};

QString verdictName(RecipientCheck::Verdict verdict); // "known", "unknown"… (stable; --json)
QString methodName(RecipientCheck::Method method); // "none", "vrfy", "rcpt"

// RFC 5321 §3.5.3: what a VRFY reply says. nullopt when it says nothing
// useful (252, VRFY disabled or not allowed), so RCPT TO must be asked.
std::optional<RecipientCheck> classifyVrfyReply(const SmtpReply &reply);
// What the RCPT TO reply says, inside a transaction that is reset afterwards.
RecipientCheck classifyRcptReply(const SmtpReply &reply);

} // namespace mw

Q_DECLARE_METATYPE(mw::RecipientCheck)
