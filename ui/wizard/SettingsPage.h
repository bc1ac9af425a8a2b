#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace mw {

class ServerBox;
struct WizardState;

// Page 3: the SMTP and POP3 settings to verify, editable, each with where it
// came from; IMAP read-only. Untrusted or off-domain results need a tick in
// "I checked these settings"; no encryption needs "I understand".
class SettingsPage : public QWizardPage {
    Q_OBJECT
public:
    SettingsPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ServerBox *smtpBox() const { return m_smtp; }
    ServerBox *pop3Box() const { return m_pop3; }

private:
    void refresh();

    WizardState *m_state;
    ServerBox *m_smtp = nullptr;
    ServerBox *m_pop3 = nullptr;
    QLabel *m_imap = nullptr;
    QLabel *m_confirmText = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_plainWarning = nullptr;
    QCheckBox *m_plainOk = nullptr;
};

} // namespace mw
