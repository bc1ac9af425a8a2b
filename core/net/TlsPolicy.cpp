#include "net/TlsPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace mw {

QString CertificateInfo::sha256Hex() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

CertificateInfo CertificateInfo::from(
    const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.subject = certificate.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject
            = certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
    info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256);
    for (const QSslError &error : errors)
        info.problems << error.errorString();
    return info;
}

bool TlsPolicy::addCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("mw::TlsPolicy", "cannot read the CA file %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    // A CA bundle larger than this is not a CA file.
    const QByteArray pem = file.read(8 * 1024 * 1024);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "mw::TlsPolicy", "the CA file %1 holds no PEM certificate")
                         .arg(path);
        return false;
    }
    extraCaCertificates += certificates;
    return true;
}

bool TlsPolicy::isPinned(const QSslCertificate &leaf) const
{
    if (leaf.isNull() || pinnedSha256.isEmpty())
        return false;
    const QByteArray digest = leaf.digest(QCryptographicHash::Sha256);
    return pinnedSha256.contains(digest);
}

QByteArray parseSha256Fingerprint(QStringView text)
{
    QByteArray hex;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' '))
            continue;
        const bool hexDigit = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hexDigit)
            return {};
        hex.append(c.toLatin1());
    }
    if (hex.size() != 64)
        return {};
    return QByteArray::fromHex(hex);
}

} // namespace mw
