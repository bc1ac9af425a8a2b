#include "outbox/Sender.h"

#include "outbox/Outbox.h"
#include "outbox/OutboxLog.h"
#include "smtp/SmtpClient.h"

#include <QFile>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace mw {

using State = OutboxEntry::State;

struct Sender::Batch {
    QString account;
    QStringList ids; // waiting for the server to be resolved; may shrink (cancel)
    QStringList sent; // handed to the client: SmtpClient's message index i is sent[i]
    QSet<QString> reported;
    std::vector<std::unique_ptr<QIODevice>> bodies;
    SmtpClient *client = nullptr;
    bool ended = false;
};

Sender::Sender(Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_accountResolver(new AccountTargetResolver(this))
    , m_backoffMs({ 60'000, 120'000, 300'000, 600'000, 1'800'000 })
    , m_retryTimer(new QTimer(this))
{
    qRegisterMetaType<OutboxSendResult>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Sender::retryDue);
    armRetryTimer();
}

Sender::~Sender()
{
    // A client still running is torn down with us; its entries stay Sending on disk, which the
    // next Outbox reports as Interrupted: exactly what a crash would leave.
    for (Batch *batch : std::as_const(m_batches)) {
        if (batch->client) {
            batch->client->disconnect(this);
            delete batch->client; // before the bodies it reads from
        }
        delete batch;
    }
    if (!m_batches.isEmpty())
        m_outbox->releaseSendLock();
}

qint64 Sender::backoffDelayMs(int attempts) const
{
    if (m_backoffMs.isEmpty())
        return 0;
    const int index = std::clamp(attempts - 1, 0, int(m_backoffMs.size()) - 1);
    return m_backoffMs.at(index);
}

void Sender::setAutoRetry(bool on)
{
    m_autoRetry = on;
    armRetryTimer();
}

bool Sender::isBusy() const
{
    return !m_batches.isEmpty();
}

bool Sender::isSending(const QString &id) const
{
    for (const Batch *batch : m_batches) {
        if ((batch->ids.contains(id) || batch->sent.contains(id)) && !batch->reported.contains(id))
            return true;
    }
    return false;
}

void Sender::send(const QString &id)
{
    const auto entry = m_outbox->entry(id);
    if (!entry || isSending(id))
        return;
    schedule(entry->accountName, { id });
}

void Sender::sendAll()
{
    const QDateTime now = m_outbox->now();
    QHash<QString, QStringList> byAccount;
    QStringList order;
    for (const OutboxEntry &entry : m_outbox->entries()) {
        if (!entry.isDue(now) || isSending(entry.id))
            continue;
        if (!byAccount.contains(entry.accountName))
            order << entry.accountName;
        byAccount[entry.accountName] << entry.id;
    }
    for (const QString &account : std::as_const(order))
        schedule(account, byAccount.value(account));
}

void Sender::flush(const QString &accountName)
{
    const QDateTime now = m_outbox->now();
    QStringList ids;
    for (const OutboxEntry &entry : m_outbox->entries()) {
        if (entry.accountName == accountName && entry.isDue(now) && !isSending(entry.id))
            ids << entry.id;
    }
    schedule(accountName, ids);
}

void Sender::retry(const QString &id)
{
    const auto entry = m_outbox->entry(id);
    if (!entry || isSending(id))
        return;
    m_cancelled.remove(id);
    QString why;
    if (!m_outbox->markQueued(id, &why)) {
        qCWarning(lcOutbox).noquote() << "sender: cannot requeue" << id << ":" << why;
        return;
    }
    emit stateChanged(id);
    send(id);
}

