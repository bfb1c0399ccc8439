#pragma once

#include "common/Result.h"
#include "secrets/AccountSettings.h"
#include "secrets/LoopbackListener.h"
#include "secrets/TokenSet.h"

#include <QObject>

#include <functional>

namespace om::secrets {

class TokenClient;

// One interactive app+user sign-in: authorization code + PKCE (S256) in the system browser, redirect to a
// loopback listener on 127.0.0.1, `state` checked, code redeemed with the verifier. A request to the
// listener without this sign-in's state is answered 400 and ignored: the sign-in keeps waiting.
// Implemented directly over QNetworkAccessManager (TokenClient) and LoopbackListener rather than
// QOAuth2AuthorizationCodeFlow: Qt 6.4's flow has no PKCE and silently ignores (only logs) a state
// mismatch, while we must report it and never redeem; the direct flow is small and fully testable.
// The browser is opened through a callback so core code needs no QtGui: the GUI passes
// QDesktopServices::openUrl, tests play the browser. `tokens` is borrowed and must outlive this object.
class InteractiveSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractiveSignIn)

public:
    using OpenBrowser = std::function<void(const QUrl &)>;
    using Done = std::function<void(Result<TokenSet>)>;

    InteractiveSignIn(AccountSettings account, TokenClient *tokens, OpenBrowser openBrowser,
                      QObject *parent = nullptr);

    // Starts listening, opens the browser and calls `done` once: tokens, or an Error (Auth for a refusal,
    // with a line saying what to fix for the known Entra codes; Cancelled after cancel(); Network when the
    // listener cannot start). One sign-in at a time.
    void start(Done done);
    void cancel();
    bool isRunning() const { return bool(m_done); }

    QUrl redirectUri() const { return m_redirectUri; }                 // of the running sign-in
    int refusedCallbacks() const { return m_listener.refusedCount(); } // stray or forged, for tests
    // The authorize URL of the running sign-in (for tests and for a "copy link" button).
    QUrl authorizeUrl() const { return m_authorizeUrl; }

private:
    void onCallback(const QUrlQuery &query);
    void finish(Result<TokenSet> result);

    AccountSettings m_account;
    TokenClient *m_tokens;
    OpenBrowser m_openBrowser;
    LoopbackListener m_listener;
    Done m_done;
    QByteArray m_verifier;
    QByteArray m_state;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    bool m_redeeming = false;
};

} // namespace om::secrets
