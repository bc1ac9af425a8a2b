#include "outbox/AccountTarget.h"

#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "account/TrustStore.h"

#include <QPointer>
#include <QTimer>

namespace mw {

SmtpTarget smtpTargetFor(const Account &account, AccountStore *store, SmtpSessionOptions options)
{
    SmtpTarget target;
    target.server = account.smtp->endpoint;
    for (const QString &mechanism : std::as_const(account.authMechanisms))
        options.forcedMechanisms << mechanism.toUpper().toLatin1();
    TrustStore(store).applyTo(&options.tls, account.id, target.server);
    target.options = std::move(options);
    return target;
}

Pop3Target pop3TargetFor(const Account &account, AccountStore *store, TlsPolicy tls)
{
    Pop3Target target;
    target.server = account.pop3->endpoint;
    TrustStore(store).applyTo(&tls, account.id, target.server);
    target.tls = std::move(tls);
    return target;
}

AccountTargetResolver::AccountTargetResolver(QObject *parent)
    : QObject(parent)
    , m_caFile(qEnvironmentVariable("MAILWRIGHT_CA_FILE")) // as the GUI honours it
{
}

AccountTargetResolver::~AccountTargetResolver() = default;

std::optional<SmtpTarget> AccountTargetResolver::prepare(
    const QString &accountName, SmtpError *error, QString *accountId, bool *needsSecret) const
{
    auto fail = [error](FailureKind kind, const QString &why) -> std::optional<SmtpTarget> {
        if (error)
            *error = SmtpError::make(SmtpError::Step::None, kind, why);
        return std::nullopt;
    };
    AccountStore store(m_accountsPath.isEmpty() ? AccountStore::defaultPath() : m_accountsPath);
    AccountError accountError;
    std::optional<Account> account;
    if (!store.load(&accountError) || !(account = store.find(accountName, &accountError))) {
        QString why = accountError.message();
        if (!accountError.hint().isEmpty())
            why += QLatin1Char(' ') + accountError.hint();
        return fail(FailureKind::LocalInput, why);
    }
    if (!account->smtp)
        return fail(FailureKind::LocalInput,
            tr("The account %1 has no outgoing (SMTP) server.").arg(account->name()));

    SmtpSessionOptions base;
    if (m_timeouts)
        base.timeouts = *m_timeouts;
    SmtpTarget target = smtpTargetFor(*account, &store, base);
    if (!m_caFile.isEmpty()) {
        QString why;
        if (!target.options.tls.addCaFile(m_caFile, &why))
            return fail(FailureKind::LocalInput, why);
    }
    const QString user = account->smtp->username;
    bool secret = false;
    if (!user.isEmpty()) {
        if (target.server.security == SecurityMode::Plain && !account->allowPlaintext)
            return fail(FailureKind::Policy,
                tr("Refusing to send a password without encryption: the account %1 uses no "
                   "encryption and was not allowed to.")
                    .arg(account->name()));
        target.options.allowPlaintextAuth = account->allowPlaintext;
        // Without a given password the secret is filled in by resolve() from the keychain.
        target.options.credentials = sasl::Credentials { user, m_password.value_or(QString()), {} };
        secret = !m_password.has_value();
    }
    if (accountId)
        *accountId = account->id;
    if (needsSecret)
        *needsSecret = secret;
    return target;
}

void AccountTargetResolver::resolve(const QString &accountName, Done done)
{
    SmtpError error;
    QString accountId;
    bool needsSecret = false;
    auto target = prepare(accountName, &error, &accountId, &needsSecret);
    if (!target || !needsSecret) {
        QTimer::singleShot(0, this, [done, target, error] { done(target, error); });
        return;
    }
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    const int request = m_secrets->read(SecretSlot::Smtp, accountId);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_secrets, &SecretStore::finished, this,
        [done, target, request, connection](const SecretResult &result) mutable {
            if (result.request != request)
                return;
            QObject::disconnect(*connection);
            if (!result.ok()) {
                QString why = result.error.message();
                if (!result.error.hint().isEmpty())
                    why += QLatin1Char(' ') + result.error.hint();
                done(std::nullopt,
                    SmtpError::make(SmtpError::Step::Auth, FailureKind::LocalInput, why));
                return;
            }
            target->options.credentials->secret = result.secret;
            done(target, SmtpError());
        });
}

} // namespace mw
