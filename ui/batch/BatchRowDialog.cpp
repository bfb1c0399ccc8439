#include "ui/batch/BatchRowDialog.h"

#include "ui/batch/BatchController.h"
#include "ui/batch/BatchTexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace om::gui {

namespace {

constexpr int kMaxSeats = 100000;

QString termKey(const QString &duration, const QString &billing)
{
    return duration.toUpper() + QLatin1Char('/') + billing.toLower();
}

} // namespace

BatchRowDialog::BatchRowDialog(BatchController *controller, int row, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_row(row)
    , m_replacement(new QComboBox(this))
    , m_term(new QComboBox(this))
    , m_seats(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    const batch::BatchRow &r = m_controller->batchPlan().rows.at(row);
    setWindowTitle(tr("Change %1").arg(r.oldOfferName));

    auto *intro = new QLabel(
        tr("%1: %2, %n user(s) to move.", nullptr, r.usersToMove).arg(r.customerName, r.oldOfferName), this);
    intro->setWordWrap(true);

    m_replacement->setObjectName(QStringLiteral("replacementCombo"));
    m_replacement->setAccessibleName(tr("Replacement"));
    QList<engine::Replacement> choices{r.replacement};
    choices.append(r.alternatives);
    const QString current = r.effectiveReplacement().id;
    for (const engine::Replacement &choice : choices) {
        if (!choice.isValid())
            continue;
        m_replacement->addItem(choice.name, choice.id);
        if (choice.id == current)
            m_replacement->setCurrentIndex(m_replacement->count() - 1);
    }
    m_replacement->setEnabled(!r.upgradePath && m_replacement->count() > 1);

    m_term->setObjectName(QStringLiteral("termCombo"));
    m_term->setAccessibleName(tr("Term and billing"));
    connect(m_replacement, &QComboBox::currentIndexChanged, this, &BatchRowDialog::fillTerms);
    fillTerms();
    const int currentTerm = m_term->findData(termKey(r.effectiveTerm(), r.effectiveBilling()));
    if (currentTerm >= 0)
        m_term->setCurrentIndex(currentTerm);

    m_seats->setObjectName(QStringLiteral("seatsSpin"));
    m_seats->setAccessibleName(tr("Seats"));
    m_seats->setRange(1, kMaxSeats);
    m_seats->setValue(r.effectiveSeats());
    m_seats->setEnabled(!r.upgradePath);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setForegroundRole(QPalette::BrightText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Replacement:"), m_replacement);
    form->addRow(tr("&Term and billing:"), m_term);
    form->addRow(tr("&Seats:"), m_seats);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BatchRowDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchRowDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void BatchRowDialog::fillTerms()
{
    const batch::BatchRow &r = m_controller->batchPlan().rows.at(m_row);
    QList<engine::Replacement> choices{r.replacement};
    choices.append(r.alternatives);
    const QString id = m_replacement->currentData().toString();
    m_term->clear();
    for (const engine::Replacement &choice : choices) {
        if (choice.id != id)
            continue;
        for (const pc::AvailabilityTerm &t : choice.terms)
            m_term->addItem(BatchTexts::term(t.duration, t.billingCycle),
                            termKey(t.duration, t.billingCycle));
        if (m_term->count() == 0)
            m_term->addItem(BatchTexts::term(choice.termDuration, choice.billingCycle),
                            termKey(choice.termDuration, choice.billingCycle));
        const int chosen = m_term->findData(termKey(choice.termDuration, choice.billingCycle));
        if (chosen >= 0)
            m_term->setCurrentIndex(chosen);
    }
    m_term->setEnabled(!r.upgradePath && m_term->count() > 1);
}

QString BatchRowDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void BatchRowDialog::accept()
{
    const QStringList term = m_term->currentData().toString().split(QLatin1Char('/'));
    const Status set = m_controller->setChoice(m_row, m_replacement->currentData().toString(), term.value(0),
                                               term.value(1), m_seats->value());
    if (!set.ok()) {
        m_error->setText(tr("Not changed: %1").arg(set.error().message));
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace om::gui
