// SPDX-License-Identifier: EUPL-1.2
#include "documents/ticketslip.h"

#include "domain/queue.h"
#include "storage/officerepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Sportello::Documents {

namespace {

// One piece of the ticket, top to bottom. Sizes are fractions of the area's width.
struct Block {
    enum Kind { Text, Rule, Boxed } kind = Text;
    QString text;
    double size = 0.05; // font pixel size
    bool bold = false;
    bool oneLine = false; // shrunk until it fits one line, rather than wrapped
    double gapAfter = 0.02;
};

// A plain sans serif that every Linux office PC has (fonts-dejavu-core is a dependency); thermal
// printers render it crisply at small sizes.
QFont ticketFont(double pixelSize, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Noto Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

// Lays the blocks out from the top of `area` with every size multiplied by `scale`; draws them
// when `draw`. Returns the height used.
double layOut(QPainter &painter, const QRectF &area, const QList<Block> &blocks, double scale, bool draw)
{
    const double width = area.width();
    const double unit = width * scale;
    double y = area.top();
    for (const Block &block : blocks) {
        if (block.kind == Block::Rule) {
            const double thickness = qMax(1.0, 0.004 * unit);
            if (draw)
                painter.fillRect(QRectF(area.left(), y, width, thickness), Qt::black);
            y += thickness + block.gapAfter * unit;
            continue;
        }
        const double padding = block.kind == Block::Boxed ? 0.02 * unit : 0.0;
        const double border = block.kind == Block::Boxed ? qMax(1.0, 0.006 * unit) : 0.0;
        const double textWidth = width - 2 * (padding + border);
        QFont font = ticketFont(block.size * unit, block.bold);
        int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        if (block.oneLine) {
            // Smaller rather than broken: "A 1012" or a long wait must stay one line.
            const double smallest = block.size * unit * 0.5;
            while (QFontMetricsF(font, painter.device()).horizontalAdvance(block.text) > textWidth &&
                   font.pixelSize() > smallest && font.pixelSize() > 1)
                font.setPixelSize(qMax(1, int(font.pixelSize() * 0.92)));
        }
        const QFontMetricsF metrics(font, painter.device());
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, textWidth, 1e6), flags, block.text);
        const QRectF textRect(area.left() + padding + border, y + padding + border, textWidth,
                              bounds.height());
        if (draw) {
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(textRect, flags, block.text);
            if (block.kind == Block::Boxed) {
                // The box hugs the text, centred, so that the priority stands out on the roll.
                const double boxWidth = qMin(width, bounds.width() + 2 * (padding + border));
                QPen pen(Qt::black, border);
                pen.setJoinStyle(Qt::MiterJoin);
                painter.setPen(pen);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRectF(area.left() + (width - boxWidth) / 2 + border / 2, y + border / 2,
                                        boxWidth - border, bounds.height() + 2 * padding + border));
            }
        }
        y += bounds.height() + 2 * (padding + border) + block.gapAfter * unit;
    }
    return y - area.top();
}

