// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "documents/ticketslip.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Sportello::Ui {

// Puts a reception ticket on paper: on a printer known to the system (an 80 mm thermal roll
// driven by CUPS, usually), or as a PDF in a folder where there is no printer, or nowhere.
class TicketPrinter {
    Q_DECLARE_TR_FUNCTIONS(Sportello::Ui::TicketPrinter)
public:
    struct Target {
        enum Kind { None, Printer, PdfFolder } kind = None;
        QString printerName; // Printer
        QString folder;      // PdfFolder, made when missing
        // Who changes the ticket settings and where, for the messages: "An Amministratore …".
        QString whereToChange;
    };

    explicit TicketPrinter(Target target);

    // Empty on success (and always for None), otherwise what went wrong (translated), for the
    // receptionist: the printer is unknown or not ready, the folder cannot be made or written.
    QString print(const Documents::TicketSlip &slip) const;

    // The file name of a ticket saved as PDF: biglietto-<yyyyMMdd-hhmmss>-<code without spaces>.pdf,
    // with the local time of issue.
    static QString pdfFileName(const Documents::TicketSlip &slip);
    // The printers the system knows, for the settings screen.
    static QStringList printerNames();

private:
    QString printOnPrinter(const Documents::TicketSlip &slip) const;
    QString saveInFolder(const Documents::TicketSlip &slip) const;

    Target m_target;
};

} // namespace Sportello::Ui
