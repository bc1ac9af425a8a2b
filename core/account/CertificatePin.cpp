#include "account/CertificatePin.h"

#include "net/Endpoint.h"
#include "net/TlsPolicy.h"

namespace mw {

QString normalizedPinHost(const QString &host)
{
    return host.toLower();
}

QString CertificatePin::sha256Hex() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

bool CertificatePin::appliesTo(const QString &otherHost, quint16 otherPort) const
{
    return isValid() && port == otherPort && host == normalizedPinHost(otherHost);
}

CertificatePin CertificatePin::from(
    const CertificateInfo &certificate, const Endpoint &endpoint, const QDateTime &now)
{
    CertificatePin pin;
    pin.sha256 = certificate.sha256;
    pin.subject = certificate.subject;
    pin.host = normalizedPinHost(endpoint.host);
    pin.port = endpoint.port;
    pin.pinnedAt = now.toUTC();
    pin.reason = certificate.problems.join(QLatin1String("; "));
    return pin;
}

} // namespace mw
