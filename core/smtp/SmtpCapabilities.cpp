#include "smtp/SmtpCapabilities.h"

namespace mw {

namespace {
struct Keyword {
    const char *name;
    SmtpCapabilities::Flag flag;
};
constexpr Keyword kKeywords[] = {
    { "STARTTLS", SmtpCapabilities::StartTls },
    { "PIPELINING", SmtpCapabilities::Pipelining },
    { "CHUNKING", SmtpCapabilities::Chunking },
    { "8BITMIME", SmtpCapabilities::EightBitMime },
    { "SMTPUTF8", SmtpCapabilities::SmtpUtf8 },
    { "DSN", SmtpCapabilities::Dsn },
    { "ENHANCEDSTATUSCODES", SmtpCapabilities::EnhancedStatusCodes },
    { "SIZE", SmtpCapabilities::Size },
    { "AUTH", SmtpCapabilities::Auth },
    { "BINARYMIME", SmtpCapabilities::BinaryMime },
};

void addMechanisms(SmtpCapabilities &caps, const QList<QByteArray> &words)
{
    for (const QByteArray &word : words) {
        const QByteArray mechanism = word.trimmed().toUpper();
        // RFC 4422 §3.1 mechanism names: A–Z, 0–9, '-' and '_', 1–20 characters.
        bool valid = !mechanism.isEmpty() && mechanism.size() <= 20;
        for (char c : mechanism)
            valid = valid
                && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
        if (valid && !caps.authMechanisms.contains(mechanism))
            caps.authMechanisms.append(mechanism);
    }
}
} // namespace

SmtpCapabilities SmtpCapabilities::fromEhlo(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    caps.extended = true;
    if (reply.lines.isEmpty())
        return caps;
    caps.serverDomain = reply.lines.first().split(' ').value(0);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines.at(i).trimmed();
        // Old servers wrote "AUTH=LOGIN PLAIN"; treat it like "AUTH LOGIN PLAIN".
        QList<QByteArray> words = line.split(' ');
        words.removeAll(QByteArray());
        if (words.isEmpty())
            continue;
        QByteArray keyword = words.takeFirst().toUpper();
        if (keyword.startsWith("AUTH=")) {
            words.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        for (const Keyword &known : kKeywords) {
            if (keyword == known.name) {
                caps.flags |= known.flag;
                break;
            }
        }
        if (keyword == "AUTH") {
            addMechanisms(caps, words);
        } else if (keyword == "SIZE" && !words.isEmpty()) {
            bool ok = false;
            const qint64 value = words.first().toLongLong(&ok);
            if (ok && value > 0)
                caps.maxSize = value;
        }
    }
    if (caps.authMechanisms.isEmpty())
        caps.flags &= ~Auth;
    return caps;
}

QList<QByteArray> SmtpCapabilities::keywords() const
{
    QList<QByteArray> result;
    for (const Keyword &known : kKeywords) {
        if (!has(known.flag))
            continue;
        QByteArray word = known.name;
        if (known.flag == Size && maxSize > 0)
            word += ' ' + QByteArray::number(maxSize);
        if (known.flag == Auth)
            word += ' ' + authMechanisms.join(' ');
        result.append(word);
    }
    return result;
}

} // namespace mw
