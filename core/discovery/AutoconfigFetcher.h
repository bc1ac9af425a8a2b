#pragma once

#include "discovery/ProviderRecord.h"
#include "net/TlsPolicy.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace mw {

// Why a fetch found nothing.
struct FetchError {
    enum Kind {
        None,
        HostNotFound, // the name does not resolve: nothing there
        NotFound, // HTTP 404/410: the server has no file for us
        Network, // refused, reset, timeout, HTTP 5xx...
        Tls, // certificate or handshake failure
        Refused, // by our rules: plain http, a redirect to http, too large
        BadContent, // not a usable config-v1.1 document
    };
    Kind kind = None;
    QString detail; // English, for logs and the progress line
};

// Fetches one config-v1.1 document over HTTPS and parses it.
//
// HTTP is refused unless allowHttp() was set (then the caller marks the result
// untrusted). Redirects are followed only to https URLs, at most 3. Bodies are
// capped (ConfigXmlLimits::maxBytes). The TLS policy adds the extra CA from
// --ca-file / MAILWRIGHT_CA_FILE to the system store; verification is never
// relaxed. One fetch per object; it reports exactly once.
class AutoconfigFetcher : public QObject {
    Q_OBJECT
public:
    AutoconfigFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AutoconfigFetcher() override;

    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setAllowHttp(bool allow) { m_allowHttp = allow; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void fetch(const QUrl &url);
    void cancel();
    QUrl url() const { return m_url; }

signals:
    void fetched(const mw::ProviderRecord &record);
    void failed(const mw::FetchError &error);

private:
    void onReadyRead();
    void onFinished();
    void finishWith(FetchError::Kind kind, const QString &detail);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    TlsPolicy m_policy;
    QUrl m_url;
    QByteArray m_body;
    int m_timeoutMs = 5000;
    bool m_allowHttp = false;
    bool m_done = false;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::FetchError)
