#include "console/ProtocolConsole.h"

#include "account/AccountStore.h"
#include "account/TrustStore.h"
#include "console/AuthHelperDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mw {

namespace {

Protocol protocolAt(const QComboBox *box)
{
    return box->currentIndex() == 1 ? Protocol::Pop3 : Protocol::Smtp;
}

SecurityMode securityAt(const QComboBox *box)
{
    return static_cast<SecurityMode>(box->currentData().toInt());
}

} // namespace

ProtocolConsole::ProtocolConsole(QWidget *parent)
    : QDialog(parent)
    , m_session(new ConsoleSession(this))
{
    setWindowTitle(tr("Protocol console"));
    setObjectName(QStringLiteral("protocolConsole"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("consoleAccount"));
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("consoleProtocol"));
    m_protocol->addItem(tr("SMTP (sending)"));
    m_protocol->addItem(tr("POP3 (receiving)"));
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Protocol:"), m_protocol);

    auto *serverRow = new QHBoxLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("consoleHost"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("consolePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(465);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("consoleSecurity"));
    m_security->addItem(tr("SSL/TLS"), int(SecurityMode::Ssl));
    m_security->addItem(tr("STARTTLS"), int(SecurityMode::StartTls));
    m_security->addItem(tr("None (plaintext)"), int(SecurityMode::Plain));
    m_connect = new QPushButton(tr("Connect"), this);
    m_connect->setObjectName(QStringLiteral("consoleConnect"));
    serverRow->addWidget(m_host, 1);
    serverRow->addWidget(new QLabel(tr("Port:"), this));
    serverRow->addWidget(m_port);
    serverRow->addWidget(m_security);
    serverRow->addWidget(m_connect);
    form->addRow(tr("Server:"), serverRow);
    layout->addLayout(form);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("consoleLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    layout->addWidget(m_log, 1);

    auto *commandRow = new QHBoxLayout;
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("consoleCommand"));
    m_command->setPlaceholderText(tr("Type a command, e.g. EHLO example.com or CAPA"));
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("consoleSend"));
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_send);
    layout->addLayout(commandRow);

    auto *tools = new QHBoxLayout;
    m_startTls = new QPushButton(tr("Start TLS"), this);
    m_startTls->setObjectName(QStringLiteral("consoleStartTls"));
    m_auth = new QPushButton(tr("AUTH helper…"), this);
    m_auth->setObjectName(QStringLiteral("consoleAuth"));
    m_save = new QPushButton(tr("Save log…"), this);
    m_save->setObjectName(QStringLiteral("consoleSave"));
    auto *close = new QPushButton(tr("Close"), this);
    tools->addWidget(m_startTls);
    tools->addWidget(m_auth);
    tools->addStretch(1);
    tools->addWidget(m_save);
    tools->addWidget(close);
    layout->addLayout(tools);

    connect(m_account, &QComboBox::currentIndexChanged, this, &ProtocolConsole::onAccountPicked);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ProtocolConsole::onProtocolChanged);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        if (m_account->currentIndex() <= 0)
            m_port->setValue(defaultPort(protocolAt(m_protocol), securityAt(m_security)));
    });
    connect(m_connect, &QPushButton::clicked, this, &ProtocolConsole::onConnectClicked);
    connect(m_send, &QPushButton::clicked, this, &ProtocolConsole::onSendClicked);
    connect(m_command, &QLineEdit::returnPressed, this, &ProtocolConsole::onSendClicked);
    connect(m_startTls, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_session->startTls(&error))
            showError(error);
    });
    connect(m_auth, &QPushButton::clicked, this, &ProtocolConsole::onAuthClicked);
    connect(m_save, &QPushButton::clicked, this, &ProtocolConsole::onSaveClicked);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_session, &ConsoleSession::logged, this, &ProtocolConsole::appendLog);
    connect(m_session, &ConsoleSession::stateChanged, this, &ProtocolConsole::onStateChanged);
    connect(m_session, &ConsoleSession::encrypted, this, &ProtocolConsole::onStateChanged);

    // Return in the command line sends the command; it must not also press
    // a dialog button (QDialog's auto-default would hit Connect/Disconnect).
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    reloadAccounts();
    onStateChanged();
    resize(760, 520);
}

void ProtocolConsole::reloadAccounts()
{
    m_account->clear();
    m_account->addItem(tr("Other server (enter below)"));
    AccountStore store;
    store.load();
    for (const Account &account : store.accounts())
        m_account->addItem(account.name(), account.id);
}

void ProtocolConsole::selectAccount(const QString &accountId)
{
    const int index = m_account->findData(accountId);
    if (index >= 0)
        m_account->setCurrentIndex(index);
}

