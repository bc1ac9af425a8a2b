#pragma once

#include "mime/Mailbox.h"
#include "mime/MessageDraft.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace mw {

// A parsed RFC 6068 "mailto:" URL. Only to, cc, bcc, subject and body are honoured; every other
// header field ("from", "in-reply-to", "x-…", …) is listed in ignoredHeaders and never applied
// (RFC 6068 §7: a link must not be able to set headers behind the user's back). Percent-encoded
// octets are UTF-8; '+' is a plus sign, not a space (§2, unlike form encoding). Addresses in the
// path and in any number of "to=" fields are combined, in order.
struct MailtoUrl {
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc;
    QString subject;
    QString body; // line breaks as "\n"
    QStringList ignoredHeaders; // names (lower-case) of the fields not honoured, in order

    // nullopt with a translated *error for a URL that is not mailto:, bad percent-encoding,
    // invalid UTF-8, or an invalid address.
    static std::optional<MailtoUrl> parse(QStringView url, QString *error = nullptr);

    // A draft with these recipients, subject and body (no From: the composer picks the account).
    MessageDraft toDraft() const;
};

} // namespace mw
