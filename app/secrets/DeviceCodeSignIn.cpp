#include "secrets/DeviceCodeSignIn.h"

#include "secrets/SecretsLog.h"
#include "secrets/SignInErrors.h"

#include <QPointer>

namespace om::secrets {

namespace {

const QString kContext = QStringLiteral("sign-in (device code)");
constexpr int kSlowDownSecs = 5; // RFC 8628 section 3.5: "MUST be increased by 5 seconds"
constexpr int kMaxIntervalSecs = 60;

bool isTransient(const Error &e)
{
    return e.kind == Error::Kind::Network || e.kind == Error::Kind::Timeout ||
           e.kind == Error::Kind::Throttled || (e.kind == Error::Kind::Http && e.httpStatus >= 500);
}

} // namespace

DeviceCodeSignIn::DeviceCodeSignIn(AccountSettings account, TokenClient *tokens, const Clock *clock,
                                   QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_tokens(tokens)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and earn a slow_down
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

void DeviceCodeSignIn::start(Prompt prompt, Done done)
{
    if (m_done) {
        done(Error::make(Error::Kind::Validation, QStringLiteral("A sign-in is already in progress."),
                         kContext));
        return;
    }
    m_done = std::move(done);
    m_polls = 0;
    const quint64 generation = m_generation;
    QPointer<DeviceCodeSignIn> self(this);
    m_tokens->requestDeviceCode(
        m_account, [self, generation, prompt = std::move(prompt)](Result<DeviceCode> code) {
            if (!self || generation != self->m_generation)
                return;
            if (!code.ok()) {
                self->finish(code.error());
                return;
            }
            self->m_code = code.take();
            self->m_intervalSecs = self->m_code.intervalSecs;
            qCInfo(lcSecrets) << "device code sign-in: waiting for the user, polling every"
                              << self->m_intervalSecs << "s";
            prompt(self->m_code);
            if (self && generation == self->m_generation)
                self->schedulePoll(self->m_intervalSecs);
        });
}

void DeviceCodeSignIn::cancel()
{
    if (m_done)
        finish(Error::make(Error::Kind::Cancelled, QStringLiteral("Sign-in was cancelled."), kContext));
}

void DeviceCodeSignIn::schedulePoll(int delaySecs)
{
    if (m_clock->now() >= m_code.expiresAt) {
        Error e = Error::make(Error::Kind::Auth, QString(), kContext);
        e.serviceCode = QStringLiteral("expired_token");
        finish(signin::withAdvice(std::move(e)));
        return;
    }
    // A little over the interval: the server measures from its side of the previous poll.
    m_timer.start(delaySecs * 1000 + 100);
}

void DeviceCodeSignIn::poll()
{
    if (!m_done)
        return;
    ++m_polls;
    const quint64 generation = m_generation;
    QPointer<DeviceCodeSignIn> self(this);
    m_tokens->pollDeviceCode(m_account, m_code.deviceCode, [self, generation](Result<TokenSet> r) {
        if (!self || generation != self->m_generation)
            return;
        if (r.ok()) {
            self->finish(std::move(r));
            return;
        }
        const Error &e = r.error();
        if (e.serviceCode == u"authorization_pending") {
            self->schedulePoll(self->m_intervalSecs);
        } else if (e.serviceCode == u"slow_down") {
            self->m_intervalSecs = qMin(kMaxIntervalSecs, self->m_intervalSecs + kSlowDownSecs);
            qCInfo(lcSecrets) << "device code sign-in: slow_down, polling every" << self->m_intervalSecs
                              << "s";
            self->schedulePoll(self->m_intervalSecs);
        } else if (isTransient(e)) {
            self->m_intervalSecs = qMin(kMaxIntervalSecs, self->m_intervalSecs * 2);
            self->schedulePoll(self->m_intervalSecs);
        } else {
            self->finish(signin::withAdvice(e));
        }
    });
}

void DeviceCodeSignIn::finish(Result<TokenSet> result)
{
    ++m_generation;
    m_timer.stop();
    m_code.deviceCode.fill(QLatin1Char('\0'));
    m_code = {};
    Done done = std::exchange(m_done, nullptr);
    qCInfo(lcSecrets) << "device code sign-in finished:" << (result.ok() ? "signed in" : "failed");
    if (done)
        done(std::move(result));
}

} // namespace om::secrets
