#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mw {

// RFC 3463 enhanced status code, e.g. 5.7.8.
struct EnhancedCode {
    int klass = 0;
    int subject = 0;
    int detail = 0;

    bool isValid() const { return klass != 0; }
    QString toString() const;
    friend bool operator==(const EnhancedCode &a, const EnhancedCode &b)
    {
        return a.klass == b.klass && a.subject == b.subject && a.detail == b.detail;
    }
};

// One complete SMTP reply (RFC 5321 §4.2): a code and one or more text lines.
struct SmtpReply {
    int code = 0;
    EnhancedCode enhanced; // from the first line, when present
    QList<QByteArray> lines; // the text after "NNN-"/"NNN ", enhanced code removed

    bool isValid() const { return code != 0; }
    int klass() const { return code / 100; } // act on the first digit (§4.2.1)
    bool isPositive() const { return klass() == 2 || klass() == 3; }
    bool isTransient() const { return klass() == 4; }
    bool isPermanent() const { return klass() == 5; }
    // The text for people: lines joined with spaces, decoded as UTF-8 with
    // anything undecodable or control characters replaced.
    QString text() const;
    QString summary() const; // "550 5.1.1 No such user"
};

// Assembles replies from lines. Replies may arrive whole, byte by byte or
// coalesced; the Connection hands over lines, so the parser only has to get
// the grammar right and stay bounded.
class SmtpReplyParser {
public:
    enum class Result { NeedMore, Complete, Error };

    explicit SmtpReplyParser(int maxLines = 100)
        : m_maxLines(maxLines)
    {
    }

    Result feedLine(const QByteArray &line); // without CRLF
    SmtpReply takeReply(); // after Complete
    QString errorString() const { return m_error; }
    bool isInsideReply() const { return !m_current.lines.isEmpty() || m_current.code != 0; }
    void reset();

private:
    Result failWith(const QString &error);

    SmtpReply m_current;
    QString m_error;
    int m_maxLines;
};

// Parses "x.y.z" at the start of `text` (RFC 3463): class 2, 4 or 5; subject
// 0–999; detail 0–999. Returns how many bytes it used, 0 if none.
int parseEnhancedCode(const QByteArray &text, EnhancedCode *code);

} // namespace mw
