// SPDX-License-Identifier: EUPL-1.2
#include "startup.h"

#include "config/appsettings.h"
#include "firstrunwizard.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "storage/storageerror.h"

#include <QMessageBox>
#include <QPushButton>

namespace Sportello::Ui {

Startup::Startup(const QString &databasePath, Config::AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_database(std::make_unique<Storage::Database>(databasePath)) {
}

Startup::~Startup() {
    delete m_mainWindow;
    delete m_wizard;
}

MainWindow *Startup::mainWindow() const {
    return m_mainWindow;
}

FirstRunWizard *Startup::wizard() const {
    return m_wizard;
}

bool Startup::openDatabase() {
    using Status = Storage::OpenResult::Status;
    Storage::OpenResult result = m_database->open();
    if (result.status == Status::Damaged) {
        QMessageBox box(QMessageBox::Warning, tr("Damaged database"),
                        tr("%1\n\nCreate a new, empty database now? Until technical support recovers the old "
                           "file, its records will not be visible.")
                            .arg(result.message));
        box.setDetailedText(result.detail);
        QPushButton *create = box.addButton(tr("&Create new database"), QMessageBox::AcceptRole);
        box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != create)
            return false;
        result = m_database->open();
    }
    if (!result.ok()) {
        QMessageBox::critical(nullptr, tr("Sportello cannot start"), result.message);
        return false;
    }
    return true;
}

void Startup::showFirstWindow() {
    bool officeSet = false;
    try {
        officeSet = Storage::OfficeRepository(*m_database).localOffice().has_value();
    } catch (const Storage::StorageError &error) {
        QMessageBox::critical(nullptr, tr("Sportello cannot start"), error.message());
        emit cancelled();
        return;
    }
    if (officeSet && !m_settings.deviceName().isEmpty()) {
        showMainWindow();
        return;
    }
    m_wizard = new FirstRunWizard(*m_database, m_settings, officeSet);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::accepted, this, &Startup::showMainWindow);
    connect(m_wizard, &QWizard::rejected, this, &Startup::cancelled);
    m_wizard->show();
}

void Startup::showMainWindow() {
    const std::optional<Storage::LocalOffice> office = Storage::OfficeRepository(*m_database).localOffice();
    if (!office) {
        emit cancelled();
        return;
    }
    m_mainWindow = new MainWindow(*m_database, *office, m_settings.deviceId(), m_settings.deviceName());
    m_mainWindow->show();
    emit mainWindowShown(m_mainWindow);
}

} // namespace Sportello::Ui
