#include "wizard/DonePage.h"

#include "account/AccountStore.h"
#include "account/TrustStore.h"
#include "mime/Mailbox.h"
#include "mime/MessageDraft.h"
#include "mime/MessageWriter.h"
#include "smtp/SmtpClient.h"
#include "wizard/ErrorLabel.h"
#include "wizard/WizardState.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace mw {

namespace {

QList<SecretSlot> slotsFor(const WizardState &state)
{
    QList<SecretSlot> result;
    if (state.smtp.enabled)
        result << SecretSlot::Smtp;
    if (state.pop3.enabled)
        result << SecretSlot::Pop3;
    return result;
}

} // namespace

DonePage::DonePage(WizardState *state, const AccountWizardOptions *options, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_options(options)
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Your account is ready"));
    setSubTitle(tr("Both servers accepted the settings. Press Finish to save the account."));
    setFinalPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_remember = new QCheckBox(tr("&Save the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberOnSave"));

    m_testButton = new QPushButton(tr("Send a &test message to myself"), this);
    m_testButton->setObjectName(QStringLiteral("testMessageButton"));
    m_testStatus = new QLabel(this);
    m_testStatus->setObjectName(QStringLiteral("testStatus"));
    m_testStatus->setWordWrap(true);
    auto *test = new QHBoxLayout;
    test->addWidget(m_testButton);
    test->addWidget(m_testStatus, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("saveError"));
    makeErrorLabel(m_error);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addLayout(test);
    layout->addWidget(m_remember);
    layout->addWidget(m_error);
    layout->addStretch(1);
    setTabOrder(m_testButton, m_remember);

    connect(m_testButton, &QPushButton::clicked, this, &DonePage::sendTestMessage);
}

DonePage::~DonePage()
{
    abort();
}

