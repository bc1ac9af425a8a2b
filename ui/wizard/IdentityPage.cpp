#include "wizard/IdentityPage.h"

#include "discovery/ProviderDatabase.h"
#include "mime/EmailAddress.h"
#include "verify/ProviderTable.h"
#include "wizard/ErrorLabel.h"
#include "wizard/WizardState.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace mw {

IdentityPage::IdentityPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("identityPage"));
    setTitle(tr("Your mail account"));
    setSubTitle(tr("Enter your address and password. Mailwright finds the server settings "
                   "for you and checks them before anything is saved."));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Alice Example", "sample sender name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_emailError = new QLabel(this);
    m_emailError->setObjectName(QStringLiteral("emailError"));
    makeErrorLabel(m_emailError);
    m_emailError->hide();

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_showPassword = new QCheckBox(tr("S&how password"), this);
    m_showPassword->setObjectName(QStringLiteral("showPassword"));
    m_remember = new QCheckBox(tr("&Remember the password (in the system keychain)"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(QString(), m_emailError);
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setObjectName(QStringLiteral("passwordLabel"));
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_showPassword);
    form->addRow(QString(), m_remember);

    m_card = new QGroupBox(this);
    m_card->setObjectName(QStringLiteral("providerCard"));
    m_cardText = new QLabel(m_card);
    m_cardText->setObjectName(QStringLiteral("providerSteps"));
    m_cardText->setWordWrap(true);
    m_cardText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cardLink = new QLabel(m_card);
    m_cardLink->setObjectName(QStringLiteral("providerLink"));
    m_cardLink->setOpenExternalLinks(true);
    m_cardLink->setTextFormat(Qt::RichText);
    m_cardLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_cardText);
    cardLayout->addWidget(m_cardLink);
    m_card->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_card);
    layout->addStretch(1);

    setTabOrder(m_name, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_showPassword);
    setTabOrder(m_showPassword, m_remember);
    setTabOrder(m_remember, m_cardLink);

    connect(m_email, &QLineEdit::textChanged, this, &IdentityPage::onEmailChanged);
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        m_emailTouched = true;
        onEmailChanged();
    });
    connect(m_password, &QLineEdit::textChanged, this, &IdentityPage::completeChanged);
    connect(m_showPassword, &QCheckBox::toggled, this, [this](bool show) {
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
}

void IdentityPage::onEmailChanged()
{
    const QString text = m_email->text().trimmed();
    QString error;
    const auto address = text.isEmpty() ? std::nullopt : EmailAddress::parse(text, &error);
    m_emailValid = address.has_value();
    // Quiet while the first half is still being typed; specific once there
    // is an '@' or the user moved on.
    const bool complain
        = !m_emailValid && !text.isEmpty() && (m_emailTouched || text.contains(QLatin1Char('@')));
    m_emailError->setText(
        complain ? tr("This is not a valid email address: %1").arg(error) : QString());
    m_emailError->setVisible(complain);
    if (address)
        showProvider(address->asciiDomain(), address->domain());
    else
        showProvider(QString(), QString());
    emit completeChanged();
}

void IdentityPage::showProvider(const QString &asciiDomain, const QString &domain)
{
    const ProviderRecord *record
        = asciiDomain.isEmpty() ? nullptr : ProviderDatabase::shared().lookup(asciiDomain);
    const ProviderInfo info = record ? record->info : ProviderInfo();
    const ProviderEntry entry = asciiDomain.isEmpty()
        ? ProviderEntry()
        : findProvider(info.id, domain.isEmpty() ? asciiDomain : domain, QString());
    const bool code = info.authCode || needsAuthorizationCode(entry.family);

    if (!code)
        m_passwordLabel->setText(tr("&Password:"));
    else if (isMainlandChina(entry.family) || info.id.endsWith(QLatin1String(".cn")))
        m_passwordLabel->setText(tr("&Authorization code:", "授权码 of Chinese providers"));
    else
        m_passwordLabel->setText(tr("&App password:"));

    const QString steps = info.instructions(QLocale().name());
    const QString url = !info.setupUrl.isEmpty() ? info.setupUrl : entry.settingsUrl;
    if ((!code && !info.oauthOnly) || (steps.isEmpty() && url.isEmpty())) {
        m_card->hide();
        return;
    }
    const QString name = !info.name.isEmpty() ? info.name : entry.name;
    m_card->setTitle(name);
    QString text;
    if (info.oauthOnly)
        text = tr("%1 accepts only OAuth2 sign-in, not passwords. Mailwright cannot log in "
                  "there with a password.")
                   .arg(name);
    else if (isMainlandChina(entry.family))
        text = tr("%1 needs an authorization code (授权码), not your login password.").arg(name);
    else
        text = tr("%1 needs an app password, not your login password.").arg(name);
    if (!steps.isEmpty())
        text += QStringLiteral("\n\n") + steps;
    m_cardText->setText(text);
    m_cardLink->setText(url.isEmpty()
            ? QString()
            : QStringLiteral("<a href=\"%1\">%2</a>")
                  .arg(url.toHtmlEscaped(),
                      tr("Open the settings page of %1").arg(name).toHtmlEscaped()));
    m_cardLink->setVisible(!url.isEmpty());
    m_card->show();
}

void IdentityPage::forgetPassword()
{
    m_password->clear();
}

bool IdentityPage::isComplete() const
{
    return m_emailValid && !m_password->text().isEmpty();
}

bool IdentityPage::validatePage()
{
    const auto address = EmailAddress::parse(m_email->text().trimmed());
    if (!address)
        return false;
    m_state->senderName = m_name->text().trimmed();
    m_state->email = address;
    m_state->password = m_password->text();
    m_state->rememberPassword = m_remember->isChecked();
    return true;
}

} // namespace mw
