// SPDX-License-Identifier: EUPL-1.2
#include "domain/openinghours.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sportello::Domain;

Q_DECLARE_METATYPE(Sportello::Domain::OpeningHours)

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDateTime at(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second));
}

TimeRange range(int openHour, int openMinute, int closeHour, int closeMinute)
{
    return TimeRange{QTime(openHour, openMinute), QTime(closeHour, closeMinute)};
}

// A valid JSON form whose Monday is `monday` (raw JSON) and whose other parts can be replaced.
QByteArray document(const QByteArray &monday = "[\"08:30-12:30\"]", const QByteArray &patron = "null",
                    const QByteArray &closedDays = "[]")
{
    return "{\"week\":[" + monday + ",[],[],[],[],[],[]],\"patron\":" + patron +
           ",\"closedDays\":" + closedDays + "}";
}

QByteArray manyStrings(int count, const QByteArray &item)
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items << "\"" + item + "\"";
    return "[" + items.join(',') + "]";
}

QByteArray consecutiveDays(int count)
{
    QByteArrayList items;
    const QDate first(2026, 1, 1);
    for (int i = 0; i < count; ++i)
        items << "\"" + first.addDays(i).toString(QStringLiteral("yyyy-MM-dd")).toLatin1() + "\"";
    return "[" + items.join(',') + "]";
}

// Closed from the 24th to the 31st of December 2026 and on the 24th of June (the patron on the 24th).
OpeningHours florentineHours()
{
    OpeningHours hours = defaultOpeningHours();
    hours.patron = PatronDay{6, 24, str("San Giovanni Battista")};
    hours.closedDays = {QDate(2026, 6, 25),  QDate(2026, 6, 26),  QDate(2026, 12, 24), QDate(2026, 12, 28),
                        QDate(2026, 12, 29), QDate(2026, 12, 30), QDate(2026, 12, 31)};
    return hours;
}

} // namespace

class TestOpeningHours : public QObject {
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void easterOnLiberationDay();
    void easterOutsideTheGregorianRange();
    void easterMondayEveryYear();
    void fixedHolidays_data();
    void fixedHolidays();
    void saintFrancisFrom2026();
    void ordinaryDays_data();
    void ordinaryDays();
    void patronDay();
    void patronOnLeapDay();
    void extraClosedDays();
    void defaultHours();
    void hoursOnClosedDays();
    void isOpenAtBoundaries_data();
    void isOpenAtBoundaries();
    void closesAt();
    void nextOpening_data();
    void nextOpening();
    void nextOpeningKeepsTheClock();
    void nextOpeningNever();
    void problems_data();
    void problems();
    void jsonForm();
    void jsonRoundTrip();
    void jsonHandWritten();
    void jsonRefused_data();
    void jsonRefused();
};

void TestOpeningHours::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    for (const QDate &date :
         {QDate(2024, 3, 31), QDate(2025, 4, 20), QDate(2026, 4, 5), QDate(2027, 3, 28), QDate(2038, 4, 25),
          QDate(2285, 3, 22), QDate(1818, 3, 22), QDate(2000, 4, 23), QDate(1583, 4, 10), QDate(1943, 4, 25),
          QDate(2008, 3, 23), QDate(2011, 4, 24), QDate(2019, 4, 21), QDate(2030, 4, 21), QDate(9999, 3, 28)})
        QTest::newRow(qPrintable(QString::number(date.year()))) << date.year() << date;
}

void TestOpeningHours::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(Sportello::Domain::easterSunday(year), easter);
    QCOMPARE(easter.dayOfWeek(), 7);
    QVERIFY(nationalHoliday(easter).startsWith(str("Easter Sunday")));
    QVERIFY(nationalHoliday(easter.addDays(1)).startsWith(str("Easter Monday")));
}

void TestOpeningHours::easterOnLiberationDay()
{
    QCOMPARE(nationalHoliday(QDate(2038, 4, 25)), str("Easter Sunday and Liberation Day"));
    QCOMPARE(nationalHoliday(QDate(2038, 4, 26)), str("Easter Monday"));
    QCOMPARE(nationalHoliday(QDate(2011, 4, 25)), str("Easter Monday and Liberation Day"));
    QCOMPARE(nationalHoliday(QDate(2011, 4, 24)), str("Easter Sunday"));
    QCOMPARE(closedReason(defaultOpeningHours(), QDate(2011, 4, 25)),
             str("Easter Monday and Liberation Day"));
}

void TestOpeningHours::easterOutsideTheGregorianRange()
{
    QVERIFY(!Sportello::Domain::easterSunday(1582).isValid());
    QVERIFY(!Sportello::Domain::easterSunday(10000).isValid());
    QVERIFY(!Sportello::Domain::easterSunday(-1).isValid());
    QVERIFY(nationalHoliday(QDate()).isEmpty());
}

