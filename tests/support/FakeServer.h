#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>

class QSslSocket;

// A scripted server for protocol tests, in the spirit of KSMTP's fakeserver
// but bound to port 0, single-threaded and TLS-capable.
//
// Script lines:
//   "S: text"   the server sends "text\r\n"
//   "R: bytes"  the server sends raw bytes; \r \n \t \\ and \xHH are unescaped
//   "C: text"   the client must send exactly this line
//   "C* text"   the client must send a line starting with this text
//   "C+ N"      the client sends N more lines that are recorded, not checked
//   "T"         the server starts TLS (STARTTLS/STLS accepted)
//   "X"         the server closes the connection
//   "A"         the server aborts the connection (TCP reset, no TLS close_notify)
//   "W ms"      the server pauses
//   "P"         the server stops reading (its buffers fill, TCP pushes back)
// When the script ends the connection stays open and silent (a stall).
//
// Delivery of the server's bytes:
//   Whole       each run of S:/R: lines in one write
//   ByteByByte  one byte per write, a millisecond apart
//   Coalesced   output is held back while the client's next expected lines are
//               already buffered, so pipelined replies arrive in one segment
class FakeServer : public QObject {
    Q_OBJECT
public:
    enum class Delivery { Whole, ByteByByte, Coalesced };
    enum class Tls { None, Implicit };
    enum class Cert { Good, SelfSigned, Expired, WrongHost };

    explicit FakeServer(QStringList script, Delivery delivery = Delivery::Whole,
        Tls tls = Tls::None, Cert cert = Cert::Good, QObject *parent = nullptr);
    ~FakeServer() override;

    quint16 port() const;
    QStringList received() const { return m_received; } // client lines, without CRLF
    QByteArray rawReceived() const { return m_raw; } // plaintext bytes as received
    QString error() const { return m_error; } // first script mismatch
    bool scriptDone() const { return m_index >= m_script.size(); }
    int connectionCount() const { return m_connections; }
    bool clientClosed() const { return m_clientClosed; }

    static QString caFile(); // the CA that signed the good certificate
    static QString certDir();

private:
    class Listener;
    void onNewSocket(qintptr descriptor);
    void onReadyRead();
    void step();
    void flush();
    void drip();
    void fail(const QString &error);

    Listener *m_server = nullptr;
    QStringList m_script;
    Delivery m_delivery;
    Tls m_tls;
    QSslCertificate m_cert;
    QSslKey m_key;
    QPointer<QSslSocket> m_socket;
    QList<QByteArray> m_lines; // client lines not consumed yet
    QByteArray m_partial;
    QByteArray m_raw;
    QByteArray m_out;
    QByteArray m_dripQueue;
    QTimer m_dripTimer;
    QStringList m_received;
    QString m_error;
    qsizetype m_index = 0;
    int m_connections = 0;
    int m_unchecked = 0;
    bool m_waitingTls = false;
    bool m_pausing = false;
    bool m_notReading = false;
    bool m_clientClosed = false;
};
