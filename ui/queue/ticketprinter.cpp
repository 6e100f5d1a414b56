// SPDX-License-Identifier: EUPL-1.2
#include "queue/ticketprinter.h"

#include "domain/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace Sportello::Ui {

TicketPrinter::TicketPrinter(Target target)
    : m_target(std::move(target))
{}

QString TicketPrinter::print(const Documents::TicketSlip &slip) const
{
    switch (m_target.kind) {
    case Target::None:
        return {};
    case Target::Printer:
        return printOnPrinter(slip);
    case Target::PdfFolder:
        return saveInFolder(slip);
    }
    return {};
}

QString TicketPrinter::pdfFileName(const Documents::TicketSlip &slip)
{
    const QDateTime issued = slip.issuedAt.isValid() ? slip.issuedAt : Clock::nowUtc();
    QString code;
    for (const QChar c : slip.code) {
        // Only what is safe in a file name on every system: "A 12" becomes "A12".
        if (c.isLetterOrNumber() && c.unicode() < 128)
            code.append(c);
    }
    if (code.isEmpty())
        code = QStringLiteral("0");
    return QStringLiteral("biglietto-%1-%2.pdf")
        .arg(issued.toLocalTime().toString(QStringLiteral("yyyyMMdd-hhmmss")), code);
}

QStringList TicketPrinter::printerNames()
{
    return QPrinterInfo::availablePrinterNames();
}

QString TicketPrinter::printOnPrinter(const Documents::TicketSlip &slip) const
{
    if (m_target.printerName.isEmpty())
        return tr("No ticket printer is chosen. %1").arg(m_target.whereToChange);
    const QPrinterInfo info = QPrinterInfo::printerInfo(m_target.printerName);
    if (info.isNull())
        return tr("The ticket printer \"%1\" was not found. Check that it is switched on and connected. %2")
            .arg(m_target.printerName, m_target.whereToChange);
    if (info.state() == QPrinter::Error)
        return tr("The ticket printer \"%1\" is not ready (out of paper, or in error). Check it and "
                  "print the ticket again.")
            .arg(m_target.printerName);

    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(tr("Ticket %1").arg(slip.code));
    printer.setColorMode(QPrinter::GrayScale);
    // The roll's own size: most CUPS drivers of thermal printers accept a custom page, and cut
    // after it.
    printer.setPageSize(QPageSize(QSizeF(Documents::ticketPageWidthMm, Documents::ticketPageHeightMm),
                                  QPageSize::Millimeter, QStringLiteral("Ticket 80x120mm"),
                                  QPageSize::ExactMatch));
    const double margin = Documents::ticketMarginMm;
    printer.setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);

    QPainter painter;
    if (!painter.begin(&printer))
        return tr("The ticket printer \"%1\" is not ready: the ticket could not be sent to it.")
            .arg(m_target.printerName);
    // The painter's origin is the top left corner of the printable area.
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    Documents::renderTicket(painter, QRectF(QPointF(0, 0), page.size()), slip);
    if (!painter.end())
        return tr("The ticket printer \"%1\" is not ready: the ticket could not be sent to it.")
            .arg(m_target.printerName);
    return {};
}

QString TicketPrinter::saveInFolder(const Documents::TicketSlip &slip) const
{
    // A fresh install's folder does not exist yet: the first ticket makes it.
    if (m_target.folder.isEmpty() || !QDir().mkpath(m_target.folder))
        return tr("The folder for the tickets, \"%1\", cannot be made here. %2")
            .arg(QDir::toNativeSeparators(m_target.folder), m_target.whereToChange);
    if (!QFileInfo(m_target.folder).isWritable())
        return tr("The tickets cannot be saved in the folder \"%1\": it is not writable. %2")
            .arg(QDir::toNativeSeparators(m_target.folder), m_target.whereToChange);
    // A ticket printed again is a file of its own: biglietto-…-A12-2.pdf.
    const QDir folder(m_target.folder);
    QString name = pdfFileName(slip);
    for (int copy = 2; QFileInfo::exists(folder.filePath(name)); ++copy)
        name = pdfFileName(slip).replace(QStringLiteral(".pdf"), QStringLiteral("-%1.pdf").arg(copy));
    return Documents::writeTicketPdf(slip, folder.filePath(name));
}

} // namespace Sportello::Ui
