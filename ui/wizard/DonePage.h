#pragma once

#include "account/Account.h"
#include "account/SecretStore.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace mw {

class MessageWriter;
class SmtpClient;
struct AccountWizardOptions;
struct WizardState;

// Page 5: the summary, an optional test message to oneself, and Finish,
// which saves the password in the keychain (if asked) and then the account.
// Saving is asynchronous: validatePage() starts it and says "not yet"; once
// everything is stored the page accepts the wizard itself. Without a
// keychain nothing is saved and the page says why: there is no plaintext
// fallback.
class DonePage : public QWizardPage {
    Q_OBJECT
public:
    DonePage(WizardState *state, const AccountWizardOptions *options, QWidget *parent = nullptr);
    ~DonePage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    void abort();
    bool isSaving() const { return m_saving; }
    QPushButton *testButton() const { return m_testButton; }

signals:
    void saved(const QString &accountName);
    void testMessageFinished(bool ok);

private:
    void startSave();
    void onSecret(const SecretResult &result);
    void finishSave();
    void failSave(const QString &message, const QString &hint = {});
    void rollBackSecrets();
    void sendTestMessage();
    void endTest(bool ok, const QString &text);

    WizardState *m_state;
    const AccountWizardOptions *m_options;
    QLabel *m_summary = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testStatus = nullptr;
    QLabel *m_error = nullptr;
    QPointer<SecretStore> m_secrets;
    QList<int> m_writes;
    QList<SecretResult> m_results;
    std::optional<Account> m_account;
    QPointer<SmtpClient> m_smtp;
    std::unique_ptr<MessageWriter> m_message;
    bool m_saving = false;
    bool m_saved = false;
    bool m_abandoned = false; // cancelled while the keychain was writing
};

} // namespace mw
