#pragma once

#include "discovery/Discovery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mw {

struct AccountWizardOptions;
struct WizardState;

// Page 2: runs Discovery and shows each source live (searching, found,
// nothing, failed, not used) with a progress bar against the deadline.
// "Stop and use what was found" ends the search with the best so far; "Set
// up manually" skips it. Goes on to the settings by itself once done.
class DetectPage : public QWizardPage {
    Q_OBJECT
public:
    DetectPage(WizardState *state, const AccountWizardOptions *options, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void abort(); // stops the search, emits nothing
    bool isRunning() const { return m_discovery->isRunning(); }

private:
    void onSourceChanged(ConfigSource source, SourceState state, const QString &detail);
    void onFinished(const DiscoveryResult &result);
    void setUpManually();
    void tick();
    QTreeWidgetItem *rowFor(ConfigSource source);
    void setRowState(QTreeWidgetItem *row, const QString &state, bool busy);

    WizardState *m_state;
    const AccountWizardOptions *m_options;
    Discovery *m_discovery;
    QTreeWidget *m_sources = nullptr;
    QHash<int, QTreeWidgetItem *> m_rows;
    QHash<int, SourceState> m_seen;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_manual = nullptr;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace mw
