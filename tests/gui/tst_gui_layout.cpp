// SPDX-License-Identifier: EUPL-1.2
// The layout gate: every page and dialog, in Italian, on the usual municipal screen (1366×768),
// run twice by ctest — at 96 dpi and at 120 dpi (the desktop's 125% text scaling) — fails when a
// label, button, tab, column header, hint or window title is cut, or when a window does not fit
// the screen. Screenshots: layout-<scaling %>-<name>.png.
#include "actionregistry.h"
#include "citizens/citizendialog.h"
#include "config/appsettings.h"
#include "guisupport.h"
#include "queue/announcer.h"
#include "queue/citizenpicker.h"
#include "queue/counterpage.h"
#include "queue/figuresdialog.h"
#include "queue/queuearea.h"
#include "queue/queuesetupdialog.h"
#include "security/accountforms.h"
#include "security/accountsdialog.h"
#include "security/auditlogdialog.h"
#include "security/pcsettingsdialog.h"
#include "security/secretstore.h"
#include "startup.h"
#include "storage/auditlog.h"
#include "storage/citizenrepository.h"
#include "storage/queuesetup.h"
#include "sync/enroldialog.h"
#include "sync/syncengine.h"
#include "sync/syncreviewdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>

using namespace Sportello;
using Domain::Queue::Counter;
using Domain::Queue::Service;
using Security::Role;
using Id = Ui::ActionRegistry::Id;

namespace {
QString described(const QWidget *widget)
{
    const QString name = widget->accessibleName().isEmpty() ? widget->objectName() : widget->accessibleName();
    return QStringLiteral("%1 «%2»").arg(QLatin1String(widget->metaObject()->className()), name);
}

// What is cut in `window` as it is shown now: text wider than the room it has.
QStringList cutTexts(QWidget *window)
{
    QStringList cut;
    const auto tooNarrow = [](int needed, int has) { return needed > has + 1; };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        const QFontMetrics metrics(widget->font());
        if (auto *label = qobject_cast<QLabel *>(widget);
            label && !label->text().isEmpty() && label->pixmap().isNull()) {
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    cut << QStringLiteral("%1: wrapped text taller than its room: %2")
                               .arg(described(label), label->text());
            } else if (tooNarrow(label->sizeHint().width(), label->width())) {
                cut << QStringLiteral("%1: %2").arg(described(label), label->text());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget);
                   button && !button->text().isEmpty()) {
            if (tooNarrow(button->sizeHint().width(), button->width()))
                cut << QStringLiteral("%1: %2").arg(described(button), button->text());
        } else if (auto *header = qobject_cast<QHeaderView *>(widget);
                   header && header->orientation() == Qt::Horizontal) {
            const QAbstractItemModel *model = header->model();
            for (int section = 0; model && section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text = model->headerData(section, Qt::Horizontal).toString();
                const int needed = metrics.horizontalAdvance(text) + 12; // the style's margins
                if (!text.isEmpty() && tooNarrow(needed, header->sectionSize(section)))
                    cut << QStringLiteral("%1: column «%2»").arg(described(header->parentWidget()), text);
            }
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                const QString text = tabs->tabText(tab).remove(QLatin1Char('&'));
                if (tooNarrow(metrics.horizontalAdvance(text) + 16, tabs->tabRect(tab).width()))
                    cut << QStringLiteral("%1: tab «%2»").arg(described(tabs), tabs->tabText(tab));
            }
        } else if (auto *line = qobject_cast<QLineEdit *>(widget);
                   line && line->text().isEmpty() && !line->placeholderText().isEmpty()) {
            if (tooNarrow(metrics.horizontalAdvance(line->placeholderText()) + 12, line->width()))
                cut << QStringLiteral("%1: hint «%2»").arg(described(line), line->placeholderText());
        }
    }
    // The title bar: room for its icon and buttons (about 140 px on the usual desktops).
    if (window->isWindow() && !window->windowTitle().isEmpty()) {
        QFont bold = window->font();
        bold.setBold(true);
        const int needed = QFontMetrics(bold).horizontalAdvance(window->windowTitle()) + 140;
        if (needed > window->width() + 1)
            cut << QStringLiteral("window title «%1» in a window %2 px wide")
                       .arg(window->windowTitle())
                       .arg(window->width());
    }
    return cut;
}
} // namespace

