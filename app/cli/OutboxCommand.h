#pragma once

#include <QStringList>

namespace mw {
struct GlobalOptions;
}

namespace mw::cli {

// `mailwright outbox (list | add | flush | remove)`: see README.md for the contract.
int runOutbox(const QStringList &arguments, const GlobalOptions &global);

// `mailwright send --queue ...`: the message goes into the outbox durably, then is sent from there
// (it stays queued if sending fails). Called by runSend when --queue is given.
int runQueuedSend(const QStringList &arguments, const GlobalOptions &global);

} // namespace mw::cli
