#pragma once

#include "outbox/AccountTarget.h"
#include "outbox/OutboxEntry.h"
#include "smtp/SmtpTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace mw {

class Outbox;
class SmtpClient;

// What one attempt at one outbox message gave.
struct OutboxSendResult {
    struct Rejected {
        QString address;
        int code = 0;
        QString enhanced;
        QString text;
    };
    QString id;
    bool delivered = false; // the final 250 came: the accepted recipients are done
    bool removed = false; // nothing left to send: the entry left the outbox
    QStringList accepted;
    QList<Rejected> rejected;
    OutboxError error; // the message's or session's failure, if any
    OutboxEntry::State state = OutboxEntry::State::Queued; // the entry's state afterwards
    qint64 bytesSent = 0;
};

// Sends outbox entries. Entries of one account go over one SmtpClient connection. Rules:
//  - an entry is removed only after the final 250 for it (and only if every recipient was taken);
//  - a 4xx or network failure leaves it in RetryWait with its error; while the Sender lives it is
//    retried after 1, 2, 5, 10, then every 30 minutes (attempt-based, capped);
//  - a 5xx leaves it Failed with the reason until the user edits, retries or deletes it;
//  - partial recipient failure: the accepted recipients are done, the entry keeps the rejected;
//  - cancel(): the connection is closed at once, the entry stays (Failed, "cancelled").
class Sender : public QObject {
    Q_OBJECT
public:
    // Resolves an account name to a server and credentials; `done` is called exactly once.
    using Resolver
        = std::function<void(const QString &accountName, AccountTargetResolver::Done done)>;

    explicit Sender(Outbox *outbox, QObject *parent = nullptr);
    ~Sender() override;

    // Default: an AccountTargetResolver (accounts, keychain, pins). Tests or the CLI replace it.
    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }
    AccountTargetResolver *accountResolver() const { return m_accountResolver; }

    // Backoff: the delays after attempt 1, 2, 3…, the last repeated (default 1, 2, 5, 10, 30 min).
    void setBackoffSchedule(const QList<qint64> &delaysMs) { m_backoffMs = delaysMs; }
    QList<qint64> backoffSchedule() const { return m_backoffMs; }
    qint64 backoffDelayMs(int attempts) const; // for the attempts made so far (≥ 1)
    // Retry RetryWait entries automatically when they are due (default on).
    void setAutoRetry(bool on);

    bool isBusy() const; // a connection is open or an account is being resolved
    bool isSending(const QString &id) const;

    void send(const QString &id); // this entry, now (whatever its state but Sending)
    void sendAll(); // every due entry (Queued, Interrupted, RetryWait that is due), per account
    void flush(const QString &accountName); // the due entries of one account
    void cancel(const QString &id);
    void retry(const QString &id); // Failed/RetryWait/Interrupted → Queued, then send

signals:
    void progress(const QString &id, qint64 bytesSent, qint64 bytesTotal);
    void finished(const QString &id, const mw::OutboxSendResult &result);
    void stateChanged(const QString &id);
    void transcript(const QString &accountName, const QString &line); // secrets redacted
    void idle(); // nothing is being sent any more

private:
    struct Batch;

    void schedule(const QString &accountName, const QStringList &ids);
    void startBatch(const QString &accountName);
    void onResolved(Batch *batch, std::optional<SmtpTarget> target, const SmtpError &error);
    void onMessageFinished(Batch *batch, const MessageResult &result);
    void onSessionEnded(Batch *batch);
    void applyFailure(const QString &id, const SmtpError &error, bool userCancelled,
        const QList<OutboxRecipientResult> &perRecipient, OutboxSendResult *result);
    void maybeIdle();
    void armRetryTimer();
    void retryDue();

    Outbox *m_outbox;
    Resolver m_resolver;
    AccountTargetResolver *m_accountResolver = nullptr;
    QList<qint64> m_backoffMs;
    bool m_autoRetry = true;
    QTimer *m_retryTimer = nullptr;
    QHash<QString, QStringList> m_waiting; // account → ids waiting for the next batch
    QHash<QString, Batch *> m_batches; // account → the running batch
    QSet<QString> m_cancelled;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::OutboxSendResult)
