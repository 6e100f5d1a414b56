// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"

#include "actionregistry.h"
#include "citizens/citizenspage.h"
#include "storage/database.h"

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
                       const QString &deviceId, const QString &deviceName, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_office(office)
    , m_actions(new ActionRegistry(this))
    , m_citizenRepository(database, {office.branchId, deviceId})
    , m_changeLog(database)
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
    m_syncState = new QLabel(this);
    m_syncState->setAccessibleName(tr("Synchronisation state"));
    statusBar()->addWidget(where, 1);
    statusBar()->addPermanentWidget(m_syncState);
    connect(m_citizens, &CitizensPage::recordsChanged, this, &MainWindow::updateSyncState);
    updateSyncState();

    buildMenus();
    m_citizens->focusSearch();
}

MainWindow::~MainWindow() = default;

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
}

void MainWindow::updateSyncState()
{
    // Sync with the central service arrives with its own issue; until then say plainly that the
    // changes are kept here, and how many are waiting to be sent. Never "synchronised".
    int pending = 0;
    try {
        pending = m_changeLog.pendingCount();
    } catch (const Storage::StorageError &) {
        m_syncState->setText(tr("Outgoing changes: unknown (database error)"));
        return;
    }
    m_syncState->setText(
        tr("Not connected to the central service · %n change(s) waiting to be sent", nullptr, pending));
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
