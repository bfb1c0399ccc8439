#pragma once

#include <QStringList>

namespace om::cli {

// `offer-migrator cancel --customer ID [--subscription OLD_ID] [--yes]`: shows the customer's recent orders
// and the journal's open migrations and, after confirmation, marks the ones that bought nothing cancelled
// in the journal (engine/MigrationCancel.h), so a later `migrate` plans them afresh. Sends no write to
// Partner Center. Exit codes: 0 cancelled, 1 failed, 2 usage, 3 nothing cancelled.
int runCancelCommand(const QStringList &arguments);

} // namespace om::cli
