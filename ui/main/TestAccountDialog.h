#pragma once

#include "account/Account.h"
#include "account/SecretStore.h"
#include "verify/VerifyTypes.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mw {

class SecretStore;
class Verifier;

// Tools → Test account: proves one saved account's servers again (SMTP login
// and POP3 login, no mail sent) with core's Verifier, and shows each step as
// it finishes. The passwords come from the keychain and stay in memory.
class TestAccountDialog : public QDialog {
    Q_OBJECT
public:
    TestAccountDialog(const Account &account, QWidget *parent = nullptr);

    void start();
    QTreeWidget *steps() const { return m_steps; }

signals:
    // The outcome: ok, or the first failure's sentence.
    void tested(const QString &accountId, bool ok, const QString &message);

private:
    void onSecret(const SecretResult &result);
    void runVerifier();
    void onStep(Protocol protocol, const VerifyStep &step);
    void onFinished(const VerifyReport &report);

    Account m_account;
    SecretStore *m_secrets = nullptr;
    Verifier *m_verifier = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPushButton *m_close = nullptr;
    std::optional<QString> m_smtpPassword;
    std::optional<QString> m_pop3Password;
    int m_pendingSecrets = 0;
};

} // namespace mw
