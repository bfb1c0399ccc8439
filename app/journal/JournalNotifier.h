#pragma once

#include <QObject>
#include <QString>

namespace om::journal {

// The journal's change signal (KeePassXC's ModifiableObject::modified()): emitted after every committed
// write that changes a migration, its users, its Partner Center writes or its events, so views can keep a
// snapshot and read it again only when it changed. Owned by the Journal (Journal::changes()); lives as
// long as it. Only writes made through that Journal object are reported: another process writing the
// same file is kept off a customer by the journal's leases.
class JournalNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalNotifier)

public:
    explicit JournalNotifier(QObject *parent = nullptr);
    ~JournalNotifier() override;

signals:
    // customerId as stored with the migration; the transaction is committed when this is emitted.
    void migrationChanged(const QString &customerId, qint64 migrationId);
};

} // namespace om::journal
