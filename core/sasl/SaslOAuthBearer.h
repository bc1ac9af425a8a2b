#pragma once

#include "sasl/SaslMechanism.h"

namespace mw::sasl {

// RFC 7628 OAUTHBEARER: one client-first message carrying the access token.
// A rejected token comes back as a JSON error challenge (§3.2.2), which the
// client must acknowledge with a single 0x01 (§3.2.3) before the server fails.
class SaslOAuthBearer final : public Mechanism {
public:
    explicit SaslOAuthBearer(Credentials credentials);

    QByteArray name() const override { return QByteArrayLiteral("OAUTHBEARER"); }
    bool exposesSecret() const override { return true; }
    std::optional<QByteArray> initialResponse() override;
    Step respond(const QByteArray &challenge) override;
    bool isComplete() const override { return m_sent && !m_rejected; }
    QString validationError() const override;

private:
    QByteArray message() const;

    Credentials m_credentials;
    bool m_sent = false;
    bool m_answeredEmptyChallenge = false;
    bool m_rejected = false; // the server sent its error challenge
};

// Checks shared by OAUTHBEARER and XOAUTH2: the user name and the token are
// framed by 0x01 and spaces, so the token must be an RFC 6750 §2.1 b64token
// and the user name must not contain 0x01.
QString bearerValidationError(const Credentials &credentials);

} // namespace mw::sasl
