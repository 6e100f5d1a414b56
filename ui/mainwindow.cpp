// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"

#include "actionregistry.h"
#include "citizens/citizenspage.h"
#include "config/appsettings.h"
#include "formwidgets.h"
#include "queue/announcer.h"
#include "queue/calldisplay.h"
#include "queue/counterpage.h"
#include "queue/figuresdialog.h"
#include "queue/queuesetupdialog.h"
#include "queue/receptionpage.h"
#include "queue/ticketprinter.h"
#include "security/accountforms.h"
#include "security/accountsdialog.h"
#include "security/auditlogdialog.h"
#include "security/loginpanel.h"
#include "security/secretstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/syncstore.h"
#include "sync/enroldialog.h"
#include "sync/syncreviewdialog.h"
#include "sync/syncstatuslabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace Sportello::Ui {

MainWindow::MainWindow(Storage::Database &database, const Storage::LocalOffice &office,
                       Config::AppSettings &settings, std::unique_ptr<Security::SecretStore> secrets,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_office(office)
    , m_settings(settings)
    , m_actions(new ActionRegistry(this))
    , m_pc{office.branchId, settings.deviceId(), std::nullopt, settings.deviceName()}
    , m_citizenRepository(database, m_pc)
    , m_accounts(database, m_pc)
    , m_changeLog(database)
    , m_signIn(database, m_pc)
    , m_idle(settings.lockMinutes())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
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
    auto *layout = new QHBoxLayout(work);
    m_navigation = new QListWidget(work);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFixedWidth(170);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 6px; }"));
    auto *citizensItem = new QListWidgetItem(tr("Citizens"));
    citizensItem->setToolTip(m_actions->action(ActionRegistry::Id::ShowCitizens)->toolTip());
    m_navigation->addItem(citizensItem);
    for (const auto id : {ActionRegistry::Id::ShowReception, ActionRegistry::Id::ShowCounter}) {
        auto *item = new QListWidgetItem(m_actions->action(id)->text().remove(QLatin1Char('&')));
        item->setToolTip(m_actions->action(id)->toolTip());
        m_navigation->addItem(item);
    }
    m_pages = new QStackedWidget(work);
    m_citizens = new CitizensPage(m_citizenRepository, *m_actions, m_pages);
    m_pages->addWidget(m_citizens);
    m_reception = new ReceptionPage(database, office, settings, m_pages);
    m_pages->addWidget(m_reception);
    m_counter = new CounterPage(database, settings, *m_actions, m_pages);
    m_pages->addWidget(m_counter);
    m_announcer = new Announcer(this);
    m_announcer->setSpeechEnabled(settings.announceBySpeech());
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_screens->addWidget(work);
    setCentralWidget(m_screens);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        // What happened while another page was shown: the queue pages read it again.
        if (m_pages->currentWidget() == m_reception)
            m_reception->refresh();
        else if (m_pages->currentWidget() == m_counter)
            m_counter->refresh();
        // The page's own keys (a service letter, F2) work as soon as it shows.
        if (QWidget *page = m_pages->currentWidget(); page && page != m_citizens) {
            if (!page->focusWidget())
                page->setFocus();
            else
                page->focusWidget()->setFocus();
        }
    });
    m_reception->setFocusPolicy(Qt::StrongFocus);
    m_counter->setFocusPolicy(Qt::StrongFocus);
    m_navigation->setCurrentRow(0);
    connect(m_login, &LoginPanel::signInRequested, this, &MainWindow::attemptSignIn);

    auto *whereLabel = new QLabel(where, this);
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
        initial.pendingCount = m_changeLog.pendingCount();
    } catch (const Storage::StorageError &) {
    }
    m_syncState->show(initial);
    connect(m_sync.get(), &Sync::SyncEngine::statusChanged, m_syncState, &SyncStatusLabel::show);
    // A local save is sent at once when the central service can be reached.
    connect(m_citizens, &CitizensPage::recordsChanged, m_sync.get(), &Sync::SyncEngine::syncNow,
            Qt::QueuedConnection);
    connect(m_sync.get(), &Sync::SyncEngine::changesPulled, m_citizens,
            &CitizensPage::showChangesFromOtherPcs);
    // The queue: what this PC writes goes out at once; what others write (or what the central
    // service refused, a call another counter won) shows everywhere as soon as it is here.
    connect(m_reception, &ReceptionPage::ticketIssued, m_sync.get(), &Sync::SyncEngine::syncNow,
            Qt::QueuedConnection);
    // The page that wrote has shown it already; the other views follow at once.
    connect(m_reception, &ReceptionPage::ticketIssued, this, [this] { refreshQueueViews(m_reception); });
    connect(m_counter, &CounterPage::queueChanged, m_sync.get(), &Sync::SyncEngine::syncNow,
            Qt::QueuedConnection);
    connect(m_counter, &CounterPage::queueChanged, this, [this] { refreshQueueViews(m_counter); });
    // A round that pulls says so twice (changesPulled, then roundFinished): one refresh for both.
    m_queueRefresh.setSingleShot(true);
    m_queueRefresh.setInterval(0);
    connect(&m_queueRefresh, &QTimer::timeout, this, [this] { refreshQueueViews(); });
    connect(m_sync.get(), &Sync::SyncEngine::changesPulled, &m_queueRefresh, qOverload<>(&QTimer::start));
    connect(m_sync.get(), &Sync::SyncEngine::roundFinished, &m_queueRefresh, qOverload<>(&QTimer::start));
    useEnrolledIdentity();
    // Sync goes on while nobody is signed in: what was saved before a sign-out still goes out.
    m_sync->start();

    buildMenus();
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
    } catch (const Storage::StorageError &) {
        // stays with the first-run identity; the engine reports what is wrong with the database
    }
    m_signIn.setWriteContext(m_pc);
    useSignedInPerson();
}

