#include "cli/CliCommon.h"

#include "AppSetup.h"
#include "account/SecretError.h"
#include "cli/CliArgs.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"
#include "mime/Mailbox.h"
#include "mime/MessageDraft.h"
#include "net/TlsPolicy.h"

#include <QFile>
#include <QStringDecoder>

#include <utility>

namespace mw::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<QString> readPassword(bool fromStdin, QString *error)
{
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = CliText::tr("cannot read the password from standard input");
            return std::nullopt;
        }
        QByteArray line = in.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *error = CliText::tr("--password-stdin: standard input held no password");
            return std::nullopt;
        }
        return QString::fromUtf8(line);
    }
    if (qEnvironmentVariableIsSet("MAILWRIGHT_PASSWORD"))
        return qEnvironmentVariable("MAILWRIGHT_PASSWORD");
    *error = CliText::tr(
        "a user name was given but no password: use --password-stdin or set MAILWRIGHT_PASSWORD");
    return std::nullopt;
}

bool addRecipients(const CliArgs &args, MessageDraft *draft, QString *error)
{
    for (const auto &[field, list] : { std::pair { "to", &draft->to },
             std::pair { "cc", &draft->cc }, std::pair { "bcc", &draft->bcc } }) {
        for (const QString &value : args.values(QLatin1String(field))) {
            QString why;
            const auto parsed = Mailbox::parseList(value, &why);
            if (!parsed) {
                *error = QStringLiteral("--%1: %2").arg(QLatin1String(field), why);
                return false;
            }
            *list += *parsed;
        }
    }
    return true;
}

std::optional<QString> readTextFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CliText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(file.read(64 * 1024 * 1024));
    if (utf8.hasError()) {
        *error = CliText::tr("%1 is not UTF-8 text").arg(file.fileName());
        return std::nullopt;
    }
    return text;
}

bool applyCaFile(const GlobalOptions &global, TlsPolicy *policy, QString *error)
{
    if (global.caFile.isEmpty())
        return true;
    return policy->addCaFile(global.caFile, error);
}

int exitCodeFor(const SmtpError &error)
{
    using Kind = SmtpError::Kind;
    switch (error.kind) {
    case Kind::None:
        return ExitCode::Success;
    case Kind::HostNotFound:
        return ExitCode::DnsFailure;
    case Kind::Refused:
    case Kind::Unreachable:
        return ExitCode::Unreachable;
    case Kind::TlsHandshake:
    case Kind::Certificate:
    case Kind::Injection:
        return ExitCode::TlsError;
    case Kind::Timeout:
    case Kind::Closed:
    case Kind::Cancelled:
        return ExitCode::TemporaryFailure;
    case Kind::LocalInput:
    case Kind::TooLarge:
        return ExitCode::DataError;
    case Kind::Policy:
        // We refused: no encryption available, or the message cannot go as is.
        if (error.step == SmtpError::Step::StartTls || error.step == SmtpError::Step::Auth)
            return ExitCode::TlsError;
        return ExitCode::PermanentRejection;
    case Kind::Protocol:
        return error.step == SmtpError::Step::Auth ? ExitCode::AuthFailed
                                                   : ExitCode::PermanentRejection;
    case Kind::Reply:
        if (error.step == SmtpError::Step::Auth && error.reply.klass() == 5)
            return ExitCode::AuthFailed;
        return error.reply.isTransient() ? ExitCode::TemporaryFailure
                                         : ExitCode::PermanentRejection;
    }
    return ExitCode::PermanentRejection;
}

int reportSecretReadFailure(const QString &command, const SecretError &error)
{
    err() << "mailwright " << command << ": " << error.message() << Qt::endl;
    if (error.code == SecretError::Code::NotFound)
        err() << CliText::tr(
            "No password is saved for this account: give it with --password-stdin.")
              << Qt::endl;
    else if (!error.hint().isEmpty())
        err() << error.hint() << Qt::endl;
    return exitCodeFor(error);
}

int exitCodeFor(const SecretError &error)
{
    switch (error.code) {
    case SecretError::Code::None:
        return ExitCode::Success;
    case SecretError::Code::NotFound:
        return ExitCode::DataError;
    case SecretError::Code::AccessDenied:
        return ExitCode::AuthFailed; // 77 is also sysexits' EX_NOPERM
    case SecretError::Code::Timeout:
        return ExitCode::TemporaryFailure;
    case SecretError::Code::NoKeychain:
    case SecretError::Code::Failed:
        return ExitCode::Unreachable; // sysexits' EX_UNAVAILABLE
    }
    return ExitCode::Unreachable;
}

QJsonObject toJson(const SmtpReply &reply)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), reply.code);
    o.insert(QStringLiteral("enhanced"), reply.enhanced.toString());
    o.insert(QStringLiteral("text"), reply.text());
    return o;
}

