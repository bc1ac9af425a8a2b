#pragma once

#include "account/Account.h"
#include "account/CertificatePin.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace mw {

// Everything the account file holds.
struct AccountData {
    QList<Account> accounts; // in file order
    QHash<QString, QList<CertificatePin>> pins; // by account id
};

// The account file format: QSettings INI, one section per account.
//
//   [General]
//   schemaVersion=1
//   [account.alice-at-example.test]
//   email=alice@example.test
//   smtp\server=smtp.example.test:465/ssl
//   smtp\username=alice@example.test
//   smtp\maxSize=52428800            (optional; missing = 0, unknown)
//   pins\1\sha256=AB:CD:…
//   pins\size=1
//
// Values are plain strings (no @Variant blobs), so the file stays readable
// and editable by hand; servers use the CLI's HOST:PORT/SEC form.
namespace accountini {

// Bump on any change an older build must not silently drop on save: it then
// refuses to write the file instead (AccountError::NewerSchema).
inline constexpr int kSchemaVersion = 1;

// The file's schema version: 0 when the file is empty, -1 when the key is
// missing from a non-empty file or is not a number.
int schemaVersion(const QSettings &settings);

// Reads a file of schema kSchemaVersion or older (it only reads, but arrays
// need the non-const beginReadArray()). On bad content returns std::nullopt
// and names the first problem in `problem` (English).
std::optional<AccountData> read(QSettings &settings, QString *problem);

// Writes `data` into an empty QSettings, stamped with kSchemaVersion.
void write(QSettings &settings, const AccountData &data);

} // namespace accountini

} // namespace mw
