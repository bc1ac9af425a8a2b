// DraftStore: drafts as JSON files (save, load, list, remove, damaged files).

#include "outbox/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

MessageDraft sample()
{
    MessageDraft d;
    d.from = Mailbox::parse(u"\"Doe, Alice\" <alice@example.test>");
    d.to = *Mailbox::parseList(u"bob@example.test, 王小明 <xiaoming@example.test>");
    d.cc = *Mailbox::parseList(u"carol@example.test");
    d.bcc = *Mailbox::parseList(u"dave@example.test");
    d.replyTo = *Mailbox::parseList(u"reply@example.test");
    d.subject = QStringLiteral("季度报告 Q3");
    d.textBody = QStringLiteral("第一行\nline two\n");
    d.htmlBody = QStringLiteral("<p>第一行</p>");
    DraftAttachment a;
    a.path = QStringLiteral("/tmp/报告.pdf");
    a.displayName = QStringLiteral("report.pdf");
    a.contentType = QStringLiteral("application/pdf");
    d.attachments << a;
    DraftAttachment inlineImage;
    inlineImage.path = QStringLiteral("/tmp/logo.png");
    inlineImage.contentId = QStringLiteral("logo@mw");
    d.attachments << inlineImage;
    d.extraHeaders << DraftHeader { QStringLiteral("In-Reply-To"), QStringLiteral("<x@y>") };
    return d;
}

} // namespace

class TestDraftStore : public QObject {
    Q_OBJECT
private slots:
    void saveAndLoadRoundTrip()
    {
        QTemporaryDir tmp;
        DraftStore store(tmp.filePath(QStringLiteral("drafts")));
        StoredDraft draft;
        draft.accountName = QStringLiteral("alice-at-example.test");
        draft.draft = sample();
        QString error;
        QVERIFY2(store.save(&draft, &error), qPrintable(error));
        QVERIFY(!draft.id.isEmpty());
        QVERIFY(draft.modified.isValid());
        QVERIFY(QFile::exists(
            tmp.filePath(QStringLiteral("drafts/") + draft.id + QStringLiteral(".json"))));

        const auto loaded = store.load(draft.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->accountName, draft.accountName);
        const MessageDraft &a = loaded->draft;
        const MessageDraft b = sample();
        QVERIFY(a.from && *a.from == *b.from);
        QCOMPARE(a.to, b.to);
        QCOMPARE(a.cc, b.cc);
        QCOMPARE(a.bcc, b.bcc);
        QCOMPARE(a.replyTo, b.replyTo);
        QCOMPARE(a.subject, b.subject);
        QCOMPARE(a.textBody, b.textBody);
        QCOMPARE(a.htmlBody, b.htmlBody);
        QCOMPARE(a.attachments.size(), 2);
        QCOMPARE(a.attachments.at(0).path, b.attachments.at(0).path);
        QCOMPARE(a.attachments.at(0).displayName, QStringLiteral("report.pdf"));
        QCOMPARE(a.attachments.at(0).contentType, QStringLiteral("application/pdf"));
        QCOMPARE(a.attachments.at(1).contentId, QStringLiteral("logo@mw"));
        QCOMPARE(a.extraHeaders.size(), 1);
        QCOMPARE(a.extraHeaders.first().value, QStringLiteral("<x@y>"));
        QCOMPARE(loaded->modified, draft.modified);

        // Saving again keeps the id and overwrites.
        const QString id = draft.id;
        draft.draft.subject = QStringLiteral("changed");
        QVERIFY(store.save(&draft));
        QCOMPARE(draft.id, id);
        QCOMPARE(store.load(id)->draft.subject, QStringLiteral("changed"));
        QCOMPARE(store.list().size(), 1);
    }

    void listNewestFirstAndSkipsDamaged()
    {
        QTemporaryDir tmp;
        DraftStore store(tmp.path());
        StoredDraft first;
        first.draft.subject = QStringLiteral("first");
        QVERIFY(store.save(&first));
        QTest::qWait(5);
        StoredDraft second;
        second.draft.subject = QStringLiteral("second");
        QVERIFY(store.save(&second));
        QFile damaged(tmp.filePath(QStringLiteral("broken.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"version\":1,\"draft\":{\"to\":[\"not an address\"]}}");
        damaged.close();
        QFile garbage(tmp.filePath(QStringLiteral("garbage.json")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("\x00\x01 nope");
        garbage.close();

        const QList<StoredDraft> drafts = store.list();
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).draft.subject, QStringLiteral("second"));
        QCOMPARE(drafts.at(1).draft.subject, QStringLiteral("first"));
        QString error;
        QVERIFY(!store.load(QStringLiteral("broken"), &error));
        QVERIFY2(error.contains(QStringLiteral("to")), qPrintable(error));
        // Damaged files are never deleted behind the user's back.
        QVERIFY(QFile::exists(damaged.fileName()));
        QVERIFY(QFile::exists(garbage.fileName()));
    }

    void removeAndBadIds()
    {
        QTemporaryDir tmp;
        DraftStore store(tmp.path());
        StoredDraft d;
        QVERIFY(store.save(&d));
        QVERIFY(store.remove(d.id));
        QVERIFY(!store.load(d.id));
        QVERIFY(store.remove(d.id)); // already gone: fine
        QString error;
        QVERIFY(!store.remove(QStringLiteral("../escape"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.load(QStringLiteral("../../etc/passwd"), &error));
        StoredDraft bad;
        bad.id = QStringLiteral("a/b");
        QVERIFY(!store.save(&bad, &error));
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
