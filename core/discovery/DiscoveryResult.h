#pragma once

#include "discovery/ServerConfig.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw {

// What one source produced.
struct SourceFindings {
    ConfigSource source = ConfigSource::Guess;
    ProviderInfo provider;
    QList<ServerConfig> configs; // in the source's order of preference
};

// The outcome of a discovery run: the chosen server per protocol plus every
// other candidate, each with its source and trust.
struct DiscoveryResult {
    enum class Status {
        Found, // at least one protocol has a server
        NothingFound,
        DnsFailure, // nothing found, and no name under the domain resolved
        Cancelled,
    };

    QString email;
    Status status = Status::NothingFound;
    std::optional<ServerConfig> smtp;
    std::optional<ServerConfig> pop3;
    std::optional<ServerConfig> imap;
    QList<ServerConfig> alternatives; // the candidates not chosen, best first
    ProviderInfo provider;
    ConfigSource source = ConfigSource::Guess; // of the best chosen server
    Trust trust = Trust::NeedsConfirmation; // Trusted only if every chosen server is
    bool plaintextOnly = false; // some chosen server has no TLS: warn, confirm
    bool timedOut = false; // the deadline (or "use the best so far") ended it
    qint64 elapsedMs = 0;

    bool isEmpty() const { return !smtp && !pop3 && !imap; }
    std::optional<ServerConfig> server(Protocol protocol) const;
};

// Picks the best server per protocol from everything the sources found.
// Order: TLS before plaintext (a plaintext server is never chosen while a TLS
// one exists, RFC 8314 §5.1), then source priority (ConfigSource order), then
// the source's own order. Provider info comes from the highest-priority source
// that has any.
DiscoveryResult mergeFindings(const QList<SourceFindings> &findings);

} // namespace mw

Q_DECLARE_METATYPE(mw::DiscoveryResult)
