#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "secrets/AccountSettings.h"
#include "secrets/TokenClient.h"
#include "secrets/TokenSet.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace om::secrets {

// One app+user sign-in with the OAuth 2.0 device authorization grant (RFC 8628; Microsoft identity
// platform "device code flow"), for a machine without a browser: ask .../devicecode for a user code, show
// it with the address to enter it at (on any other device), then poll the token endpoint every `interval`
// seconds until the user has signed in there.
// Polling follows RFC 8628 section 3.5: authorization_pending polls again, slow_down adds 5 seconds to the
// interval, access_denied / authorization_declined / expired_token / bad_verification_code end it with
// a line saying what to do; the code's own expires_in (by the injected clock) ends it too. A poll that gets
// no answer (network, timeout, 5xx, 429) is retried with a doubled interval until the code expires.
// TokenClient and Clock are borrowed and must outlive this object.
class DeviceCodeSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeSignIn)

public:
    using Prompt = std::function<void(const DeviceCode &code)>; // show code.userCode, code.verificationUri
    using Done = std::function<void(Result<TokenSet>)>;

    DeviceCodeSignIn(AccountSettings account, TokenClient *tokens, const Clock *clock,
                     QObject *parent = nullptr);

    // `prompt` runs once the user code is known; `done` runs once: tokens, or an Error (Cancelled after
    // cancel()). One sign-in at a time.
    void start(Prompt prompt, Done done);
    void cancel();
    bool isRunning() const { return bool(m_done); }
    int intervalSecs() const { return m_intervalSecs; } // the current polling interval
    int polls() const { return m_polls; }

private:
    void schedulePoll(int delaySecs);
    void poll();
    void finish(Result<TokenSet> result);

    AccountSettings m_account;
    TokenClient *m_tokens;
    const Clock *m_clock;
    QTimer m_timer;
    Done m_done;
    DeviceCode m_code;
    int m_intervalSecs = 5;
    int m_polls = 0;
    quint64 m_generation = 0; // bumped by finish(): a late answer of an earlier run is ignored
};

} // namespace om::secrets
