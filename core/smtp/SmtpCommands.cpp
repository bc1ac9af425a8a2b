#include "smtp/SmtpCommands.h"

#include <QHostAddress>

namespace mw::smtp {

namespace {
const QByteArray kCrlf = QByteArrayLiteral("\r\n");
}

QByteArray ehlo(const QByteArray &domain)
{
    return "EHLO " + domain + kCrlf;
}

QByteArray helo(const QByteArray &domain)
{
    return "HELO " + domain + kCrlf;
}

QByteArray startTls()
{
    return QByteArrayLiteral("STARTTLS\r\n");
}

QByteArray auth(const QByteArray &mechanism, const std::optional<QByteArray> &initialResponse)
{
    QByteArray line = "AUTH " + mechanism;
    if (initialResponse) {
        // RFC 4954 §4: "=" stands for an empty initial response.
        line += ' ';
        line += initialResponse->isEmpty() ? QByteArrayLiteral("=") : initialResponse->toBase64();
    }
    return line + kCrlf;
}

QByteArray authResponse(const QByteArray &raw)
{
    return raw.toBase64() + kCrlf;
}

QByteArray authCancel()
{
    return QByteArrayLiteral("*\r\n");
}

QByteArray xtext(const QByteArray &raw)
{
    QByteArray out;
    for (char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x21 && c <= 0x7e && c != '+' && c != '=') {
            out.append(ch);
        } else {
            out.append('+');
            out.append(QByteArray::number(c, 16).toUpper().rightJustified(2, '0'));
        }
    }
    return out;
}

QByteArray mailFrom(const QByteArray &path, const MailParameters &p)
{
    QByteArray line = "MAIL FROM:<" + path + '>';
    if (p.size >= 0)
        line += " SIZE=" + QByteArray::number(p.size);
    if (p.eightBit)
        line += " BODY=8BITMIME";
    if (p.smtpUtf8)
        line += " SMTPUTF8";
    if (p.dsn) {
        if (p.dsn->ret == DsnRequest::Return::Full)
            line += " RET=FULL";
        else if (p.dsn->ret == DsnRequest::Return::Headers)
            line += " RET=HDRS";
        if (!p.dsn->envelopeId.isEmpty())
            line += " ENVID=" + xtext(p.dsn->envelopeId);
    }
    return line + kCrlf;
}

QByteArray rcptTo(const QByteArray &path, const std::optional<DsnRequest> &dsn)
{
    QByteArray line = "RCPT TO:<" + path + '>';
    if (dsn) {
        QList<QByteArray> notify;
        if (dsn->notifyNever) {
            notify << "NEVER";
        } else {
            if (dsn->notifySuccess)
                notify << "SUCCESS";
            if (dsn->notifyFailure)
                notify << "FAILURE";
            if (dsn->notifyDelay)
                notify << "DELAY";
        }
        if (!notify.isEmpty())
            line += " NOTIFY=" + notify.join(',');
        line += " ORCPT=rfc822;" + xtext(path);
    }
    return line + kCrlf;
}

QByteArray data()
{
    return QByteArrayLiteral("DATA\r\n");
}

QByteArray bdat(qint64 size, bool last)
{
    return "BDAT " + QByteArray::number(size) + (last ? " LAST" : "") + kCrlf;
}

QByteArray rset()
{
    return QByteArrayLiteral("RSET\r\n");
}

QByteArray quit()
{
    return QByteArrayLiteral("QUIT\r\n");
}

QByteArray heloArgument(const QString &configuredName, const QString &localAddress)
{
    if (!configuredName.isEmpty()) {
        // Only letters, digits, '-', '.' and an address literal's brackets/colons.
        QByteArray name = configuredName.toLatin1();
        bool valid = configuredName.size() <= 255;
        for (QChar c : configuredName)
            valid = valid && c.unicode() < 128
                && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.')
                    || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char(':'));
        if (valid && !name.isEmpty())
            return name;
    }
    // RFC 5321 §4.1.4: without a resolvable name, send an address literal.
    // It also keeps the user's host name private.
    QHostAddress address(localAddress);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const QHostAddress v4(address.toIPv4Address());
        bool isV4 = false;
        address.toIPv4Address(&isV4);
        if (isV4)
            return "[" + v4.toString().toLatin1() + "]";
        address.setScopeId(QString());
        return "[IPv6:" + address.toString().toLatin1() + "]";
    }
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return "[" + address.toString().toLatin1() + "]";
    return QByteArrayLiteral("[127.0.0.1]");
}

} // namespace mw::smtp
