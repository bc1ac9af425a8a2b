#pragma once

#include "pop3/Pop3Error.h"
#include "verify/ServerCheck.h"

#include <QPointer>

namespace mw {

class Pop3Client;

// Proves a POP3 server: greeting → CAPA → STLS or implicit TLS → CAPA →
// login → STAT → QUIT. It never sends DELE, and QUIT after STAT changes
// nothing in the mailbox.
class Pop3Check : public ServerCheck {
    Q_OBJECT
public:
    explicit Pop3Check(QObject *parent = nullptr);
    ~Pop3Check() override;

    // How a Pop3Client failure reads as a verification step. Public for tests.
    static VerifyFailure toFailure(const Pop3Error &error, VerifyStep::Name pending);

protected:
    void openSession(const QString &username, int budgetMs) override;
    void closeSession() override;

private:
    void onStep(Pop3Error::Step step, qint64 ms);

    QPointer<Pop3Client> m_client;
};

} // namespace mw
