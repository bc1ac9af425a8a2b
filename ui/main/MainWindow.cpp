#include "main/MainWindow.h"

#include "account/AccountStore.h"
#include "compose/ComposerWindow.h"
#include "console/ProtocolConsole.h"
#include "main/DraftsView.h"
#include "main/OutboxView.h"
#include "main/TestAccountDialog.h"
#include "outbox/Outbox.h"
#include "outbox/Sender.h"
#include "wizard/AccountWizard.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace mw {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_outbox(new Outbox(Outbox::defaultDir(), this))
    , m_sender(new Sender(m_outbox, this))
{
    setWindowTitle(tr("Mailwright"));
    setObjectName(QStringLiteral("mainWindow"));
    // `mailwright outbox add|flush|remove` (or another window) may change the
    // outbox while this window is open: show it as it happens.
    m_outbox->setWatching(true);
    const QString caFile = qEnvironmentVariable("MAILWRIGHT_CA_FILE");
    if (!caFile.isEmpty())
        m_sender->accountResolver()->setCaFile(caFile);

    auto *splitter = new QSplitter(this);

    auto *accountsPane = new QWidget(splitter);
    auto *accountsLayout = new QVBoxLayout(accountsPane);
    accountsLayout->setContentsMargins(8, 8, 4, 8);
    auto *accountsTitle = new QLabel(tr("Accounts"), accountsPane);
    QFont titleFont = accountsTitle->font();
    titleFont.setBold(true);
    accountsTitle->setFont(titleFont);
    m_accounts = new QListWidget(accountsPane);
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setWordWrap(true);
    m_accounts->setSpacing(2);
    m_addAccount = new QPushButton(tr("Add account…"), accountsPane);
    m_addAccount->setObjectName(QStringLiteral("addAccountButton"));
    m_testAccount = new QPushButton(tr("Test account"), accountsPane);
    m_testAccount->setObjectName(QStringLiteral("testAccountButton"));
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_addAccount);
    accountButtons->addWidget(m_testAccount);
    accountsLayout->addWidget(accountsTitle);
    accountsLayout->addWidget(m_accounts, 1);
    accountsLayout->addLayout(accountButtons);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_outboxView = new OutboxView(m_outbox, m_sender, m_tabs);
    m_draftsView = new DraftsView(m_tabs);
    m_tabs->addTab(m_outboxView, tr("Outbox"));
    m_tabs->addTab(m_draftsView, tr("Drafts"));
    splitter->addWidget(accountsPane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 260, 640 });
    setCentralWidget(splitter);

    createActions();
    connect(m_addAccount, &QPushButton::clicked, this, &MainWindow::openWizard);
    connect(m_testAccount, &QPushButton::clicked, this, &MainWindow::testSelectedAccount);
    connect(m_accounts, &QListWidget::itemSelectionChanged, this, &MainWindow::updateActions);
    connect(m_draftsView, &DraftsView::openRequested, this, &MainWindow::openDraft);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_draftsView)
            m_draftsView->reload();
    });
    auto updateTabTitle = [this] {
        const int count = int(m_outbox->entries().size());
        m_tabs->setTabText(0, count > 0 ? tr("Outbox (%1)").arg(count) : tr("Outbox"));
    };
    connect(m_outbox, &Outbox::entryAdded, this, updateTabTitle);
    connect(m_outbox, &Outbox::entryRemoved, this, updateTabTitle);
    connect(m_outbox, &Outbox::reloaded, this, updateTabTitle);
    updateTabTitle();

    reloadAccounts();
    resize(920, 560);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_composeAction = file->addAction(tr("&Compose"), this, [this] { compose(); });
    m_composeAction->setObjectName(QStringLiteral("composeAction"));
    m_composeAction->setShortcut(QKeySequence::New);
    QAction *add = file->addAction(tr("&Add account…"), this, &MainWindow::openWizard);
    add->setObjectName(QStringLiteral("addAccountAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_testAction = tools->addAction(tr("&Test account"), this, &MainWindow::testSelectedAccount);
    m_testAction->setObjectName(QStringLiteral("testAccountAction"));
    QAction *console = tools->addAction(tr("&Protocol console"), this, &MainWindow::openConsole);
    console->setObjectName(QStringLiteral("protocolConsoleAction"));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_composeAction);
    toolbar->addAction(m_testAction);
    toolbar->addAction(console);
}

void MainWindow::start()
{
    AccountStore store;
    store.load();
    if (store.accounts().isEmpty()) {
        openWizard();
        return;
    }
    offerInterruptedRetry();
}

