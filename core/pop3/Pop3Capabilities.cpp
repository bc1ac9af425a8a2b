#include "pop3/Pop3Capabilities.h"

namespace mw {

namespace {

struct Tag {
    const char *name;
    Pop3Capabilities::Flag flag;
};

constexpr Tag kTags[] = {
    { "TOP", Pop3Capabilities::Top },
    { "USER", Pop3Capabilities::User },
    { "SASL", Pop3Capabilities::Sasl },
    { "RESP-CODES", Pop3Capabilities::RespCodes },
    { "LOGIN-DELAY", Pop3Capabilities::LoginDelay },
    { "PIPELINING", Pop3Capabilities::Pipelining },
    { "EXPIRE", Pop3Capabilities::Expire },
    { "UIDL", Pop3Capabilities::Uidl },
    { "STLS", Pop3Capabilities::Stls },
    { "AUTH-RESP-CODE", Pop3Capabilities::AuthRespCode },
    { "UTF8", Pop3Capabilities::Utf8 },
};

} // namespace

Pop3Capabilities Pop3Capabilities::fromCapa(const QByteArray &body)
{
    Pop3Capabilities caps;
    caps.known = true;
    for (const QByteArray &rawLine : body.split('\n')) {
        // RFC 2449 §5: capability = tag *(SP param); tags are case-insensitive.
        const QList<QByteArray> words = rawLine.simplified().split(' ');
        const QByteArray tag = words.first().toUpper();
        if (tag.isEmpty())
            continue;
        if (tag == "IMPLEMENTATION") {
            caps.implementation = rawLine.simplified().mid(tag.size() + 1).left(200);
            continue;
        }
        for (const Tag &known : kTags) {
            if (tag != known.name)
                continue;
            caps.flags |= known.flag;
            if (known.flag == Sasl) {
                for (qsizetype i = 1; i < words.size(); ++i) {
                    const QByteArray mechanism = words.at(i).toUpper();
                    if (!caps.saslMechanisms.contains(mechanism))
                        caps.saslMechanisms.append(mechanism);
                }
            }
            break;
        }
    }
    return caps;
}

QList<QByteArray> Pop3Capabilities::keywords() const
{
    QList<QByteArray> out;
    for (const Tag &known : kTags) {
        if (!has(known.flag))
            continue;
        if (known.flag == Sasl)
            out.append("SASL " + saslMechanisms.join(' '));
        else
            out.append(known.name);
    }
    return out;
}

} // namespace mw
