#include "wizard/AccountWizard.h"

#include "wizard/DetectPage.h"
#include "wizard/DonePage.h"
#include "wizard/IdentityPage.h"
#include "wizard/SettingsPage.h"
#include "wizard/VerifyPage.h"

namespace mw {

AccountWizard::AccountWizard(QWidget *parent)
    : AccountWizard(AccountWizardOptions::defaults(), parent)
{
}

AccountWizard::AccountWizard(const AccountWizardOptions &options, QWidget *parent)
    : QWizard(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add Mail Account"));
    // The platform's own look; no pixmaps, no custom painting.
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setUpPages();
    setMinimumSize(620, 560);
}

AccountWizard::~AccountWizard()
{
    abortAll();
}

void AccountWizard::setUpPages()
{
    m_identity = new IdentityPage(&m_state, this);
    m_detect = new DetectPage(&m_state, &m_options, this);
    m_settings = new SettingsPage(&m_state, this);
    m_verify = new VerifyPage(&m_state, &m_options, this);
    m_done = new DonePage(&m_state, &m_options, this);
    setPage(IdentityPageId, m_identity);
    setPage(DetectPageId, m_detect);
    setPage(SettingsPageId, m_settings);
    setPage(VerifyPageId, m_verify);
    setPage(DonePageId, m_done);
    setStartId(IdentityPageId);
    connect(m_done, &DonePage::saved, this, &AccountWizard::accountSaved);
}

void AccountWizard::abortAll()
{
    if (m_detect)
        m_detect->abort();
    if (m_verify)
        m_verify->abort();
    if (m_done)
        m_done->abort();
}

void AccountWizard::done(int result)
{
    // Cancel (or Esc, or closing the window) stops everything at once; Finish
    // only closes once DonePage has saved (its validatePage() says so).
    if (result != QDialog::Accepted)
        abortAll();
    QWizard::done(result);
    if (!isVisible()) {
        // Closed either way: a test message still on its way is stopped, and
        // the password lives on only in the keychain, if there.
        abortAll();
        m_state.password.clear();
        m_identity->forgetPassword();
    }
}

} // namespace mw
