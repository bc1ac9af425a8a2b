#pragma once

#include "net/Endpoint.h"
#include "net/TlsPolicy.h"
#include "smtp/SmtpTypes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace mw {

class SecretStore;

// Where and how to send for one account: the SMTP server and the session options (credentials,
// TLS policy with the account's pins and the extra CA, forced mechanisms, plaintext consent).
struct SmtpTarget {
    SmtpServer server;
    SmtpSessionOptions options;
};

struct Account;
class AccountStore;

// The part of an account's SMTP settings every sender applies the same way (the CLI's
// `send --account` and AccountTargetResolver): the server, the preferred SASL mechanisms and the
// certificate pins for exactly that server, added to `options`. The account must have smtp.
SmtpTarget smtpTargetFor(const Account &account, AccountStore *store, SmtpSessionOptions options);

// The POP3 counterpart, for checking the incoming server (`verify --account`): the server and
// the certificate pins for exactly that server, added to `tls` (only that server's, so a pin
// of the SMTP server never vouches for the POP3 one). The account must have pop3.
struct Pop3Target {
    Endpoint server;
    TlsPolicy tls;
};
Pop3Target pop3TargetFor(const Account &account, AccountStore *store, TlsPolicy tls);

// Turns an account name into an SmtpTarget exactly as `mailwright send --account` does:
// AccountStore (find by id, address or name), TrustStore pins for the SMTP endpoint, the extra CA
// file, and the SMTP password from the keychain (SecretStore, asynchronous) unless one was given.
// The password is held only in memory.
class AccountTargetResolver : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(std::optional<SmtpTarget> target, const SmtpError &error)>;

    explicit AccountTargetResolver(QObject *parent = nullptr);
    ~AccountTargetResolver() override;

    void setAccountStorePath(const QString &path)
    {
        m_accountsPath = path;
    } // default: AccountStore's
    // Default: MAILWRIGHT_CA_FILE. The CLI sets --ca-file (or the same variable).
    void setCaFile(const QString &pemPath) { m_caFile = pemPath; }
    void setPassword(const QString &password) { m_password = password; } // overrides the keychain
    void setTimeouts(const SmtpTimeouts &timeouts) { m_timeouts = timeouts; }

    // The synchronous part: everything but the keychain password. nullopt with *error
    // (kind LocalInput, translated detail) when the account is unknown or has no SMTP server.
    // `accountId` receives the account's id (the keychain key) and `needsSecret` whether a
    // password must be read.
    std::optional<SmtpTarget> prepare(const QString &accountName, SmtpError *error,
        QString *accountId = nullptr, bool *needsSecret = nullptr) const;

    // Calls `done` exactly once, never from inside resolve().
    void resolve(const QString &accountName, Done done);

private:
    QString m_accountsPath;
    QString m_caFile;
    std::optional<QString> m_password;
    std::optional<SmtpTimeouts> m_timeouts;
    SecretStore *m_secrets = nullptr;
};

} // namespace mw
