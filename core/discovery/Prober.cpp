#include "discovery/Prober.h"

namespace mw {

namespace {
const Protocol kProtocols[] = { Protocol::Smtp, Protocol::Pop3, Protocol::Imap };
} // namespace

Prober::Prober(QObject *parent)
    : QObject(parent)
{
    m_spacing.setSingleShot(true);
    connect(&m_spacing, &QTimer::timeout, this, &Prober::startNext);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        m_settled = true;
        checkDone();
    });
}

Prober::~Prober()
{
    cancel();
}

QList<ProbeTarget> Prober::guessTargets(const QString &asciiDomain)
{
    struct Family {
        Protocol protocol;
        QList<QString> prefixes;
        QList<QPair<quint16, SecurityMode>> ports;
    };
    const QString bare;
    const Family families[] = {
        { Protocol::Smtp, { QStringLiteral("smtp."), QStringLiteral("mail."), bare },
            { { 465, SecurityMode::Ssl }, { 587, SecurityMode::StartTls },
                { 25, SecurityMode::StartTls } } },
        { Protocol::Pop3,
            { QStringLiteral("pop."), QStringLiteral("pop3."), QStringLiteral("mail.") },
            { { 995, SecurityMode::Ssl }, { 110, SecurityMode::StartTls } } },
        { Protocol::Imap, { QStringLiteral("imap."), QStringLiteral("mail.") },
            { { 993, SecurityMode::Ssl }, { 143, SecurityMode::StartTls } } },
    };
    // Start order: implicit TLS everywhere first (RFC 8314 §5.1), then the
    // rest; the protocols interleave so that each gets an early answer.
    QList<ProbeTarget> targets;
    for (int portIndex = 0; portIndex < 3; ++portIndex) {
        for (int hostIndex = 0; hostIndex < 3; ++hostIndex) {
            for (const Family &f : families) {
                if (portIndex < f.ports.size() && hostIndex < f.prefixes.size())
                    targets << ProbeTarget { f.protocol, f.prefixes[hostIndex] + asciiDomain,
                        f.ports[portIndex].first, f.ports[portIndex].second };
            }
        }
    }
    return targets;
}

int Prober::rank(SecurityMode security)
{
    switch (security) {
    case SecurityMode::Ssl:
        return 0;
    case SecurityMode::StartTls:
        return 1;
    case SecurityMode::Plain:
        return 2;
    }
    return 2;
}

void Prober::start(const QList<ProbeTarget> &targets, const ProberOptions &options)
{
    cancel();
    m_options = options;
    m_slots.clear();
    for (const ProbeTarget &t : targets)
        m_slots << Slot { t, nullptr, false, false, std::nullopt };
    m_next = 0;
    m_running = true;
    m_settled = false;
    m_anyResolved = false;
    startNext();
    // Even an empty list reports from the event loop, never inside start().
    QMetaObject::invokeMethod(this, &Prober::checkDone, Qt::QueuedConnection);
}

void Prober::cancel()
{
    m_spacing.stop();
    m_settle.stop();
    for (Slot &slot : m_slots) {
        if (slot.probe) {
            slot.probe->cancel();
            slot.probe->deleteLater();
            slot.probe = nullptr;
        }
    }
    m_running = false;
}

void Prober::startNext()
{
    if (!m_running)
        return;
    // Skip what is already decided or known to be pointless.
    while (m_next < m_slots.size()) {
        Slot &slot = m_slots[m_next];
        if (slot.done || decided(slot.target.protocol)) {
            slot.done = true;
            ++m_next;
            continue;
        }
        break;
    }
    if (m_next >= m_slots.size())
        return;
    const int index = int(m_next++);
    Slot &slot = m_slots[index];
    slot.started = true;
    slot.probe = new Probe(slot.target, m_options.tls, m_options.probeTimeoutMs, this);
    connect(slot.probe, &Probe::finished, this,
        [this, index](const ProbeResult &result) { onProbeFinished(index, result); });
    slot.probe->start();
    if (m_next < m_slots.size())
        m_spacing.start(m_options.spacingMs);
}

void Prober::onProbeFinished(int index, const ProbeResult &result)
{
    Slot &slot = m_slots[index];
    slot.done = true;
    slot.result = result;
    if (slot.probe) {
        slot.probe->deleteLater();
        slot.probe = nullptr;
    }
    if (result.error.kind == NetError::HostNotFound) {
        // The name does not exist: its other ports need no probe.
        for (Slot &other : m_slots) {
            if (!other.started && other.target.host == slot.target.host)
                other.done = true;
        }
    } else {
        m_anyResolved = true;
    }
    if (result.ok && result.security != SecurityMode::Plain && !m_settle.isActive() && !m_settled)
        m_settle.start(m_options.settleMs);
    // A host that just failed frees the schedule: start the next one now.
    if (!m_spacing.isActive())
        startNext();
    // Even an empty list reports from the event loop, never inside start().
    QMetaObject::invokeMethod(this, &Prober::checkDone, Qt::QueuedConnection);
}

std::optional<ProbeResult> Prober::best(Protocol protocol) const
{
    std::optional<ProbeResult> best;
    int bestRank = 99;
    for (const Slot &slot : m_slots) {
        if (slot.target.protocol != protocol || !slot.result || !slot.result->ok)
            continue;
        const int r = rank(slot.result->security);
        if (r < bestRank) { // earlier slots win ties: the list is in preference order
            best = slot.result;
            bestRank = r;
        }
    }
    return best;
}

bool Prober::decided(Protocol protocol) const
{
    // The best result's position, then: could anything pending beat it?
    int bestRank = 99;
    qsizetype bestIndex = -1;
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        const Slot &slot = m_slots[i];
        if (slot.target.protocol == protocol && slot.result && slot.result->ok
            && rank(slot.result->security) < bestRank) {
            bestRank = rank(slot.result->security);
            bestIndex = i;
        }
    }
    if (bestIndex >= 0 && m_settled && bestRank < 2)
        return true;
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        const Slot &slot = m_slots[i];
        if (slot.target.protocol != protocol || slot.done)
            continue;
        const int possible = rank(slot.target.mode); // Ssl → 0; StartTls at best → 1
        if (bestIndex < 0 || possible < bestRank || (possible == bestRank && i < bestIndex))
            return false;
    }
    return true;
}

void Prober::checkDone()
{
    if (!m_running)
        return;
    for (const Protocol p : kProtocols) {
        if (!decided(p))
            return;
    }
    cancel();
    emit finished();
}

} // namespace mw