void TestOpeningHours::easterMondayEveryYear()
{
    for (int year = 2024; year <= 2030; ++year) {
        const QDate monday = Sportello::Domain::easterSunday(year).addDays(1);
        QCOMPARE(monday.dayOfWeek(), 1);
        QCOMPARE(nationalHoliday(monday), str("Easter Monday"));
        QVERIFY(nationalHoliday(monday.addDays(1)).isEmpty());  // Tuesday after
        QVERIFY(nationalHoliday(monday.addDays(-2)).isEmpty()); // Holy Saturday
        QVERIFY(nationalHoliday(monday.addDays(-3)).isEmpty()); // Good Friday
    }
}

void TestOpeningHours::fixedHolidays_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("name");
    QTest::newRow("Capodanno") << 1 << 1 << str("New Year's Day");
    QTest::newRow("Epifania") << 1 << 6 << str("Epiphany");
    QTest::newRow("Liberazione") << 4 << 25 << str("Liberation Day");
    QTest::newRow("Lavoro") << 5 << 1 << str("Labour Day");
    QTest::newRow("Repubblica") << 6 << 2 << str("Republic Day");
    QTest::newRow("Ferragosto") << 8 << 15 << str("Assumption of Mary (Ferragosto)");
    QTest::newRow("Ognissanti") << 11 << 1 << str("All Saints' Day");
    QTest::newRow("Immacolata") << 12 << 8 << str("Immaculate Conception");
    QTest::newRow("Natale") << 12 << 25 << str("Christmas Day");
    QTest::newRow("Santo Stefano") << 12 << 26 << str("Saint Stephen's Day");
}

void TestOpeningHours::fixedHolidays()
{
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, name);
    for (const int year : {2024, 2025, 2026, 2027, 2031, 2100})
        QCOMPARE(nationalHoliday(QDate(year, month, day)), name);
}

void TestOpeningHours::saintFrancisFrom2026()
{
    QVERIFY(nationalHoliday(QDate(2024, 10, 4)).isEmpty());
    QVERIFY(nationalHoliday(QDate(2025, 10, 4)).isEmpty());
    QCOMPARE(nationalHoliday(QDate(2026, 10, 4)), str("Saint Francis of Assisi"));
    QCOMPARE(nationalHoliday(QDate(2027, 10, 4)), str("Saint Francis of Assisi"));
    QCOMPARE(nationalHoliday(QDate(2040, 10, 4)), str("Saint Francis of Assisi"));
    QVERIFY(nationalHoliday(QDate(2026, 10, 3)).isEmpty());
    QVERIFY(nationalHoliday(QDate(2026, 10, 5)).isEmpty());
}

void TestOpeningHours::ordinaryDays_data()
{
    QTest::addColumn<QDate>("date");
    for (const QDate &date :
         {QDate(2026, 1, 2), QDate(2026, 1, 5), QDate(2026, 1, 7), QDate(2026, 4, 7), QDate(2026, 4, 24),
          QDate(2026, 4, 26), QDate(2026, 5, 2), QDate(2026, 6, 1), QDate(2026, 8, 14), QDate(2026, 8, 16),
          QDate(2026, 11, 2), QDate(2026, 12, 7), QDate(2026, 12, 24), QDate(2026, 12, 27),
          QDate(2026, 12, 31), QDate(2026, 3, 19), QDate(2025, 2, 28), QDate(2026, 3, 8)})
        QTest::newRow(qPrintable(date.toString(Qt::ISODate))) << date;
}

void TestOpeningHours::ordinaryDays()
{
    QFETCH(QDate, date);
    QVERIFY(nationalHoliday(date).isEmpty());
    QVERIFY(closedReason(defaultOpeningHours(), date).isEmpty());
}

void TestOpeningHours::patronDay()
{
    OpeningHours hours = defaultOpeningHours();
    hours.patron = PatronDay{10, 4, str("San Petronio")};
    // Bologna: its own holiday in 2025, the national one (which wins) from 2026.
    QCOMPARE(closedReason(hours, QDate(2025, 10, 4)), str("Patron saint's day: San Petronio"));
    QCOMPARE(closedReason(hours, QDate(2026, 10, 4)), str("Saint Francis of Assisi"));
    QVERIFY(closedReason(hours, QDate(2025, 10, 3)).isEmpty());

    hours.patron = PatronDay{1, 31, str("San Geminiano")};
    for (const int year : {2025, 2026, 2027, 2030})
        QCOMPARE(closedReason(hours, QDate(year, 1, 31)), str("Patron saint's day: San Geminiano"));
    QVERIFY(hoursOn(hours, QDate(2025, 1, 31)).isEmpty()); // a Friday
    QCOMPARE(hoursOn(hours, QDate(2025, 1, 30)).size(), 2);

    hours.patron = PatronDay{1, 31, QString()};
    QCOMPARE(closedReason(hours, QDate(2026, 1, 31)), str("Patron saint's day"));
    hours.patron = PatronDay{1, 31, str("  ")};
    QCOMPARE(closedReason(hours, QDate(2026, 1, 31)), str("Patron saint's day"));
}

