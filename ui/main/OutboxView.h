#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mw {

class Outbox;
class Sender;
struct OutboxEntry;

// The Outbox tab: every queued, sending, waiting or failed message, with its
// progress or the reason it failed, and Send now / Retry / Delete.
class OutboxView : public QWidget {
    Q_OBJECT
public:
    OutboxView(Outbox *outbox, Sender *sender, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void reload();

    static QString stateText(const OutboxEntry &entry);

private:
    void refresh(const QString &id);
    void onProgress(const QString &id, qint64 sent, qint64 total);
    void updateButtons();
    QStringList selectedIds() const;
    QTreeWidgetItem *itemFor(const QString &id) const;
    void removeSelected();

    Outbox *m_outbox;
    Sender *m_sender;
    QTreeWidget *m_list = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_sendNow = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace mw
