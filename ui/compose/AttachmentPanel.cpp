#include "compose/AttachmentPanel.h"

#include "compose/SizeText.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mw {

AttachmentPanel::AttachmentPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setMaximumHeight(64);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("Attach files…"), this);
    m_add->setObjectName(QStringLiteral("attachButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("attachmentSummary"));
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addWidget(m_summary, 1);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("attachmentWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(m_warning);

    connect(m_add, &QPushButton::clicked, this, &AttachmentPanel::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (QListWidgetItem *item : m_list->selectedItems())
            rows << m_list->row(item);
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            m_attachments.removeAt(r);
        rebuild();
    });
    rebuild();
}

QString AttachmentPanel::addFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            problems << tr("%1 does not exist.").arg(info.fileName());
        else if (!info.isFile())
            problems << tr("%1 is not a file.").arg(info.fileName());
        else if (!info.isReadable())
            problems << tr("%1 cannot be read.").arg(info.fileName());
        else {
            DraftAttachment attachment;
            attachment.path = info.absoluteFilePath();
            m_attachments << attachment;
        }
    }
    rebuild();
    return problems.join(QLatin1Char(' '));
}

void AttachmentPanel::setAttachments(const QList<DraftAttachment> &attachments)
{
    m_attachments = attachments;
    rebuild();
}

qint64 AttachmentPanel::totalSize() const
{
    qint64 total = 0;
    for (const DraftAttachment &attachment : m_attachments)
        total += QFileInfo(attachment.path).size();
    return total;
}

qint64 AttachmentPanel::estimatedMessageSize(qint64 textBytes) const
{
    return textBytes + (totalSize() + 2) / 3 * 4 * 78 / 76 + 2048;
}

void AttachmentPanel::setSizeLimit(qint64 bytes)
{
    m_sizeLimit = bytes;
    rebuild();
}

bool AttachmentPanel::exceedsLimit() const
{
    return m_sizeLimit > 0 && estimatedMessageSize(0) > m_sizeLimit;
}

QString AttachmentPanel::summaryText() const
{
    return m_summary->text();
}

QString AttachmentPanel::warningText() const
{
    return m_warning->text();
}

void AttachmentPanel::rebuild()
{
    m_list->clear();
    for (const DraftAttachment &attachment : m_attachments) {
        const QFileInfo info(attachment.path);
        const QString name
            = attachment.displayName.isEmpty() ? info.fileName() : attachment.displayName;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(name, formatSize(info.size())), m_list);
        item->setToolTip(info.absoluteFilePath());
    }
    m_list->setVisible(!m_attachments.isEmpty());
    m_remove->setVisible(!m_attachments.isEmpty());
    m_summary->setText(m_attachments.isEmpty()
            ? tr("No attachments. Drop files here to attach them.")
            : tr("%n attachment(s), %1 in total", nullptr, int(m_attachments.size()))
                  .arg(formatSize(totalSize())));
    if (exceedsLimit()) {
        m_warning->setText(tr("With the attachments the message is about %1, more than the "
                              "%2 this server accepts. It will probably be refused.")
                               .arg(formatSize(estimatedMessageSize(0)), formatSize(m_sizeLimit)));
    } else {
        m_warning->clear();
    }
    m_warning->setVisible(!m_warning->text().isEmpty());
    emit changed();
}

void AttachmentPanel::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this,
        [this](const QStringList &files) { addFiles(files); });
    dialog->open();
}

} // namespace mw
