#include "verify/ServerCheck.h"

#include <QHostInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVerify, "mailwright.verify", QtWarningMsg)

namespace mw {

ServerCheck::ServerCheck(Protocol protocol, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::VerifyStep>();
    qRegisterMetaType<mw::ServerReport>();
    m_report.protocol = protocol;
}

ServerCheck::~ServerCheck()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void ServerCheck::start(const Setup &setup, const QDeadlineTimer &deadline)
{
    m_setup = setup;
    m_deadline = deadline;
    m_report.endpoint = setup.endpoint;
    m_report.attempted = true;
    m_report.loginTested = setup.password.has_value();
    m_plan = plannedSteps();
    // RFC 8314 §3: no login on an unprotected connection without consent,
    // whatever the mechanism; the steps before it are still proved.
    m_loginBlocked
        = setup.endpoint.security == SecurityMode::Plain && setup.password && !setup.allowPlaintext;

    const QString email = setup.email.trimmed();
    const QString username = setup.username.isEmpty() ? email : setup.username;
    m_report.usernameUsed = username;
    // RFC 6186 §5: if the full address is refused, try the local part once.
    // Only for a user name we derived from the address ourselves, and not for
    // OAuth2 tokens, which belong to exactly one identity.
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (username.compare(email, Qt::CaseInsensitive) == 0 && at > 0
        && setup.secretKind == sasl::SecretKind::Password)
        m_fallbackUsername = email.left(at);

    qCDebug(lcVerify) << "verifying" << setup.endpoint.toString();
    m_stepClock.start();
    // Our own lookup first, so that a DNS failure is named as such and timed
    // apart from the connection (QHostInfo's cache serves the client's).
    m_lookupId = QHostInfo::lookupHost(
        setup.endpoint.host, this, [this](const QHostInfo &info) { onLookedUp(info); });
}

void ServerCheck::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_done)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        VerifyFailure failure;
        failure.protocol = m_report.protocol;
        failure.step = VerifyStep::Name::Dns;
        failure.kind = info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty()
            ? VerifyFailure::Kind::HostNotFound
            : VerifyFailure::Kind::LookupFailed;
        failure.detail = info.errorString();
        failure.message = failure.kind == VerifyFailure::Kind::HostNotFound
            ? tr("The server name %1 could not be found (DNS).").arg(m_setup.endpoint.host)
            : tr("The server name %1 could not be looked up (DNS): %2")
                  .arg(m_setup.endpoint.host, info.errorString());
        recordFailure(failure);
        finish();
        return;
    }
    stepDone(VerifyStep::Name::Dns, m_stepClock.elapsed());
    openAttempt();
}

void ServerCheck::openAttempt()
{
    if (shouldLogIn())
        m_report.usernamesTried << m_report.usernameUsed;
    m_sessionOpen = true;
    m_stepClock.restart();
    openSession(m_report.usernameUsed, budgetMs());
}

int ServerCheck::budgetMs() const
{
    return int(qMax<qint64>(1, m_deadline.remainingTime()));
}

QList<VerifyStep::Name> ServerCheck::plannedSteps() const
{
    using N = VerifyStep::Name;
    QList<N> plan { N::Dns, N::Tcp };
    if (m_setup.endpoint.security == SecurityMode::Ssl)
        plan << N::Tls;
    plan << N::Greeting << N::Capabilities;
    // RFC 3207 §4.2 / RFC 2595 §4: after STARTTLS the capabilities are asked
    // for again; both answers count as the one "capabilities" step.
    if (m_setup.endpoint.security == SecurityMode::StartTls)
        plan << N::Tls << N::Capabilities;
    if (hasCredentials()) {
        plan << N::Auth;
        if (m_report.protocol == Protocol::Pop3)
            plan << N::Mailbox;
    }
    return plan;
}

VerifyStep::Name ServerCheck::pendingStep() const
{
    return m_planIndex < m_plan.size() ? m_plan.at(m_planIndex) : m_plan.constLast();
}

