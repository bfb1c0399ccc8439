#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/store/SandboxHttp.h"

#include <QUrl>

#include <memory>

namespace om::sandbox {

class SandboxStore;

// A whole sandbox in one object: clock, store with the demo tenant, router with the resource routes,
// and the HTTP server. Used in-process by `offer-migrator --sandbox` (system clock) and by tests
// (manual clock, see tests/support/SandboxFixture.h). Owns everything; destroy it on the thread that
// created it. Tests may add their own routes to router() at any time.
class SandboxHost final
{
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    enum class ClockMode
    {
        System,
        Manual
    };

    explicit SandboxHost(const SandboxOptions &options = {}, ClockMode clockMode = ClockMode::System);
    ~SandboxHost();

    // Listens on 127.0.0.1:port (0 = a free port).
    Status start(quint16 port = 0);
    QUrl baseUrl() const { return m_server->baseUrl(); }

    const Clock &clock() const { return *m_clock; }
    ManualClock *manualClock() { return m_manualClock; } // null with ClockMode::System
    SandboxStore &store() { return *m_store; }
    SandboxRouter &router() { return m_router; }
    SandboxServer &server() { return *m_server; }
    const SandboxOptions &options() const { return m_options; }

    // A fresh app+user (MFA) or app-only access token, valid for options().accessTokenLifetimeSecs
    // (by clock()). A long GUI session with the system clock can instead set options.fixedAccessToken,
    // or sign in through /{tenant}/oauth2/v2.0/authorize + token like against Entra.
    QString issueAccessToken(bool appOnly = false) { return m_server->issueAccessToken(appOnly); }

private:
    SandboxOptions m_options;
    std::unique_ptr<Clock> m_clock;
    ManualClock *m_manualClock = nullptr; // == m_clock.get() in manual mode
    std::unique_ptr<SandboxStore> m_store;
    SandboxRouter m_router;
    std::unique_ptr<SandboxServer> m_server; // declared last: destroyed first
};

} // namespace om::sandbox
