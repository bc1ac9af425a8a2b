#include "outbox/Outbox.h"

#include "mime/MessageWriter.h"
#include "outbox/DurableFile.h"
#include "outbox/OutboxLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace mw {

namespace {
// See acquireSendLock(): how old a lock file that names no owner must be
// before it is taken for the leftover of a killed process.
constexpr qint64 kOwnerlessLockAgeMs = 2000;
} // namespace

namespace {

const QLatin1String kMessageSuffix(".eml");
const QLatin1String kSidecarSuffix(".json");

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-';
    });
}

QString newId(const QDateTime &now)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 8; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-")) + suffix;
}

} // namespace

QString Outbox::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/outbox");
}

Outbox::Outbox(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_dir(dir)
{
    qRegisterMetaType<OutboxEntry>();
    scan(false);
    if (QFileInfo(m_dir).isDir() && acquireSendLock())
        releaseSendLock();
}

Outbox::~Outbox() = default;

QString Outbox::messagePath(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + kMessageSuffix;
}

QString Outbox::sidecarPath(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + kSidecarSuffix;
}

void Outbox::reload()
{
    scan(false);
    emit reloaded();
}

void Outbox::setWatching(bool on)
{
    if (on == isWatching())
        return;
    if (!on) {
        delete m_watcher;
        m_watcher = nullptr;
        delete m_syncTimer;
        m_syncTimer = nullptr;
        return;
    }
    QDir().mkpath(m_dir);
    m_syncTimer = new QTimer(this);
    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(150);
    connect(m_syncTimer, &QTimer::timeout, this, &Outbox::syncFromDisk);
    m_watcher = new QFileSystemWatcher(this);
    // Not restarted by later changes: during a long burst (a flush elsewhere)
    // the view still catches up every 150 ms.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_syncTimer->isActive())
            m_syncTimer->start();
    });
    watchPaths();
}

// Every write is a QSaveFile rename, a new file or a removal in the outbox
// folder itself, so watching that folder sees all of them. Its parent is
// watched too: when the folder is deleted (inotify then drops the watch) or
// replaced, its re-creation shows there, and the folder is watched again.
void Outbox::watchPaths()
{
    if (!m_watcher)
        return;
    const QString parent = QFileInfo(m_dir).absolutePath();
    const QStringList watched = m_watcher->directories();
    if (!watched.contains(parent) && QFileInfo(parent).isDir())
        m_watcher->addPath(parent);
    if (!watched.contains(m_dir) && QFileInfo(m_dir).isDir() && !m_watcher->addPath(m_dir))
        qCWarning(lcOutbox) << "cannot watch the outbox folder" << m_dir
                            << "(changes by other processes show after a restart)";
}

// Re-reads the directory and reports what differs from what this object
// knew: its own writes compare equal, so they are not reported twice.
void Outbox::syncFromDisk()
{
    watchPaths(); // the folder may have been deleted and created again
    const QMap<QString, OutboxEntry> before = m_entries;
    scan(false, true);
    QStringList removed;
    QStringList changed;
    QStringList added;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto now = m_entries.constFind(it.key());
        if (now == m_entries.cend())
            removed << it.key();
        else if (now->toJson() != it->toJson())
            changed << it.key();
    }
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!before.contains(it.key()))
            added << it.key();
    }
    // Many at once (the folder emptied, a big flush elsewhere): one signal,
    // not one per entry for every listener to handle.
    constexpr qsizetype kManyChanges = 16;
    if (removed.size() + changed.size() + added.size() > kManyChanges) {
        emit reloaded();
        return;
    }
    for (const QString &id : std::as_const(removed))
        emit entryRemoved(id);
    for (const QString &id : std::as_const(changed))
        emit entryChanged(id);
    for (const QString &id : std::as_const(added))
        emit entryAdded(id);
}

bool Outbox::acquireSendLock(QString *error)
{
    if (holdsSendLock())
        return true;
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("Cannot create the outbox folder %1.").arg(m_dir);
        return false;
    }
    const QString lockPath = m_dir + QStringLiteral("/.send.lock");
    m_lock = std::make_unique<QLockFile>(lockPath);
    bool locked = m_lock->tryLock(0);
    if (!locked && m_lock->error() == QLockFile::LockFailedError) {
        // A process killed between creating the lock file and writing its
        // owner into it leaves a file that names nobody. QLockFile would call
        // it held until it is 30 s old; once it is a few seconds old, nobody
        // is still writing it. removeStaleLockFile() still refuses while a
        // live process holds the lock (an OS-level lock on the file).
        qint64 pid = 0;
        QString host;
        QString app;
        const QFileInfo info(lockPath);
        if (!m_lock->getLockInfo(&pid, &host, &app) && info.exists()
            && info.lastModified().msecsTo(QDateTime::currentDateTime()) > kOwnerlessLockAgeMs) {
            qCWarning(lcOutbox) << "outbox: removing a lock file that names no owner" << lockPath;
            if (m_lock->removeStaleLockFile())
                locked = m_lock->tryLock(0);
        }
    }
    if (!locked) {
        if (error)
            *error = m_lock->error() == QLockFile::LockFailedError
                ? tr("Another Mailwright process is sending from this outbox.")
                : tr("Cannot lock the outbox folder %1.").arg(m_dir);
        m_lock.reset();
        return false;
    }
    scan(true);
    emit reloaded();
    return true;
}

