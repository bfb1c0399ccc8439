#pragma once

#include <QStringList>

namespace om::cli {

// `offer-migrator cancel-purchase --customer ID [--subscription OLD_ID] [--yes]`: lists the customer's bought
// replacements with their cancellation date and, after confirmation, cancels the cancellable ones for a
// refund (engine/PurchaseCancellation.h). Exit codes: 0 cancelled, 1 failed, 2 usage, 3 nothing cancelled.
int runCancelPurchaseCommand(const QStringList &arguments);

} // namespace om::cli
