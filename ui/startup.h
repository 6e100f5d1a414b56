// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QObject>
#include <QPointer>
#include <memory>

namespace Sportello::Config {
class AppSettings;
}
namespace Sportello::Storage {
class Database;
}

namespace Sportello::Ui {

class FirstRunWizard;
class MainWindow;

// From a database path to a window: open (and if need be quarantine or refuse) the database,
// run the first-run wizard when this PC or its office is not set up, then show the main window.
// Dialogs are opened non-modally so the whole path can be driven by tests.
class Startup : public QObject {
    Q_OBJECT
public:
    Startup(const QString &databasePath, Config::AppSettings &settings, QObject *parent = nullptr);
    ~Startup() override;

    // Returns false when the program should exit (the user was told why). The full integrity check
    // goes on in the background; if it finds damage, the windows close and the user is asked again.
    bool openDatabase();
    void showFirstWindow();

    MainWindow *mainWindow() const;
    FirstRunWizard *wizard() const;
    // The program's own connection (its writes reach the windows at once); null before opening.
    Storage::Database *database() const { return m_database.get(); }

signals:
    // The user gave up (closed the wizard, refused a new database) or the program cannot go on.
    // May be emitted before the event loop runs: connect with Qt::QueuedConnection to quit.
    void cancelled();

private:
    void showMainWindow();
    void watchIntegrity();
    void onDamageFoundInUse();
    void replaceDamagedDatabase();
    bool confirmNewDatabase(const QString &message, const QString &detail);

    Config::AppSettings &m_settings;
    std::unique_ptr<Storage::Database> m_database;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<MainWindow> m_mainWindow;
};

} // namespace Sportello::Ui
