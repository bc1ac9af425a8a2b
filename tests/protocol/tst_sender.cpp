// Sender: outbox entries through SmtpClient against the scripted fake server. What stays in the
// outbox, in which state, after a 250, a 4xx, a 5xx, a partial rejection, a dropped connection and
// a cancel.

#include "FakeServer.h"
#include "outbox/Outbox.h"
#include "outbox/Sender.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

const QString kEhlo = QStringLiteral("C: EHLO [127.0.0.1]");

QStringList greeting()
{
    return { QStringLiteral("S: 220 fake.test ESMTP"), kEhlo,
        QStringLiteral("S: 250-fake.test greets you"),
        QStringLiteral("S: 250 ENHANCEDSTATUSCODES") };
}

const QStringList kQuit { QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"),
    QStringLiteral("X") };

MessageDraft draft(const QStringList &to, const QString &subject = QStringLiteral("测试 outbox"))
{
    MessageDraft d;
    d.from = Mailbox::parse(u"Alice <alice@example.test>");
    for (const QString &t : to)
        d.to << *Mailbox::parse(t);
    d.subject = subject;
    d.textBody = QStringLiteral("Hello Bob,\n\nthis is a test.\n");
    return d;
}

// The lines of a stored message, as the client sends them after DATA.
int bodyLines(const Outbox &outbox, const QString &id)
{
    QFile f(outbox.messagePath(id));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().count("\r\n"));
}

QStringList dataExchange(int lines, const QString &finalReply)
{
    return { QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
        QStringLiteral("C+ %1").arg(lines), QStringLiteral("C: ."),
        QStringLiteral("S: ") + finalReply };
}

struct Fixture {
    QTemporaryDir tmp;
    Outbox outbox { tmp.path() };
    Sender sender { &outbox };
    quint16 port = 0;
    QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    QList<OutboxSendResult> results;
    QStringList transcript;
    int idles = 0;

    Fixture()
    {
        outbox.setClock([this] { return now; });
        sender.setResolver([this](const QString &, AccountTargetResolver::Done done) {
            SmtpTarget target;
            target.server = { QStringLiteral("127.0.0.1"), port, SecurityMode::Plain };
            target.options.timeouts = SmtpTimeouts::forVerification(5000);
            done(target, SmtpError());
        });
        QObject::connect(&sender, &Sender::finished, &sender,
            [this](const QString &, const OutboxSendResult &r) { results << r; });
        QObject::connect(&sender, &Sender::transcript, &sender,
            [this](const QString &, const QString &line) { transcript << line; });
        QObject::connect(&sender, &Sender::idle, &sender, [this] { ++idles; });
    }

    QString enqueue(const QStringList &to, const QString &subject = QStringLiteral("测试 outbox"))
    {
        QString error;
        const auto e = outbox.enqueue(QStringLiteral("alice"), draft(to, subject), &error);
        if (!e)
            qFatal("enqueue failed: %s", qPrintable(error));
        return e->id;
    }

    bool waitIdle(int count = 1)
    {
        return QTest::qWaitFor([&] { return idles >= count; }, 10000);
    }
    QString dump() const { return transcript.join(QLatin1Char('\n')); }
};

} // namespace

class TestSender : public QObject {
    Q_OBJECT
private slots:
    void backoffSchedule()
    {
        QTemporaryDir tmp;
        Outbox outbox(tmp.path());
        Sender sender(&outbox);
        const qint64 minute = 60'000;
        QCOMPARE(sender.backoffDelayMs(1), 1 * minute);
        QCOMPARE(sender.backoffDelayMs(2), 2 * minute);
        QCOMPARE(sender.backoffDelayMs(3), 5 * minute);
        QCOMPARE(sender.backoffDelayMs(4), 10 * minute);
        QCOMPARE(sender.backoffDelayMs(5), 30 * minute);
        QCOMPARE(sender.backoffDelayMs(6), 30 * minute); // capped
        QCOMPARE(sender.backoffDelayMs(50), 30 * minute);
    }