void Sender::cancel(const QString &id)
{
    for (Batch *batch : std::as_const(m_batches)) {
        if (batch->sent.contains(id) && !batch->reported.contains(id)) {
            // On the wire: close the connection now. The other messages of the batch come back
            // as Queued (not cancelled by the user), this one as Failed ("cancelled").
            m_cancelled.insert(id);
            batch->client->cancel();
            return;
        }
        if (batch->ids.removeAll(id) > 0)
            break; // not started yet: fall through to mark it cancelled
    }
    m_waiting[m_outbox->entry(id) ? m_outbox->entry(id)->accountName : QString()].removeAll(id);
    OutboxSendResult result;
    result.id = id;
    applyFailure(id,
        SmtpError::make(SmtpError::Step::None, FailureKind::Cancelled, tr("Cancelled.")), true, {},
        &result);
    emit finished(id, result);
}

void Sender::schedule(const QString &accountName, const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    QStringList &waiting = m_waiting[accountName];
    for (const QString &id : ids) {
        if (!waiting.contains(id))
            waiting << id;
    }
    // On the next turn: several send() calls in one go share one connection.
    QTimer::singleShot(0, this, [this, accountName] { startBatch(accountName); });
}

void Sender::startBatch(const QString &accountName)
{
    if (m_batches.contains(accountName))
        return; // the running batch picks the rest up when it ends
    if (!m_outbox->acquireSendLock()) {
        // Another process is sending from this outbox: try again a little later.
        QTimer::singleShot(2000, this, [this, accountName] { startBatch(accountName); });
        return;
    }
    QStringList ids = m_waiting.take(accountName);
    ids.removeIf([this](const QString &id) {
        const auto entry = m_outbox->entry(id);
        return !entry || entry->state == State::Sending;
    });
    if (ids.isEmpty()) {
        maybeIdle();
        return;
    }
    auto *batch = new Batch;
    batch->account = accountName;
    batch->ids = ids;
    m_batches.insert(accountName, batch);
    QPointer<Sender> self(this);
    auto done
        = [self, batch, accountName](std::optional<SmtpTarget> target, const SmtpError &error) {
              if (!self || self->m_batches.value(accountName) != batch)
                  return;
              self->onResolved(batch, std::move(target), error);
          };
    if (m_resolver)
        m_resolver(accountName, done);
    else
        m_accountResolver->resolve(accountName, done);
}

void Sender::onResolved(Batch *batch, std::optional<SmtpTarget> target, const SmtpError &error)
{
    if (!target) {
        for (const QString &id : std::as_const(batch->ids)) {
            OutboxSendResult result;
            result.id = id;
            applyFailure(id, error, false, {}, &result);
            emit finished(id, result);
        }
        batch->ids.clear();
        onSessionEnded(batch);
        return;
    }
    QList<OutgoingMessage> messages;
    for (const QString &id : std::as_const(batch->ids)) {
        const auto entry = m_outbox->entry(id);
        if (!entry)
            continue;
        auto body = m_outbox->openMessage(id);
        QString why;
        const auto from = EmailAddress::parse(entry->from, &why);
        QList<EmailAddress> recipients;
        for (const QString &r : entry->recipients) {
            if (const auto a = EmailAddress::parse(r, &why))
                recipients << *a;
            else
                break;
        }
        if (!body || !from || recipients.size() != entry->recipients.size()
            || recipients.isEmpty()) {
            if (!body)
                why = tr("The message file %1 cannot be read.").arg(m_outbox->messagePath(id));
            else if (recipients.isEmpty() && why.isEmpty())
                why = tr("The message has no recipients left.");
            OutboxSendResult result;
            result.id = id;
            applyFailure(id, SmtpError::make(SmtpError::Step::None, FailureKind::LocalInput, why),
                false, {}, &result);
            emit finished(id, result);
            continue;
        }
        // Durably "Sending" before the first byte goes out: if we die now, the next start sees
        // an interrupted send instead of guessing.
        if (!m_outbox->markSending(id, &why)) {
            qCWarning(lcOutbox).noquote() << "sender: not sending" << id << ":" << why;
            continue;
        }
        emit stateChanged(id);
        OutgoingMessage message(*from, recipients, body.get());
        message.size = entry->size;
        message.eightBit = entry->eightBit;
        messages << message;
        batch->sent << id;
        batch->bodies.push_back(std::move(body));
    }
    batch->ids.clear();
    if (messages.isEmpty()) {
        onSessionEnded(batch);
        return;
    }
    auto *client = new SmtpClient(this);
    batch->client = client;
    const QString account = batch->account;
    connect(client, &SmtpClient::transcript, this,
        [this, account](const QString &line) { emit transcript(account, line); });
    connect(
        client, &SmtpClient::progress, this, [this, batch](int index, qint64 sent, qint64 total) {
            emit progress(batch->sent.value(index), sent, total);
        });
    connect(client, &SmtpClient::messageFinished, this,
        [this, batch](const MessageResult &result) { onMessageFinished(batch, result); });
    connect(client, &SmtpClient::failed, this, [this, batch] { onSessionEnded(batch); });
    connect(client, &SmtpClient::finished, this, [this, batch] { onSessionEnded(batch); });
    client->connectToServer(target->server, target->options);
    client->send(messages);
    client->quit();
}

