#pragma once

#include "mime/Mailbox.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mw {

struct DraftAttachment {
    QString path; // read when the message is written, never loaded whole
    QString displayName; // empty: the file's own name
    QString contentType; // "type/subtype"; empty: QMimeDatabase's guess from name and content
    QString contentId; // non-empty: an inline part the HTML body shows as "cid:<contentId>"
};

struct DraftHeader {
    QString name;
    QString value;
};

// What is wrong with a draft, as a value: which field, which entry, and a translated sentence.
struct DraftError {
    enum class Field { None, From, Recipients, Subject, Header, Attachment, Options };
    Field field = Field::None;
    int index = -1; // the header or attachment at fault
    QString text;

    bool isError() const { return field != Field::None; }
};

// Extra headers a caller may set, and how their values are checked and written:
//  - Text: any single line of Unicode, RFC 2047 encoded when needed (Organization, X-...);
//  - Ascii: printable ASCII tokens, folded at spaces (Importance, List-Unsubscribe...);
//  - MessageIds: "<id@host>" list (In-Reply-To, References; RFC 5322 §3.6.4).
// Everything the writer sets itself (Date, From, To, Cc, Bcc, Message-ID, MIME-Version,
// Content-*...) is refused, so a draft cannot duplicate or override them.
enum class HeaderKind { Text, Ascii, MessageIds };
struct HeaderRule {
    QString name; // canonical spelling, as written
    HeaderKind kind = HeaderKind::Text;
};
std::optional<HeaderRule> extraHeaderRule(QStringView name);

// A message as the user composed it: the input of MessageWriter. All addresses are validated
// values (Mailbox), so none can inject a header or an SMTP command.
struct MessageDraft {
    std::optional<Mailbox> from;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc; // envelope only: never written into the message
    QList<Mailbox> replyTo;
    QString subject;
    QString textBody;
    QString htmlBody; // empty: text only; else a multipart/alternative with this HTML
    QList<DraftAttachment> attachments;
    QList<DraftHeader> extraHeaders;

    // Every recipient (To, Cc, Bcc) once each, in that order: the SMTP envelope.
    QList<EmailAddress> envelopeRecipients() const;

    // Checks everything that does not need the file system (MessageWriter checks the files).
    DraftError validate() const;

    // RFC 5322 §3.6.5: a subject is one line. Each line break the user typed or pasted (CRLF, CR,
    // LF, NEL, U+2028, U+2029) becomes one space, so "\r\nBcc: x" can never start a header.
    static QString neutralisedSubject(QStringView subject);
};

} // namespace mw
