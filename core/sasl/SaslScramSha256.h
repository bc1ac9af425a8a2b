#pragma once

#include "sasl/SaslMechanism.h"

namespace mw::sasl {

// RFC 5802 SCRAM with SHA-256 (RFC 7677), without channel binding. The
// password never crosses the wire, and the server must prove it knows it:
// isComplete() stays false until the server signature has been verified.
class SaslScramSha256 final : public Mechanism {
public:
    // RFC 7677 §4: the iteration count SHOULD be at least 4096.
    static constexpr int kMinIterations = 4096;
    // PBKDF2 runs synchronously in respond() (~1.6 µs per iteration), so a
    // hostile server must not be able to stall the client: the cap is ~1.6 s.
    static constexpr int kMaxIterations = 1'000'000;

    // `clientNonceForTesting` replaces the random nonce (printable ASCII, no ",")
    // so tests can replay the RFC 7677 §3 example. Leave it empty otherwise.
    explicit SaslScramSha256(Credentials credentials, QByteArray clientNonceForTesting = {});

    QByteArray name() const override { return QByteArrayLiteral("SCRAM-SHA-256"); }
    bool exposesSecret() const override { return false; }
    std::optional<QByteArray> initialResponse() override;
    Step respond(const QByteArray &challenge) override;
    bool isComplete() const override { return m_state == State::Verified; }
    QString validationError() const override { return m_validationError; }

private:
    enum class State { Start, ClientFirstSent, ClientFinalSent, Verified, Failed };

    QByteArray clientFirstMessage();
    Step handleServerFirst(const QByteArray &serverFirst);
    Step handleServerFinal(const QByteArray &serverFinal);
    Step fail(QString reason);

    Credentials m_credentials;
    QString m_validationError;
    QByteArray m_password; // SASLprep'ed, UTF-8
    QByteArray m_clientFirstBare; // "n=user,r=nonce"
    QByteArray m_clientNonce;
    QByteArray m_serverSignature; // expected in server-final
    State m_state = State::Start;
    bool m_answeredEmptyChallenge = false;
};

} // namespace mw::sasl
