#include "sasl/SaslMechanism.h"

#include "sasl/SaslCramMd5.h"
#include "sasl/SaslLogin.h"
#include "sasl/SaslOAuthBearer.h"
#include "sasl/SaslPlain.h"
#include "sasl/SaslScramSha256.h"
#include "sasl/SaslXOAuth2.h"

#include <QLoggingCategory>

namespace mw::sasl {

Q_LOGGING_CATEGORY(lcSasl, "mailwright.sasl", QtWarningMsg)

namespace {

struct Entry {
    const char *name;
    SecretKind kind;
    std::unique_ptr<Mechanism> (*make)(const Credentials &);
};

template<typename M>
std::unique_ptr<Mechanism> make(const Credentials &c)
{
    return std::make_unique<M>(c);
}

// Preference order, strongest first within each kind.
constexpr Entry kMechanisms[] = {
    { "SCRAM-SHA-256", SecretKind::Password, &make<SaslScramSha256> },
    { "PLAIN", SecretKind::Password, &make<SaslPlain> },
    { "LOGIN", SecretKind::Password, &make<SaslLogin> },
    { "CRAM-MD5", SecretKind::Password, &make<SaslCramMd5> },
    { "OAUTHBEARER", SecretKind::OAuth2Token, &make<SaslOAuthBearer> },
    { "XOAUTH2", SecretKind::OAuth2Token, &make<SaslXOAuth2> },
};

const Entry *find(QByteArrayView name)
{
    for (const Entry &e : kMechanisms) {
        if (name.compare(QByteArrayView(e.name), Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

// RFC 4422 §3.1: 1-20 of [A-Z0-9-_]. Anything else from the server is neither
// matched nor echoed into a message.
bool isMechanismName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 20)
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

QList<QByteArray> normalizeNames(const QList<QByteArray> &names)
{
    QList<QByteArray> out;
    for (const QByteArray &n : names) {
        const QByteArray upper = n.trimmed().toUpper();
        if (isMechanismName(upper) && !out.contains(upper))
            out.append(upper);
    }
    return out;
}

// "A", "A and B", "A, B and C".
QString joinNames(const QList<QByteArray> &names)
{
    QString out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += i + 1 == names.size() ? QStringLiteral(" and ") : QStringLiteral(", ");
        out += QString::fromLatin1(names[i]);
    }
    return out;
}

QString offeredSuffix(const QList<QByteArray> &offered)
{
    return QStringLiteral(" (offered: %1)")
        .arg(offered.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(offered.join(", ")));
}

QString secretNoun(SecretKind kind)
{
    return kind == SecretKind::Password ? QStringLiteral("password")
                                        : QStringLiteral("access token");
}

} // namespace

Mechanism::~Mechanism() = default;

QString Mechanism::validationError() const
{
    return {};
}

QString Mechanism::basicValidationError(const Credentials &credentials)
{
    const QChar nul(u'\0');
    if (credentials.username.isEmpty())
        return QStringLiteral("the user name is empty");
    if (credentials.secret.isEmpty())
        return QStringLiteral("the password or token is empty");
    // RFC 4616 §2: NUL separates the fields, so no field may contain one.
    if (credentials.username.contains(nul))
        return QStringLiteral("the user name contains a NUL character");
    if (credentials.authzid.contains(nul))
        return QStringLiteral("the authorization identity contains a NUL character");
    if (credentials.secret.contains(nul))
        return QStringLiteral("the password or token contains a NUL character");
    return {};
}

QList<QByteArray> preferenceOrder(SecretKind kind)
{
    QList<QByteArray> out;
    for (const Entry &e : kMechanisms) {
        if (e.kind == kind)
            out.append(QByteArray(e.name));
    }
    return out;
}

std::unique_ptr<Mechanism> create(QByteArrayView name, const Credentials &credentials)
{
    const Entry *e = find(name);
    return e ? e->make(credentials) : nullptr;
}

Choice choose(
    const QList<QByteArray> &offered, const Credentials &credentials, const ChoiceOptions &options)
{
    const QList<QByteArray> available = normalizeNames(offered);
    const bool forced = !options.forced.isEmpty();
    QList<QByteArray> candidates = preferenceOrder(options.kind);
    if (forced) {
        // The user's own words, so unknown names are reported, not dropped.
        candidates.clear();
        for (const QByteArray &name : options.forced)
            candidates.append(name.trimmed().toUpper());
    }
    const bool cleartextAllowed = options.tlsActive || options.allowCleartextWithoutTls;

    QList<QByteArray> notOffered;
    QList<QByteArray> cleartextBlocked;
    QString firstInvalid;
    for (const QByteArray &name : candidates) {
        const Entry *entry = find(name);
        if (!entry)
            return { nullptr,
                QStringLiteral("Mailwright does not support the mechanism %1")
                    .arg(QString::fromLatin1(name)) };
        if (entry->kind != options.kind) {
            return { nullptr,
                QStringLiteral("%1 cannot be used with an %2")
                    .arg(QString::fromLatin1(name),
                        options.kind == SecretKind::Password
                            ? QStringLiteral("ordinary password")
                            : QStringLiteral("OAuth2 access token")) };
        }
        if (!available.contains(name)) {
            notOffered.append(name);
            continue;
        }
        std::unique_ptr<Mechanism> m = entry->make(credentials);
        // RFC 8314 §3, RFC 4954 §4: no readable secret on an unprotected link.
        if (m->exposesSecret() && !cleartextAllowed) {
            cleartextBlocked.append(name);
            continue;
        }
        if (const QString invalid = m->validationError(); !invalid.isEmpty()) {
            if (firstInvalid.isEmpty())
                firstInvalid = QStringLiteral("%1: %2").arg(QString::fromLatin1(name), invalid);
            continue;
        }
        qCDebug(lcSasl) << "chose" << name << "from" << available << "tls" << options.tlsActive;
        return { std::move(m), {} };
    }

    QString error;
    if (!firstInvalid.isEmpty()) {
        error = firstInvalid;
    } else if (!cleartextBlocked.isEmpty()) {
        error = QStringLiteral("the server offers only %1, which would expose the %2 without TLS")
                    .arg(joinNames(cleartextBlocked), secretNoun(options.kind));
    } else if (forced) {
        error = QStringLiteral("the server does not offer %1").arg(joinNames(notOffered))
            + offeredSuffix(available);
    } else if (options.kind == SecretKind::Password
        && (available.contains(QByteArrayLiteral("XOAUTH2"))
            || available.contains(QByteArrayLiteral("OAUTHBEARER")))) {
        error = QStringLiteral("the server accepts only OAuth2 sign-in here, not a password")
            + offeredSuffix(available);
    } else if (options.kind == SecretKind::OAuth2Token) {
        error = QStringLiteral("the server offers no OAuth2 mechanism (OAUTHBEARER or XOAUTH2)")
            + offeredSuffix(available);
    } else {
        error = QStringLiteral("the server offers no mechanism Mailwright supports")
            + offeredSuffix(available);
    }
    qCDebug(lcSasl) << "no mechanism:" << error;
    return { nullptr, error };
}

QByteArray escapeSaslName(const QString &name)
{
    // RFC 5802 §5.1: "=" first, so the "=" of "=2C" is not escaped again.
    return name.toUtf8().replace('=', "=3D").replace(',', "=2C");
}

QByteArray gs2Header(const QString &authzid)
{
    // RFC 5802 §7: "n" = the client does not support channel binding.
    if (authzid.isEmpty())
        return QByteArrayLiteral("n,,");
    return "n,a=" + escapeSaslName(authzid) + ',';
}

} // namespace mw::sasl
