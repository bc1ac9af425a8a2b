#pragma once

#include "mime/MessageDraft.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mw {

// A draft as saved: the MessageDraft (attachments by path, never copied) plus the account it is
// written from.
struct StoredDraft {
    QString id; // file-safe; empty until the first save()
    QString accountName;
    MessageDraft draft;
    QDateTime modified; // UTC, set by save()
};

// MessageDraft <-> JSON (addresses as "Name <addr>", validated again when read).
QJsonObject draftToJson(const MessageDraft &draft);
std::optional<MessageDraft> draftFromJson(const QJsonObject &object, QString *error);

// Drafts as files "<id>.json" in one directory, each written whole with QSaveFile (the composer
// saves every few seconds and on close). Unreadable files are skipped by list(), never deleted.
class DraftStore {
public:
    // <AppDataLocation>/drafts, e.g. ~/.local/share/mailwright/drafts (follows XDG_DATA_HOME).
    static QString defaultDir();

    explicit DraftStore(QString dir = defaultDir());
    QString dir() const { return m_dir; }

    QList<StoredDraft> list() const; // most recently modified first
    std::optional<StoredDraft> load(const QString &id, QString *error = nullptr) const;
    // Assigns draft->id on the first save and sets draft->modified.
    bool save(StoredDraft *draft, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr); // a missing draft is not an error

private:
    QString pathFor(const QString &id) const;

    QString m_dir;
};

} // namespace mw
