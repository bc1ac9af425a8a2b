#include "wizard/VerifyPage.h"

#include "verify/Verifier.h"
#include "wizard/CertificateDialog.h"
#include "wizard/WizardState.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace mw {

namespace {

enum Column { StepColumn, ResultColumn, TimeColumn };

QString serverLabel(Protocol protocol)
{
    return protocol == Protocol::Smtp ? VerifyPage::tr("Outgoing mail server (SMTP)")
                                      : VerifyPage::tr("Incoming mail server (POP3)");
}

} // namespace

QString VerifyPage::stepLabel(VerifyStep::Name name)
{
    switch (name) {
    case VerifyStep::Name::Dns:
        return tr("Looking up the server (DNS)");
    case VerifyStep::Name::Tcp:
        return tr("Connecting (TCP)");
    case VerifyStep::Name::Tls:
        return tr("Encryption (TLS)");
    case VerifyStep::Name::Greeting:
        return tr("Server greeting");
    case VerifyStep::Name::Capabilities:
        return tr("Server capabilities");
    case VerifyStep::Name::Auth:
        return tr("Logging in");
    case VerifyStep::Name::Mailbox:
        return tr("Opening the mailbox");
    }
    return QString();
}

VerifyPage::VerifyPage(WizardState *state, const AccountWizardOptions *options, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_options(options)
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Testing the settings"));
    setSubTitle(tr("Mailwright logs in to both servers. No mail is sent."));

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({ tr("Step"), tr("Result"), tr("Time") });
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setMinimumHeight(m_steps->fontMetrics().height() * 9);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_status->setWordWrap(true);

    m_failureBox = new QWidget(this);
    m_failure = new QLabel(m_failureBox);
    m_failure->setObjectName(QStringLiteral("failureText"));
    m_failure->setWordWrap(true);
    m_failure->setTextFormat(Qt::RichText);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_back = new QPushButton(tr("&Back to settings"), m_failureBox);
    m_back->setObjectName(QStringLiteral("backToSettings"));
    m_retry = new QPushButton(tr("&Retry"), m_failureBox);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *failureButtons = new QHBoxLayout;
    failureButtons->addWidget(m_back);
    failureButtons->addWidget(m_retry);
    failureButtons->addStretch(1);
    // Long advice scrolls; the buttons below it stay in view.
    auto *failureScroll = new QScrollArea(m_failureBox);
    failureScroll->setWidget(m_failure);
    failureScroll->setWidgetResizable(true);
    failureScroll->setFrameShape(QFrame::NoFrame);
    failureScroll->setFocusPolicy(Qt::NoFocus);
    auto *failureLayout = new QVBoxLayout(m_failureBox);
    failureLayout->setContentsMargins(0, 0, 0, 0);
    failureLayout->addWidget(failureScroll, 1);
    failureLayout->addLayout(failureButtons);
    m_failureBox->hide();

    m_logToggle = new QToolButton(this);
    m_logToggle->setObjectName(QStringLiteral("logToggle"));
    m_logToggle->setText(tr("Protocol &log (passwords hidden)"));
    m_logToggle->setCheckable(true);
    m_logToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logToggle->setArrowType(Qt::RightArrow);
    m_logToggle->setAutoRaise(true);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("protocolLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 3);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_failureBox, 2);
    layout->addWidget(m_logToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 1);

    connect(m_logToggle, &QToolButton::toggled, this, [this](bool open) {
        m_log->setVisible(open);
        m_logToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (wizard())
            wizard()->back();
    });
    connect(m_retry, &QPushButton::clicked, this, &VerifyPage::start);
}

VerifyPage::~VerifyPage()
{
    abort();
}

void VerifyPage::initializePage()
{
    start();
}

void VerifyPage::cleanupPage()
{
    abort();
}

void VerifyPage::abort()
{
    m_pending = 0;
    m_finishing = false;
    for (QPointer<Verifier> *verifier : { &m_smtpVerifier, &m_pop3Verifier }) {
        if (*verifier) {
            (*verifier)->disconnect(this);
            (*verifier)->cancel();
            (*verifier)->deleteLater();
        }
        *verifier = nullptr;
    }
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->reject();
        m_dialog->deleteLater();
    }
    m_busy->hide();
}

