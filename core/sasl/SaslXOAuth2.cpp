#include "sasl/SaslXOAuth2.h"

#include "sasl/SaslOAuthBearer.h"

namespace mw::sasl {

SaslXOAuth2::SaslXOAuth2(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

QString SaslXOAuth2::validationError() const
{
    const QString basic = basicValidationError(m_credentials);
    return basic.isEmpty() ? bearerValidationError(m_credentials) : basic;
}

QByteArray SaslXOAuth2::message() const
{
    return "user=" + m_credentials.username.toUtf8()
        + "\x01"
          "auth=Bearer "
        + m_credentials.secret.toUtf8() + "\x01\x01";
}

std::optional<QByteArray> SaslXOAuth2::initialResponse()
{
    if (!validationError().isEmpty())
        return std::nullopt;
    m_sent = true;
    return message();
}

Step SaslXOAuth2::respond(const QByteArray &challenge)
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
        // The JSON error challenge is acknowledged with an empty response;
        // the server then sends its failure reply (535 in SMTP).
        setServerError(QString::fromUtf8(challenge));
        return Step::respondWith(QByteArray());
    }
    return Step::abort(
        QStringLiteral("the server sent another XOAUTH2 challenge after rejecting the token"));
}

} // namespace mw::sasl
