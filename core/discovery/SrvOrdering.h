#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace mw {

struct SrvRecord {
    QString target; // host name; "." or empty means "service not offered"
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

// RFC 2782 "Usage rules": lowest priority first; within one priority, a
// weighted random order (zero weights placed first, each pick uniform over the
// running sum). `random(n)` returns a number in [0, n]; tests pass their own.
using SrvRandom = std::function<quint32(quint32 inclusiveMax)>;
QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records, const SrvRandom &random = {});

// RFC 2782 / RFC 6186 §3.4: a single record whose target is "." means the
// service is decidedly not available at this domain.
bool srvNotOffered(const QList<SrvRecord> &records);

} // namespace mw
