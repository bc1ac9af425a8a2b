#pragma once

#include "discovery/ServerConfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mw {

// One provider as a config-v1.1 file describes it, before it is applied to an
// address: servers keep their placeholders, in the file's order of preference.
struct ProviderRecord {
    ProviderInfo info;
    QStringList domains; // lower-case; the first is the primary domain
    QStringList mxPatterns; // "mxbiz*.qq.com": '*' stands for part of one label
    QList<ServerConfig> servers; // templates; host may hold %EMAILDOMAIN%
    ConfigSource origin = ConfigSource::Bundled;
    QString sourceNote; // where the facts come from (mw:source)
    QString lastChecked; // ISO date (mw:lastChecked)
    QString verification; // what a second source said (mw:verified)

    // The servers for `address`: placeholders resolved, invalid hosts dropped,
    // each marked with `source` and `trust`.
    QList<ServerConfig> instantiate(
        const EmailAddress &address, ConfigSource source, Trust trust) const;
};

// A plausible DNS host name: ASCII letters, digits, '-', '_', '.', no empty
// label, ≤ 253 characters. Used for every host that comes from outside.
bool isPlausibleHostName(const QString &host);

} // namespace mw
