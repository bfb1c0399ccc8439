#pragma once

#include "common/Clock.h"
#include "journal/Journal.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace om::journal::test {

// A journal in a fresh temporary folder with a manual clock.
class JournalFixture : public ::testing::Test
{
protected:
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

    static MigrationPlan plan(const QString &customer = QStringLiteral("cust-1"),
                              const QString &oldSubscription = QStringLiteral("sub-old-1"))
    {
        MigrationPlan p;
        p.customerId = customer;
        p.customerName = QStringLiteral("Contoso Ltd");
        p.oldSubscriptionId = oldSubscription;
        p.oldOfferId = QStringLiteral("OLD-OFFER");
        p.oldOfferName = QStringLiteral("Dynamics 365 Sales Professional (Qualified Offer)");
        p.oldSku = QStringLiteral("D365_SALES_PRO_QO");
        p.targetOfferId = QStringLiteral("NEW-OFFER");
        p.targetOfferName = QStringLiteral("Dynamics 365 Sales Professional");
        p.targetSku = QStringLiteral("D365_SALES_PRO");
        p.plannedQuantity = 5;
        p.operatorName = QStringLiteral("alice");
        return p;
    }

    static WriteRequestSpec cartWrite(qint64 migrationId)
    {
        WriteRequestSpec w;
        w.migrationId = migrationId;
        w.kind = WriteKind::CreateCart;
        w.method = QStringLiteral("POST");
        w.path = QStringLiteral("/v1/customers/cust-1/carts");
        w.body = QByteArrayLiteral(R"({"lineItems":[{"catalogItemId":"NEW-OFFER","quantity":5}]})");
        return w;
    }

    // Opens m_journal on journalPath() and creates one migration; returns its id (0 on failure).
    qint64 openWithOneMigration()
    {
        const Status opened = m_journal.open(journalPath());
        EXPECT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
        auto m = m_journal.createMigration(plan());
        EXPECT_TRUE(m.ok()) << qPrintable(m.error().toString());
        return m ? m->id : 0;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    Journal m_journal{m_clock};
};

} // namespace om::journal::test