void ServerCheck::stepDone(VerifyStep::Name name, qint64 ms)
{
    if (m_done)
        return;
    const qsizetype index = m_plan.indexOf(name, m_planIndex);
    if (index >= 0)
        m_planIndex = index + 1;
    m_stepClock.restart();
    for (VerifyStep &earlier : m_report.steps) {
        if (earlier.name != name || !earlier.ok)
            continue;
        // The repeated EHLO/CAPA after TLS adds to the first; a retry's
        // steps before AUTH were already reported.
        if (m_attempt == 0)
            earlier.ms += ms;
        return;
    }
    VerifyStep step;
    step.name = name;
    step.ok = true;
    step.ms = ms;
    if (name == VerifyStep::Name::Auth && m_attempt > 0)
        step.detail = QStringLiteral("the full address was refused; the local part was accepted");
    m_report.steps << step;
    emit stepFinished(step);
}

void ServerCheck::classify(FailureKind kind, VerifyFailure *failure)
{
    using K = VerifyFailure::Kind;
    using N = VerifyStep::Name;
    switch (kind) {
    case FailureKind::None:
        failure->kind = K::None;
        return;
    case FailureKind::Reply:
        failure->kind = K::Reply;
        return;
    case FailureKind::HostNotFound:
        failure->kind = K::HostNotFound;
        failure->step = N::Dns;
        return;
    case FailureKind::Refused:
        failure->kind = K::Refused;
        failure->step = N::Tcp;
        return;
    case FailureKind::Unreachable:
        failure->kind = K::Unreachable;
        failure->step = N::Tcp;
        return;
    case FailureKind::Timeout:
        failure->kind = K::Stalled;
        return;
    case FailureKind::Closed:
        failure->kind = K::Closed;
        return;
    case FailureKind::TlsHandshake:
        failure->kind = K::TlsHandshake;
        failure->step = N::Tls;
        return;
    case FailureKind::Certificate:
        failure->kind = K::Certificate;
        failure->step = N::Tls;
        return;
    case FailureKind::Injection:
        failure->kind = K::Injection;
        failure->step = N::Tls;
        return;
    case FailureKind::Protocol:
    case FailureKind::TooLarge:
        failure->kind = K::Protocol;
        return;
    case FailureKind::Policy:
    case FailureKind::LocalInput:
        failure->kind = K::Policy;
        return;
    case FailureKind::Cancelled:
        failure->kind = K::Cancelled;
        return;
    }
}

void ServerCheck::loggedIn(const QString &mechanism, const QString &tls)
{
    m_report.mechanism = mechanism;
    m_report.tls = tls;
}

void ServerCheck::sessionFailed(VerifyFailure failure)
{
    if (m_done)
        return;
    m_sessionOpen = false;
    closeSession();
    if (retryWithLocalPart(failure))
        return;
    // With implicit TLS the TCP connection must have been up for the
    // handshake to fail, even if the client reports both as one phase.
    if (failure.step == VerifyStep::Name::Tls && pendingStep() == VerifyStep::Name::Tcp)
        stepDone(VerifyStep::Name::Tcp, m_stepClock.elapsed());
    recordFailure(failure);
    finish();
}

bool ServerCheck::retryWithLocalPart(const VerifyFailure &failure)
{
    if (!failure.credentialsRejected || m_attempt > 0 || m_fallbackUsername.isEmpty()
        || m_deadline.hasExpired())
        return false;
    qCDebug(lcVerify) << "login refused with the full address; retrying with the local part";
    ++m_attempt;
    m_planIndex = 0;
    m_report.usernameUsed = m_fallbackUsername;
    openAttempt();
    return true;
}

void ServerCheck::sessionEnded()
{
    if (m_done)
        return;
    m_sessionOpen = false;
    closeSession();
    if (m_loginBlocked)
        reportBlockedLogin();
    finish();
}

void ServerCheck::reportBlockedLogin()
{
    VerifyFailure failure;
    failure.protocol = m_report.protocol;
    failure.step = VerifyStep::Name::Auth;
    failure.kind = VerifyFailure::Kind::Policy;
    failure.detail = QStringLiteral("login over an unencrypted connection was not allowed");
    failure.message = tr("Mailwright did not log in, because the connection is not encrypted and "
                         "an unencrypted login was not allowed.");
    recordFailure(failure);
}

