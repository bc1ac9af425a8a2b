#pragma once

#include "verify/VerifyTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mw {

class ServerCheck;

// Proves an account's settings before they are saved: the SMTP server
// (EHLO → TLS → EHLO → AUTH → QUIT; no mail is ever sent) and the POP3 server
// (CAPA → TLS → login → STAT → QUIT), both at once, under one deadline.
//
// Each server reports its steps as they finish (dns, tcp, tls, greeting,
// capabilities, auth, mailbox), each with the server's words and advice for
// people when it fails. If the login is refused with the full address, it is
// tried once more with the part before the @, and the report says which one
// worked. A server that goes silent is reported by the step it stalled in.
//
// Event-driven; one verification per object at a time. cancel() stops at once
// and emits nothing more. Do not delete the Verifier from its own slots: use
// deleteLater().
class Verifier : public QObject {
    Q_OBJECT
public:
    explicit Verifier(QObject *parent = nullptr);
    ~Verifier() override;

    void start(const VerifyRequest &request);
    void cancel();

    bool isRunning() const { return m_running; }
    const VerifyReport &report() const { return m_report; }

signals:
    void stepFinished(mw::Protocol protocol, const mw::VerifyStep &step);
    void serverFinished(const mw::ServerReport &report);
    void finished(const mw::VerifyReport &report);
    // Each server's redacted protocol log, line by line (for the wizard).
    void transcript(mw::Protocol protocol, const QString &line);

private:
    void startCheck(ServerCheck *check, const Endpoint &endpoint, const VerifyRequest &request,
        const QList<QByteArray> &mechanisms);
    void onServerFinished(const ServerReport &server);
    void onDeadline();
    void finishIfDone();
    void dropChecks();

    QPointer<ServerCheck> m_smtp;
    QPointer<ServerCheck> m_pop3;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    VerifyReport m_report;
    bool m_running = false;
};

} // namespace mw
