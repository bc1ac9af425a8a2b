#pragma once

#include "wizard/WizardState.h"

#include <QWizard>

namespace mw {

class IdentityPage;
class DetectPage;
class SettingsPage;
class VerifyPage;
class DonePage;

// The account-setup wizard (issue #9): identity → detecting → settings →
// verifying → done. Everything runs on the event loop; Cancel stops whatever
// is running (discovery, verification, the test message, the keychain) at
// any moment. Open it with open() or show().
class AccountWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { IdentityPageId, DetectPageId, SettingsPageId, VerifyPageId, DonePageId };

    explicit AccountWizard(QWidget *parent = nullptr);
    // For tests and embedders: other deadlines, another account file.
    explicit AccountWizard(const AccountWizardOptions &options, QWidget *parent = nullptr);
    ~AccountWizard() override;

    const AccountWizardOptions &options() const { return m_options; }
    WizardState &state() { return m_state; }

    void done(int result) override;

signals:
    // After Finish saved the account (and, if asked, its password).
    // `accountName` is Account::name() (the address unless a display name
    // was set); AccountStore::find() accepts it.
    void accountSaved(const QString &accountName);

private:
    void setUpPages();
    void abortAll();

    AccountWizardOptions m_options;
    WizardState m_state;
    IdentityPage *m_identity = nullptr;
    DetectPage *m_detect = nullptr;
    SettingsPage *m_settings = nullptr;
    VerifyPage *m_verify = nullptr;
    DonePage *m_done = nullptr;
};

} // namespace mw
