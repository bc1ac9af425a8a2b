// ProviderHints: the dispatcher and the advice for everything below logging
// in (DNS, TCP, TLS, certificates, a silent server). Login advice lives in
// ProviderLoginHints.cpp.

#include "verify/ProviderHints.h"

#include <QLocale>
#include <QSslError>

namespace mw {

namespace {

bool isImplicitTlsPort(quint16 port)
{
    return port == 465 || port == 995 || port == 993;
}

// Qt names certificate problems in CertificateInfo::problems with
// QSslError::errorString(); comparing against the same call finds them again
// whatever language Qt's own messages are in.
bool hasProblem(const CertificateInfo &certificate, QSslError::SslError error)
{
    return certificate.problems.contains(QSslError(error).errorString());
}

} // namespace

QString ProviderHints::advise(const VerifyFailure &failure, const HintContext &context)
{
    using Kind = VerifyFailure::Kind;
    if (failure.kind == Kind::None || failure.kind == Kind::Cancelled)
        return {};
    const ProviderEntry provider
        = findProvider(context.providerId, context.domain, context.endpoint.host);

    // POP3 response codes say exactly what is wrong, whatever the step.
    if (const QString advice = pop3CodeAdvice(failure); !advice.isEmpty())
        return advice;

    switch (failure.kind) {
    case Kind::HostNotFound:
    case Kind::LookupFailed:
        return dnsAdvice(failure, context);
    case Kind::Refused:
    case Kind::Unreachable:
        return connectAdvice(failure, context, provider);
    case Kind::Certificate:
        return certificateAdvice(failure, context);
    case Kind::TlsHandshake:
    case Kind::Injection:
        return tlsAdvice(failure, context);
    case Kind::Stalled:
        return failure.step == VerifyStep::Name::Dns ? dnsAdvice(failure, context)
                                                     : stallAdvice(failure, context);
    default:
        break;
    }

    switch (failure.step) {
    case VerifyStep::Name::Dns:
        return dnsAdvice(failure, context);
    case VerifyStep::Name::Tcp:
        return connectAdvice(failure, context, provider);
    case VerifyStep::Name::Tls:
        return tlsAdvice(failure, context);
    case VerifyStep::Name::Greeting:
        return greetingAdvice(failure, context);
    case VerifyStep::Name::Auth:
        return loginAdvice(failure, context, provider);
    case VerifyStep::Name::Mailbox:
        return tr("You are logged in, but the server would not open the mailbox. It may be "
                  "locked by another program, disabled, or not enabled for POP3 at the provider.");
    case VerifyStep::Name::Capabilities:
        if (failure.kind == Kind::Closed)
            return tr("The server closed the connection right after the greeting. It may not "
                      "accept clients from your network; try again later or from another network.");
        return {};
    }
    return {};
}

QString ProviderHints::dnsAdvice(const VerifyFailure &failure, const HintContext &context)
{
    const QString host = context.endpoint.host;
    switch (failure.kind) {
    case VerifyFailure::Kind::HostNotFound:
        return tr("The server name %1 does not exist. Check its spelling; providers usually "
                  "call it smtp.%2 or pop.%2 (or pop3.%2).")
            .arg(host, context.domain.isEmpty() ? QStringLiteral("example.com") : context.domain);
    case VerifyFailure::Kind::Stalled:
        return tr("Looking up %1 took too long. Check that this computer is online and that its "
                  "DNS server answers.")
            .arg(host);
    default:
        return tr("%1 could not be looked up. Check that this computer is online and that its "
                  "DNS server works.")
            .arg(host);
    }
}

QString ProviderHints::connectAdvice(
    const VerifyFailure &failure, const HintContext &context, const ProviderEntry &provider)
{
    const Endpoint &ep = context.endpoint;
    if (failure.kind == VerifyFailure::Kind::Refused) {
        if (failure.protocol == Protocol::Pop3)
            return tr("Nothing accepts connections on port %1 of %2, so the port or the "
                      "security setting is probably wrong. POP3 normally uses port 995 with "
                      "SSL/TLS, or port 110 with STARTTLS.")
                .arg(ep.port)
                .arg(ep.host);
        return tr("Nothing accepts connections on port %1 of %2, so the port or the security "
                  "setting is probably wrong. Sending mail normally uses port 465 with SSL/TLS, "
                  "or port 587 with STARTTLS.")
            .arg(ep.port)
            .arg(ep.host);
    }
    if (!provider.isNull() && !isMainlandChina(provider.family))
        return tr("%1 could not be reached. Services outside mainland China such as %2 are "
                  "often blocked or very slow from networks inside it, so this is most likely "
                  "the network or a firewall, not your settings. Try again later, or from "
                  "another network.",
            "%2 is a provider name such as Gmail or Outlook.com")
            .arg(ep.host, provider.name);
    if (failure.protocol == Protocol::Smtp && ep.port == 25)
        return tr("%1 could not be reached on port 25. Many networks and internet providers "
                  "block port 25 for home users; use port 465 (SSL/TLS) or 587 (STARTTLS) "
                  "for sending.")
            .arg(ep.host);
    return tr("%1 could not be reached on port %2. It may be the network or a firewall (on "
              "this computer, in your network or at your internet provider) rather than your "
              "settings, or the server is down. Try again later, or from another network.")
        .arg(ep.host)
        .arg(ep.port);
}

QString ProviderHints::tlsAdvice(const VerifyFailure &failure, const HintContext &context)
{
    const Endpoint &ep = context.endpoint;
    if (failure.kind == VerifyFailure::Kind::Injection)
        return tr("Something on the network sent data in the server's name before encryption "
                  "started, which is how attacks on STARTTLS work. Do not use this network for "
                  "mail; if it keeps happening, choose SSL/TLS instead of STARTTLS.");
    if (failure.kind == VerifyFailure::Kind::Policy)
        return tr("The server does not offer encryption (STARTTLS) on port %1. Choose SSL/TLS "
                  "(port %2) instead. Only choose \"no encryption\" if your provider really has "
                  "none, because your password would travel readable by anyone on the way.")
            .arg(ep.port)
            .arg(failure.protocol == Protocol::Pop3 ? 995 : 465);
    if (failure.kind == VerifyFailure::Kind::Reply)
        return tr("The server refused to start encryption (STARTTLS). Try SSL/TLS on port %1 "
                  "instead.")
            .arg(failure.protocol == Protocol::Pop3 ? 995 : 465);
    if (ep.security == SecurityMode::Ssl)
        return tr("Port %1 does not seem to speak SSL/TLS from the first byte; it probably "
                  "expects STARTTLS. Choose STARTTLS (usually port %2) instead of SSL/TLS.")
            .arg(ep.port)
            .arg(failure.protocol == Protocol::Pop3 ? 110 : 587);
    return tr("The server and Mailwright could not agree on encryption. The server may only "
              "offer TLS versions older than 1.2, which are no longer safe; ask your provider, "
              "or try SSL/TLS on port %1.")
        .arg(failure.protocol == Protocol::Pop3 ? 995 : 465);
}

QString ProviderHints::certificateAdvice(const VerifyFailure &failure, const HintContext &context)
{
    const CertificateInfo &cert = failure.certificate;
    QString advice;
    if (hasProblem(cert, QSslError::HostNameMismatch)) {
        advice = tr("The server's certificate was issued for \"%1\", not for %2. If %2 is your "
                    "own domain at a hosting provider, use the hosting provider's server name "
                    "instead (the one on the certificate, or the one in their setup guide).",
            "%1 is the certificate's subject, %2 the host name the user entered")
                     .arg(cert.subject, context.endpoint.host);
    } else if (hasProblem(cert, QSslError::CertificateExpired)) {
        advice = tr("The server's certificate expired on %1. Check that this computer's date "
                    "and time are right; if they are, the provider must renew the certificate.")
                     .arg(QLocale().toString(cert.notAfter.toLocalTime(), QLocale::ShortFormat));
    } else if (hasProblem(cert, QSslError::CertificateNotYetValid)) {
        advice = tr("The server's certificate is not valid yet. Check that this computer's date "
                    "and time are right.");
    } else if (hasProblem(cert, QSslError::SelfSignedCertificate)
        || hasProblem(cert, QSslError::SelfSignedCertificateInChain)
        || hasProblem(cert, QSslError::UnableToGetLocalIssuerCertificate)
        || hasProblem(cert, QSslError::CertificateUntrusted)) {
        advice = tr("The server's certificate does not come from an authority this computer "
                    "trusts (it is self-signed or from a private authority). This is normal for "
                    "some company servers, and also what an attacker's certificate looks like.");
    } else {
        advice = tr("The server's certificate was not accepted.");
    }
    if (!cert.isNull())
        advice += QLatin1Char(' ')
            + tr("Trust it only if the provider confirms its SHA-256 fingerprint: %1")
                  .arg(cert.sha256Hex());
    return advice;
}

QString ProviderHints::stallAdvice(const VerifyFailure &failure, const HintContext &context)
{
    const Endpoint &ep = context.endpoint;
    if (failure.step == VerifyStep::Name::Tls && ep.security == SecurityMode::Ssl)
        return tr("The server accepted the connection on port %1 but never completed the "
                  "encryption handshake. The port may expect STARTTLS (usually port %2) rather "
                  "than SSL/TLS; otherwise the server or a firewall is holding the connection.")
            .arg(ep.port)
            .arg(failure.protocol == Protocol::Pop3 ? 110 : 587);
    if (failure.step == VerifyStep::Name::Greeting && ep.security != SecurityMode::Ssl
        && isImplicitTlsPort(ep.port))
        return tr("The server accepted the connection on port %1 but said nothing: this port "
                  "expects encryption (SSL/TLS) from the first byte. Choose SSL/TLS.")
            .arg(ep.port);
    if (failure.step == VerifyStep::Name::Greeting)
        return tr("The server accepted the connection but never said hello. It may be "
                  "overloaded, or a firewall or proxy holds the connection. If this port expects "
                  "SSL/TLS from the first byte, choose SSL/TLS; otherwise try again later.");
    if (failure.step == VerifyStep::Name::Auth)
        // Dovecot, Postfix and most providers delay their answer after a
        // failed login, longer with each failure from the same address.
        return tr("The server did not answer the login in time. Servers deliberately slow down "
                  "after failed logins, so the password may be wrong: check it, wait a minute "
                  "and try again.");
    return tr("The server stopped answering in the middle of the conversation. It may be "
              "overloaded, or a firewall interferes; try again later.");
}

QString ProviderHints::greetingAdvice(const VerifyFailure &failure, const HintContext &context)
{
    if (failure.kind == VerifyFailure::Kind::Protocol
        && context.endpoint.security != SecurityMode::Ssl)
        return tr("The server's first words were not %1. If it answered with encryption, the "
                  "port expects SSL/TLS from the first byte: choose SSL/TLS.")
            .arg(failure.protocol == Protocol::Pop3 ? QStringLiteral("POP3")
                                                    : QStringLiteral("SMTP"));
    if (failure.kind == VerifyFailure::Kind::Closed)
        return tr("The server closed the connection without a greeting. It may refuse clients "
                  "from your network, or the port expects SSL/TLS from the first byte.");
    if (failure.temporary)
        return tr("The server is busy or down for maintenance; try again later.");
    if (failure.kind == VerifyFailure::Kind::Reply)
        return tr("The server refuses to talk to this computer. Your internet address may be on "
                  "a block list, or this server does not serve you; check the server name.");
    return {};
}

QString ProviderHints::pop3CodeAdvice(const VerifyFailure &failure)
{
    if (!failure.pop3Reply || failure.kind != VerifyFailure::Kind::Reply)
        return {};
    switch (failure.pop3Reply->code) {
    case Pop3ResponseCode::InUse:
        return tr("Another program or device is connected to this mailbox right now, and POP3 "
                  "allows only one at a time. Close the other mail program (or wait a few "
                  "minutes for it to finish), then try again. Your settings are probably right.",
            "POP3 [IN-USE]");
    case Pop3ResponseCode::SysTemp:
        return tr("The server has a temporary problem on its side. Your settings may well be "
                  "right; try again in a few minutes.",
            "POP3 [SYS/TEMP]");
    case Pop3ResponseCode::LoginDelay:
        return tr("The provider allows a new login only every few minutes. Wait a while and try "
                  "again, and let your mail program check for mail less often.",
            "POP3 [LOGIN-DELAY]");
    case Pop3ResponseCode::SysPerm:
        return tr("The server has a lasting problem with this mailbox (for example it is "
                  "disabled or POP3 access is turned off). Contact your provider.",
            "POP3 [SYS/PERM]");
    case Pop3ResponseCode::Auth:
    case Pop3ResponseCode::None:
    case Pop3ResponseCode::Other:
        break;
    }
    return {};
}

} // namespace mw
