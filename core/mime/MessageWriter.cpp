#include "mime/MessageWriter.h"

#include <QCoreApplication>

#include <cstring>

namespace mw {

namespace {

// Whole base64 lines per file read: 4096 × 57 bytes in, 4096 × 78 out. Large enough that
// syscalls do not matter, small enough to stay in L2.
constexpr qint64 kFileBlock = 4096 * Base64Encoder::kLineBytes;
constexpr qsizetype kTextSlice = 64 * 1024;

} // namespace

std::unique_ptr<MessageWriter> MessageWriter::create(
    const MessageDraft &draft, const Options &options, DraftError *error)
{
    auto plan = MessagePlan::build(draft, options, error);
    if (!plan)
        return nullptr;
    std::unique_ptr<MessageWriter> writer(new MessageWriter(std::move(*plan)));
    writer->open(QIODevice::ReadOnly);
    return writer;
}

MessageWriter::MessageWriter(MessagePlan plan)
    : m_plan(std::move(plan))
{
}

qint64 MessageWriter::size() const
{
    return m_plan.size;
}

bool MessageWriter::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly))
        return false;
    rewind();
    // Unbuffered: QIODevice's own buffer would only add a copy; readData fills whole requests.
    return QIODevice::open(ReadOnly | Unbuffered);
}

void MessageWriter::close()
{
    m_file.reset();
    QIODevice::close();
}

bool MessageWriter::reset()
{
    if (!isOpen())
        return false;
    rewind();
    return true;
}

void MessageWriter::rewind()
{
    m_file.reset();
    m_index = 0;
    m_offset = 0;
    m_produced = 0;
    m_failed = false;
    m_stage.clear();
    m_stagePos = 0;
    m_base64.reset();
    m_qp.reset();
    setErrorString(QString());
}

bool MessageWriter::finished() const
{
    return m_index >= m_plan.segments.size() && m_stagePos >= m_stage.size();
}

bool MessageWriter::atEnd() const
{
    return !isOpen() || (!m_failed && finished());
}

qint64 MessageWriter::bytesAvailable() const
{
    if (!isOpen() || m_failed || finished())
        return 0;
    // Everything can be produced at once, so all that is left is available.
    if (m_plan.size >= 0)
        return m_plan.size - m_produced;
    return qMax<qint64>(1, m_stage.size() - m_stagePos);
}

bool MessageWriter::waitForReadyRead(int)
{
    return isOpen() && !m_failed && !finished();
}

qint64 MessageWriter::writeData(const char *, qint64)
{
    return -1;
}

void MessageWriter::fail(const QString &text)
{
    m_failed = true;
    m_file.reset();
    setErrorString(text);
}

void MessageWriter::nextSegment()
{
    ++m_index;
    m_offset = 0;
}

qint64 MessageWriter::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && !m_failed) {
        if (m_stagePos < m_stage.size()) {
            const qint64 n = qMin<qint64>(maxSize - done, m_stage.size() - m_stagePos);
            std::memcpy(data + done, m_stage.constData() + m_stagePos, size_t(n));
            done += n;
            m_stagePos += n;
            if (m_stagePos == m_stage.size()) {
                m_stage.resize(0); // keeps its capacity
                m_stagePos = 0;
            }
            continue;
        }
        if (m_index >= m_plan.segments.size())
            break;
        switch (m_plan.segments[m_index].kind) {
        case MessageSegment::Kind::Bytes:
            done += produceBytes(data + done, maxSize - done);
            break;
        case MessageSegment::Kind::EncodedText:
            produceText();
            break;
        case MessageSegment::Kind::File:
            done += produceFile(data + done, maxSize - done);
            break;
        }
    }
    m_produced += done;
    if (m_failed && done == 0)
        return -1;
    return done;
}

qint64 MessageWriter::produceBytes(char *out, qint64 room)
{
    const QByteArray &bytes = m_plan.segments[m_index].bytes;
    const qint64 n = qMin(room, bytes.size() - m_offset);
    std::memcpy(out, bytes.constData() + m_offset, size_t(n));
    m_offset += n;
    if (m_offset == bytes.size())
        nextSegment();
    return n;
}

void MessageWriter::produceText()
{
    const MessageSegment &segment = m_plan.segments[m_index];
    if (m_offset == 0) {
        m_base64.reset();
        m_qp.reset();
    }
    const qsizetype n = qMin<qsizetype>(kTextSlice, segment.bytes.size() - m_offset);
    const QByteArrayView slice(segment.bytes.constData() + m_offset, n);
    const bool base64 = segment.encoding == TransferEncoding::Base64;
    if (base64)
        m_base64.encode(slice, m_stage);
    else
        m_qp.encode(slice, m_stage);
    m_offset += n;
    if (m_offset == segment.bytes.size()) {
        if (base64)
            m_base64.finish(m_stage);
        else
            m_qp.finish(m_stage);
        nextSegment();
    }
}

qint64 MessageWriter::produceFile(char *out, qint64 room)
{
    const MessageSegment &segment = m_plan.segments[m_index];
    if (!m_file) {
        m_file = std::make_unique<QFile>(segment.path);
        if (!m_file->open(QIODevice::ReadOnly)) {
            fail(QCoreApplication::translate(
                "mw::MessageWriter", "The attachment \"%1\" cannot be read: %2")
                     .arg(segment.path, m_file->errorString()));
            return 0;
        }
        m_base64.reset();
        m_offset = 0;
        if (m_input.size() < kFileBlock)
            m_input.resize(kFileBlock);
    }

    // Fast path: whole lines straight into the reader's buffer, no staging copy.
    qint64 want = kFileBlock;
    const bool direct = m_base64.atLineStart() && room >= Base64Encoder::kLineOutput;
    if (direct)
        want = qMin(want, room / Base64Encoder::kLineOutput * Base64Encoder::kLineBytes);
    if (segment.fileSize >= 0)
        want = qMin(want, segment.fileSize - m_offset);

    const qint64 got = want > 0 ? m_file->read(m_input.data(), want) : 0;
    if (got < 0) {
        fail(QCoreApplication::translate(
            "mw::MessageWriter", "The attachment \"%1\" cannot be read: %2")
                 .arg(segment.path, m_file->errorString()));
        return 0;
    }
    if (got > 0) {
        m_offset += got;
        if (direct && got == want)
            return m_base64.encode(m_input.constData(), got, out);
        const qsizetype start = m_stage.size();
        m_stage.resize(start + Base64Encoder::maxOutput(got));
        m_stage.resize(start + m_base64.encode(m_input.constData(), got, m_stage.data() + start));
        return 0;
    }

    // The end: the size promised by size() must be what the file still has.
    char extra = 0;
    const bool shrank = segment.fileSize >= 0 && m_offset < segment.fileSize;
    const bool grew = segment.fileSize >= 0 && m_file->read(&extra, 1) > 0;
    if (shrank || grew) {
        fail(QCoreApplication::translate(
            "mw::MessageWriter", "The attachment \"%1\" changed while the message was being sent.")
                 .arg(segment.path));
        return 0;
    }
    m_file.reset();
    m_base64.finish(m_stage);
    nextSegment();
    return 0;
}

} // namespace mw
