#include "sasl/SaslScramSha256.h"

#include "sasl/SaslPrep.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <array>

namespace mw::sasl {

namespace {

constexpr auto kHash = QCryptographicHash::Sha256;
constexpr int kNonceBytes = 24;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, kHash);
}

// Runs over the whole length so the time does not reveal where the first
// difference is.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

// RFC 5802 §7: printable = %x21-2B / %x2D-7E (no comma).
bool isPrintable(const QByteArray &s)
{
    for (const char c : s) {
        if (c < 0x21 || c > 0x7E || c == ',')
            return false;
    }
    return true;
}

// Server-supplied text shown to the user: printable ASCII only, bounded.
QString sanitized(const QByteArray &text)
{
    QByteArray out;
    for (const char c : text.left(100))
        out.append(c >= 0x20 && c <= 0x7E ? c : '?');
    return QString::fromLatin1(out);
}

QByteArray randomNonce()
{
    std::array<quint32, kNonceBytes / sizeof(quint32)> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), kNonceBytes).toBase64();
}

} // namespace

SaslScramSha256::SaslScramSha256(Credentials credentials, QByteArray clientNonceForTesting)
    : m_credentials(std::move(credentials))
    , m_clientNonce(
          clientNonceForTesting.isEmpty() ? randomNonce() : std::move(clientNonceForTesting))
{
    Q_ASSERT(isPrintable(m_clientNonce));
    m_validationError = basicValidationError(m_credentials);
    if (!m_validationError.isEmpty())
        return;
    // RFC 5802 §5.1: the user name is SASLprep'ed; failure or an empty result aborts.
    const std::optional<QString> user = saslPrep(m_credentials.username);
    if (!user || user->isEmpty()) {
        m_validationError = QStringLiteral(
            "the user name contains characters SCRAM does not allow (RFC 4013 SASLprep)");
        return;
    }
    // RFC 5802 §2.2: Normalize(password) is SASLprep as a query string.
    const std::optional<QString> password = saslPrep(m_credentials.secret);
    if (!password || password->isEmpty()) {
        m_validationError = QStringLiteral(
            "the password contains characters SCRAM does not allow (RFC 4013 SASLprep)");
        return;
    }
    m_password = password->toUtf8();
    m_clientFirstBare = "n=" + escapeSaslName(*user) + ",r=" + m_clientNonce;
}

QByteArray SaslScramSha256::clientFirstMessage()
{
    m_state = State::ClientFirstSent;
    return gs2Header(m_credentials.authzid) + m_clientFirstBare;
}

std::optional<QByteArray> SaslScramSha256::initialResponse()
{
    if (!m_validationError.isEmpty() || m_state != State::Start)
        return std::nullopt;
    return clientFirstMessage();
}

Step SaslScramSha256::fail(QString reason)
{
    m_state = State::Failed;
    m_serverSignature.clear();
    return Step::abort(std::move(reason));
}

Step SaslScramSha256::respond(const QByteArray &challenge)
{
    if (!m_validationError.isEmpty())
        return Step::abort(m_validationError);
    // RFC 4954 §4: an empty challenge before the server-first message asks for
    // the client-first message (sent without SASL-IR, or not at all yet).
    const bool awaitingServerFirst = m_state == State::Start || m_state == State::ClientFirstSent;
    if (awaitingServerFirst && challenge.isEmpty() && !m_answeredEmptyChallenge) {
        m_answeredEmptyChallenge = true;
        return Step::respondWith(clientFirstMessage());
    }
    switch (m_state) {
    case State::Start:
        return fail(
            QStringLiteral("the server sent a SCRAM challenge before the client's message"));
    case State::ClientFirstSent:
        return handleServerFirst(challenge);
    case State::ClientFinalSent:
        return handleServerFinal(challenge);
    case State::Verified:
        return fail(QStringLiteral("the server sent a SCRAM challenge after authentication ended"));
    case State::Failed:
        break;
    }
    return Step::abort(QStringLiteral("the SCRAM exchange has already failed"));
}