void TestOpeningHours::patronOnLeapDay()
{
    OpeningHours hours = defaultOpeningHours();
    hours.patron = PatronDay{2, 29, str("San Romano")};
    QVERIFY(openingHoursProblem(hours).isEmpty());
    QCOMPARE(closedReason(hours, QDate(2028, 2, 29)), str("Patron saint's day: San Romano"));
    QCOMPARE(closedReason(hours, QDate(2024, 2, 29)), str("Patron saint's day: San Romano"));
    for (const int year : {2025, 2026, 2027}) {
        QVERIFY(closedReason(hours, QDate(year, 2, 28)).isEmpty());
        QVERIFY(closedReason(hours, QDate(year, 3, 1)).isEmpty());
    }
    // 2027-03-01 is a Monday: open as usual.
    QVERIFY(isOpenAt(hours, at(2027, 3, 1, 9, 0)));
    QVERIFY(!isOpenAt(hours, at(2028, 2, 29, 9, 0))); // a Tuesday
}

void TestOpeningHours::extraClosedDays()
{
    const OpeningHours hours = florentineHours();
    QVERIFY(openingHoursProblem(hours).isEmpty());
    for (const QDate &date : hours.closedDays) {
        QCOMPARE(closedReason(hours, date), str("Extraordinary closure"));
        QVERIFY(hoursOn(hours, date).isEmpty());
        QVERIFY(!isOpenAt(hours, QDateTime(date, QTime(9, 0))));
    }
    QCOMPARE(closedReason(hours, QDate(2026, 6, 24)), str("Patron saint's day: San Giovanni Battista"));
    QCOMPARE(closedReason(hours, QDate(2026, 12, 25)), str("Christmas Day")); // the holiday's name wins
    QVERIFY(closedReason(hours, QDate(2026, 12, 23)).isEmpty());
    QVERIFY(closedReason(hours, QDate(2027, 12, 24)).isEmpty()); // the closures are of one year only
}

void TestOpeningHours::defaultHours()
{
    const OpeningHours hours = defaultOpeningHours();
    QVERIFY(openingHoursProblem(hours).isEmpty());
    const QList<TimeRange> morning{range(8, 30, 12, 30)};
    const QList<TimeRange> longDay{range(8, 30, 12, 30), range(15, 0, 17, 30)};
    QCOMPARE(hours.week[0], morning);
    QCOMPARE(hours.week[1], longDay);
    QCOMPARE(hours.week[2], morning);
    QCOMPARE(hours.week[3], longDay);
    QCOMPARE(hours.week[4], morning);
    QVERIFY(hours.week[5].isEmpty());
    QVERIFY(hours.week[6].isEmpty());
    QVERIFY(!hours.patron);
    QVERIFY(hours.closedDays.isEmpty());
}

void TestOpeningHours::hoursOnClosedDays()
{
    const OpeningHours hours = defaultOpeningHours();
    QCOMPARE(hoursOn(hours, QDate(2026, 3, 3)).size(), 2); // a Tuesday
    QVERIFY(hoursOn(hours, QDate(2026, 3, 7)).isEmpty());  // a Saturday: no hours, but not "closed"
    QVERIFY(closedReason(hours, QDate(2026, 3, 7)).isEmpty());
    QVERIFY(hoursOn(hours, QDate(2026, 6, 2)).isEmpty()); // Republic Day, a Tuesday
    QVERIFY(hoursOn(hours, QDate(2026, 4, 6)).isEmpty()); // Easter Monday
    QVERIFY(hoursOn(hours, QDate()).isEmpty());
    QVERIFY(closedReason(hours, QDate()).isEmpty());
}

