#include "account/TrustStore.h"

#include "account/AccountStore.h"
#include "net/Endpoint.h"
#include "net/TlsPolicy.h"

namespace mw {

TrustStore::TrustStore(AccountStore *accounts)
    : m_accounts(accounts)
{
}

QList<CertificatePin> TrustStore::pins(const QString &accountId) const
{
    return m_accounts->pins(accountId);
}

QList<CertificatePin> TrustStore::pinsFor(
    const QString &accountId, const QString &host, quint16 port) const
{
    QList<CertificatePin> result;
    for (const CertificatePin &pin : m_accounts->pins(accountId)) {
        if (pin.appliesTo(host, port))
            result << pin;
    }
    return result;
}

bool TrustStore::pin(const QString &accountId, const CertificatePin &pin, AccountError *error)
{
    const auto account = m_accounts->byId(accountId);
    if (!account) {
        if (error)
            *error
                = AccountError::make(AccountError::Code::NotFound, m_accounts->path(), accountId);
        return false;
    }
    bool ownServer = false;
    for (const Endpoint &endpoint : account->endpoints())
        ownServer = ownServer || pin.appliesTo(endpoint.host, endpoint.port);
    if (!pin.isValid() || !ownServer) {
        if (error)
            *error = AccountError::make(AccountError::Code::Invalid, m_accounts->path(),
                QStringLiteral("%1:%2 is not a server of this account")
                    .arg(pin.host)
                    .arg(pin.port));
        return false;
    }
    QList<CertificatePin> pins = m_accounts->pins(accountId);
    pins.removeIf([&](const CertificatePin &p) {
        return p.sha256 == pin.sha256 && p.appliesTo(pin.host, pin.port);
    });
    pins << pin;
    return m_accounts->setPins(accountId, pins, error);
}

int TrustStore::revoke(const QString &accountId, const QByteArray &sha256, AccountError *error)
{
    if (!m_accounts->byId(accountId)) {
        if (error)
            *error
                = AccountError::make(AccountError::Code::NotFound, m_accounts->path(), accountId);
        return -1;
    }
    QList<CertificatePin> pins = m_accounts->pins(accountId);
    const auto removed = pins.removeIf(
        [&](const CertificatePin &p) { return sha256.isEmpty() || p.sha256 == sha256; });
    if (removed == 0)
        return 0;
    return m_accounts->setPins(accountId, pins, error) ? int(removed) : -1;
}

void TrustStore::applyTo(
    TlsPolicy *policy, const QString &accountId, const Endpoint &endpoint) const
{
    for (const CertificatePin &pin : pinsFor(accountId, endpoint.host, endpoint.port)) {
        if (!policy->pinnedSha256.contains(pin.sha256))
            policy->pinnedSha256 << pin.sha256;
    }
}

} // namespace mw
