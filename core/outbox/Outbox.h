#pragma once

#include "mime/MessageDraft.h"
#include "outbox/OutboxEntry.h"

#include <QIODevice>
#include <QLockFile>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace mw {

// The durable queue of outgoing mail: one directory holding, per message, "<id>.eml" (the complete
// RFC 5322 message, rendered once by MessageWriter) and "<id>.json" (the OutboxEntry). Both are
// written with QSaveFile, then fsync'ed along with the directory, before enqueue() returns: a
// message the caller was told is queued survives a crash or a power cut. An entry leaves the
// directory only through remove() (the Sender calls it after the final 250).
//
// Files in the directory that are not a complete, readable pair are skipped with a logged reason
// (category mailwright.outbox) and listed by skippedFiles(); they are never deleted.
//
// Entries found in state Sending at construction were being sent when the process died: they
// become Interrupted (saved) and are listed by interruptedEntries(), so the UI can offer a retry.
// A retry may duplicate a message the server had already accepted (at-least-once); the copies
// share the Message-ID.
class Outbox : public QObject {
    Q_OBJECT
public:
    // <AppDataLocation>/outbox, e.g. ~/.local/share/mailwright/outbox (follows XDG_DATA_HOME).
    static QString defaultDir();

    explicit Outbox(const QString &dir = defaultDir(), QObject *parent = nullptr);
    ~Outbox() override;

    QString dir() const { return m_dir; }

    // Renders the draft and stores it durably. nullopt with *error (translated) when the draft is
    // invalid, an attachment unreadable or the disk write failed; nothing is left behind then.
    std::optional<OutboxEntry> enqueue(
        const QString &accountName, const MessageDraft &draft, QString *error = nullptr);

    QList<OutboxEntry> entries() const; // oldest first
    std::optional<OutboxEntry> entry(const QString &id) const;
    QList<OutboxEntry> interruptedEntries() const; // found in state Sending at construction
    QStringList skippedFiles() const { return m_skipped; } // with the reason, for display

    // The rendered message, open for reading; nullptr if it is gone.
    std::unique_ptr<QIODevice> openMessage(const QString &id) const;
    QString messagePath(const QString &id) const;

    bool remove(const QString &id, QString *error = nullptr);

    // State transitions (used by Sender; the UI may call retry-like ones). Each saves the sidecar
    // durably before it returns true and emits entryChanged.
    bool update(const OutboxEntry &entry, QString *error = nullptr);
    bool markSending(const QString &id, QString *error = nullptr); // attempts+1, lastAttempt=now
    bool markQueued(const QString &id, QString *error = nullptr); // a retry the user asked for

    // Re-reads the directory (another process may have changed it). Does not re-run the
    // Interrupted detection.
    void reload();

    // Follows the directory: when another process (`mailwright outbox add|flush|remove`, a
    // second window) adds, changes or removes an entry, the difference arrives as
    // entryAdded/entryChanged/entryRemoved, a moment later (changes are gathered for 150 ms),
    // or as one reloaded() when many entries changed at once. The folder may be deleted and
    // created again meanwhile. Creates the directory if needed. Off by default.
    void setWatching(bool on);
    bool isWatching() const { return m_watcher != nullptr; }

    // One process at a time sends from an outbox directory: the one holding "<dir>/.send.lock"
    // (a QLockFile; a lock left by a killed process is taken over). Taking it re-reads the
    // directory and turns entries left in Sending into Interrupted, so only the holder decides
    // that a send was interrupted. The constructor does this too when the lock is free, then lets
    // it go. Sender takes the lock while it sends and releases it when idle.
    bool acquireSendLock(QString *error = nullptr);
    void releaseSendLock();
    bool holdsSendLock() const { return m_lock && m_lock->isLocked(); }

    // Tests: the clock used for timestamps (default: QDateTime::currentDateTimeUtc).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

signals:
    void entryAdded(const QString &id);
    void entryChanged(const QString &id);
    void entryRemoved(const QString &id);
    void reloaded(); // the directory was read again: every entry may have changed

private:
    // `quiet`: a scan prompted by the watcher, which may catch another
    // process between writing a message and its metadata; skips are then
    // logged at debug level only.
    void scan(bool detectInterrupted, bool quiet = false);
    void syncFromDisk();
    void watchPaths();
    bool writeSidecar(const OutboxEntry &entry, QString *error);
    QString sidecarPath(const QString &id) const;

    QString m_dir;
    QMap<QString, OutboxEntry> m_entries;
    QStringList m_interrupted;
    QStringList m_skipped;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<QLockFile> m_lock;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_syncTimer = nullptr;
};

} // namespace mw
