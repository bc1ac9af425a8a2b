#include "smtp/SmtpReply.h"

#include "net/TranscriptLine.h"

namespace mw {

QString EnhancedCode::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(klass).arg(subject).arg(detail);
}

QString SmtpReply::text() const
{
    QString joined;
    for (const QByteArray &line : lines) {
        // Controls and invisible formatting (e.g. U+202E, which reverses the
        // text shown after it) never reach people.
        QString decoded = peerTextForDisplay(line);
        decoded = decoded.trimmed();
        if (decoded.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += QLatin1Char(' ');
        joined += decoded;
    }
    return joined;
}

QString SmtpReply::summary() const
{
    QString result = QString::number(code);
    if (enhanced.isValid())
        result += QLatin1Char(' ') + enhanced.toString();
    const QString body = text();
    if (!body.isEmpty())
        result += QLatin1Char(' ') + body;
    return result;
}

int parseEnhancedCode(const QByteArray &text, EnhancedCode *code)
{
    int values[3] = { 0, 0, 0 };
    int pos = 0;
    for (int part = 0; part < 3; ++part) {
        const int start = pos;
        int value = 0;
        while (pos < text.size() && pos - start < 3 && text.at(pos) >= '0' && text.at(pos) <= '9')
            value = value * 10 + (text.at(pos++) - '0');
        if (pos == start)
            return 0;
        if (part == 0 && (pos - start != 1 || (value != 2 && value != 4 && value != 5)))
            return 0;
        values[part] = value;
        if (part < 2) {
            if (pos >= text.size() || text.at(pos) != '.')
                return 0;
            ++pos;
        }
    }
    // The code must be a whole word.
    if (pos < text.size() && text.at(pos) != ' ' && text.at(pos) != '\t')
        return 0;
    if (code)
        *code = { values[0], values[1], values[2] };
    return pos;
}

SmtpReplyParser::Result SmtpReplyParser::feedLine(const QByteArray &line)
{
    if (!m_error.isEmpty())
        return Result::Error;
    // RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF )
    //                            Reply-code [ SP textstring ] CRLF
    if (line.size() < 3)
        return failWith(QStringLiteral("reply line too short"));
    int code = 0;
    for (int i = 0; i < 3; ++i) {
        const char c = line.at(i);
        if (c < '0' || c > '9')
            return failWith(QStringLiteral("reply does not start with a three-digit code"));
        code = code * 10 + (c - '0');
    }
    // §4.2.1: the first digit is 2–5 (1yz is never used in SMTP); the second 0–5.
    if (code / 100 < 2 || code / 100 > 5 || (code / 10) % 10 > 5)
        return failWith(QStringLiteral("reply code %1 is not valid").arg(code));
    bool last = true;
    if (line.size() > 3) {
        const char separator = line.at(3);
        if (separator == '-')
            last = false;
        else if (separator != ' ')
            return failWith(QStringLiteral("reply code is followed by neither a space nor '-'"));
    }
    if (m_current.code != 0 && m_current.code != code)
        return failWith(QStringLiteral("continuation line has code %1, expected %2")
                            .arg(code)
                            .arg(m_current.code));
    if (m_current.lines.size() >= m_maxLines)
        return failWith(QStringLiteral("reply has more than %1 lines").arg(m_maxLines));

    QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
    EnhancedCode enhanced;
    // Only trust an enhanced code whose class agrees with the reply's class.
    if (const int used = parseEnhancedCode(text, &enhanced);
        used > 0 && enhanced.klass == code / 100) {
        if (m_current.lines.isEmpty())
            m_current.enhanced = enhanced;
        text = text.mid(used).trimmed();
    }
    m_current.code = code;
    m_current.lines.append(text);
    return last ? Result::Complete : Result::NeedMore;
}

SmtpReply SmtpReplyParser::takeReply()
{
    SmtpReply reply = std::move(m_current);
    m_current = SmtpReply();
    return reply;
}

void SmtpReplyParser::reset()
{
    m_current = SmtpReply();
    m_error.clear();
}

SmtpReplyParser::Result SmtpReplyParser::failWith(const QString &error)
{
    m_error = error;
    return Result::Error;
}

} // namespace mw
