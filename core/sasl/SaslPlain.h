#pragma once

#include "sasl/SaslMechanism.h"

namespace mw::sasl {

// RFC 4616 PLAIN: one client-first message "authzid NUL authcid NUL passwd"
// in UTF-8. The password crosses the wire readably, so TLS is required.
class SaslPlain final : public Mechanism {
public:
    explicit SaslPlain(Credentials credentials);

    QByteArray name() const override { return QByteArrayLiteral("PLAIN"); }
    bool exposesSecret() const override { return true; }
    std::optional<QByteArray> initialResponse() override;
    Step respond(const QByteArray &challenge) override;
    bool isComplete() const override { return m_sent; }
    QString validationError() const override;

private:
    QByteArray message() const;

    Credentials m_credentials;
    bool m_sent = false;
    bool m_answeredEmptyChallenge = false;
};

} // namespace mw::sasl