void TestOpeningHours::isOpenAtBoundaries_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<bool>("open");
    // 2026-03-02 is a Monday, 2026-03-03 a Tuesday.
    QTest::newRow("Monday 08:29:59") << at(2026, 3, 2, 8, 29, 59) << false;
    QTest::newRow("Monday 08:30") << at(2026, 3, 2, 8, 30) << true;
    QTest::newRow("Monday 10:00") << at(2026, 3, 2, 10, 0) << true;
    QTest::newRow("Monday 12:29:59") << at(2026, 3, 2, 12, 29, 59) << true;
    QTest::newRow("Monday 12:30") << at(2026, 3, 2, 12, 30) << false;
    QTest::newRow("Monday 15:30") << at(2026, 3, 2, 15, 30) << false;
    QTest::newRow("Tuesday 14:59") << at(2026, 3, 3, 14, 59) << false;
    QTest::newRow("Tuesday 15:00") << at(2026, 3, 3, 15, 0) << true;
    QTest::newRow("Tuesday 17:29") << at(2026, 3, 3, 17, 29) << true;
    QTest::newRow("Tuesday 17:30") << at(2026, 3, 3, 17, 30) << false;
    QTest::newRow("Saturday 10:00") << at(2026, 3, 7, 10, 0) << false;
    QTest::newRow("Sunday 10:00") << at(2026, 3, 8, 10, 0) << false;
    QTest::newRow("midnight") << at(2026, 3, 2, 0, 0) << false;
    QTest::newRow("Republic Day") << at(2026, 6, 2, 10, 0) << false;
    QTest::newRow("Easter Monday") << at(2026, 4, 6, 10, 0) << false;
    QTest::newRow("invalid") << QDateTime() << false;
}

void TestOpeningHours::isOpenAtBoundaries()
{
    QFETCH(QDateTime, time);
    QFETCH(bool, open);
    QCOMPARE(isOpenAt(defaultOpeningHours(), time), open);
    QCOMPARE(Sportello::Domain::closesAt(defaultOpeningHours(), time).has_value(), open);
}

void TestOpeningHours::closesAt()
{
    const OpeningHours hours = defaultOpeningHours();
    QCOMPARE(Sportello::Domain::closesAt(hours, at(2026, 3, 2, 8, 30)), QTime(12, 30));
    QCOMPARE(Sportello::Domain::closesAt(hours, at(2026, 3, 2, 12, 29, 59)), QTime(12, 30));
    QCOMPARE(Sportello::Domain::closesAt(hours, at(2026, 3, 3, 16, 0)), QTime(17, 30));
    QCOMPARE(Sportello::Domain::closesAt(hours, at(2026, 3, 3, 13, 0)), std::nullopt);
    QCOMPARE(Sportello::Domain::closesAt(hours, at(2026, 3, 7, 10, 0)), std::nullopt);

    // Touching ranges: at the seam the second one holds.
    OpeningHours seamless;
    seamless.week[0] = {range(8, 0, 12, 0), range(12, 0, 14, 0)};
    QVERIFY(openingHoursProblem(seamless).isEmpty());
    QCOMPARE(Sportello::Domain::closesAt(seamless, at(2026, 3, 2, 11, 59)), QTime(12, 0));
    QCOMPARE(Sportello::Domain::closesAt(seamless, at(2026, 3, 2, 12, 0)), QTime(14, 0));
}

void TestOpeningHours::nextOpening_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("expected");
    // Default hours, with florentineHours() closures.
    QTest::newRow("before opening") << at(2026, 3, 2, 7, 0) << at(2026, 3, 2, 8, 30);
    QTest::newRow("at opening") << at(2026, 3, 2, 8, 30) << at(2026, 3, 2, 8, 30);
    QTest::newRow("open: now") << at(2026, 3, 2, 10, 15, 7) << at(2026, 3, 2, 10, 15, 7);
    QTest::newRow("at closing") << at(2026, 3, 2, 12, 30) << at(2026, 3, 3, 8, 30);
    QTest::newRow("lunch break") << at(2026, 3, 3, 13, 0) << at(2026, 3, 3, 15, 0);
    QTest::newRow("Tuesday evening") << at(2026, 3, 3, 18, 0) << at(2026, 3, 4, 8, 30);
    QTest::newRow("Friday afternoon") << at(2026, 3, 6, 13, 0) << at(2026, 3, 9, 8, 30);
    QTest::newRow("Saturday") << at(2026, 3, 7, 9, 0) << at(2026, 3, 9, 8, 30);
    QTest::newRow("Sunday late") << at(2026, 3, 8, 23, 59, 59) << at(2026, 3, 9, 8, 30);
    QTest::newRow("Good Friday to after Easter Monday") << at(2026, 4, 3, 13, 0) << at(2026, 4, 7, 8, 30);
    QTest::newRow("on Easter Monday") << at(2026, 4, 6, 9, 0) << at(2026, 4, 7, 8, 30);
    QTest::newRow("2027: Easter Monday 29 March") << at(2027, 3, 26, 12, 45) << at(2027, 3, 30, 8, 30);
    QTest::newRow("patron day and two closures") << at(2026, 6, 23, 17, 30) << at(2026, 6, 29, 8, 30);
    QTest::newRow("Christmas closures and New Year") << at(2026, 12, 23, 13, 0) << at(2027, 1, 4, 8, 30);
    QTest::newRow("Liberation Day on Saturday") << at(2026, 4, 24, 12, 30) << at(2026, 4, 27, 8, 30);
}

