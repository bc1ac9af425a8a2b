// The account-setup wizard driven like a user would, against the testbed's
// real servers, DNS and gnome-keyring. Runs inside `scripts/testbed exec`.
//
// With MAILWRIGHT_SCREENSHOT_DIR set, screenshots() also grabs every page
// (and MAILWRIGHT_SCREENSHOT_QM names a .qm to load, for zh_CN).

#include "TestbedEnv.h"
#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "wizard/AccountWizard.h"
#include "wizard/CertificateDialog.h"
#include "wizard/DetectPage.h"
#include "wizard/DonePage.h"
#include "wizard/ServerBox.h"
#include "wizard/SettingsPage.h"
#include "wizard/VerifyPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace mw;
using namespace mw::test;

// A helper below failed (QTRY_*/QVERIFY return from the helper only): stop the test.
#define HELPER(call)                                                                               \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

AccountWizardOptions testOptions(int discoveryDeadlineMs = 3000)
{
    AccountWizardOptions options
        = AccountWizardOptions::defaults(); // MAILWRIGHT_CA_FILE, like the app
    options.discovery.ispdbBaseUrl = QUrl(env("MAILWRIGHT_TB_ISPDB_BASE_URL"));
    options.discovery.deadlineMs = discoveryDeadlineMs;
    // Dovecot keeps a 1 s delay after each failed login; other tests fail logins too.
    options.verifyDeadlineMs = 45000;
    return options;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// The secret stored for an account, read back through SecretStore.
SecretResult readSecret(SecretSlot slot, const QString &id)
{
    SecretStore store;
    QSignalSpy finished(&store, &SecretStore::finished);
    store.read(slot, id);
    if (!finished.wait(30000))
        qFatal("the keychain did not answer");
    return finished.first().first().value<SecretResult>();
}

void removeSecrets(const QString &id)
{
    SecretStore store;
    QSignalSpy finished(&store, &SecretStore::finished);
    store.remove(SecretSlot::Smtp, id);
    store.remove(SecretSlot::Pop3, id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
}

QTreeWidgetItem *stepItem(QTreeWidget *steps, int server, const QString &name)
{
    QTreeWidgetItem *top = steps->topLevelItem(server);
    for (int i = 0; top && i < top->childCount(); ++i) {
        if (top->child(i)->data(0, Qt::UserRole).toString() == name)
            return top->child(i);
    }
    return nullptr;
}

} // namespace

class TestWizard : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<AccountWizard> m_wizard;

    QAbstractButton *next() const { return m_wizard->button(QWizard::NextButton); }

    // Page 1 by keyboard only: name, Tab, address, Tab, password, Enter.
    void typeIdentity(const QString &email, const QString &password)
    {
        QCOMPARE(m_wizard->currentId(), int(AccountWizard::IdentityPageId));
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Alice Example"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("emailEdit"));
        QTest::keyClicks(QApplication::focusWidget(), email);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordEdit"));
        QTest::keyClicks(QApplication::focusWidget(), password);
        QVERIFY(next()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    void fillIdentity(const QString &email, const QString &password, bool remember = true)
    {
        child<QLineEdit>(m_wizard.get(), "nameEdit")->setText(QStringLiteral("Alice Example"));
        child<QLineEdit>(m_wizard.get(), "emailEdit")->setText(email);
        child<QLineEdit>(m_wizard.get(), "passwordEdit")->setText(password);
        child<QCheckBox>(m_wizard.get(), "rememberPassword")->setChecked(remember);
        QVERIFY(next()->isEnabled());
        next()->click();
    }

    void waitForPage(AccountWizard::PageId id, int ms = 15000)
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(id), ms);
    }

    VerifyPage *verifyPage() const { return child<VerifyPage>(m_wizard.get(), "verifyPage"); }

    void waitForVerification() { QTRY_VERIFY_WITH_TIMEOUT(!verifyPage()->isRunning(), 60000); }

    void finish(QSignalSpy *saved)
    {
        HELPER(waitForPage(AccountWizard::DonePageId));
        m_wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(saved->size() == 1,
            qPrintable(child<QLabel>(m_wizard.get(), "saveError")->text()), 30000);
        QTRY_VERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    }

    std::optional<Account> savedAccount(const QString &name)
    {
        const QString path = m_config->path() + QStringLiteral("/mailwright/accounts.ini");
        if (!QFile::exists(path))
            return std::nullopt;
        AccountStore store(path);
        if (!store.load())
            return std::nullopt;
        return store.find(name);
    }

private slots:
    void initTestCase()
    {
        env("MAILWRIGHT_TESTBED_NS");
        QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
    }

    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config->path()));
        QCOMPARE(AccountStore::defaultPath(),
            m_config->path() + QStringLiteral("/mailwright/accounts.ini"));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_config.reset();
    }

    void aliceDetectedVerifiedAndSaved()
    {
        m_wizard = std::make_unique<AccountWizard>(testOptions());
        QSignalSpy saved(m_wizard.get(), &AccountWizard::accountSaved);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        HELPER(typeIdentity(env("MAILWRIGHT_TB_ALICE_USER"), env("MAILWRIGHT_TB_ALICE_PASS")));

        // Detection runs and moves on by itself.
        HELPER(waitForPage(AccountWizard::SettingsPageId));
        const WizardState &state = m_wizard->state();
        QCOMPARE(state.discovery.status, DiscoveryResult::Status::Found);
        auto *settings = child<SettingsPage>(m_wizard.get(), "settingsPage");
        QCOMPARE(settings->smtpBox()->hostEdit()->text(), QStringLiteral("smtp.example.test"));
        QCOMPARE(settings->pop3Box()->hostEdit()->text(), QStringLiteral("pop.example.test"));
        QCOMPARE(settings->smtpBox()->userEdit()->text(), env("MAILWRIGHT_TB_ALICE_USER"));
        auto *confirm = child<QCheckBox>(m_wizard.get(), "confirmSettings");
        if (state.discovery.trust != Trust::Trusted) {
            QVERIFY(confirm->isVisible());
            QVERIFY(!next()->isEnabled());
            confirm->setChecked(true);
        }
        QVERIFY(next()->isEnabled());
        next()->click();

        HELPER(waitForPage(AccountWizard::VerifyPageId));
        HELPER(waitForVerification());
        QVERIFY2(verifyPage()->report().ok(),
            qPrintable(child<QLabel>(m_wizard.get(), "failureText")->text()));
        auto *steps = child<QTreeWidget>(m_wizard.get(), "stepList");
        for (const char *step : { "dns", "tcp", "tls", "greeting", "auth" }) {
            QVERIFY2(stepItem(steps, 0, QLatin1String(step)), step);
            QVERIFY2(stepItem(steps, 1, QLatin1String(step)), step);
        }
        QVERIFY(stepItem(steps, 1, QStringLiteral("mailbox")));
        QVERIFY(!child<QPlainTextEdit>(m_wizard.get(), "protocolLog")->toPlainText().isEmpty());
        QVERIFY(!child<QPlainTextEdit>(m_wizard.get(), "protocolLog")
                     ->toPlainText()
                     .contains(env("MAILWRIGHT_TB_ALICE_PASS")));
        QVERIFY(next()->isEnabled());
        next()->click();

        HELPER(finish(&saved));
        QCOMPARE(saved.first().first().toString(), env("MAILWRIGHT_TB_ALICE_USER"));

        const auto account = savedAccount(env("MAILWRIGHT_TB_ALICE_USER"));
        QVERIFY(account);
        QVERIFY(account->smtp && account->pop3);
        QCOMPARE(account->smtp->endpoint.host, QStringLiteral("smtp.example.test"));
        QCOMPARE(account->identity.senderName, QStringLiteral("Alice Example"));
        QVERIFY(account->verified.isValid());
        // Postfix's SIZE (message_size_limit in scripts/testbed's main.cf).
        QCOMPARE(account->smtpMaxSize, qint64(52428800));
        QVERIFY(account->discoverySource != QLatin1String("manual"));
        for (SecretSlot slot : { SecretSlot::Smtp, SecretSlot::Pop3 }) {
            const SecretResult secret = readSecret(slot, account->id);
            QVERIFY2(secret.ok(), qPrintable(secret.error.message()));
            QCOMPARE(secret.secret, env("MAILWRIGHT_TB_ALICE_PASS"));
        }
        removeSecrets(account->id);
    }

    void wrongPasswordShownAtAuthWithHint()
    {
        m_wizard = std::make_unique<AccountWizard>(testOptions());
        m_wizard->show();
        HELPER(fillIdentity(env("MAILWRIGHT_TB_ALICE_USER"), QStringLiteral("not-the-password")));
        HELPER(waitForPage(AccountWizard::SettingsPageId));
        auto *confirm = child<QCheckBox>(m_wizard.get(), "confirmSettings");
        if (confirm->isVisible())
            confirm->setChecked(true);
        next()->click();
        HELPER(waitForPage(AccountWizard::VerifyPageId));
        HELPER(waitForVerification());

        const VerifyReport &report = verifyPage()->report();
        QVERIFY(!report.ok());
        QVERIFY(!next()->isEnabled());
        const VerifyStep *failed = report.smtp.failedStep();
        QVERIFY(failed);
        QCOMPARE(verifyStepName(failed->name), QStringLiteral("auth"));
        QVERIFY(!failed->hint.isEmpty());
        auto *steps = child<QTreeWidget>(m_wizard.get(), "stepList");
        QTreeWidgetItem *auth = stepItem(steps, 0, QStringLiteral("auth"));
        QVERIFY(auth);
        QVERIFY(!auth->data(1, Qt::UserRole).toBool());
        auto *failure = child<QLabel>(m_wizard.get(), "failureText");
        QVERIFY(failure->isVisible());
        QVERIFY2(
            failure->text().contains(failed->hint.toHtmlEscaped()), qPrintable(failure->text()));
        QVERIFY(failure->text().contains(QStringLiteral("(auth)")));
        QVERIFY(failure->text().contains(QString::number(failed->code)));

        // Back to settings, then the retry path from the verify page.
        child<QPushButton>(m_wizard.get(), "backToSettings")->click();
        QCOMPARE(m_wizard->currentId(), int(AccountWizard::SettingsPageId));
        m_wizard->reject();
        QVERIFY(!savedAccount(env("MAILWRIGHT_TB_ALICE_USER")));
    }

    void badCertificateDialogThenPinThenSuccess()
    {
        m_wizard = std::make_unique<AccountWizard>(testOptions());
        QSignalSpy saved(m_wizard.get(), &AccountWizard::accountSaved);
        m_wizard->show();
        HELPER(fillIdentity(
            QStringLiteral("alice@badcert.test"), env("MAILWRIGHT_TB_ALICE_PASS"), false));
        QTRY_COMPARE(m_wizard->currentId(), int(AccountWizard::DetectPageId));
        child<QPushButton>(m_wizard.get(), "manualButton")->click();
        HELPER(waitForPage(AccountWizard::SettingsPageId));
        auto *settings = child<SettingsPage>(m_wizard.get(), "settingsPage");
        QCOMPARE(settings->smtpBox()->hostEdit()->text(), QStringLiteral("smtp.badcert.test"));
        QCOMPARE(settings->pop3Box()->hostEdit()->text(), QStringLiteral("pop.badcert.test"));
        for (ServerBox *box : { settings->smtpBox(), settings->pop3Box() }) {
            box->userEdit()->clear();
            QTest::keyClicks(box->userEdit(), env("MAILWRIGHT_TB_ALICE_USER"));
        }
        QVERIFY(next()->isEnabled());

        // First "Go back (recommended)": back on the settings, nothing trusted.
        next()->click();
        HELPER(waitForPage(AccountWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(verifyPage()->certificateDialog(), 60000);
        CertificateDialog *dialog = verifyPage()->certificateDialog();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->goBackButton()->isDefault());
        QCOMPARE(dialog->servers().size(), 2); // the same certificate on both
        QCOMPARE(dialog->certificate().sha256.size(), 32);
        QCOMPARE(
            child<QLabel>(dialog, "sha256")->text().replace(QLatin1Char('\n'), QLatin1Char(':')),
            dialog->certificate().sha256Hex());
        QVERIFY(child<QLabel>(dialog, "servers")
                    ->text()
                    .contains(QStringLiteral("smtp.badcert.test:465")));
        QVERIFY(!child<QLabel>(dialog, "problems")->text().isEmpty());
        dialog->goBackButton()->click();
        QCOMPARE(m_wizard->currentId(), int(AccountWizard::SettingsPageId));
        QVERIFY(m_wizard->state().pins.isEmpty());

        // Then trust it: pinned, verified again, and it works.
        next()->click();
        QTRY_VERIFY_WITH_TIMEOUT(verifyPage()->certificateDialog(), 60000);
        const QByteArray sha256 = verifyPage()->certificateDialog()->certificate().sha256;
        verifyPage()->certificateDialog()->trustButton()->click();
        QCOMPARE(m_wizard->state().pins.size(), 2);
        QVERIFY(verifyPage()->isRunning());
        HELPER(waitForVerification());
        QVERIFY2(verifyPage()->report().ok(),
            qPrintable(child<QLabel>(m_wizard.get(), "failureText")->text()));
        next()->click();
        HELPER(finish(&saved));

        AccountStore store(AccountStore::defaultPath());
        QVERIFY(store.load());
        const auto account = store.find(QStringLiteral("alice@badcert.test"));
        QVERIFY(account);
        QCOMPARE(account->discoverySource, QStringLiteral("manual"));
        const QList<CertificatePin> pins = store.pins(account->id);
        QCOMPARE(pins.size(), 2);
        for (const CertificatePin &pin : pins)
            QCOMPARE(pin.sha256, sha256);
        QVERIFY(
            store.pins(account->id).constFirst().appliesTo(QStringLiteral("smtp.badcert.test"), 465)
            || store.pins(account->id)
                   .constLast()
                   .appliesTo(QStringLiteral("smtp.badcert.test"), 465));
        // Not remembered: nothing in the keychain.
        QCOMPARE(readSecret(SecretSlot::Smtp, account->id).error.code, SecretError::Code::NotFound);
    }

    void manualSetup()
    {
        m_wizard = std::make_unique<AccountWizard>(testOptions());
        QSignalSpy saved(m_wizard.get(), &AccountWizard::accountSaved);
        m_wizard->show();
        HELPER(fillIdentity(env("MAILWRIGHT_TB_BOB_USER"), env("MAILWRIGHT_TB_BOB_PASS"), false));
        QTRY_COMPARE(m_wizard->currentId(), int(AccountWizard::DetectPageId));
        child<QPushButton>(m_wizard.get(), "manualButton")->click();
        HELPER(waitForPage(AccountWizard::SettingsPageId));
        QVERIFY(m_wizard->state().manual);
        QVERIFY(!child<DetectPage>(m_wizard.get(), "detectPage")->isRunning());
        auto *settings = child<SettingsPage>(m_wizard.get(), "settingsPage");
        ServerBox *smtp = settings->smtpBox();
        // STARTTLS on submission: the port follows the security choice.
        smtp->securityEdit()->setCurrentIndex(
            smtp->securityEdit()->findData(int(SecurityMode::StartTls)));
        QCOMPARE(smtp->portEdit()->value(), 587);
        QVERIFY(!child<QCheckBox>(m_wizard.get(), "confirmSettings")->isVisible());
        // No encryption: red warning and "I understand" before Next.
        ServerBox *pop3 = settings->pop3Box();
        pop3->securityEdit()->setCurrentIndex(
            pop3->securityEdit()->findData(int(SecurityMode::Plain)));
        QCOMPARE(pop3->portEdit()->value(), 110);
        QVERIFY(child<QLabel>(m_wizard.get(), "plainWarning")->isVisible());
        QVERIFY(!next()->isEnabled());
        pop3->securityEdit()->setCurrentIndex(
            pop3->securityEdit()->findData(int(SecurityMode::Ssl)));
        QCOMPARE(pop3->portEdit()->value(), 995);
        QVERIFY(!child<QLabel>(m_wizard.get(), "plainWarning")->isVisible());
        QVERIFY(next()->isEnabled());
        next()->click();
        HELPER(waitForPage(AccountWizard::VerifyPageId));
        HELPER(waitForVerification());
        QVERIFY2(verifyPage()->report().ok(),
            qPrintable(child<QLabel>(m_wizard.get(), "failureText")->text()));
        next()->click();
        HELPER(waitForPage(AccountWizard::DonePageId));

        // The optional test message goes through the SMTP engine with these settings.
        auto *done = child<DonePage>(m_wizard.get(), "donePage");
        QSignalSpy tested(done, &DonePage::testMessageFinished);
        done->testButton()->click();
        QVERIFY(!done->testButton()->isEnabled());
        QVERIFY(tested.wait(60000));
        QVERIFY2(
            tested.first().first().toBool(), qPrintable(child<QLabel>(done, "testStatus")->text()));
        QVERIFY(done->testButton()->isEnabled());

        HELPER(finish(&saved));
        const auto account = savedAccount(env("MAILWRIGHT_TB_BOB_USER"));
        QVERIFY(account);
        QCOMPARE(account->discoverySource, QStringLiteral("manual"));
        QCOMPARE(
            account->smtp->endpoint.toString(), QStringLiteral("smtp.example.test:587/starttls"));
        QCOMPARE(account->pop3->endpoint.toString(), QStringLiteral("pop.example.test:995/ssl"));
    }

    void settingsEditsSurviveBackAndNext()
    {
        // Edits on the settings page survive Back to the detection page and
        // Next again; a new detection (after Back to the first page) replaces
        // them with what it finds.
        m_wizard = std::make_unique<AccountWizard>(testOptions());
        m_wizard->show();
        HELPER(fillIdentity(env("MAILWRIGHT_TB_ALICE_USER"), env("MAILWRIGHT_TB_ALICE_PASS")));
        HELPER(waitForPage(AccountWizard::SettingsPageId));
        auto *settings = child<SettingsPage>(m_wizard.get(), "settingsPage");
        ServerBox *smtp = settings->smtpBox();
        const QString detectedHost = smtp->hostEdit()->text();
        const int detectedPort = smtp->portEdit()->value();
        QVERIFY(!detectedHost.isEmpty());
        smtp->hostEdit()->setText(QStringLiteral("mail.example.test"));
        smtp->portEdit()->setValue(2525);
        settings->pop3Box()->userEdit()->setText(QStringLiteral("alice-pop"));

        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(AccountWizard::DetectPageId));
        QTRY_VERIFY(next()->isEnabled());
        next()->click();
        HELPER(waitForPage(AccountWizard::SettingsPageId));
        QCOMPARE(smtp->hostEdit()->text(), QStringLiteral("mail.example.test"));
        QCOMPARE(smtp->portEdit()->value(), 2525);
        QCOMPARE(settings->pop3Box()->userEdit()->text(), QStringLiteral("alice-pop"));

        m_wizard->back();
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(AccountWizard::IdentityPageId));
        next()->click();
        HELPER(waitForPage(AccountWizard::SettingsPageId));
        QCOMPARE(smtp->hostEdit()->text(), detectedHost);
        QCOMPARE(smtp->portEdit()->value(), detectedPort);
    }

    void cancelDuringDetection()
    {
        m_wizard = std::make_unique<AccountWizard>(testOptions(20000));
        QSignalSpy saved(m_wizard.get(), &AccountWizard::accountSaved);
        m_wizard->show();
        HELPER(fillIdentity(QStringLiteral("alice@blackhole.test"), QStringLiteral("x")));
        QCOMPARE(m_wizard->currentId(), int(AccountWizard::DetectPageId));
        auto *detect = child<DetectPage>(m_wizard.get(), "detectPage");
        QTest::qWait(1500);
        QVERIFY(detect->isRunning()); // the blackhole never answers
        QElapsedTimer clock;
        clock.start();
        m_wizard->button(QWizard::CancelButton)->click();
        QVERIFY(!detect->isRunning());
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
        QVERIFY(clock.elapsed() < 500);
        QTest::qWait(500); // nothing arrives later
        QVERIFY(!detect->isRunning());
        QVERIFY(!m_wizard->isVisible());
        QVERIFY(saved.isEmpty());
        QVERIFY(m_wizard->state().password.isEmpty());
        QVERIFY(!QFile::exists(AccountStore::defaultPath()));
    }

    void stopAndUseWhatWasFound()
    {
        m_wizard = std::make_unique<AccountWizard>(testOptions(20000));
        m_wizard->show();
        HELPER(fillIdentity(QStringLiteral("alice@blackhole.test"), QStringLiteral("x")));
        auto *detect = child<DetectPage>(m_wizard.get(), "detectPage");
        QTest::qWait(1500);
        QVERIFY(detect->isRunning());
        QVERIFY(!next()->isEnabled());
        child<QPushButton>(m_wizard.get(), "stopButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!detect->isRunning(), 1000);
        // Nothing was found: the page says so and Next leads to a manual setup.
        QCOMPARE(m_wizard->currentId(), int(AccountWizard::DetectPageId));
        QVERIFY(m_wizard->state().discovery.timedOut);
        QVERIFY(child<QLabel>(m_wizard.get(), "detectStatus")
                    ->text()
                    .contains(QStringLiteral("blackhole.test")));
        QVERIFY(next()->isEnabled());
        next()->click();
        QCOMPARE(m_wizard->currentId(), int(AccountWizard::SettingsPageId));
        QVERIFY(m_wizard->state().manual);
        auto *settings = child<SettingsPage>(m_wizard.get(), "settingsPage");
        QCOMPARE(settings->smtpBox()->hostEdit()->text(), QStringLiteral("smtp.blackhole.test"));
        m_wizard->reject();
    }

    void cancelDuringVerification()
    {
        m_wizard = std::make_unique<AccountWizard>(testOptions());
        m_wizard->show();
        HELPER(fillIdentity(QStringLiteral("alice@blackhole.test"), QStringLiteral("x")));
        child<QPushButton>(m_wizard.get(), "manualButton")->click();
        HELPER(waitForPage(AccountWizard::SettingsPageId));
        next()->click();
        QCOMPARE(m_wizard->currentId(), int(AccountWizard::VerifyPageId));
        QTest::qWait(1000);
        QVERIFY(verifyPage()->isRunning()); // connected, and the server never greets
        m_wizard->button(QWizard::CancelButton)->click();
        QVERIFY(!verifyPage()->isRunning());
        QVERIFY(!m_wizard->isVisible());
        QVERIFY(child<QLineEdit>(m_wizard.get(), "passwordEdit")->text().isEmpty());
        QTest::qWait(300);
        QVERIFY(!verifyPage()->isRunning());
        QVERIFY(child<QLabel>(m_wizard.get(), "failureText")->text().isEmpty());
    }

    void untrustedSourceNeedsConfirmation()
    {
        m_wizard = std::make_unique<AccountWizard>(testOptions());
        m_wizard->show();
        HELPER(fillIdentity(QStringLiteral("alice@guess.test"), QStringLiteral("x")));
        HELPER(waitForPage(AccountWizard::SettingsPageId));
        const WizardState &state = m_wizard->state();
        QCOMPARE(state.discovery.source, ConfigSource::Guess);
        QCOMPARE(state.discovery.trust, Trust::NeedsConfirmation);
        auto *confirm = child<QCheckBox>(m_wizard.get(), "confirmSettings");
        auto *text = child<QLabel>(m_wizard.get(), "confirmText");
        QVERIFY(confirm->isVisible());
        QVERIFY(text->text().contains(QStringLiteral("smtp.guess.test")));
        QVERIFY(child<QLabel>(m_wizard.get(), "smtpOrigin")
                    ->text()
                    .contains(QStringLiteral("not confirmed")));
        QVERIFY(!next()->isEnabled());
        confirm->setChecked(true);
        QVERIFY(next()->isEnabled());
        confirm->setChecked(false);
        QVERIFY(!next()->isEnabled());
        // Typing the host yourself makes it your own choice: nothing to confirm.
        auto *settings = child<SettingsPage>(m_wizard.get(), "settingsPage");
        for (ServerBox *box : { settings->smtpBox(), settings->pop3Box() }) {
            box->hostEdit()->setFocus();
            QTest::keyClick(box->hostEdit(), Qt::Key_End);
            QTest::keyClick(box->hostEdit(), Qt::Key_Backspace);
            QTest::keyClick(box->hostEdit(), Qt::Key_T);
        }
        QVERIFY(!confirm->isVisible());
        QVERIFY(next()->isEnabled());
        m_wizard->reject();
    }

    void providerCardForAuthorizationCode()
    {
        m_wizard = std::make_unique<AccountWizard>(testOptions());
        m_wizard->show();
        auto *label = child<QLabel>(m_wizard.get(), "passwordLabel");
        const QString plain = label->text();
        auto *email = child<QLineEdit>(m_wizard.get(), "emailEdit");
        auto *card = child<QWidget>(m_wizard.get(), "providerCard");
        QTest::keyClicks(email, QStringLiteral("someone@qq.com"));
        QVERIFY(card->isVisible());
        QVERIFY(label->text() != plain);
        QVERIFY(child<QLabel>(m_wizard.get(), "providerLink")
                    ->text()
                    .contains(QStringLiteral("https://mail.qq.com/")));
        QVERIFY(!child<QLabel>(m_wizard.get(), "providerSteps")->text().isEmpty());
        // IDN addresses are fine; nonsense gets a specific message.
        email->setText(QStringLiteral("用户@例子.测试"));
        QVERIFY(!child<QLabel>(m_wizard.get(), "emailError")->isVisible());
        QVERIFY(!card->isVisible());
        QCOMPARE(label->text(), plain);
        email->setText(QStringLiteral("alice@@example"));
        auto *error = child<QLabel>(m_wizard.get(), "emailError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().size() > 30);
        child<QLineEdit>(m_wizard.get(), "passwordEdit")->setText(QStringLiteral("x"));
        QVERIFY(!next()->isEnabled());
    }

    void screenshots();
};

// Every page, for docs/screenshots (not a check; skipped unless asked).
void TestWizard::screenshots()
{
    const QString dir = qEnvironmentVariable("MAILWRIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set MAILWRIGHT_SCREENSHOT_DIR to take screenshots");
    const QString lang = qEnvironmentVariable("MAILWRIGHT_SCREENSHOT_LANG", QStringLiteral("en"));
    QTranslator translator;
    const QString qm = qEnvironmentVariable("MAILWRIGHT_SCREENSHOT_QM");
    if (!qm.isEmpty()) {
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
    }
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QLocale::setDefault(QLocale(lang));
    auto shoot = [&](QWidget *widget, const char *page) {
        QTest::qWait(300);
        const QString path
            = QStringLiteral("%1/wizard-%2-%3.png").arg(dir, QLatin1String(page), lang);
        QVERIFY(widget->grab().save(path));
    };

    m_wizard = std::make_unique<AccountWizard>(testOptions(8000));
    m_wizard->resize(680, 600);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    child<QLineEdit>(m_wizard.get(), "nameEdit")->setText(QStringLiteral("Alice"));
    QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "emailEdit"), QStringLiteral("alice@qq.com"));
    child<QLineEdit>(m_wizard.get(), "passwordEdit")->setText(QStringLiteral("abcdefghijklmnop"));
    shoot(m_wizard.get(), "identity");

    // Detecting: the blackhole keeps the sources busy.
    child<QLineEdit>(m_wizard.get(), "emailEdit")->setText(QStringLiteral("alice@blackhole.test"));
    next()->click();
    QTest::qWait(2200);
    shoot(m_wizard.get(), "detecting");
    m_wizard->back();

    child<QLineEdit>(m_wizard.get(), "emailEdit")->setText(env("MAILWRIGHT_TB_ALICE_USER"));
    next()->click();
    HELPER(waitForPage(AccountWizard::SettingsPageId));
    shoot(m_wizard.get(), "settings");
    child<QCheckBox>(m_wizard.get(), "confirmSettings")->setChecked(true);
    child<QLineEdit>(m_wizard.get(), "passwordEdit")->setText(QStringLiteral("wrong"));
    m_wizard->state().password = QStringLiteral("wrong");
    next()->click();
    HELPER(waitForPage(AccountWizard::VerifyPageId));
    HELPER(waitForVerification());
    shoot(m_wizard.get(), "verifying-failed");
    m_wizard->state().password = env("MAILWRIGHT_TB_ALICE_PASS");
    child<QPushButton>(m_wizard.get(), "retryButton")->click();
    HELPER(waitForVerification());
    QVERIFY(verifyPage()->report().ok());
    child<QAbstractButton>(m_wizard.get(), "logToggle")->click();
    shoot(m_wizard.get(), "verifying");
    next()->click();
    HELPER(waitForPage(AccountWizard::DonePageId));
    shoot(m_wizard.get(), "done");
    m_wizard->reject();

    // The certificate dialog.
    m_wizard = std::make_unique<AccountWizard>(testOptions());
    m_wizard->show();
    HELPER(
        fillIdentity(QStringLiteral("alice@badcert.test"), env("MAILWRIGHT_TB_ALICE_PASS"), false));
    child<QPushButton>(m_wizard.get(), "manualButton")->click();
    HELPER(waitForPage(AccountWizard::SettingsPageId));
    next()->click();
    QTRY_VERIFY_WITH_TIMEOUT(verifyPage()->certificateDialog(), 60000);
    QTest::qWait(300);
    shoot(verifyPage()->certificateDialog(), "certificate");
    m_wizard->reject();
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&qtTranslator);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
