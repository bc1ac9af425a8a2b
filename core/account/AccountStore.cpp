#include "account/AccountStore.h"

#include "account/AccountLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mw {

namespace {

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// The file's bytes, or std::nullopt when it does not exist; sets `error` when
// it exists but cannot be read.
std::optional<QByteArray> readBytes(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Builds the whole file with QSettings, so that writing and reading share one
// escaping scheme, in a private temporary directory outside the config dir.
std::optional<QByteArray> serialize(const AccountData &data, QString *error)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = scratch.errorString();
        return std::nullopt;
    }
    const QString file = scratch.filePath(QStringLiteral("accounts.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        accountini::write(settings, data);
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            *error = QStringLiteral("cannot build the new file in %1").arg(scratch.path());
            return std::nullopt;
        }
    }
    QString readError;
    const auto bytes = readBytes(file, &readError);
    if (!bytes) {
        *error = readError.isEmpty() ? QStringLiteral("the new file vanished") : readError;
        return std::nullopt;
    }
    return bytes;
}

} // namespace

QString AccountStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QLatin1String("/accounts.ini");
}

AccountStore::AccountStore(QString path)
    : m_path(std::move(path))
{
}

bool AccountStore::fail(AccountError *out, AccountError::Code code, const QString &detail) const
{
    if (out)
        *out = AccountError::make(code, m_path, detail);
    return false;
}

bool AccountStore::load(AccountError *error)
{
    m_data = {};
    m_diskDigest.reset();
    m_writable = true;

    QString readError;
    const auto bytes = readBytes(m_path, &readError);
    if (!bytes && readError.isEmpty())
        return true; // no file yet: no accounts
    if (!bytes) {
        m_writable = false;
        qCWarning(lcAccount) << "cannot read" << m_path << readError;
        return fail(error, AccountError::Code::ReadFailed, readError);
    }
    m_diskDigest = digest(*bytes);
    if (bytes->trimmed().isEmpty())
        return true;

    // QSettings parses a private copy of exactly the bytes just read: reading
    // the path itself could race with a writer, and QSettings caches parsed
    // files per path, so it may not notice a file replaced within the same
    // second by one of the same size.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("accounts.ini"));
    QFile copyFile(copy);
    if (!scratch.isValid() || !copyFile.open(QIODevice::WriteOnly)
        || copyFile.write(*bytes) != bytes->size()) {
        m_writable = false;
        return fail(error, AccountError::Code::ReadFailed,
            QStringLiteral("cannot make a temporary copy: %1").arg(copyFile.errorString()));
    }
    copyFile.close();
    QSettings settings(copy, QSettings::IniFormat);
    switch (settings.status()) {
    case QSettings::NoError:
        break;
    case QSettings::AccessError:
        m_writable = false;
        return fail(error, AccountError::Code::ReadFailed, QStringLiteral("access denied"));
    case QSettings::FormatError:
        return moveAside(error, QStringLiteral("not a valid INI file"));
    }

    // Not empty, so it must say which format it is in.
    const int version = accountini::schemaVersion(settings);
    if (version <= 0)
        return moveAside(error, QStringLiteral("no valid schemaVersion"));
    QString problem;
    auto data = accountini::read(settings, &problem);
    if (version > accountini::kSchemaVersion) {
        // A downgrade must not destroy what the newer build wrote: show what
        // can be read, and refuse to save over it.
        m_writable = false;
        if (data)
            m_data = *data;
        return fail(error, AccountError::Code::NewerSchema,
            QStringLiteral("schema %1, this build knows %2")
                .arg(version)
                .arg(accountini::kSchemaVersion));
    }
    if (!data)
        return moveAside(error, problem);
    m_data = *data;
    qCDebug(lcAccount) << "loaded" << m_data.accounts.size() << "accounts from" << m_path;
    return true;
}

bool AccountStore::moveAside(AccountError *error, const QString &problem)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString backup = m_path + QLatin1String(".bak-") + stamp;
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_path + QLatin1String(".bak-") + stamp + QLatin1Char('-') + QString::number(n);

    AccountError result = AccountError::make(AccountError::Code::Corrupt, m_path, problem);
    // A rename keeps the damaged bytes exactly as they were, for the user to repair.
    if (QFile::rename(m_path, backup)) {
        result.backupPath = backup;
        m_diskDigest.reset();
    } else {
        m_writable = false;
    }
    qCWarning(lcAccount) << "damaged account file" << m_path << problem << "moved to"
                         << result.backupPath;
    if (error)
        *error = result;
    return false;
}

