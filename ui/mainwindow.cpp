// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"

#include "actionregistry.h"
#include "citizens/citizenspage.h"
#include "security/secretstore.h"
#include "storage/database.h"
#include "storage/syncstore.h"
#include "sync/enroldialog.h"
#include "sync/syncreviewdialog.h"
#include "sync/syncstatuslabel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace Sportello::Ui {

MainWindow::MainWindow(Storage::Database &database, const Storage::LocalOffice &office,
                       const QString &deviceId, const QString &deviceName,
                       std::unique_ptr<Security::SecretStore> secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_office(office)
    , m_deviceName(deviceName)
    , m_actions(new ActionRegistry(this))
    , m_citizenRepository(database, {office.branchId, deviceId})
    , m_changeLog(database)
    , m_secrets(std::move(secrets))
    , m_sync(std::make_unique<Sync::SyncEngine>(database, *m_secrets))
{
    setWindowTitle(tr("Sportello — %1, %2").arg(office.comuneName, office.branchName));
    setAccessibleName(tr("Sportello main window"));
    resize(1100, 700);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFixedWidth(170);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 6px; }"));
    auto *citizensItem = new QListWidgetItem(tr("Citizens"));
    citizensItem->setToolTip(m_actions->action(ActionRegistry::Id::ShowCitizens)->toolTip());
    m_navigation->addItem(citizensItem);
    m_pages = new QStackedWidget(central);
    m_citizens = new CitizensPage(m_citizenRepository, *m_actions, m_pages);
    m_pages->addWidget(m_citizens);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *where = new QLabel(
        tr("%1 · %2 (%3) · PC: %4").arg(office.comuneName, office.branchName, office.branchCode, deviceName),
        this);
    where->setAccessibleName(tr("Office and PC"));
    m_syncState = new SyncStatusLabel(this);
    statusBar()->addWidget(where, 1);
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
    useEnrolledIdentity();
    m_sync->start();

    buildMenus();
    m_citizens->focusSearch();
}

MainWindow::~MainWindow()
{
    m_sync->stop();
}

void MainWindow::useEnrolledIdentity()
{
    try {
        const Storage::SyncIdentity identity = Storage::SyncStore(m_database).identity();
        if (identity.enrolled())
            m_citizenRepository.setWriteContext({identity.branchId, identity.deviceId});
    } catch (const Storage::StorageError &) {
        // stays with the first-run identity; the engine reports what is wrong with the database
    }
}

void MainWindow::connectToServer()
{
    QString server;
    try {
        server = Storage::SyncStore(m_database).identity().serverUrl;
    } catch (const Storage::StorageError &) {
    }
    EnrolDialog dialog(*m_sync, m_deviceName, server, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    useEnrolledIdentity();
    QMessageBox::information(this, tr("Connected"),
                             tr("This PC is connected to the central service. Changes are now sent and "
                                "received in the background."));
}

void MainWindow::buildMenus()
{
    using Id = ActionRegistry::Id;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->action(Id::Quit));
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_actions->action(Id::ShowCitizens));
    QMenu *citizens = menuBar()->addMenu(tr("C&itizens"));
    citizens->addAction(m_actions->action(Id::FindCitizen));
    citizens->addAction(m_actions->action(Id::NewCitizen));
    citizens->addAction(m_actions->action(Id::EditCitizen));
    QMenu *sync = menuBar()->addMenu(tr("&Synchronisation"));
    sync->addAction(m_actions->action(Id::SyncNow));
    sync->addAction(m_actions->action(Id::ReviewSync));
    sync->addSeparator();
    sync->addAction(m_actions->action(Id::ConnectToServer));
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
}

void MainWindow::reviewSync()
{
    SyncReviewDialog dialog(m_database, this);
    connect(&dialog, &SyncReviewDialog::outboxChanged, m_sync.get(), &Sync::SyncEngine::syncNow,
            Qt::QueuedConnection);
    connect(&dialog, &SyncReviewDialog::openRecordRequested, this,
            [this, &dialog](const QString &entity, const QString &recordId) {
                if (entity == Storage::CitizenRepository::entityName)
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
