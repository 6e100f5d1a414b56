// SPDX-License-Identifier: EUPL-1.2
// The gates that keep the first day fixed (docs/ui-style.md), in Italian:
// - every form's Tab order follows its layout (walked with Tab, as a person does);
// - every action's key is unique and shown (tooltip or text);
// - every menu path a message names ("Coda › Impostazione della coda") exists in the action
//   registry, so a message never sends a clerk to a menu that is not there.
#include "actionregistry.h"
#include "citizens/citizendialog.h"
#include "config/appsettings.h"
#include "firstrunwizard.h"
#include "guisupport.h"
#include "queue/citizenpicker.h"
#include "queue/queuesetupdialog.h"
#include "security/accountforms.h"
#include "security/pcsettingsdialog.h"
#include "security/secretstore.h"
#include "storage/citizenrepository.h"
#include "storage/queuesetup.h"
#include "sync/enroldialog.h"
#include "sync/syncengine.h"
#include "taborder.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QWizard>

using namespace Sportello;
using Security::Role;
using Id = Ui::ActionRegistry::Id;

namespace {
QString nameOf(const QWidget *widget)
{
    const QString name = widget->accessibleName();
    return QStringLiteral("%1 «%2»").arg(QLatin1String(widget->metaObject()->className()), name);
}

// The widgets a person reaches with Tab, in the layout's order: visible and enabled, and of a group
// of radio buttons only the checked one (Tab enters a group there; the arrows move inside it).
QList<QWidget *> reachable(QWidget *root)
{
    QList<QWidget *> order;
    for (QWidget *widget : Ui::layoutFocusOrder(root)) {
        if (!widget->isVisibleTo(root->window()) || !widget->isEnabled())
            continue;
        if (auto *radio = qobject_cast<QRadioButton *>(widget);
            radio && radio->autoExclusive() && !radio->isChecked())
            continue;
        order << widget;
    }
    return order;
}

// Walks `root` (a form, or a wizard's page inside its window) with Tab from its first field and
// returns what had the focus inside it, in order, once round.
QList<QWidget *> walkWithTab(QWidget *root, const QList<QWidget *> &expected)
{
    QList<QWidget *> walked;
    if (expected.isEmpty())
        return walked;
    expected.first()->setFocus(Qt::TabFocusReason);
    QWidget *first = expected.first();
    walked << first;
    for (int step = 0; step < 3 * expected.size() + 10; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        // A compound widget's inner part (a spin box's line) counts as the widget.
        while (focus && !expected.contains(focus) && focus != root)
            focus = focus->parentWidget();
        if (!focus || focus == root || !root->isAncestorOf(focus))
            continue; // the window's own buttons, around the page
        if (focus == first)
            break;
        if (walked.isEmpty() || walked.last() != focus)
            walked << focus;
    }
    return walked;
}

QStringList names(const QList<QWidget *> &widgets)
{
    QStringList list;
    for (const QWidget *widget : widgets)
        list << nameOf(widget);
    return list;
}
} // namespace

