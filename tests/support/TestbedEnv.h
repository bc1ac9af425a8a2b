#pragma once

// Shared by the integration tests, which run inside the testbed namespace
// (`scripts/testbed exec`). See tests/integration/README.md.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mw::test {

// A variable that `scripts/testbed exec` exports; stops the test when it is
// missing, because outside the namespace the test names do not resolve.
inline QString env(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run inside `scripts/testbed exec`", name);
    return value;
}

#ifdef MAILWRIGHT_SOURCE_DIR
// tests/support/pop3_fetch.py, an independent POP3 client (Python's poplib).
inline QByteArray runPop3Fetch(const QStringList &arguments, bool *ok)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
        QStringList { QStringLiteral(MAILWRIGHT_SOURCE_DIR "/tests/support/pop3_fetch.py"),
            QStringLiteral("pop.example.test") }
            + arguments);
    *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return p.readAllStandardOutput();
}

// The raw message whose decoded Subject contains `token`; empty if none.
inline QByteArray fetchBySubject(const QString &user, const QString &password, const QString &token)
{
    bool ok = false;
    const QByteArray message
        = runPop3Fetch({ user, password, QStringLiteral("--subject"), token }, &ok);
    return ok ? message : QByteArray();
}

// How many messages the mailbox holds; -1 on failure.
inline int mailboxCount(const QString &user, const QString &password)
{
    bool ok = false;
    const QByteArray count = runPop3Fetch({ user, password, QStringLiteral("--count") }, &ok);
    return ok ? count.trimmed().toInt() : -1;
}
#endif

} // namespace mw::test
