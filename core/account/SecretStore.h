#pragma once

#include "account/SecretError.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace mw {

// Which of an account's passwords: one per server, since providers may use
// different ones (e.g. an app password for SMTP only).
enum class SecretSlot { Smtp, Pop3 };

struct SecretResult {
    enum class Operation { Read, Write, Remove };

    int request = 0;
    Operation operation = Operation::Read;
    SecretSlot slot = SecretSlot::Smtp;
    QString accountId;
    SecretError error;
    QString secret; // Read only, on success. Never log or print it.

    bool ok() const { return !error.isError(); }
};

// Passwords in the OS keychain through QtKeychain (Secret Service/libsecret
// or KWallet on Linux, Keychain on macOS, Credential Manager on Windows),
// reached through account/KeychainBackend.h.
// Service "mailwright", keys "smtp:<account-id>" and "pop3:<account-id>".
//
// Never a plaintext fallback: when no keychain is reachable the request fails
// with SecretError::NoKeychain. Every request ends with exactly one
// finished() signal, never emitted from inside read()/write()/remove(), and
// at the latest after timeout() — QtKeychain itself has none: its libsecret
// backend needs Qt's GLib event dispatcher (it never answers under
// QT_NO_GLIB=1), and its KWallet backend waits up to 24 days for the user.
class SecretStore : public QObject {
    Q_OBJECT
public:
    static QString service() { return QStringLiteral("mailwright"); }
    static QString keyFor(SecretSlot slot, const QString &accountId);

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // Each returns the request number that finished() will carry.
    int read(SecretSlot slot, const QString &accountId);
    int write(SecretSlot slot, const QString &accountId, const QString &secret);
    // Removing a password that is not there succeeds.
    int remove(SecretSlot slot, const QString &accountId);

    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void finished(const mw::SecretResult &result);

private:
    struct Pending {
        SecretResult result;
        quint64 job = 0; // the backend's, 0 when none runs
        QTimer *deadline = nullptr;
    };

    int start(SecretResult::Operation operation, SecretSlot slot, const QString &accountId,
        const QString &secret);
    void timedOut(int request);
    void finishLater(int request, const SecretError &error);
    void finish(int request, const SecretError &error, const QString &secret = {});

    QHash<int, Pending> m_pending;
    int m_lastRequest = 0;
    int m_timeoutMs = 20000;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::SecretResult)
