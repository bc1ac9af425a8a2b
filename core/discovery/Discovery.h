#pragma once

#include "discovery/DiscoveryResult.h"
#include "discovery/Prober.h"
#include "mime/EmailAddress.h"
#include "net/TlsPolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace mw {

class AutoconfigFetcher;
class DnsDiscovery;
class MxDiscovery;
class ProviderDatabase;

struct DiscoveryOptions {
    int deadlineMs = 8000; // the whole run; then the best so far is used
    int guessDelayMs = 1500; // guessing starts then, or when the others found nothing
    int httpTimeoutMs = 5000;
    ProberOptions prober;
    // ISPDB-style base URL; "<base><domain>" is fetched. Empty disables it.
    QUrl ispdbBaseUrl = defaultIspdbUrl();
    bool offline = false; // the provider files only: no network at all
    bool allowHttp = false; // also try http:// autoconfig; results need confirmation
    TlsPolicy tls; // the extra CA (--ca-file) for HTTPS and probes
    const ProviderDatabase *database = nullptr; // default: ProviderDatabase::shared()

    static QUrl defaultIspdbUrl();
};

enum class SourceState { Started, Found, Nothing, Failed };

// Finds the server settings for an email address (ARCHITECTURE.md, core/discovery).
//
// The provider files answer first; when they know the domain nothing else is
// asked. Otherwise autoconfig, .well-known, the ISPDB, SRV and MX run at once;
// guessing starts when they found nothing or after guessDelayMs. The result is
// final as soon as no source still running could beat the best one found, and
// at the deadline at the latest. Everything is event-driven; start() returns
// at once and finished() comes exactly once per start() unless cancel()led.
class Discovery : public QObject {
    Q_OBJECT
public:
    explicit Discovery(QObject *parent = nullptr);
    ~Discovery() override;

    void start(const EmailAddress &address, const DiscoveryOptions &options = {});
    void cancel(); // stop everything; no finished()
    void useBestSoFar(); // stop everything; finished() with what is there
    bool isRunning() const { return m_running; }
    DiscoveryResult bestSoFar() const;

signals:
    // One line per source and state, for the wizard's progress list.
    void sourceChanged(mw::ConfigSource source, mw::SourceState state, const QString &detail);
    void finished(const mw::DiscoveryResult &result);

private:
    void begin();
    void startFetch(ConfigSource source, const QList<QUrl> &urls);
    void startSrv();
    void startMx();
    void startGuess();
    void report(ConfigSource source, SourceState state, const QString &detail,
        const std::optional<SourceFindings> &findings = std::nullopt);
    void evaluate();
    void finish(bool timedOut);
    void stopAll();
    std::optional<ConfigSource> bestTlsSource() const;

    std::optional<EmailAddress> m_address;
    DiscoveryOptions m_options;
    const ProviderDatabase *m_database = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QList<AutoconfigFetcher *> m_fetchers;
    DnsDiscovery *m_dns = nullptr;
    MxDiscovery *m_mx = nullptr;
    Prober *m_prober = nullptr;
    QTimer m_deadline;
    QTimer m_guessTimer;
    QElapsedTimer m_clock;
    QList<SourceFindings> m_findings;
    QHash<int, SourceState> m_states; // by ConfigSource
    bool m_running = false;
    bool m_guessStarted = false;
    bool m_domainResolved = false; // some name under the domain answered
    quint64 m_generation = 0; // ignores late signals from an earlier run
};

} // namespace mw

Q_DECLARE_METATYPE(mw::SourceState)