void ServerCheck::expire()
{
    if (m_done)
        return;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_sessionOpen) {
        m_sessionOpen = false;
        closeSession();
    }
    if (m_planIndex >= m_plan.size()) {
        finish(); // only the goodbye was missing
        return;
    }
    if (m_loginBlocked && pendingStep() == VerifyStep::Name::Auth) {
        reportBlockedLogin(); // the rest was never going to happen
        finish();
        return;
    }
    VerifyFailure failure;
    failure.protocol = m_report.protocol;
    failure.step = pendingStep();
    failure.kind = failure.step == VerifyStep::Name::Tcp ? VerifyFailure::Kind::Unreachable
                                                         : VerifyFailure::Kind::Stalled;
    failure.temporary = true;
    failure.detail = QStringLiteral("the verification deadline passed");
    failure.message = failure.step == VerifyStep::Name::Tcp
        ? tr("The server at %1:%2 did not accept the connection in time.")
              .arg(m_setup.endpoint.host)
              .arg(m_setup.endpoint.port)
        : QString();
    recordFailure(failure);
    finish();
}

void ServerCheck::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_sessionOpen) {
        m_sessionOpen = false;
        closeSession();
    }
}

QString ServerCheck::stallMessage(VerifyStep::Name step) const
{
    const Endpoint &ep = m_setup.endpoint;
    const QString where = QStringLiteral("%1:%2").arg(ep.host).arg(ep.port);
    switch (step) {
    case VerifyStep::Name::Dns:
        return tr("Looking up the server name %1 took too long.").arg(ep.host);
    case VerifyStep::Name::Tls:
    case VerifyStep::Name::Greeting:
        return tr("The server at %1 accepted the connection but never answered (%2).",
            "%2 is the step name: greeting or tls")
            .arg(where, verifyStepName(step));
    default:
        return tr("The server at %1 accepted the connection but stopped answering (%2).",
            "%2 is the step name, such as auth or capabilities")
            .arg(where, verifyStepName(step));
    }
}

void ServerCheck::recordFailure(const VerifyFailure &given)
{
    VerifyFailure failure = given;
    if (failure.kind == VerifyFailure::Kind::Stalled)
        failure.message = stallMessage(failure.step);

    VerifyStep step;
    step.name = failure.step;
    step.ok = false;
    step.ms = m_stepClock.elapsed();
    step.text = failure.serverText();
    step.detail = failure.detail;
    if (failure.pop3Reply) {
        step.responseCode = QString::fromLatin1(failure.pop3Reply->codeText);
    } else if (failure.smtpReply.isValid()) {
        step.code = failure.smtpReply.code;
        step.enhanced = failure.smtpReply.enhanced.isValid() ? failure.smtpReply.enhanced.toString()
                                                             : QString();
    }
    HintContext context = m_setup.hints;
    context.endpoint = m_setup.endpoint;
    step.hint = ProviderHints::advise(failure, context);
    if (step.hint.isEmpty())
        step.hint = failure.message;

    m_report.steps << step;
    m_report.failure = failure;
    m_report.message = failure.message;
    if (failure.kind == VerifyFailure::Kind::Certificate)
        m_report.certificate = failure.certificate;
    emit stepFinished(step);
}

void ServerCheck::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_report.ok = !m_report.failure.isError();
    if (m_report.ok) {
        const QString where = m_setup.endpoint.toString();
        if (!m_report.loginTested)
            m_report.message = tr("Connected to %1; the login was not tested because no "
                                  "password was given.")
                                   .arg(where);
        else if (m_attempt > 0)
            m_report.message = tr("Logged in to %1 as \"%2\": the server refused the full "
                                  "address as the user name, so use \"%2\".")
                                   .arg(where, m_report.usernameUsed);
        else
            m_report.message = tr("Logged in to %1 as \"%2\".").arg(where, m_report.usernameUsed);
    }
    emit finished(m_report);
}

} // namespace mw