void Outbox::releaseSendLock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

void Outbox::scan(bool detectInterrupted, bool quiet)
{
    m_entries.clear();
    m_skipped.clear();
    QDir dir(m_dir);
    if (!dir.exists())
        return;
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QSet<QString> messages;
    QSet<QString> sidecars;
    auto skip = [this, quiet](const QString &name, const QString &reason) {
        if (quiet)
            qCDebug(lcOutbox).noquote()
                << "outbox: skipping" << name << "in" << m_dir << "-" << reason;
        else
            qCWarning(lcOutbox).noquote()
                << "outbox: skipping" << name << "in" << m_dir << "-" << reason;
        m_skipped << name + QStringLiteral(": ") + reason;
    };
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        const QString stem = info.completeBaseName();
        if (name.endsWith(kMessageSuffix) && isValidId(stem))
            messages.insert(stem);
        else if (name.endsWith(kSidecarSuffix) && isValidId(stem))
            sidecars.insert(stem);
        else
            skip(name, QStringLiteral("not an outbox file"));
    }
    // Entries whose removal was cut short (see remove()): finished by the lock holder, never
    // listed.
    for (const QString &id : QStringList(sidecars.begin(), sidecars.end())) {
        QFile file(sidecarPath(id));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
        if (!o.value(QStringLiteral("removed")).toBool())
            continue;
        file.close();
        sidecars.remove(id);
        messages.remove(id);
        if (detectInterrupted) {
            QFile::remove(messagePath(id));
            QFile::remove(sidecarPath(id));
            syncDirectory(m_dir);
            qCInfo(lcOutbox).noquote() << "outbox: finished the removal of" << id;
        }
    }
    for (const QString &id : std::as_const(messages)) {
        if (!sidecars.contains(id))
            skip(id + kMessageSuffix,
                QStringLiteral("a message without its metadata file (an unfinished enqueue, "
                               "or a removal cut short after delivery); left in place"));
    }
    for (const QString &id : std::as_const(sidecars)) {
        const QString name = id + kSidecarSuffix;
        if (!messages.contains(id)) {
            skip(name, QStringLiteral("metadata without its message file"));
            continue;
        }
        QFile file(sidecarPath(id));
        if (!file.open(QIODevice::ReadOnly)) {
            skip(name, QStringLiteral("cannot read: %1").arg(file.errorString()));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
        if (!doc.isObject()) {
            skip(name,
                QStringLiteral("not a JSON object (%1 at offset %2)")
                    .arg(parseError.errorString())
                    .arg(parseError.offset));
            continue;
        }
        QString why;
        auto entry = OutboxEntry::fromJson(doc.object(), &why);
        if (!entry) {
            skip(name, QStringLiteral("bad metadata: %1").arg(why));
            continue;
        }
        if (entry->id != id) {
            skip(name, QStringLiteral("its id '%1' does not match the file name").arg(entry->id));
            continue;
        }
        m_entries.insert(id, *entry);
    }
    if (!detectInterrupted)
        return;
    for (OutboxEntry &entry : m_entries) {
        if (entry.state != OutboxEntry::State::Sending)
            continue;
        // It was being sent when the process died: the server may or may not have taken it.
        entry.state = OutboxEntry::State::Interrupted;
        QString why;
        if (!writeSidecar(entry, &why))
            qCWarning(lcOutbox).noquote()
                << "outbox: cannot mark" << entry.id << "as interrupted:" << why;
        m_interrupted << entry.id;
        qCInfo(lcOutbox).noquote()
            << "outbox: interrupted send found:" << entry.id << entry.messageId;
    }
}