void TestOpeningHours::nextOpening()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, expected);
    const auto next = Sportello::Domain::nextOpening(florentineHours(), from);
    QVERIFY(next.has_value());
    QCOMPARE(*next, expected);
    QVERIFY(isOpenAt(florentineHours(), *next));
}

void TestOpeningHours::nextOpeningKeepsTheClock()
{
    const QDateTime utc(QDate(2026, 3, 6), QTime(13, 0), Qt::UTC);
    const auto next = Sportello::Domain::nextOpening(defaultOpeningHours(), utc);
    QVERIFY(next.has_value());
    QCOMPARE(next->timeSpec(), Qt::UTC);
    QCOMPARE(next->date(), QDate(2026, 3, 9));
    QCOMPARE(next->time(), QTime(8, 30));

    const QDateTime rome(QDate(2026, 3, 6), QTime(13, 0), Qt::OffsetFromUTC, 3600);
    const auto fromRome = Sportello::Domain::nextOpening(defaultOpeningHours(), rome);
    QVERIFY(fromRome.has_value());
    QCOMPARE(fromRome->offsetFromUtc(), 3600);
    QCOMPARE(fromRome->time(), QTime(8, 30));
}

void TestOpeningHours::nextOpeningNever()
{
    QCOMPARE(Sportello::Domain::nextOpening(OpeningHours{}, at(2026, 3, 2, 9, 0)), std::nullopt);
    QCOMPARE(Sportello::Domain::nextOpening(defaultOpeningHours(), QDateTime()), std::nullopt);

    // Open on Mondays only, and every Monday of a year closed: found 366 days ahead, not 367.
    OpeningHours mondays;
    mondays.week[0] = {range(9, 0, 10, 0)};
    QList<QDate> closed;
    for (QDate d(2026, 3, 2); closed.size() < 52; d = d.addDays(7))
        closed << d;
    mondays.closedDays = closed; // every Monday from 2026-03-02 to 2027-02-22
    QVERIFY(openingHoursProblem(mondays).isEmpty());
    QCOMPARE(Sportello::Domain::nextOpening(mondays, at(2026, 3, 2, 8, 0)), at(2027, 3, 1, 9, 0));
    QCOMPARE(Sportello::Domain::nextOpening(mondays, at(2026, 2, 28, 8, 0)), at(2027, 3, 1, 9, 0));
    QCOMPARE(Sportello::Domain::nextOpening(mondays, at(2026, 2, 27, 8, 0)), std::nullopt);
}