void ProtocolConsole::onAccountPicked()
{
    onProtocolChanged();
}

void ProtocolConsole::onProtocolChanged()
{
    const QString id = m_account->currentData().toString();
    const bool custom = id.isEmpty();
    m_host->setReadOnly(!custom);
    if (custom) {
        m_port->setValue(defaultPort(protocolAt(m_protocol), securityAt(m_security)));
        return;
    }
    AccountStore store;
    store.load();
    const std::optional<Account> account = store.byId(id);
    if (!account)
        return;
    const std::optional<ServerSettings> &server
        = protocolAt(m_protocol) == Protocol::Pop3 ? account->pop3 : account->smtp;
    if (!server) {
        m_host->clear();
        return;
    }
    m_host->setText(server->endpoint.host);
    m_port->setValue(server->endpoint.port);
    m_security->setCurrentIndex(m_security->findData(int(server->endpoint.security)));
}

void ProtocolConsole::onConnectClicked()
{
    if (m_session->state() != ConsoleSession::State::Disconnected) {
        m_session->disconnectFromHost();
        return;
    }
    QString error;
    const QString text = QStringLiteral("%1:%2/%3")
                             .arg(m_host->text().trimmed())
                             .arg(m_port->value())
                             .arg(toString(securityAt(m_security)));
    const std::optional<Endpoint> endpoint = parseEndpoint(text, protocolAt(m_protocol), &error);
    if (m_host->text().trimmed().isEmpty() || !endpoint) {
        showError(m_host->text().trimmed().isEmpty() ? tr("Enter the server's host name.") : error);
        return;
    }
    TlsPolicy policy;
    const QString caFile = qEnvironmentVariable("MAILWRIGHT_CA_FILE");
    if (!caFile.isEmpty() && !policy.addCaFile(caFile, &error)) {
        showError(error);
        return;
    }
    const QString id = m_account->currentData().toString();
    if (!id.isEmpty()) {
        AccountStore store;
        store.load();
        TrustStore(&store).applyTo(&policy, id, *endpoint);
    }
    m_session->setTlsPolicy(policy);
    // Credentials in clear only where the user picked a plaintext server.
    m_session->setAllowPlaintextAuth(endpoint->security == SecurityMode::Plain);
    m_session->connectTo(*endpoint, protocolAt(m_protocol));
}

void ProtocolConsole::onSendClicked()
{
    const QString line = m_command->text();
    if (line.isEmpty())
        return;
    QString error;
    if (!m_session->sendLine(line, &error)) {
        showError(error);
        return;
    }
    m_command->clear();
}

void ProtocolConsole::onAuthClicked()
{
    QString username;
    const QString id = m_account->currentData().toString();
    if (!id.isEmpty()) {
        AccountStore store;
        store.load();
        if (const std::optional<Account> account = store.byId(id)) {
            const std::optional<ServerSettings> &server
                = m_session->protocol() == Protocol::Pop3 ? account->pop3 : account->smtp;
            username = server ? server->username : account->email.toString();
        }
    }
    auto *dialog = new AuthHelperDialog(username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        const QString password = dialog->takePassword();
        if (!m_session->authenticate(dialog->mechanism(), dialog->username(), password, &error))
            showError(error);
    });
    dialog->open();
}

void ProtocolConsole::onSaveClicked()
{
    auto *dialog = new QFileDialog(
        this, tr("Save the console log"), QString(), tr("Text files (*.txt *.log)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!m_session->saveLog(path, &error))
            showError(error);
    });
    dialog->open();
}

void ProtocolConsole::onStateChanged()
{
    const ConsoleSession::State state = m_session->state();
    const bool connected = state == ConsoleSession::State::Connected;
    m_connect->setText(
        state == ConsoleSession::State::Disconnected ? tr("Connect") : tr("Disconnect"));
    m_command->setEnabled(connected);
    m_send->setEnabled(connected);
    m_auth->setEnabled(connected);
    m_startTls->setEnabled(connected && !m_session->isEncrypted());
    m_account->setEnabled(state == ConsoleSession::State::Disconnected);
    m_protocol->setEnabled(state == ConsoleSession::State::Disconnected);
    m_host->setEnabled(state == ConsoleSession::State::Disconnected);
    m_port->setEnabled(state == ConsoleSession::State::Disconnected);
    m_security->setEnabled(state == ConsoleSession::State::Disconnected);
    if (connected)
        m_command->setFocus();
}

void ProtocolConsole::showError(const QString &message)
{
    appendLog(QStringLiteral("! ") + message);
}

void ProtocolConsole::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

} // namespace mw
