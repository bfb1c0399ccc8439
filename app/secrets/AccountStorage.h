#pragma once

#include "common/Result.h"
#include "secrets/AccountSettings.h"

#include <QString>
#include <QUrl>

namespace om::secrets {

// Where one account keeps its files, so sandbox runs never mix with real ones and two tenants never share
// a journal: AppDataLocation/accounts/<key>/journal.sqlite and scan-cache.sqlite. (Its keychain entries
// are apart already: secretKey() names the cloud, tenant and client id.)
//
// Keys: "sandbox" for the in-process sandbox (`--sandbox`, and the app with no account); "<cloud>-<tenant>"
// for a configured account ("global-contoso.onmicrosoft.com", "sandbox-<id>" for a sandbox server used as
// an account); "host-<host>-<port>" for `--api-base URL` with an explicit OFFER_MIGRATOR_ACCESS_TOKEN.
// The tenant is taken as typed (lower-cased): the same tenant entered once as a domain and once as its
// directory id gets two folders, so the account page keeps what was typed first.
//
// Files from before per-account folders (AppDataLocation/journal.sqlite, scan-cache.sqlite and the GUI's
// scan-cache-sandbox.sqlite) are moved once, on the first open() that can own them:
//  - scan-cache-sandbox.sqlite was only ever the in-process sandbox's: it goes to "sandbox";
//  - journal.sqlite and scan-cache.sqlite were written by the GUI for an account set by hand in the config
//    file and by every CLI run (--sandbox or --api-base). They go to the first REAL account (not a sandbox
//    key) that opens its storage, never to the sandbox. Reason: the journal is the only thing that stops a
//    resumed migration from buying twice, and before this version only one real account could be
//    configured, so the first real account to run is the one that wrote it. Sandbox entries in it are
//    harmless there (the in-process sandbox forgot their state when it exited), whereas giving a real
//    journal to the sandbox would hide a half-done real migration.
// A file whose target already exists is left where it is. The -wal and -shm files move with the journal.
struct AccountStorage
{
    QString key;
    QString folder; // absolute, exists after open()

    static QString sandboxKey() { return QStringLiteral("sandbox"); }
    static QString accountKey(const AccountSettings &account);
    static QString hostKey(const QUrl &apiBase);
    // True for keys whose data is a sandbox's (in-process or a sandbox server used as an account).
    static bool isSandboxKey(const QString &key);

    // Creates the folder under QStandardPaths::AppDataLocation and moves legacy files as described above.
    static Result<AccountStorage> open(const QString &key);
    // The same under `root` instead of AppDataLocation (tests).
    static Result<AccountStorage> openIn(const QString &root, const QString &key);

    QString journalPath() const;
    QString scanCachePath() const;
};

} // namespace om::secrets
