#include "discovery/SrvOrdering.h"

#include <QRandomGenerator>

#include <algorithm>

namespace mw {

namespace {
bool isRootTarget(const QString &target)
{
    return target.isEmpty() || target == QLatin1String(".");
}
} // namespace

bool srvNotOffered(const QList<SrvRecord> &records)
{
    return records.size() == 1 && isRootTarget(records.first().target);
}

QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records, const SrvRandom &random)
{
    const SrvRandom pick = random ? random : [](quint32 max) {
        return max == 0 ? 0u : QRandomGenerator::global()->bounded(max + 1);
    };
    records.removeIf([](const SrvRecord &r) { return isRootTarget(r.target); });
    std::stable_sort(records.begin(), records.end(),
        [](const SrvRecord &a, const SrvRecord &b) { return a.priority < b.priority; });

    QList<SrvRecord> ordered;
    ordered.reserve(records.size());
    qsizetype start = 0;
    while (start < records.size()) {
        qsizetype end = start;
        while (end < records.size() && records[end].priority == records[start].priority)
            ++end;
        QList<SrvRecord> group = records.mid(start, end - start);
        // "all those with weight 0 are placed at the beginning of the list"
        std::stable_partition(
            group.begin(), group.end(), [](const SrvRecord &r) { return r.weight == 0; });
        while (!group.isEmpty()) {
            quint32 total = 0;
            for (const SrvRecord &r : group)
                total += r.weight;
            const quint32 chosen = pick(total);
            quint32 running = 0;
            qsizetype index = group.size() - 1;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += group[i].weight;
                if (running >= chosen) {
                    index = i;
                    break;
                }
            }
            ordered << group.takeAt(index);
        }
        start = end;
    }
    return ordered;
}

} // namespace mw
