#pragma once

#include "discovery/ProviderRecord.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace mw {

// The provider files we ship (resources/providers/*.xml, compiled in under
// ":/providers") and the user's own ($XDG_CONFIG_HOME/mailwright/providers/),
// which override ours: a user file replaces every bundled entry for the same
// provider id or domain.
//
// A malformed file is skipped with a warning on mailwright.discovery; it is
// never fatal. Lookups are exact (no network, no guessing) and cheap.
class ProviderDatabase {
public:
    ProviderDatabase() = default;

    // The bundled files plus the user's, loaded on first use and then kept.
    static const ProviderDatabase &shared();
    // Rereads everything behind shared(); for settings UIs and tests.
    static void reloadShared();

    static QString bundledDirectory() { return QStringLiteral(":/providers"); }
    // QStandardPaths::AppConfigLocation + "/providers".
    static QString userDirectory();

    // Loads every *.xml in `dir` in name order. Returns how many were used.
    int loadDirectory(const QString &dir, ConfigSource origin);
    // One file's content; `label` names it in warnings. False if skipped.
    bool addXml(
        const QByteArray &xml, ConfigSource origin, const QString &label, QString *error = nullptr);
    void addRecord(ProviderRecord record);

    // Exact domain first (a provider's primary domain), then alias domains.
    // `asciiDomain` is compared case-insensitively, trailing dot ignored.
    const ProviderRecord *lookup(const QString &asciiDomain) const;
    // The hosted-mail provider whose MX pattern matches `mxHost`, if any.
    const ProviderRecord *lookupByMx(const QString &mxHost) const;

    int providerCount() const { return int(m_records.size()); }
    int domainCount() const { return int(m_primary.size() + m_alias.size()); }
    QList<ProviderRecord> records() const;

private:
    void removeRecord(int index);

    struct MxRule {
        QRegularExpression pattern;
        int record;
    };
    QList<ProviderRecord> m_records; // removed entries stay as empty slots
    QHash<QString, int> m_primary;
    QHash<QString, int> m_alias;
    QList<MxRule> m_mxRules;
};

} // namespace mw