void MainWindow::useSignedInPerson()
{
    m_citizenRepository.setWriteContext(context());
    m_accounts.setWriteContext(context());
    m_reception->setContext(context());
    m_counter->setContext(context());
}

void MainWindow::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_reception->setClock(clock);
    m_counter->setClock(clock);
}

void MainWindow::refreshQueueViews(QWidget *alreadyShown)
{
    if (m_actor && !m_locked) {
        if (m_reception->isVisible() && alreadyShown != m_reception)
            m_reception->refresh();
        if (m_counter->isVisible() && alreadyShown != m_counter)
            m_counter->refresh();
        if (m_figures)
            m_figures->refresh();
    }
    // The waiting room's screen goes on while the PC is locked: it shows no personal data.
    if (m_display)
        m_display->refresh();
}

void MainWindow::setUpQueue()
{
    QueueSetupDialog dialog(m_database, context(), this);
    connect(&dialog, &QueueSetupDialog::setupChanged, this, [this] {
        m_reception->refresh();
        m_counter->refresh();
        m_sync->syncNow();
    });
    dialog.exec();
}

void MainWindow::showFigures()
{
    if (!m_figures) {
        m_figures = new FiguresDialog(m_database, context(), this);
        m_figures->setAttribute(Qt::WA_DeleteOnClose);
        m_figures->setClock(m_clock);
    }
    m_figures->show();
    m_figures->raise();
    m_figures->activateWindow();
}

void MainWindow::showCallDisplay()
{
    if (!m_display) {
        m_display = new CallDisplayWindow(m_database, m_pc.branchId, m_office.branchName, m_announcer, this);
        m_display->setAttribute(Qt::WA_DeleteOnClose);
        m_display->setClock(m_clock);
    }
    m_display->showOnBestScreen();
    m_display->refresh();
}

void MainWindow::attemptSignIn(const QString &username, const QString &password)
{
    const bool unlocking = m_locked && m_actor && Security::normalisedUsername(username) == m_actor->username;
    Security::SignInResult result;
    m_login->setBusy(true);
    try {
        result = m_signIn.attempt(username, password, m_clock(),
                                  unlocking ? Security::SignIn::Purpose::Unlock
                                            : Security::SignIn::Purpose::SignIn);
    } catch (const Storage::StorageError &error) {
        result.message = error.message();
    }
    m_login->setBusy(false);
    if (!result.ok()) {
        m_login->showProblem(result.message);
        return;
    }
    if (unlocking) {
        m_locked = false;
        applyRole();
        m_screens->setCurrentIndex(1);
        m_idle.noteActivity(m_clock());
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
    m_idle.noteActivity(m_clock());
    if (account.mustChangePassword) {
        ChangeOwnPasswordDialog dialog(m_accounts, account, true, this);
        if (dialog.exec() != QDialog::Accepted) {
            switchUser(); // nothing is done with a password someone else chose
            return;
        }
    }
    if (Security::allows(account.role, Security::Permission::ViewCitizens)) {
        m_citizens->searchField()->clear();
        m_citizens->focusSearch();
    }
}

void MainWindow::endSession()
{
    m_actor.reset();
    m_displayName.clear();
    m_locked = false;
    useSignedInPerson();
    m_person->clear();
    m_citizens->searchField()->clear();
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
    } catch (const Storage::StorageError &) {
        // locking matters more than its record
    }
    m_locked = true;
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
        } catch (const Storage::StorageError &) {
        }
    }
    closeOpenDialogs();
    endSession();
}

