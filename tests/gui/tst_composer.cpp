// The composer against the real testbed (run inside `scripts/testbed exec`):
// alice composes a Chinese message with a Chinese-named attachment to bob;
// it goes through the outbox and the Sender to Postfix and is read back over
// POP3 by an independent client with subject and file name intact. A rejected
// recipient is shown with the server's reason; Cancel mid-send keeps the
// message in the outbox. Also the offline parts: address validation as typed,
// attachments and the SIZE warning, drafts saved on close.
//
// The account lives in a private XDG_CONFIG_HOME, its password in the
// testbed's keyring (SecretStore), exactly as the application keeps them.

#include "TestbedEnv.h"
#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "compose/AddressField.h"
#include "compose/AttachmentPanel.h"
#include "compose/ComposerWindow.h"
#include "compose/SendStatusPanel.h"
#include "main/MainWindow.h"
#include "main/TestAccountDialog.h"
#include "outbox/DraftStore.h"
#include "outbox/Outbox.h"
#include "outbox/Sender.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeWidget>

using namespace mw;
using namespace mw::test;

namespace {

QString token()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

// Python's email package reading the message (tests/support/mime_roundtrip.py).
QJsonObject parseMessage(const QByteArray &raw, const QString &dir)
{
    const QString path = dir + QStringLiteral("/fetched.eml");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(raw);
    file.close();
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral(MAILWRIGHT_SOURCE_DIR "/tests/support/mime_roundtrip.py"), path });
    python.waitForFinished(60000);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

class TestComposer : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_accountId;
    Outbox *m_outbox = nullptr;
    Sender *m_sender = nullptr;

    ComposerWindow *newComposer()
    {
        auto *composer = new ComposerWindow(m_outbox, m_sender);
        composer->setAttribute(Qt::WA_DeleteOnClose, false);
        composer->setDraft({}, m_accountId);
        return composer;
    }

