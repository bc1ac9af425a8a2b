#pragma once

#include <QString>

#include <functional>

namespace mw {

// What SecretStore needs from a keychain, with nothing but Qt types, so that
// the implementation (QtKeychain plus QtDBus: core/keychain/) can live in a
// module of its own. The command line loads that module only when a secret
// is really touched: `mailwright send --smtp … --password-stdin` or `detect`
// never map QtKeychain, QtDBus, libdbus, libsystemd and libgcrypt (about a
// seventh of a one-shot send's start-up; docs/benchmarks.md, B3).
class KeychainBackend {
public:
    enum class Operation { Read, Write, Remove };
    enum class Outcome {
        Ok,
        NotFound,
        AccessDenied,
        NoKeychain, // no keychain service or no session bus
        Failed,
    };
    // `secret` is set for a successful Read only.
    using Done = std::function<void(Outcome outcome, const QString &detail, const QString &secret)>;

    virtual ~KeychainBackend() = default;

    // Starts one operation. `done` is called exactly once, from the event
    // loop (never from inside start()), unless the job is forgotten first.
    virtual quint64 start(Operation operation, const QString &service, const QString &key,
        const QString &secret, Done done)
        = 0;
    // `done` will not be called for this job (it may still finish inside
    // the keychain: QtKeychain jobs cannot be cancelled).
    virtual void forget(quint64 job) = 0;
};

// The process's backend: the one from setKeychainBackendFactory(), else
// the mailwright-keychain module next to the executable (build tree) or in
// ../lib/mailwright (installed), loaded on first use and kept. nullptr with
// *error set when there is none.
KeychainBackend *keychainBackend(QString *error);

// Used by programs that link the backend in (the GUI module, the tests); the
// factory is called on first use, after the application object exists.
using KeychainBackendFactory = KeychainBackend *(*)();
void setKeychainBackendFactory(KeychainBackendFactory factory);

} // namespace mw

// The module's entry point: returns its one backend, owned by the module.
#define MAILWRIGHT_KEYCHAIN_ENTRY "mailwright_keychain_backend"
using MailwrightKeychainEntry = mw::KeychainBackend *(*)();
