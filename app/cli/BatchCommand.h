#pragma once

#include <QStringList>

class QCommandLineParser;

namespace om::cli {

// The batch form of `migrate` (issue 16):
// `offer-migrator migrate (--all | --customers FILE | --expiring-within N | --market CC | --resume)
//  [--dry-run] [--plan-json FILE] [--yes] [--stop-before-suspend] [--suspend-verified] [--summary-csv FILE]
//  [--summary-html FILE] [--partner-name NAME] [--journal FILE] [target options]`
// Selects the customers (a scan for --all, --expiring-within and --market; --customers reads one customer
// id per line, '#' comments, the first comma-separated field), plans them 4 at a time, prints the batch
// table and its totals (or writes them with --plan-json), asks for confirmation stating the totals (more
// than 10 customers: the operator types their number) unless --yes, then runs them (batch::BatchRunner),
// one stderr line per customer result. The batch is kept next to the journal (batch::BatchStore):
// --resume runs the unfinished one again (it was confirmed: no question), re-planned; a customer whose new
// plan would buy something else than was confirmed is refused, not bought. --suspend-verified then suspends
// every subscription of the batch waiting at "verified" (e.g. `--resume --suspend-verified` after a run with
// --stop-before-suspend), asking first unless --yes.
// Exit codes: 0 every customer done (or verified, with --stop-before-suspend), 1 some not finished,
// 2 usage, 3 nothing done (dry run, declined, everything blocked).
void addBatchOptions(QCommandLineParser &parser);
bool isBatchInvocation(const QCommandLineParser &parser);
int runBatchMigrate(const QCommandLineParser &parser);

} // namespace om::cli
