#pragma once

#include "mime/Base64Encoder.h"
#include "mime/MessageDraft.h"
#include "mime/MessagePlan.h"
#include "mime/QuotedPrintableEncoder.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>

#include <memory>

namespace mw {

// A read-only, sequential QIODevice that produces an RFC 5322 + MIME message from a draft,
// lazily: the headers and small text bodies are prepared up front, attachments are opened one at
// a time when the reader gets to them and base64-encoded through fixed buffers, so memory stays
// constant (≈0.6 MB) whatever their size. The bytes are CRLF-only and every line is within 998
// octets (header lines within 78 unless a single address or ID is longer).
//
// Made for OutgoingMessage: read(n)/atEnd() pull bytes; it never waits, so readyRead is never
// needed. On a read error (a file vanished, shrank or grew since create()) read() returns -1,
// atEnd() stays false and errorString() says which file.
class MessageWriter : public QIODevice {
    Q_OBJECT
public:
    using Options = MessageOptions;

    // Validates the draft (MessageDraft::validate), checks that every attachment can be read, and
    // lays the message out. Returns an open device, or nullptr with *error set.
    static std::unique_ptr<MessageWriter> create(
        const MessageDraft &draft, const Options &options, DraftError *error = nullptr);

    // The exact message size in bytes, known without producing the message: base64 sizes follow
    // from file sizes, quoted-printable ones from a pre-scan of the (in-memory) text bodies.
    // -1 only when an attachment is not a regular file (a pipe or device): it is read to its end.
    qint64 size() const override;
    // 8BITMIME is needed: a text body went as 8bit (only when Options::eightBitAllowed), or a
    // header holds a UTF-8 address.
    bool needsEightBit() const { return m_plan.eightBit; }
    // A header (From, To, Cc, Reply-To) holds an address with a UTF-8 local part (RFC 6532):
    // only an SMTPUTF8 server may take the message.
    bool needsSmtpUtf8() const { return m_plan.smtpUtf8; }
    QByteArray messageId() const { return m_plan.messageId; } // with angle brackets
    qint64 bytesProduced() const { return m_produced; }

    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override; // ReadOnly only; starts from the beginning
    void close() override;
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    bool waitForReadyRead(int msecs) override;
    // Starts over: the same bytes again (same Date, Message-ID and boundaries), for a retry.
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    explicit MessageWriter(MessagePlan plan);

    void rewind();
    bool finished() const;
    void fail(const QString &text);
    void nextSegment();
    // Each produces some bytes of the current segment, into the caller's buffer (out/room) where
    // they fit or into m_stage; returns the bytes put into out.
    qint64 produceBytes(char *out, qint64 room);
    void produceText();
    qint64 produceFile(char *out, qint64 room);

    MessagePlan m_plan;
    int m_index = 0;
    qint64 m_offset = 0; // into the current Bytes/EncodedText segment, or bytes read from a file
    qint64 m_produced = 0;
    bool m_failed = false;
    QByteArray m_stage; // encoded bytes waiting for the reader
    qsizetype m_stagePos = 0;
    QByteArray m_input; // file read buffer
    std::unique_ptr<QFile> m_file;
    Base64Encoder m_base64;
    QuotedPrintableEncoder m_qp;
};

} // namespace mw
