// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QDateTime>
#include <QString>

class QPainter;
class QRectF;

namespace Sportello::Domain::Queue {
struct Ticket;
struct Service;
} // namespace Sportello::Domain::Queue

namespace Sportello::Storage {
struct LocalOffice;
}

// The paper ticket a citizen takes at reception: what it says, how it is drawn (for an 80 mm
// thermal roll, 72 mm printable) and the same as a PDF where there is no printer.
namespace Sportello::Documents {

struct TicketSlip {
    QString comuneName;
    QString branchName;
    QString serviceName;
    QString code;       // "A 12"
    QString priority;   // translated title, empty for none
    QDateTime issuedAt; // UTC, shown in local time
    int peopleAhead = 0;
    int estimatedMinutes = 0;
    QString closesNote; // optional, e.g. "L'ufficio chiude alle 12:30"
};

// closesNote is left empty: the caller knows today's opening hours.
TicketSlip slipFor(const Domain::Queue::Ticket &ticket, const Domain::Queue::Service &service,
                   const Storage::LocalOffice &office);

// Draws the ticket inside `area`, black on white, every size relative to the area's width (so it
// is the same on a thermal roll, on A6 or on A4). When the text would not fit the area's height
// everything is made smaller until it does. The painter's state is restored afterwards.
void renderTicket(QPainter &painter, const QRectF &area, const TicketSlip &slip);

// Page of the PDF ticket, in millimetres: an 80 mm roll, 4 mm margins (72 mm printable).
constexpr double ticketPageWidthMm = 80;
constexpr double ticketPageHeightMm = 120;
constexpr double ticketMarginMm = 4;

// Writes the ticket as a one-page PDF at `path`, atomically: the file appears complete or not at
// all, and a file already there stays as it was on failure. Returns an empty string on success,
// otherwise the reason (translated).
QString writeTicketPdf(const TicketSlip &slip, const QString &path);

} // namespace Sportello::Documents