void TestOpeningHours::problems_data()
{
    QTest::addColumn<OpeningHours>("hours");
    QTest::addColumn<bool>("valid");

    const auto withMonday = [](const QList<TimeRange> &ranges) {
        OpeningHours hours;
        hours.week[0] = ranges;
        return hours;
    };
    QTest::newRow("empty week") << OpeningHours{} << true;
    QTest::newRow("touching") << withMonday({range(8, 0, 12, 0), range(12, 0, 13, 0)}) << true;
    QTest::newRow("four ranges") << withMonday({range(8, 0, 9, 0), range(10, 0, 11, 0), range(12, 0, 13, 0),
                                                range(14, 0, 15, 0)})
                                 << true;
    QTest::newRow("whole day") << withMonday({range(0, 0, 23, 59)}) << true;
    QTest::newRow("overlapping") << withMonday({range(8, 0, 12, 0), range(11, 0, 13, 0)}) << false;
    QTest::newRow("same start") << withMonday({range(8, 0, 12, 0), range(8, 0, 10, 0)}) << false;
    QTest::newRow("contained") << withMonday({range(8, 0, 12, 0), range(9, 0, 10, 0)}) << false;
    QTest::newRow("unsorted") << withMonday({range(15, 0, 17, 0), range(8, 0, 12, 0)}) << false;
    QTest::newRow("empty range") << withMonday({range(8, 30, 8, 30)}) << false;
    QTest::newRow("inverted") << withMonday({range(12, 30, 8, 30)}) << false;
    QTest::newRow("invalid time") << withMonday({TimeRange{QTime(), QTime(12, 0)}}) << false;
    QTest::newRow("seconds") << withMonday({TimeRange{QTime(8, 0, 30), QTime(12, 0)}}) << false;
    QTest::newRow("five ranges") << withMonday({range(8, 0, 9, 0), range(10, 0, 11, 0), range(12, 0, 13, 0),
                                                range(14, 0, 15, 0), range(16, 0, 17, 0)})
                                 << false;
    OpeningHours sunday;
    sunday.week[6] = {range(10, 0, 9, 0)};
    QTest::newRow("Sunday inverted") << sunday << false;

    const auto withPatron = [](int month, int day, const QString &name) {
        OpeningHours hours = defaultOpeningHours();
        hours.patron = PatronDay{month, day, name};
        return hours;
    };
    QTest::newRow("patron 29 Feb") << withPatron(2, 29, QString()) << true;
    QTest::newRow("patron 31 Dec") << withPatron(12, 31, str("San Silvestro")) << true;
    QTest::newRow("patron 30 Feb") << withPatron(2, 30, QString()) << false;
    QTest::newRow("patron 31 Apr") << withPatron(4, 31, QString()) << false;
    QTest::newRow("patron month 0") << withPatron(0, 1, QString()) << false;
    QTest::newRow("patron month 13") << withPatron(13, 1, QString()) << false;
    QTest::newRow("patron day 0") << withPatron(1, 0, QString()) << false;
    QTest::newRow("patron default") << withPatron(0, 0, QString()) << false;
    QTest::newRow("patron name 100") << withPatron(1, 1, QString(100, u'x')) << true;
    QTest::newRow("patron name 101") << withPatron(1, 1, QString(101, u'x')) << false;
    QTest::newRow("patron name control") << withPatron(1, 1, str("San\x07")) << false;
    QTest::newRow("patron name bidi") << withPatron(1, 1, str("San \u202EoinortePnaS")) << false;

    const auto withClosed = [](const QList<QDate> &days) {
        OpeningHours hours = defaultOpeningHours();
        hours.closedDays = days;
        return hours;
    };
    QTest::newRow("closed sorted") << withClosed({QDate(2026, 12, 24), QDate(2026, 12, 31)}) << true;
    QTest::newRow("closed unsorted") << withClosed({QDate(2026, 12, 31), QDate(2026, 12, 24)}) << false;
    QTest::newRow("closed twice") << withClosed({QDate(2026, 12, 24), QDate(2026, 12, 24)}) << false;
    QTest::newRow("closed invalid") << withClosed({QDate()}) << false;
    QTest::newRow("closed 1500") << withClosed({QDate(1500, 1, 1)}) << false;
    QTest::newRow("closed 10000") << withClosed({QDate(10000, 1, 1)}) << false;
    QList<QDate> many;
    for (int i = 0; i < MaxClosedDays; ++i)
        many << QDate(2026, 1, 1).addDays(i);
    QTest::newRow("closed 400") << withClosed(many) << true;
    many << many.constLast().addDays(1);
    QTest::newRow("closed 401") << withClosed(many) << false;
}

void TestOpeningHours::problems()
{
    QFETCH(OpeningHours, hours);
    QFETCH(bool, valid);
    const QString problem = openingHoursProblem(hours);
    QCOMPARE(problem.isEmpty(), valid);
    // Valid hours survive the JSON form; invalid ones are refused when they come back.
    const auto parsed = openingHoursFromJson(toJson(hours));
    if (valid) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.value(), hours);
    } else if (!parsed.ok()) {
        QVERIFY(!parsed.error().isEmpty());
    } else {
        // Only what the JSON form cannot carry (an invalid time or date, seconds) may come back valid.
        QVERIFY(openingHoursProblem(parsed.value()).isEmpty());
        QVERIFY(parsed.value() != hours);
    }
}

void TestOpeningHours::jsonForm()
{
    OpeningHours hours = defaultOpeningHours();
    QCOMPARE(QJsonDocument(toJson(hours)).toJson(QJsonDocument::Compact),
             QByteArray("{\"closedDays\":[],\"patron\":null,\"week\":[[\"08:30-12:30\"],"
                        "[\"08:30-12:30\",\"15:00-17:30\"],[\"08:30-12:30\"],"
                        "[\"08:30-12:30\",\"15:00-17:30\"],[\"08:30-12:30\"],[],[]]}"));
    hours.patron = PatronDay{10, 4, str("San Petronio")};
    hours.closedDays = {QDate(2026, 12, 24), QDate(2027, 1, 2)};
    const QJsonObject json = toJson(hours);
    QCOMPARE(json.value(QStringLiteral("patron")).toObject(),
             (QJsonObject{{QStringLiteral("month"), 10},
                          {QStringLiteral("day"), 4},
                          {QStringLiteral("name"), str("San Petronio")}}));
    QCOMPARE(json.value(QStringLiteral("closedDays")).toArray(),
             (QJsonArray{str("2026-12-24"), str("2027-01-02")}));
}