Step SaslScramSha256::handleServerFirst(const QByteArray &serverFirst)
{
    if (serverFirst.startsWith("e="))
        return fail(QStringLiteral("the server rejected SCRAM authentication: %1")
                        .arg(sanitized(serverFirst.mid(2))));
    // RFC 5802 §5.1: [m=…,] r=nonce,s=salt,i=count[,extensions]
    const QList<QByteArray> attrs = serverFirst.split(',');
    if (attrs.first().startsWith("m="))
        return fail(QStringLiteral("the server requires a SCRAM extension Mailwright does not "
                                   "support"));
    if (attrs.size() < 3 || !attrs[0].startsWith("r=") || !attrs[1].startsWith("s=")
        || !attrs[2].startsWith("i="))
        return fail(QStringLiteral("the server's SCRAM challenge is malformed"));

    // RFC 5802 §5.1: the server appends its part to the client's nonce.
    const QByteArray nonce = attrs[0].mid(2);
    if (!nonce.startsWith(m_clientNonce) || nonce.size() <= m_clientNonce.size()
        || !isPrintable(nonce))
        return fail(QStringLiteral("the server's SCRAM nonce does not extend the client's nonce"));

    const std::optional<QByteArray> salt = decodeBase64(attrs[1].mid(2));
    if (!salt || salt->isEmpty())
        return fail(QStringLiteral("the server's SCRAM salt is not valid base64"));

    const QByteArray countText = attrs[2].mid(2);
    bool ok = !countText.isEmpty() && countText.size() <= 9;
    for (const char c : countText)
        ok = ok && c >= '0' && c <= '9';
    const int iterations = ok ? countText.toInt() : 0;
    if (!ok || iterations < kMinIterations || iterations > kMaxIterations)
        return fail(QStringLiteral("the server's SCRAM iteration count %1 is outside %2-%3")
                        .arg(sanitized(countText))
                        .arg(kMinIterations)
                        .arg(kMaxIterations));

    // RFC 5802 §3.
    const QByteArray clientFinalWithoutProof
        = "c=" + gs2Header(m_credentials.authzid).toBase64() + ",r=" + nonce;
    const QByteArray authMessage
        = m_clientFirstBare + ',' + serverFirst + ',' + clientFinalWithoutProof;
    const QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
        kHash, m_password, *salt, iterations, QCryptographicHash::hashLength(kHash));
    const QByteArray clientKey = hmac(saltedPassword, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, kHash);
    QByteArray proof = hmac(storedKey, authMessage); // ClientSignature…
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = static_cast<char>(proof[i] ^ clientKey[i]); // …XOR ClientKey
    m_serverSignature = hmac(hmac(saltedPassword, QByteArrayLiteral("Server Key")), authMessage);

    m_state = State::ClientFinalSent;
    return Step::respondWith(clientFinalWithoutProof + ",p=" + proof.toBase64());
}

Step SaslScramSha256::handleServerFinal(const QByteArray &serverFinal)
{
    // RFC 5802 §5.1: (e=server-error / v=verifier) [,extensions]
    const qsizetype comma = serverFinal.indexOf(',');
    const QByteArray first = comma < 0 ? serverFinal : serverFinal.left(comma);
    if (first.startsWith("e="))
        return fail(QStringLiteral("the server rejected SCRAM authentication: %1")
                        .arg(sanitized(first.mid(2))));
    const std::optional<QByteArray> signature
        = first.startsWith("v=") ? decodeBase64(first.mid(2)) : std::nullopt;
    if (!signature)
        return fail(QStringLiteral("the server's final SCRAM message is malformed"));
    // RFC 5802 §9: only a server that knows the password can produce this.
    if (!constantTimeEquals(*signature, m_serverSignature))
        return fail(QStringLiteral("the server could not prove it knows the password (SCRAM "
                                   "server signature mismatch) — possible impersonation"));
    m_state = State::Verified;
    // RFC 4954 §4: SMTP delivers server-final as a 334 challenge; the client
    // acknowledges it with an empty response.
    return Step::respondWith(QByteArray());
}

} // namespace mw::sasl
