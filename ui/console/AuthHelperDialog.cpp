#include "console/AuthHelperDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mw {

AuthHelperDialog::AuthHelperDialog(const QString &username, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("AUTH helper"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Mailwright encodes the credentials (base64) and sends them. "
                                "The log shows <redacted> in their place."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("authMechanism"));
    m_mechanism->addItem(QStringLiteral("PLAIN"));
    m_mechanism->addItem(QStringLiteral("LOGIN"));
    m_username = new QLineEdit(username, this);
    m_username->setObjectName(QStringLiteral("authUsername"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("authPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Mechanism:"), m_mechanism);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password or authorization code:"), m_password);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Authenticate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!username.isEmpty())
        m_password->setFocus();
}

ConsoleSession::AuthMechanism AuthHelperDialog::mechanism() const
{
    return m_mechanism->currentIndex() == 1 ? ConsoleSession::AuthMechanism::Login
                                            : ConsoleSession::AuthMechanism::Plain;
}

QString AuthHelperDialog::username() const
{
    return m_username->text().trimmed();
}

QString AuthHelperDialog::takePassword()
{
    const QString password = m_password->text();
    m_password->clear();
    return password;
}

} // namespace mw
