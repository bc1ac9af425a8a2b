#include "verify/RecipientCheck.h"

#include <QCoreApplication>

namespace mw {

namespace {

struct RecipientCheckText {
    Q_DECLARE_TR_FUNCTIONS(mw::RecipientCheck)
};

RecipientCheck make(
    RecipientCheck::Verdict verdict, RecipientCheck::Method method, const QString &explanation)
{
    RecipientCheck check;
    check.verdict = verdict;
    check.method = method;
    check.explanation = explanation;
    return check;
}

} // namespace

QString verdictName(RecipientCheck::Verdict verdict)
{
    switch (verdict) {
    case RecipientCheck::Verdict::Known:
        return QStringLiteral("known");
    case RecipientCheck::Verdict::CannotVerify:
        return QStringLiteral("cannot-verify");
    case RecipientCheck::Verdict::Unknown:
        return QStringLiteral("unknown");
    case RecipientCheck::Verdict::Ambiguous:
        return QStringLiteral("ambiguous");
    case RecipientCheck::Verdict::Refused:
        return QStringLiteral("refused");
    case RecipientCheck::Verdict::Temporary:
        return QStringLiteral("temporary");
    case RecipientCheck::Verdict::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString methodName(RecipientCheck::Method method)
{
    switch (method) {
    case RecipientCheck::Method::None:
        return QStringLiteral("none");
    case RecipientCheck::Method::Vrfy:
        return QStringLiteral("vrfy");
    case RecipientCheck::Method::Rcpt:
        return QStringLiteral("rcpt");
    }
    return {};
}

std::optional<RecipientCheck> classifyVrfyReply(const SmtpReply &reply)
{
    using V = RecipientCheck::Verdict;
    constexpr auto vrfy = RecipientCheck::Method::Vrfy;
    std::optional<RecipientCheck> check;
    switch (reply.code) {
    case 250:
        check = make(V::Known, vrfy,
            RecipientCheckText::tr("The server knows this address (it answered VRFY "
                                   "with 250)."));
        break;
    case 251:
        check = make(V::Known, vrfy,
            RecipientCheckText::tr("The address is not on this server, but the server "
                                   "will forward mail for it (VRFY 251): %1")
                .arg(reply.text()));
        break;
    case 550:
        check = make(V::Unknown, vrfy,
            RecipientCheckText::tr("The server says there is no such mailbox (VRFY "
                                   "550). Check the spelling of the address."));
        break;
    case 551:
        check = make(V::Unknown, vrfy,
            RecipientCheckText::tr("The user is not on this server (VRFY 551); the "
                                   "server may name where to write instead: %1")
                .arg(reply.text()));
        break;
    case 553:
        check = make(V::Ambiguous, vrfy,
            RecipientCheckText::tr("The address is ambiguous: several mailboxes on the "
                                   "server match it (VRFY 553). Use the full, exact "
                                   "address."));
        break;
    default:
        // 252 ("cannot VRFY, but will accept"), 502 (disabled), 530 (login
        // first), 4xx…: VRFY told us nothing about the mailbox.
        return std::nullopt;
    }
    check->vrfyReply = reply;
    return check;
}

RecipientCheck classifyRcptReply(const SmtpReply &reply)
{
    using V = RecipientCheck::Verdict;
    constexpr auto rcpt = RecipientCheck::Method::Rcpt;
    RecipientCheck check;
    if (reply.code == 250 || reply.code == 251) {
        check = make(V::Known, rcpt,
            RecipientCheckText::tr("The server would accept mail for this address (RCPT "
                                   "%1). It may still bounce later: many servers "
                                   "accept first and check afterwards.")
                .arg(reply.code));
    } else if (reply.code == 550 || reply.code == 551) {
        check = make(V::Unknown, rcpt,
            RecipientCheckText::tr("The server would refuse mail for this address: "
                                   "there is no such mailbox there (RCPT %1). Check "
                                   "the spelling.")
                .arg(reply.code));
    } else if (reply.code == 553) {
        check = make(V::Refused, rcpt,
            RecipientCheckText::tr("The server does not allow this address (RCPT 553): "
                                   "the mailbox name is not allowed or malformed."));
    } else if (reply.isTransient()) {
        check = make(V::Temporary, rcpt,
            RecipientCheckText::tr("The server asked to try again later (RCPT %1, for "
                                   "example greylisting), so the address could not be "
                                   "checked now.")
                .arg(reply.code));
    } else {
        check = make(V::Refused, rcpt,
            RecipientCheckText::tr("The server would not take mail for this address "
                                   "from you (RCPT %1), for example because it does "
                                   "not relay to other domains for this account.")
                .arg(reply.code));
    }
    check.rcptReply = reply;
    return check;
}

} // namespace mw
