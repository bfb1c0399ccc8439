#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace om::domain {
class CustomerFilterProxyModel;
}

namespace om::gui {

// Search box and filters over a CustomerFilterProxyModel (borrowed; must outlive the bar).
// Each control applies its part of the filter at once through the proxy's typed setters.
class CustomerFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerFilterBar)

public:
    explicit CustomerFilterBar(domain::CustomerFilterProxyModel *proxy, QWidget *parent = nullptr);

    // The markets offered by the market combo (ISO2); keeps the current choice when still present.
    void setMarkets(const QStringList &markets);
    void focusSearch();
    void clear(); // back to the default view: every customer that needs action, any date, any market

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *expiringCombo() const { return m_expiring; }
    QComboBox *stateCombo() const { return m_state; }
    QComboBox *marketCombo() const { return m_market; }

private:
    void applyExpiring();
    void applyState();
    void applyMarket();

    domain::CustomerFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_expiring;
    QComboBox *m_state;
    QComboBox *m_market;
};

} // namespace om::gui
