#pragma once

#include <QObject>

namespace mw {

// On Linux and the BSDs, whether a D-Bus session bus is configured: the
// DBUS_SESSION_BUS_ADDRESS variable, or $XDG_RUNTIME_DIR/bus. Without one,
// GLib (under QtKeychain's libsecret backend) falls back to D-Bus
// "autolaunch": it starts a new bus from the X display and a keyring daemon
// that may wait forever on an unlock prompt. SecretStore refuses first
// instead. Always true elsewhere.
bool sessionBusConfigured();

// Tells whether any keychain service is reachable on the session bus: the
// Secret Service (GNOME Keyring, KeePassXC…) or KWallet, running or
// activatable. Used to explain a backend failure: QtKeychain 0.13's libsecret
// backend reports "no D-Bus" and "no keyring" as OtherError with GLib's
// (translated) message, never as NoBackendAvailable. Asynchronous.
class KeychainProbe : public QObject {
    Q_OBJECT
public:
    enum class Verdict { Reachable, Unreachable, Unknown };
    Q_ENUM(Verdict)

    explicit KeychainProbe(QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // Exactly once per start(), never from inside start().
    void finished(mw::KeychainProbe::Verdict verdict);

private:
    void collect(const QStringList &names);

    int m_outstanding = 0;
    bool m_found = false;
    bool m_failed = false;
};

} // namespace mw
