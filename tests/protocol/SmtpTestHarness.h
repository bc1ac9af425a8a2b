#pragma once

// Drives one SmtpClient session against a FakeServer and records everything
// it reports.

#include "FakeServer.h"
#include "smtp/SmtpClient.h"

#include <QBuffer>
#include <QTest>

#include <memory>
#include <optional>

namespace mw::test {

inline EmailAddress addr(const char *text)
{
    auto parsed = EmailAddress::parse(QString::fromUtf8(text));
    if (!parsed)
        qFatal("test address does not parse: %s", text);
    return *parsed;
}

inline void addDeliveryRows()
{
    QTest::addColumn<FakeServer::Delivery>("delivery");
    QTest::newRow("whole") << FakeServer::Delivery::Whole;
    QTest::newRow("byte-by-byte") << FakeServer::Delivery::ByteByByte;
    QTest::newRow("coalesced") << FakeServer::Delivery::Coalesced;
}

struct Session {
    SmtpClient client;
    QStringList transcript;
    QList<MessageResult> results;
    std::optional<SmtpError> error;
    bool ready = false;
    bool finished = false;
    std::vector<std::unique_ptr<QBuffer>> bodies;

    Session()
    {
        QObject::connect(&client, &SmtpClient::transcript, &client,
            [this](const QString &line) { transcript << line; });
        QObject::connect(&client, &SmtpClient::ready, &client, [this] { ready = true; });
        QObject::connect(&client, &SmtpClient::messageFinished, &client,
            [this](const MessageResult &r) { results << r; });
        QObject::connect(&client, &SmtpClient::failed, &client, [this](const SmtpError &e) {
            if (error)
                qFatal("failed() emitted twice");
            error = e;
        });
        QObject::connect(&client, &SmtpClient::finished, &client, [this] { finished = true; });
    }

    static SmtpSessionOptions defaultOptions()
    {
        SmtpSessionOptions o;
        QString err;
        if (!o.tls.addCaFile(FakeServer::caFile(), &err))
            qFatal("%s", qPrintable(err));
        o.timeouts = SmtpTimeouts::forVerification(5000);
        return o;
    }

    OutgoingMessage message(const QByteArray &body,
        QList<EmailAddress> to = { addr("bob@example.test") },
        EmailAddress from = addr("alice@example.test"))
    {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        OutgoingMessage m(std::move(from), std::move(to), buffer.get());
        m.size = body.size();
        bodies.push_back(std::move(buffer));
        return m;
    }

    void start(quint16 port, SecurityMode mode, const SmtpSessionOptions &options,
        const QList<OutgoingMessage> &messages = {}, bool quitAfter = true)
    {
        client.connectToServer({ QStringLiteral("127.0.0.1"), port, mode }, options);
        if (!messages.isEmpty())
            client.send(messages);
        if (quitAfter)
            client.quit();
    }

    bool waitDone(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return finished || error.has_value(); }, ms);
    }

    QString dump() const { return transcript.join(QLatin1Char('\n')); }
};

} // namespace mw::test

Q_DECLARE_METATYPE(FakeServer::Delivery)

namespace QTest {
template<>
inline char *toString(const mw::SmtpError::Step &step)
{
    return qstrdup(qPrintable(mw::stepName(step)));
}
template<>
inline char *toString(const mw::SmtpError::Kind &kind)
{
    return qstrdup(qPrintable(mw::kindName(kind)));
}
} // namespace QTest
