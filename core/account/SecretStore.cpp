#include "account/SecretStore.h"

#include "account/Account.h"
#include "account/AccountLog.h"
#include "account/KeychainProbe.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace mw {

QString SecretStore::keyFor(SecretSlot slot, const QString &accountId)
{
    return (slot == SecretSlot::Smtp ? QLatin1String("smtp:") : QLatin1String("pop3:")) + accountId;
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore()
{
    // A job still running is left to finish on its own: the libsecret backend
    // holds a raw pointer to it in a GLib callback that cannot be cancelled,
    // so deleting it here could be a use after free. Its connection to us
    // ends with this object, and autoDelete frees it when it finishes.
    for (const Pending &pending : std::as_const(m_pending)) {
        if (pending.job)
            pending.job->disconnect(this);
    }
}

int SecretStore::read(SecretSlot slot, const QString &accountId)
{
    return start(SecretResult::Operation::Read, slot, accountId, {});
}

int SecretStore::write(SecretSlot slot, const QString &accountId, const QString &secret)
{
    return start(SecretResult::Operation::Write, slot, accountId, secret);
}

int SecretStore::remove(SecretSlot slot, const QString &accountId)
{
    return start(SecretResult::Operation::Remove, slot, accountId, {});
}

int SecretStore::start(SecretResult::Operation operation, SecretSlot slot, const QString &accountId,
    const QString &secret)
{
    const int request = ++m_lastRequest;
    Pending &pending = m_pending[request];
    pending.result.request = request;
    pending.result.operation = operation;
    pending.result.slot = slot;
    pending.result.accountId = accountId;

    if (!isValidAccountId(accountId)) {
        finishLater(request,
            SecretError::make(SecretError::Code::Failed, QStringLiteral("invalid account id")));
        return request;
    }
    if (!sessionBusConfigured()) {
        finishLater(request,
            SecretError::make(SecretError::Code::NoKeychain,
                QStringLiteral("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS "
                               "is not set and there is no $XDG_RUNTIME_DIR/bus)")));
        return request;
    }

    QKeychain::Job *job = nullptr;
    switch (operation) {
    case SecretResult::Operation::Read:
        job = new QKeychain::ReadPasswordJob(service());
        break;
    case SecretResult::Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service());
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case SecretResult::Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service());
        break;
    }
    // No parent, autoDelete: see ~SecretStore for why the job owns itself.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy in QSettings
    job->setKey(keyFor(slot, accountId));
    pending.job = job;
    connect(job, &QKeychain::Job::finished, this,
        [this, request](QKeychain::Job *j) { jobFinished(request, j); });

    pending.deadline = new QTimer(this);
    pending.deadline->setSingleShot(true);
    connect(pending.deadline, &QTimer::timeout, this, [this, request] { timedOut(request); });
    pending.deadline->start(m_timeoutMs);

    qCDebug(lcAccount) << "keychain" << int(operation) << keyFor(slot, accountId);
    job->start(); // QtKeychain queues the work: finished() comes from the event loop
    return request;
}

void SecretStore::jobFinished(int request, QKeychain::Job *job)
{
    const auto it = m_pending.find(request);
    if (it == m_pending.end())
        return;
    it->job = nullptr;
    const QKeychain::Error code = job->error();
    const QString detail = job->errorString();
    qCDebug(lcAccount) << "keychain job" << request << "finished with" << int(code) << detail;
    switch (code) {
    case QKeychain::NoError: {
        QString secret;
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            secret = readJob->textData();
        finish(request, {}, secret);
        return;
    }
    case QKeychain::EntryNotFound:
        if (it->result.operation == SecretResult::Operation::Remove)
            finish(request, {});
        else
            finish(request, SecretError::make(SecretError::Code::NotFound, detail));
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        finish(request, SecretError::make(SecretError::Code::AccessDenied, detail));
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        finish(request, SecretError::make(SecretError::Code::NoKeychain, detail));
        return;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    explainFailure(request, detail);
}

// QtKeychain 0.13 on libsecret turns "cannot reach the bus" and "nobody
// provides org.freedesktop.secrets" into OtherError with GLib's localised
// text, so ask the bus itself before calling it a keychain error.
void SecretStore::explainFailure(int request, const QString &detail)
{
    Pending &pending = m_pending[request];
    pending.probe = new KeychainProbe(this);
    connect(pending.probe, &KeychainProbe::finished, this,
        [this, request, detail](KeychainProbe::Verdict verdict) {
            const auto code = verdict == KeychainProbe::Verdict::Unreachable
                ? SecretError::Code::NoKeychain
                : SecretError::Code::Failed;
            finish(request, SecretError::make(code, detail));
        });
    pending.probe->start();
}

void SecretStore::timedOut(int request)
{
    const auto it = m_pending.find(request);
    if (it == m_pending.end())
        return;
    if (it->job)
        it->job->disconnect(this); // it may still finish later and free itself
    finish(request,
        SecretError::make(
            SecretError::Code::Timeout, QStringLiteral("no answer within %1 ms").arg(m_timeoutMs)));
}

void SecretStore::finishLater(int request, const SecretError &error)
{
    QTimer::singleShot(0, this, [this, request, error] { finish(request, error); });
}

void SecretStore::finish(int request, const SecretError &error, const QString &secret)
{
    const auto it = m_pending.find(request);
    if (it == m_pending.end())
        return;
    Pending pending = *it;
    m_pending.erase(it);
    if (pending.deadline)
        pending.deadline->deleteLater();
    if (pending.probe)
        pending.probe->deleteLater();
    pending.result.error = error;
    pending.result.secret = secret;
    if (error.isError())
        qCDebug(lcAccount) << "keychain request" << request << "failed:" << codeName(error.code)
                           << error.detail;
    Q_EMIT finished(pending.result);
}

} // namespace mw
