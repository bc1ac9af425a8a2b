#pragma once

#include "mime/EmailAddress.h"
#include "mime/Mailbox.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mw {

// The addresses the user has sent to, for completion in the composer's To/Cc/Bcc fields. A small
// JSON file written with QSaveFile; at most maxEntries() addresses (the least used go first).
class AddressHistory {
public:
    struct Entry {
        QString address; // addr-spec, as EmailAddress::toString()
        QString displayName; // the last one used with it; may be empty
        int count = 0; // messages sent to it
        QDateTime lastUsed; // UTC

        QString toString() const; // "Name <addr>" or "addr", for an input field
    };
    enum class Order { Recent, Frequent };

    // <AppDataLocation>/address-history.json (follows XDG_DATA_HOME).
    static QString defaultPath();
    static int maxEntries() { return 1000; }

    explicit AddressHistory(QString path = defaultPath());
    QString path() const { return m_path; }

    // A missing file is an empty history; a corrupt one also (with *error set, file untouched).
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    // Records one sent message's accepted recipients (count+1, lastUsed = when).
    void add(const QList<Mailbox> &recipients, const QDateTime &when = {});
    void add(const QStringList &addresses, const QDateTime &when = {}); // addr-specs or Name <addr>
    bool remove(const QString &address);
    void clear() { m_entries.clear(); }

    QList<Entry> entries(Order order = Order::Recent) const;
    // Entries whose address, local part, domain or display-name word starts with `prefix`
    // (case-insensitive), best first: Order::Frequent breaks ties by recency and vice versa.
    QList<Entry> complete(QStringView prefix, int limit = 10, Order order = Order::Frequent) const;

private:
    void addOne(const QString &address, const QString &displayName, const QDateTime &when);

    QString m_path;
    QList<Entry> m_entries;
};

} // namespace mw
