// The account wizard driven end to end for the secrets scan (issue #13), not a
// ctest of its own: tests/integration/tst_secrets.py runs it inside the
// testbed with a fresh user and a unique password, private XDG directories,
// and then searches everything it wrote or printed for that password.
//
//   MW_SECSCAN_EMAIL, MW_SECSCAN_PASSWORD  the fresh testbed user
//   MW_SECSCAN_LOG                          where to save the wizard's
//                                           protocol log (it is scanned too)
//
// Identity (typed, "remember" on) → detection → settings (confirmed) → real
// SMTP + POP3 logins → Finish (the secret goes to gnome-keyring, the account
// to accounts.ini). No test message: Postfix's mailbox table does not know the
// fresh user (it only exists in Dovecot's passwd-file), so it would bounce.
#include "TestbedEnv.h"
#include "wizard/AccountWizard.h"
#include "wizard/VerifyPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mw;
using namespace mw::test;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class WizardSecretsFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The same config and data paths as the application's.
        QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
    }

    void wizardFlow()
    {
        const QString email = env("MW_SECSCAN_EMAIL");
        const QString password = env("MW_SECSCAN_PASSWORD");
        AccountWizardOptions options = AccountWizardOptions::defaults();
        options.discovery.ispdbBaseUrl = QUrl(env("MAILWRIGHT_TB_ISPDB_BASE_URL"));
        options.discovery.deadlineMs = 3000;
        options.verifyDeadlineMs = 45000;
        AccountWizard wizard(options);
        QSignalSpy saved(&wizard, &AccountWizard::accountSaved);
        auto next = [&wizard] { return wizard.button(QWizard::NextButton); };
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));

        // Typed like a user would, so the password passes through key events.
        child<QLineEdit>(&wizard, "nameEdit")->setText(QStringLiteral("Secrets Scan"));
        child<QLineEdit>(&wizard, "emailEdit")->setText(email);
        auto *passwordEdit = child<QLineEdit>(&wizard, "passwordEdit");
        passwordEdit->setFocus();
        for (const QChar ch : password) {
            if (ch.unicode() < 0x80) {
                QTest::keyClick(passwordEdit, char(ch.unicode()));
            } else { // QTest only knows ASCII keys: an input method's key event
                QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
                QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
                QApplication::sendEvent(passwordEdit, &press);
                QApplication::sendEvent(passwordEdit, &release);
            }
        }
        QCOMPARE(passwordEdit->text(), password);
        child<QCheckBox>(&wizard, "rememberPassword")->setChecked(true);
        QVERIFY(next()->isEnabled());
        next()->click();

        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AccountWizard::SettingsPageId), 20000);
        auto *confirm = child<QCheckBox>(&wizard, "confirmSettings");
        if (confirm->isVisible())
            confirm->setChecked(true);
        QVERIFY(next()->isEnabled());
        next()->click();

        QTRY_COMPARE(wizard.currentId(), int(AccountWizard::VerifyPageId));
        auto *verify = child<VerifyPage>(&wizard, "verifyPage");
        QTRY_VERIFY_WITH_TIMEOUT(!verify->isRunning(), 60000);
        QVERIFY2(verify->report().ok(), qPrintable(child<QLabel>(&wizard, "failureText")->text()));
        next()->click();

        QTRY_COMPARE(wizard.currentId(), int(AccountWizard::DonePageId));
        // What the user can see of the conversation, for the scan.
        QFile log(env("MW_SECSCAN_LOG"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        const QString text = child<QPlainTextEdit>(&wizard, "protocolLog")->toPlainText();
        QVERIFY2(text.contains(QLatin1String("AUTH")), "the protocol log shows no AUTH exchange");
        log.write(text.toUtf8());
        log.close();

        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            saved.size() == 1, qPrintable(child<QLabel>(&wizard, "saveError")->text()), 30000);
        QCOMPARE(saved.first().first().toString(), email);
        // Closing wipes the password from the wizard's fields and state.
        QTRY_VERIFY(!wizard.isVisible());
        QVERIFY(passwordEdit->text().isEmpty());
        QVERIFY(wizard.state().password.isEmpty());
    }
};

QTEST_MAIN(WizardSecretsFlow)
#include "wizard_secrets_flow.moc"
