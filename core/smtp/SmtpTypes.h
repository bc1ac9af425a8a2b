#pragma once

#include "mime/EmailAddress.h"
#include "net/Endpoint.h"
#include "net/SecurityMode.h"
#include "net/TlsPolicy.h"
#include "sasl/SaslMechanism.h"
#include "smtp/SmtpError.h"
#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace mw {

using SmtpServer = Endpoint;

// Per-phase deadlines in milliseconds. The defaults are RFC 5321 §4.5.3.2's
// minimums, right for sending; verification uses forVerification().
struct SmtpTimeouts {
    int connect = 30000;
    int greeting = 300000;
    int command = 300000; // EHLO, STARTTLS, AUTH, MAIL, RCPT, RSET
    int dataStart = 120000;
    int dataBlock = 180000;
    int dataEnd = 600000;
    int quit = 10000;

    static SmtpTimeouts forVerification(int ms = 15000);
};

struct SmtpSessionOptions {
    TlsPolicy tls;
    SmtpTimeouts timeouts;
    std::optional<sasl::Credentials> credentials;
    sasl::SecretKind secretKind = sasl::SecretKind::Password;
    QList<QByteArray> forcedMechanisms; // empty = the strongest offered
    bool allowPlaintextAuth = false; // the user chose "plain" and confirmed
    QString heloName; // empty = our address literal, e.g. "[192.0.2.1]"
    bool usePipelining = true;
    bool useChunking = true;
    int maxPipelinedRecipients = 100; // RFC 2920 §3.1: bound the group
    qint64 chunkSize = 1024 * 1024; // bytes read from the body per step
};

// RFC 3461 delivery status notifications; used only when the server offers DSN.
struct DsnRequest {
    enum class Return { Default, Full, Headers };
    Return ret = Return::Default;
    QByteArray envelopeId; // ENVID, sent as xtext
    bool notifySuccess = false;
    bool notifyFailure = false;
    bool notifyDelay = false;
    bool notifyNever = false;

    bool isEmpty() const
    {
        return ret == Return::Default && envelopeId.isEmpty() && !notifySuccess && !notifyFailure
            && !notifyDelay && !notifyNever;
    }
};

// One message to send. The body device is not owned and must stay readable
// until messageFinished() reports this message.
struct OutgoingMessage {
    OutgoingMessage(EmailAddress sender, QList<EmailAddress> to, QIODevice *bodyDevice)
        : from(std::move(sender))
        , recipients(std::move(to))
        , body(bodyDevice)
    {
    }

    EmailAddress from;
    QList<EmailAddress> recipients;
    QIODevice *body = nullptr;
    qint64 size = -1; // body size in bytes if known (SIZE=, progress)
    bool eightBit = false; // the body has 8-bit bytes: needs 8BITMIME
    std::optional<DsnRequest> dsn;
};

struct RecipientResult {
    EmailAddress address;
    bool accepted = false;
    SmtpReply reply;
};

struct MessageResult {
    int index = -1;
    bool delivered = false; // the server took responsibility (final 250)
    QList<RecipientResult> recipients;
    SmtpReply finalReply;
    SmtpError error; // set when not delivered, or for a partial failure's cause
    qint64 bytesSent = 0;

    int acceptedCount() const;
};

} // namespace mw