void TestOpeningHours::jsonRoundTrip()
{
    OpeningHours hours = florentineHours();
    hours.week[5] = {range(0, 0, 0, 1), range(9, 5, 9, 6), range(12, 0, 13, 0), range(22, 0, 23, 59)};
    hours.patron->name = str("Sant'Agata — «patrona» di Catania");
    for (const OpeningHours &value : {OpeningHours{}, defaultOpeningHours(), hours}) {
        QVERIFY(openingHoursProblem(value).isEmpty());
        const auto parsed = openingHoursFromJson(toJson(value));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.value(), value);
        // And through the bytes that are stored and synced.
        const QByteArray bytes = QJsonDocument(toJson(value)).toJson();
        const auto again = openingHoursFromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), value);
    }
}

void TestOpeningHours::jsonHandWritten()
{
    const QByteArray text =
        R"({"version": 2, "week": [["08:00-13:00"], [], [], [], ["08:00-13:00", "14:00-18:00"],
        [], []], "patron": {"month": 2.0, "day": 29, "name": "San Romano", "since": 1700},
        "closedDays": ["2026-08-14", "2026-12-24"], "future": {"nested": [1, 2, 3]}})";
    const auto parsed = openingHoursFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const OpeningHours &hours = parsed.value();
    QCOMPARE(hours.week[0], QList<TimeRange>{range(8, 0, 13, 0)});
    QCOMPARE(hours.week[4], (QList<TimeRange>{range(8, 0, 13, 0), range(14, 0, 18, 0)}));
    QVERIFY(hours.week[1].isEmpty());
    QCOMPARE(hours.patron, (PatronDay{2, 29, str("San Romano")}));
    QCOMPARE(hours.closedDays, (QList<QDate>{QDate(2026, 8, 14), QDate(2026, 12, 24)}));

    const auto noPatron = openingHoursFromJson(QJsonDocument::fromJson(document()).object());
    QVERIFY(noPatron.ok());
    QVERIFY(!noPatron.value().patron);
}