void MainWindow::offerInterruptedRetry()
{
    const QList<OutboxEntry> interrupted = m_outbox->interruptedEntries();
    if (interrupted.isEmpty())
        return;
    QStringList subjects;
    for (const OutboxEntry &entry : interrupted)
        subjects << QStringLiteral("• ")
                + (entry.subject.isEmpty() ? tr("(no subject)") : entry.subject);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Interrupted sending"),
        tr("Mailwright was closed while sending %n message(s). Send them again now?\n\n"
           "If the server had already accepted one, the recipient gets it twice "
           "(with the same Message-ID).",
            nullptr, int(interrupted.size()))
            + QStringLiteral("\n\n") + subjects.join(QLatin1Char('\n')),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("interruptedBox"));
    box->addButton(tr("Send again"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep in the outbox"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList ids;
    for (const OutboxEntry &entry : interrupted)
        ids << entry.id;
    connect(box, &QMessageBox::accepted, this, [this, ids] {
        for (const QString &id : ids)
            m_sender->retry(id);
    });
    box->open();
}

void MainWindow::reloadAccounts()
{
    const QString selected = selectedAccountId();
    m_accounts->clear();
    AccountStore store;
    store.load();
    for (const Account &account : store.accounts()) {
        QString status;
        if (m_lastError.contains(account.id))
            status = tr("Last test failed: %1").arg(m_lastError.value(account.id));
        else if (account.verified.isValid())
            status = tr("Verified %1")
                         .arg(QLocale().toString(
                             account.verified.toLocalTime().date(), QLocale::ShortFormat));
        else
            status = tr("Not verified yet");
        const QString title = account.displayName.isEmpty()
            ? account.email.toString()
            : QStringLiteral("%1 <%2>").arg(account.displayName, account.email.toString());
        auto *item = new QListWidgetItem(title + QLatin1Char('\n') + status, m_accounts);
        item->setData(kIdRole, account.id);
        item->setToolTip(status);
        if (m_lastError.contains(account.id))
            item->setForeground(QColor(0xd9, 0x30, 0x25));
        if (account.id == selected)
            item->setSelected(true);
    }
    if (m_accounts->count() > 0 && m_accounts->selectedItems().isEmpty())
        m_accounts->item(0)->setSelected(true);
    updateActions();
}

QString MainWindow::selectedAccountId() const
{
    const QList<QListWidgetItem *> items = m_accounts->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(kIdRole).toString();
}

void MainWindow::updateActions()
{
    const bool haveAccount = m_accounts->count() > 0;
    const bool selected = !selectedAccountId().isEmpty();
    m_composeAction->setEnabled(haveAccount);
    m_testAction->setEnabled(selected);
    m_testAccount->setEnabled(selected);
}

ComposerWindow *MainWindow::compose(const MessageDraft &draft)
{
    auto *composer = new ComposerWindow(m_outbox, m_sender, this);
    composer->setDraft(draft, selectedAccountId());
    connect(composer, &ComposerWindow::draftsChanged, m_draftsView, &DraftsView::reload);
    composer->show();
    return composer;
}

ComposerWindow *MainWindow::openDraft(const QString &draftId)
{
    auto *composer = new ComposerWindow(m_outbox, m_sender, this);
    QString error;
    if (!composer->loadDraft(draftId, &error)) {
        composer->deleteLater();
        QMessageBox::warning(this, tr("Open draft"), error);
        return nullptr;
    }
    connect(composer, &ComposerWindow::draftsChanged, m_draftsView, &DraftsView::reload);
    composer->show();
    return composer;
}

void MainWindow::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto *wizard = new AccountWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AccountWizard::accountSaved, this, [this] { reloadAccounts(); });
    m_wizard = wizard;
    wizard->open();
}

void MainWindow::openConsole()
{
    if (!m_console) {
        m_console = new ProtocolConsole(this);
        m_console->setAttribute(Qt::WA_DeleteOnClose);
        m_console->setModal(false);
    }
    const QString id = selectedAccountId();
    if (!id.isEmpty())
        m_console->selectAccount(id);
    m_console->show();
    m_console->raise();
}

void MainWindow::testSelectedAccount()
{
    const QString id = selectedAccountId();
    AccountStore store;
    store.load();
    const std::optional<Account> account = store.byId(id);
    if (!account)
        return;
    auto *dialog = new TestAccountDialog(*account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TestAccountDialog::tested, this,
        [this](const QString &accountId, bool ok, const QString &message) {
            if (ok)
                m_lastError.remove(accountId);
            else
                m_lastError.insert(accountId, message);
            reloadAccounts();
        });
    dialog->open();
    dialog->start();
}

} // namespace mw
