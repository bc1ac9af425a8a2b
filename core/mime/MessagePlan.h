#pragma once

#include "mime/MessageDraft.h"
#include "mime/TransferEncoding.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mw {

struct MessageOptions {
    QString appVersion; // User-Agent: Mailwright/<appVersion>
    bool eightBitAllowed = false; // the server offers 8BITMIME (RFC 6152): text may go as 8bit
    QDateTime date; // Date:; invalid = now, local time
    // Message-ID without angle brackets ("left@right"); empty = a new random one. A message that
    // is retried (the outbox) should keep its first ID so that the copies can be recognised.
    QByteArray messageId;
    // Tests only: a fixed seed makes boundaries and the Message-ID reproducible. Unset, they come
    // from QRandomGenerator::system().
    std::optional<quint32> randomSeed;
};

// One stretch of the message, produced on demand by MessageWriter.
struct MessageSegment {
    enum class Kind {
        Bytes, // `bytes` as they are: headers, boundaries, 7bit/8bit text
        EncodedText, // `bytes` (canonical text) encoded with `encoding` (QP or base64)
        File, // the file at `path`, as base64
    };
    Kind kind = Kind::Bytes;
    QByteArray bytes;
    TransferEncoding encoding = TransferEncoding::Base64;
    QString path;
    qint64 fileSize = -1; // File: the size when planned; -1 for a pipe or device (read to EOF)
    qint64 size = -1; // bytes this segment adds to the message; -1 if unknown
};

// The whole message laid out as segments: every header and part header already encoded, every
// body and file referenced (not read). Building it stats and opens each attachment once to report
// an unreadable file before anything is sent, and reads nothing else.
struct MessagePlan {
    QList<MessageSegment> segments;
    qint64 size = -1; // total, or -1 when an attachment's size cannot be known in advance
    bool eightBit = false; // 8bit text, or UTF-8 in header addresses (RFC 6532)
    bool smtpUtf8 = false; // a header address has a UTF-8 local part
    QByteArray messageId; // "<left@right>"

    static std::optional<MessagePlan> build(
        const MessageDraft &draft, const MessageOptions &options, DraftError *error = nullptr);
};

} // namespace mw