std::optional<Account> AccountStore::byId(const QString &id) const
{
    for (const Account &account : m_data.accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::find(const QString &nameOrAddress, AccountError *error) const
{
    if (auto account = byId(nameOrAddress))
        return account;
    for (const Account &account : m_data.accounts) {
        if (sameText(account.email.toString(), nameOrAddress))
            return account;
    }
    std::optional<Account> match;
    for (const Account &account : m_data.accounts) {
        if (!account.displayName.isEmpty() && sameText(account.displayName, nameOrAddress)) {
            if (match) {
                fail(error, AccountError::Code::Ambiguous, nameOrAddress);
                return std::nullopt;
            }
            match = account;
        }
    }
    if (!match)
        fail(error, AccountError::Code::NotFound, nameOrAddress);
    return match;
}

bool AccountStore::checkUnique(const Account &account, AccountError *error) const
{
    for (const Account &other : m_data.accounts) {
        if (other.id == account.id)
            continue;
        if (sameText(other.email.toString(), account.email.toString()))
            return fail(error, AccountError::Code::Duplicate, account.email.toString());
        if (!account.displayName.isEmpty() && sameText(other.displayName, account.displayName))
            return fail(error, AccountError::Code::Duplicate, account.displayName);
    }
    return true;
}

bool AccountStore::prepare(Account *account, AccountError *error) const
{
    if (!m_writable)
        return fail(error, AccountError::Code::ReadOnly);
    if (account->id.isEmpty()) {
        QString base = accountIdFor(account->email);
        if (base.isEmpty())
            base = QStringLiteral("account");
        account->id = base;
        for (int n = 2; byId(account->id); ++n)
            account->id = base + QLatin1Char('-') + QString::number(n);
    } else if (byId(account->id)) {
        return fail(error, AccountError::Code::Duplicate, account->id);
    }
    if (!isValidAccountId(account->id))
        return fail(
            error, AccountError::Code::Invalid, QStringLiteral("id \"%1\"").arg(account->id));
    if (!checkUnique(*account, error))
        return false;
    if (!account->created.isValid())
        account->created = QDateTime::currentDateTimeUtc();
    return true;
}

bool AccountStore::add(Account *account, AccountError *error)
{
    if (!prepare(account, error))
        return false;
    AccountData next = m_data;
    next.accounts << *account;
    return commit(next, error);
}

bool AccountStore::update(const Account &account, AccountError *error)
{
    if (!checkUnique(account, error))
        return false;
    AccountData next = m_data;
    for (Account &existing : next.accounts) {
        if (existing.id == account.id) {
            existing = account;
            return commit(next, error);
        }
    }
    return fail(error, AccountError::Code::NotFound, account.id);
}

bool AccountStore::remove(const QString &id, AccountError *error)
{
    AccountData next = m_data;
    const auto removed = next.accounts.removeIf([&](const Account &a) { return a.id == id; });
    if (removed == 0)
        return fail(error, AccountError::Code::NotFound, id);
    next.pins.remove(id);
    return commit(next, error);
}

bool AccountStore::setPins(
    const QString &id, const QList<CertificatePin> &pins, AccountError *error)
{
    if (!byId(id))
        return fail(error, AccountError::Code::NotFound, id);
    for (const CertificatePin &pin : pins) {
        if (!pin.isValid())
            return fail(error, AccountError::Code::Invalid,
                QStringLiteral("a pin needs a SHA-256, a host and a port"));
    }
    AccountData next = m_data;
    if (pins.isEmpty())
        next.pins.remove(id);
    else
        next.pins.insert(id, pins);
    return commit(next, error);
}

// Why not QSettings on accounts.ini directly: QSettings re-reads the file at
// sync() and merges only its own changes into it, so a damaged or
// concurrently rewritten file would be silently blended with ours; it may
// also sync by itself from the event loop in the middle of a multi-key
// change, and reports failures only afterwards. Here the complete new file is
// built from our model first, then QSaveFile replaces the old one with a
// single rename(2) after flushing it: all or nothing.
bool AccountStore::commit(const AccountData &next, AccountError *error)
{
    if (!m_writable)
        return fail(error, AccountError::Code::ReadOnly);

    const QFileInfo target(m_path);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(error, AccountError::Code::WriteFailed,
            QStringLiteral("cannot create the folder %1").arg(target.absolutePath()));

    // The lock covers "still the file we read?" through the rename, so two
    // processes cannot both pass the check and then overwrite each other.
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!lock.tryLock(2000)) {
        if (lock.error() == QLockFile::LockFailedError)
            return fail(error, AccountError::Code::Busy);
        return fail(error, AccountError::Code::WriteFailed,
            QStringLiteral("cannot create the lock file %1.lock").arg(m_path));
    }

    QString problem;
    const auto current = readBytes(m_path, &problem);
    if (!problem.isEmpty())
        return fail(error, AccountError::Code::WriteFailed, problem);
    const std::optional<QByteArray> currentDigest
        = current ? std::optional(digest(*current)) : std::nullopt;
    if (currentDigest != m_diskDigest)
        return fail(error, AccountError::Code::Conflict);

    const auto bytes = serialize(next, &problem);
    if (!bytes)
        return fail(error, AccountError::Code::WriteFailed, problem);

    QSaveFile file(m_path);
    // Never fall back to writing in place: that is exactly the torn file
    // this is meant to prevent.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, AccountError::Code::WriteFailed, file.errorString());
    // Addresses and server names are private: owner-only, like ~/.ssh/config.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return fail(error, AccountError::Code::WriteFailed, file.errorString());

    m_data = next;
    m_diskDigest = digest(*bytes);
    qCDebug(lcAccount) << "saved" << m_data.accounts.size() << "accounts to" << m_path;
    return true;
}

} // namespace mw
