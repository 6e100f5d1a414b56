// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "queue/calldisplay.h"
#include "queue/figuresdialog.h"
#include "security/signin.h"
#include "storage/accountrepository.h"
#include "storage/changelog.h"
#include "storage/citizenrepository.h"
#include "storage/officerepository.h"
#include "sync/syncengine.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Sportello::Config {
class AppSettings;
}
namespace Sportello::Storage {
class Database;
}
namespace Sportello::Security {
class SecretStore;
}

namespace Sportello::Ui {

class ActionRegistry;
class Announcer;
class CitizensPage;
class CounterPage;
class ReceptionPage;
class LoginPanel;
class SyncStatusLabel;

// The shell: the sign-in screen until someone signs in, then navigation between the areas, menus
// built from the action registry (what the person's role allows), and a status bar with the
// office, this PC, the person and the state of the outgoing changes. Locks itself after a time
// without input, or on Ctrl+L; locked, it shows nothing of the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `secrets` holds the device token once enrolled (the OS keychain in the program).
    MainWindow(Storage::Database &database, const Storage::LocalOffice &office, Config::AppSettings &settings,
               std::unique_ptr<Security::SecretStore> secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    CitizensPage *citizensPage() const { return m_citizens; }
    ReceptionPage *receptionPage() const { return m_reception; }
    CounterPage *counterPage() const { return m_counter; }
    CallDisplayWindow *callDisplay() const { return m_display; }
    Announcer *announcer() const { return m_announcer; }
    LoginPanel *loginPanel() const { return m_login; }
    ActionRegistry *actions() const { return m_actions; }
    const std::optional<Security::Actor> &signedIn() const { return m_actor; }
    bool isLocked() const { return m_locked; }

    void showAbout();
    void connectToServer();
    void reviewSync();
    void manageAccounts();
    void viewAuditLog();
    void editPcSettings();
    void changePassword();
    void lockScreen();
    void switchUser();
    void setUpQueue();
    void showFigures();
    void showCallDisplay();
    Sync::SyncEngine &syncEngine() const { return *m_sync; }

    // The clock of the inactivity lock, the sign-in throttle and the queue; tests set their own.
    void setClock(std::function<QDateTime()> clock);
    // Locks when the time without input has run out; called by a timer, and by tests.
    void checkIdle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void useEnrolledIdentity();
    // The repositories write as the person signed in (or as nobody).
    void useSignedInPerson();
    void attemptSignIn(const QString &username, const QString &password);
    void startSession(const Security::Account &account);
    void endSession();
    void applyRole();
    // The queue changed here or came from another PC: every view of it shows it now.
    void refreshQueueViews(QWidget *alreadyShown = nullptr);
    Storage::WriteContext context() const;
    // Dialogs open over the window when it locks: hidden meanwhile, closed if someone else signs in.
    void hideOpenDialogs();
    void restoreOpenDialogs();
    void closeOpenDialogs();

    Storage::Database &m_database;
    Storage::LocalOffice m_office;
    Config::AppSettings &m_settings;
    ActionRegistry *m_actions = nullptr;
    Storage::WriteContext m_pc; // this PC, nobody signed in
    Storage::CitizenRepository m_citizenRepository;
    Storage::AccountRepository m_accounts;
    Storage::ChangeLog m_changeLog;
    Security::SignIn m_signIn;
    Security::IdleLock m_idle;
    QTimer m_idleTimer;
    QTimer m_queueRefresh;
    std::function<QDateTime()> m_clock;
    std::optional<Security::Actor> m_actor;
    QString m_displayName;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenDialogs;
    QStackedWidget *m_screens = nullptr; // the sign-in panel, or the work
    LoginPanel *m_login = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    CitizensPage *m_citizens = nullptr;
    ReceptionPage *m_reception = nullptr;
    CounterPage *m_counter = nullptr;
    Announcer *m_announcer = nullptr;
    QPointer<CallDisplayWindow> m_display;
    QPointer<FiguresDialog> m_figures;
    QLabel *m_person = nullptr;
    SyncStatusLabel *m_syncState = nullptr;
    std::unique_ptr<Security::SecretStore> m_secrets;
    std::unique_ptr<Sync::SyncEngine> m_sync;
};

} // namespace Sportello::Ui
