#pragma once

#include "mime/EmailAddress.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace mw {

// An already-built RFC 5322 message on disk (`send --eml`), prepared for
// sending: the envelope can be taken from its headers, any Bcc field is
// removed from what goes on the wire (its addresses stay in the envelope),
// and the body is streamed from the file, never loaded whole.
class EmlMessage {
public:
    // Reads and checks the header section (at most 1 MiB). On failure returns
    // nullptr and explains why in `error`.
    static std::unique_ptr<EmlMessage> open(const QString &path, QString *error);

    std::optional<EmailAddress> headerSender() const { return m_sender; } // Sender:, else From:
    QList<EmailAddress> headerRecipients() const { return m_recipients; } // To, Cc, Bcc
    bool hadBcc() const { return m_hadBcc; }
    bool hasEightBitData() const { return m_eightBit; } // any byte >= 0x80 (needs 8BITMIME)

    QIODevice *device() { return m_device.get(); } // the message as it goes on the wire
    qint64 size() const;

    ~EmlMessage();

private:
    EmlMessage() = default;
    std::optional<EmailAddress> m_sender;
    QList<EmailAddress> m_recipients;
    bool m_hadBcc = false;
    bool m_eightBit = false;
    std::unique_ptr<QIODevice> m_device;
};

} // namespace mw
