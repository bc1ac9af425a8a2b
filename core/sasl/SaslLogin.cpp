#include "sasl/SaslLogin.h"

namespace mw::sasl {

namespace {

enum class Prompt { Unknown, Username, Password };

// Servers word the prompts differently ("Username:", "User Name", "password:").
Prompt classify(const QByteArray &challenge)
{
    const QByteArray folded = challenge.toLower().replace(' ', QByteArray());
    if (folded.startsWith("user"))
        return Prompt::Username;
    if (folded.startsWith("pass"))
        return Prompt::Password;
    return Prompt::Unknown;
}

} // namespace

SaslLogin::SaslLogin(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

QString SaslLogin::validationError() const
{
    return basicValidationError(m_credentials);
}

Step SaslLogin::respond(const QByteArray &challenge)
{
    if (const QString invalid = validationError(); !invalid.isEmpty())
        return Step::abort(invalid);
    const Prompt prompt = classify(challenge);
    // An unrecognised prompt follows the usual order; a recognised one must
    // match it, so the password is never sent where a user name was asked for.
    if (m_answered == 0 && prompt != Prompt::Password) {
        m_answered = 1;
        return Step::respondWith(m_credentials.username.toUtf8());
    }
    if (m_answered == 1 && prompt != Prompt::Username) {
        m_answered = 2;
        return Step::respondWith(m_credentials.secret.toUtf8());
    }
    return Step::abort(QStringLiteral("the server sent an unexpected LOGIN prompt"));
}

} // namespace mw::sasl
