// `offer-migrator migrate` in its batch form, as the real binary: the dry-run table and --plan-json with
// the same totals, the confirmation (y/N, or the number of customers typed above 10), the exit codes
// applied to the batch (0 all done, 1 some not finished, 3 nothing done), --resume. The CLI loads the English
// translation, so counted texts read "3 customers", not "3 customer(s)".

#include "tests/batch/BatchCliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace om;
using namespace om::test;

namespace {

class BatchCliTest : public BatchCliFixture
{
};

TEST_F(BatchCliTest, DryRunPrintsTheTableAndThePlanJsonWithTheSameTotalsAndChangesNothing)
{
    const Customer a = addCustomer(QStringLiteral("Cli Alpha"), 3);
    const Customer b = addCustomer(QStringLiteral("Cli Beta"), 2);
    const Customer c = addCustomer(QStringLiteral("Cli Gamma"), 2, 1);
    writeCustomers({a.id, b.id, c.id});
    const QString json = m_dir.filePath(QStringLiteral("plan.json"));
    const Run r = migrate({QStringLiteral("--customers"), m_customersFile, QStringLiteral("--dry-run"),
                           QStringLiteral("--plan-json"), json});
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.code, 3) << r.err.constData();
    for (const char *name : {"Cli Alpha", "Cli Beta", "Cli Gamma"})
        EXPECT_TRUE(r.out.contains(name)) << r.out.constData();
    EXPECT_TRUE(
        r.out.contains("Totals: 3 customers to migrate, 3 subscriptions, 7 users to move, 7 seats to buy"))
        << r.out.constData();
    EXPECT_TRUE(r.out.contains("problem_users")) << "Gamma's user without a usage location is flagged";
    EXPECT_TRUE(r.out.contains("Dry run: nothing was changed."));
    EXPECT_EQ(writes(), 0);

    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject totals = plan.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("customersToRun")).toInt(), 3);
    EXPECT_EQ(totals.value(QStringLiteral("rowsToRun")).toInt(), 3);
    EXPECT_EQ(totals.value(QStringLiteral("usersToMove")).toInt(), 7);
    EXPECT_EQ(totals.value(QStringLiteral("seatsToBuy")).toInt(), 7);
    const QJsonArray byReplacement = totals.value(QStringLiteral("byReplacement")).toArray();
    ASSERT_EQ(byReplacement.size(), 1);
    EXPECT_EQ(byReplacement.first().toObject().value(QStringLiteral("seats")).toInt(), 7);
    EXPECT_EQ(plan.value(QStringLiteral("rows")).toArray().size(), 3);
    journal::Journal *j = view();
    ASSERT_NE(j, nullptr);
    const auto migrations = j->migrations();
    ASSERT_TRUE(migrations.ok());
    EXPECT_TRUE(migrations->isEmpty());
}

TEST_F(BatchCliTest, WithoutYesTheOperatorMustConfirmAndAboveTenCustomersTypeTheirNumber)
{
    QStringList ids;
    for (int i = 0; i < 11; ++i)
        ids.append(addCustomer(QStringLiteral("Cli Many %1").arg(i), 1).id);
    writeCustomers(ids.mid(0, 2));
    Run r = migrate({QStringLiteral("--customers"), m_customersFile}, "n\n");
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.out.contains("Go on? [y/N]")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("Declined: nothing was changed."));
    r = migrate({QStringLiteral("--customers"), m_customersFile}); // no answer at all (stdin closed)
    EXPECT_EQ(r.code, 3);
    EXPECT_EQ(writes(), 0);

    writeCustomers(ids);
    r = migrate({QStringLiteral("--customers"), m_customersFile}, "y\n");
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.code, 3) << "y is not the number of customers";
    EXPECT_TRUE(r.out.contains("Type the number of customers to migrate (11) to go on")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("11 customers to migrate")) << "the confirmation states the totals";
    EXPECT_EQ(writes(), 0);

    r = migrate({QStringLiteral("--customers"), m_customersFile, QStringLiteral("--stop-before-suspend")},
                "11\n");
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.code, 0) << r.err.constData();
    EXPECT_EQ(r.err.count("): verified: "), 11) << r.err.constData();
    for (const QString &id : ids) {
        const sandbox::SubscriptionRecord *old = nullptr;
        for (const sandbox::SubscriptionRecord *s : m_host->store().subscriptions(id)) {
            if (m_catalogue.isRetired(s->offerName))
                old = s;
        }
        ASSERT_NE(old, nullptr);
        EXPECT_EQ(m_host->store().effectiveStatus(*old), sandbox::SubscriptionStatus::Active)
            << "--stop-before-suspend";
    }

    // "Suspend N verified": asked, declined, then confirmed.
    r = migrate({QStringLiteral("--resume"), QStringLiteral("--suspend-verified")}, "n\n");
    EXPECT_EQ(r.code, 0) << "still verified, as asked before";
    EXPECT_TRUE(r.out.contains("Suspend 11 verified subscriptions?")) << r.out.constData();
    r = migrate({QStringLiteral("--resume"), QStringLiteral("--suspend-verified")}, "y\n");
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.code, 0) << r.err.constData();
    EXPECT_EQ(r.err.count("): done: "), 11) << r.err.constData();
    for (const QString &id : ids) {
        for (const sandbox::SubscriptionRecord *s : m_host->store().subscriptions(id)) {
            if (m_catalogue.isRetired(s->offerName)) {
                EXPECT_EQ(m_host->store().effectiveStatus(*s), sandbox::SubscriptionStatus::Suspended);
            }
        }
    }
}

