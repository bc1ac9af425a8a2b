#include "discovery/Discovery.h"

#include "discovery/AutoconfigFetcher.h"
#include "discovery/DiscoveryLog.h"
#include "discovery/DnsDiscovery.h"
#include "discovery/MxDiscovery.h"
#include "discovery/ProviderDatabase.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace mw {

namespace {

// Translation context for this file's messages (lupdate reads Xxx::tr calls).
struct DiscoveryText {
    Q_DECLARE_TR_FUNCTIONS(mw::Discovery)
};

bool isTerminal(SourceState state)
{
    return state != SourceState::Started;
}

const ConfigSource kNetworkSources[] = { ConfigSource::Autoconfig, ConfigSource::WellKnown,
    ConfigSource::Ispdb, ConfigSource::Srv, ConfigSource::Mx };

} // namespace

QUrl DiscoveryOptions::defaultIspdbUrl()
{
    return QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));
}

Discovery::Discovery(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::ConfigSource>();
    qRegisterMetaType<mw::SourceState>();
    qRegisterMetaType<mw::DiscoveryResult>();
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(true); });
    m_guessTimer.setSingleShot(true);
    connect(&m_guessTimer, &QTimer::timeout, this, [this] {
        if (!bestTlsSource())
            startGuess();
    });
}

Discovery::~Discovery()
{
    stopAll();
}

void Discovery::start(const EmailAddress &address, const DiscoveryOptions &options)
{
    stopAll();
    ++m_generation;
    m_address = address;
    m_options = options;
    m_database = options.database ? options.database : &ProviderDatabase::shared();
    m_findings.clear();
    m_states.clear();
    m_guessStarted = false;
    m_domainResolved = false;
    m_running = true;
    m_clock.start();
    m_deadline.start(options.deadlineMs);
    // Reported from the event loop, so that callers may connect after start().
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation && m_running)
                begin();
        },
        Qt::QueuedConnection);
}

