#include "account/AccountError.h"

#include <QCoreApplication>

namespace mw {

AccountError AccountError::make(Code code, const QString &path, const QString &detail)
{
    AccountError error;
    error.code = code;
    error.path = path;
    error.detail = detail;
    return error;
}

QString AccountError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::ReadFailed:
        return QCoreApplication::translate(
            "mw::AccountError", "cannot read the account file %1: %2")
            .arg(path, detail);
    case Code::Corrupt:
        if (backupPath.isEmpty())
            return QCoreApplication::translate("mw::AccountError",
                "the account file %1 is damaged (%2); it could not be "
                "moved aside, so it is left as it is and will not be "
                "overwritten")
                .arg(path, detail);
        return QCoreApplication::translate("mw::AccountError",
            "the account file %1 is damaged (%2); it was moved to %3 "
            "and Mailwright starts without accounts")
            .arg(path, detail, backupPath);
    case Code::NewerSchema:
        return QCoreApplication::translate("mw::AccountError",
            "the account file %1 was written by a newer version of "
            "Mailwright (%2); it was left untouched")
            .arg(path, detail);
    case Code::WriteFailed:
        return QCoreApplication::translate("mw::AccountError",
            "cannot save the account file %1: %2; the previous file "
            "is unchanged")
            .arg(path, detail);
    case Code::Conflict:
        return QCoreApplication::translate("mw::AccountError",
            "the account file %1 was changed by another program "
            "while this one was using it; nothing was saved")
            .arg(path);
    case Code::Busy:
        return QCoreApplication::translate("mw::AccountError",
            "the account file %1 is being saved by another Mailwright; "
            "nothing was saved")
            .arg(path);
    case Code::ReadOnly:
        return QCoreApplication::translate("mw::AccountError",
            "the account file %1 could not be loaded, so it will not "
            "be overwritten")
            .arg(path);
    case Code::NotFound:
        return QCoreApplication::translate("mw::AccountError", "no account named \"%1\"")
            .arg(detail);
    case Code::Ambiguous:
        return QCoreApplication::translate("mw::AccountError",
            "\"%1\" names more than one account; use the address or "
            "the id")
            .arg(detail);
    case Code::Duplicate:
        return QCoreApplication::translate("mw::AccountError", "there is already an account for %1")
            .arg(detail);
    case Code::Invalid:
        return QCoreApplication::translate("mw::AccountError", "invalid account data: %1")
            .arg(detail);
    }
    return {};
}

QString AccountError::hint() const
{
    switch (code) {
    case Code::Corrupt:
        return QCoreApplication::translate("mw::AccountError",
            "Add the accounts again, or repair the moved file and "
            "put it back.");
    case Code::NewerSchema:
        return QCoreApplication::translate("mw::AccountError",
            "Use the newer Mailwright, or move the file away to start "
            "afresh with this one.");
    case Code::ReadFailed:
    case Code::WriteFailed:
        return QCoreApplication::translate("mw::AccountError",
            "Check the permissions of the file and its folder, and "
            "the free disk space.");
    case Code::Conflict:
    case Code::Busy:
        return QCoreApplication::translate("mw::AccountError", "Try again.");
    default:
        return {};
    }
}

QString codeName(AccountError::Code code)
{
    using Code = AccountError::Code;
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::ReadFailed:
        return QStringLiteral("read-failed");
    case Code::Corrupt:
        return QStringLiteral("corrupt");
    case Code::NewerSchema:
        return QStringLiteral("newer-schema");
    case Code::WriteFailed:
        return QStringLiteral("write-failed");
    case Code::Conflict:
        return QStringLiteral("conflict");
    case Code::Busy:
        return QStringLiteral("busy");
    case Code::ReadOnly:
        return QStringLiteral("read-only");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::Ambiguous:
        return QStringLiteral("ambiguous");
    case Code::Duplicate:
        return QStringLiteral("duplicate");
    case Code::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("unknown");
}

} // namespace mw
