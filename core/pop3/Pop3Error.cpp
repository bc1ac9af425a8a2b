#include "pop3/Pop3Error.h"

#include <QCoreApplication>

namespace mw {

namespace {
// Translation context for this file's messages (lupdate reads Xxx::tr calls).
struct Pop3ErrorText {
    Q_DECLARE_TR_FUNCTIONS(mw::Pop3Error)
};

QString stepPhrase(Pop3Error::Step step)
{
    switch (step) {
    case Pop3Error::Step::None:
    case Pop3Error::Step::Connect:
        return Pop3ErrorText::tr("while connecting");
    case Pop3Error::Step::Tls:
        return Pop3ErrorText::tr("while setting up the secure (TLS) connection");
    case Pop3Error::Step::Greeting:
        return Pop3ErrorText::tr("while waiting for the server's greeting");
    case Pop3Error::Step::Capabilities:
        return Pop3ErrorText::tr("while asking for its capabilities (CAPA)");
    case Pop3Error::Step::Stls:
        return Pop3ErrorText::tr("while switching to TLS (STLS)");
    case Pop3Error::Step::Auth:
        return Pop3ErrorText::tr("while logging in");
    case Pop3Error::Step::Mailbox:
        return Pop3ErrorText::tr("while opening the mailbox");
    case Pop3Error::Step::Retrieve:
        return Pop3ErrorText::tr("while downloading a message");
    case Pop3Error::Step::Quit:
        return Pop3ErrorText::tr("while closing the session");
    }
    return {};
}

QString replyMessage(const Pop3Error &e)
{
    const QString where = stepPhrase(e.step);
    const QString text = e.reply.displayText();
    switch (e.reply.code) {
    case Pop3ResponseCode::Auth:
        return Pop3ErrorText::tr("The server rejected the user name or password (%1).").arg(text);
    case Pop3ResponseCode::SysTemp:
        return Pop3ErrorText::tr("The server has a temporary problem %1; try again later (%2).")
            .arg(where, text);
    case Pop3ResponseCode::SysPerm:
        return Pop3ErrorText::tr(
            "The server has a problem %1 that will not go away by itself; contact the "
            "provider (%2).")
            .arg(where, text);
    case Pop3ResponseCode::InUse:
        return Pop3ErrorText::tr(
            "The mailbox is in use by another program or device; close it there or try "
            "again in a few minutes (%1).")
            .arg(text);
    case Pop3ResponseCode::LoginDelay:
        return Pop3ErrorText::tr(
            "The server allows logging in only every few minutes; wait and try again "
            "(%1).")
            .arg(text);
    case Pop3ResponseCode::None:
    case Pop3ResponseCode::Other:
        break;
    }
    return Pop3ErrorText::tr("The server refused %1: %2").arg(where, e.reply.summary());
}
} // namespace

bool Pop3Error::isTemporary() const
{
    if (kind == Kind::Reply)
        return reply.code == Pop3ResponseCode::SysTemp || reply.code == Pop3ResponseCode::InUse
            || reply.code == Pop3ResponseCode::LoginDelay;
    return isTransientFailure(kind);
}

Pop3Error Pop3Error::fromNet(Step step, const NetError &error)
{
    Pop3Error result;
    result.step = step;
    result.kind = failureKindFrom(error.kind);
    result.detail = error.detail;
    result.certificate = error.certificate;
    return result;
}

Pop3Error Pop3Error::fromReply(Step step, const Pop3Reply &reply)
{
    Pop3Error result;
    result.step = step;
    result.kind = Kind::Reply;
    result.reply = reply;
    result.detail = reply.summary();
    return result;
}

Pop3Error Pop3Error::make(Step step, Kind kind, const QString &detail)
{
    Pop3Error result;
    result.step = step;
    result.kind = kind;
    result.detail = detail;
    return result;
}

QString stepName(Pop3Error::Step step)
{
    switch (step) {
    case Pop3Error::Step::None:
        return QStringLiteral("none");
    case Pop3Error::Step::Connect:
        return QStringLiteral("connect");
    case Pop3Error::Step::Tls:
        return QStringLiteral("tls");
    case Pop3Error::Step::Greeting:
        return QStringLiteral("greeting");
    case Pop3Error::Step::Capabilities:
        return QStringLiteral("capabilities");
    case Pop3Error::Step::Stls:
        return QStringLiteral("stls");
    case Pop3Error::Step::Auth:
        return QStringLiteral("auth");
    case Pop3Error::Step::Mailbox:
        return QStringLiteral("mailbox");
    case Pop3Error::Step::Retrieve:
        return QStringLiteral("retrieve");
    case Pop3Error::Step::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

QString Pop3Error::message() const
{
    const QString where = stepPhrase(step);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Reply:
        return replyMessage(*this);
    case Kind::HostNotFound:
        return Pop3ErrorText::tr("The server name could not be found (DNS): %1").arg(detail);
    case Kind::Refused:
        return Pop3ErrorText::tr(
            "The connection was refused: nothing answers on that port. Check the port and "
            "security settings.");
    case Kind::Unreachable:
        return Pop3ErrorText::tr(
            "The server could not be reached (%1). It may be the network or a firewall "
            "rather than your settings.")
            .arg(detail);
    case Kind::Timeout:
        return Pop3ErrorText::tr("The server accepted the connection but stopped answering %1.")
            .arg(where);
    case Kind::Closed:
        return Pop3ErrorText::tr("The server closed the connection %1.").arg(where);
    case Kind::TlsHandshake:
        return Pop3ErrorText::tr(
            "The secure (TLS) connection could not be set up: %1. If the port expects the "
            "other security mode, switch between SSL/TLS and STARTTLS.")
            .arg(detail);
    case Kind::Certificate:
        return Pop3ErrorText::tr("The server's certificate is not trusted: %1").arg(detail);
    case Kind::Injection:
        return Pop3ErrorText::tr(
            "The server sent data ahead of the TLS handshake, which is how "
            "response-injection attacks work. The connection was closed for your safety.");
    case Kind::Protocol:
        return Pop3ErrorText::tr("The server broke the POP3 protocol %1: %2").arg(where, detail);
    case Kind::TooLarge:
        return Pop3ErrorText::tr(
            "The server sent more data %1 than the configured limit allows: %2")
            .arg(where, detail);
    case Kind::Policy:
    case Kind::LocalInput:
        return detail;
    case Kind::Cancelled:
        return Pop3ErrorText::tr("Cancelled.");
    }
    return detail;
}

} // namespace mw
