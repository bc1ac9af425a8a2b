#include "mime/MessageIdentity.h"

#include <QRandomGenerator>

#include <algorithm>

namespace mw {

namespace {

constexpr char kAlphanumeric[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr int kBoundaryRandom = 24;
constexpr int kMessageIdRandom = 20;

QByteArray twoDigits(int n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

} // namespace

QByteArray rfc5322Date(const QDateTime &dateTime)
{
    static const char *const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static const char *const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offset = dateTime.offsetFromUtc() / 60; // minutes east of UTC
    const int absolute = offset < 0 ? -offset : offset;
    QByteArray out;
    out += days[date.dayOfWeek() - 1];
    out += ", " + twoDigits(date.day()) + ' ' + months[date.month() - 1] + ' '
        + QByteArray::number(date.year()) + ' ';
    out += twoDigits(time.hour()) + ':' + twoDigits(time.minute()) + ':' + twoDigits(time.second());
    out += ' ';
    out += offset < 0 ? '-' : '+';
    out += twoDigits(absolute / 60) + twoDigits(absolute % 60);
    return out;
}

QByteArray randomAlphanumeric(QRandomGenerator &random, int n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = kAlphanumeric[random.bounded(int(sizeof kAlphanumeric) - 1)];
    return out;
}

QByteArray newMessageId(QRandomGenerator &random, QByteArrayView domain, const QDateTime &when)
{
    // The time part only helps people sort IDs; uniqueness comes from the ~119 random bits.
    const QByteArray time = QByteArray::number(when.toMSecsSinceEpoch(), 36);
    return time + '.' + randomAlphanumeric(random, kMessageIdRandom) + '@' + domain.toByteArray();
}

bool isValidMessageId(QByteArrayView id)
{
    const qsizetype at = id.indexOf('@');
    if (at <= 0 || at == id.size() - 1 || id.lastIndexOf('@') != at)
        return false;
    return std::all_of(
        id.begin(), id.end(), [](char c) { return c > 0x20 && c < 0x7f && c != '<' && c != '>'; });
}

QByteArray newBoundary(QRandomGenerator &random)
{
    return "=_mw." + randomAlphanumeric(random, kBoundaryRandom);
}

} // namespace mw
