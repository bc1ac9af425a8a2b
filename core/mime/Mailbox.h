#pragma once

#include "mime/EmailAddress.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mw {

// "Display Name <addr>" or a bare addr (RFC 5322 §3.4 mailbox); the display name is kept as
// Unicode text. A name can hold any character except line breaks and controls (HTAB aside),
// so no Mailbox can inject a header line; encoding the name is the MIME writer's job.
class Mailbox {
public:
    // Accepts what users type: "a@b.c", "<a@b.c>", "Name <a@b.c>", "\"Doe, John\" <j@d.o>".
    // Spaces around the entry and around the address inside <> are ignored.
    static std::optional<Mailbox> parse(QStringView text, QString *error = nullptr);

    // A comma- or semicolon-separated list as typed in To/Cc fields. Empty entries are skipped;
    // any bad entry fails the whole list, and the error names it by 1-based position (counting
    // non-empty entries) and text.
    static std::optional<QList<Mailbox>> parseList(QStringView text, QString *error = nullptr);

    // For parts already held separately (e.g. account settings: a name field and an address).
    static std::optional<Mailbox> create(
        const QString &displayName, const EmailAddress &address, QString *error = nullptr);

    QString displayName() const { return m_displayName; }
    const EmailAddress &address() const { return m_address; }

    // For display and for putting back into an input field: Name <addr>, the name quoted when it
    // holds RFC 5322 specials (so parse(toString()) gives the same Mailbox back).
    QString toString() const;

    friend bool operator==(const Mailbox &a, const Mailbox &b)
    {
        return a.m_displayName == b.m_displayName && a.m_address == b.m_address;
    }
    friend bool operator!=(const Mailbox &a, const Mailbox &b) { return !(a == b); }

private:
    Mailbox(QString displayName, EmailAddress address);

    QString m_displayName;
    EmailAddress m_address;
};

} // namespace mw
