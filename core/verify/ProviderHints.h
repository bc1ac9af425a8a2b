#pragma once

#include "net/Endpoint.h"
#include "verify/ProviderTable.h"
#include "verify/VerifyTypes.h"

#include <QCoreApplication>
#include <QString>

namespace mw {

// Where the failure happened, beyond the failure itself.
struct HintContext {
    QString domain; // of the email address
    QString providerId; // from discovery, when known
    Endpoint endpoint; // the server that failed
};

// Turns a verification failure into advice a person can act on, in the words
// of their provider where it has rules of its own ("QQ Mail needs a 授权码…").
// Pure functions over values, so every rule is unit-tested.
class ProviderHints {
    Q_DECLARE_TR_FUNCTIONS(mw::ProviderHints)
public:
    // Translated advice; empty when there is nothing to add to the failure's
    // own message.
    static QString advise(const VerifyFailure &failure, const HintContext &context);

    // What to type as the password at this provider, to show before the
    // first attempt ("use the 授权码, not your QQ password; here is how…").
    // Empty for providers with no rule of their own.
    static QString passwordAdvice(
        const QString &domain, const QString &providerId = {}, const QString &host = {});

private:
    // ProviderHints.cpp: below the mail protocol
    static QString dnsAdvice(const VerifyFailure &failure, const HintContext &context);
    static QString connectAdvice(
        const VerifyFailure &failure, const HintContext &context, const ProviderEntry &provider);
    static QString tlsAdvice(const VerifyFailure &failure, const HintContext &context);
    static QString certificateAdvice(const VerifyFailure &failure, const HintContext &context);
    static QString stallAdvice(const VerifyFailure &failure, const HintContext &context);
    static QString pop3CodeAdvice(const VerifyFailure &failure);
    static QString greetingAdvice(const VerifyFailure &failure, const HintContext &context);

    // ProviderLoginHints.cpp: logging in
    static QString loginAdvice(
        const VerifyFailure &failure, const HintContext &context, const ProviderEntry &provider);
    static QString providerLoginAdvice(const VerifyFailure &failure, const ProviderEntry &provider);
    static QString authorizationCodeSteps(const ProviderEntry &provider);
};

} // namespace mw
