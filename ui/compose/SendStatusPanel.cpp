#include "compose/SendStatusPanel.h"

#include "compose/SizeText.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mw {

namespace {

// QProgressBar takes int: scale byte counts into its range.
constexpr int kSteps = 1000;

} // namespace

SendStatusPanel::SendStatusPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    auto *row = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setRange(0, kSteps);
    m_speed = new QLabel(this);
    m_speed->setObjectName(QStringLiteral("sendSpeed"));
    m_speed->setMinimumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSendButton"));
    row->addWidget(m_progress, 1);
    row->addWidget(m_speed);
    row->addWidget(m_cancel);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("recipientResults"));
    m_results->setRootIsDecorated(false);
    m_results->setIndentation(12);
    m_results->setHeaderLabels({ tr("Recipient"), tr("Result") });
    m_results->setColumnWidth(0, 220);
    m_results->header()->setStretchLastSection(true);
    m_results->setMaximumHeight(140);
    m_results->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_results);
    m_results->hide();
    connect(m_cancel, &QPushButton::clicked, this, &SendStatusPanel::cancelRequested);
}

void SendStatusPanel::start(qint64 bytesTotal)
{
    m_results->clear();
    m_results->hide();
    m_status->setText(
        tr("Sending… The message is safe in the outbox until the server accepts it."));
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progress->show();
    m_speed->setText(tr("%1 of %2").arg(formatSize(0), formatSize(bytesTotal)));
    m_speed->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_clock.start();
    show();
}

void SendStatusPanel::setProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setValue(int(qMin<qint64>(kSteps, sent * kSteps / total)));
    const qint64 ms = qMax<qint64>(1, m_clock.elapsed());
    const qint64 perSecond = sent * 1000 / ms;
    m_speed->setText(
        tr("%1 of %2, %3/s").arg(formatSize(sent), formatSize(total), formatSize(perSecond)));
}

QString SendStatusPanel::plainReason(int code, const QString &enhanced)
{
    if (enhanced == QLatin1String("5.1.1") || enhanced == QLatin1String("5.1.10"))
        return tr("This address does not exist at the receiving server.");
    if (enhanced.startsWith(QLatin1String("5.1.")))
        return tr("The server does not accept this address.");
    if (enhanced == QLatin1String("5.2.2") || enhanced == QLatin1String("4.2.2"))
        return tr("The recipient's mailbox is full.");
    if (enhanced.startsWith(QLatin1String("5.7.")))
        return tr("The server refused it by policy (for example relaying or spam rules).");
    if (enhanced == QLatin1String("5.3.4") || code == 552)
        return tr("The message is too big for this server.");
    if (code >= 400 && code < 500)
        return tr("Temporarily refused; Mailwright will try again later.");
    if (code >= 500)
        return tr("Permanently refused by the server.");
    return tr("Not delivered.");
}

void SendStatusPanel::showResult(const OutboxSendResult &result)
{
    m_cancel->hide();
    m_speed->hide();
    m_progress->hide();
    m_results->clear();
    for (const QString &address : result.accepted) {
        auto *item = new QTreeWidgetItem(m_results, { address, tr("Accepted") });
        item->setForeground(1, QColor(0x1e, 0x8e, 0x3e));
    }
    for (const OutboxSendResult::Rejected &rejected : result.rejected) {
        QString reason = plainReason(rejected.code, rejected.enhanced);
        const QString server = QStringLiteral("%1 %2 %3")
                                   .arg(rejected.code)
                                   .arg(rejected.enhanced, rejected.text)
                                   .simplified();
        auto *item
            = new QTreeWidgetItem(m_results, { rejected.address, tr("Rejected: %1").arg(reason) });
        item->setForeground(1, QColor(0xd9, 0x30, 0x25));
        item->setToolTip(1, server);
        // The server's own words on a line of their own, so they are not cut off.
        auto *reply = new QTreeWidgetItem(item, { tr("Server reply: %1").arg(server) });
        reply->setFirstColumnSpanned(true);
        reply->setForeground(0, QColor(0x5f, 0x63, 0x68));
        reply->setToolTip(0, server);
        item->setExpanded(true);
    }
    m_results->setVisible(m_results->topLevelItemCount() > 0);

    if (result.delivered && result.rejected.isEmpty())
        m_status->setText(tr("Sent. The server accepted the message for every recipient."));
    else if (result.delivered)
        m_status->setText(tr("Sent to %n recipient(s). The rejected ones stay in the outbox "
                             "for you to fix or delete.",
            nullptr, int(result.accepted.size())));
    else if (result.error.kind == FailureKind::Cancelled)
        m_status->setText(tr("Cancelled. The message stays in the outbox."));
    else if (result.state == OutboxEntry::State::RetryWait)
        m_status->setText(tr("Not sent yet: %1 Mailwright will try again; the message waits "
                             "in the outbox.")
                              .arg(result.error.message));
    else
        m_status->setText(tr("Not sent: %1 The message stays in the outbox.")
                              .arg(result.error.message.isEmpty() ? tr("the server refused it.")
                                                                  : result.error.message));
}

} // namespace mw
