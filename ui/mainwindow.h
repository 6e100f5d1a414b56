// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "area.h"
#include "recordopeners.h"
#include "security/signin.h"
#include "storage/accountrepository.h"
#include "storage/officerepository.h"
#include "sync/syncengine.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QListWidget;
class QShortcut;
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
class LoginPanel;
class SyncStatusLabel;

// The shell around the areas (ui/area.h, listed in ui/areas.cpp): the sign-in screen until someone
// signs in, then the navigation between the areas' pages, menus built from the action registry
// (what the person's role allows), and a status bar with the office, this PC, the person and the
// state of the outgoing changes. Locks itself after a time without input, or on Ctrl+L; locked, it
// shows nothing of the work. It also owns what belongs to no area: the session, the connection
// to the central service and the review of what it refused.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `secrets` holds the device token once enrolled (the OS keychain in the program).
    MainWindow(Storage::Database &database, const Storage::LocalOffice &office, Config::AppSettings &settings,
               std::unique_ptr<Security::SecretStore> secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The area of type T (tests and the few places that need one area's widgets).
    template <typename T> T *area() const
    {
        for (Area *each : m_areas) {
            if (auto *found = qobject_cast<T *>(each))
                return found;
        }
        return nullptr;
    }
    LoginPanel *loginPanel() const { return m_login; }
    ActionRegistry *actions() const { return m_actions; }
    const RecordOpeners &openers() const { return m_openers; }
    const std::optional<Security::Actor> &signedIn() const { return m_actor; }
    bool isLocked() const { return m_locked; }
    // A line above the pages, for what the person must read in full; empty hides it.
    void showNotice(const QString &text);
    QLabel *notice() const { return m_notice; }

    void showAbout();
    void connectToServer();
    void reviewSync();
    void changePassword();
    void lockScreen();
    void switchUser();
    // Opens a record for the person signed in, if their role may see records of its kind.
    void openRecord(const QString &entity, const QString &recordId, QWidget *parent);
    // Locks when the time without input has run out; called by a timer, and by tests.
    void checkIdle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Ctrl+Q or the window's close: asks first when someone is in the middle of a piece of work.
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation(QWidget *work);
    void buildMenus();
    void buildRefusedKeys();
    void connectShellActions();
    void showPage(QWidget *page);
    void useEnrolledIdentity();
    // Every area and the sign-in write as the person signed in (or as nobody).
    void useSignedInPerson();
    void attemptSignIn(const QString &username, const QString &password);
    void startSession(const Security::Account &account);
    void endSession();
    void applyRole();
    Storage::WriteContext context() const;
    // Dialogs open over the window when it locks: hidden meanwhile, closed if someone else signs in.
    void hideOpenDialogs();
    void restoreOpenDialogs();
    void closeOpenDialogs();

    Storage::Database &m_database;
    Config::AppSettings &m_settings;
    ActionRegistry *m_actions = nullptr;
    RecordOpeners m_openers;
    Storage::WriteContext m_pc; // this PC, nobody signed in
    Storage::AccountRepository m_accounts;
    Security::SignIn m_signIn;
    Security::IdleLock m_idle;
    QTimer m_idleTimer;
    std::optional<Security::Actor> m_actor;
    QString m_displayName;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenDialogs;
    QList<Area *> m_areas;
    QStackedWidget *m_screens = nullptr; // the sign-in panel, or the work
    LoginPanel *m_login = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<QWidget *, Area *> m_areaOfPage;
    QHash<QWidget *, ActionRegistry::Id> m_showActionOfPage;
    // The keys of the actions the role may not use: pressed, they say why instead of nothing.
    QHash<ActionRegistry::Id, QShortcut *> m_refusedKeys;
    QLabel *m_person = nullptr;
    QLabel *m_notice = nullptr;
    QTimer m_noticeTimer;
    SyncStatusLabel *m_syncState = nullptr;
    std::unique_ptr<Security::SecretStore> m_secrets;
    std::unique_ptr<Sync::SyncEngine> m_sync;
};

} // namespace Sportello::Ui
