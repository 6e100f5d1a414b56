// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/citizen.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/officerepository.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

class QWidget;

namespace Sportello::Test {

// Where tests leave what a person should look at (screenshots): <build>/test-output.
QString outputPath(const QString &name);
// Saves widget->grab() as <build>/test-output/screenshots/<name>.png and returns the path.
QString saveScreenshot(QWidget *widget, const QString &name);

// A fresh database in a temporary folder, opened, with a comune and a branch set up.
struct TempDatabase {
    TempDatabase();
    QTemporaryDir dir;
    std::unique_ptr<Storage::Database> database;
    Storage::LocalOffice office;
    Storage::WriteContext context; // with clerk() signed in
    QString path() const;
};

Domain::Citizen citizen(const QString &codiceFiscale, const QString &surname, const QString &name);
// The change-log entries of citizens only (each write also logs an audit entry).
QList<Storage::ChangeEntry> citizenEntries(const Storage::Database &database);
// Someone signed in, for calls that need a person (the account need not exist).
Security::Actor clerk(Security::Role role = Security::Role::Operatore);
QByteArray sha256OfFile(const QString &path);
// Makes a Sportello database at `path` big enough to span many pages, then overwrites parts of
// them, so that the header still reads but PRAGMA quick_check fails. Returns false on error.
bool makeDatabaseWithDamagedPages(const QString &path);
// Runs a statement with SQLite's own shell, as a person (or an attacker) with the file would.
void sqliteShell(const QString &databasePath, const QString &sql);
// The same, returning what the shell printed (trimmed).
QString sqliteQuery(const QString &databasePath, const QString &sql);

// Makes `window` the active window with the keyboard focus inside it, as a window manager does
// when a dialog opens or closes (the offscreen platform has none).
bool activate(QWidget *window);

// Calls `handle` with the next modal widget that appears (a dialog opened with exec()), from the
// event loop of that dialog: the way to answer dialogs in GUI tests.
void whenModalAppears(std::function<void(QWidget *)> handle, QWidget *notThis = nullptr);

} // namespace Sportello::Test
