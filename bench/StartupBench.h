#pragma once

#include "bench/UiBench.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "secrets/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace om::gui {
class GuiSession;
}

namespace om::bench {

// The GUI's start as the app runs it (GuiMain: settings, translations, GuiSession::start(), the window
// shown), over a private profile: QSettings and the app data live under one folder (XDG_CONFIG_HOME and
// XDG_DATA_HOME), with a configured account whose storage holds the synthetic scan cache and a journal.

// The environment for the child processes that use the profile in `folder`.
QProcessEnvironment profileEnvironment(const QString &folder);

// Runs in its own process (om_bench --gui-prepare <folder>), in the profile's environment: saves an
// account, writes the scan cache into its storage and a journal with `migrations` migrations (one per
// customer). Prints what it wrote. Returns 0 when everything was written.
int prepareProfile(const UiBenchOptions &options, int migrations);

// What GuiMain keeps alive for a session (network manager, secret store, clock) and the session itself.
class GuiStart final
{
public:
    GuiStart();
    ~GuiStart();
    GuiStart(const GuiStart &) = delete;
    GuiStart &operator=(const GuiStart &) = delete;

    // As GuiMain::runGui: the language from the settings, GuiSession::start(), the window shown.
    Status start();
    gui::GuiSession *session() const { return m_session.get(); }
    const Clock &clock() const { return m_clock; }

private:
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    secrets::MemorySecretStore m_secrets; // nothing is signed in at start: the keychain is not read
    std::unique_ptr<gui::GuiSession> m_session;
};

// The app's organisation and application names (the profile's paths depend on them).
void useAppNames();

} // namespace om::bench
