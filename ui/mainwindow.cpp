// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"

#include "actionregistry.h"
#include "areas.h"
#include "config/appsettings.h"
#include "domain/clock.h"
#include "domain/logcategories.h"
#include "formdialog.h"
#include "records/recordkind.h"
#include "security/accountforms.h"
#include "security/loginpanel.h"
#include "security/secretstore.h"
#include "storage/auditlog.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/syncstore.h"
#include "sync/enroldialog.h"
#include "sync/syncreviewdialog.h"
#include "sync/syncstatuslabel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Sportello::Ui {

MainWindow::MainWindow(Storage::Database &database, const Storage::LocalOffice &office,
                       Config::AppSettings &settings, std::unique_ptr<Security::SecretStore> secrets,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
    , m_actions(new ActionRegistry(this))
    , m_pc{office.branchId, settings.deviceId(), std::nullopt, settings.deviceName()}
    , m_accounts(database, m_pc)
    , m_signIn(database, m_pc)
    , m_idle(settings.lockMinutes())
    , m_secrets(std::move(secrets))
    , m_sync(std::make_unique<Sync::SyncEngine>(database, *m_secrets))
{
    setWindowTitle(tr("Sportello — %1, %2").arg(office.comuneName, office.branchName));
    setAccessibleName(tr("Sportello main window"));
    resize(1100, 700);

    const QString where = tr("%1 · %2 (%3) · PC: %4")
                              .arg(office.comuneName, office.branchName, office.branchCode, m_pc.deviceName);
    m_screens = new QStackedWidget(this);
    m_login = new LoginPanel(where, m_screens);
    m_screens->addWidget(m_login);
    auto *work = new QWidget(m_screens);
    m_areas = makeAreas({database, office, settings, *m_actions, m_openers, this}, this);
    buildNavigation(work);
    m_screens->addWidget(work);
    setCentralWidget(m_screens);
    connect(m_login, &LoginPanel::signInRequested, this, &MainWindow::attemptSignIn);
    for (Area *area : std::as_const(m_areas)) {
        connect(area, &Area::showPageRequested, this, &MainWindow::showPage);
        connect(area, &Area::settingsSaved, this, [this] {
            m_idle.setMinutes(m_settings.lockMinutes());
            for (Area *each : std::as_const(m_areas))
                each->settingsChanged();
        });
    }

    // The comune is in the window's title: the status bar keeps room for the sync state at 125%.
    auto *whereLabel = new QLabel(tr("%1 · PC: %2").arg(office.branchName, m_pc.deviceName), this);
    whereLabel->setToolTip(where);
    whereLabel->setAccessibleName(tr("Office and PC"));
    m_person = new QLabel(this);
    m_person->setAccessibleName(tr("Signed in"));
    m_syncState = new SyncStatusLabel(this);
    statusBar()->addWidget(whereLabel, 1);
    statusBar()->addPermanentWidget(m_person);
    statusBar()->addPermanentWidget(m_syncState);
    // Until the engine's first word: what is known here.
    Sync::SyncStatus initial;
    initial.state = Sync::SyncState::NeedsEnrolment;
    try {
        initial.pendingCount = Storage::ChangeLog(database).pendingCount();
    } catch (const Storage::StorageError &error) {
        // The engine reports what is wrong with the database at its first round.
        qCWarning(lcUiSync) << "cannot count the outgoing changes:" << error.detail();
    }
    m_syncState->show(initial);
    connect(m_sync.get(), &Sync::SyncEngine::statusChanged, m_syncState, &SyncStatusLabel::show);
    // What is written here goes out at once when the central service can be reached.
    connect(
        &database.changes(), &Storage::ChangeNotifier::recordsChanged, m_sync.get(),
        [this](const QSet<QString> &, Storage::ChangeNotifier::Origin origin) {
            if (origin == Storage::ChangeNotifier::Origin::ThisPc)
                m_sync->syncNow();
        },
        Qt::QueuedConnection);
    useEnrolledIdentity();
    // Sync goes on while nobody is signed in: what was saved before a sign-out still goes out.
    m_sync->start();

    buildMenus();
    buildRefusedKeys();
    connectShellActions();
    applyRole();
    // Any key or click anywhere in the program counts as activity; a timer looks at the idle time.
    qApp->installEventFilter(this);
    m_idleTimer.setInterval(5000);
    connect(&m_idleTimer, &QTimer::timeout, this, &MainWindow::checkIdle);
    m_idleTimer.start();
    m_login->showSignIn();
}

MainWindow::~MainWindow()
{
    m_sync->stop();
}

void MainWindow::buildNavigation(QWidget *work)
{
    auto *layout = new QHBoxLayout(work);
    m_navigation = new QListWidget(work);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFixedWidth(170);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 6px; }"));
    m_pages = new QStackedWidget(work);
    for (Area *area : std::as_const(m_areas)) {
        for (const Area::Page &page : area->pages()) {
            const QAction *show = m_actions->action(page.showAction);
            auto *item = new QListWidgetItem(show->text().remove(QLatin1Char('&')), m_navigation);
            item->setToolTip(show->toolTip());
            page.widget->setParent(m_pages);
            m_pages->addWidget(page.widget);
            m_areaOfPage.insert(page.widget, area);
            m_showActionOfPage.insert(page.widget, page.showAction);
        }
    }
    // Above the pages: what the program has to tell about the last key or action, in full (the status
    // bar cut such messages), until the next one or for a while.
    m_notice = new QLabel(work);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #c9a400; padding: 6px; }"));
    m_notice->hide();
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(20000);
    connect(&m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::hide);
    auto *column = new QVBoxLayout;
    column->addWidget(m_notice);
    column->addWidget(m_pages, 1);
    layout->addWidget(m_navigation);
    layout->addLayout(column, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        QWidget *page = m_pages->currentWidget();
        if (!page)
            return;
        m_areaOfPage.value(page)->pageShown(page);
        // The page's own keys (a service letter, F2) work as soon as it shows.
        if (page->focusPolicy() != Qt::NoFocus) {
            if (!page->focusWidget())
                page->setFocus();
            else
                page->focusWidget()->setFocus();
        }
    });
    m_navigation->setCurrentRow(0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QStringList unfinished;
    for (const Area *area : std::as_const(m_areas)) {
        if (const QString work = area->unfinishedWork(); !work.isEmpty())
            unfinished << work;
    }
    if (!unfinished.isEmpty()) { // locked too: whoever is at a locked PC may not quit silently
        if (!confirmLoss(this, tr("Quit Sportello?"), unfinished.join(QLatin1Char('\n')), tr("&Quit anyway"),
                         tr("&Keep working"))) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_noticeTimer.start();
}

void MainWindow::showPage(QWidget *page)
{
    m_navigation->setCurrentRow(m_pages->indexOf(page));
}

Storage::WriteContext MainWindow::context() const
{
    Storage::WriteContext context = m_pc;
    context.actor = m_actor;
    return context;
}

void MainWindow::useEnrolledIdentity()
{
    try {
        const Storage::SyncIdentity identity = Storage::SyncStore(m_database).identity();
        if (identity.enrolled()) {
            m_pc.branchId = identity.branchId;
            m_pc.deviceId = identity.deviceId;
        }
    } catch (const Storage::StorageError &error) {
        // Stays with the first-run identity; the engine reports what is wrong with the database.
        qCWarning(lcUiSync) << "cannot read this PC's identity:" << error.detail();
    }
    m_signIn.setWriteContext(m_pc);
    useSignedInPerson();
}

void MainWindow::useSignedInPerson()
{
    m_accounts.setWriteContext(context());
    for (Area *area : std::as_const(m_areas))
        area->setContext(context());
}

void MainWindow::attemptSignIn(const QString &username, const QString &password)
{
    const bool unlocking = m_locked && m_actor && Security::normalisedUsername(username) == m_actor->username;
    Security::SignInResult result;
    const QDateTime now = Clock::nowUtc();
    m_login->setBusy(true);
    try {
        result = m_signIn.attempt(username, password, now,
                                  unlocking ? Security::SignIn::Purpose::Unlock
                                            : Security::SignIn::Purpose::SignIn);
    } catch (const Storage::StorageError &error) {
        result.message = error.message();
    }
    m_login->setBusy(false);
    if (!result.ok()) {
        // A wait counts down on the screen (it stood still at "30 seconds").
        const QString wait =
            result.retryAt.isValid() ? Security::waitMessage(result.retryAt, now) : QString();
        if (!wait.isEmpty() && result.message.endsWith(wait))
            m_login->showWait(result.message.chopped(wait.size()).trimmed(), result.retryAt);
        else
            m_login->showProblem(result.message);
        return;
    }
    if (unlocking) {
        m_locked = false;
        applyRole();
        m_screens->setCurrentIndex(1);
        m_idle.noteActivity(Clock::nowUtc());
        restoreOpenDialogs();
        return;
    }
    if (m_actor)
        switchUser(); // locked by someone else, who is signed out: the quick switch of a shared PC
    startSession(*result.account);
}

void MainWindow::startSession(const Security::Account &account)
{
    m_actor = Security::Actor{account.id, account.username, account.role};
    m_displayName = account.displayName;
    m_locked = false;
    useSignedInPerson();
    m_person->setText(tr("%1 (%2)").arg(account.displayName, Security::roleTitle(account.role)));
    applyRole();
    m_screens->setCurrentIndex(1);
    m_idle.noteActivity(Clock::nowUtc());
    if (account.mustChangePassword) {
        ChangeOwnPasswordDialog dialog(m_accounts, account, true, this);
        if (dialog.exec() != QDialog::Accepted) {
            switchUser(); // nothing is done with a password someone else chose
            return;
        }
    }
    for (Area *area : std::as_const(m_areas))
        area->sessionStarted();
}

void MainWindow::endSession()
{
    showNotice({}); // the next person does not read the previous one's
    m_actor.reset();
    m_displayName.clear();
    m_locked = false;
    useSignedInPerson();
    m_person->clear();
    applyRole();
    m_login->showSignIn();
    m_screens->setCurrentWidget(m_login);
}

void MainWindow::lockScreen()
{
    if (!m_actor || m_locked)
        return;
    try {
        m_signIn.lock(*m_actor);
    } catch (const Storage::StorageError &error) {
        // Locking matters more than its record: it locks all the same.
        qCWarning(lcUiSecurity) << "lock not recorded:" << error.detail();
    }
    m_locked = true;
    showNotice({});
    hideOpenDialogs();
    applyRole();
    m_login->showLocked(m_actor->username, m_displayName);
    m_screens->setCurrentWidget(m_login);
}

void MainWindow::switchUser()
{
    if (m_actor) {
        try {
            m_signIn.signOut(*m_actor);
        } catch (const Storage::StorageError &error) {
            // The person goes all the same: a sign-out that cannot be recorded must not keep them in.
            qCWarning(lcUiSecurity) << "sign-out not recorded:" << error.detail();
        }
    }
    closeOpenDialogs();
    endSession();
}

void MainWindow::checkIdle()
{
    if (m_actor && !m_locked && m_idle.expired(Clock::nowUtc()))
        lockScreen();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_idle.noteActivity(Clock::nowUtc());
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::hideOpenDialogs()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (widget != this && widget->isVisible() && qobject_cast<QDialog *>(widget)) {
            widget->hide();
            m_hiddenDialogs << widget;
        }
    }
}

