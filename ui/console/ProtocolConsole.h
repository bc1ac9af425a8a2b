#pragma once

#include "console/ConsoleSession.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mw {

class SecretStore;

// Tools → Protocol console: the classic "test the server with telnet", done
// safely. Presentation only; the session (connection, redaction, AUTH
// encoding) is core's ConsoleSession.
class ProtocolConsole : public QDialog {
    Q_OBJECT
public:
    explicit ProtocolConsole(QWidget *parent = nullptr);

    ConsoleSession *session() const { return m_session; }
    // Pre-selects an account (by id) in the picker.
    void selectAccount(const QString &accountId);

private:
    void reloadAccounts();
    void onAccountPicked();
    void onProtocolChanged();
    void onConnectClicked();
    void onSendClicked();
    void onAuthClicked();
    void onSaveClicked();
    void onStateChanged();
    void showError(const QString &message);
    void appendLog(const QString &line);

    ConsoleSession *m_session = nullptr;
    SecretStore *m_secrets = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QPushButton *m_connect = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLineEdit *m_command = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_startTls = nullptr;
    QPushButton *m_auth = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace mw
