#include "wizard/SettingsPage.h"

#include "wizard/ServerBox.h"
#include "wizard/WizardState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mw {

SettingsPage::SettingsPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("settingsPage"));
    setTitle(tr("Server settings"));
    setSubTitle(tr("Check the settings, change them if your provider says otherwise, then "
                   "test them."));

    m_smtp = new ServerBox(Protocol::Smtp, tr("Outgoing mail server (SMTP)"), this);
    m_pop3 = new ServerBox(Protocol::Pop3, tr("Incoming mail server (POP3)"), this);
    m_pop3->setCheckable(true);
    m_imap = new QLabel(this);
    m_imap->setObjectName(QStringLiteral("imapInfo"));
    m_imap->setWordWrap(true);
    m_imap->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_confirmText = new QLabel(this);
    m_confirmText->setObjectName(QStringLiteral("confirmText"));
    m_confirmText->setWordWrap(true);
    m_confirm = new QCheckBox(tr("I &checked these settings and want to use them"), this);
    m_confirm->setObjectName(QStringLiteral("confirmSettings"));

    m_plainWarning = new QLabel(tr("Warning: without encryption your password and your mail "
                                   "travel readable by anyone on the network."),
        this);
    m_plainWarning->setObjectName(QStringLiteral("plainWarning"));
    m_plainWarning->setWordWrap(true);
    QPalette red = m_plainWarning->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_plainWarning->setPalette(red);
    QFont bold = m_plainWarning->font();
    bold.setBold(true);
    m_plainWarning->setFont(bold);
    m_plainOk = new QCheckBox(tr("I &understand, use no encryption anyway"), this);
    m_plainOk->setObjectName(QStringLiteral("plainUnderstood"));

    auto *servers = new QHBoxLayout;
    servers->addWidget(m_smtp);
    servers->addWidget(m_pop3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(servers);
    layout->addWidget(m_imap);
    layout->addWidget(m_confirmText);
    layout->addWidget(m_confirm);
    layout->addWidget(m_plainWarning);
    layout->addWidget(m_plainOk);
    layout->addStretch(1);

    setTabOrder(m_smtp->hostEdit(), m_smtp->portEdit());
    setTabOrder(m_smtp->portEdit(), m_smtp->securityEdit());
    setTabOrder(m_smtp->securityEdit(), m_smtp->userEdit());
    setTabOrder(m_smtp->userEdit(), m_pop3);
    setTabOrder(m_pop3, m_pop3->hostEdit());
    setTabOrder(m_pop3->hostEdit(), m_pop3->portEdit());
    setTabOrder(m_pop3->portEdit(), m_pop3->securityEdit());
    setTabOrder(m_pop3->securityEdit(), m_pop3->userEdit());
    setTabOrder(m_pop3->userEdit(), m_confirm);
    setTabOrder(m_confirm, m_plainOk);

    for (ServerBox *box : { m_smtp, m_pop3 })
        connect(box, &ServerBox::changed, this, &SettingsPage::refresh);
    connect(m_confirm, &QCheckBox::toggled, this, &SettingsPage::completeChanged);
    connect(m_plainOk, &QCheckBox::toggled, this, &SettingsPage::completeChanged);
}

void SettingsPage::initializePage()
{
    m_smtp->setChoice(m_state->smtp);
    m_pop3->setChoice(m_state->pop3);
    m_confirm->setChecked(false);
    m_plainOk->setChecked(m_state->allowPlaintext);
    if (m_state->imap) {
        m_imap->setText(tr("IMAP (shown only; Mailwright uses POP3): %1 (source: %2)")
                            .arg(m_state->imap->endpoint().toString(),
                                sourceDescription(m_state->imap->source)));
        m_imap->show();
    } else {
        m_imap->hide();
    }
    refresh();
}

void SettingsPage::refresh()
{
    const QString domain = m_state->email ? m_state->email->asciiDomain() : QString();
    QStringList reasons;
    for (ServerBox *box : { m_smtp, m_pop3 }) {
        if (!box->needsConfirmation(domain))
            continue;
        const ServerChoice c = box->choice();
        if (c.config.trust != Trust::Trusted)
            reasons << tr("%1 (source: %2) was not published by the domain itself.")
                           .arg(c.config.host, sourceDescription(c.config.source));
        else
            reasons << tr("%1 is not under %2.").arg(c.config.host, domain);
    }
    const bool confirm = !reasons.isEmpty();
    m_confirmText->setText(confirm
            ? tr("Please check these settings before they are used with your password:")
                + QLatin1Char('\n') + reasons.join(QLatin1Char('\n'))
            : QString());
    m_confirmText->setVisible(confirm);
    m_confirm->setVisible(confirm);
    const bool plain = m_smtp->isPlaintext() || m_pop3->isPlaintext();
    m_plainWarning->setVisible(plain);
    m_plainOk->setVisible(plain);
    emit completeChanged();
}

bool SettingsPage::isComplete() const
{
    const QString domain = m_state->email ? m_state->email->asciiDomain() : QString();
    if (!m_smtp->isValid() || !m_pop3->isValid())
        return false;
    if ((m_smtp->needsConfirmation(domain) || m_pop3->needsConfirmation(domain))
        && !m_confirm->isChecked())
        return false;
    if ((m_smtp->isPlaintext() || m_pop3->isPlaintext()) && !m_plainOk->isChecked())
        return false;
    return true;
}

void SettingsPage::cleanupPage()
{
    // Going Back keeps what the user typed or chose here, so that Next from
    // the detection page shows it again; a new detection (after a change on
    // the first page) or "Set up manually" replaces it. The plaintext
    // acknowledgement is kept only if it was given.
    m_state->smtp = m_smtp->choice();
    m_state->pop3 = m_pop3->choice();
    m_state->allowPlaintext
        = m_plainOk->isChecked() && (m_smtp->isPlaintext() || m_pop3->isPlaintext());
}

bool SettingsPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state->smtp = m_smtp->choice();
    m_state->pop3 = m_pop3->choice();
    m_state->allowPlaintext = m_smtp->isPlaintext() || m_pop3->isPlaintext();
    return true;
}

} // namespace mw
