// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "formdialog.h"

#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Sportello::Config {
class AppSettings;
}

namespace Sportello::Ui {

// Amministrazione › Impostazioni di questa postazione: when the PC locks itself, where reception's
// tickets go, and whether the call display speaks. It only edits; AdministrationArea records the
// change in the audit log first and then applies it.
class PcSettingsDialog : public FormDialog {
    Q_OBJECT
public:
    PcSettingsDialog(const Config::AppSettings &settings, bool speechAvailable, QWidget *parent = nullptr);
    // What the person changed, as the audit log records it: {"key": {"from": …, "to": …}}.
    QJsonObject changes() const;
    void applyTo(Config::AppSettings &settings) const;

private:
    QJsonObject values() const;

    QJsonObject m_before;
    QSpinBox *m_minutes = nullptr;
    QComboBox *m_output = nullptr;
    QComboBox *m_printer = nullptr;
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_speech = nullptr;
};

} // namespace Sportello::Ui
