#pragma once

#include "account/KeychainBackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace QKeychain {
class Job;
}

namespace mw {

class KeychainProbe;

// KeychainBackend over QtKeychain (Secret Service/libsecret or KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows). Never a plaintext
// fallback. Depends on nothing of core but the header-only interface, so it
// can be built into the mailwright-keychain module.
class QtKeychainBackend final : public QObject, public KeychainBackend {
    Q_OBJECT
public:
    // The process's one instance (it outlives every SecretStore).
    static QtKeychainBackend *instance();

    quint64 start(Operation operation, const QString &service, const QString &key,
        const QString &secret, Done done) override;
    void forget(quint64 job) override;

private:
    QtKeychainBackend() = default;
    struct Job {
        Operation operation = Operation::Read;
        Done done;
        QPointer<QKeychain::Job> keychainJob;
        KeychainProbe *probe = nullptr;
    };
    void finishLater(quint64 id, Outcome outcome, const QString &detail);
    void jobFinished(quint64 id, QKeychain::Job *job);
    void explainFailure(quint64 id, const QString &detail);
    void finish(quint64 id, Outcome outcome, const QString &detail, const QString &secret = {});

    QHash<quint64, Job> m_jobs;
    quint64 m_lastId = 0;
};

} // namespace mw
