#pragma once

#include "smtp/SmtpError.h"
#include "verify/VerifyTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>

namespace mw {
struct GlobalOptions;
struct MessageDraft;
struct SecretError;
struct TlsPolicy;
} // namespace mw

namespace mw::cli {

class CliArgs;

QTextStream &out();
QTextStream &err();

// The secret for --user: --password-stdin (first line of standard input), else
// MAILWRIGHT_PASSWORD. Never a command-line value, so it stays out of `ps`.
std::optional<QString> readPassword(bool fromStdin, QString *error);

// --ca-file / MAILWRIGHT_CA_FILE into the TLS policy.
bool applyCaFile(const GlobalOptions &global, TlsPolicy *policy, QString *error);

// --to / --cc / --bcc (each repeatable, each an address list) appended to the
// draft's recipients; false with "--to: <why>" (etc.) in *error.
bool addRecipients(const CliArgs &args, MessageDraft *draft, QString *error);

// A --body-file: UTF-8 text (at most 64 MiB read); nullopt with a message in
// *error when it cannot be read or is not UTF-8.
std::optional<QString> readTextFile(const QString &path, QString *error);

// The contract's exit code for a failure.
int exitCodeFor(const SmtpError &error);
// A keychain failure: 69 no keychain, 77 access denied, 75 timeout, 65 nothing stored.
int exitCodeFor(const SecretError &error);
// Prints why an account's saved password could not be read ("mailwright
// COMMAND: …" plus what to do) and returns the exit code for it.
int reportSecretReadFailure(const QString &command, const SecretError &error);

QJsonObject toJson(const SmtpError &error);
QJsonObject toJson(const SmtpReply &reply);

// Verification (verify, and account add once it verifies): the contract's
// exit code for a failed server, and its JSON form
// {ok, steps[{step,ok,ms,code,enhanced,text,hint}], username, mechanism, …}.
int exitCodeFor(const VerifyFailure &failure);
QJsonObject toJson(const CertificateInfo &certificate);
QJsonObject toJson(const VerifyStep &step);
QJsonObject toJson(const ServerReport &report);

} // namespace mw::cli
