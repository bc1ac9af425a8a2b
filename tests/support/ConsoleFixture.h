#pragma once

// Shared by the ConsoleSession tests (tests/protocol/tst_consolesession.cpp)
// and the protocol console window test (tests/gui/tst_console.cpp): the test
// account, the forms its password could leak in, and small helpers to drive a
// ConsoleSession against the scripted FakeServer.

#include "FakeServer.h"
#include "console/ConsoleSession.h"

#include <QByteArray>
#include <QString>
#include <QTest>

namespace mw::test {

inline const QString kUser = QStringLiteral("alice@example.test");
inline const QString kPassword = QStringLiteral("S3cret-密码-Pw");

inline QByteArray plainResponse()
{
    return (QByteArray(1, '\0') + kUser.toUtf8() + QByteArray(1, '\0') + kPassword.toUtf8())
        .toBase64();
}

// Every form a careless console might leave the password in.
inline bool leaksPassword(const QString &text)
{
    const QByteArray utf8 = kPassword.toUtf8();
    for (const QByteArray &needle :
        { utf8, utf8.toBase64(), plainResponse(), QByteArray("S3cret") }) {
        if (text.contains(QString::fromUtf8(needle)))
            return true;
    }
    return false;
}

inline TlsPolicy testPolicy()
{
    TlsPolicy policy;
    QString error;
    if (!policy.addCaFile(FakeServer::caFile(), &error))
        qFatal("%s", qPrintable(error));
    return policy;
}

inline Endpoint local(quint16 port, SecurityMode security)
{
    return Endpoint { QStringLiteral("localhost"), port, security };
}

inline bool waitForLog(const ConsoleSession &session, const QString &needle, int ms = 10000)
{
    return QTest::qWaitFor(
        [&] { return session.log().join(QLatin1Char('\n')).contains(needle); }, ms);
}

} // namespace mw::test
