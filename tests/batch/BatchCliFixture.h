#pragma once

// The batch form of `offer-migrator migrate` as a child process against a sandbox in THIS process (so the
// sandbox's state can be read and the child killed when a request arrives), with customers built in the
// store and a customers file. The event loop runs while the child does: the sandbox serves it.

#include "domain/OfferCatalogue.h"
#include "journal/Journal.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxCatalogue.h"
#include "sandbox/store/SandboxStore.h"
#include "tests/reliability/InvariantMonitor.h"
#include "tests/reliability/ReliabilitySupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace om::test {

inline const QString kCliFromSa =
    QStringLiteral("Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer)");

class BatchCliFixture : public ::testing::Test
{
protected:
    static constexpr const char *kToken = "batch-cli-token";

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        m_customersFile = m_dir.filePath(QStringLiteral("customers.txt"));
        sandbox::SandboxOptions o;
        o.fixedAccessToken = QString::fromLatin1(kToken);
        o.provisioningDelayMs = 0;
        o.customerCount = 4;
        m_host = std::make_unique<sandbox::SandboxHost>(o);
        const Status started = m_host->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        auto catalogue = domain::OfferCatalogue::loadBuiltIn();
        ASSERT_TRUE(catalogue.ok());
        m_catalogue = catalogue.value();
        QObject::connect(&m_host->server(), &sandbox::SandboxServer::requestArrived, &m_host->server(),
                         [this](const sandbox::SandboxRequest &r) {
                             if (r.path.startsWith(QLatin1String("/v1/")) && r.method != "GET")
                                 ++m_writes;
                         });
    }

    void TearDown() override
    {
        if (m_child && m_child->state() != QProcess::NotRunning) {
            m_child->kill();
            m_child->waitForFinished(5000);
        }
        m_monitors.clear();
        m_view.reset();
    }

    struct Customer
    {
        QString id;
        QString subscriptionId;
        QStringList holders;
    };

    // One retired "From SA" subscription with `users` holders; the last `unlocated` have no usage location.
    Customer addCustomer(const QString &name, int users, int unlocated = 0,
                         const QString &country = QStringLiteral("IT"), int endsInDays = 30)
    {
        sandbox::SandboxStore &store = m_host->store();
        Customer c;
        sandbox::CustomerRecord cr;
        cr.companyName = name;
        cr.domain = QStringLiteral("batchcli%1.onmicrosoft.com").arg(store.customerCount());
        cr.country = country;
        c.id = store.addCustomer(cr);
        sandbox::SubscriptionRecord s;
        s.customerId = c.id;
        s.offerId = sandbox::sandboxOfferId(kCliFromSa);
        s.quantity = users;
        s.commitmentEndDate = store.clock().now().addDays(endsInDays);
        c.subscriptionId = store.addSubscription(s);
        const QString sku = store.catalogue().offer(s.offerId)->skuId;
        for (int i = 0; i < users; ++i) {
            sandbox::UserRecord u;
            u.customerId = c.id;
            u.displayName = QStringLiteral("User %1").arg(i + 1);
            u.userPrincipalName = QStringLiteral("user%1@%2").arg(i + 1).arg(cr.domain);
            u.usageLocation = i >= users - unlocated ? QString() : country;
            const QString user = store.addUser(u);
            store.grantLicence(c.id, user, {sku, {}});
            c.holders.append(user);
        }
        return c;
    }

    void writeCustomers(const QStringList &ids)
    {
        QFile file(m_customersFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("# customers of the batch\n");
        for (const QString &id : ids)
            file.write(id.toUtf8() + '\n');
    }

    // The child's journal, read-only (WAL: readers never block the writer).
    journal::Journal *view()
    {
        if (m_view)
            return m_view.get();
        if (!QFileInfo::exists(m_journalPath))
            return nullptr;
        auto j = std::make_unique<journal::Journal>(m_clock);
        journal::Journal::Options o;
        o.readOnly = true;
        if (!j->open(m_journalPath, o))
            return nullptr;
        m_view = std::move(j);
        return m_view.get();
    }

    InvariantMonitor &monitor(const Customer &c, const QStringList &problemUsers = {})
    {
        InvariantMonitor::Target target;
        target.customerId = c.id;
        target.problemUsers = problemUsers;
        auto m = std::make_unique<InvariantMonitor>(*m_host, target, [this]() { return view(); });
        m->allowPendingWrites(true);
        InvariantMonitor &ref = *m;
        m_monitors.push_back(std::move(m));
        return ref;
    }

    struct Run
    {
        bool ended = false;
        QProcess::ExitStatus status = QProcess::NormalExit;
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    // `offer-migrator migrate ARGS --api-base ... --journal ...`, `input` on stdin (then closed).
    Run migrate(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
    {
        m_child = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OFFER_MIGRATOR_ACCESS_TOKEN"), QString::fromLatin1(kToken));
        m_child->setProcessEnvironment(env);
        m_child->setProgram(QStringLiteral(OM_MIGRATOR_BINARY));
        m_child->setArguments(QStringList{QStringLiteral("migrate")} + args +
                              QStringList{QStringLiteral("--api-base"), m_host->baseUrl().toString(),
                                          QStringLiteral("--journal"), m_journalPath,
                                          QStringLiteral("--rate-per-minute"), QStringLiteral("60000")});
        m_child->start();
        Run r;
        if (!m_child->waitForStarted(10000))
            return r;
        m_child->write(input);
        m_child->closeWriteChannel();
        r.ended = waitUntil([this]() { return m_child->state() == QProcess::NotRunning; }, timeoutMs, 5);
        r.status = m_child->exitStatus();
        r.code = m_child->exitCode();
        r.out = m_child->readAllStandardOutput();
        r.err = m_child->readAllStandardError();
        m_view.reset(); // reopen: the file may have been created meanwhile
        return r;
    }

    int writes() const { return m_writes; }

    SystemClock m_clock;
    QTemporaryDir m_dir;
    QString m_journalPath;
    QString m_customersFile;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    domain::OfferCatalogue m_catalogue;
    std::unique_ptr<journal::Journal> m_view;
    std::vector<std::unique_ptr<InvariantMonitor>> m_monitors;
    std::unique_ptr<QProcess> m_child;
    int m_writes = 0;
};

} // namespace om::test
