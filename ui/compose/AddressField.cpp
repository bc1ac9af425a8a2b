#include "compose/AddressField.h"

#include "outbox/AddressHistory.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QRegularExpression>
#include <QStringListModel>

namespace mw {

namespace {

// Where the entry under the cursor starts: after the last separator before it.
int entryStart(const QString &text, int cursor)
{
    int start = 0;
    bool quoted = false;
    for (int i = 0; i < cursor && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char(';')))
            start = i + 1;
    }
    return start;
}

} // namespace

AddressField::AddressField(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &AddressField::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &AddressField::updateCompletions);
    connect(this, &QLineEdit::textChanged, this, &AddressField::validate);
}

std::optional<QList<Mailbox>> AddressField::mailboxes(QString *error) const
{
    return Mailbox::parseList(text(), error);
}

void AddressField::setMailboxes(const QList<Mailbox> &mailboxes)
{
    QStringList parts;
    for (const Mailbox &mailbox : mailboxes)
        parts << mailbox.toString();
    setText(parts.join(QStringLiteral(", ")));
}

void AddressField::validate()
{
    QString error;
    // The entry still being typed (after the last separator, no '@' yet) is
    // not an error yet: only a finished entry is judged.
    QString judged = text();
    if (hasFocus()) {
        const int start = entryStart(judged, judged.size());
        const QString tail = judged.mid(start).trimmed();
        if (!tail.isEmpty() && !tail.contains(QLatin1Char('@')))
            judged.truncate(start);
    }
    if (Mailbox::parseList(judged, &error))
        error.clear();
    if (error == m_error)
        return;
    const bool wasValid = m_error.isEmpty();
    m_error = error;
    if (m_error.isEmpty()) {
        setStyleSheet(QString());
        setToolTip(QString());
    } else {
        setStyleSheet(QStringLiteral(
            "QLineEdit { border: 2px solid #d93025; border-radius: 3px; background: #fdecea; }"));
        setToolTip(m_error);
    }
    if (wasValid != m_error.isEmpty())
        emit validityChanged(m_error.isEmpty());
}

void AddressField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    validate(); // the entry that was being typed is finished now
}

void AddressField::updateCompletions()
{
    if (!m_history)
        return;
    const QString current = text();
    const int start = entryStart(current, cursorPosition());
    const QString prefix = current.mid(start, cursorPosition() - start).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QStringList options;
    for (const AddressHistory::Entry &entry : m_history->complete(prefix, 10))
        options << entry.toString();
    m_model->setStringList(options);
    if (options.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void AddressField::insertCompletion(const QString &completion)
{
    QString current = text();
    const int start = entryStart(current, cursorPosition());
    int end = current.indexOf(QRegularExpression(QStringLiteral("[,;]")), cursorPosition());
    if (end < 0)
        end = current.size();
    const QString before = current.left(start);
    const QString after = current.mid(end);
    QString replacement = (start > 0 ? QStringLiteral(" ") : QString()) + completion;
    if (after.isEmpty())
        replacement += QStringLiteral(", ");
    setText(before + replacement + after);
    setCursorPosition(int(before.size() + replacement.size()));
    validate();
}

} // namespace mw
