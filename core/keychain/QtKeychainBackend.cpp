#include "keychain/QtKeychainBackend.h"

#include "keychain/KeychainProbe.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace mw {

QtKeychainBackend *QtKeychainBackend::instance()
{
    // Never destroyed: QtKeychain's libsecret backend may still call back
    // into a job after main() returned, and a job holds on to its context.
    static QtKeychainBackend *backend = new QtKeychainBackend;
    return backend;
}

quint64 QtKeychainBackend::start(Operation operation, const QString &service, const QString &key,
    const QString &secret, Done done)
{
    const quint64 id = ++m_lastId;
    Job &job = m_jobs[id];
    job.operation = operation;
    job.done = std::move(done);
    if (!sessionBusConfigured()) {
        finishLater(id, Outcome::NoKeychain,
            QStringLiteral("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS "
                           "is not set and there is no $XDG_RUNTIME_DIR/bus)"));
        return id;
    }
    QKeychain::Job *keychainJob = nullptr;
    switch (operation) {
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service);
        writeJob->setTextData(secret);
        keychainJob = writeJob;
        break;
    }
    case Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // No parent, autoDelete: the libsecret backend holds a raw pointer to the
    // job in a GLib callback that cannot be cancelled, so the job owns itself.
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false); // never a plaintext copy in QSettings
    keychainJob->setKey(key);
    job.keychainJob = keychainJob;
    connect(keychainJob, &QKeychain::Job::finished, this,
        [this, id](QKeychain::Job *j) { jobFinished(id, j); });
    keychainJob->start(); // QtKeychain queues the work: finished() comes from the event loop
    return id;
}

void QtKeychainBackend::forget(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    if (it->keychainJob)
        it->keychainJob->disconnect(this); // it may still finish later and free itself
    if (it->probe)
        it->probe->deleteLater();
    m_jobs.erase(it);
}

void QtKeychainBackend::finishLater(quint64 id, Outcome outcome, const QString &detail)
{
    QTimer::singleShot(0, this, [this, id, outcome, detail] { finish(id, outcome, detail); });
}

void QtKeychainBackend::jobFinished(quint64 id, QKeychain::Job *job)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    it->keychainJob = nullptr;
    const QKeychain::Error code = job->error();
    const QString detail = job->errorString();
    switch (code) {
    case QKeychain::NoError: {
        QString secret;
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            secret = readJob->textData();
        finish(id, Outcome::Ok, {}, secret);
        return;
    }
    case QKeychain::EntryNotFound:
        // Removing what is not there succeeds.
        finish(id, it->operation == Operation::Remove ? Outcome::Ok : Outcome::NotFound, detail);
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        finish(id, Outcome::AccessDenied, detail);
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        finish(id, Outcome::NoKeychain, detail);
        return;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    explainFailure(id, detail);
}

// QtKeychain 0.13 on libsecret turns "cannot reach the bus" and "nobody
// provides org.freedesktop.secrets" into OtherError with GLib's localised
// text, so ask the bus itself before calling it a keychain error.
void QtKeychainBackend::explainFailure(quint64 id, const QString &detail)
{
    Job &job = m_jobs[id];
    job.probe = new KeychainProbe(this);
    connect(job.probe, &KeychainProbe::finished, this,
        [this, id, detail](KeychainProbe::Verdict verdict) {
            finish(id,
                verdict == KeychainProbe::Verdict::Unreachable ? Outcome::NoKeychain
                                                               : Outcome::Failed,
                detail);
        });
    job.probe->start();
}

void QtKeychainBackend::finish(
    quint64 id, Outcome outcome, const QString &detail, const QString &secret)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job job = *it;
    m_jobs.erase(it);
    if (job.probe)
        job.probe->deleteLater();
    if (job.done)
        job.done(outcome, detail, secret);
}

} // namespace mw
