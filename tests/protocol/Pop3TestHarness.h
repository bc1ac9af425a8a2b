#pragma once

// Drives one Pop3Client session against a FakeServer and records everything
// it reports.

#include "FakeServer.h"
#include "pop3/Pop3Client.h"

#include <QTest>

#include <functional>
#include <optional>
#include <utility>

Q_DECLARE_METATYPE(FakeServer::Delivery)
Q_DECLARE_METATYPE(FakeServer::Cert)
Q_DECLARE_METATYPE(mw::SecurityMode)
Q_DECLARE_METATYPE(mw::Pop3Error::Step)
Q_DECLARE_METATYPE(mw::Pop3Error::Kind)
Q_DECLARE_METATYPE(mw::Pop3ResponseCode)

namespace mw::test {

using Delivery = FakeServer::Delivery;

// Script pieces shared by the POP3 protocol tests.
inline const QString kGreeting = QStringLiteral("S: +OK POP3 ready");
inline const QStringList kQuit { QStringLiteral("C: QUIT"), QStringLiteral("S: +OK Bye"),
    QStringLiteral("X") };
inline const QStringList kRest { QStringLiteral("C+ 5") }; // record whatever the client still sends

inline QStringList capa(const QStringList &caps)
{
    QStringList out { QStringLiteral("C: CAPA"), QStringLiteral("S: +OK Capability list follows") };
    for (const QString &cap : caps)
        out << QStringLiteral("S: ") + cap;
    return out << QStringLiteral("S: .");
}

inline QString plainAuth(const QByteArray &user, const QByteArray &pass)
{
    const QByteArray raw = '\0' + user + '\0' + pass;
    return QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(raw.toBase64());
}

inline const QStringList kUserPass { QStringLiteral("C: USER alice"), QStringLiteral("S: +OK"),
    QStringLiteral("C: PASS s3cret-Pw"), QStringLiteral("S: +OK Logged in.") };

inline QString b64(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toBase64());
}

inline void addDeliveries(const char *name, const std::function<void(QTestData &)> &row)
{
    for (const auto &[suffix, delivery] :
        { std::pair { "whole", Delivery::Whole }, std::pair { "bytes", Delivery::ByteByByte },
            std::pair { "coalesced", Delivery::Coalesced } }) {
        QTestData &data = QTest::addRow("%s/%s", name, suffix) << delivery;
        row(data);
    }
}

inline void addDeliveryRows()
{
    QTest::addColumn<FakeServer::Delivery>("delivery");
    QTest::newRow("whole") << FakeServer::Delivery::Whole;
    QTest::newRow("byte-by-byte") << FakeServer::Delivery::ByteByByte;
    QTest::newRow("coalesced") << FakeServer::Delivery::Coalesced;
}

struct Pop3Session {
    Pop3Client client;
    QStringList transcript;
    QList<Pop3Error::Step> steps; // in the order stepSucceeded() reported them
    std::optional<Pop3Error> error;
    std::optional<std::pair<int, qint64>> stat;
    QList<Pop3ListEntry> list;
    QList<Pop3UidEntry> uids;
    QList<std::pair<int, QByteArray>> messages;
    bool ready = false;
    bool encryptedWhenReady = false;
    bool finished = false;

    Pop3Session()
    {
        QObject::connect(&client, &Pop3Client::transcript, &client,
            [this](const QString &line) { transcript << line; });
        QObject::connect(&client, &Pop3Client::stepSucceeded, &client,
            [this](Pop3Error::Step step, qint64) { steps << step; });
        QObject::connect(&client, &Pop3Client::ready, &client, [this] {
            ready = true;
            encryptedWhenReady = client.isEncrypted();
        });
        QObject::connect(
            &client, &Pop3Client::statReceived, &client, [this](int count, qint64 octets) {
                stat = std::pair { count, octets };
            });
        QObject::connect(&client, &Pop3Client::listReceived, &client,
            [this](const QList<Pop3ListEntry> &entries) { list = entries; });
        QObject::connect(&client, &Pop3Client::uidlReceived, &client,
            [this](const QList<Pop3UidEntry> &entries) { uids = entries; });
        QObject::connect(&client, &Pop3Client::messageRetrieved, &client,
            [this](int n, const QByteArray &bytes) {
                messages.append({ n, bytes });
            });
        QObject::connect(&client, &Pop3Client::failed, &client, [this](const Pop3Error &e) {
            if (error)
                qFatal("failed() emitted twice");
            error = e;
        });
        QObject::connect(&client, &Pop3Client::finished, &client, [this] { finished = true; });
    }

    static Pop3SessionOptions defaultOptions()
    {
        Pop3SessionOptions o;
        QString err;
        if (!o.tls.addCaFile(FakeServer::caFile(), &err))
            qFatal("%s", qPrintable(err));
        o.timeouts = Pop3Timeouts::forVerification(5000);
        return o;
    }

    static Pop3SessionOptions withCredentials(
        const char *user = "alice", const char *pass = "s3cret-Pw")
    {
        Pop3SessionOptions o = defaultOptions();
        o.credentials = sasl::Credentials { QString::fromUtf8(user), QString::fromUtf8(pass), {} };
        return o;
    }

    void start(quint16 port, SecurityMode mode, const Pop3SessionOptions &options)
    {
        client.connectToServer({ QStringLiteral("127.0.0.1"), port, mode }, options);
    }

    bool waitDone(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return finished || error.has_value(); }, ms);
    }

    QString dump() const { return transcript.join(QLatin1Char('\n')); }
};

inline bool sentLineStartingWith(const FakeServer &server, const QString &prefix)
{
    for (const QString &line : server.received()) {
        if (line.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// True when any credential-bearing command reached the server.
inline bool sentCredentials(const FakeServer &server)
{
    for (const char *command : { "USER", "PASS", "APOP", "AUTH" }) {
        if (sentLineStartingWith(server, QLatin1String(command)))
            return true;
    }
    return false;
}

} // namespace mw::test

namespace QTest {
template<>
inline char *toString(const mw::Pop3Error::Step &step)
{
    return qstrdup(qPrintable(mw::stepName(step)));
}
template<>
inline char *toString(const mw::Pop3Error::Kind &kind)
{
    return qstrdup(qPrintable(mw::kindName(kind)));
}
template<>
inline char *toString(const mw::Pop3ResponseCode &code)
{
    return qstrdup(qPrintable(mw::responseCodeName(code)));
}
} // namespace QTest
