#include "main/DraftsView.h"

#include "outbox/DraftStore.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

DraftsView::DraftsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("draftsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Subject"), tr("To"), tr("Saved") });
    m_list->setColumnWidth(0, 240);
    m_list->setColumnWidth(1, 200);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { emit openRequested(item->data(0, kIdRole).toString()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            emit openRequested(selectedId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (id.isEmpty())
            return;
        QString error;
        if (!DraftStore().remove(id, &error))
            QMessageBox::warning(this, tr("Delete draft"), error);
        reload();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_open->setEnabled(!selectedId().isEmpty());
        m_delete->setEnabled(!selectedId().isEmpty());
    });
    reload();
}

void DraftsView::reload()
{
    m_list->clear();
    for (const StoredDraft &stored : DraftStore().list()) {
        QStringList to;
        for (const Mailbox &mailbox : stored.draft.to)
            to << mailbox.toString();
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, kIdRole, stored.id);
        item->setText(
            0, stored.draft.subject.isEmpty() ? tr("(no subject)") : stored.draft.subject);
        item->setText(1, to.join(QStringLiteral(", ")));
        item->setText(2, QLocale().toString(stored.modified.toLocalTime(), QLocale::ShortFormat));
    }
    m_open->setEnabled(false);
    m_delete->setEnabled(false);
}

QString DraftsView::selectedId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, kIdRole).toString();
}

} // namespace mw
