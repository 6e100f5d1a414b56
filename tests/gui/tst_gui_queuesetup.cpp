// SPDX-License-Identifier: EUPL-1.2
// The Responsabile's setup of the walk-in queue, with the keyboard and in Italian: the typical
// services, one edited, a letter already taken; two counters with their services, one deactivated;
// a Saturday morning, the patron saint's day, an extra closure, and the preview of the closed days.
// What was typed is read back through QueueSetup. Screens are saved as queuesetup-NN-….png.
//
// The texts of this dialog may not be translated yet: widgets are found by what they are, and
// texts are compared with what the translator or the domain says, as the dialog does.
#include "queue/queuesetupdialog.h"
#include "storage/queuesetup.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace Sportello;
using Domain::Queue::Counter;
using Domain::Queue::Service;
using Security::Role;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
}

QString translated(const char *source)
{
    return QCoreApplication::translate("Sportello::Ui::QueueSetupDialog", source);
}

// A button's accessible name: its text without the mnemonic and the ellipsis.
QString buttonName(const char *source)
{
    return translated(source).remove(QLatin1Char('&')).remove(QChar(u'…'));
}

template <typename T> T *named(QWidget *parent, const QString &accessibleName)
{
    for (T *widget : parent->findChildren<T *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

// Tab to it as a person would: here, the focus put on it, then the key.
void press(QAbstractButton *button)
{
    QVERIFY(button && button->isVisible() && button->isEnabled());
    button->setFocus();
    QCOMPARE(focused(), button);
    key(Qt::Key_Space);
}

void focusOn(QWidget *field)
{
    QVERIFY(field && field->isEnabled());
    field->setFocus();
    QCOMPARE(focused(), field);
}

QStringList serviceRows(const QList<Service> &services)
{
    QStringList rows;
    for (const Service &s : services)
        rows << QStringLiteral("%1|%2|%3|%4|%5")
                    .arg(s.prefix, s.name)
                    .arg(s.usualMinutes)
                    .arg(s.position)
                    .arg(s.active);
    return rows;
}

QString letters(const Counter &counter, const QList<Service> &services)
{
    QStringList found;
    for (const Service &service : services) {
        if (counter.serviceIds.contains(service.id))
            found << service.prefix;
    }
    return found.join(QLatin1Char(','));
}

QTreeWidgetItem *previewRow(QTreeWidget *preview, const QDate &date)
{
    for (int row = 0; row < preview->topLevelItemCount(); ++row) {
        if (preview->topLevelItem(row)->data(0, Qt::UserRole + 1).toDate() == date)
            return preview->topLevelItem(row);
    }
    return nullptr;
}
} // namespace

class TestGuiQueueSetup : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    Storage::WriteContext m_responsabile;
    std::unique_ptr<Ui::QueueSetupDialog> m_dialog;
    std::unique_ptr<QSignalSpy> m_changed;

    Storage::QueueSetup setup() const { return Storage::QueueSetup(*m_db->database, m_responsabile); }

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        m_db = std::make_unique<Test::TempDatabase>();
        m_responsabile = m_db->context;
        m_responsabile.actor = Test::clerk(Role::Responsabile);
        m_dialog = std::make_unique<Ui::QueueSetupDialog>(*m_db->database, m_responsabile);
        m_changed = std::make_unique<QSignalSpy>(m_dialog.get(), &Ui::QueueSetupDialog::setupChanged);
        m_dialog->show();
        QVERIFY(Test::activate(m_dialog.get()));
    }

    void cleanupTestCase()
    {
        m_changed.reset();
        m_dialog.reset();
    }

    void typicalServicesAndOneEdited()
    {
        Ui::QueueSetupDialog &dialog = *m_dialog;
        QCOMPARE(focused(), dialog.serviceList());
        QCOMPARE(dialog.serviceList()->topLevelItemCount(), 0);
        auto *typical = named<QPushButton>(&dialog, buttonName("Add the &typical services"));
        press(typical);
        QTRY_COMPARE(dialog.serviceList()->topLevelItemCount(), 7);
        QVERIFY(!typical->isVisible()); // only for a branch without services
        QCOMPARE(m_changed->size(), 1);
        QCOMPARE(serviceRows(setup().services()),
                 QStringList({QStringLiteral("A|%1|10|1|1").arg(translated("Registry office")),
                              QStringLiteral("S|%1|15|2|1").arg(translated("Civil status")),
                              QStringLiteral("C|%1|20|3|1").arg(translated("Identity card")),
                              QStringLiteral("T|%1|15|4|1").arg(translated("Local taxes")),
                              QStringLiteral("P|%1|5|5|1").arg(translated("Records office")),
                              QStringLiteral("D|%1|30|6|1").arg(translated("SPID help")),
                              QStringLiteral("I|%1|5|7|1").arg(translated("Information"))}));
        const QStringList expectedLetters{QStringLiteral("A"), QStringLiteral("S"), QStringLiteral("C"),
                                          QStringLiteral("T"), QStringLiteral("P"), QStringLiteral("D"),
                                          QStringLiteral("I")};
        for (int row = 0; row < 7; ++row)
            QCOMPARE(dialog.serviceList()->topLevelItem(row)->text(0), expectedLetters.at(row));

        // Return on Tributi: Modifica, 15 minutes become 25.
        dialog.serviceList()->setFocus();
        key(Qt::Key_Home);
        for (int i = 0; i < 3; ++i)
            key(Qt::Key_Down);
        QCOMPARE(dialog.serviceList()->currentItem()->text(0), QStringLiteral("T"));
        bool edited = false;
        Test::whenModalAppears([&](QWidget *form) {
            QVERIFY(qobject_cast<Ui::ServiceFormDialog *>(form));
            QCOMPARE(qobject_cast<QLineEdit *>(focused())->text(), translated("Local taxes"));
            key(Qt::Key_Tab); // the letter
            QCOMPARE(qobject_cast<QLineEdit *>(focused())->text(), QStringLiteral("T"));
            key(Qt::Key_Tab); // the minutes
            auto *minutes = qobject_cast<QSpinBox *>(focused());
            QVERIFY(minutes);
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("25"));
            QCOMPARE(minutes->value(), 25);
            key(Qt::Key_Return);
            QTRY_VERIFY(!form->isVisible());
            edited = true;
        });
        key(Qt::Key_Return);
        QTRY_VERIFY(edited);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(dialog.serviceList()->currentItem()->text(2), QStringLiteral("25"));
        QCOMPARE(setup().services().at(3).usualMinutes, 25);
        QCOMPARE(setup().services().at(3).version, 2);
        QCOMPARE(m_changed->size(), 2);
    }

    void aLetterAlreadyTakenIsRefusedAndNothingIsLost()
    {
        Ui::QueueSetupDialog &dialog = *m_dialog;
        QVERIFY(Test::activate(&dialog));
        bool created = false;
        Test::whenModalAppears([&](QWidget *form) {
            QVERIFY(qobject_cast<Ui::ServiceFormDialog *>(form));
            type(QStringLiteral("Servizi sociali"));
            key(Qt::Key_Tab);
            type(QStringLiteral("a")); // taken as the capital, and Anagrafe has it
            auto *letter = qobject_cast<QLineEdit *>(focused());
            QCOMPARE(letter->text(), QStringLiteral("A"));
            key(Qt::Key_Tab);
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("20"));
            key(Qt::Key_Return);
            auto *problem = named<QLabel>(
                form, QCoreApplication::translate("Sportello::Ui::ServiceFormDialog", "Problem"));
            QVERIFY(problem);
            QTRY_VERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QStringLiteral("A")), qPrintable(problem->text()));
            QVERIFY(form->isVisible());
            QCOMPARE(named<QLineEdit>(form, QCoreApplication::translate("Sportello::Ui::ServiceFormDialog",
                                                                        "Name of the service"))
                         ->text(),
                     QStringLiteral("Servizi sociali"));
            QCOMPARE(named<QSpinBox>(form, QCoreApplication::translate("Sportello::Ui::ServiceFormDialog",
                                                                       "Usual minutes"))
                         ->value(),
                     20);
            Test::saveScreenshot(form, QStringLiteral("queuesetup-00-lettera-occupata"));
            focusOn(letter);
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("x"));
            QCOMPARE(letter->text(), QStringLiteral("X"));
            key(Qt::Key_Return);
            QTRY_VERIFY(!form->isVisible());
            created = true;
        });
        press(named<QPushButton>(&dialog, buttonName("&New service…")));
        QTRY_VERIFY(created);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        const QList<Service> services = setup().services();
        QCOMPARE(services.size(), 8);
        QCOMPARE(serviceRows({services.last()}), QStringList{QStringLiteral("X|Servizi sociali|20|8|1")});
        QCOMPARE(dialog.serviceList()->currentItem()->text(0), QStringLiteral("X")); // the new one
        QCOMPARE(m_changed->size(), 3);
        QVERIFY(Test::activate(&dialog));
        Test::saveScreenshot(&dialog, QStringLiteral("queuesetup-01-servizi"));
    }

    void countersWithTheirServices()
    {
        Ui::QueueSetupDialog &dialog = *m_dialog;
        QVERIFY(Test::activate(&dialog));
        dialog.serviceList()->setFocus();
        key(Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), 1);
        QVERIFY(Test::activate(&dialog));

        // Sportello 1: Anagrafe and Stato civile, ticked with Space.
        const auto addCounter = [&](const QString &name, const QList<int> &rows) {
            bool created = false;
            Test::whenModalAppears([&](QWidget *form) {
                auto *number = qobject_cast<QSpinBox *>(focused());
                QVERIFY(number); // the number proposed: the next free one
                key(Qt::Key_Tab);
                type(name);
                key(Qt::Key_Tab);
                auto *services = qobject_cast<QListWidget *>(focused());
                QVERIFY(services);
                QCOMPARE(services->count(), 8);
                QCOMPARE(services->currentRow(), 0);
                for (int row = 0; row < services->count(); ++row) {
                    if (rows.contains(row))
                        key(Qt::Key_Space);
                    key(Qt::Key_Down);
                }
                Test::saveScreenshot(form,
                                     QStringLiteral("queuesetup-02a-sportello-%1").arg(number->value()));
                key(Qt::Key_Return);
                QTRY_VERIFY(!form->isVisible());
                created = true;
            });
            press(named<QPushButton>(&dialog, buttonName("&New counter…")));
            QTRY_VERIFY(created);
            QTRY_VERIFY(!QApplication::activeModalWidget());
            QVERIFY(Test::activate(&dialog));
        };
        addCounter(QStringLiteral("Demografici"), {0, 1});
        addCounter(QStringLiteral("Tributi e protocollo"), {3, 4});
        const QList<Service> services = setup().services();
        QList<Counter> counters = setup().counters();
        QCOMPARE(counters.size(), 2);
        QCOMPARE(counters.at(0).number, 1);
        QCOMPARE(counters.at(0).name, QStringLiteral("Demografici"));
        QCOMPARE(letters(counters.at(0), services), QStringLiteral("A,S"));
        QCOMPARE(counters.at(1).number, 2);
        QCOMPARE(counters.at(1).name, QStringLiteral("Tributi e protocollo"));
        QCOMPARE(letters(counters.at(1), services), QStringLiteral("T,P"));
        QCOMPARE(dialog.counterList()->currentItem()->text(2), QStringLiteral("T, P"));
        QCOMPARE(m_changed->size(), 5);

        // Sportello 2 deactivated: Return on it, the Active box, Return.
        QCOMPARE(focused(), dialog.counterList());
        bool deactivated = false;
        Test::whenModalAppears([&](QWidget *form) {
            QVERIFY(qobject_cast<Ui::CounterFormDialog *>(form));
            auto *active = named<QCheckBox>(
                form, QCoreApplication::translate("Sportello::Ui::CounterFormDialog", "Active"));
            QVERIFY(active && active->isChecked());
            focusOn(active);
            key(Qt::Key_Space);
            QVERIFY(!active->isChecked());
            key(Qt::Key_Return);
            QTRY_VERIFY(!form->isVisible());
            deactivated = true;
        });
        key(Qt::Key_Return);
        QTRY_VERIFY(deactivated);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(setup().counters().size(), 1);
        counters = setup().counters(false);
        QCOMPARE(counters.size(), 2);
        QVERIFY(!counters.at(1).active);
        QCOMPARE(letters(counters.at(1), services), QStringLiteral("T,P")); // kept for the figures
        QCOMPARE(dialog.counterList()->topLevelItem(1)->text(3), translated("Deactivated"));
        QCOMPARE(m_changed->size(), 6);
        QVERIFY(Test::activate(&dialog));
        key(Qt::Key_Up); // off the row, to see it greyed
        Test::saveScreenshot(&dialog, QStringLiteral("queuesetup-02-sportelli"));
    }

    void hoursPatronDayAndClosedDays()
    {
        Ui::QueueSetupDialog &dialog = *m_dialog;
        QVERIFY(Test::activate(&dialog));
        dialog.counterList()->setFocus();
        key(Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), 2);
        dialog.setToday(QDate(2026, 11, 22));
        QVERIFY(Test::activate(&dialog));
        QWidget *page = dialog.tabs()->currentWidget();
        const auto field = [&](const char *pattern, const char *day) {
            return QCoreApplication::translate("Sportello::Ui::QueueSetupDialog", pattern)
                .arg(translated(day));
        };

        // Saturday: open 09:00–12:00.
        auto *saturdayClosed = named<QCheckBox>(page, field("%1: closed", "Saturday"));
        QVERIFY(saturdayClosed && saturdayClosed->isChecked());
        focusOn(saturdayClosed);
        key(Qt::Key_Space);
        QVERIFY(!saturdayClosed->isChecked());
        key(Qt::Key_Tab);
        auto *opens = qobject_cast<QTimeEdit *>(focused());
        QCOMPARE(opens, named<QTimeEdit>(page, field("%1: opens at", "Saturday")));
        type(QStringLiteral("0900"));
        QCOMPARE(opens->time(), QTime(9, 0));
        focusOn(named<QTimeEdit>(page, field("%1: closes at", "Saturday")));
        type(QStringLiteral("1200"));
        QCOMPARE(qobject_cast<QTimeEdit *>(focused())->time(), QTime(12, 0));

        // Wednesday: a second range that overlaps the first is refused, with the domain's reason.
        auto *wednesdayAgain = named<QCheckBox>(page, field("%1: open again later", "Wednesday"));
        focusOn(wednesdayAgain);
        key(Qt::Key_Space);
        key(Qt::Key_Tab);
        type(QStringLiteral("1200"));
        auto *save = named<QPushButton>(page, buttonName("Sa&ve hours and closed days"));
        press(save);
        auto *message = named<QLabel>(page, translated("Message about the hours"));
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), Domain::openingHoursProblem(dialog.hoursInForm()));
        QCOMPARE(m_changed->size(), 6);
        focusOn(wednesdayAgain);
        key(Qt::Key_Space); // no afternoon after all

        // San Giovanni, 24 June.
        auto *patron = named<QCheckBox>(page, translated("Patron saint's day"));
        focusOn(patron);
        key(Qt::Key_Space);
        QVERIFY(patron->isChecked());
        key(Qt::Key_Tab);
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("24"));
        key(Qt::Key_Tab);
        auto *month = qobject_cast<QComboBox *>(focused());
        QVERIFY(month);
        type(QLocale().standaloneMonthName(6).left(3));
        QCOMPARE(month->currentData().toInt(), 6);
        key(Qt::Key_Tab);
        type(QStringLiteral("San Giovanni"));

        // An extra closure: Christmas Eve.
        focusOn(named<QDateEdit>(page, translated("Closed day to add")));
        type(QStringLiteral("24122026"));
        QCOMPARE(qobject_cast<QDateEdit *>(focused())->date(), QDate(2026, 12, 24));
        press(named<QPushButton>(page, buttonName("&Add closed day")));
        QCOMPARE(dialog.closedDayList()->count(), 1);

        press(save);
        QTRY_COMPARE(m_changed->size(), 7);
        QCOMPARE(message->text(), translated("Opening hours and closed days saved."));

        Domain::OpeningHours expected = Domain::defaultOpeningHours();
        expected.week[5] = {Domain::TimeRange{QTime(9, 0), QTime(12, 0)}};
        expected.patron = Domain::PatronDay{6, 24, QStringLiteral("San Giovanni")};
        expected.closedDays = {QDate(2026, 12, 24)};
        QCOMPARE(setup().openingHours(), expected);

        // The preview: a year from the day set, with Easter Monday, the patron and the closure.
        QTreeWidget *preview = dialog.closedDaysPreview();
        QVERIFY(preview->topLevelItemCount() > 10);
        QVERIFY(preview->topLevelItem(0)->data(0, Qt::UserRole + 1).toDate() >= QDate(2026, 11, 22));
        QTreeWidgetItem *easterMonday = previewRow(preview, QDate(2027, 3, 29));
        QVERIFY(easterMonday);
        QCOMPARE(easterMonday->text(1), Domain::nationalHoliday(QDate(2027, 3, 29)));
        QVERIFY(!easterMonday->text(1).isEmpty());
        QTreeWidgetItem *sanGiovanni = previewRow(preview, QDate(2027, 6, 24));
        QVERIFY(sanGiovanni);
        QVERIFY2(sanGiovanni->text(1).contains(QStringLiteral("San Giovanni")),
                 qPrintable(sanGiovanni->text(1)));
        QTreeWidgetItem *christmasEve = previewRow(preview, QDate(2026, 12, 24));
        QVERIFY(christmasEve);
        QCOMPARE(christmasEve->text(1), Domain::closedReason(expected, QDate(2026, 12, 24)));
        QVERIFY(previewRow(preview, QDate(2027, 8, 15)));   // Ferragosto
        QVERIFY(!previewRow(preview, QDate(2027, 11, 22))); // a year, not more
        Test::saveScreenshot(&dialog, QStringLiteral("queuesetup-03-orari"));

        // Read again from storage by a new dialog: the same form.
        Ui::QueueSetupDialog again(*m_db->database, m_responsabile);
        QCOMPARE(again.hoursInForm(), expected);
        QCOMPARE(again.counterList()->topLevelItemCount(), 2);
        QCOMPARE(again.serviceList()->topLevelItemCount(), 8);
    }

    void anOperatoreIsRefused()
    {
        Storage::WriteContext operatore = m_db->context;
        operatore.actor = Test::clerk(Role::Operatore);
        Storage::QueueSetup setup(*m_db->database, operatore);
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied, setup.save(Domain::defaultOpeningHours()));
        Service service;
        service.name = QStringLiteral("Elettorale");
        service.prefix = QStringLiteral("E");
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied, setup.save(service));

        // The dialog, were it opened anyway, says why and keeps the form.
        Ui::QueueSetupDialog dialog(*m_db->database, operatore);
        QSignalSpy changed(&dialog, &Ui::QueueSetupDialog::setupChanged);
        dialog.show();
        QVERIFY(Test::activate(&dialog));
        bool refused = false;
        Test::whenModalAppears([&](QWidget *form) {
            type(QStringLiteral("Elettorale"));
            key(Qt::Key_Tab);
            type(QStringLiteral("e"));
            key(Qt::Key_Return);
            auto *problem = named<QLabel>(
                form, QCoreApplication::translate("Sportello::Ui::ServiceFormDialog", "Problem"));
            QTRY_VERIFY(problem->isVisible());
            QCOMPARE(
                problem->text(),
                Security::PermissionDenied(Role::Operatore, Security::Permission::ConfigureQueue).message());
            QVERIFY(form->isVisible());
            // What was typed is not thrown away without asking: the clerk chooses to discard it.
            Test::whenModalAppears(
                [](QWidget *box) {
                    QVERIFY(qobject_cast<QMessageBox *>(box));
                    QTest::keyClick(box, Qt::Key_S, Qt::AltModifier); // Scarta le modifiche
                },
                form);
            key(Qt::Key_Escape);
            QTRY_VERIFY(!form->isVisible());
            refused = true;
        });
        press(named<QPushButton>(&dialog, buttonName("&New service…")));
        QTRY_VERIFY(refused);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(setup.services().size(), 8);
    }
};

QTEST_MAIN(TestGuiQueueSetup)
#include "tst_gui_queuesetup.moc"
