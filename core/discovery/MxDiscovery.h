#pragma once

#include "discovery/DiscoveryResult.h"
#include "discovery/Prober.h"
#include "mime/EmailAddress.h"
#include "net/TlsPolicy.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace mw {

class AutoconfigFetcher;
class DnsDiscovery;
class ProviderDatabase;
struct FetchError;
struct ProviderRecord;

// The MX path, for domains hosted elsewhere (discovery-notes.md, step 4):
//  1. the most preferred MX host (RFC 5321 §5.1);
//  2. a provider whose MX pattern matches it (Tencent Exmail, NetEase Qiye,
//     Google Workspace, Microsoft 365...);
//  3. else a provider at the MX's base domains (DomainNames.h): the provider
//     list, then that domain's autoconfig, .well-known and ISPDB files;
//  4. else the usual server names under the first base domain, probed.
// Everything it finds is off the email domain, so it needs confirmation.
class MxDiscovery : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl ispdbBaseUrl;
        TlsPolicy tls;
        int httpTimeoutMs = 5000;
        ProberOptions prober;
    };

    MxDiscovery(QNetworkAccessManager *network, const ProviderDatabase *database,
        QObject *parent = nullptr);
    ~MxDiscovery() override;

    void start(const EmailAddress &address, const Options &options);
    void cancel();

signals:
    void mxResolved(const QString &host); // the domain has mail exchangers
    void found(const mw::SourceFindings &findings, const QString &detail);
    void nothing(const QString &detail);
    void failed(const QString &reason);

private:
    void onMx(const QStringList &hosts, int outcome, const QString &detail);
    void fetchBaseDomains();
    void onFetchDone(int index, const std::optional<ProviderRecord> &record);
    void probeBaseDomain();
    void foundRecord(const ProviderRecord &record, const QString &detail);

    QNetworkAccessManager *m_network;
    const ProviderDatabase *m_database;
    std::optional<EmailAddress> m_address;
    Options m_options;
    DnsDiscovery *m_dns = nullptr;
    QList<AutoconfigFetcher *> m_fetchers;
    QList<std::optional<ProviderRecord>> m_fetched;
    int m_fetchPending = 0;
    Prober *m_prober = nullptr;
    QString m_mxHost;
    QStringList m_bases;
    bool m_done = false;
};

} // namespace mw
