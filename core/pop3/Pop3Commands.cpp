#include "pop3/Pop3Commands.h"

namespace mw::pop3 {

namespace {
const QByteArray kCrlf = QByteArrayLiteral("\r\n");
}

bool isSafeArgument(const QString &argument)
{
    if (argument.isEmpty())
        return false;
    for (const QChar c : argument) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return false;
    }
    return true;
}

bool isSafeName(const QString &name)
{
    return isSafeArgument(name) && !name.contains(u' ') && !name.contains(u'\t');
}

QByteArray capa()
{
    return QByteArrayLiteral("CAPA\r\n");
}

QByteArray stls()
{
    return QByteArrayLiteral("STLS\r\n");
}

QByteArray user(const QString &name)
{
    Q_ASSERT(isSafeName(name));
    return "USER " + name.toUtf8() + kCrlf;
}

QByteArray pass(const QString &secret)
{
    // RFC 1939 §7: PASS takes the rest of the line, spaces included.
    Q_ASSERT(isSafeArgument(secret));
    return "PASS " + secret.toUtf8() + kCrlf;
}

QByteArray apop(const QString &name, const QByteArray &digest)
{
    Q_ASSERT(isSafeName(name));
    return "APOP " + name.toUtf8() + ' ' + digest + kCrlf;
}

QByteArray auth(const QByteArray &mechanism, const std::optional<QByteArray> &initialResponse)
{
    QByteArray line = "AUTH " + mechanism;
    if (initialResponse) {
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

QByteArray stat()
{
    return QByteArrayLiteral("STAT\r\n");
}

QByteArray list()
{
    return QByteArrayLiteral("LIST\r\n");
}

QByteArray uidl()
{
    return QByteArrayLiteral("UIDL\r\n");
}

QByteArray retr(int number)
{
    Q_ASSERT(number > 0);
    return "RETR " + QByteArray::number(number) + kCrlf;
}

QByteArray quit()
{
    return QByteArrayLiteral("QUIT\r\n");
}

} // namespace mw::pop3
