#include "sasl/SaslPlain.h"

namespace mw::sasl {

SaslPlain::SaslPlain(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

QString SaslPlain::validationError() const
{
    return basicValidationError(m_credentials);
}

QByteArray SaslPlain::message() const
{
    // RFC 4616 §2: message = [authzid] UTF8NUL authcid UTF8NUL passwd
    return m_credentials.authzid.toUtf8() + '\0' + m_credentials.username.toUtf8() + '\0'
        + m_credentials.secret.toUtf8();
}

std::optional<QByteArray> SaslPlain::initialResponse()
{
    if (!validationError().isEmpty())
        return std::nullopt;
    m_sent = true;
    return message();
}

Step SaslPlain::respond(const QByteArray &challenge)
{
    if (const QString invalid = validationError(); !invalid.isEmpty())
        return Step::abort(invalid);
    // RFC 4954 §4: without an initial response the server sends an empty
    // challenge, answered with what the initial response would have been.
    if (challenge.isEmpty() && !m_answeredEmptyChallenge) {
        m_answeredEmptyChallenge = true;
        m_sent = true;
        return Step::respondWith(message());
    }
    return Step::abort(QStringLiteral("the server sent an unexpected PLAIN challenge"));
}

} // namespace mw::sasl
