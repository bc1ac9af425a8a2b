// ProviderHints, the half about logging in: provider rules first (授权码, app
// passwords, OAuth2-only accounts), then what any server's reply means.

#include "verify/ProviderHints.h"

namespace mw {

namespace {

bool isEnhanced(const VerifyFailure &failure, int klass, int subject, int detail)
{
    return failure.smtpReply.enhanced == EnhancedCode { klass, subject, detail };
}

// Any refusal of the login itself: SMTP 5xx at AUTH, or POP3's credential errors.
bool loginRefused(const VerifyFailure &failure)
{
    if (failure.kind != VerifyFailure::Kind::Reply || failure.step != VerifyStep::Name::Auth)
        return false;
    if (failure.protocol == Protocol::Pop3)
        return failure.credentialsRejected;
    return failure.smtpReply.isPermanent();
}

} // namespace

QString ProviderHints::passwordAdvice(
    const QString &domain, const QString &providerId, const QString &host)
{
    return authorizationCodeSteps(findProvider(providerId, domain, host));
}

QString ProviderHints::authorizationCodeSteps(const ProviderEntry &provider)
{
    switch (provider.family) {
    case ProviderFamily::Tencent:
        //: Keep the Chinese menu labels exactly: they are the provider's own words on
        //: its web page. %1 is the provider's name, %2 its web address.
        return tr("%1 needs a 授权码 (authorization code), not your QQ password. In QQ Mail on "
                  "the web open 设置 → 账户, find “POP3/IMAP/SMTP/Exchange/CardDAV/CalDAV服务”, "
                  "turn on the POP3/SMTP service and click 生成授权码; confirm by SMS, then use "
                  "the code as the password here. %2")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::NetEase:
        //: Keep the Chinese menu labels exactly: they are the provider's own words on
        //: its web page. %1 is the provider's name, %2 its web address.
        return tr("%1 needs a 授权码 (authorization code, 客户端授权密码), not your login "
                  "password. In the web mail open 设置 → POP3/SMTP/IMAP, turn on the POP3/SMTP "
                  "service and add a 客户端授权密码 (新增授权密码); then use it as the password "
                  "here. %2")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::Sina:
        //: Keep the Chinese menu labels exactly: they are the provider's own words on
        //: its web page. %1 is the provider's name, %2 its web address.
        return tr("%1 needs a 授权码 (authorization code), not your login password. In the web "
                  "mail open 设置 → 客户端pop/imap/smtp, turn on the POP3/SMTP service and "
                  "generate the 授权码; then use it as the password here. %2")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::Sohu:
        //: Keep the Chinese menu labels exactly: they are the provider's own words on
        //: its web page. %1 is the provider's name, %2 its web address.
        return tr("%1 needs a 授权码 (authorization code, 独立密码), not your login password. In "
                  "the web mail open 选项 → 设置 → POP3/SMTP/IMAP, turn on the POP3/SMTP service "
                  "and set the 独立密码; then use it as the password here. %2")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::ChinaMobile:
        //: Keep the Chinese menu labels exactly: they are the provider's own words on
        //: its web page. %1 is the provider's name, %2 its web address.
        return tr("%1 needs a 授权码 (authorization code), not your login password. In the web "
                  "mail open 设置 → 常用设置 → 邮箱协议设置, turn on the POP3/SMTP service and get "
                  "the 授权码 (it comes by SMS); then use it as the password here. %2")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::Aliyun:
        //: Keep the Chinese menu labels exactly: they are the provider's own words on
        //: its web page. %1 is the provider's name, %2 its web address.
        return tr("%1 needs a 授权码 (authorization code), not your login password, once client "
                  "security is on. In the web mail open 设置 → POP3/SMTP/IMAP and turn on the "
                  "POP3/SMTP service; under 账户与安全 create a 三方客户端安全密码 and use it as "
                  "the password here. %2")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::Google:
        return tr("%1 does not accept your normal Google password from mail programs. Turn on "
                  "2-Step Verification for the account, create an app password at %2 and use it "
                  "here (16 letters, spaces do not matter).",
            "%1 is Gmail, %2 a web address")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::Apple:
        return tr("%1 needs an app-specific password. Sign in at %2, open Sign-In and Security → "
                  "App-Specific Passwords, create one and use it here.",
            "%1 is iCloud Mail, %2 a web address")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::Yahoo:
        return tr("%1 needs an app password. At %2 choose “Generate app password”, then use it "
                  "here.",
            "%1 is Yahoo Mail, %2 a web address")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::Microsoft:
        return tr("%1 no longer accepts passwords from mail programs (basic authentication is "
                  "switched off): an OAuth2 sign-in with your Microsoft account is needed "
                  "instead. For a work or school account, the administrator can allow "
                  "authenticated SMTP for this mailbox. %2",
            "%1 is Outlook.com or Microsoft 365, %2 a web address")
            .arg(provider.name, provider.settingsUrl);
    case ProviderFamily::None:
        break;
    }
    return {};
}

QString ProviderHints::providerLoginAdvice(
    const VerifyFailure &failure, const ProviderEntry &provider)
{
    const bool smtp = failure.protocol == Protocol::Smtp;
    const int code = failure.smtpReply.code;
    switch (provider.family) {
    case ProviderFamily::None:
        return {};
    case ProviderFamily::Microsoft:
        // 535 5.7.139: "basic authentication is disabled" for the tenant or account.
        if ((smtp && isEnhanced(failure, 5, 7, 139)) || (!smtp && failure.credentialsRejected))
            return authorizationCodeSteps(provider);
        if (smtp && code == 535)
            return tr("Outlook.com and Microsoft 365 refused the password. If it is right, "
                      "password logins are probably switched off for this account and an "
                      "OAuth2 sign-in is needed; for a work account, the administrator must "
                      "allow authenticated SMTP.");
        return {};
    case ProviderFamily::Google:
        if ((smtp && code == 534 && isEnhanced(failure, 5, 7, 9))
            || (smtp && code == 535 && isEnhanced(failure, 5, 7, 8))
            || (!smtp && failure.credentialsRejected))
            return authorizationCodeSteps(provider);
        return {};
    default:
        // The Chinese providers answer a login password with 535 (or a bare
        // -ERR), whatever their text says; Apple and Yahoo do the same.
        if (loginRefused(failure))
            return authorizationCodeSteps(provider);
        return {};
    }
}

QString ProviderHints::loginAdvice(
    const VerifyFailure &failure, const HintContext &context, const ProviderEntry &provider)
{
    using Kind = VerifyFailure::Kind;
    const bool smtp = failure.protocol == Protocol::Smtp;
    if (failure.kind == Kind::Policy) {
        if (smtp && context.endpoint.port == 25)
            return tr("Port 25 is for servers passing mail to each other and usually offers no "
                      "login. Use port 465 (SSL/TLS) or 587 (STARTTLS) for sending.");
        if (context.endpoint.security == SecurityMode::Plain)
            return tr("The connection is not encrypted, so Mailwright did not log in: your "
                      "password or the session could be read on the way. Choose SSL/TLS or "
                      "STARTTLS; allow an unencrypted login only if your provider offers nothing "
                      "else.");
        return tr("The server offers no login method Mailwright can use safely here. Check the "
                  "port and security setting, or choose a login method explicitly.");
    }
    if (failure.kind == Kind::Protocol)
        return tr("The server broke the rules of the login exchange. Try choosing another login "
                  "method explicitly (for example PLAIN or LOGIN).");
    if (failure.kind != Kind::Reply)
        return {};
    if (const QString advice = providerLoginAdvice(failure, provider); !advice.isEmpty())
        return advice;

    if (smtp) {
        const int code = failure.smtpReply.code;
        if (code == 534 && isEnhanced(failure, 5, 7, 9))
            return tr("The provider wants an application-specific password (app password) for "
                      "mail programs, not your normal password. Create one in the account's "
                      "security settings and use it here.");
        if (code == 530 || code == 538)
            return tr("The server wants encryption before the login. Choose STARTTLS or "
                      "SSL/TLS.");
        if (failure.smtpReply.isTransient())
            return tr("The server could not check the login just now. Your settings may be "
                      "right; try again in a few minutes.");
    }
    if (failure.credentialsRejected || loginRefused(failure))
        return tr("The server rejected the user name or password. Check both (passwords are "
                  "case-sensitive). Some providers want the whole address as the user name, "
                  "others only the part before the @; and many want an app password or "
                  "authorization code instead of the password you use on the web.");
    return {};
}

} // namespace mw
