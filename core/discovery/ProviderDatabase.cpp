#include "discovery/ProviderDatabase.h"

#include "discovery/ConfigXmlParser.h"
#include "discovery/DiscoveryLog.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <memory>

// qt_add_resources in a static library needs an explicit init.
static void initProviderResources()
{
    Q_INIT_RESOURCE(mailwright_providers);
}

namespace mw {

namespace {

std::unique_ptr<ProviderDatabase> &sharedSlot()
{
    static std::unique_ptr<ProviderDatabase> instance;
    return instance;
}

QString canonicalDomain(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d;
}

// '*' matches within one label only, so "mxbiz*.qq.com" cannot swallow dots.
QRegularExpression compileMxPattern(const QString &pattern)
{
    QString rx = QRegularExpression::escape(pattern);
    rx.replace(QLatin1String("\\*"), QLatin1String("[^.]*"));
    return QRegularExpression(
        QRegularExpression::anchoredPattern(rx), QRegularExpression::CaseInsensitiveOption);
}

} // namespace

const ProviderDatabase &ProviderDatabase::shared()
{
    auto &slot = sharedSlot();
    if (!slot)
        reloadShared();
    return *slot;
}

void ProviderDatabase::reloadShared()
{
    initProviderResources();
    auto db = std::make_unique<ProviderDatabase>();
    db->loadDirectory(bundledDirectory(), ConfigSource::Bundled);
    db->loadDirectory(userDirectory(), ConfigSource::UserFile);
    sharedSlot() = std::move(db);
}

QString ProviderDatabase::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/providers");
}

int ProviderDatabase::loadDirectory(const QString &dir, ConfigSource origin)
{
    const QDir directory(dir);
    if (!directory.exists())
        return 0;
    int used = 0;
    const QStringList names = directory.entryList(
        { QStringLiteral("*.xml") }, QDir::Files | QDir::Readable, QDir::Name);
    const ConfigXmlLimits limits;
    for (const QString &name : names) {
        const QString path = directory.filePath(name);
        QFile file(path);
        if (file.size() > limits.maxBytes) {
            qCWarning(lcDiscovery).noquote() << "skipping provider file" << path << ": larger than"
                                             << limits.maxBytes << "bytes";
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcDiscovery).noquote()
                << "skipping provider file" << path << ":" << file.errorString();
            continue;
        }
        if (addXml(file.read(limits.maxBytes + 1), origin, path))
            ++used;
    }
    return used;
}

bool ProviderDatabase::addXml(
    const QByteArray &xml, ConfigSource origin, const QString &label, QString *error)
{
    ConfigXmlParser parser;
    auto record = parser.parse(xml);
    for (const QString &warning : parser.warnings())
        qCWarning(lcDiscovery).noquote() << label << ":" << warning;
    if (!record) {
        qCWarning(lcDiscovery).noquote()
            << "skipping provider file" << label << ":" << parser.errorString();
        if (error)
            *error = parser.errorString();
        return false;
    }
    record->origin = origin;
    addRecord(std::move(*record));
    return true;
}

void ProviderDatabase::addRecord(ProviderRecord record)
{
    // A later file overrides: drop whatever the same id or domains had before.
    for (int i = 0; i < m_records.size(); ++i) {
        if (!m_records[i].info.id.isEmpty() && m_records[i].info.id == record.info.id)
            removeRecord(i);
    }
    for (const QString &domain : std::as_const(record.domains)) {
        m_primary.remove(domain);
        m_alias.remove(domain);
    }
    const int index = int(m_records.size());
    for (qsizetype i = 0; i < record.domains.size(); ++i)
        (i == 0 ? m_primary : m_alias).insert(record.domains[i], index);
    // Newer rules go first so that user files win on overlapping patterns.
    for (const QString &pattern : std::as_const(record.mxPatterns))
        m_mxRules.prepend(MxRule { compileMxPattern(pattern), index });
    m_records << std::move(record);
}

void ProviderDatabase::removeRecord(int index)
{
    for (auto *map : { &m_primary, &m_alias }) {
        for (auto it = map->begin(); it != map->end();) {
            if (it.value() == index)
                it = map->erase(it);
            else
                ++it;
        }
    }
    m_mxRules.removeIf([index](const MxRule &rule) { return rule.record == index; });
    m_records[index] = ProviderRecord();
}

const ProviderRecord *ProviderDatabase::lookup(const QString &asciiDomain) const
{
    const QString domain = canonicalDomain(asciiDomain);
    if (const auto it = m_primary.constFind(domain); it != m_primary.cend())
        return &m_records[it.value()];
    if (const auto it = m_alias.constFind(domain); it != m_alias.cend())
        return &m_records[it.value()];
    return nullptr;
}

const ProviderRecord *ProviderDatabase::lookupByMx(const QString &mxHost) const
{
    const QString host = canonicalDomain(mxHost);
    for (const MxRule &rule : m_mxRules) {
        if (rule.pattern.match(host).hasMatch())
            return &m_records[rule.record];
    }
    return nullptr;
}

QList<ProviderRecord> ProviderDatabase::records() const
{
    QList<ProviderRecord> out;
    for (const ProviderRecord &record : m_records) {
        if (!record.servers.isEmpty())
            out << record;
    }
    return out;
}

} // namespace mw
