#include "wizard/DetectPage.h"

#include "wizard/AccountWizard.h"
#include "wizard/WizardState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {

enum Column { SourceColumn, StateColumn, DetailColumn };

// The sources in the order they are asked; the user's own provider files
// count as "built-in" for the list.
const ConfigSource kSources[]
    = { ConfigSource::Bundled, ConfigSource::Autoconfig, ConfigSource::WellKnown,
          ConfigSource::Ispdb, ConfigSource::Srv, ConfigSource::Mx, ConfigSource::Guess };

// The settings a manual setup starts from: the usual names, encrypted.
ServerChoice manualChoice(Protocol protocol, const EmailAddress &email)
{
    ServerChoice choice;
    choice.enabled = true;
    choice.editedByUser = true;
    choice.config.protocol = protocol;
    const QString prefix
        = protocol == Protocol::Smtp ? QStringLiteral("smtp.") : QStringLiteral("pop.");
    choice.config.host
        = email.domain().startsWith(QLatin1Char('[')) ? QString() : prefix + email.asciiDomain();
    choice.config.security = SecurityMode::Ssl;
    choice.config.port = quint16(defaultPort(protocol, SecurityMode::Ssl));
    choice.config.username = email.toString();
    choice.config.trust = Trust::Trusted; // the user's own entry
    return choice;
}

} // namespace

