#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QList>

namespace mw {

// What the server said it supports in its EHLO reply (RFC 5321 §4.1.1.1).
// Built fresh from every EHLO: after STARTTLS the old value is discarded
// (RFC 3207 §4.2), never merged.
struct SmtpCapabilities {
    enum Flag {
        None = 0,
        StartTls = 1 << 0, // RFC 3207
        Pipelining = 1 << 1, // RFC 2920
        Chunking = 1 << 2, // RFC 3030
        EightBitMime = 1 << 3, // RFC 6152
        SmtpUtf8 = 1 << 4, // RFC 6531
        Dsn = 1 << 5, // RFC 3461
        EnhancedStatusCodes = 1 << 6, // RFC 2034
        Size = 1 << 7, // RFC 1870
        Auth = 1 << 8, // RFC 4954
        BinaryMime = 1 << 9, // RFC 3030
    };

    int flags = None;
    qint64 maxSize = 0; // SIZE value; 0 = no limit announced
    QList<QByteArray> authMechanisms; // upper-case, as offered
    QByteArray serverDomain; // first word of the EHLO reply
    bool extended = false; // false after a HELO fallback

    bool has(Flag flag) const { return (flags & flag) != 0; }

    static SmtpCapabilities fromEhlo(const SmtpReply &reply);
    QList<QByteArray> keywords() const; // for transcripts and --json
};

} // namespace mw
