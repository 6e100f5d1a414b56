// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/changelog.h"
#include "storage/citizenrepository.h"
#include "storage/officerepository.h"
#include "sync/syncengine.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Sportello::Storage {
class Database;
}
namespace Sportello::Security {
class SecretStore;
}

namespace Sportello::Ui {

class ActionRegistry;
class CitizensPage;
class SyncStatusLabel;

// The shell: navigation between the areas, menus built from the action registry, and a status
// bar with the office, this PC and the state of the outgoing changes.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `secrets` holds the device token once enrolled (the OS keychain in the program).
    MainWindow(Storage::Database &database, const Storage::LocalOffice &office, const QString &deviceId,
               const QString &deviceName, std::unique_ptr<Security::SecretStore> secrets,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    CitizensPage *citizensPage() const { return m_citizens; }
    ActionRegistry *actions() const { return m_actions; }

    void showAbout();
    void connectToServer();
    void reviewSync();
    Sync::SyncEngine &syncEngine() const { return *m_sync; }

private:
    void buildMenus();
    void useEnrolledIdentity();

    Storage::Database &m_database;
    Storage::LocalOffice m_office;
    QString m_deviceName;
    ActionRegistry *m_actions = nullptr;
    Storage::CitizenRepository m_citizenRepository;
    Storage::ChangeLog m_changeLog;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    CitizensPage *m_citizens = nullptr;
    SyncStatusLabel *m_syncState = nullptr;
    std::unique_ptr<Security::SecretStore> m_secrets;
    std::unique_ptr<Sync::SyncEngine> m_sync;
};

} // namespace Sportello::Ui