void DonePage::initializePage()
{
    m_saved = false;
    m_abandoned = false;
    m_error->hide();
    m_testStatus->clear();
    m_testButton->setEnabled(m_state->smtp.enabled);
    m_remember->setChecked(m_state->rememberPassword);

    const WizardState &s = *m_state;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    if (!s.senderName.isEmpty())
        html += row(tr("Name:"), s.senderName);
    html += row(tr("Address:"), s.email->toString());
    auto server = [](const ServerChoice &c, const ServerReport &r) {
        QString text = tr("%1, user %2").arg(c.config.endpoint().toString(), c.config.username);
        if (!r.mechanism.isEmpty())
            text += QStringLiteral(" (%1)").arg(r.mechanism);
        return text;
    };
    if (s.smtp.enabled)
        html += row(tr("Sending (SMTP):"), server(s.smtp, s.report.smtp));
    if (s.pop3.enabled)
        html += row(tr("Receiving (POP3):"), server(s.pop3, s.report.pop3));
    html += row(tr("Settings from:"),
        s.manual || s.smtp.editedByUser ? tr("entered by you")
                                        : sourceDescription(s.smtp.config.source));
    if (!s.pins.isEmpty())
        html += row(tr("Trusted certificate:"), s.pins.constFirst().sha256Hex());
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

bool DonePage::isComplete() const
{
    return !m_saving;
}

bool DonePage::validatePage()
{
    if (m_saved)
        return true;
    if (!m_saving)
        startSave();
    return false; // finishSave() accepts the wizard once everything is stored
}

void DonePage::abort()
{
    if (m_smtp) {
        m_smtp->disconnect(this);
        m_smtp->cancel();
        m_smtp->deleteLater();
        m_smtp = nullptr;
    }
    // Cancelled while the keychain is still writing: once it has answered,
    // take back what it stored (onSecret), so no password outlives the wizard.
    if (m_saving && m_secrets && m_results.size() < m_writes.size())
        m_abandoned = true;
    m_saving = false;
}

void DonePage::startSave()
{
    m_error->hide();
    const WizardState &s = *m_state;
    Account account(*s.email);
    account.identity.senderName = s.senderName;
    if (s.smtp.enabled)
        account.smtp = ServerSettings { s.smtp.config.endpoint(), s.smtp.config.username };
    if (s.pop3.enabled)
        account.pop3 = ServerSettings { s.pop3.config.endpoint(), s.pop3.config.username };
    if (s.imap)
        account.imap = ServerSettings { s.imap->endpoint(), s.imap->username };
    account.allowPlaintext = s.allowPlaintext;
    if (s.smtp.enabled && s.report.smtp.ok)
        account.smtpMaxSize = s.report.smtp.smtpMaxSize; // the composer warns above it
    account.discoverySource = s.manual || s.smtp.editedByUser ? QStringLiteral("manual")
                                                              : sourceName(s.smtp.config.source);
    account.verified = QDateTime::currentDateTimeUtc();

    AccountStore store(
        m_options->accountsPath.isEmpty() ? AccountStore::defaultPath() : m_options->accountsPath);
    AccountError error;
    if (!store.load(&error) || !store.prepare(&account, &error)) {
        failSave(error.message(), error.hint());
        return;
    }
    m_account = account;
    m_saving = true;
    emit completeChanged();
    if (!m_remember->isChecked()) {
        finishSave();
        return;
    }
    // The password first: if the keychain cannot keep it, nothing is written.
    if (!m_secrets) {
        m_secrets = new SecretStore(this);
        m_secrets->setTimeout(m_options->secretTimeoutMs);
        connect(m_secrets, &SecretStore::finished, this, &DonePage::onSecret);
    }
    m_abandoned = false;
    m_writes.clear();
    m_results.clear();
    for (SecretSlot slot : slotsFor(s))
        m_writes << m_secrets->write(slot, account.id, s.password);
}

void DonePage::onSecret(const SecretResult &result)
{
    if (!m_writes.contains(result.request))
        return;
    m_results << result;
    if (m_results.size() < m_writes.size())
        return;
    if (m_abandoned) {
        m_abandoned = false;
        rollBackSecrets();
        return;
    }
    for (const SecretResult &r : std::as_const(m_results)) {
        if (!r.ok()) {
            rollBackSecrets();
            failSave(r.error.message(),
                r.error.hint() + (r.error.hint().isEmpty() ? QString() : QStringLiteral(" "))
                    + tr("Nothing was saved. To add the account without keeping the password, "
                         "untick “Save the password in the system keychain”; Mailwright will "
                         "then ask for it when it is needed."));
            return;
        }
    }
    finishSave();
}

void DonePage::rollBackSecrets()
{
    if (!m_secrets || !m_account)
        return;
    for (const SecretResult &r : std::as_const(m_results)) {
        if (r.ok())
            m_secrets->remove(r.slot, m_account->id);
    }
}

void DonePage::finishSave()
{
    AccountStore store(
        m_options->accountsPath.isEmpty() ? AccountStore::defaultPath() : m_options->accountsPath);
    AccountError error;
    if (!store.load(&error) || !store.add(&*m_account, &error)) {
        rollBackSecrets();
        failSave(error.message(), error.hint());
        return;
    }
    // The certificates the user trusted, for the servers the account kept.
    TrustStore trust(&store);
    for (const CertificatePin &pin : std::as_const(m_state->pins)) {
        bool current = false;
        for (const Endpoint &endpoint : m_account->endpoints())
            current = current || pin.appliesTo(endpoint.host, endpoint.port);
        if (current && !trust.pin(m_account->id, pin, &error)) {
            failSave(error.message(), error.hint());
            return;
        }
    }
    m_saving = false;
    m_saved = true;
    m_state->password.clear();
    emit saved(m_account->name());
    if (wizard())
        wizard()->accept();
}

void DonePage::failSave(const QString &message, const QString &hint)
{
    m_saving = false;
    m_error->setText(hint.isEmpty() ? message : message + QLatin1Char('\n') + hint);
    m_error->show();
    emit completeChanged();
}

void DonePage::sendTestMessage()
{
    if (m_smtp)
        return;
    const WizardState &s = *m_state;
    MessageDraft draft;
    QString mailboxError;
    const auto me = Mailbox::create(s.senderName, *s.email, &mailboxError);
    if (!me) {
        endTest(false, mailboxError);
        return;
    }
    draft.from = me;
    draft.to = { *me };
    draft.subject = tr("Mailwright test message");
    draft.textBody = tr("This message was sent by Mailwright to test the outgoing server of "
                        "your new account. You can delete it.");
    MessageWriter::Options writerOptions;
    writerOptions.appVersion = QCoreApplication::applicationVersion();
    DraftError draftError;
    m_message = MessageWriter::create(draft, writerOptions, &draftError);
    if (!m_message) {
        endTest(false, draftError.text);
        return;
    }
    SmtpSessionOptions options;
    options.tls = m_options->tls();
    const Endpoint endpoint = s.smtp.config.endpoint();
    for (const CertificatePin &pin : s.pins) {
        if (pin.appliesTo(endpoint.host, endpoint.port))
            options.tls.pinnedSha256 << pin.sha256;
    }
    options.credentials = sasl::Credentials { s.smtp.config.username, s.password, {} };
    options.allowPlaintextAuth = s.allowPlaintext;
    options.timeouts = SmtpTimeouts::forVerification(m_options->testMessageTimeoutMs);

    OutgoingMessage message(*s.email, { *s.email }, m_message.get());
    message.size = m_message->size();
    message.eightBit = m_message->needsEightBit();

    m_smtp = new SmtpClient(this);
    connect(m_smtp, &SmtpClient::ready, m_smtp, [client = m_smtp.data()] { client->quit(); });
    connect(m_smtp, &SmtpClient::messageFinished, this, [this](const MessageResult &result) {
        if (result.delivered)
            endTest(true, tr("Sent. It should arrive in your inbox shortly."));
        else
            endTest(false, result.error.message());
    });
    connect(m_smtp, &SmtpClient::failed, this,
        [this](const SmtpError &error) { endTest(false, error.message()); });
    m_testButton->setEnabled(false);
    m_testStatus->setText(tr("Sending…"));
    m_smtp->connectToServer(endpoint, options);
    m_smtp->send({ message });
}

void DonePage::endTest(bool ok, const QString &text)
{
    if (m_smtp) {
        m_smtp->disconnect(this); // a failure after messageFinished() is not reported twice
        m_smtp->deleteLater(); // m_message stays until the next test: the client may hold it
        m_smtp = nullptr;
    }
    m_testButton->setEnabled(true);
    m_testStatus->setText(ok ? text : tr("The test message was not sent: %1").arg(text));
    emit testMessageFinished(ok);
}

} // namespace mw
