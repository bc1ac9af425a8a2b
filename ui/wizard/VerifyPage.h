#pragma once

#include "verify/VerifyTypes.h"
#include "wizard/CertificateDialog.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mw {

class Verifier;
struct AccountWizardOptions;
struct WizardState;

// Page 4: logs in to both servers at once (one Verifier each, so that a
// certificate pinned for one server is never trusted on the other) and shows
// every step as it finishes. On failure: the step, the server's words and
// our advice, with "Back to settings" and "Retry". A certificate problem
// opens a CertificateDialog; trusting it pins it and verifies again.
class VerifyPage : public QWizardPage {
    Q_OBJECT
public:
    VerifyPage(WizardState *state, const AccountWizardOptions *options, QWidget *parent = nullptr);
    ~VerifyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void abort(); // stops both checks; nothing more is reported
    bool isRunning() const { return m_pending > 0 || m_finishing; }
    const VerifyReport &report() const { return m_report; }
    CertificateDialog *certificateDialog() const { return m_dialog; }

    static QString stepLabel(VerifyStep::Name name);

private:
    void start();
    void startServer(Protocol protocol);
    void onStep(Protocol protocol, const VerifyStep &step);
    void onServerDone(const ServerReport &server);
    void onAllDone();
    void offerCertificate();
    QString describeFailure(const ServerReport &server, QStringList *hintsShown) const;
    QTreeWidgetItem *itemFor(Protocol protocol) const;

    WizardState *m_state;
    const AccountWizardOptions *m_options;
    QPointer<Verifier> m_smtpVerifier;
    QPointer<Verifier> m_pop3Verifier;
    QTreeWidget *m_steps = nullptr;
    QTreeWidgetItem *m_smtpItem = nullptr;
    QTreeWidgetItem *m_pop3Item = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_failureBox = nullptr;
    QLabel *m_failure = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_retry = nullptr;
    QToolButton *m_logToggle = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPointer<CertificateDialog> m_dialog;
    VerifyReport m_report;
    int m_pending = 0;
    bool m_finishing = false; // both reported; onAllDone() is queued
};

} // namespace mw