void Sender::onMessageFinished(Batch *batch, const MessageResult &message)
{
    const QString id = batch->sent.value(message.index);
    if (id.isEmpty() || batch->reported.contains(id))
        return;
    batch->reported.insert(id);
    auto entry = m_outbox->entry(id);
    if (!entry)
        return;
    OutboxSendResult result;
    result.id = id;
    result.delivered = message.delivered;
    result.bytesSent = message.bytesSent;
    QList<OutboxRecipientResult> perRecipient;
    for (const RecipientResult &r : message.recipients) {
        OutboxRecipientResult p;
        p.address = r.address.toString();
        p.accepted = r.accepted;
        p.code = r.reply.code;
        if (r.reply.enhanced.isValid())
            p.enhanced = r.reply.enhanced.toString();
        p.text = r.reply.text();
        perRecipient << p;
    }
    if (!message.delivered) {
        applyFailure(id, message.error, m_cancelled.contains(id), perRecipient, &result);
        emit finished(id, result);
        return;
    }
    QStringList rejected;
    bool anyPermanent = false;
    SmtpError firstRejection;
    for (const RecipientResult &r : message.recipients) {
        if (r.accepted) {
            result.accepted << r.address.toString();
            continue;
        }
        rejected << r.address.toString();
        result.rejected << OutboxSendResult::Rejected { r.address.toString(), r.reply.code,
            r.reply.enhanced.isValid() ? r.reply.enhanced.toString() : QString(), r.reply.text() };
        // No reply at all (never asked) counts as temporary.
        anyPermanent = anyPermanent || r.reply.isPermanent();
        if (!firstRejection.isError())
            firstRejection = SmtpError::fromReply(SmtpError::Step::Recipient, r.reply);
    }
    m_cancelled.remove(id);
    if (rejected.isEmpty()) {
        // The final 250 for every recipient: now, and only now, the message leaves the outbox.
        QString why;
        if (!m_outbox->remove(id, &why))
            qCWarning(lcOutbox).noquote()
                << "sender: delivered but not removed" << id << ":" << why;
        result.removed = true;
        result.state = State::Queued;
        emit stateChanged(id);
        emit finished(id, result);
        return;
    }
    // Partial failure: the accepted recipients are done; the entry keeps the rejected ones.
    entry->recipients = rejected;
    entry->perRecipient = perRecipient;
    const SmtpError cause = message.error.isError() ? message.error : firstRejection;
    entry->lastError = OutboxError::from(cause);
    if (anyPermanent) {
        entry->state = State::Failed;
        entry->nextAttempt = {};
    } else {
        entry->state = State::RetryWait;
        entry->nextAttempt = m_outbox->now().addMSecs(backoffDelayMs(entry->attempts));
    }
    QString why;
    if (!m_outbox->update(*entry, &why))
        qCWarning(lcOutbox).noquote() << "sender: cannot save" << id << ":" << why;
    result.state = entry->state;
    result.error = entry->lastError;
    emit stateChanged(id);
    emit finished(id, result);
    armRetryTimer();
}

