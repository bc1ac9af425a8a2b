#include "keychain/KeychainProbe.h"

#include <QLoggingCategory>

#include <QFileInfo>
#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) && __has_include(<QDBusConnection>)
#define MAILWRIGHT_KEYCHAIN_OVER_DBUS 1
// QtDBus comes with QtKeychain on these systems (its CMake target links it).
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#else
#define MAILWRIGHT_KEYCHAIN_OVER_DBUS 0
#endif

Q_LOGGING_CATEGORY(lcKeychain, "mailwright.keychain", QtWarningMsg)

namespace mw {

namespace {
// Bus names of the keychain services QtKeychain 0.13 can talk to.
const char *const kServiceNames[]
    = { "org.freedesktop.secrets", "org.kde.kwalletd6", "org.kde.kwalletd5", "org.kde.kwalletd" };
} // namespace

bool sessionBusConfigured()
{
#if MAILWRIGHT_KEYCHAIN_OVER_DBUS
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QLatin1String("/bus"));
#else
    return true;
#endif
}

KeychainProbe::KeychainProbe(QObject *parent)
    : QObject(parent)
{
}

void KeychainProbe::start()
{
    m_outstanding = 0;
    m_found = false;
    m_failed = false;
#if MAILWRIGHT_KEYCHAIN_OVER_DBUS
    if (!sessionBusConfigured()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(Verdict::Unreachable); });
        return;
    }
    // The connection is made once per process and is local; a bus that is not
    // there fails at once.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCDebug(lcKeychain) << "no session bus:" << bus.lastError().message();
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(Verdict::Unreachable); });
        return;
    }
    for (const char *method : { "ListNames", "ListActivatableNames" }) {
        const QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QLatin1String(method));
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
        ++m_outstanding;
        connect(
            watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<QStringList> reply = *w;
                m_failed = m_failed || reply.isError();
                collect(reply.isError() ? QStringList() : reply.value());
            });
    }
#else
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(Verdict::Unknown); });
#endif
}

void KeychainProbe::collect(const QStringList &names)
{
    for (const char *service : kServiceNames)
        m_found = m_found || names.contains(QLatin1String(service));
    if (--m_outstanding > 0)
        return;
    if (m_found)
        Q_EMIT finished(Verdict::Reachable);
    else
        Q_EMIT finished(m_failed ? Verdict::Unknown : Verdict::Unreachable);
}

} // namespace mw
