#include "discovery/MxDiscovery.h"

#include "discovery/AutoconfigFetcher.h"
#include "discovery/DiscoveryLog.h"
#include "discovery/DnsDiscovery.h"
#include "discovery/DomainNames.h"
#include "discovery/ProviderDatabase.h"

namespace mw {

MxDiscovery::MxDiscovery(
    QNetworkAccessManager *network, const ProviderDatabase *database, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_database(database)
{
}

MxDiscovery::~MxDiscovery()
{
    cancel();
}

void MxDiscovery::start(const EmailAddress &address, const Options &options)
{
    m_address = address;
    m_options = options;
    m_done = false;
    m_dns = new DnsDiscovery(this);
    connect(m_dns, &DnsDiscovery::mxFinished, this,
        [this](const QStringList &hosts, DnsOutcome outcome, const QString &detail) {
            onMx(hosts, int(outcome), detail);
        });
    m_dns->startMx(address.asciiDomain());
}

void MxDiscovery::cancel()
{
    m_done = true;
    if (m_dns)
        m_dns->cancel();
    for (AutoconfigFetcher *fetcher : std::as_const(m_fetchers)) {
        if (fetcher) {
            fetcher->cancel();
            fetcher->deleteLater();
        }
    }
    m_fetchers.clear();
    if (m_prober)
        m_prober->cancel();
}

void MxDiscovery::onMx(const QStringList &hosts, int outcome, const QString &detail)
{
    if (m_done)
        return;
    if (DnsOutcome(outcome) == DnsOutcome::Failed) {
        m_done = true;
        emit failed(detail);
        return;
    }
    if (hosts.isEmpty()) {
        m_done = true;
        emit nothing(tr("no MX records"));
        return;
    }
    m_mxHost = hosts.first();
    emit mxResolved(m_mxHost);
    if (const ProviderRecord *record = m_database->lookupByMx(m_mxHost)) {
        foundRecord(*record, tr("MX %1 → %2").arg(m_mxHost, record->info.name));
        return;
    }
    const QString ownDomain = m_address->asciiDomain();
    for (const QString &base : mxBaseDomains(m_mxHost)) {
        if (base == ownDomain)
            continue; // the other sources already ask the email domain itself
        m_bases << base;
        if (const ProviderRecord *record = m_database->lookup(base)) {
            foundRecord(*record, tr("MX %1 → %2").arg(m_mxHost, record->info.name));
            return;
        }
    }
    if (m_bases.isEmpty()) {
        m_done = true;
        emit nothing(tr("MX %1 is within the domain itself").arg(m_mxHost));
        return;
    }
    fetchBaseDomains();
}

void MxDiscovery::fetchBaseDomains()
{
    // In priority order: for each base, autoconfig host, .well-known, ISPDB.
    QList<QUrl> urls;
    for (const QString &base : std::as_const(m_bases)) {
        urls << QUrl(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(base));
        urls << QUrl(
            QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(base));
        if (!m_options.ispdbBaseUrl.isEmpty())
            urls << m_options.ispdbBaseUrl.resolved(QUrl(base));
    }
    m_fetched = QList<std::optional<ProviderRecord>>(urls.size());
    m_fetchPending = int(urls.size());
    for (int i = 0; i < urls.size(); ++i) {
        auto *fetcher = new AutoconfigFetcher(m_network, this);
        fetcher->setTlsPolicy(m_options.tls);
        fetcher->setTimeout(m_options.httpTimeoutMs);
        connect(fetcher, &AutoconfigFetcher::fetched, this,
            [this, i](const ProviderRecord &record) { onFetchDone(i, record); });
        connect(fetcher, &AutoconfigFetcher::failed, this,
            [this, i](const FetchError &) { onFetchDone(i, std::nullopt); });
        m_fetchers << fetcher;
        fetcher->fetch(urls[i]);
    }
}

void MxDiscovery::onFetchDone(int index, const std::optional<ProviderRecord> &record)
{
    if (m_done)
        return;
    m_fetched[index] = record;
    if (m_fetchers.value(index)) {
        m_fetchers[index]->deleteLater();
        m_fetchers[index] = nullptr;
    }
    --m_fetchPending;
    // The best-placed success wins once everything before it has answered.
    for (qsizetype i = 0; i < m_fetched.size(); ++i) {
        if (m_fetched[i]) {
            const ProviderRecord found = *m_fetched[i];
            cancel();
            foundRecord(found, tr("MX %1 → provider file for %2").arg(m_mxHost, m_bases.value(0)));
            return;
        }
        if (m_fetchers.value(i))
            return; // still waiting for a better-placed answer
    }
    if (m_fetchPending > 0)
        return;
    m_fetchers.clear();
    probeBaseDomain();
}

void MxDiscovery::probeBaseDomain()
{
    const QString base = m_bases.first();
    m_prober = new Prober(this);
    connect(m_prober, &Prober::finished, this, [this, base] {
        if (m_done)
            return;
        SourceFindings findings;
        findings.source = ConfigSource::Mx;
        for (const Protocol p : { Protocol::Smtp, Protocol::Pop3, Protocol::Imap }) {
            if (const auto best = m_prober->best(p)) {
                ServerConfig c;
                c.protocol = p;
                c.host = best->target.host;
                c.port = best->target.port;
                c.security = best->security;
                c.usernameTemplate = QStringLiteral("%EMAILADDRESS%");
                c.username = expandPlaceholders(c.usernameTemplate, *m_address);
                c.authMethods = best->authMethods;
                c.source = ConfigSource::Mx;
                c.trust = Trust::NeedsConfirmation;
                findings.configs << c;
            }
        }
        m_done = true;
        if (findings.configs.isEmpty())
            emit nothing(tr("MX %1: no server answered under %2").arg(m_mxHost, base));
        else
            emit found(findings, tr("MX %1 → servers under %2").arg(m_mxHost, base));
    });
    qCDebug(lcDiscovery) << "MX path: probing under" << base;
    m_prober->start(Prober::guessTargets(base), m_options.prober);
}

void MxDiscovery::foundRecord(const ProviderRecord &record, const QString &detail)
{
    m_done = true;
    SourceFindings findings;
    findings.source = ConfigSource::Mx;
    findings.provider = record.info;
    findings.configs = record.instantiate(*m_address, ConfigSource::Mx, Trust::NeedsConfirmation);
    if (findings.configs.isEmpty())
        emit nothing(detail);
    else
        emit found(findings, detail);
}

} // namespace mw
