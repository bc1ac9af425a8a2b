#pragma once

#include "mime/MessageDraft.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace mw {

// The composer's attachments: a list (name and size), Add/Remove, files
// dropped on the composer, the total size, and a warning when the message
// would exceed the server's advertised SIZE limit (RFC 1870), if known.
class AttachmentPanel : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentPanel(QWidget *parent = nullptr);

    // Adds readable regular files; returns a translated error for the others.
    QString addFiles(const QStringList &paths);
    void setAttachments(const QList<DraftAttachment> &attachments);
    QList<DraftAttachment> attachments() const { return m_attachments; }
    qint64 totalSize() const;
    // Base64 makes attachments about 4/3 bigger on the wire.
    qint64 estimatedMessageSize(qint64 textBytes) const;

    // 0 = unknown (then only the size is shown).
    void setSizeLimit(qint64 bytes);
    qint64 sizeLimit() const { return m_sizeLimit; }
    bool exceedsLimit() const;
    QString summaryText() const; // the total-size line, for tests
    QString warningText() const; // empty when within the limit

    QPushButton *addButton() const { return m_add; }

signals:
    void changed();

private:
    void rebuild();
    void chooseFiles();

    QList<DraftAttachment> m_attachments;
    qint64 m_sizeLimit = 0;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace mw
