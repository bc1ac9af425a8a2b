#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace mw {

// The Drafts tab: drafts saved by the composer (DraftStore), newest first.
class DraftsView : public QWidget {
    Q_OBJECT
public:
    explicit DraftsView(QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void reload();

signals:
    void openRequested(const QString &draftId);

private:
    QString selectedId() const;

    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace mw
