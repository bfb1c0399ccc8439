#include "ui/AccountSetupController.h"

#include "partnercenter/PartnerCenterClient.h"
#include "partnercenter/ProfileClient.h"
#include "partnercenter/TransportPolicy.h"
#include "secrets/SignInErrors.h"
#include "ui/AccountSession.h"
#include "ui/GuiLog.h"

#include <QSettings>

namespace om::gui {

AccountSetupController::AccountSetupController(QNetworkAccessManager *network, secrets::SecretStore *store,
                                               const Clock &clock,
                                               secrets::InteractiveSignIn::OpenBrowser openBrowser,
                                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_clock(clock)
    , m_openBrowser(std::move(openBrowser))
{}

AccountSetupController::~AccountSetupController()
{
    if (m_testJob)
        m_testJob->cancel();
    m_testClient.reset(); // before the session whose token provider it borrows
}

void AccountSetupController::setLiveSession(AccountSession *live)
{
    if (m_live)
        disconnect(m_live, nullptr, this, nullptr);
    m_live = live;
    if (!m_live)
        return;
    // The window's Account menu and this page act on the same session: both show what happens.
    connect(m_live, &AccountSession::signInStarted, this, [this] {
        if (session() == m_live)
            setState(State::SigningIn, tr("Finish signing in in your browser…"));
    });
    connect(m_live, &AccountSession::signedIn, this, [this] {
        if (session() == m_live)
            setState(State::SignedIn, tr("Signed in."));
    });
    connect(m_live, &AccountSession::signInFailed, this, [this](const QString &message) {
        if (session() == m_live)
            setState(State::Failed, message);
    });
    connect(m_live, &AccountSession::signedOut, this, [this] {
        if (session() == m_live)
            setState(State::SignedOut, tr("Signed out: this account's sign-in and client secret were removed "
                                          "from the keychain."));
    });
    refreshStoredState();
}

void AccountSetupController::load(const secrets::AccountSettings &saved, GuiSettings::Environment environment)
{
    m_environment = environment;
    setAccount(saved);
}

void AccountSetupController::setAccount(const secrets::AccountSettings &draft)
{
    secrets::AccountSettings normalised = draft;
    normalised.tenant = normalised.tenant.trimmed();
    normalised.clientId = normalised.clientId.trimmed();
    if (normalised.cloud != secrets::Cloud::Sandbox)
        normalised.sandboxBaseUrl.clear();
    if (normalised == m_account && m_state != State::Idle)
        return; // keep what the page shows about this account
    if (normalised != m_account) {
        m_account = normalised;
        ++m_generation;
        if (m_testJob)
            m_testJob->cancel();
        m_testClient.reset();
        dropOwnSession();
        m_partnerName.clear();
    }
    refreshStoredState();
}

void AccountSetupController::setEnvironment(GuiSettings::Environment environment)
{
    if (m_environment == environment)
        return;
    m_environment = environment;
    emit stateChanged();
}

QString AccountSetupController::problem() const
{
    if (m_account.tenant.isEmpty())
        return tr("Enter the tenant: its directory id or a verified domain.");
    if (!secrets::AccountSettings::isValidTenant(m_account.tenant))
        return tr("The tenant is a directory id (a GUID) or a domain such as contoso.onmicrosoft.com.");
    if (m_account.clientId.isEmpty())
        return tr("Enter the application (client) id of your app registration.");
    if (!secrets::AccountSettings::isValidClientId(m_account.clientId))
        return tr(
            "The application (client) id is a GUID: copy it from the app registration's Overview page.");
    if (m_account.cloud == secrets::Cloud::Sandbox &&
        (!m_account.sandboxBaseUrl.isValid() ||
         !pc::checkEndpointUrl(m_account.sandboxBaseUrl, QStringLiteral("sandbox")).ok()))
        return tr("Enter the sandbox's address, for example http://127.0.0.1:8080.");
    return {};
}

void AccountSetupController::save(QSettings &settings) const
{
    if (canUse())
        m_account.save(settings);
    GuiSettings::saveEnvironment(settings, m_environment);
}

AccountSession *AccountSetupController::session()
{
    if (!canUse())
        return nullptr;
    if (m_live && m_live->account() == m_account)
        return m_live;
    if (m_own && m_own->account() == m_account)
        return m_own.get();
    dropOwnSession();
    m_own = std::make_unique<AccountSession>(m_account, m_network, m_store, m_clock, m_openBrowser);
    AccountSession *own = m_own.get();
    connect(own, &AccountSession::signInStarted, this,
            [this] { setState(State::SigningIn, tr("Finish signing in in your browser…")); });
    connect(own, &AccountSession::signedIn, this, [this] { setState(State::SignedIn, tr("Signed in.")); });
    connect(own, &AccountSession::signInFailed, this,
            [this](const QString &message) { setState(State::Failed, message); });
    connect(own, &AccountSession::signedOut, this, [this] {
        setState(State::SignedOut,
                 tr("Signed out: this account's sign-in and client secret were removed from the keychain."));
    });
    connect(own, &AccountSession::warning, this,
            [this](const QString &message) { setState(State::Failed, message); });
    return own;
}

void AccountSetupController::dropOwnSession()
{
    if (!m_own)
        return;
    disconnect(m_own.get(), nullptr, this, nullptr);
    m_own.reset();
}

void AccountSetupController::refreshStoredState()
{
    AccountSession *s = session();
    if (!s) {
        setState(State::Idle, problem());
        return;
    }
    if (s->isSignedIn()) {
        setState(State::SignedIn, tr("Signed in."));
        return;
    }
    setState(State::Idle, tr("Not signed in yet."));
    const quint64 generation = m_generation;
    QPointer<AccountSetupController> self(this);
    s->checkStoredSignIn([self, generation](bool stored) {
        if (self && generation == self->m_generation && self->m_state == State::Idle && stored)
            self->setState(State::Idle, tr("A sign-in for this account is kept in the keychain."));
    });
}

void AccountSetupController::signIn()
{
    AccountSession *s = session();
    if (!s) {
        setState(State::Failed, problem());
        return;
    }
    if (isBusy())
        return;
    s->signIn();
}

void AccountSetupController::cancelSignIn()
{
    if (AccountSession *s = session())
        s->cancelSignIn();
    if (m_state == State::SigningIn)
        setState(State::Idle, tr("Sign-in cancelled."));
}

void AccountSetupController::testConnection()
{
    AccountSession *s = session();
    if (!s) {
        setState(State::Failed, problem());
        return;
    }
    if (isBusy())
        return;
    const quint64 generation = ++m_generation;
    m_partnerName.clear();
    setState(State::Testing, tr("Testing the connection…"));
    pc::ClientConfig config;
    config.baseUrl = m_account.apiBaseUrl();
    config.retry.maxRetries = 1; // a test answers quickly or says why
    m_testClient = std::make_unique<pc::PartnerCenterClient>(m_network, s->tokens(), m_clock, config);
    // Without a usable sign-in the request would wait for one: say so and give up the test instead.
    connect(s, &AccountSession::signInRequired, this, [this, s, generation] {
        disconnect(s, &AccountSession::signInRequired, this, nullptr);
        if (generation != m_generation || m_state != State::Testing)
            return;
        ++m_generation;
        if (m_testJob)
            m_testJob->cancel();
        setState(State::Failed, tr("Sign in first, then test the connection."));
    });
    QPointer<AccountSetupController> self(this);
    pc::ApiJob *job = pc::getOrganizationProfile(
        *m_testClient, this, [self, generation](const pc::Reply<pc::OrganizationProfile> &reply) {
            if (!self || generation != self->m_generation)
                return;
            if (!reply.result.ok()) {
                qCWarning(lcGui) << "test connection failed:" << reply.result.error().toString();
                self->setState(State::Failed, secrets::signin::describe(reply.result.error()));
                return;
            }
            self->m_partnerName = reply.result->companyName;
            self->setState(State::Connected,
                           tr("Connected to Partner Center as %1.").arg(self->m_partnerName));
        });
    if (generation == m_generation)
        m_testJob = job;
    else if (job)
        job->cancel(); // the sign-in check answered at once
}

void AccountSetupController::signOut()
{
    AccountSession *s = session();
    if (!s) {
        setState(State::Failed, problem());
        return;
    }
    ++m_generation;
    if (m_testJob)
        m_testJob->cancel();
    m_partnerName.clear();
    s->signOut();
}

void AccountSetupController::saveClientSecret(const QString &secret)
{
    AccountSession *s = session();
    if (!s) {
        setState(State::Failed, problem());
        return;
    }
    if (secret.trimmed().isEmpty())
        return;
    QPointer<AccountSetupController> self(this);
    s->saveClientSecret(secret, [self](const secrets::SecretResult &stored) {
        if (!self)
            return;
        if (stored.ok())
            self->setState(self->m_state == State::Failed ? State::Idle : self->m_state,
                           tr("The client secret is kept in the keychain, nowhere else."));
        else
            self->setState(State::Failed,
                           tr("The client secret could not be stored: %1").arg(stored.message));
    });
}

void AccountSetupController::setState(State state, const QString &status)
{
    m_state = state;
    m_status = status;
    emit stateChanged();
}

} // namespace om::gui
