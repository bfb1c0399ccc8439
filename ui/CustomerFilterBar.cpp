#include "ui/CustomerFilterBar.h"

#include "domain/CustomerFilterProxyModel.h"
#include "domain/MigrationState.h"
#include "domain/MigrationStatus.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace om::gui {

namespace {

constexpr int kNeedsAction = -2; // the default: every customer with something left to do
constexpr int kAnyState = -1;

} // namespace

CustomerFilterBar::CustomerFilterBar(domain::CustomerFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_expiring(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_market(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search customer, domain or tenant id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->setAccessibleName(tr("Search customers"));

    m_expiring->setObjectName(QStringLiteral("expiringFilter"));
    m_expiring->setAccessibleName(tr("End date filter"));
    m_expiring->addItem(tr("Any end date"), QVariant());
    for (const int days : {7, 14, 30, 60, 90, 180})
        m_expiring->addItem(tr("Ending within %n day(s)", nullptr, days), days);

    // Customers with nothing left to do (every retired subscription suspended) are behind "Done" and "All".
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Migration state filter"));
    m_state->addItem(tr("Needs action"), kNeedsAction);
    m_state->addItem(tr("All customers"), kAnyState);
    for (const domain::NextStep step :
         {domain::NextStep::NeedsAttention, domain::NextStep::NotStarted, domain::NextStep::Buying,
          domain::NextStep::MovingUsers, domain::NextStep::ReadyToSuspend, domain::NextStep::Done})
        m_state->addItem(domain::nextStepName(step), int(step));

    m_market->setObjectName(QStringLiteral("marketFilter"));
    m_market->setAccessibleName(tr("Market filter"));
    m_market->addItem(tr("All markets"), QString());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_expiring, 1);
    layout->addWidget(m_state, 1);
    auto *marketLabel = new QLabel(tr("Market:"), this);
    marketLabel->setBuddy(m_market);
    layout->addWidget(marketLabel);
    layout->addWidget(m_market, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &domain::CustomerFilterProxyModel::setText);
    connect(m_expiring, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::applyExpiring);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::applyState);
    connect(m_market, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::applyMarket);
    setTabOrder(m_search, m_expiring);
    setTabOrder(m_expiring, m_state);
    setTabOrder(m_state, m_market);
    applyState(); // the default view: needs action
}

void CustomerFilterBar::setMarkets(const QStringList &markets)
{
    const QString current = m_market->currentData().toString();
    const QSignalBlocker blocker(m_market);
    while (m_market->count() > 1)
        m_market->removeItem(1);
    for (const QString &market : markets)
        m_market->addItem(market, market);
    const int index = m_market->findData(current);
    m_market->setCurrentIndex(index < 0 ? 0 : index);
    applyMarket(); // the chosen market may have disappeared with the new scan
}

void CustomerFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerFilterBar::clear()
{
    m_search->clear();
    m_expiring->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_market->setCurrentIndex(0);
}

void CustomerFilterBar::applyExpiring()
{
    const QVariant days = m_expiring->currentData();
    m_proxy->setExpiringWithinDays(days.isValid() ? std::optional<int>(days.toInt()) : std::nullopt);
}

void CustomerFilterBar::applyState()
{
    const int choice = m_state->currentData().toInt();
    domain::MigrationStateSet states;
    if (choice == kNeedsAction) {
        for (int s = 0; s < domain::migrationStateCount; ++s) {
            if (domain::nextStepOf(domain::MigrationState(s)) != domain::NextStep::Done)
                states.insert(domain::MigrationState(s));
        }
    } else if (choice != kAnyState) {
        states = domain::statesOf(domain::NextStep(choice));
    }
    m_proxy->setStates(states);
}

void CustomerFilterBar::applyMarket()
{
    m_proxy->setMarket(m_market->currentData().toString());
}

} // namespace om::gui