DetectPage::DetectPage(WizardState *state, const AccountWizardOptions *options, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_options(options)
    , m_discovery(new Discovery(this))
{
    setObjectName(QStringLiteral("detectPage"));
    setTitle(tr("Finding your server settings"));
    setSubTitle(tr("Mailwright asks the sources below, most reliable first."));

    m_sources = new QTreeWidget(this);
    m_sources->setObjectName(QStringLiteral("sourceList"));
    m_sources->setColumnCount(3);
    m_sources->setHeaderLabels({ tr("Source"), tr("State"), tr("Details") });
    m_sources->setRootIsDecorated(false);
    m_sources->setSelectionMode(QAbstractItemView::NoSelection);
    m_sources->setFocusPolicy(Qt::NoFocus);
    m_sources->header()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    // Wide enough for every state, so that nothing is elided as states change.
    int stateWidth = 0;
    for (const QString &text : { tr("waiting"), tr("✓ found"), tr("– nothing there"),
             tr("✗ failed"), tr("not used"), tr("stopped") })
        stateWidth = qMax(stateWidth, m_sources->fontMetrics().horizontalAdvance(text));
    m_sources->header()->setSectionResizeMode(StateColumn, QHeaderView::Fixed);
    m_sources->header()->resizeSection(StateColumn, stateWidth + 24);
    m_sources->header()->setStretchLastSection(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("deadlineProgress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("detectStatus"));
    m_status->setWordWrap(true);

    m_stop = new QPushButton(tr("&Stop and use what was found"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_manual = new QPushButton(tr("Set up &manually"), this);
    m_manual->setObjectName(QStringLiteral("manualButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_manual);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &DetectPage::tick);
    connect(m_discovery, &Discovery::sourceChanged, this, &DetectPage::onSourceChanged);
    connect(m_discovery, &Discovery::finished, this, &DetectPage::onFinished);
    connect(m_stop, &QPushButton::clicked, m_discovery, &Discovery::useBestSoFar);
    connect(m_manual, &QPushButton::clicked, this, &DetectPage::setUpManually);
}

QTreeWidgetItem *DetectPage::rowFor(ConfigSource source)
{
    if (source == ConfigSource::UserFile)
        source = ConfigSource::Bundled;
    QTreeWidgetItem *&row = m_rows[int(source)];
    if (!row) {
        row = new QTreeWidgetItem(m_sources);
        QString text = sourceDescription(source);
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        row->setText(SourceColumn, text);
    }
    return row;
}

void DetectPage::setRowState(QTreeWidgetItem *row, const QString &state, bool busy)
{
    // While busy the spinner covers the cell; the words stay for screen readers.
    row->setText(StateColumn, busy ? QString() : state);
    row->setData(StateColumn, Qt::AccessibleTextRole, state);
    if (busy && !m_sources->itemWidget(row, StateColumn)) {
        // A standard busy indicator as the spinner.
        auto *spinner = new QProgressBar;
        spinner->setRange(0, 0);
        spinner->setTextVisible(false);
        spinner->setMaximumHeight(m_sources->fontMetrics().height());
        spinner->setMaximumWidth(m_sources->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
        m_sources->setItemWidget(row, StateColumn, spinner);
    } else if (!busy) {
        m_sources->removeItemWidget(row, StateColumn);
    }
}

void DetectPage::initializePage()
{
    abort();
    m_sources->clear();
    m_rows.clear();
    m_seen.clear();
    for (ConfigSource source : kSources)
        setRowState(rowFor(source), tr("waiting"), false);
    m_done = false;
    m_state->manual = false;
    m_state->discovery = DiscoveryResult();
    m_progress->setRange(0, m_options->discovery.deadlineMs);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_stop->setEnabled(true);
    m_manual->setEnabled(true);
    m_status->setText(tr("Looking for the settings of %1…").arg(m_state->email->toString()));
    m_clock.start();
    m_ticker.start();
    m_discovery->start(*m_state->email, m_options->discovery);
    emit completeChanged();
}

void DetectPage::cleanupPage()
{
    abort();
}

void DetectPage::abort()
{
    m_ticker.stop();
    if (m_discovery->isRunning())
        m_discovery->cancel();
}

void DetectPage::tick()
{
    const qint64 elapsed = qMin<qint64>(m_clock.elapsed(), m_options->discovery.deadlineMs);
    m_progress->setValue(int(elapsed));
    const int left = int((m_options->discovery.deadlineMs - elapsed + 999) / 1000);
    m_progress->setFormat(tr("at most %1 s left").arg(left));
}

void DetectPage::onSourceChanged(ConfigSource source, SourceState state, const QString &detail)
{
    if (source == ConfigSource::UserFile)
        source = ConfigSource::Bundled;
    // The built-in list and the user's files share a row: a find stays a find.
    if (m_seen.value(int(source)) == SourceState::Found && state != SourceState::Found)
        return;
    m_seen.insert(int(source), state);
    // The provider list is asked first and synchronously: when the network
    // sources start, it had nothing.
    if (source != ConfigSource::Bundled && !m_seen.contains(int(ConfigSource::Bundled))) {
        m_seen.insert(int(ConfigSource::Bundled), SourceState::Nothing);
        QTreeWidgetItem *bundled = rowFor(ConfigSource::Bundled);
        setRowState(bundled, tr("– nothing there"), false);
        bundled->setText(DetailColumn, tr("not in the provider list"));
    }
    QTreeWidgetItem *row = rowFor(source);
    switch (state) {
    case SourceState::Started:
        setRowState(row, tr("searching…"), true);
        break;
    case SourceState::Found:
        setRowState(row, tr("✓ found"), false);
        break;
    case SourceState::Nothing:
        setRowState(row, tr("– nothing there"), false);
        break;
    case SourceState::Failed:
        setRowState(row, tr("✗ failed"), false);
        break;
    }
    row->setText(DetailColumn, detail);
    row->setToolTip(DetailColumn, detail);
}

void DetectPage::onFinished(const DiscoveryResult &result)
{
    m_ticker.stop();
    m_done = true;
    m_stop->setEnabled(false);
    m_progress->setValue(m_progress->maximum());
    m_progress->setFormat(
        tr("Done in %1 s").arg(QLocale().toString(result.elapsedMs / 1000.0, 'f', 1)));
    for (ConfigSource source : kSources) {
        QTreeWidgetItem *row = rowFor(source);
        if (!m_seen.contains(int(source)))
            setRowState(row, tr("not used"), false);
        else if (m_seen.value(int(source)) == SourceState::Started)
            setRowState(row, tr("stopped"), false);
    }
    m_state->discovery = result;
    const EmailAddress &email = *m_state->email;
    auto take = [](const std::optional<ServerConfig> &found, const ServerChoice &fallback) {
        if (!found)
            return fallback;
        ServerChoice choice;
        choice.enabled = true;
        choice.config = *found;
        return choice;
    };
    ServerChoice noPop3 = manualChoice(Protocol::Pop3, email);
    noPop3.enabled = false;
    m_state->smtp = take(result.smtp, manualChoice(Protocol::Smtp, email));
    m_state->pop3 = take(result.pop3, noPop3);
    if (!result.smtp)
        m_state->smtp.config.host.clear(); // nothing found: no made-up name
    m_state->imap = result.imap;

    switch (result.status) {
    case DiscoveryResult::Status::Found:
        m_status->setText(tr("Settings found (source: %1).").arg(sourceDescription(result.source)));
        break;
    case DiscoveryResult::Status::DnsFailure:
        m_status->setText(tr("The domain %1 could not be found in DNS. Check the address, or "
                             "the network, or enter the settings by hand.")
                              .arg(email.domain()));
        break;
    case DiscoveryResult::Status::NothingFound:
    case DiscoveryResult::Status::Cancelled:
        m_status->setText(
            tr("No server settings were found for %1. Enter them by hand.").arg(email.domain()));
        break;
    }
    if (result.isEmpty()) {
        m_state->manual = true;
        m_state->smtp = manualChoice(Protocol::Smtp, email);
        m_state->pop3 = manualChoice(Protocol::Pop3, email);
    }
    emit completeChanged();
    // Found: straight on to the settings (the list stays here for Back).
    if (!result.isEmpty() && wizard() && wizard()->currentPage() == this)
        QTimer::singleShot(0, wizard(), [w = wizard(), this] {
            if (w->currentPage() == this)
                w->next();
        });
}

void DetectPage::setUpManually()
{
    abort();
    m_done = true;
    m_state->manual = true;
    m_state->discovery = DiscoveryResult();
    m_state->smtp = manualChoice(Protocol::Smtp, *m_state->email);
    m_state->pop3 = manualChoice(Protocol::Pop3, *m_state->email);
    m_state->imap.reset();
    m_stop->setEnabled(false);
    m_status->setText(tr("Search stopped: you enter the settings yourself."));
    for (ConfigSource source : kSources) {
        QTreeWidgetItem *row = rowFor(source);
        if (!m_seen.contains(int(source)))
            setRowState(row, tr("not used"), false);
        else if (m_seen.value(int(source)) == SourceState::Started)
            setRowState(row, tr("stopped"), false);
    }
    emit completeChanged();
    if (wizard())
        wizard()->next();
}

bool DetectPage::isComplete() const
{
    return m_done;
}

bool DetectPage::validatePage()
{
    return m_done;
}

} // namespace mw
