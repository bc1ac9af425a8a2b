#include "discovery/DnsDiscovery.h"

#include "discovery/DiscoveryLog.h"
#include "discovery/DomainNames.h"
#include "discovery/ProviderRecord.h"

#include <QDnsLookup>

#include <algorithm>

namespace mw {

namespace {

struct SrvService {
    const char *label;
    Protocol protocol;
    SecurityMode security;
};

// RFC 6186 §3.1–3.3 and RFC 8314 §5.1; implicit TLS first within each protocol.
const SrvService kServices[] = {
    { "_submissions._tcp.", Protocol::Smtp, SecurityMode::Ssl },
    { "_submission._tcp.", Protocol::Smtp, SecurityMode::StartTls },
    { "_pop3s._tcp.", Protocol::Pop3, SecurityMode::Ssl },
    { "_pop3._tcp.", Protocol::Pop3, SecurityMode::StartTls },
    { "_imaps._tcp.", Protocol::Imap, SecurityMode::Ssl },
    { "_imap._tcp.", Protocol::Imap, SecurityMode::StartTls },
};

const SrvService *serviceFor(const QString &label)
{
    for (const SrvService &s : kServices) {
        if (label == QLatin1String(s.label))
            return &s;
    }
    return nullptr;
}

QString stripDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

} // namespace

DnsDiscovery::DnsDiscovery(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::DnsOutcome>();
}

DnsDiscovery::~DnsDiscovery()
{
    cancel();
}

QList<ServerConfig> DnsDiscovery::configsFromSrv(
    const QString &service, const QList<SrvRecord> &records, const QString &asciiDomain)
{
    const SrvService *s = serviceFor(service);
    QList<ServerConfig> out;
    if (!s || srvNotOffered(records))
        return out;
    for (const SrvRecord &r : orderSrvRecords(records)) {
        ServerConfig config;
        config.protocol = s->protocol;
        config.host = stripDot(r.target);
        config.port = r.port;
        config.security = s->security;
        config.usernameTemplate = QStringLiteral("%EMAILADDRESS%");
        config.source = ConfigSource::Srv;
        config.trust
            = isWithinDomain(config.host, asciiDomain) ? Trust::Trusted : Trust::NeedsConfirmation;
        if (config.port != 0 && isPlausibleHostName(config.host))
            out << config;
    }
    return out;
}

void DnsDiscovery::startSrv(const QString &asciiDomain)
{
    m_domain = asciiDomain;
    m_srvAnswers = QList<QList<ServerConfig>>(std::size(kServices));
    m_srvPending = int(std::size(kServices));
    m_srvFailures = 0;
    for (const SrvService &s : kServices) {
        auto *lookup = new QDnsLookup(QDnsLookup::SRV, QLatin1String(s.label) + asciiDomain, this);
        connect(lookup, &QDnsLookup::finished, this, [this, lookup] { onSrvLookup(lookup); });
        m_srvLookups << lookup;
        lookup->lookup();
    }
}

void DnsDiscovery::onSrvLookup(QDnsLookup *lookup)
{
    const qsizetype slot = m_srvLookups.indexOf(lookup);
    if (slot < 0)
        return;
    const QString label = QLatin1String(kServices[slot].label);
    if (lookup->error() == QDnsLookup::NoError) {
        QList<SrvRecord> records;
        for (const QDnsServiceRecord &r : lookup->serviceRecords())
            records << SrvRecord { r.target(), r.port(), r.priority(), r.weight() };
        m_srvAnswers[slot] = configsFromSrv(label, records, m_domain);
        qCDebug(lcDiscovery) << "SRV" << lookup->name() << "→" << m_srvAnswers[slot].size()
                             << "usable";
    } else if (lookup->error() != QDnsLookup::NotFoundError) {
        ++m_srvFailures;
        m_srvDetail = lookup->errorString();
    }
    lookup->deleteLater();
    m_srvLookups[slot] = nullptr;
    if (--m_srvPending > 0)
        return;
    m_srvLookups.clear();
    QList<ServerConfig> configs;
    for (const auto &answer : std::as_const(m_srvAnswers))
        configs += answer;
    DnsOutcome outcome = DnsOutcome::NotFound;
    if (!configs.isEmpty())
        outcome = DnsOutcome::Found;
    else if (m_srvFailures == int(std::size(kServices)))
        outcome = DnsOutcome::Failed;
    emit srvFinished(configs, outcome, m_srvDetail);
}

void DnsDiscovery::startMx(const QString &asciiDomain)
{
    m_mxLookup = new QDnsLookup(QDnsLookup::MX, asciiDomain, this);
    QDnsLookup *lookup = m_mxLookup;
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] { onMxLookup(lookup); });
    lookup->lookup();
}

void DnsDiscovery::onMxLookup(QDnsLookup *lookup)
{
    if (lookup != m_mxLookup)
        return;
    m_mxLookup = nullptr;
    lookup->deleteLater();
    if (lookup->error() == QDnsLookup::NotFoundError) {
        emit mxFinished({}, DnsOutcome::NotFound, lookup->errorString());
        return;
    }
    if (lookup->error() != QDnsLookup::NoError) {
        emit mxFinished({}, DnsOutcome::Failed, lookup->errorString());
        return;
    }
    auto records = lookup->mailExchangeRecords();
    std::stable_sort(records.begin(), records.end(),
        [](const QDnsMailExchangeRecord &a, const QDnsMailExchangeRecord &b) {
            return a.preference() < b.preference();
        });
    QStringList hosts;
    for (const QDnsMailExchangeRecord &r : records) {
        const QString host = stripDot(r.exchange());
        // RFC 7505: a "null MX" (".") says the domain accepts no mail.
        if (isPlausibleHostName(host) && !hosts.contains(host))
            hosts << host;
    }
    emit mxFinished(hosts, hosts.isEmpty() ? DnsOutcome::NotFound : DnsOutcome::Found, QString());
}

void DnsDiscovery::cancel()
{
    for (QDnsLookup *lookup : std::as_const(m_srvLookups)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_srvLookups.clear();
    m_srvPending = 0;
    if (m_mxLookup) {
        m_mxLookup->disconnect(this);
        m_mxLookup->abort();
        m_mxLookup->deleteLater();
        m_mxLookup = nullptr;
    }
}

} // namespace mw
