#pragma once

#include "mime/MessageDraft.h"
#include "outbox/AddressHistory.h"
#include "outbox/Sender.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;
class QTimer;
class QToolBar;

namespace mw {

class AddressField;
class AttachmentPanel;
class Outbox;
class SendStatusPanel;

// The composer: From (an account), To/Cc/Bcc checked as typed, Subject, a
// plain-text body (optionally simple rich text, sent as HTML plus a text
// alternative), attachments (button or drag & drop). Send puts the message in
// the outbox first (durable), then hands it to the Sender and shows the
// progress and, afterwards, each recipient's result. Drafts are saved every
// few seconds and on close.
class ComposerWindow : public QWidget {
    Q_OBJECT
public:
    ComposerWindow(Outbox *outbox, Sender *sender, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // Pre-fills the fields; `accountId` picks From (empty: the first account).
    void setDraft(const MessageDraft &draft, const QString &accountId = {});
    bool loadDraft(const QString &draftId, QString *error = nullptr);
    QString draftId() const { return m_draftId; }

    // The message as typed; nullopt and a translated *error if it cannot be sent.
    std::optional<MessageDraft> buildDraft(QString *error = nullptr) const;
    bool send(QString *error = nullptr);
    bool saveDraft(QString *error = nullptr);
    void setAutoSaveInterval(int ms);
    // The server's advertised SIZE (RFC 1870) when known; 0 = unknown.
    void setServerSizeLimit(qint64 bytes);

    QString entryId() const { return m_entryId; } // the outbox entry once sent
    QComboBox *fromBox() const { return m_from; }
    AddressField *toField() const { return m_to; }
    AddressField *ccField() const { return m_cc; }
    AddressField *bccField() const { return m_bcc; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QTextEdit *bodyEdit() const { return m_body; }
    QCheckBox *richTextBox() const { return m_rich; }
    AttachmentPanel *attachments() const { return m_attachments; }
    QPushButton *sendButton() const { return m_send; }
    SendStatusPanel *statusPanel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void draftsChanged();
    void sendFinished(const mw::OutboxSendResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void loadAccounts();
    void setRichText(bool on);
    void markDirty();
    void autoSave();
    void showError(const QString &message);
    void updateTitle();
    void onProgress(const QString &id, qint64 sent, qint64 total);
    void onFinished(const QString &id, const OutboxSendResult &result);
    MessageDraft lenientDraft() const;
    bool hasContent() const;

    Outbox *m_outbox;
    Sender *m_sender;
    AddressHistory m_history;
    QComboBox *m_from = nullptr;
    AddressField *m_to = nullptr;
    AddressField *m_cc = nullptr;
    AddressField *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    QCheckBox *m_rich = nullptr;
    QToolBar *m_format = nullptr;
    QTextEdit *m_body = nullptr;
    AttachmentPanel *m_attachments = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_error = nullptr;
    SendStatusPanel *m_status = nullptr;
    QTimer *m_autoSave = nullptr;
    QString m_draftId;
    QString m_entryId;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace mw
