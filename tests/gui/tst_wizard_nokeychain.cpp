// The wizard when no keychain is reachable (no D-Bus session bus): Finish with
// "save the password" refuses with a clear message and writes nothing; there
// is no plaintext fallback. Without the password the account is saved.
// Runs inside `scripts/testbed exec` (the servers), with the bus taken away
// by the test's environment (tests/gui/CMakeLists.txt).

#include "TestbedEnv.h"
#include "account/AccountStore.h"
#include "account/SecretError.h"
#include "wizard/AccountWizard.h"
#include "wizard/DonePage.h"
#include "wizard/VerifyPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;
using namespace mw::test;

class TestWizardNoKeychain : public QObject {
    Q_OBJECT
private slots:
    void noKeychainIsAClearErrorNeverAFallback()
    {
        env("MAILWRIGHT_TESTBED_NS");
        QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));

        AccountWizardOptions options = AccountWizardOptions::defaults();
        options.verifyDeadlineMs = 45000;
        options.secretTimeoutMs = 5000;
        AccountWizard wizard(options);
        QSignalSpy saved(&wizard, &AccountWizard::accountSaved);
        wizard.show();
        const QString password = env("MAILWRIGHT_TB_CAROL_PASS");
        wizard.findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(env("MAILWRIGHT_TB_CAROL_USER"));
        wizard.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(AccountWizard::DetectPageId));
        wizard.findChild<QPushButton *>(QStringLiteral("manualButton"))->click();
        QCOMPARE(wizard.currentId(), int(AccountWizard::SettingsPageId));
        wizard.button(QWizard::NextButton)->click();
        auto *verify = wizard.findChild<VerifyPage *>(QStringLiteral("verifyPage"));
        QTRY_VERIFY_WITH_TIMEOUT(!verify->isRunning(), 60000);
        QVERIFY2(verify->report().ok(),
            qPrintable(wizard.findChild<QLabel *>(QStringLiteral("failureText"))->text()));
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(AccountWizard::DonePageId));

        auto *remember = wizard.findChild<QCheckBox *>(QStringLiteral("rememberOnSave"));
        QVERIFY(remember->isChecked());
        auto *done = wizard.findChild<DonePage *>(QStringLiteral("donePage"));
        wizard.button(QWizard::FinishButton)->click();
        auto *error = wizard.findChild<QLabel *>(QStringLiteral("saveError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QVERIFY(!done->isSaving());
        QVERIFY(wizard.isVisible());
        QVERIFY(saved.isEmpty());
        QVERIFY2(error->text().contains(SecretError::make(SecretError::Code::NoKeychain).message()),
            qPrintable(error->text()));
        QVERIFY(!error->text().contains(password));
        // Nothing written at all: no account file, not even the folder.
        QVERIFY(QDir(config.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

        // Without keeping the password: saved.
        remember->setChecked(false);
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        QVERIFY(!wizard.isVisible());
        AccountStore store(AccountStore::defaultPath());
        QVERIFY(store.load());
        QVERIFY(store.find(env("MAILWRIGHT_TB_CAROL_USER")));
        QFile file(AccountStore::defaultPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));
    }
};

QTEST_MAIN(TestWizardNoKeychain)
#include "tst_wizard_nokeychain.moc"
