#pragma once

#include <QString>
#include <QStringList>

namespace mw {

// Domain-name rules for discovery. Inputs are lower-case A-labels.
//
// Public suffixes: Qt 6 removed QUrl::topLevelDomain(), and qIsEffectiveTLD()
// is private API. Qt still compiles the Public Suffix List in (feature
// "topleveldomain") and consults it, through public API, in
// QNetworkCookieJar::validateCookie(), which refuses a cookie for a public
// suffix. We ask that question. Where the feature is off, every name is
// accepted and the single-label TLD is the only suffix we know; the "minus
// first label" rule then still covers the common MX layouts.

// True if `domain` is a public suffix ("com", "com.cn", "co.uk").
bool isPublicSuffix(const QString &domain);

// The registrable domain of `host` ("mx1.qq.com" → "qq.com",
// "mx.mail.example.com.cn" → "example.com.cn"); empty if `host` is itself a
// public suffix.
QString registrableDomain(const QString &host);

// Where to look for a provider behind MX host `mxHost` (Thunderbird's order):
// its registrable domain, then the host minus its first label, without
// duplicates or public suffixes.
QStringList mxBaseDomains(const QString &mxHost);

// `host` is `domain` or a name below it. RFC 6186 §6: an SRV target outside
// the email domain needs the user's confirmation.
bool isWithinDomain(const QString &host, const QString &domain);

} // namespace mw
