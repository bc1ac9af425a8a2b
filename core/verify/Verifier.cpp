#include "verify/Verifier.h"

#include "verify/Pop3Check.h"
#include "verify/SmtpCheck.h"

#include <QDeadlineTimer>

namespace mw {

namespace {
// The clients' own phase timers run on the same deadline and name the phase
// more precisely (a stalled TLS handshake versus no TCP at all); this margin
// lets them speak first, and the Verifier's timer is the backstop.
constexpr int kBackstopMarginMs = 300;

ServerReport notAttempted(Protocol protocol)
{
    ServerReport report;
    report.protocol = protocol;
    return report;
}
} // namespace

Verifier::Verifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::VerifyStep>();
    qRegisterMetaType<mw::ServerReport>();
    qRegisterMetaType<mw::VerifyReport>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Verifier::onDeadline);
}

Verifier::~Verifier() = default;

void Verifier::start(const VerifyRequest &request)
{
    Q_ASSERT(!m_running);
    dropChecks();
    m_running = true;
    m_report = VerifyReport();
    m_report.smtp = notAttempted(Protocol::Smtp);
    m_report.pop3 = notAttempted(Protocol::Pop3);
    m_clock.start();

    const int deadlineMs = qMax(1, request.deadlineMs);
    m_deadline.start(deadlineMs + kBackstopMarginMs);
    if (request.smtp) {
        m_smtp = new SmtpCheck(this);
        startCheck(m_smtp, *request.smtp, request, request.smtpMechanisms);
    }
    if (request.pop3) {
        m_pop3 = new Pop3Check(this);
        startCheck(m_pop3, *request.pop3, request, request.pop3Mechanisms);
    }
    if (!m_smtp && !m_pop3) {
        // Nothing to prove; still answer asynchronously, as always.
        QMetaObject::invokeMethod(this, &Verifier::finishIfDone, Qt::QueuedConnection);
    }
}

void Verifier::startCheck(ServerCheck *check, const Endpoint &endpoint,
    const VerifyRequest &request, const QList<QByteArray> &mechanisms)
{
    ServerCheck::Setup setup;
    setup.endpoint = endpoint;
    setup.email = request.email;
    setup.username = request.username;
    setup.password = request.password;
    setup.secretKind = request.secretKind;
    setup.tls = request.tls;
    setup.allowPlaintext = request.allowPlaintext;
    setup.mechanisms = mechanisms;
    setup.hints.providerId = request.providerId;
    setup.hints.domain = request.domain;
    if (setup.hints.domain.isEmpty()) {
        const qsizetype at = request.email.lastIndexOf(QLatin1Char('@'));
        if (at >= 0)
            setup.hints.domain = request.email.mid(at + 1).trimmed().toLower();
    }
    const Protocol protocol = check == m_smtp ? Protocol::Smtp : Protocol::Pop3;
    connect(check, &ServerCheck::stepFinished, this,
        [this, protocol](const VerifyStep &step) { emit stepFinished(protocol, step); });
    connect(check, &ServerCheck::transcript, this,
        [this, protocol](const QString &line) { emit transcript(protocol, line); });
    connect(check, &ServerCheck::finished, this, &Verifier::onServerFinished);
    check->start(setup, QDeadlineTimer(qMax(1, request.deadlineMs)));
}

void Verifier::onServerFinished(const ServerReport &server)
{
    if (server.protocol == Protocol::Smtp)
        m_report.smtp = server;
    else
        m_report.pop3 = server;
    emit serverFinished(server);
    finishIfDone();
}

void Verifier::onDeadline()
{
    // expire() reports synchronously; finishIfDone() runs after the last.
    for (ServerCheck *check : { m_smtp.data(), m_pop3.data() }) {
        if (check && !check->isDone())
            check->expire();
    }
}

void Verifier::finishIfDone()
{
    if (!m_running)
        return;
    for (ServerCheck *check : { m_smtp.data(), m_pop3.data() }) {
        if (check && !check->isDone())
            return;
    }
    m_running = false;
    m_deadline.stop();
    m_report.elapsedMs = m_clock.elapsed();
    emit finished(m_report);
}

void Verifier::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    for (ServerCheck *check : { m_smtp.data(), m_pop3.data() }) {
        if (check)
            check->cancel();
    }
}

void Verifier::dropChecks()
{
    for (QPointer<ServerCheck> *check : { &m_smtp, &m_pop3 }) {
        if (*check) {
            (*check)->cancel();
            (*check)->deleteLater();
        }
        *check = nullptr;
    }
}

} // namespace mw
