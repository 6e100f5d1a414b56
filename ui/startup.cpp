// SPDX-License-Identifier: EUPL-1.2
#include "startup.h"

#include "config/appsettings.h"
#include "firstrunwizard.h"
#include "mainwindow.h"
#include "security/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Sportello::Ui {

Startup::Startup(const QString &databasePath, Config::AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_database(std::make_unique<Storage::Database>(databasePath))
{}

Startup::~Startup()
{
    delete m_mainWindow;
    delete m_wizard;
}

MainWindow *Startup::mainWindow() const
{
    return m_mainWindow;
}

FirstRunWizard *Startup::wizard() const
{
    return m_wizard;
}

bool Startup::openDatabase()
{
    using Status = Storage::OpenResult::Status;
    Storage::OpenResult result = m_database->open(Storage::Database::IntegrityCheck::InBackground);
    if (result.status == Status::Damaged) {
        if (!confirmNewDatabase(result.message, result.detail))
            return false;
        result = m_database->open();
    }
    if (!result.ok()) {
        QMessageBox::critical(nullptr, tr("Sportello cannot start"), result.message);
        return false;
    }
    watchIntegrity();
    return true;
}

bool Startup::confirmNewDatabase(const QString &message, const QString &detail)
{
    QMessageBox box(QMessageBox::Warning, tr("Damaged database"),
                    tr("%1\n\nCreate a new, empty database now? Until technical support recovers the old "
                       "file, its records will not be visible.")
                        .arg(message));
    box.setDetailedText(detail);
    QPushButton *create = box.addButton(tr("&Create new database"), QMessageBox::AcceptRole);
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == create;
}

void Startup::watchIntegrity()
{
    auto *watcher = new QFutureWatcher<Storage::IntegrityVerdict>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!watcher->result().intact)
            onDamageFoundInUse();
    });
    watcher->setFuture(m_database->integrityCheck());
}

void Startup::onDamageFoundInUse()
{
    // This may run inside the event loop of an open dialog (a form being typed, a message box):
    // close the dialogs, let their loops unwind, and delete the windows only when control is back
    // where deleteLater() was called. Nothing was written meanwhile: writes wait for the verdict.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(widget);
            dialog && dialog->isVisible() && dialog != m_wizard)
            dialog->done(QDialog::Rejected);
    }
    for (QWidget *window : {static_cast<QWidget *>(m_mainWindow), static_cast<QWidget *>(m_wizard)}) {
        if (window) {
            window->hide();
            window->deleteLater();
        }
    }
    QTimer::singleShot(0, this, &Startup::replaceDamagedDatabase);
}

void Startup::replaceDamagedDatabase()
{
    const Storage::OpenResult result = m_database->quarantineDamaged();
    if (result.status != Storage::OpenResult::Status::Damaged) {
        QMessageBox::critical(nullptr, tr("Sportello cannot go on"), result.message);
        emit cancelled();
        return;
    }
    const QString message =
        tr("%1\nA record being typed when this was found has not been saved.").arg(result.message);
    if (!confirmNewDatabase(message, result.detail)) {
        emit cancelled();
        return;
    }
    if (const Storage::OpenResult reopened = m_database->open(); !reopened.ok()) {
        QMessageBox::critical(nullptr, tr("Sportello cannot go on"), reopened.message);
        emit cancelled();
        return;
    }
    showFirstWindow();
}

void Startup::showFirstWindow()
{
    bool officeSet = false;
    bool needsAdministrator = true;
    try {
        officeSet = Storage::OfficeRepository(*m_database).localOffice().has_value();
        needsAdministrator = Storage::AccountRepository(*m_database, {}).isEmpty();
    } catch (const Storage::StorageError &error) {
        QMessageBox::critical(nullptr, tr("Sportello cannot start"), error.message());
        emit cancelled();
        return;
    }
    if (officeSet && !needsAdministrator && !m_settings.deviceName().isEmpty()) {
        showMainWindow();
        return;
    }
    m_wizard = new FirstRunWizard(*m_database, m_settings, officeSet, needsAdministrator);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::accepted, this, &Startup::showMainWindow);
    connect(m_wizard, &QWizard::rejected, this, &Startup::cancelled);
    m_wizard->show();
}

void Startup::showMainWindow()
{
    std::optional<Storage::LocalOffice> office;
    try {
        office = Storage::OfficeRepository(*m_database).localOffice();
    } catch (const Storage::StorageError &error) {
        QMessageBox::critical(nullptr, tr("Sportello cannot start"), error.message());
    }
    if (!office) {
        emit cancelled();
        return;
    }
    m_mainWindow =
        new MainWindow(*m_database, *office, m_settings, std::make_unique<Security::KeychainSecretStore>());
    m_mainWindow->show();
}

} // namespace Sportello::Ui
