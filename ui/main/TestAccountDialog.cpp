#include "main/TestAccountDialog.h"

#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "account/TrustStore.h"
#include "verify/Verifier.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {

QString stepTitle(VerifyStep::Name name)
{
    switch (name) {
    case VerifyStep::Name::Dns:
        return TestAccountDialog::tr("Find the server (DNS)");
    case VerifyStep::Name::Tcp:
        return TestAccountDialog::tr("Connect");
    case VerifyStep::Name::Tls:
        return TestAccountDialog::tr("Encryption (TLS)");
    case VerifyStep::Name::Greeting:
        return TestAccountDialog::tr("Server greeting");
    case VerifyStep::Name::Capabilities:
        return TestAccountDialog::tr("Capabilities");
    case VerifyStep::Name::Auth:
        return TestAccountDialog::tr("Log in");
    case VerifyStep::Name::Mailbox:
        return TestAccountDialog::tr("Open the mailbox");
    }
    return QString();
}

} // namespace

TestAccountDialog::TestAccountDialog(const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_secrets(new SecretStore(this))
    , m_verifier(new Verifier(this))
{
    setWindowTitle(tr("Test account: %1").arg(account.name()));
    setObjectName(QStringLiteral("testAccountDialog"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading the passwords from the keychain…"), this);
    m_status->setObjectName(QStringLiteral("testAccountStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("testAccountSteps"));
    m_steps->setHeaderLabels({ tr("Step"), tr("Result"), tr("Time"), tr("Details") });
    m_steps->setRootIsDecorated(true);
    m_steps->setColumnWidth(0, 200);
    m_steps->setColumnWidth(1, 70);
    m_steps->setColumnWidth(2, 70);
    layout->addWidget(m_steps, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(m_secrets, &SecretStore::finished, this, &TestAccountDialog::onSecret);
    connect(m_verifier, &Verifier::stepFinished, this, &TestAccountDialog::onStep);
    connect(m_verifier, &Verifier::finished, this, &TestAccountDialog::onFinished);
}

void TestAccountDialog::start()
{
    m_steps->clear();
    m_pendingSecrets = 0;
    if (m_account.smtp) {
        m_secrets->read(SecretSlot::Smtp, m_account.id);
        ++m_pendingSecrets;
    }
    if (m_account.pop3) {
        m_secrets->read(SecretSlot::Pop3, m_account.id);
        ++m_pendingSecrets;
    }
    if (m_pendingSecrets == 0)
        runVerifier();
}

void TestAccountDialog::onSecret(const SecretResult &result)
{
    // A missing password is not fatal: the check then stops before login.
    if (result.ok()) {
        if (result.slot == SecretSlot::Smtp)
            m_smtpPassword = result.secret;
        else
            m_pop3Password = result.secret;
    }
    if (--m_pendingSecrets == 0)
        runVerifier();
}

void TestAccountDialog::runVerifier()
{
    m_status->setText(tr("Testing %1…").arg(m_account.email.toString()));
    VerifyRequest request;
    request.email = m_account.email.toString();
    request.domain = m_account.email.domain();
    AccountStore store;
    store.load();
    const QString caFile = qEnvironmentVariable("MAILWRIGHT_CA_FILE");
    if (!caFile.isEmpty())
        request.tls.addCaFile(caFile, nullptr);
    if (m_account.smtp) {
        request.smtp = m_account.smtp->endpoint;
        request.username = m_account.smtp->username;
        TrustStore(&store).applyTo(&request.tls, m_account.id, m_account.smtp->endpoint);
    }
    if (m_account.pop3) {
        request.pop3 = m_account.pop3->endpoint;
        if (request.username.isEmpty())
            request.username = m_account.pop3->username;
        TrustStore(&store).applyTo(&request.tls, m_account.id, m_account.pop3->endpoint);
    }
    // One request carries one password: SMTP's, else POP3's.
    request.password = m_smtpPassword ? m_smtpPassword : m_pop3Password;
    request.allowPlaintext = m_account.allowPlaintext;
    m_smtpPassword.reset();
    m_pop3Password.reset();
    m_verifier->start(request);
}

void TestAccountDialog::onStep(Protocol protocol, const VerifyStep &step)
{
    const QString server
        = protocol == Protocol::Pop3 ? tr("POP3 (receiving)") : tr("SMTP (sending)");
    QList<QTreeWidgetItem *> tops = m_steps->findItems(server, Qt::MatchExactly, 0);
    QTreeWidgetItem *top = tops.value(0);
    if (!top) {
        top = new QTreeWidgetItem(m_steps, { server });
        top->setExpanded(true);
    }
    auto *item = new QTreeWidgetItem(top);
    item->setText(0, stepTitle(step.name));
    item->setText(1, step.ok ? tr("OK") : tr("Failed"));
    item->setForeground(1, step.ok ? QColor(0x1e, 0x8e, 0x3e) : QColor(0xd9, 0x30, 0x25));
    item->setText(2, tr("%1 ms").arg(step.ms));
    QString detail = step.text;
    if (!step.ok && !step.hint.isEmpty())
        detail = step.hint + (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
    item->setText(3, detail);
    item->setToolTip(3, detail);
    top->setExpanded(true);
}

void TestAccountDialog::onFinished(const VerifyReport &report)
{
    const bool ok = report.ok();
    QString message;
    if (ok) {
        message = tr("Everything works: Mailwright can send and receive with this account.");
        AccountStore store;
        if (store.load()) {
            if (std::optional<Account> saved = store.byId(m_account.id)) {
                saved->verified = QDateTime::currentDateTimeUtc();
                if (report.smtp.attempted && report.smtp.ok)
                    saved->smtpMaxSize = report.smtp.smtpMaxSize;
                store.update(*saved);
            }
        }
    } else {
        const ServerReport &failed
            = report.smtp.attempted && !report.smtp.ok ? report.smtp : report.pop3;
        message = failed.message.isEmpty() ? tr("The test failed.") : failed.message;
    }
    m_status->setText(message);
    emit tested(m_account.id, ok, message);
}

} // namespace mw
