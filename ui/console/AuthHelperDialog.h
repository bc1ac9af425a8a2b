#pragma once

#include "console/ConsoleSession.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace mw {

// Asks for the user name and password for the console's AUTH helper. The
// password field never echoes; the dialog forgets both once read.
class AuthHelperDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuthHelperDialog(const QString &username, QWidget *parent = nullptr);

    ConsoleSession::AuthMechanism mechanism() const;
    QString username() const;
    QString takePassword(); // returns the password and clears the field

private:
    QComboBox *m_mechanism = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace mw
