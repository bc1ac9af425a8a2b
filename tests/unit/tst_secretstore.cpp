// SecretStore (core/account/SecretStore.h) where no keychain can be reached:
// the specific NoKeychain error, quickly and never synchronously, and the
// timeout guard when the session bus never answers. Hermetic: it points
// DBUS_SESSION_BUS_ADDRESS at sockets of its own and never at a real bus.
// The real keychain is tested in tests/integration/tst_keychain.cpp.

#include "account/SecretStore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

struct Outcome {
    QList<SecretResult> results;
    qint64 elapsedMs = 0;
};

// Runs one request of each kind and waits for all three results.
Outcome runAll(SecretStore &store, int timeoutMs = 10000)
{
    Outcome outcome;
    const auto connection = QObject::connect(&store, &SecretStore::finished, &store,
        [&outcome](const SecretResult &r) { outcome.results << r; });
    QElapsedTimer clock;
    clock.start();
    store.write(SecretSlot::Smtp, QStringLiteral("unit-test"), QStringLiteral("not-a-real-secret"));
    store.read(SecretSlot::Pop3, QStringLiteral("unit-test"));
    store.remove(SecretSlot::Smtp, QStringLiteral("unit-test"));
    // Never from inside the call: callers may connect after starting.
    if (!outcome.results.isEmpty())
        qWarning("a result arrived synchronously");
    const bool ok = QTest::qWaitFor([&] { return outcome.results.size() == 3; }, timeoutMs);
    outcome.elapsedMs = clock.elapsed();
    QObject::disconnect(connection);
    if (!ok)
        outcome.results.clear();
    return outcome;
}

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // With no bus address but a display, GLib would "autolaunch" a bus
        // and a keyring on that display: never let this test get near one.
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void keys()
    {
        QCOMPARE(SecretStore::service(), QStringLiteral("mailwright"));
        QCOMPARE(SecretStore::keyFor(SecretSlot::Smtp, QStringLiteral("alice-at-example.test")),
            QStringLiteral("smtp:alice-at-example.test"));
        QCOMPARE(SecretStore::keyFor(SecretSlot::Pop3, QStringLiteral("alice-at-example.test")),
            QStringLiteral("pop3:alice-at-example.test"));
    }

    void invalidAccountIdIsRefused()
    {
        SecretStore store;
        QSignalSpy spy(&store, &SecretStore::finished);
        const int request = store.read(SecretSlot::Smtp, QStringLiteral("../../etc"));
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(2000));
        const auto result = spy.first().first().value<SecretResult>();
        QCOMPARE(result.request, request);
        QCOMPARE(result.error.code, SecretError::Code::Failed);
    }

    void noSessionBusAtAll()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv(
            "XDG_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("no-runtime-dir"))));
        SecretStore store;
        const Outcome outcome = runAll(store);
        QCOMPARE(outcome.results.size(), 3);
        for (const SecretResult &result : outcome.results) {
            QCOMPARE(result.error.code, SecretError::Code::NoKeychain);
            QVERIFY(result.secret.isEmpty());
            QVERIFY2(
                result.error.message().contains(QLatin1String("no keychain service is running")),
                qPrintable(result.error.message()));
        }
        QVERIFY2(outcome.elapsedMs < 1000, qPrintable(QString::number(outcome.elapsedMs)));
        QCOMPARE(store.pendingCount(), 0);
    }

    void busSocketMissing()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("nonexistent-bus"))));
        SecretStore store;
        const Outcome outcome = runAll(store);
        QCOMPARE(outcome.results.size(), 3);
        for (const SecretResult &result : outcome.results) {
            // QtKeychain says OtherError here; the probe of the bus makes it specific.
            QCOMPARE(result.error.code, SecretError::Code::NoKeychain);
            QVERIFY(!result.error.detail.isEmpty());
        }
        QVERIFY2(outcome.elapsedMs < 5000, qPrintable(QString::number(outcome.elapsedMs)));
    }

    // Last: a bus that accepts the connection and never answers leaves GLib's
    // shared session-bus connection attempt hanging for the rest of the process.
    void busThatNeverAnswersTimesOut()
    {
        QLocalServer silent; // listens; never reads or writes
        QVERIFY(silent.listen(m_dir.filePath(QStringLiteral("silent-bus"))));
        qputenv(
            "DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(silent.fullServerName()));

        auto store = std::make_unique<SecretStore>();
        store->setTimeout(500);
        const Outcome outcome = runAll(*store);
        QCOMPARE(outcome.results.size(), 3);
        for (const SecretResult &result : outcome.results)
            QCOMPARE(result.error.code, SecretError::Code::Timeout);
        QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));

        // Destroying a store with a request in flight is safe: the job is
        // left to end by itself (checked under ASan).
        store->setTimeout(60000);
        store->read(SecretSlot::Smtp, QStringLiteral("unit-test"));
        QCOMPARE(store->pendingCount(), 1);
        store.reset();
        QTest::qWait(200);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