private slots:
    void initTestCase()
    {
        // Screenshots (docs/screenshots): MAILWRIGHT_SCREENSHOT_DIR, and for
        // another language MAILWRIGHT_SCREENSHOT_LANG plus a .qm to load.
        const QString qm = qEnvironmentVariable("MAILWRIGHT_SCREENSHOT_QM");
        if (!qm.isEmpty()) {
            auto *translator = new QTranslator(this);
            QVERIFY2(translator->load(qm), qPrintable(qm));
            QCoreApplication::installTranslator(translator);
            auto *qt = new QTranslator(this);
            if (qt->load(QLocale(qEnvironmentVariable("MAILWRIGHT_SCREENSHOT_LANG")),
                    QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qt);
            QLocale::setDefault(QLocale(qEnvironmentVariable("MAILWRIGHT_SCREENSHOT_LANG")));
        }
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());

        AccountStore store;
        QVERIFY(store.load());
        Account account(*EmailAddress::parse(env("MAILWRIGHT_TB_ALICE_USER")));
        account.identity.senderName = QStringLiteral("爱丽丝 Alice");
        account.smtp = ServerSettings { Endpoint { env("MAILWRIGHT_TB_SMTP_HOST"), 587,
                                            SecurityMode::StartTls },
            env("MAILWRIGHT_TB_ALICE_USER") };
        account.pop3
            = ServerSettings { Endpoint { env("MAILWRIGHT_TB_POP_HOST"), 995, SecurityMode::Ssl },
                  env("MAILWRIGHT_TB_ALICE_USER") };
        AccountError error;
        QVERIFY2(store.add(&account, &error), qPrintable(error.message()));
        m_accountId = account.id;

        // The password goes where the application keeps it: the keyring.
        SecretStore secrets;
        QSignalSpy done(&secrets, &SecretStore::finished);
        secrets.write(SecretSlot::Smtp, m_accountId, env("MAILWRIGHT_TB_ALICE_PASS"));
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().first().value<SecretResult>().ok(),
            qPrintable(done.first().first().value<SecretResult>().error.message()));

        m_outbox = new Outbox(Outbox::defaultDir(), this);
        m_sender = new Sender(m_outbox, this);
        m_sender->accountResolver()->setCaFile(env("MAILWRIGHT_CA_FILE"));
        m_sender->setAutoRetry(false);
    }

    void cleanupTestCase()
    {
        SecretStore secrets;
        QSignalSpy done(&secrets, &SecretStore::finished);
        secrets.remove(SecretSlot::Smtp, m_accountId);
        done.wait(30000);
    }

    void addressesValidatedAsTyped()
    {
        std::unique_ptr<ComposerWindow> composer(newComposer());
        composer->show();
        QVERIFY(QTest::qWaitForWindowExposed(composer.get()));
        AddressField *to = composer->toField();
        composer->activateWindow();
        to->setFocus();
        QTRY_VERIFY(to->hasFocus());
        QTest::keyClicks(to, QStringLiteral("Bob <bob@example.test>; carol@example.test, Wang"));
        // The last entry is still being typed: not an error yet.
        QVERIFY2(to->isValid(), qPrintable(to->error()));
        to->insert(QStringLiteral(" 王五 <wang"));
        QTest::keyClicks(to, QStringLiteral("@@example.test>"));
        QVERIFY(!to->isValid());
        QVERIFY2(to->toolTip().contains(QStringLiteral("3")), qPrintable(to->toolTip()));
        QVERIFY(!to->styleSheet().isEmpty());
        to->setText(QStringLiteral("Bob <bob@example.test>; \"Doe, John\" <john@example.test>"));
        QVERIFY(to->isValid());
        QVERIFY(to->toolTip().isEmpty());
        QCOMPARE(to->mailboxes()->size(), 2);

        // Send refuses a bad field, with the specific error, and queues nothing.
        composer->ccField()->setText(QStringLiteral("not an address"));
        const int before = int(m_outbox->entries().size());
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QVERIFY(composer->errorLabel()->isVisible());
        QVERIFY2(composer->errorLabel()->text().startsWith(QStringLiteral("Cc:")),
            qPrintable(composer->errorLabel()->text()));
        QCOMPARE(int(m_outbox->entries().size()), before);
    }

    void attachmentsAndSizeWarning()
    {
        std::unique_ptr<ComposerWindow> composer(newComposer());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("大文件.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300 * 1024, 'x'));
        file.close();
        AttachmentPanel *panel = composer->attachments();
        QVERIFY(panel->addFiles({ path, dir.filePath(QStringLiteral("missing.txt")) })
                    .contains(QStringLiteral("missing.txt")));
        QCOMPARE(panel->attachments().size(), 1);
        QVERIFY2(panel->summaryText().contains(QStringLiteral("1 attachment")),
            qPrintable(panel->summaryText()));
        QVERIFY(panel->warningText().isEmpty()); // SIZE unknown: just the size
        composer->setServerSizeLimit(200 * 1024);
        QVERIFY(panel->exceedsLimit());
        QVERIFY2(panel->warningText().contains(QStringLiteral("more than")),
            qPrintable(panel->warningText()));
        composer->setServerSizeLimit(10 * 1024 * 1024);
        QVERIFY(panel->warningText().isEmpty());
    }

    // The limit the account's last verification saw follows the From account:
    // a warning above it, none below it, none when it is unknown.
    void storedSizeLimitFollowsFrom()
    {
        AccountStore store;
        QVERIFY(store.load());
        QStringList ids;
        for (const auto &[address, limit] :
            { std::pair { "small@example.test", qint64(200 * 1024) },
                std::pair { "large@example.test", qint64(1024 * 1024) } }) {
            Account account(*EmailAddress::parse(QString::fromLatin1(address)));
            account.smtp = ServerSettings {
                Endpoint { QStringLiteral("smtp.example.test"), 587, SecurityMode::StartTls }, {}
            };
            account.smtpMaxSize = limit;
            AccountError error;
            QVERIFY2(store.add(&account, &error), qPrintable(error.message()));
            ids << account.id;
        }
        auto removeAccounts = qScopeGuard([ids] {
            AccountStore cleanup;
            if (cleanup.load())
                for (const QString &id : ids)
                    cleanup.remove(id);
        });

        std::unique_ptr<ComposerWindow> composer(newComposer());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("附件.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300 * 1024, 'x'));
        file.close();
        AttachmentPanel *panel = composer->attachments();
        QVERIFY(panel->addFiles({ path }).isEmpty());

        QComboBox *from = composer->fromBox();
        from->setCurrentIndex(from->findData(ids.at(0))); // SIZE 200 KiB < 300 KiB
        QCOMPARE(panel->sizeLimit(), qint64(200 * 1024));
        QVERIFY(panel->exceedsLimit());
        QVERIFY2(panel->warningText().contains(QStringLiteral("more than")),
            qPrintable(panel->warningText()));
        from->setCurrentIndex(from->findData(ids.at(1))); // SIZE 1 MiB > 300 KiB
        QVERIFY(!panel->exceedsLimit());
        QVERIFY2(panel->warningText().isEmpty(), qPrintable(panel->warningText()));
        from->setCurrentIndex(from->findData(ids.at(0)));
        QVERIFY(panel->exceedsLimit());

        // Opened with the limited account as From: warned from the start.
        std::unique_ptr<ComposerWindow> second(new ComposerWindow(m_outbox, m_sender));
        second->setAttribute(Qt::WA_DeleteOnClose, false);
        second->setDraft({}, ids.at(0));
        QVERIFY(second->attachments()->addFiles({ path }).isEmpty());
        QVERIFY(second->attachments()->exceedsLimit());
    }

    void draftSavedOnClose()
    {
        auto *composer = newComposer();
        composer->setAttribute(Qt::WA_DeleteOnClose, true);
        composer->show();
        QVERIFY(QTest::qWaitForWindowExposed(composer));
        const QString subject = QStringLiteral("草稿 ") + token();
        composer->toField()->setText(QStringLiteral("bob@example.test, half-typed"));
        composer->subjectEdit()->setText(subject);
        composer->bodyEdit()->setPlainText(QStringLiteral("还没写完"));
        QVERIFY(composer->close());
        bool found = false;
        for (const StoredDraft &stored : DraftStore().list()) {
            if (stored.draft.subject == subject) {
                found = true;
                QCOMPARE(stored.draft.textBody, QStringLiteral("还没写完"));
                QCOMPARE(stored.draft.to.size(), 1);
                QCOMPARE(stored.accountName, m_accountId);
            }
        }
        QVERIFY2(found, "the draft must be saved when the composer closes");
    }

    void draftAutoSavedWhileTyping()
    {
        std::unique_ptr<ComposerWindow> composer(newComposer());
        composer->setAutoSaveInterval(50);
        QVERIFY(composer->draftId().isEmpty());
        const QString subject = QStringLiteral("自动保存 ") + token();
        composer->subjectEdit()->setText(subject);
        QTRY_VERIFY_WITH_TIMEOUT(!composer->draftId().isEmpty(), 5000);
        const std::optional<StoredDraft> stored = DraftStore().load(composer->draftId());
        QVERIFY(stored);
        QCOMPARE(stored->draft.subject, subject);
        // Sending takes the message out of the drafts.
        composer->toField()->setText(env("MAILWRIGHT_TB_BOB_USER"));
        QSignalSpy finished(composer.get(), &ComposerWindow::sendFinished);
        const QString draftId = composer->draftId();
        QString error;
        QVERIFY2(composer->send(&error), qPrintable(error));
        QVERIFY(!DraftStore().load(draftId));
        QVERIFY(finished.wait(60000));
    }

    void richTextSentAsHtmlAndText()
    {
        std::unique_ptr<ComposerWindow> composer(newComposer());
        composer->toField()->setText(env("MAILWRIGHT_TB_BOB_USER"));
        std::optional<MessageDraft> draft = composer->buildDraft();
        QVERIFY(draft);
        QVERIFY2(draft->htmlBody.isEmpty(), "plain text by default");
        composer->richTextBox()->setChecked(true);
        composer->bodyEdit()->setHtml(QStringLiteral("<p>普通 <b>粗体</b></p>"));
        draft = composer->buildDraft();
        QVERIFY(draft);
        QCOMPARE(draft->textBody, QStringLiteral("普通 粗体"));
        QVERIFY(draft->htmlBody.contains(QStringLiteral("粗体")));
        QVERIFY(draft->htmlBody.contains(QStringLiteral("font-weight")));
        // Back to plain text drops the formatting, keeps the words.
        composer->richTextBox()->setChecked(false);
        draft = composer->buildDraft();
        QVERIFY(draft->htmlBody.isEmpty());
        QCOMPARE(draft->textBody, QStringLiteral("普通 粗体"));
    }

    void sendAliceToBobReadBackOverPop3()
    {
        std::unique_ptr<ComposerWindow> composer(newComposer());
        composer->show();
        QVERIFY(QTest::qWaitForWindowExposed(composer.get()));
        const QString tag = token();
        const QString subject = QStringLiteral("你好，鲍勃！季度报告 ") + tag;
        QTemporaryDir dir;
        const QString attachmentName = QStringLiteral("季度报告-%1.txt").arg(tag);
        QFile file(dir.filePath(attachmentName));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("附件内容 %1\n").arg(tag).toUtf8().repeated(2000));
        file.close();

        composer->toField()->setText(
            QStringLiteral("鲍勃 <%1>").arg(env("MAILWRIGHT_TB_BOB_USER")));
        composer->subjectEdit()->setText(subject);
        composer->bodyEdit()->setPlainText(
            QStringLiteral("鲍勃你好，\n\n附件是季度报告。\n\n爱丽丝"));
        QVERIFY(composer->attachments()->addFiles({ file.fileName() }).isEmpty());

        QSignalSpy finished(composer.get(), &ComposerWindow::sendFinished);
        QSignalSpy progress(m_sender, &Sender::progress);
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QVERIFY2(!composer->errorLabel()->isVisible(), qPrintable(composer->errorLabel()->text()));
        QVERIFY(!composer->entryId().isEmpty());
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<OutboxSendResult>();
        QVERIFY2(result.delivered, qPrintable(result.error.message));
        QVERIFY(result.removed);
        QVERIFY(!m_outbox->entry(composer->entryId()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());

        QTreeWidget *results = composer->statusPanel()->results();
        QCOMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->text(0), env("MAILWRIGHT_TB_BOB_USER"));
        QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("Accepted"));
        QCOMPARE(results->topLevelItem(0)->childCount(), 0);
        QVERIFY(composer->statusPanel()->statusLabel()->text().startsWith(QStringLiteral("Sent.")));

        // Read back by an independent client, subject and file name intact.
        QByteArray raw;
        QVERIFY(QTest::qWaitFor(
            [&] {
                raw = fetchBySubject(
                    env("MAILWRIGHT_TB_BOB_USER"), env("MAILWRIGHT_TB_BOB_PASS"), tag);
                return !raw.isEmpty();
            },
            30000));
        const QJsonObject parsed = parseMessage(raw, dir.path());
        QCOMPARE(parsed.value(QStringLiteral("subject")).toString(), subject);
        QCOMPARE(parsed.value(QStringLiteral("text")).toString().trimmed(),
            QStringLiteral("鲍勃你好，\n\n附件是季度报告。\n\n爱丽丝"));
        const QJsonArray parts = parsed.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 1);
        QCOMPARE(
            parts.first().toObject().value(QStringLiteral("filename")).toString(), attachmentName);
        QCOMPARE(parsed.value(QStringLiteral("from"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("爱丽丝 Alice"));

        // Bob is now offered as a completion.
        AddressHistory history;
        QVERIFY(history.load());
        QVERIFY(!history.complete(QStringLiteral("bob")).isEmpty());
    }

    void rejectedRecipientIsShown()
    {
        std::unique_ptr<ComposerWindow> composer(newComposer());
        const QString tag = token();
        composer->toField()->setText(QStringLiteral("%1, %2").arg(
            env("MAILWRIGHT_TB_BOB_USER"), env("MAILWRIGHT_TB_REJECTED_RCPT")));
        composer->subjectEdit()->setText(QStringLiteral("部分退信 ") + tag);
        composer->bodyEdit()->setPlainText(QStringLiteral("one good, one bad"));
        QSignalSpy finished(composer.get(), &ComposerWindow::sendFinished);
        QString error;
        QVERIFY2(composer->send(&error), qPrintable(error));
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<OutboxSendResult>();
        QVERIFY(result.delivered);
        QCOMPARE(result.rejected.size(), 1);

        QTreeWidget *results = composer->statusPanel()->results();
        QCOMPARE(results->topLevelItemCount(), 2);
        QTreeWidgetItem *bad
            = results->findItems(env("MAILWRIGHT_TB_REJECTED_RCPT"), Qt::MatchExactly).value(0);
        QVERIFY(bad);
        QVERIFY2(bad->text(1).startsWith(QStringLiteral("Rejected: ")), qPrintable(bad->text(1)));
        QVERIFY2(bad->text(1).contains(QStringLiteral("does not exist")), qPrintable(bad->text(1)));
        // The server's own words, below.
        QCOMPARE(bad->childCount(), 1);
        QVERIFY2(bad->child(0)->text(0).contains(QStringLiteral("550 5.1.1")),
            qPrintable(bad->child(0)->text(0)));
        // The outbox keeps only the rejected recipient, for the user to fix.
        const std::optional<OutboxEntry> entry = m_outbox->entry(composer->entryId());
        QVERIFY(entry);
        QCOMPARE(entry->recipients, QStringList { env("MAILWRIGHT_TB_REJECTED_RCPT") });
        QCOMPARE(entry->state, OutboxEntry::State::Failed);
        QVERIFY(m_outbox->remove(entry->id));
    }

    void cancelMidSendKeepsTheMessage()
    {
        std::unique_ptr<ComposerWindow> composer(newComposer());
        composer->show();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, '\0');
        for (int i = 0; i < 24; ++i) {
            for (char &c : chunk)
                c = char(QRandomGenerator::global()->generate());
            file.write(chunk);
        }
        file.close();
        composer->toField()->setText(env("MAILWRIGHT_TB_BOB_USER"));
        composer->subjectEdit()->setText(QStringLiteral("取消 ") + token());
        composer->bodyEdit()->setPlainText(QStringLiteral("big"));
        QVERIFY(composer->attachments()->addFiles({ path }).isEmpty());
        QSignalSpy finished(composer.get(), &ComposerWindow::sendFinished);
        // Cancel as soon as the body is on its way (and not yet all sent).
        bool cancelled = false;
        connect(m_sender, &Sender::progress, composer.get(),
            [&](const QString &id, qint64 sent, qint64 total) {
                if (!cancelled && id == composer->entryId() && sent > 0 && sent < total) {
                    cancelled = true;
                    QTest::mouseClick(composer->statusPanel()->cancelButton(), Qt::LeftButton);
                }
            });
        QString error;
        QVERIFY2(composer->send(&error), qPrintable(error));
        const QString id = composer->entryId();
        QVERIFY(finished.wait(60000));
        QVERIFY2(cancelled, "no progress was reported mid-body");
        const auto result = finished.first().first().value<OutboxSendResult>();
        QVERIFY(!result.delivered);
        QCOMPARE(result.error.kind, FailureKind::Cancelled);
        const std::optional<OutboxEntry> entry = m_outbox->entry(id);
        QVERIFY2(entry, "a cancelled message stays in the outbox");
        QVERIFY(entry->state != OutboxEntry::State::Sending);
        QVERIFY(m_outbox->openMessage(id));
        QVERIFY2(composer->statusPanel()->statusLabel()->text().contains(
                     QStringLiteral("stays in the outbox")),
            qPrintable(composer->statusPanel()->statusLabel()->text()));
    }

    // Tools → Test account: the Verifier against the testbed, step by step,
    // with the password from the keyring; success marks the account verified.
    void testAccountShowsSteps()
    {
        AccountStore store;
        QVERIFY(store.load());
        const std::optional<Account> account = store.byId(m_accountId);
        QVERIFY(account);
        TestAccountDialog dialog(*account);
        QSignalSpy tested(&dialog, &TestAccountDialog::tested);
        dialog.show();
        dialog.start();
        QVERIFY(tested.wait(60000));
        QVERIFY2(tested.first().at(1).toBool(), qPrintable(tested.first().at(2).toString()));
        QTreeWidget *steps = dialog.steps();
        QCOMPARE(steps->topLevelItemCount(), 2); // SMTP and POP3
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem *server = steps->topLevelItem(i);
            QVERIFY(server->childCount() >= 4);
            bool loggedIn = false;
            for (int j = 0; j < server->childCount(); ++j) {
                QCOMPARE(server->child(j)->text(1), QStringLiteral("OK"));
                loggedIn = loggedIn || server->child(j)->text(0) == QStringLiteral("Log in");
            }
            QVERIFY2(loggedIn, qPrintable(server->text(0)));
        }
        QVERIFY(store.load());
        QVERIFY(store.byId(m_accountId)->verified.isValid());
        // Postfix's real SIZE (message_size_limit in scripts/testbed's main.cf).
        QCOMPARE(store.byId(m_accountId)->smtpMaxSize, qint64(52428800));
    }

    // Not a check: renders the README/docs screenshots when asked to.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("MAILWRIGHT_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("MAILWRIGHT_SCREENSHOT_DIR is not set");
        const QString lang
            = qEnvironmentVariable("MAILWRIGHT_SCREENSHOT_LANG", QStringLiteral("en"));
        auto save = [&](QWidget *widget, const char *name) {
            const QString path = QStringLiteral("%1/%2-%3.png").arg(out, QLatin1String(name), lang);
            QVERIFY2(widget->grab().save(path), qPrintable(path));
        };
        {
            AccountStore store;
            QVERIFY(store.load());
            Account account = *store.byId(m_accountId);
            account.verified = QDateTime::currentDateTimeUtc();
            QVERIFY(store.update(account));
        }
        // Something in the outbox: a message the server refused.
        {
            std::unique_ptr<ComposerWindow> composer(newComposer());
            composer->toField()->setText(env("MAILWRIGHT_TB_REJECTED_RCPT"));
            composer->subjectEdit()->setText(QStringLiteral("会议纪要"));
            composer->bodyEdit()->setPlainText(QStringLiteral("..."));
            QSignalSpy finished(composer.get(), &ComposerWindow::sendFinished);
            QVERIFY(composer->send());
            QVERIFY(finished.wait(60000));
        }
        MainWindow window;
        window.resize(1000, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *outboxList = window.findChild<QTreeWidget *>(QStringLiteral("outboxList"));
        if (outboxList->topLevelItemCount() > 0)
            outboxList->topLevelItem(0)->setSelected(true);
        QTest::qWait(200);
        save(&window, "main-window");

        QTemporaryDir dir;
        const QString attachment = dir.filePath(QStringLiteral("第三季度报告.pdf"));
        QFile file(attachment);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, '\0');
        for (int i = 0; i < 12; ++i) {
            for (char &c : chunk)
                c = char(QRandomGenerator::global()->generate());
            file.write(chunk);
        }
        file.close();
        ComposerWindow *composer = window.compose();
        composer->setAttribute(Qt::WA_DeleteOnClose, false);
        composer->resize(780, 640);
        composer->toField()->setText(
            QStringLiteral("鲍勃 <%1>, %2")
                .arg(env("MAILWRIGHT_TB_BOB_USER"), env("MAILWRIGHT_TB_REJECTED_RCPT")));
        composer->ccField()->setText(
            QStringLiteral("卡罗尔 <%1>").arg(env("MAILWRIGHT_TB_CAROL_USER")));
        composer->subjectEdit()->setText(QStringLiteral("第三季度报告（终稿）"));
        composer->bodyEdit()->setPlainText(QStringLiteral(
            "鲍勃、卡罗尔：\n\n你们好！附件是第三季度报告的终稿，请在周五之前审阅。\n"
            "如有问题，欢迎随时联系我。\n\n祝好，\n爱丽丝"));
        QVERIFY(composer->attachments()->addFiles({ attachment }).isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(composer));
        QTest::qWait(200);
        save(composer, "composer");

        bool grabbed = false;
        connect(window.sender(), &Sender::progress, composer,
            [&](const QString &, qint64 sent, qint64 total) {
                if (!grabbed && sent * 10 >= total * 4) {
                    grabbed = true;
                    save(composer, "send-progress");
                }
            });
        QSignalSpy finished(composer, &ComposerWindow::sendFinished);
        QVERIFY(composer->send());
        QVERIFY(finished.wait(60000));
        QVERIFY(grabbed);
        QTest::qWait(200);
        save(composer, "send-result");
        delete composer;
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
