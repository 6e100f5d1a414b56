// SPDX-License-Identifier: EUPL-1.2
// The reception ticket (documents/ticketslip.h) and its printer (ui/queue/ticketprinter.h): the
// slip made from a ticket, the PDF's bytes and text (read back with poppler's pdftotext where it is
// installed) in Italian, the plural forms, failures that leave no file behind, the drawing on an
// 80 mm roll (a screenshot to look at), and the printer's targets.
#include "documents/ticketslip.h"
#include "domain/queue.h"
#include "queue/ticketprinter.h"
#include "storage/officerepository.h"
#include "testsupport.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sportello;
using Documents::TicketSlip;
using Ui::TicketPrinter;

namespace {

QString translated(const char *source, int n = -1)
{
    return QCoreApplication::translate("Sportello::Documents::TicketSlip", source, nullptr, n);
}

TicketSlip sample()
{
    TicketSlip slip;
    slip.comuneName = QStringLiteral("Comune di Borgo San Lorenzo");
    slip.branchName = QStringLiteral("Sede centrale – Piazza Dante 2");
    slip.serviceName = QStringLiteral("Anagrafe e stato civile");
    slip.code = QStringLiteral("A 12");
    slip.issuedAt = QDateTime(QDate(2026, 3, 9), QTime(10, 7, 42)).toUTC(); // local 10:07
    slip.peopleAhead = 3;
    slip.estimatedMinutes = 25;
    return slip;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The PDF's text with runs of white space made one space; a null string when pdftotext is missing.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(process.readAllStandardError());
    // Compatibility form: the PDF's "ffi" ligature reads back as the three letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// Whether files can be made in a folder whose write permission is removed (they can by root, for
// whom permissions do not apply).
bool permissionsApply(const QString &folder)
{
    QFile probe(QDir(folder).filePath(QStringLiteral("probe")));
    if (!probe.open(QIODevice::WriteOnly))
        return true;
    probe.remove();
    return false;
}

// The ticket drawn as a thermal printer of 203 dpi prints it: 80 x 120 mm, 72 mm printable.
QImage ticketImage(const TicketSlip &slip)
{
    QImage image(640, 960, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    Documents::renderTicket(painter, QRectF(32, 32, 576, 896), slip);
    painter.end();
    return image;
}

// The lowest row of `image` with a dark pixel, or -1.
int lowestInkRow(const QImage &image)
{
    for (int y = image.height() - 1; y >= 0; --y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                return y;
        }
    }
    return -1;
}

} // namespace

class TestTicketSlip : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
    }

    void slipForTakesTheTicketServiceAndOffice()
    {
        Domain::Queue::Ticket ticket;
        ticket.prefix = QStringLiteral("B");
        ticket.number = 1007;
        ticket.priority = Domain::Queue::Priority::Over75;
        ticket.issuedAt = QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC);
        ticket.peopleAhead = 4;
        ticket.estimatedMinutes = 18;
        Domain::Queue::Service service;
        service.name = QStringLiteral("Tributi");
        Storage::LocalOffice office;
        office.comuneName = QStringLiteral("Comune di Prova");
        office.branchName = QStringLiteral("Sede centrale");

        TicketSlip slip = Documents::slipFor(ticket, service, office);
        QCOMPARE(slip.code, QStringLiteral("B 1007"));
        QCOMPARE(slip.serviceName, QStringLiteral("Tributi"));
        QCOMPARE(slip.comuneName, QStringLiteral("Comune di Prova"));
        QCOMPARE(slip.branchName, QStringLiteral("Sede centrale"));
        QCOMPARE(slip.priority, Domain::Queue::priorityTitle(Domain::Queue::Priority::Over75));
        QCOMPARE(slip.issuedAt, ticket.issuedAt);
        QCOMPARE(slip.peopleAhead, 4);
        QCOMPARE(slip.estimatedMinutes, 18);
        QVERIFY(slip.closesNote.isEmpty());

        ticket.priority = Domain::Queue::Priority::None;
        slip = Documents::slipFor(ticket, service, office);
        QVERIFY(slip.priority.isEmpty());
    }

    void pdfIsCompleteAndSaysWhatTheTicketSays()
    {
        const QString path = m_dir.filePath(QStringLiteral("ticket.pdf"));
        QCOMPARE(Documents::writeTicketPdf(sample(), path), QString());
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("ticket.pdf")});
        // For a person to look at, beside the screenshots.
        const QString copy = Test::outputPath(QStringLiteral("ticket-01.pdf"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(path, copy));

        const QString text = pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("A 12")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Anagrafe e stato civile")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Comune di Borgo San Lorenzo")), qPrintable(text));
        QVERIFY2(text.contains(translated("People ahead of you: %n", 3)), qPrintable(text));
        QVERIFY2(text.contains(translated("Estimated wait: about %n minutes", 25)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3")) && text.contains(QStringLiteral("25")), qPrintable(text));
        const QString issued = sample().issuedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy hh:mm"));
        QVERIFY2(text.contains(issued), qPrintable(text));
        QVERIFY2(!text.contains(translated("You are next")), qPrintable(text));
    }

    void pdfPageIsTheRollsSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("size.pdf"));
        QCOMPARE(Documents::writeTicketPdf(sample(), path), QString());
        // 80 x 120 mm in PostScript points (1/72 inch).
        static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(readAll(path)));
        QVERIFY(match.hasMatch());
        QVERIFY(qAbs(match.captured(1).toDouble() - 80 / 25.4 * 72) < 1.5);
        QVERIFY(qAbs(match.captured(2).toDouble() - 120 / 25.4 * 72) < 1.5);
    }

    void pluralForms_data()
    {
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("minutes");
        QTest::newRow("one person, one minute") << 1 << 1;
        QTest::newRow("two people, two minutes") << 2 << 2;
    }

    void pluralForms()
    {
        QFETCH(int, people);
        QFETCH(int, minutes);
        TicketSlip slip = sample();
        slip.peopleAhead = people;
        slip.estimatedMinutes = minutes;
        const QString path = m_dir.filePath(QStringLiteral("plural-%1.pdf").arg(people));
        QCOMPARE(Documents::writeTicketPdf(slip, path), QString());
        const QString text = pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString ahead = translated("People ahead of you: %n", people);
        const QString wait = translated("Estimated wait: about %n minutes", minutes);
        QVERIFY(ahead.contains(QString::number(people)));
        QVERIFY(wait.contains(QString::number(minutes)));
        QVERIFY2(text.contains(ahead), qPrintable(text));
        QVERIFY2(text.contains(wait), qPrintable(text));
    }

    void nobodyAheadSaysYouAreNext()
    {
        TicketSlip slip = sample();
        slip.peopleAhead = 0;
        slip.estimatedMinutes = 0;
        slip.priority = Domain::Queue::priorityTitle(Domain::Queue::Priority::Pregnancy);
        slip.closesNote = QStringLiteral("L'ufficio chiude alle 12:30");
        const QString path = m_dir.filePath(QStringLiteral("next.pdf"));
        QCOMPARE(Documents::writeTicketPdf(slip, path), QString());
        const QString text = pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(translated("You are next")), qPrintable(text));
        QVERIFY2(text.contains(slip.priority), qPrintable(text));
        QVERIFY2(text.contains(slip.closesNote), qPrintable(text));
        QVERIFY2(!text.contains(translated("People ahead of you: %n", 0)), qPrintable(text));
    }

    void missingFolderGivesAMessageAndNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/ticket.pdf"));
        const QString problem = Documents::writeTicketPdf(sample(), path);
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(QDir::toNativeSeparators(path)), qPrintable(problem));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));

        // A "folder" that is a file fails the same way, even for root.
        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(!Documents::writeTicketPdf(sample(), file + QStringLiteral("/ticket.pdf")).isEmpty());
        QCOMPARE(QFileInfo(file).size(), 0);
    }

    void readOnlyFolderLeavesNoPartialFile()
    {
        QTemporaryDir dir;
        const QString earlier = dir.filePath(QStringLiteral("earlier.pdf"));
        QFile file(earlier);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier ticket");
        file.close();
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const bool apply = permissionsApply(dir.path());
        if (apply) {
            const QString fresh = dir.filePath(QStringLiteral("ticket.pdf"));
            QVERIFY(!Documents::writeTicketPdf(sample(), fresh).isEmpty());
            // Over a file already there: it stays as it was.
            QVERIFY(!Documents::writeTicketPdf(sample(), earlier).isEmpty());
            QCOMPARE(readAll(earlier), QByteArray("earlier ticket"));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                     QStringList{QStringLiteral("earlier.pdf")});

            // The printer says so before trying.
            TicketPrinter printer({TicketPrinter::Target::PdfFolder, {}, dir.path(), {}});
            const QString problem = printer.print(sample());
            QVERIFY2(problem.contains(QDir::toNativeSeparators(dir.path())), qPrintable(problem));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                     QStringList{QStringLiteral("earlier.pdf")});
        }
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        if (!apply)
            QSKIP("running as root: folder permissions do not apply");
    }

    void ticketOnTheRoll()
    {
        const QImage image = ticketImage(sample());
        const QString path = Test::outputPath(QStringLiteral("screenshots/ticket-01.png"));
        QVERIFY(image.save(path));
        // The text stays on the paper, inside the margins, black on white.
        const int lowest = lowestInkRow(image);
        QVERIFY(lowest > 480);
        QVERIFY(lowest < 960 - 32);
        for (int y = 0; y < image.height(); ++y) {
            for (int x : {0, 31, 609, 639})
                QCOMPARE(qGray(image.pixel(x, y)), 255);
            for (int x = 0; x < image.width(); x += 7) {
                const QRgb pixel = image.pixel(x, y);
                QVERIFY(qRed(pixel) == qGreen(pixel) && qGreen(pixel) == qBlue(pixel));
            }
        }

        // Long names, a priority and the closing time still fit: the type gets smaller.
        TicketSlip crowded = sample();
        crowded.comuneName =
            QStringLiteral("Comune di San Giovanni in Persiceto e Unione dei Comuni di Terred'acqua");
        crowded.branchName =
            QStringLiteral("Sportello polifunzionale della frazione di San Matteo della Decima");
        crowded.serviceName = QStringLiteral("Carta d'identità elettronica e cambi di residenza");
        crowded.code = QStringLiteral("C 1012");
        crowded.priority = Domain::Queue::priorityTitle(Domain::Queue::Priority::Disability);
        crowded.closesNote = QStringLiteral("L'ufficio chiude alle 12:30: potrebbe non essere servito oggi");
        crowded.peopleAhead = 14;
        crowded.estimatedMinutes = 95;
        const QImage full = ticketImage(crowded);
        QVERIFY(full.save(Test::outputPath(QStringLiteral("screenshots/ticket-02.png"))));
        QVERIFY(lowestInkRow(full) < 960 - 32);
    }

    void printerSavesPdfInTheFolder()
    {
        QTemporaryDir dir;
        TicketPrinter printer({TicketPrinter::Target::PdfFolder, {}, dir.path(), {}});
        const TicketSlip slip = sample();
        QCOMPARE(printer.print(slip), QString());
        const QString name =
            QStringLiteral("biglietto-%1-A12.pdf")
                .arg(slip.issuedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-hhmmss")));
        QCOMPARE(TicketPrinter::pdfFileName(slip), name);
        QVERIFY(
            QRegularExpression(QStringLiteral("^biglietto-\\d{8}-\\d{6}-A12\\.pdf$")).match(name).hasMatch());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name});
        QVERIFY(readAll(dir.filePath(name)).startsWith("%PDF-"));

        // A fresh install's folder does not exist yet: the first ticket makes it, parents included.
        const QString fresh = dir.filePath(QStringLiteral("Documenti/Biglietti Sportello"));
        TicketPrinter first({TicketPrinter::Target::PdfFolder, {}, fresh, {}});
        QCOMPARE(first.print(slip), QString());
        QCOMPARE(QDir(fresh).entryList(QDir::Files), QStringList{name});
    }

    void aFolderThatCannotBeMadeSaysWhoChangesIt()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("un-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString where = QStringLiteral("Lo cambia chi ha il ruolo Amministratore.");
        const QString inside = dir.filePath(QStringLiteral("un-file/biglietti"));
        TicketPrinter printer({TicketPrinter::Target::PdfFolder, {}, inside, where});
        const QString problem = printer.print(sample());
        QVERIFY2(problem.contains(QDir::toNativeSeparators(inside)), qPrintable(problem));
        QVERIFY2(problem.endsWith(where), qPrintable(problem));
    }

    void unknownPrinterGivesAClearMessage()
    {
        const QString name = QStringLiteral("Stampante-che-non-esiste-42");
        QVERIFY(!TicketPrinter::printerNames().contains(name));
        TicketPrinter printer({TicketPrinter::Target::Printer, name, {}, {}});
        const QString problem = printer.print(sample());
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(name), qPrintable(problem));

        TicketPrinter unnamed({TicketPrinter::Target::Printer, {}, {}, {}});
        QVERIFY(!unnamed.print(sample()).isEmpty());
    }

    void noTargetDoesNothing()
    {
        TicketPrinter printer({TicketPrinter::Target::None, {}, {}, {}});
        QCOMPARE(printer.print(sample()), QString());
    }
};

QTEST_MAIN(TestTicketSlip)
#include "tst_ticketslip.moc"
