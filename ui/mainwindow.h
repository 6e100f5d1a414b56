// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/changelog.h"
#include "storage/citizenrepository.h"
#include "storage/officerepository.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Sportello::Storage {
class Database;
}

namespace Sportello::Ui {

class ActionRegistry;
class CitizensPage;

// The shell: navigation between the areas, menus built from the action registry, and a status
// bar with the office, this PC and the state of the outgoing changes.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Storage::Database &database, const Storage::LocalOffice &office, const QString &deviceId,
               const QString &deviceName, QWidget *parent = nullptr);
    ~MainWindow() override;

    CitizensPage *citizensPage() const { return m_citizens; }
    ActionRegistry *actions() const { return m_actions; }

    void showAbout();

private:
    void buildMenus();
    void updateSyncState();

    Storage::Database &m_database;
    Storage::LocalOffice m_office;
    ActionRegistry *m_actions = nullptr;
    Storage::CitizenRepository m_citizenRepository;
    Storage::ChangeLog m_changeLog;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    CitizensPage *m_citizens = nullptr;
    QLabel *m_syncState = nullptr;
};

} // namespace Sportello::Ui