class TestGuiConventions : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<Config::AppSettings> m_settings;

    // A change typed into `field`, then Escape: the form asks, and keeping the change is the default
    // (Escape on the question keeps it); asked again, "Scarta le modifiche" closes the form.
    void expectAsksBeforeDiscarding(Ui::FormDialog *form, QWidget *field, const QString &name)
    {
        form->show();
        QVERIFY(Test::activate(form));
        QVERIFY2(!form->hasUnsavedChanges(), qPrintable(name));
        field->setFocus();
        if (qobject_cast<QLineEdit *>(field))
            QTest::keyClicks(field, QStringLiteral("x"));
        else
            QTest::keyClick(field, Qt::Key_Up); // a time, a number
        QVERIFY2(form->hasUnsavedChanges(), qPrintable(name));
        int asked = 0;
        Test::whenModalAppears([&asked](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box));
            ++asked;
            QTest::keyClick(box, Qt::Key_Escape); // keep editing
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(asked, 1);
        QVERIFY2(form->isVisible(), qPrintable(name));
        // "&Scarta le modifiche": its accelerator, as the translation has it.
        const QString discard = QCoreApplication::translate("Sportello::Ui::FormDialog", "&Discard changes");
        const QChar letter = discard.at(discard.indexOf(QLatin1Char('&')) + 1).toUpper();
        Test::whenModalAppears([&asked, letter](QWidget *box) {
            ++asked;
            QTest::keyClick(box, Qt::Key(letter.unicode()), Qt::AltModifier);
        });
        QVERIFY(Test::activate(form));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(asked, 2);
        QTRY_VERIFY2(!form->isVisible(), qPrintable(name));
        QCOMPARE(form->result(), int(QDialog::Rejected));
    }

    void expectTabFollowsLayout(QWidget *window, QWidget *root, const QString &form)
    {
        window->resize(1000, 700);
        window->show();
        QVERIFY(Test::activate(window));
        const QList<QWidget *> expected = reachable(root);
        QVERIFY2(expected.size() >= 2, qPrintable(form));
        const QList<QWidget *> walked = walkWithTab(root, expected);
        QVERIFY2(walked == expected, qPrintable(QStringLiteral("%1\n  Tab:    %2\n  layout: %3")
                                                    .arg(form, names(walked).join(QStringLiteral(" → ")),
                                                         names(expected).join(QStringLiteral(" → ")))));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Test::TempDatabase>();
        m_db->context.actor = Test::clerk(Role::Responsabile);
        m_settings = std::make_unique<Config::AppSettings>(m_db->dir.filePath(QStringLiteral("pc.ini")));
    }

    // A message that names a place of the program ("Menu › Voce") names one the registry has: in
    // every translation and in the English sources.
    void everyMenuPathNamedInAMessageExists_data()
    {
        QTest::addColumn<QString>("language");
        // English first: the sources, before any translator is installed; then Italian, which stays.
        QTest::newRow("english") << QString();
        QTest::newRow("italiano") << QStringLiteral("it");
    }
    void everyMenuPathNamedInAMessageExists()
    {
        QFETCH(QString, language);
        if (!language.isEmpty())
            QCOMPARE(Ui::installTranslations(*qApp, language), language);
        Ui::ActionRegistry registry;
        QStringList paths;
        const QMetaEnum ids = QMetaEnum::fromType<Id>();
        for (int i = 0; i < ids.keyCount(); ++i)
            paths << registry.menuPath(Id(ids.value(i)));
        // Longest first: "Coda › Impostazione della coda" before a shorter path it contains.
        std::sort(paths.begin(), paths.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QVERIFY(paths.contains(language == QLatin1String("it")
                                   ? QStringLiteral("Coda › Impostazione della coda")
                                   : QStringLiteral("Queue › Queue setup")));

        QFile ts(QStringLiteral(SPORTELLO_SOURCE_DIR "/translations/sportello_it.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression message(language == QLatin1String("it")
                                                    ? QStringLiteral("<translation>(.*?)</translation>")
                                                    : QStringLiteral("<source>(.*?)</source>"),
                                                QRegularExpression::DotMatchesEverythingOption);
        QStringList wrong;
        int named = 0;
        for (auto it = message.globalMatch(text); it.hasNext();) {
            QString shown = it.next().captured(1);
            shown.replace(QStringLiteral("&apos;"), QStringLiteral("'"))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            if (!shown.contains(QStringLiteral(" › ")))
                continue;
            ++named;
            QString rest = shown;
            for (const QString &path : std::as_const(paths))
                rest.replace(path, QStringLiteral("…"));
            if (rest.contains(QStringLiteral(" › ")))
                wrong << shown;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        Q_UNUSED(named); // today every such message takes its path from the registry (%2)
    }

    void everyFormIsWalkedInTheOrderItIsRead()
    {
        Storage::CitizenRepository citizens(*m_db->database, m_db->context);
        {
            Ui::CitizenDialog form(citizens, Domain::Citizen{});
            expectTabFollowsLayout(&form, &form, QStringLiteral("citizen"));
        }
        {
            Ui::CitizenPicker picker(citizens);
            expectTabFollowsLayout(&picker, &picker, QStringLiteral("citizen picker"));
        }
        Storage::WriteContext administrator = m_db->context;
        administrator.actor = Test::clerk(Role::Amministratore);
        Storage::AccountRepository accounts(*m_db->database, administrator);
        const Security::Account someone =
            accounts.create(QStringLiteral("m.rossi"), QStringLiteral("Mario Rossi"), Role::Operatore,
                            QStringLiteral("password iniziale"));
        {
            Ui::NewAccountDialog form(accounts, Role::Operatore, nullptr);
            expectTabFollowsLayout(&form, &form, QStringLiteral("new account"));
        }
        {
            Ui::EditAccountDialog form(accounts, someone, nullptr);
            expectTabFollowsLayout(&form, &form, QStringLiteral("edit account"));
        }
        {
            Ui::ResetPasswordDialog form(accounts, someone, nullptr);
            expectTabFollowsLayout(&form, &form, QStringLiteral("reset password"));
        }
        {
            Ui::ChangeOwnPasswordDialog form(accounts, someone, false, nullptr);
            expectTabFollowsLayout(&form, &form, QStringLiteral("change own password"));
        }
        Storage::QueueSetup setup(*m_db->database, m_db->context);
        const Domain::Queue::Service anagrafe = setup.save(
            Domain::Queue::Service{{}, 0, {}, QStringLiteral("Anagrafe"), QStringLiteral("A"), 10, 1, true});
        {
            Ui::ServiceFormDialog form(setup, Domain::Queue::Service{}, nullptr);
            expectTabFollowsLayout(&form, &form, QStringLiteral("service"));
        }
        {
            Ui::CounterFormDialog form(setup, Domain::Queue::Counter{}, {anagrafe}, nullptr);
            expectTabFollowsLayout(&form, &form, QStringLiteral("counter"));
        }
        {
            Ui::PcSettingsDialog form(*m_settings, true);
            expectTabFollowsLayout(&form, &form, QStringLiteral("settings of this PC"));
        }
        {
            Security::InMemorySecretStore secrets; // no keychain needed: nothing is enrolled
            Sync::SyncEngine engine(*m_db->database, secrets);
            Ui::EnrolDialog form(engine, QStringLiteral("Sportello 1"), QString());
            expectTabFollowsLayout(&form, &form, QStringLiteral("connect to the central service"));
        }
        {
            Ui::FirstRunWizard wizard(*m_db->database, *m_settings, false, true);
            for (const int page : {Ui::FirstRunWizard::ComunePage, Ui::FirstRunWizard::BranchPage,
                                   Ui::FirstRunWizard::AdministratorPage, Ui::FirstRunWizard::DevicePage}) {
                wizard.setStartId(page);
                wizard.restart();
                expectTabFollowsLayout(&wizard, wizard.currentPage(),
                                       QStringLiteral("first run, page %1").arg(page));
            }
        }
    }

    // Every form with fields asks before Escape throws away what was typed (the opening hours were
    // lost so); an untouched form closes at once.
    void everyFormAsksBeforeDiscardingChanges()
    {
        Storage::CitizenRepository citizens(*m_db->database, m_db->context);
        {
            Ui::CitizenDialog form(citizens, Domain::Citizen{});
            expectAsksBeforeDiscarding(&form, form.findChildren<QLineEdit *>().value(1),
                                       QStringLiteral("citizen"));
        }
        Storage::WriteContext administrator = m_db->context;
        administrator.actor = Test::clerk(Role::Amministratore);
        Storage::AccountRepository accounts(*m_db->database, administrator);
        {
            Ui::NewAccountDialog form(accounts, Role::Operatore, nullptr);
            expectAsksBeforeDiscarding(&form, form.findChildren<QLineEdit *>().value(0),
                                       QStringLiteral("account"));
        }
        Storage::QueueSetup setup(*m_db->database, m_db->context);
        {
            Ui::ServiceFormDialog form(setup, Domain::Queue::Service{}, nullptr);
            expectAsksBeforeDiscarding(&form, form.findChildren<QLineEdit *>().value(0),
                                       QStringLiteral("service"));
        }
        {
            Ui::PcSettingsDialog form(*m_settings, true);
            expectAsksBeforeDiscarding(&form, form.findChildren<QSpinBox *>().value(0),
                                       QStringLiteral("settings"));
        }
        {
            Ui::QueueSetupDialog form(*m_db->database, m_db->context);
            auto *tabs = form.findChild<QTabWidget *>();
            tabs->setCurrentIndex(tabs->count() - 1); // the opening hours
            expectAsksBeforeDiscarding(&form, tabs->currentWidget()->findChildren<QTimeEdit *>().value(0),
                                       QStringLiteral("opening hours"));
        }
        {
            // Untouched: no question.
            Ui::ServiceFormDialog form(setup, Domain::Queue::Service{}, nullptr);
            form.show();
            QVERIFY(Test::activate(&form));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QTRY_VERIFY(!form.isVisible());
        }
    }

    // One key, one action; and each key is shown where the action is (its tooltip), so clerks
    // learn it.
    void everyKeyIsUniqueAndShown()
    {
        Ui::ActionRegistry registry;
        QHash<QKeySequence, QString> owner;
        const QMetaEnum ids = QMetaEnum::fromType<Id>();
        for (int i = 0; i < ids.keyCount(); ++i) {
            const QAction *action = registry.action(Id(ids.value(i)));
            QVERIFY2(action, ids.key(i));
            const QKeySequence key = action->shortcut();
            if (key.isEmpty())
                continue;
            QVERIFY2(!owner.contains(key),
                     qPrintable(QStringLiteral("%1 is both %2 and %3")
                                    .arg(key.toString(), owner.value(key), QLatin1String(ids.key(i)))));
            owner.insert(key, QLatin1String(ids.key(i)));
            QVERIFY2(action->toolTip().contains(key.toString(QKeySequence::NativeText)),
                     qPrintable(action->toolTip()));
        }
        QVERIFY(owner.size() >= 15);
    }
};

QTEST_MAIN(TestGuiConventions)
#include "tst_gui_conventions.moc"
