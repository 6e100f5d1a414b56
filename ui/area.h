// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "actionregistry.h"
#include "storage/changelog.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/officerepository.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace Sportello::Config {
class AppSettings;
}

namespace Sportello::Ui {

class RecordOpeners;

// What every area works with, handed over by the shell.
struct Workplace {
    Storage::Database &database;
    Storage::LocalOffice office;
    Config::AppSettings &settings;
    ActionRegistry &actions;
    RecordOpeners &openers;
    QWidget *window; // the main window: the parent of the area's pages and dialogs
};

// One area of work — the citizens registry, the walk-in queue, administration, and next the help
// desk and the cash desk. It brings its pages for the navigation, connects what its actions of the
// ActionRegistry do, adds how its records are opened (RecordOpeners), and keeps its views current
// by listening to the database's ChangeNotifier. The main window is only the shell around the
// areas: sign-in, lock, navigation, menus and status bar. A new area is one class and one line in
// ui/areas.cpp (CONTRIBUTING.md).
class Area : public QObject {
    Q_OBJECT
public:
    // A page of the navigation and the action that shows it (its text names the page).
    struct Page {
        QWidget *widget = nullptr;
        ActionRegistry::Id showAction;
    };

    explicit Area(Workplace workplace, QObject *parent = nullptr)
        : QObject(parent)
        , m_workplace(std::move(workplace))
    {}

    virtual QList<Page> pages() const { return {}; }
    // Who works now (sign-in, sign-out, lock, and the PC's identity after connecting).
    virtual void setContext(const Storage::WriteContext &context) { m_context = context; }
    // Someone signed in (after setContext): where their work starts.
    virtual void sessionStarted() {}
    // One of this area's pages came to the front.
    virtual void pageShown(QWidget *) {}
    // The settings of this PC were changed.
    virtual void settingsChanged() {}
    // Work a person is in the middle of, that quitting would leave half done ("A 12 is being
    // served at this counter"); empty when there is none.
    virtual QString unfinishedWork() const { return {}; }

signals:
    // Bring this page to the front (an action of the area asked for it).
    void showPageRequested(QWidget *page);
    // The area changed the settings of this PC (the shell tells every area).
    void settingsSaved();

protected:
    Workplace &workplace() { return m_workplace; }
    const Storage::WriteContext &context() const { return m_context; }
    QAction *action(ActionRegistry::Id id) const { return m_workplace.actions.action(id); }
    // Connects `handler` to the notifier: it runs with the kinds of record that changed, here or
    // on the central service, once they are committed. Always queued: a view is never refreshed in
    // the middle of the action that wrote (a page closing a ticket would find it gone under it).
    template <typename Handler> void onRecordsChanged(Handler handler)
    {
        connect(&m_workplace.database.changes(), &Storage::ChangeNotifier::recordsChanged, this, handler,
                Qt::QueuedConnection);
    }

private:
    Workplace m_workplace;
    Storage::WriteContext m_context;
};

} // namespace Sportello::Ui
