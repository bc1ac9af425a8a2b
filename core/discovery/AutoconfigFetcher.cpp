#include "discovery/AutoconfigFetcher.h"

#include "discovery/ConfigXmlParser.h"
#include "discovery/DiscoveryLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace mw {

namespace {
constexpr int kMaxRedirects = 3;

FetchError::Kind kindFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return FetchError::HostNotFound;
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::ContentGoneError:
        return FetchError::NotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return FetchError::Tls;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return FetchError::Refused;
    default:
        return FetchError::Network;
    }
}
} // namespace

AutoconfigFetcher::AutoconfigFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<mw::FetchError>();
}

AutoconfigFetcher::~AutoconfigFetcher()
{
    cancel();
}

void AutoconfigFetcher::fetch(const QUrl &url)
{
    cancel();
    m_done = false;
    m_body.clear();
    m_url = url;
    const bool https = url.scheme() == QLatin1String("https");
    if (!url.isValid() || (!https && !(m_allowHttp && url.scheme() == QLatin1String("http")))) {
        // Reported from the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this] {
                finishWith(FetchError::Refused, QStringLiteral("only https URLs are fetched"));
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    // We decide about each redirect ourselves (onRedirected below).
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Mailwright"));
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_policy.extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_policy.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    qCDebug(lcDiscovery) << "fetching" << url.toDisplayString(QUrl::RemoveQuery);
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(0);
    connect(m_reply, &QNetworkReply::readyRead, this, &AutoconfigFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &AutoconfigFetcher::onFinished);
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        // A redirect may never downgrade to http: the file decides where
        // passwords go.
        if (target.scheme() == QLatin1String("https")) {
            emit m_reply->redirectAllowed();
            return;
        }
        finishWith(FetchError::Refused,
            tr("refused a redirect to %1").arg(target.toDisplayString(QUrl::RemoveQuery)));
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > ConfigXmlLimits().maxBytes)
            finishWith(FetchError::Refused, tr("the file is larger than the limit"));
    });
}

void AutoconfigFetcher::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    if (m_reply->isOpen())
        m_body += m_reply->readAll();
    if (m_body.size() > ConfigXmlLimits().maxBytes)
        finishWith(FetchError::Refused, tr("the file is larger than the limit"));
}

void AutoconfigFetcher::onFinished()
{
    if (m_done || !m_reply)
        return;
    if (m_reply->isOpen())
        m_body += m_reply->readAll();
    const auto error = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error != QNetworkReply::NoError) {
        // When the server answered, say so in our words: Qt's "Error
        // transferring <url> - server replied: Not Found" has no translation.
        QString detail = m_reply->errorString();
        if (status >= 400) {
            qCDebug(lcDiscovery).noquote() << "autoconfig fetch:" << detail;
            detail = status == 404 || status == 410 ? tr("no file there (HTTP %1)").arg(status)
                                                    : tr("the server answered HTTP %1").arg(status);
        }
        finishWith(kindFor(error), detail);
        return;
    }
    if (status != 200) {
        finishWith(status == 404 || status == 410 ? FetchError::NotFound : FetchError::Network,
            tr("HTTP %1").arg(status));
        return;
    }
    if (m_body.size() > ConfigXmlLimits().maxBytes) {
        finishWith(FetchError::Refused, tr("the file is larger than the limit"));
        return;
    }
    ConfigXmlParser parser;
    const auto record = parser.parse(m_body);
    if (!record) {
        finishWith(FetchError::BadContent, parser.errorString());
        return;
    }
    m_done = true;
    m_reply->deleteLater();
    m_reply = nullptr;
    emit fetched(*record);
}

void AutoconfigFetcher::finishWith(FetchError::Kind kind, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    qCDebug(lcDiscovery) << "fetch of" << m_url.toDisplayString(QUrl::RemoveQuery)
                         << "failed:" << detail;
    emit failed(FetchError { kind, detail });
}

void AutoconfigFetcher::cancel()
{
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

} // namespace mw