void MainWindow::restoreOpenDialogs()
{
    for (const QPointer<QWidget> &dialog : std::exchange(m_hiddenDialogs, {})) {
        if (dialog)
            dialog->show();
    }
}

void MainWindow::closeOpenDialogs()
{
    // Another person's unsaved form is not theirs to see or to save.
    for (const QPointer<QWidget> &widget : std::exchange(m_hiddenDialogs, {})) {
        if (auto *dialog = qobject_cast<QDialog *>(widget.data()))
            dialog->done(QDialog::Rejected);
    }
}

void MainWindow::applyRole()
{
    m_actions->applyRole(m_actor ? std::optional(m_actor->role) : std::nullopt, m_actor && !m_locked);
    for (int row = 0; row < m_pages->count(); ++row) {
        const ActionRegistry::Id show = m_showActionOfPage.value(m_pages->widget(row));
        m_navigation->item(row)->setHidden(!m_actions->action(show)->isVisible());
    }
    for (auto refused = m_refusedKeys.cbegin(); refused != m_refusedKeys.cend(); ++refused)
        refused.value()->setEnabled(m_actor && !m_locked && !m_actions->action(refused.key())->isVisible());
    if (m_navigation->currentItem() && m_navigation->currentItem()->isHidden())
        m_navigation->setCurrentRow(0);
    // A menu with nothing the role may use is not shown at all.
    for (QAction *menuAction : menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu()) {
            const auto items = menu->actions();
            menuAction->setVisible(std::any_of(items.cbegin(), items.cend(), [](QAction *item) {
                return item->isVisible() && !item->isSeparator();
            }));
        }
    }
}

