// The MessageWriter checks shared by fuzz_mime_writer and fuzz_mailto.
#pragma once

#include "FuzzSupport.h"

#include "mime/EncodedWords.h"
#include "mime/MessageWriter.h"

#include <QSet>

#include <fuzzer/FuzzedDataProvider.h>

namespace mwfuzz {

using namespace mw;

inline QByteArray readAll(MessageWriter &writer, FuzzedDataProvider &p)
{
    QByteArray out;
    char buffer[8192];
    while (!writer.atEnd()) {
        const qint64 n = writer.read(buffer, p.ConsumeIntegralInRange<qint64>(1, sizeof buffer));
        check(n >= 0, "read() failed without attachments", writer.errorString().toUtf8());
        check(n > 0 || writer.atEnd(), "read() returned 0 before the end");
        out.append(buffer, qsizetype(n));
        check(out.size() < 64 * 1024 * 1024, "runaway output");
    }
    return out;
}

// Writes the draft (or sees it refused with a DraftError) and checks the
// message: CRLF-only, lines within 998, exact size(), reset() repeatable,
// only the expected header fields, each once, and the Subject decoding back.
inline void writeAndCheck(
    const MessageDraft &draft, const MessageWriter::Options &options, FuzzedDataProvider &p)
{
    DraftError error;
    const std::unique_ptr<MessageWriter> writer = MessageWriter::create(draft, options, &error);
    if (!writer) {
        check(error.isError() && !error.text.isEmpty(), "refused without a DraftError");
        return;
    }
    const QByteArray message = readAll(*writer, p);
    check(writer->size() == message.size(), "size() is not the message size");
    check(writer->reset(), "reset() failed");
    check(readAll(*writer, p) == message, "reset() gives different bytes");

    QByteArray why;
    check(isCrlfClean(message, 998, &why), "message not CRLF-clean", why);
    const qsizetype headerEnd = message.indexOf("\r\n\r\n");
    check(headerEnd > 0, "no end of the header section");

    // Unfold into fields and check their names.
    QList<QByteArray> fields;
    for (const QByteArray &line : message.left(headerEnd).split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.startsWith(' ') || l.startsWith('\t')) {
            check(!fields.isEmpty(), "continuation line first");
            fields.last() += "\r\n" + l;
        } else {
            fields.append(l);
        }
    }
    QSet<QByteArray> allowed = { "date", "from", "reply-to", "to", "cc", "subject", "message-id",
        "user-agent", "mime-version", "content-type", "content-transfer-encoding" };
    for (const DraftHeader &h : draft.extraHeaders)
        allowed.insert(h.name.toLatin1().toLower());
    QSet<QByteArray> seen;
    QByteArray subject;
    for (const QByteArray &field : fields) {
        const qsizetype colon = field.indexOf(':');
        check(colon > 0, "header line without a field name", field);
        const QByteArray name = field.left(colon).toLower();
        check(allowed.contains(name), "unexpected header field", field);
        check(!seen.contains(name), "header field twice", field);
        seen.insert(name);
        if (name == "subject")
            subject = field.mid(colon + 1) + "\r\n";
    }
    check(seen.contains("subject") && seen.contains("from") && seen.contains("date"),
        "a required field is missing");
    const QString decoded = decodeEncodedWords(subject.chopped(2)).mid(1);
    check(decoded == MessageDraft::neutralisedSubject(draft.subject),
        "Subject does not decode back", subject);
}

} // namespace mwfuzz