void Discovery::begin()
{
    const QString domain = m_address->asciiDomain();
    if (const ProviderRecord *record = m_database->lookup(domain)) {
        const ConfigSource source = record->origin == ConfigSource::UserFile
            ? ConfigSource::UserFile
            : ConfigSource::Bundled;
        SourceFindings f { source, record->info,
            record->instantiate(*m_address, source, Trust::Trusted) };
        report(source, SourceState::Started, QString());
        if (!f.configs.isEmpty()) {
            // Nothing can beat our own list: no network question is asked at all.
            report(source, SourceState::Found, record->info.name, f);
            return;
        }
    }
    if (m_options.offline || m_address->isDomainLiteral()) {
        report(ConfigSource::Bundled, SourceState::Nothing,
            DiscoveryText::tr("not in the provider list"));
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);
    m_network->setStrictTransportSecurityEnabled(false);
    m_guessTimer.start(m_options.guessDelayMs);

    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("emailaddress"), m_address->localPart() + QLatin1Char('@') + domain);
    QUrl autoconfig(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain));
    autoconfig.setQuery(query);
    QList<QUrl> autoconfigUrls { autoconfig };
    const QUrl wellKnown(
        QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(domain));
    QList<QUrl> wellKnownUrls { wellKnown };
    if (m_options.allowHttp) {
        // Only by explicit choice, and never with the address in the query.
        autoconfigUrls << QUrl(
            QStringLiteral("http://autoconfig.%1/mail/config-v1.1.xml").arg(domain));
        wellKnownUrls << QUrl(
            QStringLiteral("http://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(domain));
    }
    startFetch(ConfigSource::Autoconfig, autoconfigUrls);
    startFetch(ConfigSource::WellKnown, wellKnownUrls);
    if (!m_options.ispdbBaseUrl.isEmpty())
        startFetch(ConfigSource::Ispdb, { m_options.ispdbBaseUrl.resolved(QUrl(domain)) });
    else
        report(ConfigSource::Ispdb, SourceState::Nothing, DiscoveryText::tr("disabled"));
    startSrv();
    startMx();
}

void Discovery::startFetch(ConfigSource source, const QList<QUrl> &urls)
{
    report(source, SourceState::Started, urls.first().toDisplayString(QUrl::RemoveQuery));
    auto *fetcher = new AutoconfigFetcher(m_network, this);
    m_fetchers << fetcher;
    fetcher->setTlsPolicy(m_options.tls);
    fetcher->setAllowHttp(m_options.allowHttp);
    fetcher->setTimeout(qMin(m_options.httpTimeoutMs, m_options.deadlineMs));
    const bool inDomain = source != ConfigSource::Ispdb;
    connect(fetcher, &AutoconfigFetcher::fetched, this,
        [this, source, fetcher](const ProviderRecord &record) {
            m_domainResolved = m_domainResolved || source != ConfigSource::Ispdb;
            // Trusted: HTTPS from the domain itself, or from the configured
            // database (curated, like our own list). Plain http never is.
            const bool https = fetcher->url().scheme() == QLatin1String("https");
            const Trust trust = https ? Trust::Trusted : Trust::NeedsConfirmation;
            SourceFindings f { source, record.info, record.instantiate(*m_address, source, trust) };
            if (f.configs.isEmpty())
                report(source, SourceState::Nothing,
                    DiscoveryText::tr("the file lists no usable server"));
            else
                report(source, SourceState::Found,
                    fetcher->url().toDisplayString(QUrl::RemoveQuery), f);
        });
    connect(fetcher, &AutoconfigFetcher::failed, this,
        [this, source, fetcher, urls, inDomain](const FetchError &e) {
            if (inDomain && e.kind != FetchError::HostNotFound)
                m_domainResolved = true;
            const qsizetype next = urls.indexOf(fetcher->url()) + 1;
            if (next > 0 && next < urls.size()) {
                fetcher->fetch(urls[next]); // the http fallback, by explicit opt-in only
                return;
            }
            const bool nothing
                = e.kind == FetchError::HostNotFound || e.kind == FetchError::NotFound;
            report(source, nothing ? SourceState::Nothing : SourceState::Failed, e.detail);
        });
    fetcher->fetch(urls.first());
}

void Discovery::startSrv()
{
    report(ConfigSource::Srv, SourceState::Started, QString());
    m_dns = new DnsDiscovery(this);
    connect(m_dns, &DnsDiscovery::srvFinished, this,
        [this](const QList<ServerConfig> &configs, DnsOutcome outcome, const QString &detail) {
            if (outcome == DnsOutcome::Found) {
                m_domainResolved = true;
                QList<ServerConfig> resolved = configs;
                for (ServerConfig &c : resolved)
                    c.username = expandPlaceholders(c.usernameTemplate, *m_address);
                report(ConfigSource::Srv, SourceState::Found, resolved.first().host,
                    SourceFindings { ConfigSource::Srv, {}, resolved });
            } else if (outcome == DnsOutcome::NotFound) {
                report(
                    ConfigSource::Srv, SourceState::Nothing, DiscoveryText::tr("no SRV records"));
            } else {
                report(ConfigSource::Srv, SourceState::Failed, detail);
            }
        });
    m_dns->startSrv(m_address->asciiDomain());
}

void Discovery::startMx()
{
    report(ConfigSource::Mx, SourceState::Started, QString());
    m_mx = new MxDiscovery(m_network, m_database, this);
    connect(m_mx, &MxDiscovery::mxResolved, this, [this] { m_domainResolved = true; });
    connect(
        m_mx, &MxDiscovery::found, this, [this](const SourceFindings &f, const QString &detail) {
            report(ConfigSource::Mx, SourceState::Found, detail, f);
        });
    connect(m_mx, &MxDiscovery::nothing, this,
        [this](const QString &detail) { report(ConfigSource::Mx, SourceState::Nothing, detail); });
    connect(m_mx, &MxDiscovery::failed, this,
        [this](const QString &detail) { report(ConfigSource::Mx, SourceState::Failed, detail); });
    MxDiscovery::Options options;
    options.ispdbBaseUrl = m_options.ispdbBaseUrl;
    options.tls = m_options.tls;
    options.httpTimeoutMs = qMin(m_options.httpTimeoutMs, m_options.deadlineMs);
    options.prober = m_options.prober;
    options.prober.tls = m_options.tls;
    m_mx->start(*m_address, options);
}

void Discovery::startGuess()
{
    if (m_guessStarted || !m_running || m_options.offline)
        return;
    m_guessStarted = true;
    m_guessTimer.stop();
    report(ConfigSource::Guess, SourceState::Started, QString());
    m_prober = new Prober(this);
    connect(m_prober, &Prober::finished, this, [this] {
        if (m_prober->anyHostResolved())
            m_domainResolved = true;
        SourceFindings f;
        f.source = ConfigSource::Guess;
        for (const Protocol p : { Protocol::Smtp, Protocol::Pop3, Protocol::Imap }) {
            const auto best = m_prober->best(p);
            if (!best)
                continue;
            ServerConfig c;
            c.protocol = p;
            c.host = best->target.host;
            c.port = best->target.port;
            c.security = best->security;
            // RFC 6186 §4 / discovery-notes: the full address first.
            c.usernameTemplate = QStringLiteral("%EMAILADDRESS%");
            c.username = expandPlaceholders(c.usernameTemplate, *m_address);
            c.authMethods = best->authMethods;
            c.source = ConfigSource::Guess;
            c.trust = Trust::NeedsConfirmation;
            f.configs << c;
        }
        if (f.configs.isEmpty())
            report(
                ConfigSource::Guess, SourceState::Nothing, DiscoveryText::tr("no server answered"));
        else
            report(ConfigSource::Guess, SourceState::Found, f.configs.first().host, f);
    });
    ProberOptions options = m_options.prober;
    options.tls = m_options.tls;
    m_prober->start(Prober::guessTargets(m_address->asciiDomain()), options);
}

void Discovery::report(ConfigSource source, SourceState state, const QString &detail,
    const std::optional<SourceFindings> &findings)
{
    if (!m_running)
        return;
    m_states.insert(int(source), state);
    if (findings)
        m_findings << *findings;
    qCDebug(lcDiscovery).noquote()
        << sourceName(source) << int(state) << detail << m_clock.elapsed() << "ms";
    emit sourceChanged(source, state, detail);
    if (isTerminal(state))
        evaluate();
}

std::optional<ConfigSource> Discovery::bestTlsSource() const
{
    std::optional<ConfigSource> best;
    for (const SourceFindings &f : m_findings) {
        for (const ServerConfig &c : f.configs) {
            if (!c.isPlaintext() && (!best || f.source < *best))
                best = f.source;
        }
    }
    return best;
}

void Discovery::evaluate()
{
    if (!m_running)
        return;
    auto pending = [this](ConfigSource s) {
        return m_states.contains(int(s)) && !isTerminal(m_states.value(int(s)));
    };
    if (const auto best = bestTlsSource()) {
        // Final once no running source of higher priority could still answer.
        for (const ConfigSource s : kNetworkSources) {
            if (s < *best && pending(s))
                return;
        }
        finish(false);
        return;
    }
    bool othersDone = true;
    for (const ConfigSource s : kNetworkSources)
        othersDone = othersDone && !pending(s);
    if (!othersDone)
        return;
    if (!m_guessStarted && m_network) {
        startGuess(); // everything else found nothing (or only plaintext)
        return;
    }
    if (!pending(ConfigSource::Guess))
        finish(false);
}

DiscoveryResult Discovery::bestSoFar() const
{
    DiscoveryResult result = mergeFindings(m_findings);
    if (m_address)
        result.email = m_address->toString();
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    // A DNS failure only when every question about the domain came back
    // "no such name"; a source still hanging (a silent host) means we got further.
    bool anyPending = false;
    for (const SourceState state : m_states)
        anyPending = anyPending || !isTerminal(state);
    if (result.isEmpty())
        result.status = m_domainResolved || anyPending || m_options.offline
            ? DiscoveryResult::Status::NothingFound
            : DiscoveryResult::Status::DnsFailure;
    return result;
}

void Discovery::useBestSoFar()
{
    if (m_running)
        finish(true);
}

void Discovery::finish(bool timedOut)
{
    if (!m_running)
        return;
    DiscoveryResult result = bestSoFar();
    result.timedOut = timedOut;
    // Report every source still running as cut off by the deadline.
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (!isTerminal(it.value()))
            emit sourceChanged(ConfigSource(it.key()), SourceState::Failed,
                DiscoveryText::tr("stopped at the deadline"));
    }
    stopAll();
    emit finished(result);
}

void Discovery::cancel()
{
    stopAll();
}

void Discovery::stopAll()
{
    m_running = false;
    m_deadline.stop();
    m_guessTimer.stop();
    for (AutoconfigFetcher *fetcher : std::as_const(m_fetchers)) {
        fetcher->cancel();
        fetcher->deleteLater();
    }
    m_fetchers.clear();
    for (QObject *child : std::initializer_list<QObject *> { m_dns, m_mx, m_prober }) {
        if (child) {
            child->disconnect(this);
            child->deleteLater();
        }
    }
    if (m_dns)
        m_dns->cancel();
    if (m_mx)
        m_mx->cancel();
    if (m_prober)
        m_prober->cancel();
    m_dns = nullptr;
    m_mx = nullptr;
    m_prober = nullptr;
    if (m_network) {
        m_network->deleteLater();
        m_network = nullptr;
    }
}

} // namespace mw
