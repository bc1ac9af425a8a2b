#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace mw {

// Extended response codes (RFC 2449 §8, RFC 3206): the part of a POP3 reply a
// client can act on, so the user gets advice instead of raw server text.
enum class Pop3ResponseCode {
    None, // no "[...]" after the status indicator
    Auth, // [AUTH]        RFC 3206 §5: the credentials are wrong
    SysTemp, // [SYS/TEMP]    RFC 3206 §4: a temporary problem at the server
    SysPerm, // [SYS/PERM]    RFC 3206 §4: a permanent problem at the server
    InUse, // [IN-USE]      RFC 2449 §8.1.2: another session holds the mailbox
    LoginDelay, // [LOGIN-DELAY] RFC 2449 §8.1.1: logging in too often
    Other, // well-formed but unknown; see Pop3Reply::codeText
};

QString responseCodeName(Pop3ResponseCode code); // "SYS/TEMP"… (stable; used in --json)

// One POP3 status line (RFC 1939 §3), or an AUTH continuation (RFC 5034 §4).
struct Pop3Reply {
    enum class Status { Invalid, Ok, Err, Continuation };

    Status status = Status::Invalid;
    Pop3ResponseCode code = Pop3ResponseCode::None;
    QByteArray codeText; // the code as sent ("SYS/TEMP"); empty when none
    QByteArray text; // after the indicator and the code; the base64 payload of a continuation

    bool isOk() const { return status == Status::Ok; }
    bool isErr() const { return status == Status::Err; }
    bool isContinuation() const { return status == Status::Continuation; }
    // The server's text for people: decoded as UTF-8, control characters
    // replaced, bounded in length.
    QString displayText() const;
    QString summary() const; // "-ERR [AUTH] Authentication failed."

    static Pop3Reply parse(const QByteArray &line); // without CRLF
};

// Collects the body of a multi-line reply (RFC 1939 §3) line by line: the
// termination line "." ends it, one leading "." is removed from every other
// line, and lines are joined with CRLF. The collected size is bounded, so a
// server cannot make the client hold more than it agreed to.
class Pop3MultilineReader {
public:
    enum class Result { NeedMore, Complete, TooLarge };

    explicit Pop3MultilineReader(qint64 maxBytes)
        : m_maxBytes(maxBytes)
    {
    }

    Result feedLine(const QByteArray &line); // without CRLF
    QByteArray takeData() { return std::exchange(m_data, {}); }
    int lineCount() const { return m_lines; }
    qint64 maxBytes() const { return m_maxBytes; }

private:
    QByteArray m_data;
    qint64 m_maxBytes;
    int m_lines = 0;
    bool m_done = false;
};

} // namespace mw
