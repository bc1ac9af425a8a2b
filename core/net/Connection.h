#pragma once

#include "net/NetError.h"
#include "net/SecurityMode.h"
#include "net/TlsPolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSsl>
#include <QTimer>

class QSslSocket;
class QTcpSocket;

namespace mw {

// One TCP connection to a mail server, shared by the SMTP and POP3 clients.
//
// It is event-driven (no waitFor*, no nested loops) and hands the protocol
// layer whole lines. It enforces the rules that protect every text protocol:
// a hard line-length limit with bounded memory, one phase deadline at a time,
// certificate checks that fail closed (except for an explicit SHA-256 pin),
// TLS 1.2 or later, and no byte may cross a STARTTLS/STLS boundary.
class Connection : public QObject {
    Q_OBJECT
public:
    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    // Longest line accepted, without its line break. RFC 5321 says 512 for
    // replies; real servers exceed it, so the default tolerates 4 KiB.
    void setMaxLineLength(int bytes) { m_maxLineLength = bytes; }
    // Deadline for DNS + TCP connect (+ the TLS handshake with implicit TLS).
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }

    // Plain means plaintext for the whole connection: the socket is a bare
    // QTcpSocket and Qt's TLS backend is never loaded (that alone costs more
    // than a whole plaintext send). StartTls starts in plaintext and may be
    // upgraded; Ssl is implicit TLS.
    void connectToHost(const QString &host, quint16 port, SecurityMode mode);

    // Upgrades the plaintext connection (STARTTLS, STLS). Call it right after
    // the server's go-ahead line. If any byte already follows that line, the
    // server (or someone on the path) is injecting data that would be mistaken
    // for protected replies (CVE-2011-0411 class): that is a hard failure.
    // On a connection opened as Plain there is no TLS to start: that fails
    // with NetError::Protocol instead of sending anything.
    void startClientEncryption();

    void write(const QByteArray &data);
    qint64 bytesToWrite() const;

    // One deadline at a time, for the phase the caller is waiting in.
    void armTimeout(int ms);
    void disarmTimeout();

    // Polite close after the protocol said goodbye; emits closed().
    void disconnectFromHost();
    // Immediate close; emits nothing.
    void abort();

    bool isEncrypted() const;
    bool isOpen() const;
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QHostAddress localAddress() const;
    QString tlsDescription() const; // "TLSv1.3, TLS_AES_256_GCM_SHA384" for transcripts
    CertificateInfo peerCertificate() const;

signals:
    void tcpConnected(); // the TCP connection is up (before any TLS)
    void connected(); // ready for the protocol: TCP is up and, with implicit TLS, encrypted too
    void encrypted(); // a TLS session is established (implicit or upgraded)
    void lineReceived(const QByteArray &line); // without the CRLF or LF
    void bytesWritten(qint64 bytes); // a wake-up for back-pressure: some buffer drained
    void failed(const mw::NetError &error); // then the connection is closed
    void closed(); // the peer or we closed it without an error

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void fail(NetError::Kind kind, const QString &detail, const CertificateInfo &cert = {});
    bool drainLines();

    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_ssl = nullptr; // the same object as m_socket, unless the mode is Plain
    TlsPolicy m_policy;
    QTimer m_deadline;
    QString m_host;
    quint16 m_port = 0;
    SecurityMode m_mode = SecurityMode::Plain;
    QByteArray m_buffer;
    CertificateInfo m_rejectedCertificate;
    int m_maxLineLength = 4096;
    int m_connectTimeoutMs = 30000;
    bool m_connecting = false;
    bool m_upgrading = false;
    bool m_done = false; // failed or closed: no further signals
    bool m_sawFirstByte = false;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::NetError)
