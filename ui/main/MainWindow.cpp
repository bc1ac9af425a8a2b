#include "main/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Mailwright"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(16);

    auto *title = new QLabel(tr("Mailwright"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *subtitle = new QLabel(
        tr("Set up a mail account from just your address, and send mail through it."), central);
    subtitle->setWordWrap(true);
    subtitle->setAlignment(Qt::AlignCenter);

    m_addAccount = new QPushButton(
        tr("Add account (not yet available)", "placeholder until the setup wizard exists"),
        central);
    m_addAccount->setObjectName(QStringLiteral("addAccountButton"));
    m_addAccount->setEnabled(false);
    m_addAccount->setToolTip(tr("The account setup wizard is still being built."));

    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addWidget(m_addAccount, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setCentralWidget(central);
    resize(560, 360);
}

} // namespace mw