class TestGuiLayout : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<Config::AppSettings> m_settings;
    std::unique_ptr<Ui::Startup> m_startup;
    QString m_dpi;

    Ui::MainWindow *window() const { return m_startup->mainWindow(); }

    // A dialog as it opens: at its own size, which must fit the screen, with nothing cut.
    void check(QWidget *dialog, const QString &name)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QRect screen = dialog->screen()->availableGeometry();
        QVERIFY2(dialog->width() <= screen.width() && dialog->height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 is %2×%3 on a %4×%5 screen")
                                .arg(name)
                                .arg(dialog->width())
                                .arg(dialog->height())
                                .arg(screen.width())
                                .arg(screen.height())));
        Test::saveScreenshot(dialog, QStringLiteral("layout-%1-%2").arg(m_dpi, name));
        const QStringList cut = cutTexts(dialog);
        QVERIFY2(cut.isEmpty(),
                 qPrintable(name + QStringLiteral(":\n  ") + cut.join(QStringLiteral("\n  "))));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        // 1366×768 pixels; at 120 dpi Qt scales by 1.25, and what widgets have is 1093×614.
        const QScreen *screen = QGuiApplication::primaryScreen();
        QCOMPARE((QSizeF(screen->geometry().size()) * screen->devicePixelRatio()).toSize(), QSize(1366, 768));
        m_dpi = QString::number(qRound(screen->devicePixelRatio() * 100)); // the scaling, in per cent
        m_db = std::make_unique<Test::TempDatabase>();
        const Storage::Database &db = *m_db->database;
        Test::addAccount(db, Role::Responsabile, QStringLiteral("g.bianchi"),
                         QStringLiteral("Giulia Bianchi"), QStringLiteral("password di giulia"));
        Storage::WriteContext responsabile = m_db->context;
        responsabile.actor = Test::clerk(Role::Responsabile);
        Storage::QueueSetup setup(db, responsabile);
        // The eight services of a real office, with their long names.
        QStringList ids;
        const QList<std::pair<const char *, const char *>> services{
            {"Anagrafe e certificati", "A"}, {"Carta d'identità elettronica", "C"}, {"Stato civile", "S"},
            {"Tributi e TARI", "T"},         {"Ufficio elettorale", "E"},           {"Protocollo", "P"},
            {"Servizi sociali", "O"},        {"Polizia locale e permessi", "L"}};
        for (const auto &[name, letter] : services)
            ids << setup
                       .save(Service{
                           {}, 0, {}, QString::fromUtf8(name), QString::fromUtf8(letter), 10, 1, true})
                       .id;
        const Counter one = setup.save(Counter{{}, 0, {}, 1, QString(), ids, true});
        setup.save(Counter{{}, 0, {}, 2, QStringLiteral("Sportello polifunzionale"), ids.mid(0, 3), true});
        Storage::CitizenRepository citizens(db, responsabile);
        Domain::Citizen citizen = Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                                                QStringLiteral("Mario"));
        citizen.phone = QStringLiteral("+39 333 1234567");
        citizens.create(citizen);
        m_settings = std::make_unique<Config::AppSettings>(m_db->dir.filePath(QStringLiteral("pc.ini")));
        m_settings->setDeviceName(QStringLiteral("Sportello polifunzionale 1"));
        m_settings->setCounterId(one.id);
        m_settings->setTicketOutput(Config::AppSettings::TicketOutput::None);
        m_startup = std::make_unique<Ui::Startup>(m_db->path(), *m_settings);
        QVERIFY(m_startup->openDatabase());
        m_startup->showFirstWindow();
        window()->showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        window()->area<Ui::QueueArea>()->announcer()->setChimeEnabled(false);
        window()->area<Ui::QueueArea>()->announcer()->setSpeechEnabled(false);
    }

    void cleanupTestCase() { m_startup.reset(); }

    void theSignInFits()
    {
        const QRect screen = window()->screen()->availableGeometry();
        QVERIFY(window()->width() <= screen.width() && window()->height() <= screen.height());
        QVERIFY(window()->width() >= screen.width() - 8); // maximised
        Test::saveScreenshot(window(), QStringLiteral("layout-%1-accesso").arg(m_dpi));
        const QStringList cut = cutTexts(window());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n  "))));
    }

    void everyPageFits()
    {
        QVERIFY(Test::signIn(window(), QStringLiteral("g.bianchi"), QStringLiteral("password di giulia")));
        for (const auto &[show, name] : {std::pair{Id::ShowCitizens, "cittadini"},
                                         {Id::ShowReception, "accoglienza"},
                                         {Id::ShowCounter, "sportello"}}) {
            window()->actions()->action(show)->trigger();
            if (show == Id::ShowCounter)
                window()->actions()->action(Id::CallNext)->trigger(); // someone at the counter
            if (show == Id::ShowReception)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
            QCoreApplication::processEvents();
            Test::saveScreenshot(window(), QStringLiteral("layout-%1-%2").arg(m_dpi, QLatin1String(name)));
            const QStringList cut = cutTexts(window());
            QVERIFY2(cut.isEmpty(), qPrintable(QLatin1String(name) + QStringLiteral(":\n  ") +
                                               cut.join(QStringLiteral("\n  "))));
        }
    }

    void everyDialogFits()
    {
        Storage::WriteContext responsabile = m_db->context;
        responsabile.actor = Test::clerk(Role::Responsabile);
        Storage::CitizenRepository citizens(*m_startup->database(), responsabile);
        {
            Ui::CitizenDialog form(citizens, Domain::Citizen{});
            check(&form, QStringLiteral("cittadino"));
        }
        {
            Ui::CitizenPicker picker(citizens);
            check(&picker, QStringLiteral("scelta-cittadino"));
        }
        Storage::QueueSetup setup(*m_startup->database(), responsabile);
        {
            Ui::QueueSetupDialog dialog(*m_startup->database(), responsabile);
            for (int tab = 0; tab < dialog.findChild<QTabWidget *>()->count(); ++tab) {
                dialog.findChild<QTabWidget *>()->setCurrentIndex(tab);
                check(&dialog, QStringLiteral("impostazione-coda-%1").arg(tab));
            }
        }
        {
            Ui::ServiceFormDialog form(setup, Service{}, nullptr);
            check(&form, QStringLiteral("servizio"));
        }
        {
            Ui::CounterFormDialog form(setup, Counter{}, setup.services(), nullptr);
            check(&form, QStringLiteral("sportello"));
        }
        {
            Ui::FiguresDialog dialog(*m_startup->database(), responsabile);
            for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
                dialog.tabs()->setCurrentIndex(tab);
                check(&dialog, QStringLiteral("dati-coda-%1").arg(tab));
            }
        }
        Storage::WriteContext administrator = m_db->context;
        administrator.actor = Test::clerk(Role::Amministratore);
        Storage::AccountRepository accounts(*m_startup->database(), administrator);
        {
            Ui::AccountsDialog dialog(accounts);
            check(&dialog, QStringLiteral("account"));
        }
        {
            Ui::NewAccountDialog form(accounts, Role::Operatore, nullptr);
            check(&form, QStringLiteral("nuovo-account"));
        }
        {
            const Storage::AuditLog log(*m_startup->database(), administrator.actor);
            Ui::AuditLogDialog dialog(log);
            check(&dialog, QStringLiteral("registro-attivita"));
        }
        {
            Ui::PcSettingsDialog form(*m_settings, true);
            check(&form, QStringLiteral("impostazioni-postazione"));
        }
        {
            Security::InMemorySecretStore secrets; // nothing is enrolled: no keychain needed
            Sync::SyncEngine engine(*m_startup->database(), secrets);
            Ui::EnrolDialog form(engine, QStringLiteral("Sportello polifunzionale 1"), QString());
            check(&form, QStringLiteral("collegamento"));
        }
        {
            Ui::SyncReviewDialog dialog(*m_startup->database());
            check(&dialog, QStringLiteral("revisione-sincronizzazione"));
        }
    }
};

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
