#pragma once

#include "sasl/SaslMechanism.h"

namespace mw::sasl {

// RFC 2195 CRAM-MD5: answers the server's single challenge with
// "user SP hex(HMAC-MD5(password, challenge))". The password never crosses
// the wire, but servers must keep a plaintext-equivalent copy; legacy only.
class SaslCramMd5 final : public Mechanism {
public:
    explicit SaslCramMd5(Credentials credentials);

    QByteArray name() const override { return QByteArrayLiteral("CRAM-MD5"); }
    bool exposesSecret() const override { return false; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Step respond(const QByteArray &challenge) override;
    bool isComplete() const override { return m_responded; }
    QString validationError() const override;

private:
    Credentials m_credentials;
    bool m_responded = false;
};

} // namespace mw::sasl
