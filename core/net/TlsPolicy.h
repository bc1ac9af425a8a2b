#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace mw {

// What a user needs to judge a certificate the system did not trust.
struct CertificateInfo {
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // raw digest of the DER encoding
    QStringList problems; // why it was not trusted, one entry per QSslError

    bool isNull() const { return sha256.isEmpty(); }
    QString sha256Hex() const; // "AB:CD:..." as shown to users
    static CertificateInfo from(
        const QSslCertificate &certificate, const QList<QSslError> &errors = {});
};

// Trust decisions for one connection. Verification always happens and fails
// closed; the only exception is an explicit SHA-256 pin of the leaf
// certificate, made by the user for this account's host and port.
struct TlsPolicy {
    QList<QSslCertificate> extraCaCertificates; // e.g. --ca-file (the testbed's CA)
    QList<QByteArray> pinnedSha256; // raw SHA-256 digests of accepted leaf certs

    // Reads every PEM certificate in `path`. On failure returns false and
    // explains why in `error`.
    bool addCaFile(const QString &path, QString *error);

    bool isPinned(const QSslCertificate &leaf) const;
};

// Parses "AB:CD:…" or plain hex into a raw 32-byte digest; empty on bad input.
QByteArray parseSha256Fingerprint(QStringView text);

} // namespace mw
