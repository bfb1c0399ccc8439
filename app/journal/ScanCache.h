#pragma once

#include "common/Result.h"
#include "domain/ScanData.h"

#include <QString>

namespace om::journal {

// The last scan, kept so the app starts with data instead of rescanning. Its own file
// (scan-cache.sqlite), separate from the journal: it is disposable, so it uses synchronous=NORMAL
// and a damaged or foreign file is simply replaced on the next save.
// Each call opens and closes its own connection; use from one thread at a time.
class ScanCache
{
public:
    explicit ScanCache(QString path);

    // Default file: QStandardPaths::AppDataLocation/scan-cache.sqlite (the folder is created).
    static Result<QString> defaultPath();

    const QString &path() const { return m_path; }

    // A missing file gives an empty snapshot; a damaged one or one of another format an error
    // (then rescan and save).
    Result<domain::ScanSnapshot> load() const;
    // Replaces the stored snapshot in one transaction: readers see the old one or the new one.
    Status save(const domain::ScanSnapshot &snapshot);

private:
    QString m_path;
};

} // namespace om::journal
