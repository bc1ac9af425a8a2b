#include "main/OutboxView.h"

#include "account/AccountStore.h"
#include "compose/SizeText.h"
#include "outbox/Outbox.h"
#include "outbox/Sender.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {
// The address people know, rather than the account's internal id.
QString accountLabel(const QString &accountName)
{
    AccountStore store;
    store.load();
    const std::optional<Account> account = store.find(accountName);
    return account ? account->email.toString() : accountName;
}

enum Column { SubjectColumn, RecipientsColumn, StateColumn, DetailColumn, AccountColumn };
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

OutboxView::OutboxView(Outbox *outbox, Sender *sender, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_sender(sender)
{
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Subject"), tr("To"), tr("State"), tr("Details"), tr("Account") });
    // The reason a message is stuck matters most: Details gets the room.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(SubjectColumn, 150);
    m_list->setColumnWidth(RecipientsColumn, 150);
    m_list->setColumnWidth(StateColumn, 70);
    m_list->setColumnWidth(AccountColumn, 130);
    layout->addWidget(m_list, 1);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto *buttons = new QHBoxLayout;
    m_sendNow = new QPushButton(tr("Send all now"), this);
    m_sendNow->setObjectName(QStringLiteral("outboxSendAll"));
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("outboxDelete"));
    buttons->addWidget(m_sendNow);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    connect(m_sendNow, &QPushButton::clicked, m_sender, &Sender::sendAll);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        for (const QString &id : selectedIds())
            m_sender->retry(id);
    });
    connect(m_delete, &QPushButton::clicked, this, &OutboxView::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OutboxView::updateButtons);
    connect(m_outbox, &Outbox::entryAdded, this, &OutboxView::refresh);
    connect(m_outbox, &Outbox::entryChanged, this, &OutboxView::refresh);
    connect(m_outbox, &Outbox::entryRemoved, this, &OutboxView::refresh);
    connect(m_outbox, &Outbox::reloaded, this, &OutboxView::reload);
    connect(m_sender, &Sender::stateChanged, this, &OutboxView::refresh);
    connect(m_sender, &Sender::progress, this, &OutboxView::onProgress);
    reload();
}

QString OutboxView::stateText(const OutboxEntry &entry)
{
    switch (entry.state) {
    case OutboxEntry::State::Queued:
        return tr("Queued");
    case OutboxEntry::State::Sending:
        return tr("Sending");
    case OutboxEntry::State::RetryWait:
        return tr("Will retry");
    case OutboxEntry::State::Failed:
        return tr("Failed");
    case OutboxEntry::State::Interrupted:
        return tr("Interrupted");
    }
    return QString();
}

void OutboxView::reload()
{
    m_list->clear();
    for (const OutboxEntry &entry : m_outbox->entries())
        refresh(entry.id);
    updateButtons();
}

QTreeWidgetItem *OutboxView::itemFor(const QString &id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, kIdRole).toString() == id)
            return item;
    }
    return nullptr;
}

void OutboxView::refresh(const QString &id)
{
    const std::optional<OutboxEntry> entry = m_outbox->entry(id);
    QTreeWidgetItem *item = itemFor(id);
    if (!entry) {
        delete item;
        updateButtons();
        return;
    }
    if (!item) {
        item = new QTreeWidgetItem(m_list);
        item->setData(0, kIdRole, id);
    }
    item->setText(SubjectColumn, entry->subject.isEmpty() ? tr("(no subject)") : entry->subject);
    item->setText(RecipientsColumn, entry->recipients.join(QStringLiteral(", ")));
    item->setText(AccountColumn, accountLabel(entry->accountName));
    item->setText(StateColumn, stateText(*entry));
    QString detail;
    switch (entry->state) {
    case OutboxEntry::State::Queued:
        detail = formatSize(entry->size);
        break;
    case OutboxEntry::State::Sending:
        detail = tr("Connecting…");
        break;
    case OutboxEntry::State::RetryWait:
        detail = tr("%1 Next attempt at %2.")
                     .arg(entry->lastError.message,
                         QLocale().toString(
                             entry->nextAttempt.toLocalTime().time(), QLocale::ShortFormat));
        break;
    case OutboxEntry::State::Failed:
        detail = entry->lastError.message;
        break;
    case OutboxEntry::State::Interrupted:
        detail = tr("Sending was interrupted; it may or may not have been delivered.");
        break;
    }
    item->setText(DetailColumn, detail);
    item->setToolTip(DetailColumn, detail);
    updateButtons();
}

void OutboxView::onProgress(const QString &id, qint64 sent, qint64 total)
{
    if (QTreeWidgetItem *item = itemFor(id)) {
        const int percent = total > 0 ? int(sent * 100 / total) : 0;
        item->setText(DetailColumn,
            tr("%1 of %2 (%3%)").arg(formatSize(sent), formatSize(total)).arg(percent));
    }
}

QStringList OutboxView::selectedIds() const
{
    QStringList ids;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        ids << item->data(0, kIdRole).toString();
    return ids;
}

void OutboxView::updateButtons()
{
    bool canRetry = false;
    bool canDelete = false;
    for (const QString &id : selectedIds()) {
        const bool sending = m_sender->isSending(id);
        canDelete = canDelete || !sending;
        canRetry = canRetry || !sending;
    }
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    m_detail->setText(selected.size() == 1 ? tr("%1: %2").arg(
                          selected.first()->text(StateColumn), selected.first()->text(DetailColumn))
                                           : QString());
    m_detail->setVisible(!m_detail->text().isEmpty());
    m_retry->setEnabled(canRetry);
    m_delete->setEnabled(canDelete);
    m_sendNow->setEnabled(m_list->topLevelItemCount() > 0);
}

void OutboxView::removeSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete from the outbox"),
        tr("Delete %n message(s) from the outbox? They will not be sent.", nullptr,
            int(ids.size())),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result != QMessageBox::Yes)
            return;
        for (const QString &id : ids) {
            if (m_sender->isSending(id))
                continue;
            QString error;
            if (!m_outbox->remove(id, &error))
                QMessageBox::warning(this, tr("Delete from the outbox"), error);
        }
    });
    box->open();
}

} // namespace mw