QList<Block> blocksOf(const TicketSlip &slip)
{
    QList<Block> blocks;
    auto add = [&blocks](const QString &text, double size, bool bold, bool oneLine, double gapAfter) {
        if (!text.trimmed().isEmpty())
            blocks.append({Block::Text, text, size, bold, oneLine, gapAfter});
    };
    add(slip.comuneName, 0.062, true, false, 0.008);
    add(slip.branchName, 0.05, false, false, 0.03);
    blocks.append({Block::Rule, {}, 0, false, false, 0.035});
    add(slip.serviceName, 0.075, true, false, 0.005);
    // The number, as large as the roll allows: it is read from a metre away on the monitor's cue.
    add(slip.code, 0.33, true, true, 0.03);
    if (!slip.priority.trimmed().isEmpty())
        blocks.append({Block::Boxed, slip.priority, 0.055, true, false, 0.035});
    blocks.append({Block::Rule, {}, 0, false, false, 0.035});
    if (slip.peopleAhead > 0) {
        add(QCoreApplication::translate("Sportello::Documents::TicketSlip", "People ahead of you: %n",
                                        nullptr, slip.peopleAhead),
            0.058, false, true, 0.012);
        // A plain variable as the count: lupdate 6.4 hangs on some expressions there.
        const int minutes = qMax(1, slip.estimatedMinutes);
        add(QCoreApplication::translate("Sportello::Documents::TicketSlip",
                                        "Estimated wait: about %n minutes", nullptr, minutes),
            0.058, true, true, 0.03);
    } else {
        add(QCoreApplication::translate("Sportello::Documents::TicketSlip", "You are next"), 0.065, true,
            false, 0.03);
    }
    add(slip.closesNote, 0.045, false, false, 0.025);
    if (slip.issuedAt.isValid())
        add(slip.issuedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy hh:mm")), 0.048, false, true,
            0.035);
    add(QCoreApplication::translate("Sportello::Documents::TicketSlip",
                                    "Keep this ticket: your number will be shown on the screen"),
        0.04, false, false, 0);
    return blocks;
}

} // namespace

TicketSlip slipFor(const Domain::Queue::Ticket &ticket, const Domain::Queue::Service &service,
                   const Storage::LocalOffice &office)
{
    TicketSlip slip;
    slip.comuneName = office.comuneName;
    slip.branchName = office.branchName;
    slip.serviceName = service.name;
    slip.code = ticket.code();
    if (ticket.priority != Domain::Queue::Priority::None)
        slip.priority = Domain::Queue::priorityTitle(ticket.priority);
    slip.issuedAt = ticket.issuedAt;
    slip.peopleAhead = ticket.peopleAhead;
    slip.estimatedMinutes = ticket.estimatedMinutes;
    return slip;
}

void renderTicket(QPainter &painter, const QRectF &area, const TicketSlip &slip)
{
    if (area.width() <= 0 || area.height() <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QList<Block> blocks = blocksOf(slip);
    // Smaller type (and so fewer wrapped lines) until it fits the page; a few rounds suffice.
    double scale = 1.0;
    for (int round = 0; round < 6; ++round) {
        const double height = layOut(painter, area, blocks, scale, false);
        if (height <= area.height())
            break;
        scale *= area.height() / height * 0.98;
    }
    layOut(painter, area, blocks, scale, true);
    painter.restore();
}

QString writeTicketPdf(const TicketSlip &slip, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    // Drawn in memory first: QPdfWriter would close the device itself, which a QSaveFile refuses.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Sportello"));
        writer.setTitle(
            QCoreApplication::translate("Sportello::Documents::TicketSlip", "Ticket %1").arg(slip.code));
        writer.setPageSize(QPageSize(QSizeF(ticketPageWidthMm, ticketPageHeightMm), QPageSize::Millimeter,
                                     QStringLiteral("Ticket 80x120mm"), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(ticketMarginMm, ticketMarginMm, ticketMarginMm, ticketMarginMm),
                              QPageLayout::Millimeter);
        QPainter painter;
        if (!painter.begin(&writer))
            return QCoreApplication::translate("Sportello::Documents::TicketSlip",
                                               "Cannot create the PDF of the ticket.");
        // The painter's origin is the top left corner inside the margins.
        const QRect paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
        renderTicket(painter, QRectF(QPointF(0, 0), QSizeF(paintRect.size())), slip);
        if (!painter.end())
            return QCoreApplication::translate("Sportello::Documents::TicketSlip",
                                               "Cannot create the PDF of the ticket.");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("Sportello::Documents::TicketSlip",
                                           "Cannot save the ticket as %1: %2")
            .arg(where, file.errorString());
    if (file.write(buffer.data()) != buffer.size() || !file.commit())
        return QCoreApplication::translate("Sportello::Documents::TicketSlip",
                                           "Cannot save the ticket as %1: %2")
            .arg(where, file.errorString());
    return {};
}

} // namespace Sportello::Documents
