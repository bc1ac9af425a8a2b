#pragma once

#include "net/FailureKind.h"
#include "smtp/SmtpError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw {

// Why the last attempt failed, as a value: the SmtpError vocabulary ({step, kind, reply code,
// enhanced code, server text}) in a form that survives a restart (the outbox's JSON sidecar).
struct OutboxError {
    SmtpError::Step step = SmtpError::Step::None;
    FailureKind kind = FailureKind::None;
    int code = 0; // SMTP reply code, 0 if none
    QString enhanced; // "5.1.1", or empty
    QString text; // the server's text or the technical detail (English)
    QString message; // one translated sentence for people, as SmtpError::message() gave it

    bool isError() const { return kind != FailureKind::None; }
    static OutboxError from(const SmtpError &error);
    QJsonObject toJson() const;
    static OutboxError fromJson(const QJsonObject &object);
};

// One recipient's result in the last attempt.
struct OutboxRecipientResult {
    QString address;
    bool accepted = false;
    int code = 0;
    QString enhanced;
    QString text;

    QJsonObject toJson() const;
    static OutboxRecipientResult fromJson(const QJsonObject &object);
};

// A message waiting in the outbox: the metadata kept next to the rendered message. A value.
struct OutboxEntry {
    enum class State {
        Queued, // waiting for its first (or a user-requested) attempt
        Sending, // an attempt is running (on disk: a crash happened if found at start-up)
        RetryWait, // a temporary failure (4xx, network): retried at nextAttempt
        Failed, // a permanent failure (5xx) or cancelled: waits for the user
        Interrupted, // was Sending when the process died: may or may not have been delivered
    };

    QString id; // stable, file-safe ([A-Za-z0-9-]), also the file name stem
    QString accountName;
    QString messageId; // the Message-ID header with angle brackets, kept across retries
    QString subject;
    QString from; // the envelope sender address (MAIL FROM)
    QStringList recipients; // addresses still to deliver (RCPT TO)
    qint64 size = 0; // bytes of the rendered message
    bool eightBit = false; // the rendered message needs 8BITMIME
    State state = State::Queued;
    int attempts = 0;
    QDateTime created; // UTC
    QDateTime lastAttempt; // UTC; null before the first attempt
    QDateTime nextAttempt; // UTC; RetryWait only
    OutboxError lastError;
    QList<OutboxRecipientResult> perRecipient; // of the last attempt

    // Queued, Interrupted, or RetryWait that is due at `now`: what a flush sends.
    bool isDue(const QDateTime &now) const;

    QJsonObject toJson() const;
    // nullopt with *error when a field is missing or malformed.
    static std::optional<OutboxEntry> fromJson(const QJsonObject &object, QString *error);
};

QString stateName(OutboxEntry::State state); // "queued", "sending"… (stable; used in --json)
std::optional<OutboxEntry::State> stateFromName(QStringView name);

} // namespace mw

Q_DECLARE_METATYPE(mw::OutboxEntry)
