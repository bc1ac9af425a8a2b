// Outbox: the durable queue on disk (enqueue, reload, corrupt files, state transitions,
// interrupted-send detection).

#include "outbox/Outbox.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

MessageDraft draft(const QString &subject = QStringLiteral("你好 outbox"))
{
    MessageDraft d;
    d.from = Mailbox::parse(u"Alice <alice@example.test>");
    d.to = *Mailbox::parseList(u"bob@example.test, Carol <carol@example.test>");
    d.bcc = *Mailbox::parseList(u"dave@example.test");
    d.subject = subject;
    d.textBody = QStringLiteral("Hello\nSecond line\n");
    return d;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QJsonObject sidecar(const QString &dir, const QString &id)
{
    return QJsonDocument::fromJson(readAll(dir + QLatin1Char('/') + id + QStringLiteral(".json")))
        .object();
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT
private slots:
    void defaultDirFollowsXdgDataHome()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
        QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
        QCoreApplication::setOrganizationName(QString());
        QCOMPARE(Outbox::defaultDir(), home.path() + QStringLiteral("/mailwright/outbox"));
    }

    void enqueueWritesMessageAndMetadata()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("outbox"));
        Outbox outbox(dir);
        QSignalSpy added(&outbox, &Outbox::entryAdded);
        QString error;
        const auto entry = outbox.enqueue(QStringLiteral("alice-at-example.test"), draft(), &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toString(), entry->id);

        QCOMPARE(entry->state, OutboxEntry::State::Queued);
        QCOMPARE(entry->attempts, 0);
        QCOMPARE(entry->accountName, QStringLiteral("alice-at-example.test"));
        QCOMPARE(entry->from, QStringLiteral("alice@example.test"));
        // The envelope: To, Cc and Bcc; the Bcc address is not in the message.
        QCOMPARE(entry->recipients,
            (QStringList { QStringLiteral("bob@example.test"), QStringLiteral("carol@example.test"),
                QStringLiteral("dave@example.test") }));
        QCOMPARE(entry->subject, QStringLiteral("你好 outbox"));
        QVERIFY(entry->messageId.startsWith(u'<') && entry->messageId.endsWith(u'>'));
        QVERIFY(entry->created.isValid());

        // Both files are complete on disk when enqueue() returns; no temporary file is left.
        const QByteArray message = readAll(outbox.messagePath(entry->id));
        QCOMPARE(qint64(message.size()), entry->size);
        QVERIFY(message.contains("Message-ID: " + entry->messageId.toLatin1() + "\r\n"));
        QVERIFY(message.contains("Subject: =?UTF-8?"));
        QVERIFY(!message.contains("dave@example.test"));
        QVERIFY(!message.contains("\n\n")); // CRLF only
        const QJsonObject meta = sidecar(dir, entry->id);
        QCOMPARE(meta.value(QStringLiteral("messageId")).toString(), entry->messageId);
        QCOMPARE(meta.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // The id is file-safe.
        for (QChar c : entry->id)
            QVERIFY(c.isLetterOrNumber() || c == u'-');

        const auto device = outbox.openMessage(entry->id);
        QVERIFY(device);
        QCOMPARE(device->readAll(), message);
        QVERIFY(!outbox.openMessage(QStringLiteral("no-such-id")));
    }

    void enqueueFailureLeavesNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("outbox"));
        Outbox outbox(dir);
        MessageDraft noFrom = draft();
        noFrom.from.reset();
        QString error;
        QVERIFY(!outbox.enqueue(QStringLiteral("a"), noFrom, &error));
        QVERIFY(!error.isEmpty());

        MessageDraft missingFile = draft();
        DraftAttachment attachment;
        attachment.path = tmp.filePath(QStringLiteral("does-not-exist.pdf"));
        missingFile.attachments << attachment;
        error.clear();
        QVERIFY(!outbox.enqueue(QStringLiteral("a"), missingFile, &error));
        QVERIFY2(error.contains(QStringLiteral("does-not-exist.pdf")), qPrintable(error));

        error.clear();
        QVERIFY(!outbox.enqueue(QString(), draft(), &error));
        QVERIFY(!error.isEmpty());

        QVERIFY(outbox.entries().isEmpty());
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 0);
    }

    void reloadGivesTheSameEntries()
    {
        QTemporaryDir tmp;
        QStringList ids;
        QList<OutboxEntry> before;
        {
            Outbox outbox(tmp.path());
            for (int i = 0; i < 3; ++i) {
                const auto e
                    = outbox.enqueue(QStringLiteral("acc"), draft(QStringLiteral("m%1").arg(i)));
                QVERIFY(e);
                ids << e->id;
            }
            before = outbox.entries();
        }
        Outbox again(tmp.path());
        const QList<OutboxEntry> after = again.entries();
        QCOMPARE(after.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).messageId, before.at(i).messageId);
            QCOMPARE(after.at(i).subject, before.at(i).subject);
            QCOMPARE(after.at(i).recipients, before.at(i).recipients);
            QCOMPARE(after.at(i).size, before.at(i).size);
            QCOMPARE(after.at(i).created, before.at(i).created);
        }
        QVERIFY(again.skippedFiles().isEmpty());
        QVERIFY(again.interruptedEntries().isEmpty());
    }

    void watchingSeesAnotherWriter()
    {
        // Two Outbox objects on one directory stand for the GUI and a
        // `mailwright outbox …` process: the watching one learns of the
        // other's additions, state changes and removals, each exactly once.
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/outbox"); // not there yet
        Outbox gui(dir);
        gui.setWatching(true);
        QVERIFY(gui.isWatching());
        QVERIFY(QFileInfo(dir).isDir());
        QSignalSpy added(&gui, &Outbox::entryAdded);
        QSignalSpy changed(&gui, &Outbox::entryChanged);
        QSignalSpy removed(&gui, &Outbox::entryRemoved);

        Outbox cli(dir);
        const auto e = cli.enqueue(QStringLiteral("acc"), draft());
        QVERIFY(e);
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toString(), e->id);
        QVERIFY(gui.entry(e->id));
        QCOMPARE(gui.entry(e->id)->subject, e->subject);

        QVERIFY(cli.markSending(e->id));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(gui.entry(e->id)->state, OutboxEntry::State::Sending);

        QVERIFY(cli.remove(e->id));
        QTRY_COMPARE(removed.size(), 1);
        QVERIFY(!gui.entry(e->id));
        QTest::qWait(300); // nothing more arrives late
        QCOMPARE(added.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(removed.size(), 1);

        // Its own writes are not reported a second time by the watcher.
        const auto own = gui.enqueue(QStringLiteral("acc"), draft());
        QVERIFY(own);
        QCOMPARE(added.size(), 2); // emitted by enqueue() itself
        QTest::qWait(300);
        QCOMPARE(added.size(), 2);
        QCOMPARE(changed.size(), 1);

        gui.setWatching(false);
        QVERIFY(!gui.isWatching());
        QVERIFY(cli.enqueue(QStringLiteral("acc"), draft()));
        QTest::qWait(300);
        QCOMPARE(added.size(), 2);
    }

    void watchingSurvivesTheFolderBeingRecreated()
    {
        // The folder deleted (the watch on it is gone then) and created again
        // by another writer: changes still arrive; many at once as one reload.
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/outbox");
        Outbox gui(dir);
        gui.setWatching(true);
        QSignalSpy added(&gui, &Outbox::entryAdded);
        QSignalSpy removed(&gui, &Outbox::entryRemoved);
        QSignalSpy reloaded(&gui, &Outbox::reloaded);
        {
            Outbox cli(dir);
            QVERIFY(cli.enqueue(QStringLiteral("acc"), draft()));
        }
        QTRY_COMPARE(added.size(), 1);

        QVERIFY(QDir(dir).removeRecursively());
        QTRY_COMPARE(removed.size(), 1);
        QTRY_VERIFY(gui.entries().isEmpty());
        {
            Outbox cli(dir); // as `mailwright outbox add` would: creates the folder again
            QVERIFY(cli.enqueue(QStringLiteral("acc"), draft(QStringLiteral("after"))));
        }
        QTRY_COMPARE(added.size(), 2);
        QCOMPARE(gui.entries().size(), 1);
        QCOMPARE(gui.entries().first().subject, QStringLiteral("after"));

        // A change again inside the new folder is still seen.
        {
            Outbox cli(dir);
            for (int i = 0; i < 20; ++i)
                QVERIFY(
                    cli.enqueue(QStringLiteral("acc"), draft(QStringLiteral("bulk %1").arg(i))));
        }
        QTRY_COMPARE(gui.entries().size(), 21);
        QVERIFY(reloaded.size() + added.size() > 2);
    }

    void ownerlessLockFileIsTakenOverOnceOld()
    {
        // A flush killed between creating ".send.lock" and writing its owner
        // into it leaves an empty lock file. Fresh, it may still be being
        // written: respected. A few seconds old: taken over, not a 30 s block.
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/outbox");
        QVERIFY(QDir().mkpath(dir));
        const QString lockPath = dir + QStringLiteral("/.send.lock");
        writeFile(lockPath, QByteArray());
        Outbox outbox(dir);
        QString error;
        QVERIFY(!outbox.acquireSendLock(&error));
        QVERIFY2(error.contains(QLatin1String("Another Mailwright process")), qPrintable(error));

        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(
            QDateTime::currentDateTime().addSecs(-10), QFileDevice::FileModificationTime));
        lock.close();
        QVERIFY2(outbox.acquireSendLock(&error), qPrintable(error));
        QVERIFY(outbox.holdsSendLock());

        // A lock held by a live owner (it names one) is never taken over.
        Outbox other(dir);
        QVERIFY(!other.acquireSendLock(&error));
        outbox.releaseSendLock();
        QVERIFY(other.acquireSendLock(&error));
    }

    void corruptAndForeignFilesAreSkippedNotDeleted()
    {
        QTemporaryDir tmp;
        QString goodId;
        QString templateJson;
        {
            Outbox outbox(tmp.path());
            const auto e = outbox.enqueue(QStringLiteral("acc"), draft());
            QVERIFY(e);
            goodId = e->id;
            templateJson
                = QString::fromUtf8(readAll(tmp.filePath(goodId + QStringLiteral(".json"))));
        }
        const QByteArray eml = "Subject: x\r\n\r\nbody\r\n";
        // Garbage metadata next to a message.
        writeFile(tmp.filePath(QStringLiteral("garbage.eml")), eml);
        writeFile(tmp.filePath(QStringLiteral("garbage.json")), "{ not json");
        // Metadata whose id does not match its file name.
        writeFile(tmp.filePath(QStringLiteral("renamed.eml")), eml);
        writeFile(tmp.filePath(QStringLiteral("renamed.json")), templateJson.toUtf8());
        // An unknown state.
        writeFile(tmp.filePath(QStringLiteral("badstate.eml")), eml);
        QString bad = templateJson;
        bad.replace(goodId, QStringLiteral("badstate"));
        bad.replace(QStringLiteral("\"queued\""), QStringLiteral("\"exploded\""));
        writeFile(tmp.filePath(QStringLiteral("badstate.json")), bad.toUtf8());
        // Half pairs and a foreign file.
        writeFile(tmp.filePath(QStringLiteral("lonely.eml")), eml);
        writeFile(tmp.filePath(QStringLiteral("orphan.json")), templateJson.toUtf8());
        writeFile(tmp.filePath(QStringLiteral("notes.txt")), "hello");
        writeFile(tmp.filePath(QStringLiteral("with space.json")), "{}");
        // An empty file.
        writeFile(tmp.filePath(QStringLiteral("empty.eml")), eml);
        writeFile(tmp.filePath(QStringLiteral("empty.json")), "");

        const int filesBefore = QDir(tmp.path()).entryList(QDir::Files).size();
        Outbox outbox(tmp.path());
        QCOMPARE(outbox.entries().size(), 1);
        QCOMPARE(outbox.entries().first().id, goodId);
        const QStringList skipped = outbox.skippedFiles();
        QCOMPARE(skipped.size(), 8);
        auto reasonFor = [&](const QString &name) {
            for (const QString &s : skipped) {
                if (s.startsWith(name + QStringLiteral(": ")))
                    return s;
            }
            return QString();
        };
        QVERIFY(reasonFor(QStringLiteral("garbage.json")).contains(QStringLiteral("not a JSON")));
        QVERIFY(
            reasonFor(QStringLiteral("renamed.json")).contains(QStringLiteral("does not match")));
        QVERIFY(reasonFor(QStringLiteral("badstate.json")).contains(QStringLiteral("exploded")));
        QVERIFY(reasonFor(QStringLiteral("lonely.eml"))
                    .contains(QStringLiteral("without its metadata")));
        QVERIFY(reasonFor(QStringLiteral("orphan.json"))
                    .contains(QStringLiteral("without its message")));
        QVERIFY(
            reasonFor(QStringLiteral("notes.txt")).contains(QStringLiteral("not an outbox file")));
        QVERIFY(!reasonFor(QStringLiteral("with space.json")).isEmpty());
        QVERIFY(!reasonFor(QStringLiteral("empty.json")).isEmpty());
        // Nothing was deleted.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), filesBefore);
    }

    void stateTransitions()
    {
        QTemporaryDir tmp;
        Outbox outbox(tmp.path());
        QDateTime now = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        outbox.setClock([&now] { return now; });
        const auto e = outbox.enqueue(QStringLiteral("acc"), draft());
        QVERIFY(e);
        QCOMPARE(e->created, now);
        QVERIFY(e->isDue(now));
        QSignalSpy changed(&outbox, &Outbox::entryChanged);

        now = now.addSecs(10);
        QVERIFY(outbox.markSending(e->id));
        QCOMPARE(changed.size(), 1);
        auto s = outbox.entry(e->id);
        QCOMPARE(s->state, OutboxEntry::State::Sending);
        QCOMPARE(s->attempts, 1);
        QCOMPARE(s->lastAttempt, now);
        QVERIFY(!s->isDue(now));
        QCOMPARE(sidecar(tmp.path(), e->id).value(QStringLiteral("state")).toString(),
            QStringLiteral("sending"));

        s->state = OutboxEntry::State::RetryWait;
        s->nextAttempt = now.addSecs(60);
        SmtpReply reply;
        reply.code = 451;
        reply.enhanced = { 4, 3, 0 };
        reply.lines = { QByteArrayLiteral("try again later") };
        s->lastError = OutboxError::from(SmtpError::fromReply(SmtpError::Step::Data, reply));
        QVERIFY(outbox.update(*s));
        QVERIFY(!outbox.entry(e->id)->isDue(now.addSecs(59)));
        QVERIFY(outbox.entry(e->id)->isDue(now.addSecs(60)));
        {
            // The error survives a restart.
            Outbox reread(tmp.path());
            const auto r = reread.entry(e->id);
            QVERIFY(r);
            QCOMPARE(r->state, OutboxEntry::State::RetryWait);
            QCOMPARE(r->nextAttempt, now.addSecs(60));
            QCOMPARE(r->lastError.code, 451);
            QCOMPARE(r->lastError.enhanced, QStringLiteral("4.3.0"));
            QCOMPARE(r->lastError.step, SmtpError::Step::Data);
            QCOMPARE(r->lastError.kind, FailureKind::Reply);
            QCOMPARE(r->lastError.text, QStringLiteral("try again later"));
        }

        s->state = OutboxEntry::State::Failed;
        QVERIFY(outbox.update(*s));
        QVERIFY(!outbox.entry(e->id)->isDue(now.addYears(1)));
        QVERIFY(outbox.markQueued(e->id));
        QCOMPARE(outbox.entry(e->id)->state, OutboxEntry::State::Queued);
        QCOMPARE(outbox.entry(e->id)->attempts, 1);

        OutboxEntry unknown = *s;
        unknown.id = QStringLiteral("nope");
        QString error;
        QVERIFY(!outbox.update(unknown, &error));
        QVERIFY(!error.isEmpty());

        QSignalSpy removed(&outbox, &Outbox::entryRemoved);
        QVERIFY(outbox.remove(e->id));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!outbox.entry(e->id));
        QVERIFY(!QFile::exists(outbox.messagePath(e->id)));
        QVERIFY(!QFile::exists(tmp.filePath(e->id + QStringLiteral(".json"))));
        QVERIFY(!outbox.remove(e->id, &error));
    }

    void sendingAtStartIsInterrupted()
    {
        QTemporaryDir tmp;
        QString id;
        {
            Outbox outbox(tmp.path());
            const auto e = outbox.enqueue(QStringLiteral("acc"), draft());
            QVERIFY(e);
            id = e->id;
            QVERIFY(outbox.markSending(id));
            // The process "dies" here: the sidecar says sending.
        }
        {
            // While another process holds the send lock, its Sending entries are left alone.
            Outbox sender(tmp.path());
            QVERIFY(sender.acquireSendLock());
            Outbox viewer(tmp.path());
            QCOMPARE(viewer.entry(id)->state, OutboxEntry::State::Interrupted);
            // (the first Outbox found the lock free at construction and already recovered it)
        }
        {
            Outbox outbox(tmp.path());
            QVERIFY(outbox.acquireSendLock());
            QVERIFY(outbox.markSending(id));
            Outbox viewer(tmp.path());
            QCOMPARE(viewer.entry(id)->state, OutboxEntry::State::Sending);
            QVERIFY(viewer.interruptedEntries().isEmpty());
            QString error;
            QVERIFY(!viewer.acquireSendLock(&error));
            QVERIFY(!error.isEmpty());
            outbox.releaseSendLock();
        }
        Outbox outbox(tmp.path());
        const auto e = outbox.entry(id);
        QVERIFY(e);
        QCOMPARE(e->state, OutboxEntry::State::Interrupted);
        QCOMPARE(outbox.interruptedEntries().size(), 1);
        QCOMPARE(outbox.interruptedEntries().first().id, id);
        QVERIFY(e->isDue(QDateTime::currentDateTimeUtc()));
        // Saved, so that it does not depend on this process.
        QCOMPARE(sidecar(tmp.path(), id).value(QStringLiteral("state")).toString(),
            QStringLiteral("interrupted"));
        QCOMPARE(e->attempts, 2);
    }

    void removalCutShortIsFinished()
    {
        // remove() marks the sidecar "removed" before unlinking; a process killed between the
        // unlinks leaves such a sidecar (and maybe the message). The next lock holder finishes.
        QTemporaryDir tmp;
        QString id;
        {
            Outbox outbox(tmp.path());
            const auto e = outbox.enqueue(QStringLiteral("acc"), draft());
            QVERIFY(e);
            id = e->id;
        }
        QJsonObject tombstone = sidecar(tmp.path(), id);
        tombstone.insert(QStringLiteral("removed"), true);
        writeFile(tmp.filePath(id + QStringLiteral(".json")), QJsonDocument(tombstone).toJson());
        {
            Outbox holder(tmp.path()); // takes the lock at construction and finishes the removal
            QVERIFY(holder.entries().isEmpty());
            QVERIFY(holder.skippedFiles().isEmpty());
        }
        QVERIFY(!QFile::exists(tmp.filePath(id + QStringLiteral(".json"))));
        QVERIFY(!QFile::exists(tmp.filePath(id + QStringLiteral(".eml"))));
    }

    void entryJsonRoundTrip()
    {
        OutboxEntry e;
        e.id = QStringLiteral("x-1");
        e.accountName = QStringLiteral("acc");
        e.messageId = QStringLiteral("<a@b>");
        e.from = QStringLiteral("a@b.test");
        e.recipients = { QStringLiteral("c@d.test") };
        e.state = OutboxEntry::State::Failed;
        e.attempts = 3;
        e.created = QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
        e.perRecipient << OutboxRecipientResult { QStringLiteral("c@d.test"), false, 550,
            QStringLiteral("5.1.1"), QStringLiteral("no such user") };
        QString error;
        const auto back = OutboxEntry::fromJson(e.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->state, e.state);
        QCOMPARE(back->created, e.created);
        QCOMPARE(back->perRecipient.size(), 1);
        QCOMPARE(back->perRecipient.first().code, 550);
        QJsonObject noFrom = e.toJson();
        noFrom.remove(QStringLiteral("from"));
        QVERIFY(!OutboxEntry::fromJson(noFrom, &error));
        QVERIFY(error.contains(QStringLiteral("sender")));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
