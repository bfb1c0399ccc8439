#pragma once

#include "ui/GuiSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace om::gui {

// Edits GuiSettings; the caller stores the result. Changes apply on the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const GuiSettings &settings, QWidget *parent = nullptr);

    GuiSettings settings() const;

private:
    void validate();

    QLineEdit *m_baseUrl;
    QSpinBox *m_concurrency;
    QSpinBox *m_rate;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
};

} // namespace om::gui
