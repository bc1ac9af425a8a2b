#pragma once

#include "sasl/SaslMechanism.h"

namespace mw::sasl {

// LOGIN (draft-murchison-sasl-login): the server prompts "Username:" and then
// "Password:"; each answer is the bare value. Server-first, no initial response.
class SaslLogin final : public Mechanism {
public:
    explicit SaslLogin(Credentials credentials);

    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    bool exposesSecret() const override { return true; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Step respond(const QByteArray &challenge) override;
    bool isComplete() const override { return m_answered == 2; }
    QString validationError() const override;

private:
    Credentials m_credentials;
    int m_answered = 0; // 0: nothing sent, 1: user name sent, 2: password sent
};

} // namespace mw::sasl
