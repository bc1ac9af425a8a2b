#pragma once

#include <QString>

namespace mw {

// Why the account file, or a change to it, failed: a value with a translated
// sentence and a hint, like the protocol errors.
struct AccountError {
    enum class Code {
        None,
        ReadFailed, // the file exists but cannot be read; it is left alone
        Corrupt, // not an account file we understand; moved aside to `backupPath`
        NewerSchema, // written by a newer Mailwright; left alone, read-only here
        WriteFailed, // the new file could not be written; the old one is intact
        Conflict, // another process changed the file since it was read
        Busy, // another process is writing the file right now
        ReadOnly, // a load problem above forbids writing over the file
        NotFound, // no account by that name, address or id
        Ambiguous, // the name matches more than one account
        Duplicate, // an account with that address or name already exists
        Invalid, // the account or pin itself is not acceptable
    };

    Code code = Code::None;
    QString path; // the account file
    QString detail; // English technical detail (Qt's error string, the bad key…)
    QString backupPath; // for Corrupt: where the damaged file now is

    bool isError() const { return code != Code::None; }
    QString message() const; // one translated sentence
    QString hint() const; // what to do about it, translated; may be empty

    static AccountError make(Code code, const QString &path, const QString &detail = {});
};

QString codeName(AccountError::Code code); // "corrupt", "not-found"… (stable; --json)

} // namespace mw
