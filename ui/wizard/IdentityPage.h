#pragma once

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace mw {

struct WizardState;

// Page 1: name, address, password. The address is checked as it is typed;
// as soon as its domain is a provider that wants a 授权码 or an app
// password, the password field says so and a card shows how to get one.
class IdentityPage : public QWizardPage {
    Q_OBJECT
public:
    IdentityPage(WizardState *state, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    void forgetPassword(); // when the wizard closes

private:
    void onEmailChanged();
    void showProvider(const QString &asciiDomain, const QString &domain);

    WizardState *m_state;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailError = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_showPassword = nullptr;
    QCheckBox *m_remember = nullptr;
    QGroupBox *m_card = nullptr;
    QLabel *m_cardText = nullptr;
    QLabel *m_cardLink = nullptr;
    bool m_emailTouched = false;
    bool m_emailValid = false;
};

} // namespace mw
