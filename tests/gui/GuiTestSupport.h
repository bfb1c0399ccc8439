#pragma once

// Shared set-up of the GUI suite: a controller running the in-process sandbox (small demo tenant),
// and what the sandbox's store says the scan must find.

#include "common/Clock.h"
#include "domain/ScanData.h"
#include "ui/AppController.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace om::domain {
class OfferCatalogue;
}

namespace om::test {

// Plays the system browser for an interactive sign-in: asks the authorize URL (the sandbox signs the user
// in and consents at once), then follows the 302 to the app's loopback listener. Asynchronous, like a real
// browser. Remembers the authorization code it carried (to search for it on disk afterwards).
class TestBrowser
{
public:
    void open(const QUrl &url);
    QString lastCode() const { return m_lastCode; }
    int opened() const { return m_opened; }

private:
    QNetworkAccessManager m_network;
    QString m_lastCode;
    int m_opened = 0;
};

// Files under the config, data and cache folders (QStandardPaths test mode) that contain any of `secrets`,
// as "path: secret" lines; empty when none does. Fails the test if there is no file at all to search.
QStringList filesContainingSecrets(const QStringList &secrets);

// The account page as the README shows it, each handed to `shoot` (which saves and/or checks it):
// "account-first-start.png", the first-start dialog with a global account typed in; and
// "account-connected.png", Settings → Account after signing in to and testing a sandbox server used as the
// account (its status line names the partner).
void showAccountPages(const std::function<void(QWidget &, const QString &)> &shoot);

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
