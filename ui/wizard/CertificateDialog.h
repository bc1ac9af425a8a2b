#pragma once

#include "net/Endpoint.h"
#include "net/TlsPolicy.h"

#include <QDialog>

class QPushButton;

namespace mw {

// A server presented a certificate the system does not trust. Shows what a
// person needs to judge it and offers the safe choice first: "Go back"
// (rejected) or "Trust this certificate for this account" (accepted), which
// pins exactly this certificate for exactly these servers.
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    CertificateDialog(const CertificateInfo &certificate, const QList<Endpoint> &servers,
        QWidget *parent = nullptr);

    const CertificateInfo &certificate() const { return m_certificate; }
    const QList<Endpoint> &servers() const { return m_servers; }
    QPushButton *goBackButton() const { return m_goBack; }
    QPushButton *trustButton() const { return m_trust; }

private:
    CertificateInfo m_certificate;
    QList<Endpoint> m_servers;
    QPushButton *m_goBack = nullptr;
    QPushButton *m_trust = nullptr;
};

} // namespace mw
