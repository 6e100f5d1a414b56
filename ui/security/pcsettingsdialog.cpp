// SPDX-License-Identifier: EUPL-1.2
#include "security/pcsettingsdialog.h"

#include "config/appsettings.h"
#include "formwidgets.h"
#include "queue/ticketprinter.h"
#include "taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Sportello::Ui {

namespace {
const QString lockMinutes = QStringLiteral("lockMinutes");
const QString ticketOutput = QStringLiteral("ticketOutput");
const QString ticketPrinter = QStringLiteral("ticketPrinter");
const QString ticketFolder = QStringLiteral("ticketFolder");
const QString announceBySpeech = QStringLiteral("announceBySpeech");
} // namespace

PcSettingsDialog::PcSettingsDialog(const Config::AppSettings &settings, bool speechAvailable, QWidget *parent)
    : FormDialog(parent)
{
    setWindowTitle(tr("Settings of this PC"));
    setAccessibleName(windowTitle());
    auto *form = new QFormLayout(this);
    m_minutes = new QSpinBox(this);
    m_minutes->setAccessibleName(tr("Minutes before locking"));
    m_minutes->setRange(1, Config::AppSettings::maxLockMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(settings.lockMinutes());
    form->addRow(tr("&Lock after this time without input:"), m_minutes);
    using Output = Config::AppSettings::TicketOutput;
    m_output = new QComboBox(this);
    m_output->setAccessibleName(tr("Tickets issued at reception"));
    m_output->addItem(tr("Saved as PDF in a folder"), int(Output::PdfFolder));
    m_output->addItem(tr("Printed"), int(Output::Printer));
    m_output->addItem(tr("Not printed"), int(Output::None));
    m_output->setCurrentIndex(m_output->findData(int(settings.ticketOutput())));
    form->addRow(tr("&Tickets:"), m_output);
    m_printer = new QComboBox(this);
    m_printer->setAccessibleName(tr("Ticket printer"));
    m_printer->addItems(TicketPrinter::printerNames());
    m_printer->setEditable(true);
    m_printer->setCurrentText(settings.ticketPrinter());
    form->addRow(tr("&Printer:"), m_printer);
    m_folder = lineEdit(this, tr("Folder for ticket PDFs"), 500);
    m_folder->setText(settings.ticketFolder());
    form->addRow(tr("PDF &folder:"), m_folder);
    m_speech = new QCheckBox(tr("The call display &speaks the number called"), this);
    m_speech->setAccessibleName(tr("Spoken announcements"));
    m_speech->setChecked(settings.announceBySpeech());
    if (!speechAvailable)
        m_speech->setToolTip(tr("No speech engine on this PC: only the chime sounds."));
    form->addRow(m_speech);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_before = {{lockMinutes, settings.lockMinutes()},
                {ticketOutput, int(settings.ticketOutput())},
                {ticketPrinter, settings.ticketPrinter()},
                {ticketFolder, settings.ticketFolder()},
                {announceBySpeech, settings.announceBySpeech()}};
    followLayoutOrder(this);
    markSaved();
}

QJsonObject PcSettingsDialog::values() const
{
    return {{lockMinutes, m_minutes->value()},
            {ticketOutput, m_output->currentData().toInt()},
            {ticketPrinter, m_printer->currentText().trimmed()},
            {ticketFolder, m_folder->text().trimmed()},
            {announceBySpeech, m_speech->isChecked()}};
}

QJsonObject PcSettingsDialog::changes() const
{
    const QJsonObject after = values();
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (m_before.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), m_before.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    }
    return changes;
}

void PcSettingsDialog::applyTo(Config::AppSettings &settings) const
{
    settings.setLockMinutes(m_minutes->value());
    settings.setTicketOutput(Config::AppSettings::TicketOutput(m_output->currentData().toInt()));
    settings.setTicketPrinter(m_printer->currentText().trimmed());
    settings.setTicketFolder(m_folder->text().trimmed());
    settings.setAnnounceBySpeech(m_speech->isChecked());
    settings.sync();
}

} // namespace Sportello::Ui