std::optional<OutboxEntry> Outbox::enqueue(
    const QString &accountName, const MessageDraft &draft, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<OutboxEntry> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (accountName.trimmed().isEmpty())
        return fail(tr("No account is chosen to send from."));
    MessageWriter::Options options;
    options.appVersion = QCoreApplication::applicationVersion();
    DraftError draftError;
    auto writer = MessageWriter::create(draft, options, &draftError);
    if (!writer)
        return fail(draftError.text);
    if (!QDir().mkpath(m_dir))
        return fail(tr("Cannot create the outbox folder %1.").arg(m_dir));

    const QDateTime now = this->now();
    QString id = newId(now);
    while (m_entries.contains(id) || QFileInfo::exists(messagePath(id)))
        id = newId(now);

    qint64 written = 0;
    QString why;
    const bool ok = writeFileDurably(
        messagePath(id),
        [&](QIODevice *out, QString *reason) {
            QByteArray buffer(64 * 1024, Qt::Uninitialized);
            while (!writer->atEnd()) {
                const qint64 n = writer->read(buffer.data(), buffer.size());
                if (n < 0) {
                    *reason = writer->errorString();
                    return false;
                }
                if (n == 0)
                    break;
                if (out->write(buffer.constData(), n) != n) {
                    *reason = out->errorString();
                    return false;
                }
                written += n;
            }
            return true;
        },
        &why);
    if (!ok)
        return fail(why);

    OutboxEntry entry;
    entry.id = id;
    entry.accountName = accountName;
    entry.messageId = QString::fromLatin1(writer->messageId());
    entry.subject = MessageDraft::neutralisedSubject(draft.subject);
    entry.from = draft.from->address().toString();
    for (const EmailAddress &address : draft.envelopeRecipients())
        entry.recipients << address.toString();
    entry.size = written;
    entry.eightBit = writer->needsEightBit();
    entry.state = OutboxEntry::State::Queued;
    entry.created = now;
    if (!writeSidecar(entry, &why)) {
        QFile::remove(messagePath(id));
        return fail(why);
    }
    m_entries.insert(id, entry);
    qCInfo(lcOutbox).noquote() << "outbox: queued" << id << entry.messageId << written << "bytes";
    emit entryAdded(id);
    return entry;
}

bool Outbox::writeSidecar(const OutboxEntry &entry, QString *error)
{
    return writeFileDurably(sidecarPath(entry.id),
        QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented), error);
}

QList<OutboxEntry> Outbox::entries() const
{
    QList<OutboxEntry> list = m_entries.values();
    std::stable_sort(list.begin(), list.end(),
        [](const OutboxEntry &a, const OutboxEntry &b) { return a.created < b.created; });
    return list;
}

std::optional<OutboxEntry> Outbox::entry(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

QList<OutboxEntry> Outbox::interruptedEntries() const
{
    QList<OutboxEntry> list;
    for (const QString &id : m_interrupted) {
        if (const auto e = entry(id); e && e->state == OutboxEntry::State::Interrupted)
            list << *e;
    }
    return list;
}

std::unique_ptr<QIODevice> Outbox::openMessage(const QString &id) const
{
    if (!m_entries.contains(id))
        return nullptr;
    auto file = std::make_unique<QFile>(messagePath(id));
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

bool Outbox::remove(const QString &id, QString *error)
{
    if (!m_entries.contains(id)) {
        if (error)
            *error = tr("The message %1 is not in the outbox.").arg(id);
        return false;
    }
    // First mark the entry as removed (one atomic rename): if the process dies between the two
    // unlinks below, the next scan that holds the send lock finishes the removal instead of
    // finding half an entry.
    QJsonObject tombstone = m_entries.value(id).toJson();
    tombstone.insert(QStringLiteral("removed"), true);
    QString why;
    if (!writeFileDurably(
            sidecarPath(id), QJsonDocument(tombstone).toJson(QJsonDocument::Indented), &why))
        qCWarning(lcOutbox).noquote() << "outbox: cannot mark" << id << "as removed:" << why;
    QFile sidecar(sidecarPath(id));
    if (sidecar.exists() && !sidecar.remove()) {
        if (error)
            *error = tr("Cannot remove %1: %2").arg(sidecar.fileName(), sidecar.errorString());
        return false;
    }
    QFile message(messagePath(id));
    if (message.exists() && !message.remove())
        qCWarning(lcOutbox).noquote()
            << "outbox: cannot remove" << message.fileName() << ":" << message.errorString();
    if (!syncDirectory(m_dir, &why))
        qCWarning(lcOutbox).noquote() << "outbox:" << why;
    m_entries.remove(id);
    m_interrupted.removeAll(id);
    qCInfo(lcOutbox).noquote() << "outbox: removed" << id;
    emit entryRemoved(id);
    return true;
}

bool Outbox::update(const OutboxEntry &entry, QString *error)
{
    if (!m_entries.contains(entry.id)) {
        if (error)
            *error = tr("The message %1 is not in the outbox.").arg(entry.id);
        return false;
    }
    if (!writeSidecar(entry, error))
        return false;
    m_entries.insert(entry.id, entry);
    emit entryChanged(entry.id);
    return true;
}

bool Outbox::markSending(const QString &id, QString *error)
{
    auto e = entry(id);
    if (!e) {
        if (error)
            *error = tr("The message %1 is not in the outbox.").arg(id);
        return false;
    }
    e->state = OutboxEntry::State::Sending;
    e->attempts += 1;
    e->lastAttempt = now();
    e->nextAttempt = {};
    return update(*e, error);
}

bool Outbox::markQueued(const QString &id, QString *error)
{
    auto e = entry(id);
    if (!e) {
        if (error)
            *error = tr("The message %1 is not in the outbox.").arg(id);
        return false;
    }
    e->state = OutboxEntry::State::Queued;
    e->nextAttempt = {};
    return update(*e, error);
}

} // namespace mw