void MainWindow::checkIdle()
{
    if (m_actor && !m_locked && m_idle.expired(m_clock()))
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
        m_idle.noteActivity(m_clock());
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
    using Id = ActionRegistry::Id;
    using P = Security::Permission;
    const bool working = m_actor && !m_locked;
    const auto allow = [&](Id id, std::optional<P> permission) {
        const bool roleAllows = !permission || (m_actor && Security::allows(m_actor->role, *permission));
        QAction *action = m_actions->action(id);
        action->setVisible(roleAllows);
        action->setEnabled(working && roleAllows);
    };
    allow(Id::ShowCitizens, P::ViewCitizens);
    allow(Id::FindCitizen, P::ViewCitizens);
    allow(Id::NewCitizen, P::EditCitizens);
    allow(Id::EditCitizen, P::EditCitizens);
    allow(Id::SyncNow, std::nullopt);
    allow(Id::ReviewSync, P::ReviewSync);
    allow(Id::ConnectToServer, P::EnrolDevice);
    allow(Id::LockScreen, std::nullopt);
    allow(Id::SwitchUser, std::nullopt);
    allow(Id::ChangePassword, std::nullopt);
    allow(Id::ManageAccounts, P::ManageAccounts);
    allow(Id::ViewAuditLog, P::ViewAuditLog);
    allow(Id::PcSettings, P::ManageSettings);
    allow(Id::ShowReception, P::IssueTickets);
    allow(Id::ShowCounter, P::RunCounter);
    allow(Id::QueueSetup, P::ConfigureQueue);
    allow(Id::QueueFigures, P::ViewFigures);
    allow(Id::CallDisplay, std::nullopt);
    m_navigation->item(1)->setHidden(!m_actions->action(Id::ShowReception)->isVisible());
    m_navigation->item(2)->setHidden(!m_actions->action(Id::ShowCounter)->isVisible());
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
    } catch (const Storage::StorageError &) {
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

void MainWindow::manageAccounts()
{
    AccountsDialog dialog(m_accounts, this);
    connect(&dialog, &AccountsDialog::accountsChanged, m_sync.get(), &Sync::SyncEngine::syncNow,
            Qt::QueuedConnection);
    dialog.exec();
}

void MainWindow::viewAuditLog()
{
    const Storage::AuditLog log(m_database, m_actor);
    AuditLogDialog dialog(log, this);
    connect(&dialog, &AuditLogDialog::verified, this, [this](bool intact) {
        try {
            Storage::AuditLog(m_database)
                .record(context(), Security::AuditAction::verify, {}, {},
                        {{QStringLiteral("intact"), intact}});
        } catch (const Storage::StorageError &error) {
            qWarning() << "verification not recorded:" << error.detail();
        }
    });
    dialog.exec();
}

void MainWindow::changePassword()
{
    const std::optional<Security::Account> account =
        m_actor ? m_accounts.find(m_actor->accountId) : std::nullopt;
    if (!account)
        return;
    ChangeOwnPasswordDialog dialog(m_accounts, *account, false, this);
    if (dialog.exec() == QDialog::Accepted)
        m_sync->syncNow();
}

void MainWindow::editPcSettings()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Settings of this PC"));
    dialog.setAccessibleName(dialog.windowTitle());
    auto *form = new QFormLayout(&dialog);
    auto *minutes = new QSpinBox(&dialog);
    minutes->setAccessibleName(tr("Minutes before locking"));
    minutes->setRange(1, Config::AppSettings::maxLockMinutes);
    minutes->setSuffix(tr(" min"));
    minutes->setValue(m_settings.lockMinutes());
    form->addRow(tr("&Lock after this time without input:"), minutes);
    // Where reception's tickets go, and whether the call display speaks.
    using Output = Config::AppSettings::TicketOutput;
    auto *output = new QComboBox(&dialog);
    output->setAccessibleName(tr("Tickets issued at reception"));
    output->addItem(tr("Saved as PDF in a folder"), int(Output::PdfFolder));
    output->addItem(tr("Printed"), int(Output::Printer));
    output->addItem(tr("Not printed"), int(Output::None));
    output->setCurrentIndex(output->findData(int(m_settings.ticketOutput())));
    form->addRow(tr("&Tickets:"), output);
    auto *printer = new QComboBox(&dialog);
    printer->setAccessibleName(tr("Ticket printer"));
    printer->addItems(TicketPrinter::printerNames());
    printer->setEditable(true);
    printer->setCurrentText(m_settings.ticketPrinter());
    form->addRow(tr("&Printer:"), printer);
    auto *folder = lineEdit(&dialog, tr("Folder for ticket PDFs"), 500);
    folder->setText(m_settings.ticketFolder());
    form->addRow(tr("PDF &folder:"), folder);
    auto *speech = new QCheckBox(tr("The call display &speaks the number called"), &dialog);
    speech->setAccessibleName(tr("Spoken announcements"));
    speech->setChecked(m_settings.announceBySpeech());
    if (!m_announcer->speechAvailable())
        speech->setToolTip(tr("No speech engine on this PC: only the chime sounds."));
    form->addRow(speech);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject before{{QStringLiteral("lockMinutes"), m_settings.lockMinutes()},
                             {QStringLiteral("ticketOutput"), int(m_settings.ticketOutput())},
                             {QStringLiteral("ticketPrinter"), m_settings.ticketPrinter()},
                             {QStringLiteral("ticketFolder"), m_settings.ticketFolder()},
                             {QStringLiteral("announceBySpeech"), m_settings.announceBySpeech()}};
    const QJsonObject after{{QStringLiteral("lockMinutes"), minutes->value()},
                            {QStringLiteral("ticketOutput"), output->currentData().toInt()},
                            {QStringLiteral("ticketPrinter"), printer->currentText().trimmed()},
                            {QStringLiteral("ticketFolder"), folder->text().trimmed()},
                            {QStringLiteral("announceBySpeech"), speech->isChecked()}};
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), before.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    }
    if (changes.isEmpty())
        return;
    try {
        Security::require(m_actor, Security::Permission::ManageSettings);
        // Recorded first: a change that cannot be recorded is not made.
        Storage::AuditLog(m_database)
            .record(context(), Security::AuditAction::settingsChange, {}, {}, changes);
    } catch (const Security::PermissionDenied &denied) {
        QMessageBox::warning(this, tr("Not allowed"), denied.message());
        return;
    } catch (const Storage::StorageError &error) {
        QMessageBox::warning(this, tr("Not saved"), error.message());
        return;
    }
    m_settings.setLockMinutes(minutes->value());
    m_settings.setTicketOutput(Output(output->currentData().toInt()));
    m_settings.setTicketPrinter(printer->currentText().trimmed());
    m_settings.setTicketFolder(folder->text().trimmed());
    m_settings.setAnnounceBySpeech(speech->isChecked());
    m_announcer->setSpeechEnabled(speech->isChecked());
    m_settings.sync();
    m_idle.setMinutes(m_settings.lockMinutes());
}

