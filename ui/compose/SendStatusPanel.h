#pragma once

#include "outbox/Sender.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mw {

// Below the composer while and after sending: a progress bar in bytes with
// the speed, Cancel, and afterwards one line per recipient (accepted, or
// rejected with the server's reason in plain words).
class SendStatusPanel : public QWidget {
    Q_OBJECT
public:
    explicit SendStatusPanel(QWidget *parent = nullptr);

    void start(qint64 bytesTotal);
    void setProgress(qint64 sent, qint64 total);
    void showResult(const OutboxSendResult &result);

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTreeWidget *results() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }

    // "The address does not exist at the receiving server." for 550 5.1.1.
    static QString plainReason(int code, const QString &enhanced);

signals:
    void cancelRequested();

private:
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_speed = nullptr;
    QPushButton *m_cancel = nullptr;
    QTreeWidget *m_results = nullptr;
    QElapsedTimer m_clock;
};

} // namespace mw
