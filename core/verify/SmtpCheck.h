#pragma once

#include "smtp/SmtpError.h"
#include "verify/ServerCheck.h"

#include <QPointer>

namespace mw {

class SmtpClient;

// Proves an SMTP submission server: EHLO → STARTTLS or implicit TLS → EHLO →
// AUTH → QUIT. It never calls SmtpClient::send(), so no MAIL, RCPT or DATA
// ever goes out: verifying sends no message.
class SmtpCheck : public ServerCheck {
    Q_OBJECT
public:
    explicit SmtpCheck(QObject *parent = nullptr);
    ~SmtpCheck() override;

    // How an SmtpClient failure reads as a verification step. Public for tests.
    static VerifyFailure toFailure(const SmtpError &error, VerifyStep::Name pending);

protected:
    void openSession(const QString &username, int budgetMs) override;
    void closeSession() override;

private:
    void onStep(SmtpError::Step step, qint64 ms);

    QPointer<SmtpClient> m_client;
};

} // namespace mw
