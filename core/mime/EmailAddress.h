#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace mw {

// An RFC 5321/5322 addr-spec ("local@domain") that is valid by construction: no value of this
// type can carry CR, LF, NUL, other controls, '<', '>', or whitespace outside a quoted local part,
// so SMTP command or header injection through an address is impossible.
//
// There is no public default constructor: the only way to get one is parse().
class EmailAddress {
public:
    // Strict: no surrounding whitespace, no angle brackets, no display name (see Mailbox).
    // On failure returns std::nullopt and, if error is given, a sentence meant for the user.
    static std::optional<EmailAddress> parse(QStringView text, QString *error = nullptr);

    QString localPart() const { return m_localPart; } // as typed, quotes included
    QString domain() const { return m_domain; } // U-labels, lower-cased; or "[literal]"
    QString asciiDomain() const { return m_asciiDomain; } // A-labels ("xn--..."); or "[literal]"
    bool isDomainLiteral() const { return m_asciiDomain.startsWith(QLatin1Char('[')); }

    // RFC 6531 §3.3: only a non-ASCII local part needs SMTPUTF8; an IDN domain can always be
    // sent as A-labels.
    bool needsSmtpUtf8() const;

    // The form for MAIL FROM:<...> / RCPT TO:<...> (without the angle brackets). std::nullopt
    // when the server lacks SMTPUTF8 but the local part needs it (there is no ASCII fallback
    // for a local part).
    std::optional<QByteArray> toSmtpPath(bool smtpUtf8) const;

    QString toString() const; // display form, Unicode

    // RFC 5321 §2.4: the local part is case-sensitive for everyone but the final server;
    // domains are compared in canonical (lower-cased A-label) form.
    friend bool operator==(const EmailAddress &a, const EmailAddress &b)
    {
        return a.m_localPart == b.m_localPart && a.m_asciiDomain == b.m_asciiDomain;
    }
    friend bool operator!=(const EmailAddress &a, const EmailAddress &b) { return !(a == b); }

private:
    EmailAddress() = default;

    QString m_localPart;
    QString m_domain;
    QString m_asciiDomain;
};

} // namespace mw
