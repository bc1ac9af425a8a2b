#pragma once

#include "discovery/Probe.h"
#include "discovery/ServerConfig.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace mw {

struct ProberOptions {
    int probeTimeoutMs = 3000; // per probe: connect + greeting + capabilities (+ TLS)
    int spacingMs = 100; // between probe starts, as Thunderbird does
    // Once a TLS result is in, better-ranked probes still running get this
    // long to answer; then the best so far is final. A blackholed host then
    // costs at most this much instead of a full probe timeout.
    int settleMs = 1000;
    TlsPolicy tls;
};

// Runs probes for a list of candidates in parallel and picks the best server
// for each protocol: a TLS result beats a plaintext one, implicit TLS beats
// STARTTLS, and among equals the earlier candidate (the preferred host and
// port) wins. A protocol is decided as soon as no pending probe could beat
// its best result; the whole run ends when every protocol is decided.
class Prober : public QObject {
    Q_OBJECT
public:
    explicit Prober(QObject *parent = nullptr);
    ~Prober() override;

    // The usual names for `asciiDomain`, most preferred first, implicit TLS
    // first: SMTP smtp./mail./bare on 465, 587, 25; POP3 pop./pop3./mail. on
    // 995, 110; IMAP imap./mail. on 993, 143.
    static QList<ProbeTarget> guessTargets(const QString &asciiDomain);

    void start(const QList<ProbeTarget> &targets, const ProberOptions &options = {});
    void cancel();
    bool isRunning() const { return m_running; }

    // The best result so far for `protocol`, if any.
    std::optional<ProbeResult> best(Protocol protocol) const;
    // Every name the probes used resolved at least once (for the DNS verdict).
    bool anyHostResolved() const { return m_anyResolved; }

signals:
    void finished();

private:
    struct Slot {
        ProbeTarget target;
        Probe *probe = nullptr;
        bool started = false;
        bool done = false;
        std::optional<ProbeResult> result;
    };

    void startNext();
    void onProbeFinished(int index, const ProbeResult &result);
    bool decided(Protocol protocol) const;
    void checkDone();
    static int rank(SecurityMode security);

    QList<Slot> m_slots;
    ProberOptions m_options;
    QTimer m_spacing;
    QTimer m_settle;
    qsizetype m_next = 0;
    bool m_running = false;
    bool m_anyResolved = false;
    bool m_settled = false;
};

} // namespace mw
