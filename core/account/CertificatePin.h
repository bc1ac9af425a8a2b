#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mw {

struct CertificateInfo;
struct Endpoint;

// A certificate the user chose to trust although verification failed, for
// one host and port of one account. Pins are not secrets: they live in the
// account file next to the account.
struct CertificatePin {
    QByteArray sha256; // raw digest of the leaf certificate's DER encoding
    QString subject; // for people; may be empty when pinned by hand
    QString host; // lower-case; compared exactly, never as a suffix or wildcard
    quint16 port = 0;
    QDateTime pinnedAt; // UTC
    QString reason; // why the certificate was not trusted when it was pinned

    QString sha256Hex() const; // "AB:CD:…", as CertificateInfo shows it
    bool isValid() const { return sha256.size() == 32 && !host.isEmpty() && port != 0; }
    bool appliesTo(const QString &host, quint16 port) const;

    // A pin for the certificate a server presented at `endpoint`, with the
    // problems that made verification fail as the reason.
    static CertificatePin from(const CertificateInfo &certificate, const Endpoint &endpoint,
        const QDateTime &now = QDateTime::currentDateTimeUtc());
};

// Host names are case-insensitive (RFC 4343); nothing else is normalised.
QString normalizedPinHost(const QString &host);

} // namespace mw
