#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace mw::sasl {

struct Credentials {
    QString username; // authentication identity (UTF-8 on the wire)
    QString secret; // password, 授权码, or OAuth2 access token
    QString authzid; // optional authorization identity (PLAIN/SCRAM), usually empty
};

// One answer to a server challenge.
struct Step {
    enum Kind { Respond, Abort } kind = Abort; // fail-safe default
    QByteArray response; // raw bytes for Respond; the caller base64-encodes them
    QString error; // English reason for Abort; never contains a secret

    static Step respondWith(QByteArray bytes) { return { Respond, std::move(bytes), {} }; }
    // The caller sends "*" (RFC 4954 §4, RFC 5034 §4) and fails.
    static Step abort(QString reason) { return { Abort, {}, std::move(reason) }; }
};

// One SASL exchange (RFC 4422) for one set of credentials. Not reusable: make
// a new mechanism for every AUTH attempt.
//
// Invalid credentials (validationError() non-empty) never reach the wire:
// initialResponse() then returns std::nullopt and respond() returns Abort with
// the same text. Check validationError() before sending AUTH.
class Mechanism {
public:
    Mechanism(const Mechanism &) = delete;
    Mechanism &operator=(const Mechanism &) = delete;
    virtual ~Mechanism();

    virtual QByteArray name() const = 0; // "SCRAM-SHA-256"
    // True when the secret (or an equivalent) crosses the wire readably:
    // PLAIN, LOGIN, XOAUTH2, OAUTHBEARER.
    virtual bool exposesSecret() const = 0;
    // Client-first mechanisms return the raw (not base64) initial response;
    // others std::nullopt. A client-first mechanism that gets an empty first
    // challenge instead (no SASL-IR) answers it with the same bytes.
    virtual std::optional<QByteArray> initialResponse() = 0;
    // Called with each DECODED server challenge. Returns the raw response to
    // send (the caller base64-encodes it), or Abort.
    virtual Step respond(const QByteArray &challenge) = 0;
    // After the server reported success (235 / +OK): false if the mechanism
    // requires something it has not seen yet (SCRAM: the server signature was
    // never verified) or the server already said the credentials were bad.
    virtual bool isComplete() const = 0;
    // Empty when the credentials can be used with this mechanism; otherwise
    // why not (English, no secret in it).
    virtual QString validationError() const;

    // For XOAUTH2/OAUTHBEARER: the server's JSON error text, if the token was rejected.
    QString serverError() const { return m_serverError; }

protected:
    Mechanism() = default;
    void setServerError(QString text) { m_serverError = std::move(text); }
    // The checks every mechanism shares: non-empty, no NUL (RFC 4616 §2 SAFE).
    static QString basicValidationError(const Credentials &credentials);

private:
    QString m_serverError;
};

enum class SecretKind { Password, OAuth2Token };

struct ChoiceOptions {
    bool tlsActive = false;
    bool allowCleartextWithoutTls = false; // the user chose "plain" and confirmed
    SecretKind kind = SecretKind::Password;
    QList<QByteArray> forced; // the user's explicit choice, e.g. {"LOGIN"}; empty = auto
};

struct Choice {
    std::unique_ptr<Mechanism> mechanism;
    QString error; // why nothing fits, e.g. the server offers only PLAIN but there is no TLS
};

// Mechanism names Mailwright implements, strongest first, for each secret kind.
// Passwords: SCRAM-SHA-256, PLAIN, LOGIN, CRAM-MD5 (PLAIN is fine over TLS;
// CRAM-MD5 makes servers keep a plaintext-equivalent secret, so it comes
// last). Tokens: OAUTHBEARER, XOAUTH2.
QList<QByteArray> preferenceOrder(SecretKind kind);

// Picks the strongest mechanism that the server offers (case-insensitive names
// from EHLO AUTH / CAPA SASL), that suits the secret kind and the credentials,
// and that does not expose the secret without TLS unless the user allowed it
// (RFC 8314, RFC 4954 §4). Exactly one of mechanism/error is set.
Choice choose(
    const QList<QByteArray> &offered, const Credentials &credentials, const ChoiceOptions &options);

// nullptr if Mailwright does not implement `name` (matched case-insensitively).
std::unique_ptr<Mechanism> create(QByteArrayView name, const Credentials &credentials);

// RFC 5802 §5.1 saslname: UTF-8 with "=" → "=3D" and "," → "=2C". Shared by
// SCRAM and OAUTHBEARER (RFC 7628 §3.1).
QByteArray escapeSaslName(const QString &name);
// RFC 5802 §7 gs2-header without channel binding: "n,," or "n,a=<saslname>,".
QByteArray gs2Header(const QString &authzid);

} // namespace mw::sasl
