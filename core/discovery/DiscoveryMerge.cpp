#include "discovery/DiscoveryResult.h"

#include <algorithm>

namespace mw {

std::optional<ServerConfig> DiscoveryResult::server(Protocol protocol) const
{
    switch (protocol) {
    case Protocol::Smtp:
        return smtp;
    case Protocol::Pop3:
        return pop3;
    case Protocol::Imap:
        return imap;
    }
    return std::nullopt;
}

DiscoveryResult mergeFindings(const QList<SourceFindings> &findings)
{
    struct Candidate {
        ServerConfig config;
        int order; // position within its source
    };
    QList<Candidate> candidates;
    for (const SourceFindings &f : findings) {
        int order = 0;
        for (ServerConfig config : f.configs) {
            config.source = f.source;
            if (config.isPlaintext())
                config.trust = Trust::NeedsConfirmation;
            candidates << Candidate { config, order++ };
        }
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.config.isPlaintext() != b.config.isPlaintext())
                return !a.config.isPlaintext();
            if (a.config.source != b.config.source)
                return a.config.source < b.config.source;
            return a.order < b.order;
        });

    DiscoveryResult result;
    QList<ServerConfig> chosen;
    for (const Candidate &c : std::as_const(candidates)) {
        std::optional<ServerConfig> *slot = nullptr;
        switch (c.config.protocol) {
        case Protocol::Smtp:
            slot = &result.smtp;
            break;
        case Protocol::Pop3:
            slot = &result.pop3;
            break;
        case Protocol::Imap:
            slot = &result.imap;
            break;
        }
        if (!slot->has_value()) {
            *slot = c.config;
            chosen << c.config;
        } else if (!(**slot == c.config) && !result.alternatives.contains(c.config)) {
            result.alternatives << c.config;
        }
    }
    if (chosen.isEmpty())
        return result;

    result.status = DiscoveryResult::Status::Found;
    result.source = chosen.first().source;
    result.trust = Trust::Trusted;
    for (const ServerConfig &c : std::as_const(chosen)) {
        if (c.source < result.source)
            result.source = c.source;
        if (c.trust != Trust::Trusted)
            result.trust = Trust::NeedsConfirmation;
        if (c.isPlaintext())
            result.plaintextOnly = true;
    }
    // Provider facts from the best source that has them.
    ConfigSource providerSource = ConfigSource::Guess;
    for (const SourceFindings &f : findings) {
        if (!f.provider.isNull() && (result.provider.isNull() || f.source < providerSource)) {
            result.provider = f.provider;
            providerSource = f.source;
        }
    }
    return result;
}

} // namespace mw
