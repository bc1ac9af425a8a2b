#pragma once

#include "wizard/WizardState.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mw {

// One server's editable settings (host, port, security, user name) and
// where they came from. Any edit makes them the user's own.
class ServerBox : public QGroupBox {
    Q_OBJECT
public:
    ServerBox(Protocol protocol, const QString &title, QWidget *parent = nullptr);

    void setChoice(const ServerChoice &choice);
    ServerChoice choice() const;

    bool isValid() const; // a plausible host and a user name
    bool isPlaintext() const;
    // Untrusted, or a discovered host outside the address's domain.
    bool needsConfirmation(const QString &asciiDomain) const;
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QComboBox *securityEdit() const { return m_security; }
    QLineEdit *userEdit() const { return m_user; }
    QWidget *lastWidget() const;

signals:
    void changed();

private:
    void onEdited();
    void onSecurityChanged();
    void updateOrigin();

    Protocol m_protocol;
    ServerChoice m_choice;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_origin = nullptr;
    SecurityMode m_lastSecurity = SecurityMode::Ssl;
    bool m_filling = false;
};

// Off-domain: the host is neither the domain nor below it.
bool isOffDomain(const QString &host, const QString &asciiDomain);

} // namespace mw
