#include "ui/SettingsDialog.h"

#include "partnercenter/ClientConfig.h"
#include "partnercenter/TransportPolicy.h"
#include "ui/AccountPage.h"
#include "ui/AccountSetupController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace om::gui {

namespace {

// An http(s) URL with a host, or nothing (the default).
bool acceptableUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // The same transport policy the client enforces: https, plain http only to this computer.
    return url.isValid() && pc::checkEndpointUrl(url, QString()).ok();
}

} // namespace

SettingsDialog::SettingsDialog(const GuiSettings &settings, QWidget *parent)
    : SettingsDialog(settings, nullptr, parent)
{}

SettingsDialog::SettingsDialog(const GuiSettings &settings, AccountSetupController *account, QWidget *parent)
    : QDialog(parent)
    , m_baseUrl(new QLineEdit(this))
    , m_concurrency(new QSpinBox(this))
    , m_rate(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_tabs(new QTabWidget(this))
    , m_account(account)
{
    setWindowTitle(tr("Settings"));

    m_baseUrl->setPlaceholderText(pc::ClientConfig::globalBaseUrl().toString());
    m_baseUrl->setText(settings.apiBaseUrl.toString());
    m_baseUrl->setMinimumWidth(fontMetrics().horizontalAdvance(m_baseUrl->placeholderText()) + 40);
    m_baseUrl->setToolTip(tr("Leave empty to use the Partner Center API of your account's cloud."));
    m_baseUrl->setObjectName(QStringLiteral("apiBaseUrlEdit"));
    m_concurrency->setRange(GuiSettings::minConcurrency, GuiSettings::maxConcurrency);
    m_concurrency->setValue(settings.maxConcurrentRequests);
    m_rate->setRange(GuiSettings::minRequestsPerMinute, GuiSettings::maxRequestsPerMinute);
    m_rate->setSingleStep(10);
    m_rate->setValue(settings.requestsPerMinute);
    m_rate->setToolTip(tr("Partner Center allows about 500 requests per minute per partner tenant."));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));

    auto *form = new QFormLayout;
    form->addRow(tr("API base URL:"), m_baseUrl);
    form->addRow(tr("Parallel requests:"), m_concurrency);
    form->addRow(tr("Requests per minute:"), m_rate);
    form->addRow(tr("Language:"), m_language);

    auto *general = new QWidget(m_tabs);
    auto *note = new QLabel(tr("Changes take effect the next time Offer Migrator starts."), general);
    note->setWordWrap(true);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(note);
    generalLayout->addStretch(1);
    m_tabs->addTab(general, tr("General"));
    if (m_account) {
        m_accountPage = new AccountPage(m_account, m_tabs);
        auto *accountTab = new QWidget(m_tabs);
        auto *accountLayout = new QVBoxLayout(accountTab);
        accountLayout->addWidget(m_accountPage);
        m_tabs->addTab(accountTab, tr("Account"));
        connect(m_accountPage, &AccountPage::changed, this, &SettingsDialog::validate);
        connect(m_account, &AccountSetupController::stateChanged, this, &SettingsDialog::validate);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
}

GuiSettings SettingsDialog::settings() const
{
    GuiSettings s;
    const QString url = m_baseUrl->text().trimmed();
    if (!url.isEmpty() && acceptableUrl(url))
        s.apiBaseUrl = QUrl(url, QUrl::StrictMode);
    s.maxConcurrentRequests = m_concurrency->value();
    s.requestsPerMinute = m_rate->value();
    s.language = m_language->currentData().toString();
    return s;
}

void SettingsDialog::showAccountTab()
{
    if (m_accountPage)
        m_tabs->setCurrentIndex(1);
}

void SettingsDialog::validate()
{
    const bool ok = acceptableUrl(m_baseUrl->text());
    // Switching to the account needs one that can be used; the sandbox needs nothing.
    const bool accountOk =
        !m_account || m_account->environment() != GuiSettings::Environment::Account || m_account->canUse();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && accountOk);
    m_baseUrl->setToolTip(ok ? tr("Leave empty to use the Partner Center API of your account's cloud.")
                             : tr("Enter an https:// address (plain http:// only to this computer)."));
}

} // namespace om::gui
