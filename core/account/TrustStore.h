#pragma once

#include "account/AccountError.h"
#include "account/CertificatePin.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mw {

class AccountStore;
struct Endpoint;
struct TlsPolicy;

// Certificate exceptions the user made, per account. A pin trusts one
// certificate (by SHA-256) for one account's exact host and port: never for
// another account, another port of the same host, or a sibling name. Pins
// are saved in the account file through the AccountStore.
class TrustStore {
public:
    explicit TrustStore(AccountStore *accounts);

    QList<CertificatePin> pins(const QString &accountId) const;
    // Only the pins whose host (case-insensitively) and port both match.
    QList<CertificatePin> pinsFor(
        const QString &accountId, const QString &host, quint16 port) const;

    // Adds `pin`, replacing one with the same digest, host and port. The
    // host:port must be one of the account's servers.
    bool pin(const QString &accountId, const CertificatePin &pin, AccountError *error = nullptr);
    // Removes the pins with this digest, or all of the account's pins when
    // `sha256` is empty. Returns how many went, or -1 on error.
    int revoke(
        const QString &accountId, const QByteArray &sha256 = {}, AccountError *error = nullptr);

    // Adds the digests pinned for exactly `endpoint` to `policy`, for one
    // connection of this account. Nothing else in the policy changes.
    void applyTo(TlsPolicy *policy, const QString &accountId, const Endpoint &endpoint) const;

private:
    AccountStore *m_accounts;
};

} // namespace mw