void Sender::applyFailure(const QString &id, const SmtpError &error, bool userCancelled,
    const QList<OutboxRecipientResult> &perRecipient, OutboxSendResult *result)
{
    auto entry = m_outbox->entry(id);
    if (!entry)
        return;
    entry->lastError = OutboxError::from(error);
    if (!perRecipient.isEmpty())
        entry->perRecipient = perRecipient;
    entry->nextAttempt = {};
    if (error.kind == FailureKind::Cancelled) {
        // Cancelled by the user: it waits for them. Closed because another message was
        // cancelled on the same connection: back in the queue.
        entry->state = userCancelled ? State::Failed : State::Queued;
    } else if (error.isTemporary()) {
        entry->state = State::RetryWait;
        entry->nextAttempt = m_outbox->now().addMSecs(backoffDelayMs(std::max(1, entry->attempts)));
    } else {
        entry->state = State::Failed;
    }
    m_cancelled.remove(id);
    QString why;
    if (!m_outbox->update(*entry, &why))
        qCWarning(lcOutbox).noquote() << "sender: cannot save" << id << ":" << why;
    result->state = entry->state;
    result->error = entry->lastError;
    emit stateChanged(id);
    armRetryTimer();
}

void Sender::onSessionEnded(Batch *batch)
{
    if (batch->ended)
        return;
    batch->ended = true;
    // Anything the client did not report (it always should) goes back with a temporary error.
    for (const QString &id : std::as_const(batch->sent)) {
        if (batch->reported.contains(id))
            continue;
        batch->reported.insert(id);
        OutboxSendResult result;
        result.id = id;
        applyFailure(id,
            SmtpError::make(SmtpError::Step::None, FailureKind::Closed,
                QStringLiteral("the session ended before this message was reported")),
            m_cancelled.contains(id), {}, &result);
        emit finished(id, result);
    }
    const QString account = batch->account;
    if (batch->client) {
        // The bodies stay open until the client is gone: it holds pointers to them.
        SmtpClient *client = batch->client;
        client->disconnect(this);
        connect(client, &QObject::destroyed, [batch] { delete batch; });
        batch->client = nullptr;
        client->deleteLater();
    } else {
        delete batch;
    }
    m_batches.remove(account);
    if (!m_waiting.value(account).isEmpty())
        QTimer::singleShot(0, this, [this, account] { startBatch(account); });
    armRetryTimer();
    maybeIdle();
}

void Sender::maybeIdle()
{
    if (!m_batches.isEmpty())
        return;
    for (const QStringList &ids : std::as_const(m_waiting)) {
        if (!ids.isEmpty())
            return;
    }
    m_outbox->releaseSendLock();
    emit idle();
}

void Sender::armRetryTimer()
{
    if (!m_autoRetry) {
        m_retryTimer->stop();
        return;
    }
    QDateTime next;
    for (const OutboxEntry &entry : m_outbox->entries()) {
        if (entry.state == State::RetryWait && entry.nextAttempt.isValid()
            && (!next.isValid() || entry.nextAttempt < next))
            next = entry.nextAttempt;
    }
    if (!next.isValid()) {
        m_retryTimer->stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_outbox->now().msecsTo(next), 0, 24 * 3600 * 1000);
    m_retryTimer->start(int(ms));
}

void Sender::retryDue()
{
    const QDateTime now = m_outbox->now();
    QHash<QString, QStringList> byAccount;
    for (const OutboxEntry &entry : m_outbox->entries()) {
        if (entry.state == State::RetryWait && entry.isDue(now) && !isSending(entry.id))
            byAccount[entry.accountName] << entry.id;
    }
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it)
        schedule(it.key(), it.value());
    armRetryTimer();
}

} // namespace mw