QTreeWidgetItem *VerifyPage::itemFor(Protocol protocol) const
{
    return protocol == Protocol::Smtp ? m_smtpItem : m_pop3Item;
}

void VerifyPage::start()
{
    abort();
    m_report = VerifyReport();
    m_steps->clear();
    m_log->clear();
    m_failureBox->hide();
    m_failure->clear();
    m_smtpItem = m_pop3Item = nullptr;
    for (auto [protocol, choice] : { std::pair { Protocol::Smtp, &m_state->smtp },
             std::pair { Protocol::Pop3, &m_state->pop3 } }) {
        if (!choice->enabled)
            continue;
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepColumn,
            QStringLiteral("%1  %2").arg(
                serverLabel(protocol), choice->config.endpoint().toString()));
        item->setText(ResultColumn, tr("testing…"));
        item->setExpanded(true);
        (protocol == Protocol::Smtp ? m_smtpItem : m_pop3Item) = item;
    }
    m_busy->show();
    m_status->setText(tr("Testing…"));
    emit completeChanged();
    if (m_state->smtp.enabled)
        startServer(Protocol::Smtp);
    if (m_state->pop3.enabled)
        startServer(Protocol::Pop3);
}

void VerifyPage::startServer(Protocol protocol)
{
    const ServerChoice &choice = protocol == Protocol::Smtp ? m_state->smtp : m_state->pop3;
    const Endpoint endpoint = choice.config.endpoint();
    VerifyRequest request;
    request.email = m_state->email->toString();
    (protocol == Protocol::Smtp ? request.smtp : request.pop3) = endpoint;
    request.username = choice.config.username;
    request.password = m_state->password;
    request.tls = m_options->tls();
    for (const CertificatePin &pin : m_state->pins) {
        if (pin.appliesTo(endpoint.host, endpoint.port))
            request.tls.pinnedSha256 << pin.sha256;
    }
    request.deadlineMs = m_options->verifyDeadlineMs;
    request.allowPlaintext = m_state->allowPlaintext;
    request.providerId = m_state->providerId();
    request.domain = m_state->email->domain();

    auto *verifier = new Verifier(this);
    (protocol == Protocol::Smtp ? m_smtpVerifier : m_pop3Verifier) = verifier;
    connect(verifier, &Verifier::stepFinished, this, &VerifyPage::onStep);
    connect(verifier, &Verifier::transcript, this, [this](Protocol p, const QString &line) {
        m_log->appendPlainText(
            (p == Protocol::Smtp ? QStringLiteral("SMTP ") : QStringLiteral("POP3 ")) + line);
    });
    connect(verifier, &Verifier::serverFinished, this, &VerifyPage::onServerDone);
    ++m_pending;
    verifier->start(request);
}

void VerifyPage::onStep(Protocol protocol, const VerifyStep &step)
{
    QTreeWidgetItem *parent = itemFor(protocol);
    if (!parent)
        return;
    auto *item = new QTreeWidgetItem(parent);
    item->setText(StepColumn, stepLabel(step.name));
    item->setText(ResultColumn, step.ok ? tr("✓ ok") : tr("✗ failed"));
    item->setText(TimeColumn, tr("%1 ms", "milliseconds").arg(step.ms));
    item->setData(StepColumn, Qt::UserRole, verifyStepName(step.name));
    item->setData(ResultColumn, Qt::UserRole, step.ok);
    if (!step.ok)
        item->setToolTip(StepColumn, step.hint);
    parent->setExpanded(true);
}

void VerifyPage::onServerDone(const ServerReport &server)
{
    if (m_pending <= 0)
        return;
    (server.protocol == Protocol::Smtp ? m_report.smtp : m_report.pop3) = server;
    if (QTreeWidgetItem *item = itemFor(server.protocol))
        item->setText(ResultColumn, server.ok ? tr("✓ works") : tr("✗ failed"));
    if (--m_pending == 0) {
        // Out of the Verifier's signal: onAllDone() may start the next run.
        m_finishing = true;
        QMetaObject::invokeMethod(this, &VerifyPage::onAllDone, Qt::QueuedConnection);
    }
}

