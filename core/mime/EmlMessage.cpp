#include "mime/EmlMessage.h"

#include "mime/Mailbox.h"

#include <QCoreApplication>

namespace mw {

namespace {

constexpr qint64 kMaxHeaderBytes = 1024 * 1024;

// Translation context for this file's messages.
struct EmlText {
    Q_DECLARE_TR_FUNCTIONS(mw::EmlMessage)
};

// Serves `head` from memory, then the rest of `file` from `offset` on.
class PrefixedFileDevice : public QIODevice {
public:
    PrefixedFileDevice(QByteArray head, std::unique_ptr<QFile> file, qint64 offset)
        : m_head(std::move(head))
        , m_file(std::move(file))
        , m_offset(offset)
    {
        m_file->seek(offset);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return remaining() + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return remaining() == 0 && QIODevice::bytesAvailable() == 0; }
    qint64 size() const override { return m_head.size() + m_file->size() - m_offset; }
    QString fileErrorString() const { return m_file->errorString(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        qint64 done = 0;
        if (m_headPos < m_head.size()) {
            const qint64 n = qMin(max, m_head.size() - m_headPos);
            memcpy(data, m_head.constData() + m_headPos, size_t(n));
            m_headPos += n;
            done = n;
        }
        if (done < max) {
            const qint64 n = m_file->read(data + done, max - done);
            if (n < 0) {
                setErrorString(m_file->errorString());
                return done > 0 ? done : -1;
            }
            done += n;
        }
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 remaining() const
    {
        return (m_head.size() - m_headPos) + (m_file->size() - m_file->pos());
    }

    QByteArray m_head;
    std::unique_ptr<QFile> m_file;
    qint64 m_offset;
    qint64 m_headPos = 0;
};

struct Field {
    QByteArray name; // lower-case
    QByteArray value; // unfolded
    QByteArray raw; // as in the file, with its line breaks
};

// RFC 5322 §2.2: a field is a name, ':' and a value; continuation lines start
// with whitespace. Returns false on a line that is neither.
bool parseFields(const QByteArray &header, QList<Field> *fields)
{
    qsizetype pos = 0;
    while (pos < header.size()) {
        qsizetype end = header.indexOf('\n', pos);
        end = end < 0 ? header.size() : end + 1;
        const QByteArray line = header.mid(pos, end - pos);
        pos = end;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (fields->isEmpty())
                return false;
            fields->last().raw += line;
            fields->last().value += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed();
        for (char c : name) {
            if (c < 33 || c > 126)
                return false;
        }
        fields->append({ name.toLower(), line.mid(colon + 1).trimmed(), line });
    }
    return true;
}

bool addAddresses(const QByteArray &value, QList<EmailAddress> *out, QString *error)
{
    if (value.trimmed().isEmpty())
        return true;
    // Undisclosed-recipients style groups ("undisclosed-recipients:;") carry no address.
    QString text = QString::fromUtf8(value);
    if (text.trimmed().endsWith(QLatin1String(":;")))
        return true;
    const auto list = Mailbox::parseList(text, error);
    if (!list)
        return false;
    for (const Mailbox &mailbox : *list)
        out->append(mailbox.address());
    return true;
}

} // namespace

EmlMessage::~EmlMessage() = default;

qint64 EmlMessage::size() const
{
    return m_device ? m_device->size() : 0;
}

std::unique_ptr<EmlMessage> EmlMessage::open(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) -> std::unique_ptr<EmlMessage> {
        if (error)
            *error = message;
        return nullptr;
    };
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(EmlText::tr("cannot read %1: %2").arg(path, file->errorString()));

    // Find the end of the header section: the first empty line.
    QByteArray head;
    qint64 bodyOffset = -1;
    while (!file->atEnd() && head.size() < kMaxHeaderBytes) {
        const QByteArray line = file->readLine(kMaxHeaderBytes);
        if (line == "\r\n" || line == "\n") {
            bodyOffset = file->pos() - line.size();
            break;
        }
        head += line;
    }
    if (bodyOffset < 0) {
        if (!file->atEnd())
            return fail(EmlText::tr("%1: the header section is larger than 1 MiB").arg(path));
        bodyOffset = file->pos(); // headers only, no body
        if (!head.endsWith('\n'))
            head += "\r\n";
    }

    QList<Field> fields;
    if (head.isEmpty() || !parseFields(head, &fields))
        return fail(
            EmlText::tr("%1 does not look like an email message (RFC 5322 header fields expected)")
                .arg(path));

    std::unique_ptr<EmlMessage> message(new EmlMessage);
    QByteArray wireHead;
    QString addressError;
    QByteArray from, sender;
    for (const Field &field : std::as_const(fields)) {
        if (field.name == "bcc") {
            message->m_hadBcc = true;
            if (!addAddresses(field.value, &message->m_recipients, &addressError))
                return fail(EmlText::tr("%1: bad Bcc field: %2").arg(path, addressError));
            continue; // never on the wire
        }
        wireHead += field.raw;
        if (field.name == "to" || field.name == "cc") {
            if (!addAddresses(field.value, &message->m_recipients, &addressError))
                return fail(EmlText::tr("%1: bad %2 field: %3")
                                .arg(path, QString::fromLatin1(field.name), addressError));
        } else if (field.name == "from") {
            from = field.value;
        } else if (field.name == "sender") {
            sender = field.value;
        }
    }
    const QByteArray senderField = sender.isEmpty() ? from : sender;
    if (!senderField.isEmpty()) {
        QList<EmailAddress> senders;
        if (addAddresses(senderField, &senders, &addressError) && senders.size() == 1)
            message->m_sender = senders.first();
    }

    // One pass over the file for 8-bit data (the scan runs at memory speed).
    file->seek(0);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (qint64 n; !message->m_eightBit && (n = file->read(buffer.data(), buffer.size())) > 0;) {
        const char *p = buffer.constData();
        for (qint64 i = 0; i < n; ++i) {
            if (static_cast<unsigned char>(p[i]) >= 0x80) {
                message->m_eightBit = true;
                break;
            }
        }
    }
    if (file->error() != QFile::NoError)
        return fail(EmlText::tr("cannot read %1: %2").arg(path, file->errorString()));

    auto device = std::make_unique<PrefixedFileDevice>(wireHead, std::move(file), bodyOffset);
    device->open(QIODevice::ReadOnly);
    message->m_device = std::move(device);
    return message;
}

} // namespace mw
