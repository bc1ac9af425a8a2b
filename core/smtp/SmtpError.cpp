#include "smtp/SmtpError.h"

#include <QCoreApplication>

namespace mw {

bool SmtpError::isTemporary() const
{
    return kind == Kind::Reply ? reply.isTransient() : isTransientFailure(kind);
}

SmtpError SmtpError::fromNet(Step step, const NetError &error)
{
    SmtpError result;
    result.step = step;
    result.kind = failureKindFrom(error.kind);
    result.detail = error.detail;
    result.certificate = error.certificate;
    return result;
}

SmtpError SmtpError::fromReply(Step step, const SmtpReply &reply)
{
    SmtpError result;
    result.step = step;
    result.kind = Kind::Reply;
    result.reply = reply;
    result.detail = reply.summary();
    return result;
}

SmtpError SmtpError::make(Step step, Kind kind, const QString &detail)
{
    SmtpError result;
    result.step = step;
    result.kind = kind;
    result.detail = detail;
    return result;
}

QString stepName(SmtpError::Step step)
{
    switch (step) {
    case SmtpError::Step::None:
        return QStringLiteral("none");
    case SmtpError::Step::Connect:
        return QStringLiteral("connect");
    case SmtpError::Step::Tls:
        return QStringLiteral("tls");
    case SmtpError::Step::Greeting:
        return QStringLiteral("greeting");
    case SmtpError::Step::Ehlo:
        return QStringLiteral("ehlo");
    case SmtpError::Step::StartTls:
        return QStringLiteral("starttls");
    case SmtpError::Step::Auth:
        return QStringLiteral("auth");
    case SmtpError::Step::Sender:
        return QStringLiteral("sender");
    case SmtpError::Step::Recipient:
        return QStringLiteral("recipient");
    case SmtpError::Step::Data:
        return QStringLiteral("data");
    case SmtpError::Step::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

namespace {
QString stepPhrase(SmtpError::Step step)
{
    switch (step) {
    case SmtpError::Step::None:
    case SmtpError::Step::Connect:
        return QCoreApplication::translate("mw::SmtpError", "while connecting");
    case SmtpError::Step::Tls:
        return QCoreApplication::translate(
            "mw::SmtpError", "while setting up the secure (TLS) connection");
    case SmtpError::Step::Greeting:
        return QCoreApplication::translate(
            "mw::SmtpError", "while waiting for the server's greeting");
    case SmtpError::Step::Ehlo:
        return QCoreApplication::translate("mw::SmtpError", "during the EHLO handshake");
    case SmtpError::Step::StartTls:
        return QCoreApplication::translate("mw::SmtpError", "while switching to TLS (STARTTLS)");
    case SmtpError::Step::Auth:
        return QCoreApplication::translate("mw::SmtpError", "while logging in");
    case SmtpError::Step::Sender:
        return QCoreApplication::translate("mw::SmtpError", "when giving the sender address");
    case SmtpError::Step::Recipient:
        return QCoreApplication::translate("mw::SmtpError", "when giving the recipients");
    case SmtpError::Step::Data:
        return QCoreApplication::translate("mw::SmtpError", "while sending the message");
    case SmtpError::Step::Quit:
        return QCoreApplication::translate("mw::SmtpError", "while closing the session");
    }
    return {};
}
} // namespace

QString SmtpError::message() const
{
    const QString where = stepPhrase(step);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Reply:
        return QCoreApplication::translate("mw::SmtpError", "The server refused %1: %2")
            .arg(where, reply.summary());
    case Kind::HostNotFound:
        return QCoreApplication::translate(
            "mw::SmtpError", "The server name could not be found (DNS): %1")
            .arg(detail);
    case Kind::Refused:
        return QCoreApplication::translate("mw::SmtpError",
            "The connection was refused: nothing answers on that port. Check the port and security "
            "settings.");
    case Kind::Unreachable:
        return QCoreApplication::translate("mw::SmtpError",
            "The server could not be reached (%1). It may be the network or a firewall rather than "
            "your settings.")
            .arg(detail);
    case Kind::Timeout:
        return QCoreApplication::translate(
            "mw::SmtpError", "The server accepted the connection but stopped answering %1.")
            .arg(where);
    case Kind::Closed:
        return QCoreApplication::translate("mw::SmtpError", "The server closed the connection %1.")
            .arg(where);
    case Kind::TlsHandshake:
        return QCoreApplication::translate("mw::SmtpError",
            "The secure (TLS) connection could not be set up: %1. If the port expects the other "
            "security mode, switch between SSL/TLS and STARTTLS.")
            .arg(detail);
    case Kind::Certificate:
        return QCoreApplication::translate(
            "mw::SmtpError", "The server's certificate is not trusted: %1")
            .arg(detail);
    case Kind::Injection:
        return QCoreApplication::translate("mw::SmtpError",
            "The server sent data ahead of the TLS handshake, which is how response-injection "
            "attacks work. The connection was closed for your safety.");
    case Kind::Protocol:
        return QCoreApplication::translate(
            "mw::SmtpError", "The server broke the SMTP protocol %1: %2")
            .arg(where, detail);
    case Kind::Policy:
    case Kind::LocalInput:
    case Kind::TooLarge:
        return detail;
    case Kind::Cancelled:
        return QCoreApplication::translate("mw::SmtpError", "Cancelled.");
    }
    return detail;
}

} // namespace mw
