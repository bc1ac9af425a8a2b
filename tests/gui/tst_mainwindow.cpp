#include "main/MainWindow.h"

#include <QPushButton>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void showsTitleAndHonestPlaceholder()
    {
        mw::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Mailwright"));

        auto *button = window.findChild<QPushButton *>(QStringLiteral("addAccountButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY2(!button->isEnabled(), "the wizard does not exist yet; the button must say so");
        QVERIFY(button->text().contains(QStringLiteral("not yet available")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