TEST_F(BatchCliTest, ExitCodesApplyToTheBatchAndResumeFinishesIt)
{
    const Customer a = addCustomer(QStringLiteral("Cli Done A"), 2);
    const Customer b = addCustomer(QStringLiteral("Cli Done B"), 2);
    const Customer c = addCustomer(QStringLiteral("Cli Problem"), 3, 1);
    monitor(a);
    monitor(b);
    InvariantMonitor &problem = monitor(c, {c.holders.last()});
    writeCustomers({a.id, b.id, c.id});
    const QString summary = m_dir.filePath(QStringLiteral("summary.csv"));
    const QString printable = m_dir.filePath(QStringLiteral("summary.html"));
    Run r = migrate({QStringLiteral("--customers"), m_customersFile, QStringLiteral("--yes"),
                     QStringLiteral("--summary-csv"), summary, QStringLiteral("--summary-html"), printable,
                     QStringLiteral("--partner-name"), QStringLiteral("Fabrikam <Partner>")});
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.code, 1) << "some customer is not finished\n" << r.err.constData();
    EXPECT_TRUE(r.err.contains(QByteArray("customer Cli Done A (" + a.id.toUtf8() + "): done")))
        << r.err.constData();
    EXPECT_TRUE(r.err.contains(QByteArray("customer Cli Done B (" + b.id.toUtf8() + "): done")))
        << r.err.constData();
    EXPECT_TRUE(r.err.contains(QByteArray("customer Cli Problem (" + c.id.toUtf8() + "): unfinished")))
        << r.err.constData();
    EXPECT_TRUE(r.out.contains("migrate --resume")) << r.out.constData();
    QFile csv(summary);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll().count("\r\n"), 4) << "header and one row per customer";
    QFile html(printable);
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    EXPECT_TRUE(page.contains("Fabrikam &lt;Partner&gt;"));
    EXPECT_TRUE(page.contains("Cli Done A"));
    EXPECT_TRUE(page.contains("user3@")) << "the user not moved is named";

    // The admin sets the usage location; the kept batch resumes without asking again.
    const_cast<sandbox::UserRecord *>(m_host->store().user(c.id, c.holders.last()))->usageLocation =
        QStringLiteral("IT");
    problem.promoteProblemUser(c.holders.last());
    r = migrate({QStringLiteral("--resume")});
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.code, 0) << r.err.constData() << r.out.constData();
    EXPECT_TRUE(r.err.contains(QByteArray("customer Cli Problem (" + c.id.toUtf8() + "): done")))
        << r.err.constData();
    for (const Customer *x : {&a, &b, &c})
        EXPECT_EQ(m_host->store().orders(x->id).size(), 1);

    r = migrate({QStringLiteral("--resume")});
    EXPECT_EQ(r.code, 3) << "a finished batch is not resumed again";

    // Nothing can run: a customer that does not exist.
    writeCustomers({QStringLiteral("00000000-0000-0000-0000-00000000dead")});
    const int before = writes();
    r = migrate({QStringLiteral("--customers"), m_customersFile, QStringLiteral("--yes")});
    EXPECT_EQ(r.code, 3) << r.out.constData();
    EXPECT_EQ(writes(), before);
    for (const auto &m : m_monitors) {
        m->checkFinal(true);
        for (const QString &v : m->violations())
            ADD_FAILURE() << "invariant violated: " << v.toStdString();
    }
}

TEST_F(BatchCliTest, MarketAndExpiryFiltersChooseTheCustomersFromAScan)
{
    const Customer soon = addCustomer(QStringLiteral("Cli Italy Soon"), 2, 0, QStringLiteral("IT"), 20);
    const Customer late = addCustomer(QStringLiteral("Cli Italy Late"), 2, 0, QStringLiteral("IT"), 300);
    const Customer elsewhere =
        addCustomer(QStringLiteral("Cli Germany Soon"), 2, 0, QStringLiteral("DE"), 20);
    const QString json = m_dir.filePath(QStringLiteral("filtered.json"));
    const Run r =
        migrate({QStringLiteral("--market"), QStringLiteral("it"), QStringLiteral("--expiring-within"),
                 QStringLiteral("60"), QStringLiteral("--dry-run"), QStringLiteral("--plan-json"), json});
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.code, 3) << r.err.constData();
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList customers;
    for (const auto &row :
         QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rows")).toArray())
        customers.append(row.toObject().value(QStringLiteral("customerId")).toString());
    EXPECT_TRUE(customers.contains(soon.id, Qt::CaseInsensitive));
    EXPECT_FALSE(customers.contains(late.id, Qt::CaseInsensitive)) << "ends after 60 days";
    EXPECT_FALSE(customers.contains(elsewhere.id, Qt::CaseInsensitive)) << "another market";
    EXPECT_EQ(writes(), 0);
}

TEST_F(BatchCliTest, UsageErrors)
{
    writeCustomers({QStringLiteral("x")});
    EXPECT_EQ(migrate({QStringLiteral("--all"), QStringLiteral("--customers"), m_customersFile}).code, 2);
    EXPECT_EQ(migrate({QStringLiteral("--all"), QStringLiteral("--customer"), QStringLiteral("x")}).code, 2);
    EXPECT_EQ(migrate({QStringLiteral("--market"), QStringLiteral("ITA")}).code, 2);
    EXPECT_EQ(migrate({QStringLiteral("--expiring-within"), QStringLiteral("soon")}).code, 2);
    EXPECT_EQ(migrate({QStringLiteral("--all"), QStringLiteral("--to"), QStringLiteral("x")}).code, 2);
    EXPECT_EQ(writes(), 0);
}

} // namespace
