#pragma once

#include <QMainWindow>

class QPushButton;

namespace mw {

// The application's main window. Until the account wizard lands it is an
// honest placeholder: the title, and an "Add account" button that says it is
// not available yet.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QPushButton *addAccountButton() const { return m_addAccount; }

private:
    QPushButton *m_addAccount = nullptr;
};

} // namespace mw
