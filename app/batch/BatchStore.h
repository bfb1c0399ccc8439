#pragma once

#include "batch/BatchPlan.h"
#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace om::batch {

// What a batch is, as far as the journal does not know it: which customers, the operator's overrides,
// when it was confirmed and by whom, whether it stops before suspend, and how far the batch got.
// The journal stays the truth for each migration (state, writes, users): resuming a batch re-plans its
// customers and the engine resumes each one from the journal (ResumeLogic).
struct StoredBatch
{
    enum class State
    {
        Running,          // confirmed and started; found so at start-up: the app was closed or killed
        Paused,           // the operator paused it
        WaitingToSuspend, // every runnable customer ran; verified ones wait for "Suspend N verified"
        Cancelled,        // the operator cancelled it (what was done stays done)
        Finished,         // ran to the end, every runnable customer done
        Incomplete,       // ran to the end with customers not finished (problem users...): resumable
    };

    QString id;          // a UUID, stable across resumes
    QDateTime createdAt; // UTC
    QDateTime confirmedAt;
    QString operatorName;
    bool stopBeforeSuspend = true;
    QStringList customerIds;
    QHash<QString, QString> customerNames;   // id -> name, for the resume offer
    QHash<QString, BatchOverride> overrides; // BatchRow::key() -> override
    State state = State::Running;
    QDateTime updatedAt;

    // Running, Paused, WaitingToSuspend or Incomplete: the app offers to resume (or to suspend) it.
    bool isResumable() const;
    QJsonObject toJson() const;
    static Result<StoredBatch> fromJson(const QJsonObject &object);
    static QString stateToken(State state);
};

// The batch file. Choice (issue 16): a small JSON file next to the journal (`<journal>.batch.json`),
// written atomically with QSaveFile (write, fsync, rename), rather than a batch table in the journal: the
// batch holds only the operator's choices, which the journal does not need to be right about money, and a
// journal schema bump would force every older app version off a shared journal file for a convenience.
// One batch per journal at a time: a new batch replaces a finished or cancelled one; starting while an
// unfinished one exists is the caller's decision (offer to resume it first).
class BatchStore
{
public:
    explicit BatchStore(QString path);
    static QString pathForJournal(const QString &journalPath);

    QString path() const { return m_path; }
    // No file: an empty optional. A damaged file is a Storage error naming it (never silently dropped).
    Result<std::optional<StoredBatch>> load() const;
    Status save(const StoredBatch &batch) const;
    Status remove() const;

private:
    QString m_path;
};

} // namespace om::batch
