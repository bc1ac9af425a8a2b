#include "pop3/Pop3Apop.h"

#include <QCryptographicHash>

namespace mw::pop3 {

namespace {

// RFC 5322 §3.6.4 msg-id = "<" id-left "@" id-right ">", with dot-atom text
// on both sides in the common form. Quoted strings and domain literals are
// not accepted: no real server uses them in a banner.
bool isAtext(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~.").contains(c);
}

bool isDotAtomText(QByteArrayView text)
{
    if (text.isEmpty() || text.startsWith('.') || text.endsWith('.'))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAtext(text.at(i)))
            return false;
        if (text.at(i) == '.' && i > 0 && text.at(i - 1) == '.')
            return false;
    }
    return true;
}

} // namespace

std::optional<QByteArray> apopTimestamp(QByteArrayView greetingText)
{
    const qsizetype open = greetingText.indexOf('<');
    if (open < 0)
        return std::nullopt;
    const qsizetype close = greetingText.indexOf('>', open);
    if (close < 0)
        return std::nullopt;
    const QByteArrayView stamp = greetingText.sliced(open, close - open + 1);
    if (stamp.size() > kMaxApopTimestamp)
        return std::nullopt;
    const QByteArrayView inner = stamp.sliced(1, stamp.size() - 2);
    const qsizetype at = inner.indexOf('@');
    if (at < 0 || inner.indexOf('@', at + 1) >= 0)
        return std::nullopt;
    if (!isDotAtomText(inner.first(at)) || !isDotAtomText(inner.sliced(at + 1)))
        return std::nullopt;
    return stamp.toByteArray();
}

QByteArray apopDigest(const QByteArray &timestamp, const QString &secret)
{
    return QCryptographicHash::hash(timestamp + secret.toUtf8(), QCryptographicHash::Md5).toHex();
}

} // namespace mw::pop3
