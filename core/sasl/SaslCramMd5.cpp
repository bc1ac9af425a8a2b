#include "sasl/SaslCramMd5.h"

#include <QMessageAuthenticationCode>

namespace mw::sasl {

SaslCramMd5::SaslCramMd5(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

QString SaslCramMd5::validationError() const
{
    return basicValidationError(m_credentials);
}

Step SaslCramMd5::respond(const QByteArray &challenge)
{
    if (const QString invalid = validationError(); !invalid.isEmpty())
        return Step::abort(invalid);
    if (m_responded)
        return Step::abort(QStringLiteral("the server sent a second CRAM-MD5 challenge"));
    // RFC 2195 §2: the challenge is a msg-id; without one there is nothing to sign.
    if (challenge.isEmpty())
        return Step::abort(QStringLiteral("the server sent an empty CRAM-MD5 challenge"));
    m_responded = true;
    const QByteArray digest = QMessageAuthenticationCode::hash(
        challenge, m_credentials.secret.toUtf8(), QCryptographicHash::Md5);
    // RFC 2195 §2: the digest is written as 32 lowercase hex digits.
    return Step::respondWith(m_credentials.username.toUtf8() + ' ' + digest.toHex());
}

} // namespace mw::sasl