QString VerifyPage::describeFailure(const ServerReport &server, QStringList *hintsShown) const
{
    const VerifyStep *step = server.failedStep();
    QString where = serverLabel(server.protocol) + QLatin1Char(' ') + server.endpoint.toString();
    QString html = QStringLiteral("<p><b>%1</b>").arg(where.toHtmlEscaped());
    if (step)
        html += QStringLiteral("<br>")
            + tr("Failed at step: %1 (%2)")
                  .arg(stepLabel(step->name), verifyStepName(step->name))
                  .toHtmlEscaped();
    QString words = server.failure.serverText();
    if (words.isEmpty() && step)
        words = step->text;
    if (!words.isEmpty()) {
        QString code;
        if (step && step->code)
            code = QString::number(step->code) + QLatin1Char(' ');
        if (step && !step->enhanced.isEmpty())
            code += step->enhanced + QLatin1Char(' ');
        html += QStringLiteral("<br>")
            + tr("The server said: “%1”").arg(code + words).toHtmlEscaped();
    }
    // Our own sentence, unless it only repeats the server's words.
    const QString message
        = !server.failure.message.isEmpty() ? server.failure.message : server.message;
    if (!message.isEmpty() && (words.isEmpty() || !message.contains(words)))
        html += QStringLiteral("<br>") + message.toHtmlEscaped();
    html += QStringLiteral("</p>");
    if (step && !step->hint.isEmpty() && !hintsShown->contains(step->hint)) {
        *hintsShown << step->hint;
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What to do:").toHtmlEscaped(), step->hint.toHtmlEscaped());
    }
    return html;
}

void VerifyPage::onAllDone()
{
    if (!m_finishing)
        return; // aborted (or restarted) meanwhile
    m_finishing = false;
    m_busy->hide();
    if (m_report.ok()) {
        if (m_state->smtp.enabled && !m_report.smtp.usernameUsed.isEmpty())
            m_state->smtp.config.username = m_report.smtp.usernameUsed;
        if (m_state->pop3.enabled && !m_report.pop3.usernameUsed.isEmpty())
            m_state->pop3.config.username = m_report.pop3.usernameUsed;
        m_state->report = m_report;
        m_status->setText(tr("Everything works. Press Next to finish."));
        emit completeChanged();
        return;
    }
    QString html;
    QStringList hintsShown;
    for (const ServerReport *server : { &m_report.smtp, &m_report.pop3 }) {
        if (server->attempted && !server->ok)
            html += describeFailure(*server, &hintsShown);
    }
    m_status->setText(tr("The test failed. Correct the settings or the password, then try again."));
    m_failure->setText(html);
    m_failureBox->show();
    m_retry->setFocus();
    emit completeChanged();
    offerCertificate();
}

void VerifyPage::offerCertificate()
{
    // The first certificate refused, with every server that presented it.
    CertificateInfo certificate;
    QList<Endpoint> servers;
    for (const ServerReport *server : { &m_report.smtp, &m_report.pop3 }) {
        if (!server->attempted || server->ok
            || server->failure.kind != VerifyFailure::Kind::Certificate)
            continue;
        const CertificateInfo &seen
            = !server->certificate.isNull() ? server->certificate : server->failure.certificate;
        if (seen.isNull())
            continue;
        if (certificate.isNull())
            certificate = seen;
        if (seen.sha256 == certificate.sha256)
            servers << server->endpoint;
    }
    if (certificate.isNull())
        return;
    m_dialog = new CertificateDialog(certificate, servers, this);
    connect(m_dialog, &QDialog::finished, this, [this](int result) {
        CertificateDialog *dialog = m_dialog;
        m_dialog = nullptr;
        dialog->deleteLater();
        if (result != QDialog::Accepted) {
            if (wizard())
                wizard()->back();
            return;
        }
        for (const Endpoint &endpoint : dialog->servers())
            m_state->pins << CertificatePin::from(dialog->certificate(), endpoint);
        start();
    });
    m_dialog->open();
}

bool VerifyPage::isComplete() const
{
    return !isRunning() && m_report.ok();
}

} // namespace mw
