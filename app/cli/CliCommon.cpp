#include "cli/CliCommon.h"

#include "AppSetup.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"
#include "net/TlsPolicy.h"

#include <QFile>

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
    *error = CliText::tr("a user name was given but no password: use --password-stdin or set MAILWRIGHT_PASSWORD");
    return std::nullopt;
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
        return error.step == SmtpError::Step::Auth ? ExitCode::AuthFailed : ExitCode::PermanentRejection;
    case Kind::Reply:
        if (error.step == SmtpError::Step::Auth && error.reply.klass() == 5)
            return ExitCode::AuthFailed;
        return error.reply.isTransient() ? ExitCode::TemporaryFailure : ExitCode::PermanentRejection;
    }
    return ExitCode::PermanentRejection;
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
        cert.insert(QStringLiteral("problems"), QJsonArray::fromStringList(error.certificate.problems));
        o.insert(QStringLiteral("certificate"), cert);
    }
    return o;
}

} // namespace mw::cli