void MainWindow::buildRefusedKeys()
{
    for (const ActionRegistry::Menu menu : ActionRegistry::menus()) {
        for (const QList<ActionRegistry::Id> &group : m_actions->menuGroups(menu)) {
            for (const ActionRegistry::Id id : group) {
                const QKeySequence key = m_actions->action(id)->shortcut();
                if (key.isEmpty())
                    continue;
                auto *shortcut = new QShortcut(key, this);
                shortcut->setEnabled(false);
                connect(shortcut, &QShortcut::activated, this,
                        [this, id] { showNotice(m_actions->refusal(id)); });
                m_refusedKeys.insert(id, shortcut);
            }
        }
    }
}

void MainWindow::buildMenus()
{
    for (const ActionRegistry::Menu each : ActionRegistry::menus()) {
        QMenu *menu = menuBar()->addMenu(ActionRegistry::menuTitle(each));
        const QList<QList<ActionRegistry::Id>> groups = m_actions->menuGroups(each);
        for (qsizetype group = 0; group < groups.size(); ++group) {
            if (group > 0)
                menu->addSeparator();
            for (const ActionRegistry::Id id : groups.at(group))
                menu->addAction(m_actions->action(id));
        }
    }
}

void MainWindow::connectShellActions()
{
    using Id = ActionRegistry::Id;
    connect(m_actions->action(Id::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(Id::About), &QAction::triggered, this, &MainWindow::showAbout);
    // F5 always answers: what the state means and what to do (with no server it said nothing).
    connect(m_actions->action(Id::SyncNow), &QAction::triggered, this, [this] {
        showNotice(SyncStatusLabel::advice(m_syncState->status(), m_actions->menuPath(Id::ConnectToServer)));
        QMetaObject::invokeMethod(m_sync.get(), &Sync::SyncEngine::syncNow, Qt::QueuedConnection);
    });
    connect(m_actions->action(Id::ConnectToServer), &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_actions->action(Id::ReviewSync), &QAction::triggered, this, &MainWindow::reviewSync);
    connect(m_actions->action(Id::LockScreen), &QAction::triggered, this, &MainWindow::lockScreen);
    connect(m_actions->action(Id::SwitchUser), &QAction::triggered, this, &MainWindow::switchUser);
    connect(m_actions->action(Id::ChangePassword), &QAction::triggered, this, &MainWindow::changePassword);
}

void MainWindow::reviewSync()
{
    SyncReviewDialog dialog(m_database, this);
    connect(&dialog, &SyncReviewDialog::outboxChanged, m_sync.get(), &Sync::SyncEngine::syncNow,
            Qt::QueuedConnection);
    connect(&dialog, &SyncReviewDialog::openRecordRequested, this,
            [this, &dialog](const QString &entity, const QString &recordId) {
                openRecord(entity, recordId, &dialog);
            });
    dialog.exec();
}

void MainWindow::openRecord(const QString &entity, const QString &recordId, QWidget *parent)
{
    const Records::RecordKind *kind = Records::RecordKinds::standard().find(entity);
    if (!kind || !m_openers.has(entity)) {
        QMessageBox::information(parent, tr("Cannot open it"),
                                 tr("This version of Sportello cannot show records of this kind."));
        return;
    }
    if (!m_actor || !kind->viewPermission || !Security::allows(m_actor->role, *kind->viewPermission)) {
        QMessageBox::warning(
            parent, tr("Not allowed"),
            tr("Your role does not allow opening records of this kind (%1).").arg(kind->title()));
        return;
    }
    m_openers.open(entity, recordId, parent);
}

void MainWindow::connectToServer()
{
    try {
        Security::require(m_actor, Security::Permission::EnrolDevice);
    } catch (const Security::PermissionDenied &denied) {
        QMessageBox::warning(this, tr("Not allowed"), denied.message());
        return;
    }
    QString server;
    try {
        server = Storage::SyncStore(m_database).identity().serverUrl;
    } catch (const Storage::StorageError &error) {
        // Only the suggestion is missing: the person types the address.
        qCWarning(lcUiSync) << "cannot read the last central service address:" << error.detail();
    }
    EnrolDialog dialog(*m_sync, m_pc.deviceName, server, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    useEnrolledIdentity();
    try {
        const Storage::SyncIdentity identity = Storage::SyncStore(m_database).identity();
        Storage::AuditLog(m_database)
            .record(context(), Security::AuditAction::enrolment, {}, {},
                    {{QStringLiteral("server"), identity.serverUrl},
                     {QStringLiteral("deviceId"), identity.deviceId}});
    } catch (const Storage::StorageError &error) {
        QMessageBox::warning(this, tr("Not recorded"), error.message());
    }
    QMessageBox::information(this, tr("Connected"),
                             tr("This PC is connected to the central service. Changes are now sent and "
                                "received in the background."));
}

void MainWindow::changePassword()
{
    const std::optional<Security::Account> account =
        m_actor ? m_accounts.find(m_actor->accountId) : std::nullopt;
    if (!account)
        return;
    ChangeOwnPasswordDialog dialog(m_accounts, *account, false, this); // the notifier sends it
    dialog.exec();
}

void MainWindow::showAbout()
{
    // What the program does today, not what it will do: a promise on this box is read as a feature.
    QMessageBox::about(
        this, tr("About Sportello"),
        tr("<h3>Sportello %1</h3>"
           "<p>For the front offices of Italian comuni: the register of citizens, the walk-in queue "
           "(tickets, counters, call display and figures), and staff accounts with the log of "
           "activities. It works without a network, and synchronises with the comune's central "
           "service when connected.</p>"
           "<p>Free software under the European Union Public Licence (EUPL) 1.2.</p>"
           "<p>Places of birth: comuni and their history from ANPR, Ministero dell'Interno; foreign "
           "states from ISTAT. Both under the Creative Commons Attribution 4.0 licence (CC BY 4.0).</p>"
           "<p>Database: %2<br>Qt %3</p>")
            .arg(QStringLiteral(SPORTELLO_VERSION), m_database.filePath().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

} // namespace Sportello::Ui
