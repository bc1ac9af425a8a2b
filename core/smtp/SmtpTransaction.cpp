// The message-transaction half of SmtpClient: MAIL, RCPT, DATA/BDAT, RSET,
// pipelined where the server allows (RFC 2920, RFC 3030).

#include "smtp/SmtpTransaction.h"
#include "net/Connection.h"
#include "smtp/SmtpClient.h"
#include "smtp/SmtpCommands.h"

#include <QCoreApplication>
#include <QIODevice>

#include <utility>

namespace mw {

namespace {
// Stop queueing body bytes while this much is still unsent: memory stays flat
// whatever the message size (checklist 25).
constexpr qint64 kWriteHighWater = 512 * 1024;

} // namespace

// A trampoline: finishing one message starts the next one, and a message
// refused locally finishes at once, so a direct call chain would recurse once
// per message.
void SmtpClient::startNextMessage()
{
    if (m_starting) {
        m_startAgain = true;
        return;
    }
    m_starting = true;
    do {
        m_startAgain = false;
        startOneMessage();
    } while (m_startAgain && !m_failed);
    m_starting = false;
}

void SmtpClient::startOneMessage()
{
    if (m_failed || m_tx || m_state == State::Quitting || m_state == State::Done)
        return;
    if (m_nextTx) {
        // Its envelope already went out behind the previous message's ".".
        m_state = State::Sending;
        m_tx = std::move(m_nextTx);
        return;
    }
    if (m_queue.isEmpty()) {
        m_state = State::Ready;
        maybeQuit();
        return;
    }
    m_state = State::Sending;
    m_tx = makeTransaction(m_queue.takeFirst());
    ++m_nextIndex;
    Transaction &t = *m_tx;
    // Everything that can be refused locally is refused before a byte is sent.
    if (const std::optional<SmtpError> refusal = prepareTransaction(t)) {
        failMessage(*refusal);
        return;
    }
    ++t.pendingReplies;
    sendCommand(mailFromCommand(t), { Expectation::Mail, -1, false, m_options.timeouts.command });
    if (t.pipelining)
        sendRecipientBatch(t);
}

std::unique_ptr<SmtpClient::Transaction> SmtpClient::makeTransaction(const OutgoingMessage &message)
{
    auto tx = std::make_unique<Transaction>(m_nextIndex, message);
    for (const EmailAddress &address : tx->message.recipients)
        tx->result.recipients.append({ address, false, {} });
    return tx;
}

// The local checks and the envelope's paths; a refusal means nothing may be
// sent for this message.
std::optional<SmtpError> SmtpClient::prepareTransaction(Transaction &t) const
{
    const OutgoingMessage &msg = t.message;
    if (msg.recipients.isEmpty())
        return SmtpError::make(SmtpError::Step::Recipient, SmtpError::Kind::LocalInput,
            tr("The message has no recipients."));
    if (!msg.body || !msg.body->isReadable())
        return SmtpError::make(SmtpError::Step::Data, SmtpError::Kind::LocalInput,
            tr("The message body cannot be read."));
    const bool serverUtf8 = m_caps.has(SmtpCapabilities::SmtpUtf8);
    t.smtpUtf8 = msg.from.needsSmtpUtf8();
    for (const EmailAddress &address : msg.recipients)
        t.smtpUtf8 = t.smtpUtf8 || address.needsSmtpUtf8();
    if (t.smtpUtf8 && !serverUtf8) {
        // RFC 6531 §3.4; checklist 22.
        return SmtpError::make(SmtpError::Step::Sender, SmtpError::Kind::Policy,
            tr("An address has non-ASCII characters before the @, and this server does not "
               "support internationalized addresses (SMTPUTF8)."));
    }
    t.recipientPaths.clear();
    for (const EmailAddress &address : msg.recipients)
        t.recipientPaths.append(address.toSmtpPath(t.smtpUtf8).value_or(QByteArray()));
    if (m_caps.maxSize > 0 && msg.size > m_caps.maxSize) {
        // RFC 1870 §6; checklist 21: refuse before DATA.
        return SmtpError::make(SmtpError::Step::Data, SmtpError::Kind::Policy,
            tr("The message is %1 bytes, but the server accepts at most %2 bytes.")
                .arg(msg.size)
                .arg(m_caps.maxSize));
    }
    if (msg.eightBit && !m_caps.has(SmtpCapabilities::EightBitMime)) {
        return SmtpError::make(SmtpError::Step::Data, SmtpError::Kind::Policy,
            tr("The message has 8-bit content, but the server does not accept "
               "it (no 8BITMIME); it must be encoded first."));
    }
    t.pipelining = m_options.usePipelining && m_caps.has(SmtpCapabilities::Pipelining);
    t.chunking = m_options.useChunking && m_caps.has(SmtpCapabilities::Chunking);
    return std::nullopt;
}

QByteArray SmtpClient::mailFromCommand(const Transaction &t) const
{
    const OutgoingMessage &msg = t.message;
    smtp::MailParameters params;
    if (m_caps.has(SmtpCapabilities::Size) && msg.size >= 0)
        params.size = msg.size;
    params.eightBit = msg.eightBit;
    params.smtpUtf8 = t.smtpUtf8;
    if (msg.dsn && !msg.dsn->isEmpty() && m_caps.has(SmtpCapabilities::Dsn))
        params.dsn = msg.dsn;
    return smtp::mailFrom(msg.from.toSmtpPath(t.smtpUtf8).value_or(QByteArray()), params);
}

// Called right after a message's "." was written. RFC 2920 §3.1 lets message
// content start a group, so what comes next goes out now instead of one
// round trip later: the next message's whole envelope up to DATA, or QUIT.
// The replies still arrive in order, so the current message's final reply is
// handled (and reported) before anything of the next one.
void SmtpClient::pipelineAfterBody()
{
    if (m_failed || m_nextTx || !m_tx || !m_tx->pipelining || m_tx->chunking)
        return;
    if (m_queue.isEmpty()) {
        if (m_quitRequested && m_state == State::Sending) {
            m_state = State::Quitting;
            sendCommand(smtp::quit(), { Expectation::Quit, -1, false, m_options.timeouts.quit });
        }
        return;
    }
    std::unique_ptr<Transaction> next = makeTransaction(m_queue.first());
    // A message refused locally, or one whose recipients need several groups,
    // takes the ordinary path once the current message is done.
    if (prepareTransaction(*next) || !next->pipelining || next->chunking
        || next->recipientPaths.size() > qMax(1, m_options.maxPipelinedRecipients))
        return;
    m_queue.removeFirst();
    ++m_nextIndex;
    Transaction &t = *next;
    m_nextTx = std::move(next);
    ++t.pendingReplies;
    sendCommand(
        mailFromCommand(t), { Expectation::Mail, -1, false, m_options.timeouts.command, &t });
    sendRecipientBatch(t);
}

// Sends the next group of RCPTs (all of them, one at a time without
// PIPELINING) and, after the last group, DATA or the BDAT stream.
void SmtpClient::sendRecipientBatch(Transaction &t)
{
    const int count = int(t.recipientPaths.size()); // a recipient list never nears INT_MAX
    const int batch = t.pipelining ? qMax(1, m_options.maxPipelinedRecipients) : 1;
    const int end = qMin(count, t.nextRecipient + batch);
    const auto dsn
        = (t.message.dsn && m_caps.has(SmtpCapabilities::Dsn)) ? t.message.dsn : std::nullopt;
    for (; t.nextRecipient < end; ++t.nextRecipient) {
        ++t.pendingReplies;
        sendCommand(smtp::rcptTo(t.recipientPaths.at(t.nextRecipient), dsn),
            { Expectation::Rcpt, t.nextRecipient, false, m_options.timeouts.command, &t });
    }
    if (t.nextRecipient < count || !t.pipelining)
        return;
    // A message that fits in one chunk goes out with its envelope (one round
    // trip per message). A bigger one waits for the RCPT replies, so that a
    // mistyped address does not cost the whole upload.
    const bool fitsOneChunk = t.message.size >= 0 && t.message.size <= m_options.chunkSize;
    if (t.chunking && !fitsOneChunk)
        return;
    // RFC 2920: DATA and BDAT may end the group.
    t.bodyRequested = true;
    if (t.chunking) {
        startBody(); // never for a pipelined next envelope (DATA only)
    } else {
        ++t.pendingReplies;
        sendCommand(
            smtp::data(), { Expectation::Data, -1, false, m_options.timeouts.dataStart, &t });
    }
}

void SmtpClient::handleTransactionReply(const Expectation &e, const SmtpReply &reply)
{
    // Replies come in order, so a pipelined next envelope's first reply
    // arrives after the message before it was completed and m_nextTx became
    // m_tx; anything else would be a sequencing bug, not a server's doing.
    if (!m_tx || e.owner != m_tx.get()) {
        Q_ASSERT_X(false, "SmtpClient", "a transaction reply for a message that is not current");
        failSession(SmtpError::make(stepFor(e.what), SmtpError::Kind::Protocol,
            QStringLiteral("internal error: a reply arrived for a message that is not current")));
        return;
    }
    Transaction &t = *m_tx;
    --t.pendingReplies;
    switch (e.what) {
    case Expectation::Mail:
        t.mailReplied = true;
        t.mailAccepted = reply.klass() == 2;
        if (!t.mailAccepted) {
            t.error = SmtpError::fromReply(SmtpError::Step::Sender, reply);
            t.aborted = true;
        } else if (!t.pipelining) {
            sendRecipientBatch(t);
        }
        break;
    case Expectation::Rcpt: {
        RecipientResult &r = t.result.recipients[e.recipient];
        r.reply = reply;
        // RFC 5321 §3.4: 250 and 251 (will forward) are both success.
        r.accepted = t.mailAccepted && (reply.code == 250 || reply.code == 251);
        ++t.recipientReplies;
        if (t.aborted || t.bodyRequested)
            break;
        if (t.nextRecipient < t.recipientPaths.size()) {
            if (t.recipientReplies == t.nextRecipient)
                sendRecipientBatch(t);
            break;
        }
        if (t.recipientReplies < t.recipientPaths.size())
            break;
        // Without PIPELINING: all recipients answered.
        if (t.result.acceptedCount() == 0) {
            t.error = SmtpError::fromReply(SmtpError::Step::Recipient, reply);
            break;
        }
        t.bodyRequested = true;
        if (t.chunking) {
            startBody();
        } else {
            ++t.pendingReplies;
            sendCommand(
                smtp::data(), { Expectation::Data, -1, false, m_options.timeouts.dataStart });
        }
        break;
    }
    case Expectation::Data:
        if (reply.code == 354) {
            if (t.result.acceptedCount() == 0 || !t.mailAccepted) {
                // RFC 2920 §3.1; checklist 16: every RCPT failed but DATA
                // was accepted. End the transaction with an empty message.
                t.loneDot = true;
                t.bodyStarted = true;
                t.bodyDone = true;
                m_conn->write(QByteArrayLiteral(".\r\n"));
                log(QStringLiteral(
                    "C: . (no recipient was accepted: empty message ends the transaction)"));
                ++t.pendingReplies;
                expect({ Expectation::DataEnd, -1, false, m_options.timeouts.dataEnd });
            } else {
                startBody();
            }
        } else if (!t.error) {
            // With every recipient refused, the refusal is the news, not DATA's 554.
            const bool noneAccepted
                = t.result.acceptedCount() == 0 && !t.result.recipients.isEmpty();
            t.error = noneAccepted ? SmtpError::fromReply(
                          SmtpError::Step::Recipient, t.result.recipients.first().reply)
                                   : SmtpError::fromReply(SmtpError::Step::Data, reply);
        }
        break;
    case Expectation::DataEnd:
        t.endReplied = true;
        t.result.finalReply = reply;
        if (t.loneDot) {
            if (!t.error) {
                const auto &first = t.result.recipients.first();
                t.error = SmtpError::fromReply(SmtpError::Step::Recipient, first.reply);
            }
        } else if (reply.klass() == 2) {
            t.result.delivered = true;
        } else if (!t.error) {
            t.error = SmtpError::fromReply(SmtpError::Step::Data, reply);
        }
        break;
    case Expectation::Bdat:
        if (reply.klass() != 2) {
            // RFC 3030 §2: after a failed BDAT the transaction needs RSET,
            // and nothing more of this message is sent.
            t.aborted = true;
            t.bdatFailed = true;
            if (t.bodyStarted && !t.bodyDone)
                t.bodyDone = true;
            if (!t.error) {
                // A rejected chunk after rejected recipients says nothing new.
                if (!t.mailAccepted || t.result.acceptedCount() == 0)
                    t.error = SmtpError::fromReply(
                        t.mailAccepted ? SmtpError::Step::Recipient : SmtpError::Step::Sender,
                        t.mailAccepted ? t.result.recipients.first().reply : reply);
                else
                    t.error = SmtpError::fromReply(SmtpError::Step::Data, reply);
            }
        }
        if (e.last) {
            t.endReplied = true;
            t.result.finalReply = reply;
            if (reply.klass() == 2 && t.mailAccepted && t.result.acceptedCount() > 0)
                t.result.delivered = true;
        }
        break;
    case Expectation::Rset: // NOLINT(bugprone-branch-clone): listed on purpose, nothing to do
        break;
    default:
        break;
    }
    maybeCompleteMessage();
}

void SmtpClient::startBody()
{
    Transaction &t = *m_tx;
    t.bodyStarted = true;
    t.encoder.emplace(t.chunking ? SmtpDataEncoder::Mode::Bdat : SmtpDataEncoder::Mode::Data);
    log(t.chunking ? QStringLiteral("C: <message body in BDAT chunks>")
                   : QStringLiteral("C: <message body>"));
    if (QIODevice *body = t.message.body) {
        connect(body, &QIODevice::readyRead, this, [this, body] {
            if (m_tx && m_tx->message.body == body && m_tx->bodyStarted && !m_tx->bodyDone)
                pumpBody();
        });
    }
    pumpBody();
}

void SmtpClient::pumpBody()
{
    if (!m_tx || m_failed)
        return;
    Transaction &t = *m_tx;
    QIODevice *body = t.message.body;
    while (!t.bodyDone) {
        if (t.aborted) {
            // A BDAT was refused: send no more. The outstanding replies
            // still arrive; then RSET clears the transaction.
            t.bodyDone = true;
            maybeCompleteMessage();
            return;
        }
        if (m_conn->bytesToWrite() > kWriteHighWater) {
            m_conn->armTimeout(m_options.timeouts.dataBlock);
            return; // bytesWritten() resumes us
        }
        // One read buffer for the whole session; a fresh 1 MiB allocation per
        // message would cost an mmap/munmap pair each time.
        if (m_readBuffer.size() != m_options.chunkSize)
            m_readBuffer = QByteArray(m_options.chunkSize, Qt::Uninitialized);
        const qint64 got = body->read(m_readBuffer.data(), m_readBuffer.size());
        if (got < 0) {
            failSession(SmtpError::make(SmtpError::Step::Data, SmtpError::Kind::LocalInput,
                tr("The message could not be read: %1").arg(body->errorString())));
            return;
        }
        const QByteArrayView chunk(m_readBuffer.constData(), got);
        if (got == 0 && !body->atEnd()) {
            rearmTimer(); // a producer that never delivers still times out
            return; // readyRead() resumes us
        }
        const bool last = body->atEnd();
        // A fresh array per chunk on purpose: the socket keeps a reference to
        // it (QIODevice::write(QByteArray) shares, it does not copy), so a
        // reused buffer would only detach.
        QByteArray wire;
        t.encoder->encode(chunk, wire);
        if (last)
            t.encoder->finish(wire);
        t.result.bytesSent += chunk.size();
        if (t.chunking) {
            if (wire.isEmpty() && !last)
                continue;
            ++t.pendingReplies;
            // Two writes, not `command + wire`: the socket's buffer shares
            // both arrays and sends them in one segment, without a copy.
            m_conn->write(smtp::bdat(wire.size(), last));
            m_conn->write(wire);
            expect({ Expectation::Bdat, -1, last,
                last ? m_options.timeouts.dataEnd : m_options.timeouts.dataBlock });
        } else {
            m_conn->write(wire);
        }
        emit progress(t.index, t.result.bytesSent, t.message.size);
        if (last) {
            finishBody();
            return;
        }
        m_conn->armTimeout(m_options.timeouts.dataBlock);
    }
}

void SmtpClient::finishBody()
{
    Transaction &t = *m_tx;
    t.bodyDone = true;
    if (!t.chunking) {
        log(QStringLiteral("C: . (%1 bytes of message)").arg(t.result.bytesSent));
        ++t.pendingReplies;
        expect({ Expectation::DataEnd, -1, false, m_options.timeouts.dataEnd });
        pipelineAfterBody();
    } else {
        log(QStringLiteral("C: BDAT … LAST (%1 bytes of message)").arg(t.result.bytesSent));
    }
}

void SmtpClient::maybeCompleteMessage()
{
    if (!m_tx || m_failed)
        return;
    Transaction &t = *m_tx;
    if (t.pendingReplies > 0)
        return;
    if (t.bodyStarted && !t.bodyDone)
        return; // still streaming; BDAT replies may arrive early
    const bool waitingForRecipients = t.mailAccepted && !t.aborted && !t.error && !t.bodyRequested;
    if (waitingForRecipients)
        return;
    // The transaction is still open on the server if MAIL was accepted but the
    // message never reached its final reply: clear it (RFC 5321 §4.1.1.5).
    if (t.mailAccepted && (!t.endReplied || t.bdatFailed) && !t.rsetSent) {
        t.rsetSent = true;
        ++t.pendingReplies;
        sendCommand(smtp::rset(), { Expectation::Rset, -1, false, m_options.timeouts.command });
        return;
    }
    completeMessage();
}

void SmtpClient::completeMessage()
{
    std::unique_ptr<Transaction> t = std::move(m_tx);
    if (t->error && !t->result.delivered)
        t->result.error = *t->error;
    else if (t->result.delivered && t->result.acceptedCount() < t->result.recipients.size()) {
        for (const RecipientResult &r : std::as_const(t->result.recipients)) {
            if (!r.accepted) {
                t->result.error = SmtpError::fromReply(SmtpError::Step::Recipient, r.reply);
                break;
            }
        }
    }
    if (t->message.body)
        disconnect(t->message.body, nullptr, this, nullptr);
    emit messageFinished(t->result);
    if (m_failed)
        return;
    startNextMessage();
}

// A message refused before anything was sent for it.
void SmtpClient::failMessage(const SmtpError &error)
{
    m_tx->error = error;
    completeMessage();
}

void SmtpClient::failPendingMessages(const SmtpError &error)
{
    if (m_tx) {
        std::unique_ptr<Transaction> t = std::move(m_tx);
        t->result.delivered = t->result.delivered && t->endReplied;
        t->result.error = error;
        if (t->message.body)
            disconnect(t->message.body, nullptr, this, nullptr);
        emit messageFinished(t->result);
    }
    if (m_nextTx) {
        // Its envelope was sent, its body never was.
        std::unique_ptr<Transaction> t = std::move(m_nextTx);
        t->result.delivered = false;
        t->result.error = error;
        emit messageFinished(t->result);
    }
    const QList<OutgoingMessage> unsent = std::exchange(m_queue, {});
    for (const OutgoingMessage &message : unsent) {
        MessageResult result;
        result.index = m_nextIndex++;
        for (const EmailAddress &address : message.recipients)
            result.recipients.append({ address, false, {} });
        result.error = error;
        emit messageFinished(result);
    }
}

} // namespace mw
