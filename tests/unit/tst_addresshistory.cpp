// AddressHistory: the addresses the user sent to, for completion.

#include "outbox/AddressHistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mw;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(10, minute), Qt::UTC);
}

QStringList addresses(const QList<AddressHistory::Entry> &entries)
{
    QStringList out;
    for (const auto &e : entries)
        out << e.address;
    return out;
}

} // namespace

class TestAddressHistory : public QObject {
    Q_OBJECT
private slots:
    void orderingRecentAndFrequent()
    {
        AddressHistory h(QStringLiteral("/nonexistent/unused.json"));
        h.add(QStringList { QStringLiteral("bob@example.test") }, at(1));
        h.add(QStringList { QStringLiteral("bob@example.test") }, at(2));
        h.add(QStringList { QStringLiteral("bob@example.test") }, at(3));
        h.add(QStringList { QStringLiteral("Carol <carol@example.test>") }, at(10));
        h.add(QStringList { QStringLiteral("dave@example.test") }, at(5));
        h.add(QStringList { QStringLiteral("dave@example.test") }, at(6));
        QCOMPARE(addresses(h.entries(AddressHistory::Order::Recent)),
            (QStringList { QStringLiteral("carol@example.test"),
                QStringLiteral("dave@example.test"), QStringLiteral("bob@example.test") }));
        QCOMPARE(addresses(h.entries(AddressHistory::Order::Frequent)),
            (QStringList { QStringLiteral("bob@example.test"), QStringLiteral("dave@example.test"),
                QStringLiteral("carol@example.test") }));
        const auto bob = h.entries(AddressHistory::Order::Frequent).first();
        QCOMPARE(bob.count, 3);
        QCOMPARE(bob.lastUsed, at(3));
        QCOMPARE(h.entries().first().toString(), QStringLiteral("Carol <carol@example.test>"));
    }

    void sameAddressMerges()
    {
        AddressHistory h(QStringLiteral("/nonexistent/unused.json"));
        // Domains compare case-insensitively; the latest display name wins.
        h.add(*Mailbox::parseList(u"Bob <bob@Example.TEST>"), at(1));
        h.add(*Mailbox::parseList(u"Robert <bob@example.test>"), at(2));
        h.add(QStringList { QStringLiteral("not an address") }, at(3));
        QCOMPARE(h.entries().size(), 1);
        QCOMPARE(h.entries().first().displayName, QStringLiteral("Robert"));
        QCOMPARE(h.entries().first().count, 2);
        QVERIFY(h.remove(QStringLiteral("bob@example.test")));
        QVERIFY(h.entries().isEmpty());
        QVERIFY(!h.remove(QStringLiteral("bob@example.test")));
    }

    void completion()
    {
        AddressHistory h(QStringLiteral("/nonexistent/unused.json"));
        h.add(*Mailbox::parseList(u"Bob Smith <bob@example.test>"), at(1));
        h.add(*Mailbox::parseList(u"Alice <alice@corp.example>"), at(2));
        h.add(*Mailbox::parseList(u"王小明 <xiaoming@qq.com>"), at(3));
        h.add(QStringList { QStringLiteral("bobby@other.example") }, at(4));
        h.add(QStringList { QStringLiteral("bobby@other.example") }, at(5));
        QCOMPARE(addresses(h.complete(u"bo")),
            (QStringList {
                QStringLiteral("bobby@other.example"), QStringLiteral("bob@example.test") }));
        QCOMPARE(addresses(h.complete(u"BO", 10, AddressHistory::Order::Recent)),
            (QStringList {
                QStringLiteral("bobby@other.example"), QStringLiteral("bob@example.test") }));
        QCOMPARE(addresses(h.complete(u"smi")), QStringList { QStringLiteral("bob@example.test") });
        QCOMPARE(
            addresses(h.complete(u"corp")), QStringList { QStringLiteral("alice@corp.example") });
        QCOMPARE(addresses(h.complete(u"王")), QStringList { QStringLiteral("xiaoming@qq.com") });
        QCOMPARE(h.complete(u"bo", 1).size(), 1);
        QVERIFY(h.complete(u"zzz").isEmpty());
    }

    void saveLoadAndCorruptFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("sub/address-history.json"));
        {
            AddressHistory h(path);
            QVERIFY(h.load()); // missing file: empty
            h.add(*Mailbox::parseList(u"王小明 <xiaoming@qq.com>, bob@example.test"), at(7));
            QString error;
            QVERIFY2(h.save(&error), qPrintable(error));
        }
        AddressHistory again(path);
        QVERIFY(again.load());
        QCOMPARE(again.entries().size(), 2);
        const auto e = again.complete(u"xiao").value(0);
        QCOMPARE(e.displayName, QStringLiteral("王小明"));
        QCOMPARE(e.lastUsed, at(7));

        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[broken");
        f.close();
        QString error;
        QVERIFY(!again.load(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(again.entries().isEmpty());
    }

    void capped()
    {
        AddressHistory h(QStringLiteral("/nonexistent/unused.json"));
        h.add(QStringList { QStringLiteral("keep@example.test") }, at(0));
        h.add(QStringList { QStringLiteral("keep@example.test") }, at(0));
        for (int i = 0; i < AddressHistory::maxEntries() + 5; ++i)
            h.add(QStringList { QStringLiteral("user%1@example.test").arg(i) }, at(1));
        QCOMPARE(h.entries().size(), AddressHistory::maxEntries());
        QVERIFY(!h.complete(u"keep").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAddressHistory)
#include "tst_addresshistory.moc"
