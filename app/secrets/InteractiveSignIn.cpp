#include "secrets/InteractiveSignIn.h"

#include "secrets/Pkce.h"
#include "secrets/SecretsLog.h"
#include "secrets/SignInErrors.h"
#include "secrets/TokenClient.h"

#include <QPointer>

namespace om::secrets {

namespace {

const QString kContext = QStringLiteral("sign-in");

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

InteractiveSignIn::InteractiveSignIn(AccountSettings account, TokenClient *tokens, OpenBrowser openBrowser,
                                     QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_tokens(tokens)
    , m_openBrowser(std::move(openBrowser))
{
    connect(&m_listener, &LoopbackListener::callbackReceived, this, &InteractiveSignIn::onCallback);
}

void InteractiveSignIn::start(Done done)
{
    if (m_done) {
        done(Error::make(Error::Kind::Validation, QStringLiteral("A sign-in is already in progress."),
                         kContext));
        return;
    }
    if (!m_account.isComplete()) {
        done(Error::make(
            Error::Kind::Validation,
            QStringLiteral("Enter the tenant and the application (client) id before signing in."), kContext));
        return;
    }
    if (!m_listener.listen()) {
        done(Error::make(
            Error::Kind::Network,
            QStringLiteral("Could not open a local port on 127.0.0.1 to receive the sign-in answer."),
            kContext));
        return;
    }
    m_done = std::move(done);
    m_verifier = pkce::makeVerifier();
    m_state = pkce::makeState();
    m_redeeming = false;
    m_redirectUri = m_listener.redirectUri();
    m_listener.setExpectedState(m_state);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_account.clientId.trimmed());
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    query.addQueryItem(QStringLiteral("scope"), AccountSettings::userScope());
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"),
                       QString::fromLatin1(pkce::challengeS256(m_verifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("select_account"));
    m_authorizeUrl = m_account.authorizeUrl();
    m_authorizeUrl.setQuery(query);

    qCInfo(lcSecrets) << "interactive sign-in started, redirect port" << m_redirectUri.port();
    m_openBrowser(m_authorizeUrl);
}

void InteractiveSignIn::cancel()
{
    if (m_done)
        finish(Error::make(Error::Kind::Cancelled, QStringLiteral("Sign-in was cancelled."), kContext));
}

void InteractiveSignIn::onCallback(const QUrlQuery &query)
{
    if (!m_done || m_redeeming)
        return; // a late or repeated browser request: nothing waits for it
    // The listener passes on only answers carrying this sign-in's state and refuses (400) all others,
    // so a stray local request can neither end nor hijack the sign-in. Checked once more here.
    if (queryValue(query, QStringLiteral("state")).toLatin1() != m_state) {
        qCWarning(lcSecrets) << "interactive sign-in: state mismatch, answer ignored";
        return;
    }
    const QString error = queryValue(query, QStringLiteral("error"));
    if (!error.isEmpty()) {
        Error e = Error::make(Error::Kind::Auth,
                              QStringLiteral("Sign-in was refused: ") + error + QStringLiteral(": ") +
                                  queryValue(query, QStringLiteral("error_description")),
                              kContext);
        e.serviceCode = error;
        finish(signin::withAdvice(std::move(e)));
        return;
    }
    const QString code = queryValue(query, QStringLiteral("code"));
    if (code.isEmpty()) {
        finish(Error::make(Error::Kind::Auth,
                           QStringLiteral("The sign-in answer carried no authorization code."), kContext));
        return;
    }
    m_redeeming = true;
    QPointer<InteractiveSignIn> self(this);
    m_tokens->redeemCode(m_account, code, m_redirectUri, m_verifier, [self](Result<TokenSet> r) {
        if (self && self->m_done)
            self->finish(std::move(r));
    });
}

void InteractiveSignIn::finish(Result<TokenSet> result)
{
    m_listener.finishPage(result.ok()); // the browser's page says how it ended, only now
    m_listener.close();
    m_listener.setExpectedState({});
    m_verifier.fill('\0');
    m_verifier.clear();
    m_state.clear();
    m_redeeming = false;
    Done done = std::exchange(m_done, nullptr);
    qCInfo(lcSecrets) << "interactive sign-in finished:" << (result.ok() ? "signed in" : "failed");
    done(std::move(result));
}

} // namespace om::secrets
