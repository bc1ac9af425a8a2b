#pragma once

#include "account/Account.h"
#include "account/AccountError.h"
#include "account/AccountIni.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mw {

// The configured accounts and their certificate pins, kept in one INI file
// (see AccountIni.h for the format). Plain file I/O, synchronous: the file is
// small and local.
//
// Guarantees:
// - every change is written at once and atomically: the file on disk is
//   either the old one or the new one, never half of each, and a failed
//   write leaves both the file and this object unchanged;
// - a file that cannot be understood is never emptied or overwritten: a
//   damaged one is moved aside to accounts.ini.bak-<UTC time> and reported;
//   an unreadable one, or one from a newer Mailwright, is left in place and
//   this store refuses to write;
// - a change made by another process since load() is not overwritten
//   (AccountError::Conflict): load again and retry.
class AccountStore {
public:
    // <AppConfigLocation>/accounts.ini, e.g. ~/.config/mailwright/accounts.ini;
    // follows XDG_CONFIG_HOME.
    static QString defaultPath();

    explicit AccountStore(QString path = defaultPath());

    QString path() const { return m_path; }

    // Reads the file; a missing file is an empty store. Returns false and
    // explains why in `error`: after Corrupt the store is empty and usable;
    // after ReadFailed or NewerSchema it is read-only.
    bool load(AccountError *error = nullptr);
    bool isWritable() const { return m_writable; }

    QList<Account> accounts() const { return m_data.accounts; }
    std::optional<Account> byId(const QString &id) const;
    // By id, then address, then display name (both case-insensitive).
    std::optional<Account> find(const QString &nameOrAddress, AccountError *error = nullptr) const;

    // Fills in what add() would (`id` from the address, made unique, and
    // `created`) and checks that add() would accept the account, without
    // saving: for callers that need the id first, e.g. for keychain keys.
    bool prepare(Account *account, AccountError *error = nullptr) const;

    // Each change below is saved before it returns true.
    // add() prepares the account as above. Addresses and display names must
    // be unique.
    bool add(Account *account, AccountError *error = nullptr);
    bool update(const Account &account, AccountError *error = nullptr);
    bool remove(const QString &id, AccountError *error = nullptr); // with its pins

    QList<CertificatePin> pins(const QString &id) const { return m_data.pins.value(id); }
    bool setPins(
        const QString &id, const QList<CertificatePin> &pins, AccountError *error = nullptr);

private:
    bool fail(AccountError *out, AccountError::Code code, const QString &detail = {}) const;
    bool checkUnique(const Account &account, AccountError *error) const;
    bool commit(const AccountData &next, AccountError *error);
    bool moveAside(AccountError *error, const QString &problem);

    QString m_path;
    AccountData m_data;
    std::optional<QByteArray>
        m_diskDigest; // SHA-256 of the file as last read or written; none = no file
    bool m_writable = true;
};

} // namespace mw
