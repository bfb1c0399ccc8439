#pragma once

#include "common/Result.h"

namespace om::journal {

class SqliteConnection;

// The journal's tables, versioned with PRAGMA user_version. A new file is created at version 1
// and then upgraded step by step, so the upgrade path of old files is the one every file takes.
//   v1: migrations (plan, state, new subscription, order, last error) and events.
//   v2: SKUs, cart id, operator, suspension dates, failed_from on migrations; one active
//       migration per (customer, old subscription); append-only events; write_requests; user_moves.
//   v3: the new-commerce term and billing cycle.  v4: leases (one runner per customer).
//   v5: write_requests.subscription_id and cart_id (the ids a write is about, typed).
//   v6: write_requests.order_id (the order a checkout's answer placed, typed).
//   v7: write_requests.answer_subscription_id (the subscription a checkout or an upgrade answer made, typed).
namespace JournalSchema {

constexpr int currentVersion = 7;

// Creates or upgrades in one transaction per step. Refuses a file from a newer app version.
Status ensureCurrent(SqliteConnection &connection);

} // namespace JournalSchema

} // namespace om::journal
