#include "sasl/SaslOAuthBearer.h"

#include <QRegularExpression>

namespace mw::sasl {

QString bearerValidationError(const Credentials &credentials)
{
    static const QRegularExpression b64token(QStringLiteral("\\A[A-Za-z0-9._~+/-]+=*\\z"));
    if (credentials.username.contains(QChar(u'\x01')))
        return QStringLiteral("the user name contains a control character");
    if (!credentials.secret.isEmpty() && !b64token.match(credentials.secret).hasMatch())
        return QStringLiteral("the access token contains characters a bearer token cannot have");
    return {};
}

SaslOAuthBearer::SaslOAuthBearer(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

QString SaslOAuthBearer::validationError() const
{
    const QString basic = basicValidationError(m_credentials);
    return basic.isEmpty() ? bearerValidationError(m_credentials) : basic;
}

QByteArray SaslOAuthBearer::message() const
{
    // RFC 7628 §3.1: gs2-header kvsep "auth=Bearer " token kvsep kvsep, kvsep = 0x01.
    return gs2Header(m_credentials.username)
        + "\x01"
          "auth=Bearer "
        + m_credentials.secret.toUtf8() + "\x01\x01";
}

std::optional<QByteArray> SaslOAuthBearer::initialResponse()
{
    if (!validationError().isEmpty())
        return std::nullopt;
    m_sent = true;
    return message();
}

Step SaslOAuthBearer::respond(const QByteArray &challenge)
{
    if (const QString invalid = validationError(); !invalid.isEmpty())
        return Step::abort(invalid);
    // RFC 4954 §4: an empty challenge asks for the initial response.
    if (challenge.isEmpty() && !m_answeredEmptyChallenge && !m_rejected) {
        m_answeredEmptyChallenge = true;
        m_sent = true;
        return Step::respondWith(message());
    }
    if (!m_rejected) {
        m_rejected = true;
        // RFC 7628 §3.2.2-§3.2.3: record the JSON error, answer with a lone
        // kvsep, and let the server send its final failure reply.
        setServerError(QString::fromUtf8(challenge));
        return Step::respondWith(QByteArrayLiteral("\x01"));
    }
    return Step::abort(
        QStringLiteral("the server sent another OAUTHBEARER challenge after rejecting the token"));
}

} // namespace mw::sasl
