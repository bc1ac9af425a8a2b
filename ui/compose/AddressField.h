#pragma once

#include "mime/Mailbox.h"

#include <QLineEdit>

#include <optional>

class QCompleter;
class QStringListModel;

namespace mw {

class AddressHistory;

// A To/Cc/Bcc field: a comma- or semicolon-separated list of addresses, each
// "addr" or "Name <addr>". Checked as the user types: a field with a bad entry
// gets a red frame and a tooltip with the specific error (which entry, what
// is wrong). Completion offers addresses sent to before (AddressHistory), for
// the entry under the cursor.
class AddressField : public QLineEdit {
    Q_OBJECT
public:
    explicit AddressField(QWidget *parent = nullptr);

    void setHistory(const AddressHistory *history) { m_history = history; }

    // The parsed list; nullopt and *error when an entry is invalid.
    std::optional<QList<Mailbox>> mailboxes(QString *error = nullptr) const;
    void setMailboxes(const QList<Mailbox> &mailboxes);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // empty when valid

signals:
    void validityChanged(bool valid);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void validate();
    void updateCompletions();
    void insertCompletion(const QString &completion);

    const AddressHistory *m_history = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
    QString m_error;
    QString m_defaultToolTip;
};

} // namespace mw
