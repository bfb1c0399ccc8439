#pragma once

// Shared set-up of the GUI suite: a controller running the in-process sandbox (small demo tenant),
// and what the sandbox's store says the scan must find.

#include "common/Clock.h"
#include "domain/ScanData.h"
#include "ui/AppController.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace om::domain {
class OfferCatalogue;
}

namespace om::test {

// Customers of the sandbox's demo tenant holding at least one retired-offer subscription.
int affectedCustomersInStore(gui::AppController &controller);

// A scan of one customer with a retired offer and one without, for cache tests.
domain::ScanSnapshot smallSnapshot(const domain::OfferCatalogue &catalogue, const QDate &today);

class GuiFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // Starts the controller on a fresh sandbox; the scan cache lives in tempDir().
    void startController(int customerCount = 24);
    // Runs a scan to its end; fails the test when it does not succeed in time.
    void scanAndWait();

    gui::AppController &controller() { return *m_controller; }
    QString cachePath() const { return m_dir.filePath(QStringLiteral("scan-cache.sqlite")); }
    const QTemporaryDir &tempDir() const { return m_dir; }
    SystemClock &clock() { return m_clock; }

private:
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<gui::AppController> m_controller;
};

} // namespace om::test
