#pragma once

#include "net/Endpoint.h"
#include "net/TlsPolicy.h"
#include "pop3/Pop3Reply.h"
#include "sasl/SaslMechanism.h"
#include "smtp/SmtpReply.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw {

// One step of proving a server, as the wizard and `verify --json` show it.
struct VerifyStep {
    // In the order a session passes them. The names are stable (--json).
    enum class Name { Dns, Tcp, Tls, Greeting, Capabilities, Auth, Mailbox };

    Name name = Name::Dns;
    bool ok = false;
    qint64 ms = 0; // time spent in this step
    int code = 0; // SMTP reply code; 0 when the server did not answer
    QString enhanced; // SMTP enhanced status code ("5.7.8"), else empty
    QString responseCode; // POP3 response code ("IN-USE"), else empty
    QString text; // the server's own words, sanitised; may be empty
    QString detail; // English technical detail from our side (not the server's)
    QString hint; // translated advice; set on failure
};

QString verifyStepName(VerifyStep::Name name); // "dns", "tcp", … "mailbox"

// Why a server failed verification, whichever client found out.
struct VerifyFailure {
    enum class Kind {
        None,
        Reply, // the server answered with a refusal
        HostNotFound, // DNS: the name does not exist
        LookupFailed, // DNS: no answer (resolver unreachable, timeout…)
        Refused, // nothing listens on the port
        Unreachable, // the TCP connection never came up
        Stalled, // connected, then the server went silent
        Closed,
        TlsHandshake,
        Certificate,
        Injection,
        Protocol,
        Policy, // we refused: no TLS available, cleartext login, no safe mechanism…
        Cancelled,
    };

    Protocol protocol = Protocol::Smtp;
    VerifyStep::Name step = VerifyStep::Name::Dns;
    Kind kind = Kind::None;
    SmtpReply smtpReply; // for SMTP refusals
    std::optional<Pop3Reply> pop3Reply; // for POP3 refusals
    QString detail; // English technical detail
    CertificateInfo certificate; // for Kind::Certificate
    bool temporary = false; // worth trying again later as is
    // The server rejected the user name or password (SMTP 535, POP3 -ERR or
    // -ERR [AUTH] at login): what makes the local-part retry worthwhile.
    bool credentialsRejected = false;
    QString message; // one translated sentence

    bool isError() const { return kind != Kind::None; }
    QString serverText() const; // the reply's text for people, if any
};

// The outcome for one server.
struct ServerReport {
    Protocol protocol = Protocol::Smtp;
    Endpoint endpoint;
    bool attempted = false; // false when the request did not include this server
    bool ok = false;
    bool loginTested = false; // a password was given, so AUTH was part of the check
    QList<VerifyStep> steps;
    QString usernameUsed; // the login that worked (or was tried last)
    QStringList usernamesTried; // in order; two entries after the local-part retry
    QString mechanism; // "SCRAM-SHA-256", "PLAIN", POP3 "USER", "APOP"…
    QString tls; // "TLSv1.3, TLS_AES_256_GCM_SHA384"; empty without TLS
    // SMTP only: the SIZE (RFC 1870) of the last EHLO of a session that got
    // through TLS (and AUTH, if tested); 0 = not announced or not reached.
    qint64 smtpMaxSize = 0;
    // Set when the certificate was refused, so the caller can show it and
    // offer an explicit pin of its SHA-256.
    CertificateInfo certificate;
    VerifyFailure failure; // kind None when ok
    QString message; // one translated sentence about the outcome

    const VerifyStep *failedStep() const;
};

struct VerifyReport {
    ServerReport smtp;
    ServerReport pop3;
    qint64 elapsedMs = 0;

    // Every attempted server passed (and at least one was attempted).
    bool ok() const;
};

struct VerifyRequest {
    QString email;
    std::optional<Endpoint> smtp;
    std::optional<Endpoint> pop3;
    QString username; // empty = the email address
    std::optional<QString> password; // none = stop before AUTH (connectivity and TLS only)
    sasl::SecretKind secretKind = sasl::SecretKind::Password;
    TlsPolicy tls;
    int deadlineMs = 15000; // for everything, both servers together
    bool allowPlaintext = false; // the user chose "plain" and confirmed
    QList<QByteArray> smtpMechanisms; // forced; empty = the strongest offered
    QList<QByteArray> pop3Mechanisms; // SASL names, or "USER"/"APOP"
    // For the advice: discovery's provider id when known, else the domain of
    // `email` is used.
    QString providerId;
    QString domain;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::VerifyStep)
Q_DECLARE_METATYPE(mw::ServerReport)
Q_DECLARE_METATYPE(mw::VerifyReport)
