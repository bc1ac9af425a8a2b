#pragma once

#include <QString>

namespace mw {

// Mail providers whose login rules need advice of their own. The discovery
// database will name providers by id; until then they are found by the
// address's domain or the server's host name (ProviderTable.cpp holds the
// one table).
enum class ProviderFamily {
    None,
    Tencent, // QQ Mail, Foxmail: 授权码
    NetEase, // 163, 126, yeah.net, 188: 客户端授权密码
    Sina, // 授权码
    Sohu, // 独立密码 / 授权码
    ChinaMobile, // 139.com: 授权码
    Aliyun, // 三方客户端安全密码
    Google, // app password; 534 5.7.9, 535 5.7.8
    Microsoft, // password logins switched off: OAuth2 (535 5.7.139)
    Apple, // app-specific password
    Yahoo, // app password
};

struct ProviderEntry {
    ProviderFamily family = ProviderFamily::None;
    QString name; // for people: "QQ Mail", "NetEase 163 Mail"…
    QString settingsUrl; // where the user turns on client access or makes the code

    bool isNull() const { return family == ProviderFamily::None; }
};

// By discovery's provider id, else the address's domain, else the server's
// host name (a custom domain hosted at Microsoft 365 or Tencent still talks
// to their servers). Case-insensitive; a null entry when nobody matches.
ProviderEntry findProvider(const QString &providerId, const QString &domain, const QString &host);

// Providers that want a separate code or app password instead of the web
// login password, for clients like this one.
bool needsAuthorizationCode(ProviderFamily family);
bool isMainlandChina(ProviderFamily family);

} // namespace mw
