// The mailbox half of Pop3Client: STAT, LIST, UIDL and RETR (RFC 1939 §5,
// §7), run one at a time after login, then QUIT.

#include "net/Connection.h"
#include "pop3/Pop3Client.h"
#include "pop3/Pop3Commands.h"

#include <QCoreApplication>

#include <limits>

namespace mw {

namespace {
// Translation context for this file's messages (lupdate reads Xxx::tr calls).
struct Pop3ClientText {
    Q_DECLARE_TR_FUNCTIONS(mw::Pop3Client)
};

// A decimal number of at most 18 digits (no sign, no spaces) within `max`.
std::optional<qint64> parseNumber(QByteArrayView text, qint64 max)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value > max)
        return std::nullopt;
    return value;
}

// RFC 1939 §7: a unique-id is 1 to 70 characters in 0x21-0x7E.
bool isUniqueId(QByteArrayView uid)
{
    if (uid.isEmpty() || uid.size() > 70)
        return false;
    for (const char c : uid) {
        if (c < 0x21 || c > 0x7E)
            return false;
    }
    return true;
}

constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
constexpr qint64 kMaxOctets = std::numeric_limits<qint64>::max() / 16;
} // namespace

void Pop3Client::stat()
{
    enqueue({ Request::Stat });
}

void Pop3Client::list()
{
    enqueue({ Request::List });
}

void Pop3Client::uidl()
{
    enqueue({ Request::Uidl });
}

void Pop3Client::retrieve(int number)
{
    enqueue({ Request::Retr, number });
}

void Pop3Client::quit()
{
    m_quitRequested = true;
    runNextRequest();
}

void Pop3Client::enqueue(Request request)
{
    m_requests.append(request);
    runNextRequest();
}

void Pop3Client::becomeReady()
{
    m_state = State::Ready;
    m_sasl.reset();
    emit ready();
    runNextRequest();
}

void Pop3Client::runNextRequest()
{
    if (m_failed || m_state != State::Ready)
        return;
    if (m_requests.isEmpty()) {
        if (m_quitRequested) {
            m_state = State::Quitting;
            sendCommand(pop3::quit(), { Expectation::Quit, m_options.timeouts.quit });
        }
        return;
    }
    const Request request = m_requests.takeFirst();
    m_state = State::Busy;
    const int timeout = m_options.timeouts.command;
    switch (request.what) {
    case Request::Stat:
        sendCommand(pop3::stat(), { Expectation::Stat, timeout });
        return;
    case Request::List:
        sendCommand(pop3::list(), { Expectation::List, timeout });
        return;
    case Request::Uidl:
        sendCommand(pop3::uidl(), { Expectation::Uidl, timeout });
        return;
    case Request::Retr:
        if (request.number < 1) {
            failSession(Pop3Error::make(Pop3Error::Step::Retrieve, Pop3Error::Kind::LocalInput,
                Pop3ClientText::tr("There is no message number %1: POP3 counts from 1.")
                    .arg(request.number)));
            return;
        }
        sendCommand(pop3::retr(request.number), { Expectation::Retr, timeout, request.number });
        return;
    }
}

void Pop3Client::handleMailboxReply(const Expectation &e, const Pop3Reply &reply)
{
    // Multi-line +OK replies go to handleListing() / onMultilineDone().
    if (!reply.isOk()) {
        failSession(Pop3Error::fromReply(stepFor(e.what), reply));
        return;
    }
    if (e.what != Expectation::Stat)
        return;
    // RFC 1939 §5: "+OK" SP count SP octets, possibly followed by more text.
    const QList<QByteArray> words = reply.text.split(' ');
    const auto count = parseNumber(words.value(0), kMaxInt);
    const auto octets = parseNumber(words.value(1), kMaxOctets);
    if (!count || !octets) {
        failSession(Pop3Error::make(Pop3Error::Step::Mailbox, Pop3Error::Kind::Protocol,
            QStringLiteral("the STAT reply is not \"+OK count octets\"")));
        return;
    }
    markStep(Pop3Error::Step::Mailbox);
    m_state = State::Ready;
    emit statReceived(int(*count), *octets);
    runNextRequest();
}

void Pop3Client::handleListing(const Expectation &e, const QByteArray &body)
{
    QList<Pop3ListEntry> sizes;
    QList<Pop3UidEntry> uids;
    for (QByteArray line : body.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        // RFC 1939 §5 scan listing "n octets"; §7 unique-id listing "n uid".
        const QList<QByteArray> words = line.split(' ');
        const auto number = parseNumber(words.value(0), kMaxInt);
        bool ok = number && *number > 0 && words.size() >= 2;
        if (ok && e.what == Expectation::List) {
            const auto octets = parseNumber(words.at(1), kMaxOctets);
            ok = octets.has_value();
            if (ok)
                sizes.append({ int(*number), *octets });
        } else if (ok) {
            ok = words.size() == 2 && isUniqueId(words.at(1));
            if (ok)
                uids.append({ int(*number), words.at(1) });
        }
        if (!ok) {
            failSession(Pop3Error::make(Pop3Error::Step::Mailbox, Pop3Error::Kind::Protocol,
                QStringLiteral("malformed %1 line: \"%2\"")
                    .arg(e.what == Expectation::List ? QStringLiteral("LIST")
                                                     : QStringLiteral("UIDL"),
                        QString::fromLatin1(line.left(80)))));
            return;
        }
    }
    markStep(Pop3Error::Step::Mailbox);
    m_state = State::Ready;
    if (e.what == Expectation::List)
        emit listReceived(sizes);
    else
        emit uidlReceived(uids);
    runNextRequest();
}

} // namespace mw
