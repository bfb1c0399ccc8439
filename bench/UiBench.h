#pragma once

#include "common/Result.h"
#include "domain/ScanData.h"

#include <QString>
#include <QStringList>

namespace om::bench {

struct UiBenchOptions
{
    int customers = 10000;
    int subscriptionsPerCustomer = 10;
    int migrations = 1000; // in the journal, one per customer: progress the start has to load
};

// Synthetic customers, all subscriptions on retired offers (so every one is a row of the
// affected-subscription view). Repeatable: the same options give the same names and numbers.
domain::ScanSnapshot syntheticSnapshot(const UiBenchOptions &options);
Status writeCache(const QString &path, const domain::ScanSnapshot &snapshot);

// Runs in a fresh process (om_bench --gui-child <profile folder>, the profile prepared by
// --gui-prepare): times the GUI's start as the app runs it, reads peak RSS, then filter keystrokes as
// typed in the GUI, sorting every column and the CSV export. Prints figure lines. Returns the MISS count.
int runGuiChild(const QString &profileFolder);

// Prepares a profile (one child process) and spawns this program as the GUI child over it (so start
// time and peak memory are those of a fresh process), echoing their output. Returns the MISS count.
int benchGui(const QString &program, const UiBenchOptions &options);

// om_bench --gui-prepare <profile folder> <customers> <subscriptions each> <migrations>: the profile the
// GUI child starts from (see StartupBench.h). Returns 0 when it was written.
int runGuiPrepare(const QStringList &arguments);

} // namespace om::bench
