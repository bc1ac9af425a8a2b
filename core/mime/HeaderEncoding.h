#pragma once

#include "mime/Mailbox.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace mw {

// Builders for whole header fields ("Name: value" CRLF, folded at 78). They take user text and
// can never emit a raw CR or LF from it: every field is made of tokens that were checked or
// encoded, and line breaks only come from folding.

// RFC 5322 §3.6.5 unstructured text (Subject, Comments). Kept as plain folded text when it is
// printable ASCII that reads back exactly; otherwise the whole value becomes RFC 2047 encoded
// words, which also carries leading, trailing and repeated spaces, tabs, "=?" and words too long
// to fold. Line breaks in value must have been neutralised by the caller (see
// MessageDraft::neutralisedSubject); any left are encoded, never emitted raw.
QByteArray unstructuredField(QByteArrayView name, QStringView value);

// RFC 5322 §3.4 mailbox list (From, To, Cc, Reply-To). Display names are atoms when they can
// be, a quoted-string when they hold specials (§3.2.4), RFC 2047 words when they hold non-ASCII
// text or "=?" or would not fit a line; addresses use A-label domains.
QByteArray addressField(QByteArrayView name, const QList<Mailbox> &mailboxes);

// A field of space-separated ASCII tokens (Message-ID, References, User-Agent...), folded
// between tokens. value must be printable ASCII (checked by the caller).
QByteArray tokenField(QByteArrayView name, QByteArrayView value);

// The display name as it goes into a header (without the address), for tests and callers that
// build their own fields.
QByteArray encodedPhrase(QStringView displayName);

// The address as written in headers: the local part as typed, '@', the A-label domain.
QByteArray headerAddress(const EmailAddress &address);

} // namespace mw
