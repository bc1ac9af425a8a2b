#include "pop3/Pop3Reply.h"

#include "net/TranscriptLine.h"

#include <QList>

namespace mw {

namespace {

// Server text shown to people is bounded; RFC 2449 §4 caps a response line
// at 512 octets anyway.
constexpr qsizetype kMaxDisplayBytes = 512;

// RFC 2449 §9: resp-level = 1*RCHAR; RCHAR = %x21-2E / %x30-5C / %x5E-7F,
// i.e. printable ASCII without "/" and "]".
bool isRespLevel(QByteArrayView level)
{
    if (level.isEmpty())
        return false;
    for (const char c : level) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7E || c == '/' || c == ']')
            return false;
    }
    return true;
}

// RFC 2449 §8: codes are hierarchical and clients MUST ignore unknown
// detail, so "SYS/TEMP/DISK" still means SYS/TEMP.
Pop3ResponseCode classify(const QList<QByteArray> &levels)
{
    const auto is = [](const QByteArray &level, const char *name) {
        return level.compare(name, Qt::CaseInsensitive) == 0;
    };
    const QByteArray &top = levels.first();
    if (is(top, "AUTH"))
        return Pop3ResponseCode::Auth;
    if (is(top, "IN-USE"))
        return Pop3ResponseCode::InUse;
    if (is(top, "LOGIN-DELAY"))
        return Pop3ResponseCode::LoginDelay;
    if (is(top, "SYS") && levels.size() > 1) {
        if (is(levels.at(1), "TEMP"))
            return Pop3ResponseCode::SysTemp;
        if (is(levels.at(1), "PERM"))
            return Pop3ResponseCode::SysPerm;
    }
    return Pop3ResponseCode::Other;
}

// Splits "[CODE] text" when the brackets hold a well-formed code. Codes are
// read even without the RESP-CODES capability: the greeting comes before
// CAPA, and a code only ever shapes advice, never a security decision.
void takeResponseCode(Pop3Reply &reply)
{
    const QByteArray &text = reply.text;
    if (!text.startsWith('['))
        return;
    const qsizetype close = text.indexOf(']');
    if (close < 0)
        return;
    const QByteArray code = text.mid(1, close - 1);
    const QList<QByteArray> levels = code.split('/');
    for (const QByteArray &level : levels) {
        if (!isRespLevel(level))
            return;
    }
    reply.codeText = code;
    reply.code = classify(levels);
    reply.text = text.mid(close + 1).trimmed();
}

// Matches a status indicator followed by the end of the line or a space.
bool startsWithIndicator(const QByteArray &line, QByteArrayView indicator)
{
    if (line.left(indicator.size()).compare(indicator, Qt::CaseInsensitive) != 0)
        return false;
    return line.size() == indicator.size() || line.at(indicator.size()) == ' ';
}

} // namespace

QString responseCodeName(Pop3ResponseCode code)
{
    switch (code) {
    case Pop3ResponseCode::None:
        return {};
    case Pop3ResponseCode::Auth:
        return QStringLiteral("AUTH");
    case Pop3ResponseCode::SysTemp:
        return QStringLiteral("SYS/TEMP");
    case Pop3ResponseCode::SysPerm:
        return QStringLiteral("SYS/PERM");
    case Pop3ResponseCode::InUse:
        return QStringLiteral("IN-USE");
    case Pop3ResponseCode::LoginDelay:
        return QStringLiteral("LOGIN-DELAY");
    case Pop3ResponseCode::Other:
        return QStringLiteral("other");
    }
    return {};
}

Pop3Reply Pop3Reply::parse(const QByteArray &line)
{
    Pop3Reply reply;
    // RFC 1939 §3: "+OK" or "-ERR", then optional text after one space.
    // Servers MUST send them in upper case; reading them case-blind costs
    // nothing.
    if (startsWithIndicator(line, "+OK")) {
        reply.status = Status::Ok;
        reply.text = line.mid(4).trimmed();
    } else if (startsWithIndicator(line, "-ERR")) {
        reply.status = Status::Err;
        reply.text = line.mid(5).trimmed();
    } else if (startsWithIndicator(line, "+")) {
        // RFC 5034 §4: continue-req = "+" SP [base64]; some servers omit the space.
        reply.status = Status::Continuation;
        reply.text = line.mid(2).trimmed();
        return reply;
    } else {
        reply.text = line.left(kMaxDisplayBytes);
        return reply;
    }
    takeResponseCode(reply);
    return reply;
}

QString Pop3Reply::displayText() const
{
    // The same rule as SMTP reply texts: no controls, no bidi overrides, no line
    // or paragraph separators from the server in what people read.
    return peerTextForDisplay(text.left(kMaxDisplayBytes)).trimmed();
}

QString Pop3Reply::summary() const
{
    QString result;
    switch (status) {
    case Status::Ok:
        result = QStringLiteral("+OK");
        break;
    case Status::Err:
        result = QStringLiteral("-ERR");
        break;
    case Status::Continuation:
        result = QStringLiteral("+");
        break;
    case Status::Invalid:
        break;
    }
    if (!codeText.isEmpty())
        result += QStringLiteral(" [%1]").arg(QString::fromLatin1(codeText));
    const QString body = displayText();
    if (!body.isEmpty())
        result += (result.isEmpty() ? QString() : QStringLiteral(" ")) + body;
    return result;
}

Pop3MultilineReader::Result Pop3MultilineReader::feedLine(const QByteArray &line)
{
    if (m_done)
        return Result::Complete;
    // RFC 1939 §3: a line that is only the termination octet ends the reply;
    // on any other line starting with it, that first octet is removed.
    if (line == ".") {
        m_done = true;
        return Result::Complete;
    }
    const QByteArrayView content
        = line.startsWith('.') ? QByteArrayView(line).sliced(1) : QByteArrayView(line);
    if (m_data.size() + content.size() + 2 > m_maxBytes)
        return Result::TooLarge;
    m_data.append(content);
    m_data.append("\r\n");
    ++m_lines;
    return Result::NeedMore;
}

} // namespace mw
