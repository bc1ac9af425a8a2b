#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Each POP3 command renders itself, CRLF included. Arguments that come from
// the user are checked first (isSafeArgument), so no caller can put a CR, LF
// or NUL on the wire (RFC 1939 §3).
namespace mw::pop3 {

// RFC 2449 §4: a command line is at most 255 octets including CRLF.
constexpr qsizetype kMaxCommandLine = 255;

// Non-empty, and free of CR, LF and NUL.
bool isSafeArgument(const QString &argument);
// A safe argument without spaces: USER and APOP take the name as one word.
bool isSafeName(const QString &name);

QByteArray capa();
QByteArray stls();
QByteArray user(const QString &name); // `name` must pass isSafeName()
QByteArray pass(const QString &secret); // `secret` must pass isSafeArgument()
QByteArray apop(const QString &name, const QByteArray &digest);
// RFC 5034 §4: "AUTH mechanism [initial-response]", "=" for an empty one.
QByteArray auth(const QByteArray &mechanism, const std::optional<QByteArray> &initialResponse);
QByteArray authResponse(const QByteArray &raw); // base64 + CRLF
QByteArray authCancel(); // "*" (RFC 5034 §4)
QByteArray stat();
QByteArray list();
QByteArray uidl();
QByteArray retr(int number);
QByteArray quit();

} // namespace mw::pop3
