#include "outbox/OutboxEntry.h"

#include <QJsonArray>

namespace mw {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseUtc(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

std::optional<SmtpError::Step> stepFromName(const QString &name)
{
    for (int i = int(SmtpError::Step::None); i <= int(SmtpError::Step::Quit); ++i) {
        if (stepName(SmtpError::Step(i)) == name)
            return SmtpError::Step(i);
    }
    return std::nullopt;
}

std::optional<FailureKind> kindFromName(const QString &name)
{
    for (int i = int(FailureKind::None); i <= int(FailureKind::Cancelled); ++i) {
        if (kindName(FailureKind(i)) == name)
            return FailureKind(i);
    }
    return std::nullopt;
}

} // namespace

OutboxError OutboxError::from(const SmtpError &error)
{
    OutboxError result;
    result.step = error.step;
    result.kind = error.kind;
    if (error.reply.isValid()) {
        result.code = error.reply.code;
        if (error.reply.enhanced.isValid())
            result.enhanced = error.reply.enhanced.toString();
        result.text = error.reply.text();
    } else {
        result.text = error.detail;
    }
    if (error.isError())
        result.message = error.message();
    return result;
}

QJsonObject OutboxError::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("step"), stepName(step));
    o.insert(QStringLiteral("kind"), kindName(kind));
    if (code)
        o.insert(QStringLiteral("code"), code);
    if (!enhanced.isEmpty())
        o.insert(QStringLiteral("enhanced"), enhanced);
    o.insert(QStringLiteral("text"), text);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

OutboxError OutboxError::fromJson(const QJsonObject &o)
{
    OutboxError e;
    e.step
        = stepFromName(o.value(QStringLiteral("step")).toString()).value_or(SmtpError::Step::None);
    e.kind = kindFromName(o.value(QStringLiteral("kind")).toString()).value_or(FailureKind::None);
    e.code = o.value(QStringLiteral("code")).toInt();
    e.enhanced = o.value(QStringLiteral("enhanced")).toString();
    e.text = o.value(QStringLiteral("text")).toString();
    e.message = o.value(QStringLiteral("message")).toString();
    return e;
}

QJsonObject OutboxRecipientResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("address"), address);
    o.insert(QStringLiteral("accepted"), accepted);
    if (code)
        o.insert(QStringLiteral("code"), code);
    if (!enhanced.isEmpty())
        o.insert(QStringLiteral("enhanced"), enhanced);
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    return o;
}

OutboxRecipientResult OutboxRecipientResult::fromJson(const QJsonObject &o)
{
    OutboxRecipientResult r;
    r.address = o.value(QStringLiteral("address")).toString();
    r.accepted = o.value(QStringLiteral("accepted")).toBool();
    r.code = o.value(QStringLiteral("code")).toInt();
    r.enhanced = o.value(QStringLiteral("enhanced")).toString();
    r.text = o.value(QStringLiteral("text")).toString();
    return r;
}

bool OutboxEntry::isDue(const QDateTime &now) const
{
    switch (state) {
    case State::Queued:
    case State::Interrupted:
        return true;
    case State::RetryWait:
        return !nextAttempt.isValid() || nextAttempt <= now;
    case State::Sending:
    case State::Failed:
        return false;
    }
    return false;
}

QJsonObject OutboxEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("account"), accountName);
    o.insert(QStringLiteral("messageId"), messageId);
    o.insert(QStringLiteral("subject"), subject);
    o.insert(QStringLiteral("from"), from);
    o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(recipients));
    o.insert(QStringLiteral("size"), size);
    o.insert(QStringLiteral("eightBit"), eightBit);
    o.insert(QStringLiteral("state"), stateName(state));
    o.insert(QStringLiteral("attempts"), attempts);
    o.insert(QStringLiteral("created"), isoUtc(created));
    o.insert(QStringLiteral("lastAttempt"), isoUtc(lastAttempt));
    o.insert(QStringLiteral("nextAttempt"), isoUtc(nextAttempt));
    if (lastError.isError())
        o.insert(QStringLiteral("lastError"), lastError.toJson());
    QJsonArray results;
    for (const OutboxRecipientResult &r : perRecipient)
        results.append(r.toJson());
    o.insert(QStringLiteral("perRecipient"), results);
    return o;
}

std::optional<OutboxEntry> OutboxEntry::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<OutboxEntry> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const int version = o.value(QStringLiteral("version")).toInt();
    if (version != 1)
        return fail(QStringLiteral("unsupported version %1").arg(version));
    OutboxEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    if (e.id.isEmpty())
        return fail(QStringLiteral("no id"));
    e.accountName = o.value(QStringLiteral("account")).toString();
    e.messageId = o.value(QStringLiteral("messageId")).toString();
    e.subject = o.value(QStringLiteral("subject")).toString();
    e.from = o.value(QStringLiteral("from")).toString();
    if (e.from.isEmpty())
        return fail(QStringLiteral("no envelope sender"));
    const QJsonValue recipients = o.value(QStringLiteral("recipients"));
    if (!recipients.isArray())
        return fail(QStringLiteral("no recipient list"));
    for (const QJsonValue &r : recipients.toArray()) {
        if (!r.isString() || r.toString().isEmpty())
            return fail(QStringLiteral("a recipient is not an address"));
        e.recipients << r.toString();
    }
    e.size = qint64(o.value(QStringLiteral("size")).toDouble());
    e.eightBit = o.value(QStringLiteral("eightBit")).toBool();
    const auto state = stateFromName(o.value(QStringLiteral("state")).toString());
    if (!state)
        return fail(
            QStringLiteral("unknown state '%1'").arg(o.value(QStringLiteral("state")).toString()));
    e.state = *state;
    e.attempts = o.value(QStringLiteral("attempts")).toInt();
    e.created = parseUtc(o.value(QStringLiteral("created")));
    e.lastAttempt = parseUtc(o.value(QStringLiteral("lastAttempt")));
    e.nextAttempt = parseUtc(o.value(QStringLiteral("nextAttempt")));
    e.lastError = OutboxError::fromJson(o.value(QStringLiteral("lastError")).toObject());
    for (const QJsonValue &r : o.value(QStringLiteral("perRecipient")).toArray())
        e.perRecipient << OutboxRecipientResult::fromJson(r.toObject());
    return e;
}

QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Queued:
        return QStringLiteral("queued");
    case OutboxEntry::State::Sending:
        return QStringLiteral("sending");
    case OutboxEntry::State::RetryWait:
        return QStringLiteral("retry-wait");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    case OutboxEntry::State::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<OutboxEntry::State> stateFromName(QStringView name)
{
    for (int i = int(OutboxEntry::State::Queued); i <= int(OutboxEntry::State::Interrupted); ++i) {
        if (stateName(OutboxEntry::State(i)) == name)
            return OutboxEntry::State(i);
    }
    return std::nullopt;
}

} // namespace mw
