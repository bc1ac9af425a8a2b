#pragma once

#include "console/ProtocolConsole.h"
#include "mime/MessageDraft.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QWizard>

class QAction;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace mw {

class ComposerWindow;
class DraftsView;
class Outbox;
class OutboxView;
class Sender;

// The application's main window: the accounts with their status, Add account
// (the wizard), Compose, the Outbox and the Drafts, and the Tools menu (Test
// account, Protocol console). It owns the Outbox and the Sender the composers
// share.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What happens once the window is up: the wizard when there is no
    // account yet; otherwise an offer to retry interrupted sends.
    void start();

    QPushButton *addAccountButton() const { return m_addAccount; }
    QListWidget *accountList() const { return m_accounts; }
    Outbox *outbox() const { return m_outbox; }
    Sender *sender() const { return m_sender; }
    QWizard *wizard() const { return m_wizard; }

    // Opens a composer (optionally pre-filled, e.g. from a mailto: URL).
    ComposerWindow *compose(const MessageDraft &draft = {});
    ComposerWindow *openDraft(const QString &draftId);
    void openWizard();
    void openConsole();
    void testSelectedAccount();
    void reloadAccounts();

private:
    void createActions();
    void offerInterruptedRetry();
    QString selectedAccountId() const;
    void updateActions();

    Outbox *m_outbox = nullptr;
    Sender *m_sender = nullptr;
    QListWidget *m_accounts = nullptr;
    QPushButton *m_addAccount = nullptr;
    QPushButton *m_testAccount = nullptr;
    QTabWidget *m_tabs = nullptr;
    OutboxView *m_outboxView = nullptr;
    DraftsView *m_draftsView = nullptr;
    QAction *m_composeAction = nullptr;
    QAction *m_testAction = nullptr;
    QPointer<QWizard> m_wizard;
    QPointer<ProtocolConsole> m_console;
    QHash<QString, QString> m_lastError; // account id → the last test's failure
};

} // namespace mw
