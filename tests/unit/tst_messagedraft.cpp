// MessageDraft: validation, the extra-header whitelist, subject neutralisation, the envelope.
#include "mime/MessageDraft.h"

#include <QTest>

using namespace mw;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Mailbox mailbox(const char *text)
{
    return *Mailbox::parse(QString::fromUtf8(text));
}

MessageDraft validDraft()
{
    MessageDraft draft;
    draft.from = mailbox("张三 <zhangsan@example.com>");
    draft.to = { mailbox("li@example.cn") };
    draft.subject = u8("你好");
    return draft;
}

} // namespace

class TestMessageDraft : public QObject {
    Q_OBJECT
private slots:
    void validDraftPasses()
    {
        QVERIFY(!validDraft().validate().isError());
        MessageDraft bccOnly = validDraft();
        bccOnly.to.clear();
        bccOnly.bcc = { mailbox("hidden@example.org") };
        QVERIFY(!bccOnly.validate().isError());
    }

    void errors_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("caseId");
        using F = DraftError::Field;
        QTest::newRow("no from") << int(F::From) << -1 << u8("sender") << 0;
        QTest::newRow("no recipient") << int(F::Recipients) << -1 << u8("recipient") << 1;
        QTest::newRow("control in subject") << int(F::Subject) << -1 << u8("control") << 2;
        QTest::newRow("lone surrogate in subject") << int(F::Subject) << -1 << u8("invalid") << 3;
        QTest::newRow("header not allowed") << int(F::Header) << 0 << u8("cannot be set") << 4;
        QTest::newRow("Bcc as a header") << int(F::Header) << 0 << u8("cannot be set") << 5;
        QTest::newRow("header with CRLF") << int(F::Header) << 0 << u8("line break") << 6;
        QTest::newRow("header twice") << int(F::Header) << 1 << u8("twice") << 7;
        QTest::newRow("non-ascii Importance") << int(F::Header) << 0 << u8("ASCII") << 8;
        QTest::newRow("bad References") << int(F::Header) << 0 << u8("message IDs") << 9;
        QTest::newRow("header name with colon") << int(F::Header) << 0 << u8("cannot be set") << 10;
        QTest::newRow("attachment without path") << int(F::Attachment) << 0 << u8("no file") << 11;
        QTest::newRow("content type with parameters")
            << int(F::Attachment) << 0 << u8("content type") << 12;
        QTest::newRow("content id with CRLF") << int(F::Attachment) << 0 << u8("content ID") << 13;
        QTest::newRow("content id twice") << int(F::Attachment) << 1 << u8("twice") << 14;
    }
    void errors()
    {
        QFETCH(int, field);
        QFETCH(int, index);
        QFETCH(QString, fragment);
        QFETCH(int, caseId);
        MessageDraft draft = validDraft();
        switch (caseId) {
        case 0:
            draft.from.reset();
            break;
        case 1:
            draft.to.clear();
            break;
        case 2:
            draft.subject = u8("a") + QChar(0) + u8("b");
            break;
        case 3:
            draft.subject = u8("a") + QChar(0xD800);
            break;
        case 4:
            draft.extraHeaders = { { u8("Received"), u8("from x") } };
            break;
        case 5:
            draft.extraHeaders = { { u8("bcc"), u8("x@example.com") } };
            break;
        case 6:
            draft.extraHeaders = { { u8("X-Tag"), u8("a\r\nBcc: x@example.com") } };
            break;
        case 7:
            draft.extraHeaders = { { u8("Keywords"), u8("a") }, { u8("keywords"), u8("b") } };
            break;
        case 8:
            draft.extraHeaders = { { u8("Importance"), u8("高") } };
            break;
        case 9:
            draft.extraHeaders = { { u8("References"), u8("<a@b> c") } };
            break;
        case 10:
            draft.extraHeaders = { { u8("X-A:B"), u8("c") } };
            break;
        case 11:
            draft.attachments = { DraftAttachment {} };
            break;
        case 12:
            draft.attachments = { { u8("/tmp/x"), {}, u8("text/plain; charset=x"), {} } };
            break;
        case 13:
            draft.attachments = { { u8("/tmp/x"), {}, {}, u8("a\r\nb@c") } };
            break;
        case 14:
            draft.attachments = { { u8("/tmp/x"), {}, {}, u8("logo@mw") },
                { u8("/tmp/y"), {}, {}, u8("logo@mw") } };
            break;
        }
        const DraftError error = draft.validate();
        QVERIFY(error.isError());
        QCOMPARE(int(error.field), field);
        QCOMPARE(error.index, index);
        QVERIFY2(error.text.contains(fragment), qPrintable(error.text));
    }

    void displayNameCannotCarryALineBreak()
    {
        // Checklist item 20: the Mailbox value refuses it before any writer sees it.
        QString why;
        QVERIFY(!Mailbox::create(
            u8("x\r\nBcc: evil@example.com"), *EmailAddress::parse(u8("a@b.cn")), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!Mailbox::parse(u8("\"x\nBcc: e@x.org\" <a@b.cn>")));
    }

    void whitelist()
    {
        QCOMPARE(extraHeaderRule(u8("in-reply-to"))->name, u8("In-Reply-To"));
        QCOMPARE(extraHeaderRule(u8("In-Reply-To"))->kind, HeaderKind::MessageIds);
        QCOMPARE(extraHeaderRule(u8("organization"))->kind, HeaderKind::Text);
        QCOMPARE(extraHeaderRule(u8("X-Campaign"))->name, u8("X-Campaign"));
        for (const char *refused : { "From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID",
                 "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Return-Path",
                 "Received", "Sender", "Reply-To", "X-", "X-A B", "" })
            QVERIFY2(!extraHeaderRule(QString::fromLatin1(refused)), refused);
    }

    void neutralisedSubject_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("written");
        QTest::newRow("CRLF") << u8("a\r\nBcc: x") << u8("a Bcc: x");
        QTest::newRow("LF") << u8("a\nb") << u8("a b");
        QTest::newRow("CR") << u8("a\rb") << u8("a b");
        QTest::newRow("two breaks") << u8("a\n\nb") << u8("a  b");
        QTest::newRow("unicode separators")
            << u8("a") + QChar(0x2028) + u8("b") + QChar(0x85) << u8("a b ");
        QTest::newRow("tab kept") << u8("a\tb") << u8("a\tb");
    }
    void neutralisedSubject()
    {
        QFETCH(QString, typed);
        QFETCH(QString, written);
        QCOMPARE(MessageDraft::neutralisedSubject(typed), written);
    }

    void envelope()
    {
        MessageDraft draft = validDraft();
        draft.to = { mailbox("a@x.org"), mailbox("B <b@x.org>") };
        draft.cc = { mailbox("a@X.ORG") };
        draft.bcc = { mailbox("c@x.org") };
        const QList<EmailAddress> envelope = draft.envelopeRecipients();
        QCOMPARE(envelope.size(), 3);
        QCOMPARE(envelope[2].toString(), u8("c@x.org"));
    }
};

QTEST_APPLESS_MAIN(TestMessageDraft)
#include "tst_messagedraft.moc"
