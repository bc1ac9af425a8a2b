#include "verify/ProviderTable.h"

#include <QCoreApplication>

namespace mw {

namespace {

struct Row {
    const char *key; // a mail domain, a provider id or a server host name
    ProviderFamily family;
    const char *name;
    const char *settingsUrl;
};

// The one place that knows which provider is behind a domain or host. The
// names are translated where they are looked up (context mw::ProviderHints,
// where they go into sentences).
const Row kRows[] = {
    // Tencent
    { "qq.com", ProviderFamily::Tencent, QT_TRANSLATE_NOOP("mw::ProviderHints", "QQ Mail"),
        "https://wx.mail.qq.com/" },
    { "vip.qq.com", ProviderFamily::Tencent, QT_TRANSLATE_NOOP("mw::ProviderHints", "QQ Mail VIP"),
        "https://wx.mail.qq.com/" },
    { "foxmail.com", ProviderFamily::Tencent, QT_TRANSLATE_NOOP("mw::ProviderHints", "Foxmail"),
        "https://wx.mail.qq.com/" },
    { "smtp.qq.com", ProviderFamily::Tencent, QT_TRANSLATE_NOOP("mw::ProviderHints", "QQ Mail"),
        "https://wx.mail.qq.com/" },
    { "pop.qq.com", ProviderFamily::Tencent, QT_TRANSLATE_NOOP("mw::ProviderHints", "QQ Mail"),
        "https://wx.mail.qq.com/" },
    // NetEase
    { "163.com", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase 163 Mail"), "https://mail.163.com/" },
    { "126.com", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase 126 Mail"), "https://mail.126.com/" },
    { "yeah.net", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase yeah.net Mail"), "https://mail.yeah.net/" },
    { "188.com", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase 188 Mail"), "https://mail.188.com/" },
    { "vip.163.com", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase VIP Mail"), "https://vip.163.com/" },
    { "vip.126.com", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase VIP Mail"), "https://vip.126.com/" },
    { "smtp.163.com", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase 163 Mail"), "https://mail.163.com/" },
    { "pop.163.com", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase 163 Mail"), "https://mail.163.com/" },
    { "smtp.126.com", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase 126 Mail"), "https://mail.126.com/" },
    { "pop.126.com", ProviderFamily::NetEase,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "NetEase 126 Mail"), "https://mail.126.com/" },
    // Sina, Sohu, China Mobile, Aliyun
    { "sina.com", ProviderFamily::Sina, QT_TRANSLATE_NOOP("mw::ProviderHints", "Sina Mail"),
        "https://mail.sina.com.cn/" },
    { "sina.cn", ProviderFamily::Sina, QT_TRANSLATE_NOOP("mw::ProviderHints", "Sina Mail"),
        "https://mail.sina.com.cn/" },
    { "vip.sina.com", ProviderFamily::Sina, QT_TRANSLATE_NOOP("mw::ProviderHints", "Sina VIP Mail"),
        "https://vip.sina.com/" },
    { "sohu.com", ProviderFamily::Sohu, QT_TRANSLATE_NOOP("mw::ProviderHints", "Sohu Mail"),
        "https://mail.sohu.com/" },
    { "139.com", ProviderFamily::ChinaMobile, QT_TRANSLATE_NOOP("mw::ProviderHints", "139 Mail"),
        "https://mail.10086.cn/" },
    { "aliyun.com", ProviderFamily::Aliyun, QT_TRANSLATE_NOOP("mw::ProviderHints", "Aliyun Mail"),
        "https://mail.aliyun.com/" },
    // Google
    { "gmail.com", ProviderFamily::Google, QT_TRANSLATE_NOOP("mw::ProviderHints", "Gmail"),
        "https://myaccount.google.com/apppasswords" },
    { "googlemail.com", ProviderFamily::Google, QT_TRANSLATE_NOOP("mw::ProviderHints", "Gmail"),
        "https://myaccount.google.com/apppasswords" },
    { "smtp.gmail.com", ProviderFamily::Google, QT_TRANSLATE_NOOP("mw::ProviderHints", "Gmail"),
        "https://myaccount.google.com/apppasswords" },
    { "pop.gmail.com", ProviderFamily::Google, QT_TRANSLATE_NOOP("mw::ProviderHints", "Gmail"),
        "https://myaccount.google.com/apppasswords" },
    // Microsoft
    { "outlook.com", ProviderFamily::Microsoft,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "Outlook.com"),
        "https://account.microsoft.com/security" },
    { "hotmail.com", ProviderFamily::Microsoft,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "Outlook.com"),
        "https://account.microsoft.com/security" },
    { "live.com", ProviderFamily::Microsoft, QT_TRANSLATE_NOOP("mw::ProviderHints", "Outlook.com"),
        "https://account.microsoft.com/security" },
    { "msn.com", ProviderFamily::Microsoft, QT_TRANSLATE_NOOP("mw::ProviderHints", "Outlook.com"),
        "https://account.microsoft.com/security" },
    { "office365.com", ProviderFamily::Microsoft,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "Microsoft 365"),
        "https://account.microsoft.com/security" },
    { "smtp-mail.outlook.com", ProviderFamily::Microsoft,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "Outlook.com"),
        "https://account.microsoft.com/security" },
    { "smtp.office365.com", ProviderFamily::Microsoft,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "Microsoft 365"),
        "https://account.microsoft.com/security" },
    { "outlook.office365.com", ProviderFamily::Microsoft,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "Microsoft 365"),
        "https://account.microsoft.com/security" },
    // Apple, Yahoo
    { "icloud.com", ProviderFamily::Apple, QT_TRANSLATE_NOOP("mw::ProviderHints", "iCloud Mail"),
        "https://account.apple.com/" },
    { "me.com", ProviderFamily::Apple, QT_TRANSLATE_NOOP("mw::ProviderHints", "iCloud Mail"),
        "https://account.apple.com/" },
    { "mac.com", ProviderFamily::Apple, QT_TRANSLATE_NOOP("mw::ProviderHints", "iCloud Mail"),
        "https://account.apple.com/" },
    { "smtp.mail.me.com", ProviderFamily::Apple,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "iCloud Mail"), "https://account.apple.com/" },
    { "yahoo.com", ProviderFamily::Yahoo, QT_TRANSLATE_NOOP("mw::ProviderHints", "Yahoo Mail"),
        "https://login.yahoo.com/account/security" },
    { "ymail.com", ProviderFamily::Yahoo, QT_TRANSLATE_NOOP("mw::ProviderHints", "Yahoo Mail"),
        "https://login.yahoo.com/account/security" },
    { "rocketmail.com", ProviderFamily::Yahoo, QT_TRANSLATE_NOOP("mw::ProviderHints", "Yahoo Mail"),
        "https://login.yahoo.com/account/security" },
    { "smtp.mail.yahoo.com", ProviderFamily::Yahoo,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "Yahoo Mail"),
        "https://login.yahoo.com/account/security" },
    { "pop.mail.yahoo.com", ProviderFamily::Yahoo,
        QT_TRANSLATE_NOOP("mw::ProviderHints", "Yahoo Mail"),
        "https://login.yahoo.com/account/security" },
};

ProviderEntry lookup(const QString &key)
{
    if (key.isEmpty())
        return {};
    // Host names may come with a trailing root dot.
    QString normalized = key.trimmed().toLower();
    if (normalized.endsWith(QLatin1Char('.')))
        normalized.chop(1);
    for (const Row &row : kRows) {
        if (normalized == QLatin1String(row.key))
            return { row.family, QCoreApplication::translate("mw::ProviderHints", row.name),
                QString::fromLatin1(row.settingsUrl) };
    }
    return {};
}

} // namespace

ProviderEntry findProvider(const QString &providerId, const QString &domain, const QString &host)
{
    for (const QString &key : { providerId, domain, host }) {
        const ProviderEntry entry = lookup(key);
        if (!entry.isNull())
            return entry;
    }
    return {};
}

bool needsAuthorizationCode(ProviderFamily family)
{
    switch (family) {
    case ProviderFamily::Tencent:
    case ProviderFamily::NetEase:
    case ProviderFamily::Sina:
    case ProviderFamily::Sohu:
    case ProviderFamily::ChinaMobile:
    case ProviderFamily::Aliyun:
    case ProviderFamily::Google:
    case ProviderFamily::Apple:
    case ProviderFamily::Yahoo:
        return true;
    case ProviderFamily::None:
    case ProviderFamily::Microsoft:
        return false;
    }
    return false;
}

bool isMainlandChina(ProviderFamily family)
{
    switch (family) {
    case ProviderFamily::Tencent:
    case ProviderFamily::NetEase:
    case ProviderFamily::Sina:
    case ProviderFamily::Sohu:
    case ProviderFamily::ChinaMobile:
    case ProviderFamily::Aliyun:
        return true;
    default:
        return false;
    }
}

} // namespace mw
