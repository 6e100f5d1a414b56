// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QWizard>

namespace Sportello::Config {
class AppSettings;
}
namespace Sportello::Storage {
class Database;
}

namespace Sportello::Ui {

// First start on a PC: the comune and its codice fiscale, the branch and its short code (both
// into the database, unless the database already has them), the first administrator (when the
// database has no account yet), and the name of this PC (into the PC's settings).
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { ComunePage, BranchPage, AdministratorPage, DevicePage, SummaryPage };

    FirstRunWizard(Storage::Database &database, Config::AppSettings &settings, bool officeAlreadySet,
                   bool needsAdministrator, QWidget *parent = nullptr);

    void accept() override;

private:
    Storage::Database &m_database;
    Config::AppSettings &m_settings;
    bool m_officeAlreadySet;
    bool m_needsAdministrator;
};

} // namespace Sportello::Ui
