#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

class QRandomGenerator;

namespace mw {

// The values that make a message unique: Date, Message-ID and MIME boundaries.

// RFC 5322 §3.3 date-time with the numeric offset of dateTime (local time by default):
// "Tue, 03 Dec 2024 09:05:00 +0800". English day and month names whatever the locale.
QByteArray rfc5322Date(const QDateTime &dateTime);

// n characters from [A-Za-z0-9] drawn from random (≈5.95 bits each).
QByteArray randomAlphanumeric(QRandomGenerator &random, int n);

// RFC 5322 §3.6.4 msg-id without the angle brackets: "<time>.<random>@<domain>", where domain is
// the sender's (A-labels, or an address literal) and time comes from when.
QByteArray newMessageId(QRandomGenerator &random, QByteArrayView domain, const QDateTime &when);

// True for "left@right" where both sides are printable ASCII without whitespace, '<', '>', or a
// second '@' (the shape RFC 5322 §3.6.4 needs, loosely, so that other tools' IDs are accepted).
bool isValidMessageId(QByteArrayView id);

// A multipart boundary (RFC 2046 §5.1.1): "=_mw." followed by 24 random alphanumerics, 29
// characters (≤ 70), about 143 bits of entropy. The "=_" makes it impossible inside every body
// the writer encodes: base64 output has no '_', and '=' only as final padding; quoted-printable
// output always follows '=' with a hex digit or CR. So a boundary line can only come from 7bit or
// 8bit text, which the writer checks before using a boundary.
QByteArray newBoundary(QRandomGenerator &random);

} // namespace mw