QJsonObject toJson(const SmtpError &error)
{
    QJsonObject o = toJson(error.reply);
    o.insert(QStringLiteral("step"), stepName(error.step));
    o.insert(QStringLiteral("kind"), kindName(error.kind));
    o.insert(QStringLiteral("message"), error.message());
    o.insert(QStringLiteral("temporary"), error.isTemporary());
    if (!error.certificate.isNull()) {
        QJsonObject cert;
        cert.insert(QStringLiteral("subject"), error.certificate.subject);
        cert.insert(QStringLiteral("issuer"), error.certificate.issuer);
        cert.insert(QStringLiteral("notBefore"), error.certificate.notBefore.toString(Qt::ISODate));
        cert.insert(QStringLiteral("notAfter"), error.certificate.notAfter.toString(Qt::ISODate));
        cert.insert(QStringLiteral("sha256"), error.certificate.sha256Hex());
        cert.insert(
            QStringLiteral("problems"), QJsonArray::fromStringList(error.certificate.problems));
        o.insert(QStringLiteral("certificate"), cert);
    }
    return o;
}

int exitCodeFor(const VerifyFailure &failure)
{
    using Kind = VerifyFailure::Kind;
    switch (failure.kind) {
    case Kind::None:
        return ExitCode::Success;
    case Kind::HostNotFound:
    case Kind::LookupFailed:
        return ExitCode::DnsFailure;
    case Kind::Refused:
    case Kind::Unreachable:
        return ExitCode::Unreachable;
    case Kind::TlsHandshake:
    case Kind::Certificate:
    case Kind::Injection:
        return ExitCode::TlsError;
    case Kind::Stalled:
    case Kind::Closed:
    case Kind::Cancelled:
        return ExitCode::TemporaryFailure;
    case Kind::Policy:
        // We refused to go on without encryption (no STARTTLS, cleartext login),
        // as exitCodeFor(SmtpError) does for sending.
        return failure.step == VerifyStep::Name::Tls || failure.step == VerifyStep::Name::Auth
            ? ExitCode::TlsError
            : ExitCode::PermanentRejection;
    case Kind::Protocol:
        return failure.step == VerifyStep::Name::Auth ? ExitCode::AuthFailed
                                                      : ExitCode::PermanentRejection;
    case Kind::Reply:
        if (failure.temporary)
            return ExitCode::TemporaryFailure;
        if (failure.step == VerifyStep::Name::Auth)
            return ExitCode::AuthFailed;
        if (failure.step == VerifyStep::Name::Tls)
            return ExitCode::TlsError;
        return ExitCode::PermanentRejection;
    }
    return ExitCode::PermanentRejection;
}

QJsonObject toJson(const CertificateInfo &certificate)
{
    QJsonObject cert;
    cert.insert(QStringLiteral("subject"), certificate.subject);
    cert.insert(QStringLiteral("issuer"), certificate.issuer);
    cert.insert(QStringLiteral("notBefore"), certificate.notBefore.toString(Qt::ISODate));
    cert.insert(QStringLiteral("notAfter"), certificate.notAfter.toString(Qt::ISODate));
    cert.insert(QStringLiteral("sha256"), certificate.sha256Hex());
    cert.insert(QStringLiteral("problems"), QJsonArray::fromStringList(certificate.problems));
    return cert;
}

QJsonObject toJson(const VerifyStep &step)
{
    QJsonObject o;
    o.insert(QStringLiteral("step"), verifyStepName(step.name));
    o.insert(QStringLiteral("ok"), step.ok);
    o.insert(QStringLiteral("ms"), step.ms);
    o.insert(QStringLiteral("code"), step.code);
    o.insert(QStringLiteral("enhanced"), step.enhanced);
    o.insert(QStringLiteral("text"), step.text);
    o.insert(QStringLiteral("hint"), step.hint);
    if (!step.responseCode.isEmpty())
        o.insert(QStringLiteral("responseCode"), step.responseCode);
    if (!step.detail.isEmpty())
        o.insert(QStringLiteral("detail"), step.detail);
    return o;
}

QJsonObject toJson(const ServerReport &report)
{
    QJsonObject o;
    o.insert(QStringLiteral("attempted"), report.attempted);
    o.insert(QStringLiteral("ok"), report.ok);
    QJsonArray steps;
    for (const VerifyStep &step : report.steps)
        steps.append(toJson(step));
    o.insert(QStringLiteral("steps"), steps);
    if (!report.attempted)
        return o;
    o.insert(QStringLiteral("server"), report.endpoint.toString());
    o.insert(QStringLiteral("loginTested"), report.loginTested);
    o.insert(QStringLiteral("username"), report.usernameUsed);
    o.insert(QStringLiteral("usernamesTried"), QJsonArray::fromStringList(report.usernamesTried));
    o.insert(QStringLiteral("mechanism"), report.mechanism);
    o.insert(QStringLiteral("tls"), report.tls);
    if (report.protocol == Protocol::Smtp)
        o.insert(QStringLiteral("maxSize"), report.smtpMaxSize); // RFC 1870 SIZE; 0 = unknown
    o.insert(QStringLiteral("message"), report.message);
    if (!report.certificate.isNull())
        o.insert(QStringLiteral("certificate"), toJson(report.certificate));
    return o;
}

} // namespace mw::cli
