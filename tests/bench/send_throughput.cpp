// Benchmark B1: COUNT messages of SIZE bytes over one SMTP connection.
//   bench_send_throughput HOST PORT COUNT SIZE
// Prints one line: "messages=N bytes=B seconds=S msgs_per_s=R". Run by
// scripts/bench against Postfix's smtp-sink, next to smtp-source and smtplib.

#include "smtp/SmtpClient.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: bench_send_throughput HOST PORT COUNT SIZE\n";
        return 64;
    }
    const int count = args.at(3).toInt();
    const int size = args.at(4).toInt();
    const auto from = mw::EmailAddress::parse(u"bench@example.test");
    const auto to = mw::EmailAddress::parse(u"sink@example.test");

    QByteArray body = "From: bench@example.test\r\nTo: sink@example.test\r\nSubject: bench\r\n\r\n";
    while (body.size() < size)
        body += QByteArray(78, 'x') + "\r\n";
    body.truncate(size - 2);
    body += "\r\n";

    std::vector<std::unique_ptr<QBuffer>> buffers;
    QList<mw::OutgoingMessage> messages;
    for (int i = 0; i < count; ++i) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        mw::OutgoingMessage m(*from, { *to }, buffer.get());
        m.size = body.size();
        messages << m;
        buffers.push_back(std::move(buffer));
    }

    mw::SmtpClient client;
    int delivered = 0;
    int exitCode = 0;
    QObject::connect(&client, &mw::SmtpClient::messageFinished,
        [&](const mw::MessageResult &r) { delivered += r.delivered ? 1 : 0; });
    QObject::connect(&client, &mw::SmtpClient::failed, [&](const mw::SmtpError &e) {
        QTextStream(stderr) << "failed: " << e.message() << '\n';
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&client, &mw::SmtpClient::finished, &app, &QCoreApplication::quit);

    QElapsedTimer clock;
    clock.start();
    client.connectToServer(
        { args.at(1), quint16(args.at(2).toUInt()), mw::SecurityMode::Plain }, {});
    client.send(messages);
    client.quit();
    app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << "messages=" << delivered << " bytes=" << qint64(delivered) * body.size()
                        << " seconds=" << seconds << " msgs_per_s=" << delivered / seconds << '\n';
    return exitCode != 0 || delivered != count ? 1 : 0;
}
