#pragma once

#include <QStringList>

namespace om::cli {

// offer-migrator account show | set | sign-in | sign-out | test
//   show      the tenant, client id, cloud, whether a refresh token and a client secret are stored (never
//             their values) and the account's data folder;
//   set       --tenant T --client-id C [--cloud global|21vianet|sandbox] [--sandbox-url URL];
//   sign-in   in the browser (prints the address to open), or --device-code (RFC 8628) on a machine with
//             no browser; the refresh token goes to the OS keychain;
//   sign-out  removes the account's refresh token and client secret from the keychain;
//   test      one read-only call (GET /v1/profiles/organization) that proves the sign-in works.
// Exit codes: 0 done, 1 failed, 2 usage error.
int runAccountCommand(const QStringList &arguments);

} // namespace om::cli
