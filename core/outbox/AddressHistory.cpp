#include "outbox/AddressHistory.h"

#include "outbox/DurableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace mw {

namespace {

struct HistoryText {
    Q_DECLARE_TR_FUNCTIONS(mw::AddressHistory)
};

bool lessRecent(const AddressHistory::Entry &a, const AddressHistory::Entry &b)
{
    if (a.lastUsed != b.lastUsed)
        return a.lastUsed > b.lastUsed;
    return a.count > b.count;
}

bool lessFrequent(const AddressHistory::Entry &a, const AddressHistory::Entry &b)
{
    if (a.count != b.count)
        return a.count > b.count;
    return a.lastUsed > b.lastUsed;
}

} // namespace

QString AddressHistory::Entry::toString() const
{
    const auto address = EmailAddress::parse(this->address);
    if (address && !displayName.isEmpty()) {
        if (const auto m = Mailbox::create(displayName, *address))
            return m->toString();
    }
    return this->address;
}

QString AddressHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/address-history.json");
}

AddressHistory::AddressHistory(QString path)
    : m_path(std::move(path))
{
}

bool AddressHistory::load(QString *error)
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = HistoryText::tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 * 1024 * 1024));
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != 1) {
        if (error)
            *error
                = HistoryText::tr("The address history %1 is damaged; starting empty.").arg(m_path);
        return false;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("addresses")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        const auto address = EmailAddress::parse(o.value(QStringLiteral("address")).toString());
        if (!address)
            continue; // one bad entry does not spoil the rest
        e.address = address->toString();
        e.displayName = o.value(QStringLiteral("name")).toString();
        e.count = std::max(1, o.value(QStringLiteral("count")).toInt());
        e.lastUsed = QDateTime::fromString(
            o.value(QStringLiteral("lastUsed")).toString(), Qt::ISODateWithMs)
                         .toUTC();
        m_entries << e;
    }
    return true;
}

bool AddressHistory::save(QString *error) const
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = HistoryText::tr("Cannot create the folder %1.").arg(dir);
        return false;
    }
    QJsonArray array;
    for (const Entry &e : entries(Order::Recent)) {
        QJsonObject o;
        o.insert(QStringLiteral("address"), e.address);
        if (!e.displayName.isEmpty())
            o.insert(QStringLiteral("name"), e.displayName);
        o.insert(QStringLiteral("count"), e.count);
        o.insert(QStringLiteral("lastUsed"), e.lastUsed.toString(Qt::ISODateWithMs));
        array.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("addresses"), array);
    return writeFileDurably(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

void AddressHistory::addOne(
    const QString &address, const QString &displayName, const QDateTime &when)
{
    const QDateTime at = when.isValid() ? when.toUTC() : QDateTime::currentDateTimeUtc();
    const auto parsed = EmailAddress::parse(address);
    if (!parsed)
        return;
    // Stored addresses are in EmailAddress::toString() form (lower-cased domain), so equal
    // addresses have equal strings.
    const QString canonical = parsed->toString();
    for (Entry &e : m_entries) {
        if (e.address == canonical) {
            e.count += 1;
            e.lastUsed = std::max(e.lastUsed, at);
            if (!displayName.isEmpty())
                e.displayName = displayName;
            return;
        }
    }
    m_entries << Entry { canonical, displayName, 1, at };
    if (m_entries.size() > maxEntries()) {
        // Forget the least used (and among those the oldest).
        std::sort(m_entries.begin(), m_entries.end(), lessFrequent);
        m_entries.resize(maxEntries());
    }
}

void AddressHistory::add(const QList<Mailbox> &recipients, const QDateTime &when)
{
    for (const Mailbox &m : recipients)
        addOne(m.address().toString(), m.displayName(), when);
}

void AddressHistory::add(const QStringList &addresses, const QDateTime &when)
{
    for (const QString &text : addresses) {
        if (const auto m = Mailbox::parse(text))
            addOne(m->address().toString(), m->displayName(), when);
    }
}

bool AddressHistory::remove(const QString &address)
{
    const auto parsed = EmailAddress::parse(address);
    if (!parsed)
        return false;
    const QString canonical = parsed->toString();
    return m_entries.removeIf([&](const Entry &e) { return e.address == canonical; }) > 0;
}

QList<AddressHistory::Entry> AddressHistory::entries(Order order) const
{
    QList<Entry> list = m_entries;
    std::stable_sort(list.begin(), list.end(), order == Order::Recent ? lessRecent : lessFrequent);
    return list;
}

QList<AddressHistory::Entry> AddressHistory::complete(
    QStringView prefix, int limit, Order order) const
{
    const QString p = prefix.trimmed().toString();
    QList<Entry> matches;
    for (const Entry &e : entries(order)) {
        bool hit = p.isEmpty() || e.address.startsWith(p, Qt::CaseInsensitive);
        if (!hit) {
            const qsizetype at = e.address.lastIndexOf(QLatin1Char('@'));
            hit = at >= 0 && e.address.mid(at + 1).startsWith(p, Qt::CaseInsensitive);
        }
        if (!hit) {
            const QStringList words = e.displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            hit = e.displayName.startsWith(p, Qt::CaseInsensitive)
                || std::any_of(words.begin(), words.end(),
                    [&](const QString &w) { return w.startsWith(p, Qt::CaseInsensitive); });
        }
        if (hit)
            matches << e;
        if (limit > 0 && matches.size() >= limit)
            break;
    }
    return matches;
}

} // namespace mw
