#pragma once

#include "smtp/SmtpError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>

namespace mw {
struct GlobalOptions;
struct TlsPolicy;
} // namespace mw

namespace mw::cli {

QTextStream &out();
QTextStream &err();

// The secret for --user: --password-stdin (first line of standard input), else
// MAILWRIGHT_PASSWORD. Never a command-line value, so it stays out of `ps`.
std::optional<QString> readPassword(bool fromStdin, QString *error);

// --ca-file / MAILWRIGHT_CA_FILE into the TLS policy.
bool applyCaFile(const GlobalOptions &global, TlsPolicy *policy, QString *error);

// The contract's exit code for a failure.
int exitCodeFor(const SmtpError &error);

QJsonObject toJson(const SmtpError &error);
QJsonObject toJson(const SmtpReply &reply);

} // namespace mw::cli