    void finalOkRemovesTheEntry()
    {
        Fixture f;
        const QString id = f.enqueue({ QStringLiteral("bob@example.test") });
        FakeServer server(greeting()
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 2.1.0 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 2.1.5 ok") }
            + dataExchange(bodyLines(f.outbox, id), QStringLiteral("250 2.0.0 queued as X1"))
            + kQuit);
        f.port = server.port();
        QSignalSpy progress(&f.sender, &Sender::progress);
        QSignalSpy states(&f.sender, &Sender::stateChanged);
        f.sender.send(id);
        QVERIFY2(f.waitIdle(), qPrintable(f.dump()));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error() + f.dump()));
        QCOMPARE(f.results.size(), 1);
        const OutboxSendResult &r = f.results.first();
        QCOMPARE(r.id, id);
        QVERIFY(r.delivered);
        QVERIFY(r.removed);
        QCOMPARE(r.accepted, QStringList { QStringLiteral("bob@example.test") });
        QVERIFY(r.rejected.isEmpty());
        QVERIFY(!f.outbox.entry(id));
        QVERIFY(!QFile::exists(f.outbox.messagePath(id)));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toString(), id);
        QCOMPARE(progress.last().at(2).toLongLong(), r.bytesSent);
        QVERIFY(states.size() >= 2); // Sending, then gone
        QVERIFY(!f.outbox.holdsSendLock());
    }

    void severalMessagesShareOneConnection()
    {
        Fixture f;
        const QString a = f.enqueue({ QStringLiteral("bob@example.test") }, QStringLiteral("one"));
        f.now = f.now.addSecs(1);
        const QString b
            = f.enqueue({ QStringLiteral("carol@example.test") }, QStringLiteral("two"));
        QStringList script = greeting();
        script << QStringLiteral("C: MAIL FROM:<alice@example.test>") << QStringLiteral("S: 250 ok")
               << QStringLiteral("C: RCPT TO:<bob@example.test>") << QStringLiteral("S: 250 ok");
        script += dataExchange(bodyLines(f.outbox, a), QStringLiteral("250 ok 1"));
        script << QStringLiteral("C: MAIL FROM:<alice@example.test>") << QStringLiteral("S: 250 ok")
               << QStringLiteral("C: RCPT TO:<carol@example.test>") << QStringLiteral("S: 250 ok");
        script += dataExchange(bodyLines(f.outbox, b), QStringLiteral("250 ok 2"));
        FakeServer server(script + kQuit);
        f.port = server.port();
        f.sender.sendAll();
        QVERIFY2(f.waitIdle(), qPrintable(f.dump()));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error() + f.dump()));
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(f.results.size(), 2);
        QVERIFY(f.outbox.entries().isEmpty());
    }

    void temporaryFailureWaitsWithBackoff()
    {
        Fixture f;
        f.sender.setAutoRetry(false);
        const QString id = f.enqueue({ QStringLiteral("bob@example.test") });
        for (int attempt = 1; attempt <= 3; ++attempt) {
            FakeServer server(greeting()
                + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                    QStringLiteral("S: 250 2.1.0 ok"),
                    QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("S: 250 ok") }
                + dataExchange(bodyLines(f.outbox, id),
                    QStringLiteral("451 4.3.0 Temporary local problem, try later"))
                + kQuit);
            f.port = server.port();
            f.sender.send(id);
            QVERIFY2(f.waitIdle(attempt), qPrintable(f.dump()));
            QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
            const auto e = f.outbox.entry(id);
            QVERIFY(e); // kept, with its error
            QCOMPARE(e->state, OutboxEntry::State::RetryWait);
            QCOMPARE(e->attempts, attempt);
            QCOMPARE(e->lastError.code, 451);
            QCOMPARE(e->lastError.enhanced, QStringLiteral("4.3.0"));
            QCOMPARE(e->lastError.step, SmtpError::Step::Data);
            const qint64 expected = QList<qint64> { 1, 2, 5 }.at(attempt - 1) * 60'000;
            QCOMPARE(e->lastAttempt.msecsTo(e->nextAttempt), expected);
            QVERIFY(!e->isDue(f.now.addMSecs(expected - 1)));
            QVERIFY(e->isDue(f.now.addMSecs(expected)));
            QCOMPARE(f.results.last().state, OutboxEntry::State::RetryWait);
            QVERIFY(!f.results.last().removed);
            // Not due yet: a flush leaves it alone.
            f.sender.flush(QStringLiteral("alice"));
            QTest::qWait(50);
            QCOMPARE(f.outbox.entry(id)->attempts, attempt);
            f.now = f.now.addSecs(3600);
        }
    }

    void retriedAutomaticallyWhileRunning()
    {
        Fixture f;
        f.now = QDateTime::currentDateTimeUtc();
        f.outbox.setClock({}); // the real clock: the retry timer runs on it
        f.sender.setBackoffSchedule({ 200 });
        const QString id = f.enqueue({ QStringLiteral("bob@example.test") });
        const int lines = bodyLines(f.outbox, id);
        FakeServer first(greeting()
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 421 4.3.2 System not accepting network messages"),
                QStringLiteral("X") });
        FakeServer second(greeting()
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 ok") }
            + dataExchange(lines, QStringLiteral("250 2.0.0 queued")) + kQuit);
        f.port = first.port();
        f.sender.send(id);
        QVERIFY2(f.waitIdle(1), qPrintable(f.dump()));
        QCOMPARE(f.outbox.entry(id)->state, OutboxEntry::State::RetryWait);
        f.port = second.port();
        QVERIFY2(QTest::qWaitFor([&] { return !f.outbox.entry(id); }, 5000), qPrintable(f.dump()));
        QCOMPARE(f.results.size(), 2);
        QVERIFY(f.results.last().removed);
        QVERIFY2(second.error().isEmpty(), qPrintable(second.error()));
    }

    void permanentFailureStaysFailed()
    {
        Fixture f;
        const QString id = f.enqueue({ QStringLiteral("bob@example.test") });
        FakeServer server(greeting()
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 ok") }
            + dataExchange(
                bodyLines(f.outbox, id), QStringLiteral("554 5.7.1 Message rejected as spam"))
            + kQuit);
        f.port = server.port();
        f.sender.send(id);
        QVERIFY2(f.waitIdle(), qPrintable(f.dump()));
        const auto e = f.outbox.entry(id);
        QVERIFY(e);
        QCOMPARE(e->state, OutboxEntry::State::Failed);
        QCOMPARE(e->lastError.code, 554);
        QVERIFY(e->lastError.text.contains(QStringLiteral("spam")));
        QVERIFY(!e->nextAttempt.isValid());
        QVERIFY(!e->isDue(f.now.addYears(1)));
        QVERIFY(QFile::exists(f.outbox.messagePath(id)));
        // Still failed after a restart.
        Outbox reread(f.tmp.path());
        QCOMPARE(reread.entry(id)->state, OutboxEntry::State::Failed);
    }

    void partialRejectionKeepsOnlyTheRejected()
    {
        Fixture f;
        const QString id = f.enqueue({ QStringLiteral("bob@example.test"),
            QStringLiteral("nobody@example.test"), QStringLiteral("carol@example.test") });
        const auto before = f.outbox.entry(id);
        FakeServer server(greeting()
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 2.1.5 ok"),
                QStringLiteral("C: RCPT TO:<nobody@example.test>"),
                QStringLiteral("S: 550 5.1.1 <nobody@example.test>: no such user"),
                QStringLiteral("C: RCPT TO:<carol@example.test>"), QStringLiteral("S: 250 ok") }
            + dataExchange(bodyLines(f.outbox, id), QStringLiteral("250 2.0.0 queued")) + kQuit);
        f.port = server.port();
        f.sender.send(id);
        QVERIFY2(f.waitIdle(), qPrintable(f.dump()));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        const OutboxSendResult &r = f.results.value(0);
        QVERIFY(r.delivered);
        QVERIFY(!r.removed);
        QCOMPARE(r.accepted,
            (QStringList {
                QStringLiteral("bob@example.test"), QStringLiteral("carol@example.test") }));
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.first().address, QStringLiteral("nobody@example.test"));
        QCOMPARE(r.rejected.first().code, 550);
        QCOMPARE(r.rejected.first().enhanced, QStringLiteral("5.1.1"));
        const auto e = f.outbox.entry(id);
        QVERIFY(e);
        QCOMPARE(e->recipients, QStringList { QStringLiteral("nobody@example.test") });
        QCOMPARE(e->state, OutboxEntry::State::Failed);
        QCOMPARE(e->messageId, before->messageId);
        QCOMPARE(e->perRecipient.size(), 3);
        QVERIFY(e->perRecipient.at(0).accepted);
        QVERIFY(!e->perRecipient.at(1).accepted);
        QCOMPARE(e->lastError.code, 550);
    }

    void connectionDropMidDataKeepsTheMessage()
    {
        Fixture f;
        const QString id = f.enqueue({ QStringLiteral("bob@example.test") });
        FakeServer server(greeting()
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                QStringLiteral("S: 354 go ahead"), QStringLiteral("C+ 3"), QStringLiteral("A") });
        f.port = server.port();
        f.sender.send(id);
        QVERIFY2(f.waitIdle(), qPrintable(f.dump()));
        const auto e = f.outbox.entry(id);
        QVERIFY(e);
        QCOMPARE(e->state, OutboxEntry::State::RetryWait);
        QVERIFY2(
            e->lastError.kind == FailureKind::Closed || e->lastError.kind == FailureKind::Timeout,
            qPrintable(kindName(e->lastError.kind)));
        QVERIFY(QFile::exists(f.outbox.messagePath(id)));
        QVERIFY(!f.results.value(0).delivered);
    }

    void cancelMidSendKeepsTheMessage()
    {
        Fixture f;
        const QString id = f.enqueue({ QStringLiteral("bob@example.test") });
        // The server takes the body, then never answers the final dot.
        FakeServer server(greeting()
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                QStringLiteral("S: 354 go ahead") });
        f.port = server.port();
        bool cancelled = false;
        QObject::connect(&f.sender, &Sender::progress, &f.sender,
            [&](const QString &which, qint64 sent, qint64 total) {
                if (!cancelled && which == id && sent == total) {
                    cancelled = true;
                    f.sender.cancel(id);
                }
            });
        f.sender.send(id);
        QVERIFY(QTest::qWaitFor([&] { return f.sender.isSending(id); }, 2000));
        QVERIFY2(f.waitIdle(), qPrintable(f.dump()));
        QVERIFY(cancelled);
        const auto e = f.outbox.entry(id);
        QVERIFY(e);
        QCOMPARE(e->state, OutboxEntry::State::Failed);
        QCOMPARE(e->lastError.kind, FailureKind::Cancelled);
        QVERIFY(QFile::exists(f.outbox.messagePath(id)));
        QVERIFY(QTest::qWaitFor([&] { return server.clientClosed(); }, 2000));
        // The user can send it again.
        FakeServer again(greeting()
            + QStringList { QStringLiteral("C: MAIL FROM:<alice@example.test>"),
                QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.test>"),
                QStringLiteral("S: 250 ok") }
            + dataExchange(bodyLines(f.outbox, id), QStringLiteral("250 2.0.0 queued")) + kQuit);
        f.port = again.port();
        f.sender.retry(id);
        QVERIFY2(f.waitIdle(2), qPrintable(f.dump()));
        QVERIFY(!f.outbox.entry(id));
    }

    void cancelBeforeStartKeepsTheMessage()
    {
        Fixture f;
        const QString id = f.enqueue({ QStringLiteral("bob@example.test") });
        f.sender.cancel(id);
        QCOMPARE(f.outbox.entry(id)->state, OutboxEntry::State::Failed);
        QCOMPARE(f.outbox.entry(id)->lastError.kind, FailureKind::Cancelled);
    }

    void unknownAccountFails()
    {
        QTemporaryDir tmp;
        Outbox outbox(tmp.filePath(QStringLiteral("outbox")));
        Sender sender(&outbox);
        sender.accountResolver()->setAccountStorePath(tmp.filePath(QStringLiteral("accounts.ini")));
        const auto e = outbox.enqueue(
            QStringLiteral("nobody-here"), draft({ QStringLiteral("bob@example.test") }));
        QVERIFY(e);
        QSignalSpy finished(&sender, &Sender::finished);
        QSignalSpy idle(&sender, &Sender::idle);
        sender.sendAll();
        QVERIFY(idle.wait(5000));
        QCOMPARE(finished.size(), 1);
        const auto after = outbox.entry(e->id);
        QCOMPARE(after->state, OutboxEntry::State::Failed);
        QCOMPARE(after->lastError.kind, FailureKind::LocalInput);
        QVERIFY(!after->lastError.text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSender)
#include "tst_sender.moc"
