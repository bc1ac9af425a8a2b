#pragma once

#include "discovery/ServerConfig.h"
#include "discovery/SrvOrdering.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QDnsLookup;

namespace mw {

// How a DNS question ended.
enum class DnsOutcome {
    Found, // at least one usable answer
    NotFound, // NXDOMAIN or no record of that type: the domain has none
    Failed, // SERVFAIL, refused, timeout...: we could not ask
};

// SRV (RFC 6186, RFC 8314 §5.1) and MX lookups for one domain with QDnsLookup.
// Event-driven; each lookup reports once. Deleting the object cancels.
class DnsDiscovery : public QObject {
    Q_OBJECT
public:
    explicit DnsDiscovery(QObject *parent = nullptr);
    ~DnsDiscovery() override;

    // Asks the six service names at once. The result lists implicit TLS
    // before STARTTLS for each protocol (RFC 8314 §5.1), each in RFC 2782
    // order. A target outside `asciiDomain` needs confirmation (RFC 6186 §6).
    void startSrv(const QString &asciiDomain);
    void startMx(const QString &asciiDomain);
    void cancel();

    // The SRV answers as configurations (username "%EMAILADDRESS%", which
    // RFC 6186 §4 says to try first), for tests and for Discovery.
    static QList<ServerConfig> configsFromSrv(
        const QString &service, const QList<SrvRecord> &records, const QString &asciiDomain);

signals:
    void srvFinished(
        const QList<mw::ServerConfig> &configs, mw::DnsOutcome outcome, const QString &detail);
    // MX hosts, most preferred first (RFC 5321 §5.1).
    void mxFinished(const QStringList &hosts, mw::DnsOutcome outcome, const QString &detail);

private:
    void onSrvLookup(QDnsLookup *lookup);
    void onMxLookup(QDnsLookup *lookup);

    QString m_domain;
    QList<QDnsLookup *> m_srvLookups;
    QList<QList<ServerConfig>> m_srvAnswers; // one slot per service, in service order
    int m_srvPending = 0;
    int m_srvFailures = 0;
    QString m_srvDetail;
    QDnsLookup *m_mxLookup = nullptr;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::DnsOutcome)
