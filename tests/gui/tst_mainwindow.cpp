// The main window: first run opens the wizard; with an account it lists it
// with its status; Add account opens the wizard; interrupted sends found in
// the outbox at start-up are offered for retry; the Tools menu opens the
// protocol console. Private XDG dirs per test, so nothing touches the user's.

#include "account/AccountStore.h"
#include "compose/AddressField.h"
#include "compose/ComposerWindow.h"
#include "console/ProtocolConsole.h"
#include "main/MainWindow.h"
#include "main/OutboxView.h"
#include "mime/MailtoUrl.h"
#include "outbox/Outbox.h"
#include "wizard/AccountWizard.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace mw;

class TestMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;

    static Account makeAccount(const QString &address)
    {
        Account account(*EmailAddress::parse(address));
        account.smtp = ServerSettings {
            *parseEndpoint(QStringLiteral("smtp.example.test:587/starttls"), Protocol::Smtp),
            address
        };
        account.pop3 = ServerSettings {
            *parseEndpoint(QStringLiteral("pop.example.test:995/ssl"), Protocol::Pop3), address
        };
        return account;
    }

    static void addAccount(const QString &address)
    {
        AccountStore store;
        QVERIFY(store.load());
        Account account = makeAccount(address);
        AccountError error;
        QVERIFY2(store.add(&account, &error), qPrintable(error.message()));
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
    }

    void firstRunOpensTheWizard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Mailwright"));
        QVERIFY(!window.wizard());
        window.start();
        QVERIFY(window.wizard());
        QVERIFY(qobject_cast<AccountWizard *>(window.wizard()));
        QVERIFY(QTest::qWaitFor([&] { return window.wizard()->isVisible(); }, 5000));
        QCOMPARE(window.accountList()->count(), 0);
        // Nothing to compose from yet.
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("composeAction"))->isEnabled());
    }

    void accountListedAndAddAccountOpensWizard()
    {
        addAccount(QStringLiteral("alice@example.test"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QVERIFY2(!window.wizard(), "with an account, the wizard stays closed");
        QCOMPARE(window.accountList()->count(), 1);
        const QString text = window.accountList()->item(0)->text();
        QVERIFY2(text.contains(QStringLiteral("alice@example.test")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Not verified yet")), qPrintable(text));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("composeAction"))->isEnabled());

        auto *button = window.findChild<QPushButton *>(QStringLiteral("addAccountButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(window.wizard());
        QVERIFY(QTest::qWaitFor([&] { return window.wizard()->isVisible(); }, 5000));
    }

    void toolsMenuOpensConsole()
    {
        addAccount(QStringLiteral("alice@example.test"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("protocolConsoleAction"))->trigger();
        auto *console = window.findChild<ProtocolConsole *>();
        QVERIFY(console);
        QVERIFY(QTest::qWaitFor([&] { return console->isVisible(); }, 5000));
        // The selected account is pre-selected, its SMTP server filled in.
        auto *host = console->findChild<QLineEdit *>(QStringLiteral("consoleHost"));
        QCOMPARE(host->text(), QStringLiteral("smtp.example.test"));
    }

    // `mailwright compose mailto:…` (app/main.cpp) opens exactly this.
    void composeFromMailtoPrefills()
    {
        addAccount(QStringLiteral("alice@example.test"));
        MainWindow window;
        QString error;
        const std::optional<MailtoUrl> mailto = MailtoUrl::parse(
            QStringLiteral(
                "mailto:bob@example.test?cc=carol@example.test&subject=%E4%BD%A0%E5%A5%BD"
                "&body=line%201%0D%0Aline%202"),
            &error);
        QVERIFY2(mailto, qPrintable(error));
        ComposerWindow *composer = window.compose(mailto->toDraft());
        QVERIFY(composer);
        QVERIFY(QTest::qWaitForWindowExposed(composer));
        QCOMPARE(composer->toField()->text(), QStringLiteral("bob@example.test"));
        QCOMPARE(composer->ccField()->text(), QStringLiteral("carol@example.test"));
        QCOMPARE(composer->subjectEdit()->text(), QStringLiteral("你好"));
        QCOMPARE(composer->bodyEdit()->toPlainText(), QStringLiteral("line 1\nline 2"));
        QCOMPARE(composer->fromBox()->currentText(), QStringLiteral("alice@example.test"));
        QVERIFY(composer->toField()->isValid());
        composer->close();
    }

    void outboxChangesByTheCliShowUp()
    {
        // The window follows the outbox folder: what `mailwright outbox add`
        // and `outbox remove` do in another process shows up by itself.
        // The CLI's folders are named after it: use the same ones here.
        const QString name = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
        const auto restoreName
            = qScopeGuard([name] { QCoreApplication::setApplicationName(name); });
        addAccount(QStringLiteral("alice@example.test"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QTreeWidget *>(QStringLiteral("outboxList"));
        QCOMPARE(list->topLevelItemCount(), 0);

        auto cli = [](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(MAILWRIGHT_BINARY), arguments);
            if (!process.waitForFinished(30000) || process.exitCode() != 0)
                qWarning() << arguments << process.readAllStandardError();
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        const QString added = cli({ QStringLiteral("outbox"), QStringLiteral("add"),
            QStringLiteral("--account"), QStringLiteral("alice@example.test"),
            QStringLiteral("--to"), QStringLiteral("bob@example.test"), QStringLiteral("--subject"),
            QStringLiteral("From the command line"), QStringLiteral("--body"), QStringLiteral("hi"),
            QStringLiteral("--json") });
        const QString id = QJsonDocument::fromJson(added.toUtf8())
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY2(!id.isEmpty(), qPrintable(added));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("From the command line"));

        cli({ QStringLiteral("outbox"), QStringLiteral("remove"), id });
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!window.outbox()->entry(id));
    }

    void interruptedSendsAreOfferedForRetry()
    {
        addAccount(QStringLiteral("alice@example.test"));
        QString id;
        {
            Outbox outbox;
            MessageDraft draft;
            draft.from = Mailbox::parse(QStringLiteral("alice@example.test"));
            draft.to << *Mailbox::parse(QStringLiteral("bob@example.test"));
            draft.subject = QStringLiteral("Interrupted one");
            draft.textBody = QStringLiteral("body");
            QString error;
            const std::optional<OutboxEntry> entry
                = outbox.enqueue(QStringLiteral("alice@example.test"), draft, &error);
            QVERIFY2(entry, qPrintable(error));
            id = entry->id;
            // As if the process died while sending.
            QVERIFY2(outbox.markSending(id, &error), qPrintable(error));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("interruptedBox"));
        QVERIFY2(box, "interrupted sends must be offered for retry");
        QVERIFY(QTest::qWaitFor([&] { return box->isVisible(); }, 5000));
        QVERIFY(box->text().contains(QStringLiteral("Interrupted one")));

        // The outbox tab shows it, and why it is there.
        auto *list = window.findChild<QTreeWidget *>(QStringLiteral("outboxList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Interrupted one"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Interrupted"));
        QVERIFY(list->topLevelItem(0)->text(3).contains(QStringLiteral("may or may not")));

        // "Keep in the outbox" keeps it.
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click();
        }
        QVERIFY(window.outbox()->entry(id));
        QCOMPARE(window.outbox()->entry(id)->state, OutboxEntry::State::Interrupted);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
