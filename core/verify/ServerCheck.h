#pragma once

#include "net/FailureKind.h"
#include "verify/ProviderHints.h"
#include "verify/VerifyTypes.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>

#include <optional>

class QHostInfo;

namespace mw {

// Proves one server, step by step: the DNS lookup, then one protocol session
// (a subclass drives SmtpClient or Pop3Client), then — if the login was
// refused with the full address — one more session with the local part.
//
// The base class owns what both protocols share: the step list in order, the
// local-part retry, the stall messages, the advice and the report. The
// subclass only starts and stops its client and translates its signals.
class ServerCheck : public QObject {
    Q_OBJECT
public:
    struct Setup {
        Endpoint endpoint;
        QString email;
        QString username; // empty = the email
        std::optional<QString> password;
        sasl::SecretKind secretKind = sasl::SecretKind::Password;
        TlsPolicy tls;
        bool allowPlaintext = false;
        QList<QByteArray> mechanisms;
        HintContext hints;
    };

    ~ServerCheck() override;

    void start(const Setup &setup, const QDeadlineTimer &deadline);
    // The overall deadline passed: report the step we were waiting in.
    void expire();
    // Stops now; no further signals.
    void cancel();

    bool isDone() const { return m_done; }
    const ServerReport &report() const { return m_report; }

signals:
    void stepFinished(const mw::VerifyStep &step);
    void finished(const mw::ServerReport &report);
    // The client's protocol log ("C: …", "S: …", "* …"); secrets redacted.
    void transcript(const QString &line);

protected:
    ServerCheck(Protocol protocol, QObject *parent);

    const Setup &setup() const { return m_setup; }
    bool hasCredentials() const { return m_setup.password.has_value(); }
    // False over an unencrypted connection the user did not allow a login on:
    // the session then stops before AUTH and the step is reported refused.
    bool shouldLogIn() const { return hasCredentials() && !m_loginBlocked; }

    // Starts a session that logs in as `username`; every phase must end
    // within `budgetMs`.
    virtual void openSession(const QString &username, int budgetMs) = 0;
    // Drops the client at once; it must not call back afterwards.
    virtual void closeSession() = 0;

    // For the subclass, as its client reports.
    void stepDone(VerifyStep::Name name, qint64 ms);
    void loggedIn(const QString &mechanism, const QString &tls);
    void setSmtpMaxSize(qint64 bytes) { m_report.smtpMaxSize = bytes; }
    void sessionFailed(VerifyFailure failure);
    void sessionEnded(); // after QUIT (or a polite close)
    // The step the session is in now: the first planned step not done yet.
    VerifyStep::Name pendingStep() const;
    // Sets failure->kind from a client's kind; kinds that only one step can
    // have (DNS, TCP, TLS) also set the step.
    static void classify(FailureKind kind, VerifyFailure *failure);

private:
    void onLookedUp(const QHostInfo &info);
    void openAttempt();
    bool retryWithLocalPart(const VerifyFailure &failure);
    void recordFailure(const VerifyFailure &failure);
    void reportBlockedLogin();
    void finish();
    QString stallMessage(VerifyStep::Name step) const;
    int budgetMs() const;
    QList<VerifyStep::Name> plannedSteps() const;

    Setup m_setup;
    ServerReport m_report;
    QList<VerifyStep::Name> m_plan;
    qsizetype m_planIndex = 0;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_stepClock;
    QString m_fallbackUsername; // the local part, when the retry is allowed
    int m_attempt = 0;
    int m_lookupId = -1;
    bool m_sessionOpen = false;
    bool m_loginBlocked = false;
    bool m_done = false;
};

} // namespace mw
