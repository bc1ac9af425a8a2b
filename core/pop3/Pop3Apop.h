#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// APOP (RFC 1939 §7): the greeting's timestamp and the digest over it.
namespace mw::pop3 {

// The longest timestamp accepted. RFC 1939's example is 33 octets; real
// servers use a few dozen. Anything longer is not a timestamp.
constexpr qsizetype kMaxApopTimestamp = 128;

// The "<…@…>" timestamp in a greeting's text, or nothing when there is none
// or it is not syntactically a msg-id of printable ASCII. A garbage
// timestamp means the server does not offer APOP. Known MD5 attacks on APOP
// (Leurent, FSE 2007) need challenges with arbitrary bytes; this check
// refuses them.
std::optional<QByteArray> apopTimestamp(QByteArrayView greetingText);

// Lower-case hex MD5 over the timestamp followed by the secret (UTF-8).
QByteArray apopDigest(const QByteArray &timestamp, const QString &secret);

} // namespace mw::pop3
