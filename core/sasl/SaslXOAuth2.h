#pragma once

#include "sasl/SaslMechanism.h"

namespace mw::sasl {

// XOAUTH2 (Google and Microsoft's pre-RFC 7628 variant): one client-first
// message "user=U ^A auth=Bearer T ^A ^A". A rejected token comes back as a
// JSON error challenge, answered with an empty response before the server fails.
class SaslXOAuth2 final : public Mechanism {
public:
    explicit SaslXOAuth2(Credentials credentials);

    QByteArray name() const override { return QByteArrayLiteral("XOAUTH2"); }
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

} // namespace mw::sasl
