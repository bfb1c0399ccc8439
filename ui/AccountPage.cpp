#include "ui/AccountPage.h"

#include "ui/AccountSetupController.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace om::gui {

namespace {

using secrets::Cloud;

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

AccountPage::AccountPage(AccountSetupController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_tenant(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_cloud(new QComboBox(this))
    , m_sandboxUrlLabel(new QLabel(tr("Sandbox address:"), this))
    , m_sandboxUrl(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_storeSecret(new QPushButton(tr("Keep in keychain"), this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_status(wrapped(QString(), this))
    , m_useSandbox(new QRadioButton(tr("The sandbox: demo data, nothing real is read or changed"), this))
    , m_useAccount(new QRadioButton(tr("This Partner Center account"), this))
    , m_choice(new QButtonGroup(this))
{
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    m_sandboxUrl->setObjectName(QStringLiteral("sandboxUrlEdit"));
    m_secret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_status->setObjectName(QStringLiteral("accountStatusLabel"));

    // A short guide; the README has the long one. Rich text with the names as the portal spells them.
    auto *guideBox = new QGroupBox(tr("Register the app in Entra ID (once)"), this);
    auto *guide = wrapped(
        tr("<ol style=\"margin-left:-20px\">"
           "<li>Entra admin center, App registrations, New registration; redirect URI: platform \"Mobile and "
           "desktop applications\", <b>http://localhost</b>.</li>"
           "<li>Authentication: set <b>Allow public client flows</b> to Yes.</li>"
           "<li>API permissions: add Microsoft Partner Center, delegated <b>user_impersonation</b>, then "
           "<b>Grant admin consent</b>.</li>"
           "<li>Sign in as a Partner Center user with the <b>Admin agent</b> role and <b>multi-factor "
           "authentication</b>.</li></ol>"
           "Copy the directory (tenant) id and the application (client) id from the app's Overview page."),
        guideBox);
    guide->setObjectName(QStringLiteral("guideLabel"));
    guide->setTextFormat(Qt::RichText);
    auto *guideLayout = new QVBoxLayout(guideBox);
    guideLayout->addWidget(guide);

    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com or the directory id"));
    m_clientId->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    m_cloud->addItem(tr("Partner Center (global)"), int(Cloud::Global));
    m_cloud->addItem(tr("Partner Center operated by 21Vianet (China)"), int(Cloud::China21Vianet));
    m_cloud->addItem(tr("Sandbox (for testing: not a real account)"), int(Cloud::Sandbox));
    m_sandboxUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("optional: for read-only app-only scans"));
    m_secret->setToolTip(tr("Stored only in the system keychain, never in a file."));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(m_secret->placeholderText()) + 24);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_storeSecret);

    auto *accountBox = new QGroupBox(tr("Your partner account"), this);
    auto *form = new QFormLayout(accountBox);
    form->addRow(tr("Tenant:"), m_tenant);
    form->addRow(tr("Application (client) id:"), m_clientId);
    form->addRow(tr("Cloud:"), m_cloud);
    form->addRow(m_sandboxUrlLabel, m_sandboxUrl);
    form->addRow(tr("Client secret:"), secretRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_test);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);

    auto *choiceBox = new QGroupBox(tr("Offer Migrator works with"), this);
    auto *choiceLayout = new QVBoxLayout(choiceBox);
    choiceLayout->addWidget(m_useSandbox);
    choiceLayout->addWidget(m_useAccount);
    m_choice->addButton(m_useSandbox);
    m_choice->addButton(m_useAccount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(guideBox);
    layout->addWidget(accountBox);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(choiceBox);
    layout->addStretch(1);

    // Wide enough for the guide and the secret's placeholder; tall enough for every wrapped line at that
    // width (showEvent), so neither a dialog nor a tab ever cuts the guide off.
    setMinimumWidth(640);

    fillFromController();
    for (QLineEdit *edit : {m_tenant, m_clientId, m_sandboxUrl})
        connect(edit, &QLineEdit::textChanged, this, &AccountPage::pushToController);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &AccountPage::pushToController);
    connect(m_useSandbox, &QRadioButton::toggled, this, &AccountPage::pushToController);
    connect(m_signIn, &QPushButton::clicked, m_controller, &AccountSetupController::signIn);
    connect(m_test, &QPushButton::clicked, m_controller, &AccountSetupController::testConnection);
    connect(m_signOut, &QPushButton::clicked, m_controller, &AccountSetupController::signOut);
    connect(m_storeSecret, &QPushButton::clicked, this, [this] {
        m_controller->saveClientSecret(m_secret->text());
        m_secret->clear(); // the page keeps no copy
    });
    connect(m_secret, &QLineEdit::textChanged, this, &AccountPage::updateView);
    connect(m_controller, &AccountSetupController::stateChanged, this, &AccountPage::updateView);
    updateView();
}

void AccountPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const int height = layout()->totalHeightForWidth(std::max(width(), minimumWidth()));
    setMinimumHeight(height > 0 ? height : sizeHint().height());
}

void AccountPage::fillFromController()
{
    m_filling = true;
    const secrets::AccountSettings &a = m_controller->account();
    m_tenant->setText(a.tenant);
    m_clientId->setText(a.clientId);
    m_cloud->setCurrentIndex(std::max(0, m_cloud->findData(int(a.cloud))));
    m_sandboxUrl->setText(a.sandboxBaseUrl.toString());
    const bool account = m_controller->environment() == GuiSettings::Environment::Account;
    m_useAccount->setChecked(account);
    m_useSandbox->setChecked(!account);
    m_filling = false;
}

void AccountPage::pushToController()
{
    if (m_filling)
        return;
    secrets::AccountSettings draft;
    draft.tenant = m_tenant->text();
    draft.clientId = m_clientId->text();
    draft.cloud = Cloud(m_cloud->currentData().toInt());
    if (draft.cloud == Cloud::Sandbox)
        draft.sandboxBaseUrl = QUrl(m_sandboxUrl->text().trimmed(), QUrl::StrictMode);
    m_controller->setAccount(draft);
    m_controller->setEnvironment(m_useAccount->isChecked() ? GuiSettings::Environment::Account
                                                           : GuiSettings::Environment::Sandbox);
    updateView();
    emit changed();
}

void AccountPage::updateView()
{
    const bool sandboxCloud = Cloud(m_cloud->currentData().toInt()) == Cloud::Sandbox;
    m_sandboxUrlLabel->setVisible(sandboxCloud);
    m_sandboxUrl->setVisible(sandboxCloud);
    const bool usable = m_controller->canUse();
    const bool busy = m_controller->isBusy();
    m_signIn->setEnabled(usable && !busy);
    m_test->setEnabled(usable && !busy);
    m_signOut->setEnabled(usable && !busy);
    m_storeSecret->setEnabled(usable && !m_secret->text().trimmed().isEmpty());
    m_status->setText(m_controller->statusText());
    // The status says what to fix in red; success in the normal colour.
    m_status->setStyleSheet(m_controller->state() == AccountSetupController::State::Failed
                                ? QStringLiteral("color: #b00020;")
                                : QString());
}

} // namespace om::gui
