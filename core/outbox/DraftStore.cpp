#include "outbox/DraftStore.h"

#include "outbox/DurableFile.h"
#include "outbox/OutboxLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>

namespace mw {

namespace {

struct DraftText {
    Q_DECLARE_TR_FUNCTIONS(mw::DraftStore)
};

bool isValidDraftId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-';
    });
}

QJsonArray mailboxesToJson(const QList<Mailbox> &list)
{
    QJsonArray array;
    for (const Mailbox &m : list)
        array.append(m.toString());
    return array;
}

bool mailboxesFromJson(
    const QJsonValue &value, const QString &field, QList<Mailbox> *out, QString *error)
{
    for (const QJsonValue &v : value.toArray()) {
        QString why;
        const auto m = Mailbox::parse(v.toString(), &why);
        if (!m) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(field, why);
            return false;
        }
        out->append(*m);
    }
    return true;
}

} // namespace

QJsonObject draftToJson(const MessageDraft &draft)
{
    QJsonObject o;
    if (draft.from)
        o.insert(QStringLiteral("from"), draft.from->toString());
    o.insert(QStringLiteral("to"), mailboxesToJson(draft.to));
    o.insert(QStringLiteral("cc"), mailboxesToJson(draft.cc));
    o.insert(QStringLiteral("bcc"), mailboxesToJson(draft.bcc));
    o.insert(QStringLiteral("replyTo"), mailboxesToJson(draft.replyTo));
    o.insert(QStringLiteral("subject"), draft.subject);
    o.insert(QStringLiteral("textBody"), draft.textBody);
    if (!draft.htmlBody.isEmpty())
        o.insert(QStringLiteral("htmlBody"), draft.htmlBody);
    QJsonArray attachments;
    for (const DraftAttachment &a : draft.attachments) {
        QJsonObject j;
        j.insert(QStringLiteral("path"), a.path);
        if (!a.displayName.isEmpty())
            j.insert(QStringLiteral("displayName"), a.displayName);
        if (!a.contentType.isEmpty())
            j.insert(QStringLiteral("contentType"), a.contentType);
        if (!a.contentId.isEmpty())
            j.insert(QStringLiteral("contentId"), a.contentId);
        attachments.append(j);
    }
    o.insert(QStringLiteral("attachments"), attachments);
    QJsonArray headers;
    for (const DraftHeader &h : draft.extraHeaders)
        headers.append(QJsonObject {
            { QStringLiteral("name"), h.name }, { QStringLiteral("value"), h.value } });
    o.insert(QStringLiteral("extraHeaders"), headers);
    return o;
}

std::optional<MessageDraft> draftFromJson(const QJsonObject &o, QString *error)
{
    MessageDraft draft;
    const QString from = o.value(QStringLiteral("from")).toString();
    if (!from.isEmpty()) {
        QString why;
        draft.from = Mailbox::parse(from, &why);
        if (!draft.from) {
            if (error)
                *error = QStringLiteral("from: %1").arg(why);
            return std::nullopt;
        }
    }
    if (!mailboxesFromJson(o.value(QStringLiteral("to")), QStringLiteral("to"), &draft.to, error)
        || !mailboxesFromJson(o.value(QStringLiteral("cc")), QStringLiteral("cc"), &draft.cc, error)
        || !mailboxesFromJson(
            o.value(QStringLiteral("bcc")), QStringLiteral("bcc"), &draft.bcc, error)
        || !mailboxesFromJson(
            o.value(QStringLiteral("replyTo")), QStringLiteral("replyTo"), &draft.replyTo, error))
        return std::nullopt;
    draft.subject = o.value(QStringLiteral("subject")).toString();
    draft.textBody = o.value(QStringLiteral("textBody")).toString();
    draft.htmlBody = o.value(QStringLiteral("htmlBody")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject j = v.toObject();
        DraftAttachment a;
        a.path = j.value(QStringLiteral("path")).toString();
        if (a.path.isEmpty()) {
            if (error)
                *error = QStringLiteral("an attachment has no path");
            return std::nullopt;
        }
        a.displayName = j.value(QStringLiteral("displayName")).toString();
        a.contentType = j.value(QStringLiteral("contentType")).toString();
        a.contentId = j.value(QStringLiteral("contentId")).toString();
        draft.attachments << a;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("extraHeaders")).toArray()) {
        const QJsonObject j = v.toObject();
        draft.extraHeaders << DraftHeader { j.value(QStringLiteral("name")).toString(),
            j.value(QStringLiteral("value")).toString() };
    }
    return draft;
}

QString DraftStore::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/drafts");
}

DraftStore::DraftStore(QString dir)
    : m_dir(std::move(dir))
{
}

QString DraftStore::pathFor(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + QStringLiteral(".json");
}

QList<StoredDraft> DraftStore::list() const
{
    QList<StoredDraft> drafts;
    const QStringList names
        = QDir(m_dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString id = name.chopped(5);
        QString why;
        if (auto d = load(id, &why))
            drafts << *d;
        else
            qCWarning(lcOutbox).noquote() << "drafts: skipping" << name << "-" << why;
    }
    std::stable_sort(drafts.begin(), drafts.end(),
        [](const StoredDraft &a, const StoredDraft &b) { return a.modified > b.modified; });
    return drafts;
}

std::optional<StoredDraft> DraftStore::load(const QString &id, QString *error) const
{
    auto fail = [error](const QString &why) -> std::optional<StoredDraft> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isValidDraftId(id))
        return fail(DraftText::tr("\"%1\" is not a draft name.").arg(id));
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly))
        return fail(DraftText::tr("Cannot read the draft %1: %2").arg(id, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024 * 1024), &parseError);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QStringLiteral("version")).toInt() != 1)
        return fail(DraftText::tr("The draft %1 is damaged or from a newer version.").arg(id));
    QString why;
    auto draft = draftFromJson(o.value(QStringLiteral("draft")).toObject(), &why);
    if (!draft)
        return fail(DraftText::tr("The draft %1 is damaged: %2").arg(id, why));
    StoredDraft stored;
    stored.id = id;
    stored.accountName = o.value(QStringLiteral("account")).toString();
    stored.draft = *draft;
    stored.modified
        = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs)
              .toUTC();
    return stored;
}

bool DraftStore::save(StoredDraft *draft, QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = DraftText::tr("Cannot create the drafts folder %1.").arg(m_dir);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString id = draft->id;
    if (id.isEmpty()) {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        do {
            QString suffix;
            for (int i = 0; i < 6; ++i)
                suffix += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
            id = now.toString(QStringLiteral("yyyyMMdd-HHmmss-")) + suffix;
        } while (QFile::exists(pathFor(id)));
    } else if (!isValidDraftId(id)) {
        if (error)
            *error = DraftText::tr("\"%1\" is not a draft name.").arg(id);
        return false;
    }
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("account"), draft->accountName);
    o.insert(QStringLiteral("modified"), now.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("draft"), draftToJson(draft->draft));
    if (!writeFileDurably(pathFor(id), QJsonDocument(o).toJson(QJsonDocument::Indented), error))
        return false;
    draft->id = id;
    draft->modified = now;
    return true;
}

bool DraftStore::remove(const QString &id, QString *error)
{
    if (!isValidDraftId(id)) {
        if (error)
            *error = DraftText::tr("\"%1\" is not a draft name.").arg(id);
        return false;
    }
    QFile file(pathFor(id));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = DraftText::tr("Cannot delete the draft %1: %2").arg(id, file.errorString());
        return false;
    }
    return true;
}

} // namespace mw
