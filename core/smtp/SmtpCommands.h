#pragma once

#include "smtp/SmtpTypes.h"

#include <QByteArray>

// Each SMTP command renders itself from validated values, so no caller can
// put a CR, LF or stray parameter on the wire (RFC 5321 §4.1).
namespace mw::smtp {

QByteArray ehlo(const QByteArray &domain);
QByteArray helo(const QByteArray &domain);
QByteArray startTls();
QByteArray auth(const QByteArray &mechanism, const std::optional<QByteArray> &initialResponse);
QByteArray authResponse(const QByteArray &raw); // base64 + CRLF
QByteArray authCancel(); // "*" (RFC 4954 §4)

struct MailParameters {
    qint64 size = -1; // SIZE= (RFC 1870)
    bool eightBit = false; // BODY=8BITMIME (RFC 6152)
    bool smtpUtf8 = false; // SMTPUTF8 (RFC 6531)
    std::optional<DsnRequest> dsn; // RET=, ENVID= (RFC 3461)
};
QByteArray mailFrom(const QByteArray &path, const MailParameters &parameters);
// `orcpt` is the original recipient for ORCPT=rfc822; (RFC 3461 §4.2).
QByteArray rcptTo(const QByteArray &path, const std::optional<DsnRequest> &dsn);
QByteArray data();
QByteArray bdat(qint64 size, bool last);
QByteArray rset();
QByteArray quit();

// RFC 3461 §4: xtext = "+" HEX for anything outside "!".."~" and for "+" and "=".
QByteArray xtext(const QByteArray &raw);

// The EHLO argument: a host name, or an address literal for an IP.
QByteArray heloArgument(const QString &configuredName, const QString &localAddress);

} // namespace mw::smtp