void MainWindow::buildMenus()
{
    using Id = ActionRegistry::Id;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->action(Id::LockScreen));
    file->addAction(m_actions->action(Id::SwitchUser));
    file->addAction(m_actions->action(Id::ChangePassword));
    file->addSeparator();
    file->addAction(m_actions->action(Id::Quit));
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_actions->action(Id::ShowCitizens));
    go->addAction(m_actions->action(Id::ShowReception));
    go->addAction(m_actions->action(Id::ShowCounter));
    QMenu *queue = menuBar()->addMenu(tr("&Queue"));
    queue->addAction(m_actions->action(Id::QueueFigures));
    queue->addAction(m_actions->action(Id::CallDisplay));
    queue->addSeparator();
    queue->addAction(m_actions->action(Id::QueueSetup));
    QMenu *citizens = menuBar()->addMenu(tr("C&itizens"));
    citizens->addAction(m_actions->action(Id::FindCitizen));
    citizens->addAction(m_actions->action(Id::NewCitizen));
    citizens->addAction(m_actions->action(Id::EditCitizen));
    QMenu *sync = menuBar()->addMenu(tr("&Synchronisation"));
    sync->addAction(m_actions->action(Id::SyncNow));
    sync->addAction(m_actions->action(Id::ReviewSync));
    sync->addSeparator();
    sync->addAction(m_actions->action(Id::ConnectToServer));
    QMenu *admin = menuBar()->addMenu(tr("&Administration"));
    admin->addAction(m_actions->action(Id::ManageAccounts));
    admin->addAction(m_actions->action(Id::ViewAuditLog));
    admin->addAction(m_actions->action(Id::PcSettings));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->action(Id::About));

    connect(m_actions->action(Id::Quit), &QAction::triggered, this, &QWidget::close);
    const auto showCitizenSearch = [this] {
        m_navigation->setCurrentRow(0);
        m_citizens->focusSearch();
    };
    connect(m_actions->action(Id::ShowCitizens), &QAction::triggered, this, showCitizenSearch);
    connect(m_actions->action(Id::FindCitizen), &QAction::triggered, this, showCitizenSearch);
    connect(m_actions->action(Id::NewCitizen), &QAction::triggered, m_citizens, &CitizensPage::newCitizen);
    connect(m_actions->action(Id::EditCitizen), &QAction::triggered, m_citizens, &CitizensPage::editSelected);
    connect(m_actions->action(Id::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->action(Id::SyncNow), &QAction::triggered, m_sync.get(), &Sync::SyncEngine::syncNow,
            Qt::QueuedConnection);
    connect(m_actions->action(Id::ConnectToServer), &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_actions->action(Id::ReviewSync), &QAction::triggered, this, &MainWindow::reviewSync);
    connect(m_actions->action(Id::LockScreen), &QAction::triggered, this, &MainWindow::lockScreen);
    connect(m_actions->action(Id::SwitchUser), &QAction::triggered, this, &MainWindow::switchUser);
    connect(m_actions->action(Id::ChangePassword), &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_actions->action(Id::ManageAccounts), &QAction::triggered, this, &MainWindow::manageAccounts);
    connect(m_actions->action(Id::ViewAuditLog), &QAction::triggered, this, &MainWindow::viewAuditLog);
    connect(m_actions->action(Id::PcSettings), &QAction::triggered, this, &MainWindow::editPcSettings);
    connect(m_actions->action(Id::ShowReception), &QAction::triggered, this,
            [this] { m_navigation->setCurrentRow(1); });
    connect(m_actions->action(Id::ShowCounter), &QAction::triggered, this,
            [this] { m_navigation->setCurrentRow(2); });
    connect(m_actions->action(Id::QueueSetup), &QAction::triggered, this, &MainWindow::setUpQueue);
    connect(m_actions->action(Id::QueueFigures), &QAction::triggered, this, &MainWindow::showFigures);
    connect(m_actions->action(Id::CallDisplay), &QAction::triggered, this, &MainWindow::showCallDisplay);
}

void MainWindow::reviewSync()
{
    SyncReviewDialog dialog(m_database, this);
    connect(&dialog, &SyncReviewDialog::outboxChanged, m_sync.get(), &Sync::SyncEngine::syncNow,
            Qt::QueuedConnection);
    connect(&dialog, &SyncReviewDialog::openRecordRequested, this,
            [this, &dialog](const QString &entity, const QString &recordId) {
                if (entity == Sync::Entity::citizen)
                    m_citizens->openCitizen(recordId, &dialog);
            });
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sportello"),
                       tr("<h3>Sportello %1</h3>"
                          "<p>Front office for Italian comuni: citizens, walk-in queue, SPID assistance and "
                          "counter receipts.</p>"
                          "<p>Free software under the European Union Public Licence (EUPL) 1.2.</p>"
                          "<p>Database: %2<br>Qt %3</p>")
                           .arg(QStringLiteral(SPORTELLO_VERSION), m_database.filePath().toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

} // namespace Sportello::Ui
