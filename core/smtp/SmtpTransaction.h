#pragma once

// Private to SmtpClient: the state of the message being sent.

#include "smtp/SmtpClient.h"
#include "smtp/SmtpDataEncoder.h"

#include <optional>

namespace mw {

struct SmtpClient::Transaction {
    Transaction(int messageIndex, const OutgoingMessage &outgoing)
        : index(messageIndex)
        , message(outgoing)
    {
        result.index = messageIndex;
    }

    int index = -1;
    OutgoingMessage message;
    MessageResult result;
    QList<QByteArray> recipientPaths;
    bool smtpUtf8 = false;
    bool chunking = false;
    bool pipelining = false;

    int nextRecipient = 0; // next RCPT to send
    int recipientReplies = 0; // RCPT replies received
    bool mailAccepted = false;
    bool mailReplied = false;
    bool bodyRequested = false; // DATA sent, or BDAT streaming began
    bool bodyStarted = false; // DATA answered 354, or BDAT streaming began
    bool bodyDone = false; // the last byte (".\r\n" or BDAT LAST) was written
    bool loneDot = false; // DATA got 354 with no accepted recipient
    bool endReplied = false; // final reply to "." or BDAT LAST arrived
    bool rsetSent = false;
    bool aborted = false; // stop sending body bytes (a BDAT failed)
    bool bdatFailed = false; // some BDAT got a failure reply: RSET is due
    int pendingReplies = 0; // expectations outstanding for this message
    std::optional<SmtpDataEncoder> encoder;
    std::optional<SmtpError> error;
};

} // namespace mw
