// Benchmark: MessageWriter streaming a large attachment, against Python's email generator.
//
//   bench_mime_throughput [--sizes 20,200] [--runs 3] [--no-python]
//
// For each size (MB) it writes a file of random bytes into a temporary directory, then starts
// one child process per measurement, so that each peak RSS (VmHWM) belongs to that size alone:
//  - the writer: MessageWriter::create() and read() to the end into a 1 MiB buffer, which is
//    discarded (best of --runs); also the SMTP client's way, read(1 MiB) into a new QByteArray;
//  - Python: tests/bench/mime_throughput.py, email.message.EmailMessage + BytesGenerator to
//    /dev/null (its peak RSS from getrusage).
// Throughput is input bytes (the file) per second, from a warm page cache. Linux only.
#include "mime/MessageWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mw;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool makeFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(kMiB, Qt::Uninitialized);
    quint64 state = 0x9E3779B97F4A7C15ULL;
    for (qint64 written = 0; written < bytes; written += block.size()) {
        auto *words = reinterpret_cast<quint64 *>(block.data());
        for (qsizetype i = 0; i < block.size() / 8; ++i) { // xorshift64*: fast, incompressible
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            words[i] = state * 0x2545F4914F6CDD1DULL;
        }
        const qint64 n = qMin<qint64>(block.size(), bytes - written);
        if (file.write(block.constData(), n) != n)
            return false;
    }
    return true;
}

std::unique_ptr<MessageWriter> writerFor(const QString &path)
{
    MessageDraft draft;
    draft.from = Mailbox::parse(QStringLiteral("Bench <bench@example.com>"));
    draft.to = { *Mailbox::parse(QStringLiteral("to@example.com")) };
    draft.subject = QStringLiteral("throughput");
    draft.textBody = QStringLiteral("see attachment\n");
    draft.attachments = { { path, QStringLiteral("data.bin"), {}, {} } };
    MessageWriter::Options options;
    options.appVersion = QStringLiteral("bench");
    return MessageWriter::create(draft, options);
}

// The child: measure one way of reading, print one JSON line.
int child(const QString &path, const QString &mode, int runs)
{
    const qint64 input = QFile(path).size();
    const qint64 baseline = peakRssKiB();
    QList<double> seconds;
    qint64 produced = 0;
    QByteArray buffer(kMiB, Qt::Uninitialized);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto writer = writerFor(path);
        if (!writer)
            return 1;
        produced = 0;
        if (mode == QLatin1String("raw")) {
            for (qint64 n; (n = writer->read(buffer.data(), buffer.size())) > 0;)
                produced += n;
        } else { // as SmtpClient::pumpBody reads
            while (!writer->atEnd())
                produced += writer->read(kMiB).size();
        }
        seconds.append(timer.nsecsElapsed() / 1e9);
        if (produced != writer->size())
            return 2;
    }
    std::sort(seconds.begin(), seconds.end());
    const QJsonObject out { { QStringLiteral("best_s"), seconds.first() },
        { QStringLiteral("median_s"), seconds[seconds.size() / 2] },
        { QStringLiteral("input_mb_s"), input / 1e6 / seconds.first() },
        { QStringLiteral("output_bytes"), produced },
        { QStringLiteral("baseline_hwm_kib"), baseline },
        { QStringLiteral("hwm_kib"), peakRssKiB() } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

QJsonObject runJson(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
            process.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("sizes"), QStringLiteral("Sizes in MB."),
        QStringLiteral("list"), QStringLiteral("20,200") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per measurement."),
        QStringLiteral("n"), QStringLiteral("3") });
    parser.addOption(
        { QStringLiteral("no-python"), QStringLiteral("Skip the Python comparison.") });
    parser.addOption(
        { QStringLiteral("child"), QStringLiteral("Internal."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("mode"), QStringLiteral("Internal."), QStringLiteral("mode"),
        QStringLiteral("raw") });
    parser.process(app);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    if (parser.isSet(QStringLiteral("child")))
        return child(
            parser.value(QStringLiteral("child")), parser.value(QStringLiteral("mode")), runs);

    QTemporaryDir dir;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString script = QStringLiteral(MAILWRIGHT_BENCH_DIR "/mime_throughput.py");
    std::printf("MessageWriter, one base64 attachment, warm page cache; best of %d runs\n", runs);
    std::printf("%8s | %14s %10s %10s | %14s | %14s %10s\n", "size", "writer MB/s", "VmHWM",
        "(before)", "via QByteArray", "python MB/s", "max RSS");
    for (const QString &sizeText : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const qint64 bytes = sizeText.toLongLong() * 1000 * 1000;
        const QString path = dir.filePath(QStringLiteral("data-%1.bin").arg(sizeText));
        if (!makeFile(path, bytes))
            return 1;
        const QStringList common { QStringLiteral("--child"), path, QStringLiteral("--runs"),
            QString::number(runs) };
        const QJsonObject raw = runJson(QCoreApplication::applicationFilePath(),
            common + QStringList { QStringLiteral("--mode"), QStringLiteral("raw") });
        const QJsonObject smtp = runJson(QCoreApplication::applicationFilePath(),
            common + QStringList { QStringLiteral("--mode"), QStringLiteral("bytearray") });
        QJsonObject py;
        if (!parser.isSet(QStringLiteral("no-python")) && !python.isEmpty())
            py = runJson(python, { script, path });
        std::printf("%5s MB | %14.0f %7.1f MB %7.1f MB | %14.0f | %14.0f %7.1f MB\n",
            qPrintable(sizeText), raw[QStringLiteral("input_mb_s")].toDouble(),
            raw[QStringLiteral("hwm_kib")].toDouble() / 1024,
            raw[QStringLiteral("baseline_hwm_kib")].toDouble() / 1024,
            smtp[QStringLiteral("input_mb_s")].toDouble(),
            py[QStringLiteral("input_mb_s")].toDouble(),
            py[QStringLiteral("maxrss_kib")].toDouble() / 1024);
        std::fflush(stdout);
        QFile::remove(path);
    }
    return 0;
}
