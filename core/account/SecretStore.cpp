#include "account/SecretStore.h"

#include "account/Account.h"
#include "account/AccountLog.h"
#include "account/KeychainBackend.h"

#include <QTimer>

#include <algorithm>

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
    // A job still running is left to finish on its own (see
    // KeychainBackend::forget); it will not call back into this object.
    const bool jobsRunning = std::any_of(m_pending.cbegin(), m_pending.cend(),
        [](const Pending &pending) { return pending.job != 0; });
    if (!jobsRunning)
        return; // (and the module need not be loaded just to do nothing)
    if (KeychainBackend *backend = keychainBackend(nullptr)) {
        for (const Pending &pending : std::as_const(m_pending)) {
            if (pending.job)
                backend->forget(pending.job);
        }
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
    QString loadError;
    KeychainBackend *backend = keychainBackend(&loadError);
    if (!backend) {
        // A broken install, not a missing keyring: say which file is missing.
        finishLater(request, SecretError::make(SecretError::Code::Failed, loadError));
        return request;
    }
    const auto backendOperation = operation == SecretResult::Operation::Read
        ? KeychainBackend::Operation::Read
        : operation == SecretResult::Operation::Write ? KeychainBackend::Operation::Write
                                                      : KeychainBackend::Operation::Remove;
    pending.job = backend->start(backendOperation, service(), keyFor(slot, accountId), secret,
        [this, request](
            KeychainBackend::Outcome outcome, const QString &detail, const QString &readSecret) {
            const auto it = m_pending.find(request);
            if (it == m_pending.end())
                return;
            it->job = 0;
            switch (outcome) {
            case KeychainBackend::Outcome::Ok:
                finish(request, {}, readSecret);
                return;
            case KeychainBackend::Outcome::NotFound:
                finish(request, SecretError::make(SecretError::Code::NotFound, detail));
                return;
            case KeychainBackend::Outcome::AccessDenied:
                finish(request, SecretError::make(SecretError::Code::AccessDenied, detail));
                return;
            case KeychainBackend::Outcome::NoKeychain:
                finish(request, SecretError::make(SecretError::Code::NoKeychain, detail));
                return;
            case KeychainBackend::Outcome::Failed:
                break;
            }
            finish(request, SecretError::make(SecretError::Code::Failed, detail));
        });
    // The backend's own deadline is unbounded (KWallet waits for the user).
    pending.deadline = new QTimer(this);
    pending.deadline->setSingleShot(true);
    connect(pending.deadline, &QTimer::timeout, this, [this, request] { timedOut(request); });
    pending.deadline->start(m_timeoutMs);

    qCDebug(lcAccount) << "keychain" << int(operation) << keyFor(slot, accountId);
    return request;
}

void SecretStore::timedOut(int request)
{
    const auto it = m_pending.find(request);
    if (it == m_pending.end())
        return;
    if (it->job) {
        if (KeychainBackend *backend = keychainBackend(nullptr))
            backend->forget(it->job); // it may still finish later inside the keychain
        it->job = 0;
    }
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
    pending.result.error = error;
    pending.result.secret = secret;
    if (error.isError())
        qCDebug(lcAccount) << "keychain request" << request << "failed:" << codeName(error.code)
                           << error.detail;
    Q_EMIT finished(pending.result);
}

} // namespace mw
