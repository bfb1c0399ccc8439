#pragma once

#include "common/Result.h"

#include <QString>

namespace om::bench {

struct UiBenchOptions
{
    int customers = 10000;
    int subscriptionsPerCustomer = 10;
};

// Writes a scan cache of synthetic customers, all subscriptions on retired offers (so every one is a row
// of the affected-subscription view). Returns the number of subscriptions written.
Result<int> writeSyntheticCache(const QString &path, const UiBenchOptions &options);

// Runs in a fresh process (om_bench --gui-child <cache>): times the start of the main window over the
// cache, reads peak RSS, then filter keystrokes, sorting every column and the CSV export. Prints figure
// lines. Returns the MISS count.
int runGuiChild(const QString &cachePath);

// Spawns this program as the GUI child (so start time and peak memory are those of a fresh process)
// and echoes its figures. Returns the MISS count.
int benchGui(const QString &program, const UiBenchOptions &options);

} // namespace om::bench