void TestOpeningHours::jsonRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray longText(101, 'x');
    const QByteArray hugeText(1 << 20, '0');

    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("no week") << QByteArray(R"({"patron":null,"closedDays":[]})");
    QTest::newRow("no patron") << QByteArray(R"({"week":[[],[],[],[],[],[],[]],"closedDays":[]})");
    QTest::newRow("no closedDays") << QByteArray(R"({"week":[[],[],[],[],[],[],[]],"patron":null})");
    QTest::newRow("week is text") << QByteArray(R"({"week":"mon-fri","patron":null,"closedDays":[]})");
    QTest::newRow("week is null") << QByteArray(R"({"week":null,"patron":null,"closedDays":[]})");
    QTest::newRow("week is object") << QByteArray(R"({"week":{"0":[]},"patron":null,"closedDays":[]})");
    QTest::newRow("6 days") << QByteArray(R"({"week":[[],[],[],[],[],[]],"patron":null,"closedDays":[]})");
    QTest::newRow("8 days") << QByteArray(
        R"({"week":[[],[],[],[],[],[],[],[]],"patron":null,"closedDays":[]})");
    QTest::newRow("day is text") << document("\"08:30-12:30\"");
    QTest::newRow("day is null") << document("null");
    QTest::newRow("range is number") << document("[830]");
    QTest::newRow("range is null") << document("[null]");
    QTest::newRow("range is object") << document(R"([{"open":"08:30","close":"12:30"}])");
    QTest::newRow("nested arrays") << document(R"([["08:30-12:30"]])");
    QTest::newRow("deeply nested") << document("[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]");
    QTest::newRow("24:00-25:00") << document(R"(["24:00-25:00"])");
    QTest::newRow("23:59-24:00") << document(R"(["23:59-24:00"])");
    QTest::newRow("08:60-12:30") << document(R"(["08:60-12:30"])");
    QTest::newRow("08:30-08:30") << document(R"(["08:30-08:30"])");
    QTest::newRow("12:30-08:30") << document(R"(["12:30-08:30"])");
    QTest::newRow("8:30-12:30") << document(R"(["8:30-12:30"])");
    QTest::newRow("08:30-12:30 with space") << document(R"(["08:30-12:30 "])");
    QTest::newRow("08:30 - 12:30") << document(R"(["08:30 - 12:30"])");
    QTest::newRow("08.30-12.30") << document(R"(["08.30-12.30"])");
    QTest::newRow("08:30:00-12:30:00") << document(R"(["08:30:00-12:30:00"])");
    QTest::newRow("en dash") << document(QByteArray("[\"08:30\xE2\x80\x93"
                                                    "12:30\"]"));
    QTest::newRow("fullwidth digits") << document(QByteArray("[\"\xEF\xBC\x90\xEF\xBC\x98:30-12:30\"]"));
    QTest::newRow("-1:00-02:00") << document(R"(["-1:00-02:00"])");
    QTest::newRow("empty range text") << document(R"([""])");
    QTest::newRow("overlapping") << document(R"(["08:00-12:00","11:00-13:00"])");
    QTest::newRow("unsorted") << document(R"(["15:00-17:00","08:00-12:00"])");
    QTest::newRow("duplicate range") << document(R"(["08:00-12:00","08:00-12:00"])");
    QTest::newRow("5 ranges") << document(manyStrings(5, "0") /* not even times */);
    QTest::newRow("10000 ranges") << document(manyStrings(10000, "08:30-12:30"));
    QTest::newRow("101-character range") << document("[\"" + longText + "\"]");
    QTest::newRow("1 MB range") << document("[\"" + hugeText + "\"]");
    QTest::newRow("patron is text") << document("[]", R"("San Petronio")");
    QTest::newRow("patron is true") << document("[]", "true");
    QTest::newRow("patron is array") << document("[]", "[10,4]");
    QTest::newRow("patron empty object") << document("[]", "{}");
    QTest::newRow("patron month 13") << document("[]", R"({"month":13,"day":4,"name":""})");
    QTest::newRow("patron 30 February") << document("[]", R"({"month":2,"day":30,"name":""})");
    QTest::newRow("patron day 0") << document("[]", R"({"month":1,"day":0,"name":""})");
    QTest::newRow("patron month as text") << document("[]", R"({"month":"10","day":4,"name":""})");
    QTest::newRow("patron month 10.5") << document("[]", R"({"month":10.5,"day":4,"name":""})");
    QTest::newRow("patron month 1e300") << document("[]", R"({"month":1e300,"day":4,"name":""})");
    QTest::newRow("patron day -4294967292") << document("[]", R"({"month":1,"day":-4294967292,"name":""})");
    QTest::newRow("patron without name") << document("[]", R"({"month":10,"day":4})");
    QTest::newRow("patron name null") << document("[]", R"({"month":10,"day":4,"name":null})");
    QTest::newRow("patron name number") << document("[]", R"({"month":10,"day":4,"name":4})");
    QTest::newRow("patron name 101") << document("[]", R"({"month":10,"day":4,"name":")" + longText + "\"}");
    QTest::newRow("patron name control") << document("[]", R"({"month":10,"day":4,"name":"San\u0000"})");
    QTest::newRow("closedDays object") << document("[]", "null", R"({"2026-12-24":true})");
    QTest::newRow("closedDays text") << document("[]", "null", R"("2026-12-24")");
    QTest::newRow("closedDays null") << document("[]", "null", "null");
    QTest::newRow("2026-02-30") << document("[]", "null", R"(["2026-02-30"])");
    QTest::newRow("2027-02-29") << document("[]", "null", R"(["2027-02-29"])");
    QTest::newRow("2026-13-01") << document("[]", "null", R"(["2026-13-01"])");
    QTest::newRow("2026-00-10") << document("[]", "null", R"(["2026-00-10"])");
    QTest::newRow("2026-2-3") << document("[]", "null", R"(["2026-2-3"])");
    QTest::newRow("24/12/2026") << document("[]", "null", R"(["24/12/2026"])");
    QTest::newRow("with time") << document("[]", "null", R"(["2026-12-24T00:00:00"])");
    QTest::newRow("year 1500") << document("[]", "null", R"(["1500-01-01"])");
    QTest::newRow("year 0000") << document("[]", "null", R"(["0000-01-01"])");
    QTest::newRow("date number") << document("[]", "null", "[20261224]");
    QTest::newRow("date nested") << document("[]", "null", R"([["2026-12-24"]])");
    QTest::newRow("dates unsorted") << document("[]", "null", R"(["2026-12-31","2026-12-24"])");
    QTest::newRow("dates repeated") << document("[]", "null", R"(["2026-12-24","2026-12-24"])");
    QTest::newRow("401 dates") << document("[]", "null", consecutiveDays(401));
    QTest::newRow("100000 dates") << document("[]", "null", manyStrings(100000, "2026-12-24"));
    QTest::newRow("101-character date") << document("[]", "null", "[\"" + longText + "\"]");
    QTest::newRow("1 MB date") << document("[]", "null", "[\"" + hugeText + "\"]");
}

void TestOpeningHours::jsonRefused()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonDocument parsedDocument = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(parsedDocument.isObject());
    const auto parsed = openingHoursFromJson(parsedDocument.object());
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().isEmpty());
    QVERIFY2(parsed.error().size() < 200, qPrintable(parsed.error())); // never echoes the input
}

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
