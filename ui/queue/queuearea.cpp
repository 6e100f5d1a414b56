// SPDX-License-Identifier: EUPL-1.2
#include "queue/queuearea.h"

#include "config/appsettings.h"
#include "queue/announcer.h"
#include "queue/calldisplay.h"
#include "queue/counterpage.h"
#include "queue/figuresdialog.h"
#include "queue/queuesetupdialog.h"
#include "queue/receptionpage.h"
#include "recordopeners.h"
#include "records/recordkind.h"
#include "recordviewdialog.h"
#include "sync/entitynames.h"

namespace Sportello::Ui {

namespace {
const QSet<QString> &queueEntities()
{
    static const QSet<QString> entities{Sync::Entity::queueService, Sync::Entity::queueCounter,
                                        Sync::Entity::branchHours, Sync::Entity::queueTicket,
                                        Sync::Entity::queueEvent};
    return entities;
}
} // namespace

QueueArea::QueueArea(Workplace workplace, QObject *parent)
    : Area(std::move(workplace), parent)
{
    Workplace &w = this->workplace();
    m_reception = new ReceptionPage(w.database, w.office, w.settings, w.actions, w.window);
    m_counter = new CounterPage(w.database, w.settings, w.actions, w.window);
    m_reception->setFocusPolicy(Qt::StrongFocus);
    m_counter->setFocusPolicy(Qt::StrongFocus);
    m_announcer = new Announcer(this);
    m_announcer->setSpeechEnabled(w.settings.announceBySpeech());

    using Id = ActionRegistry::Id;
    connect(action(Id::ShowReception), &QAction::triggered, this,
            [this] { emit showPageRequested(m_reception); });
    connect(action(Id::ShowCounter), &QAction::triggered, this,
            [this] { emit showPageRequested(m_counter); });
    connect(action(Id::QueueSetup), &QAction::triggered, this, [this] { setUp(this->workplace().window); });
    connect(action(Id::QueueFigures), &QAction::triggered, this, &QueueArea::showFigures);
    connect(action(Id::CallDisplay), &QAction::triggered, this, &QueueArea::showCallDisplay);

    // The setup opens in its dialog; a ticket or an event shows as a record.
    for (const QString &entity :
         {Sync::Entity::queueService, Sync::Entity::queueCounter, Sync::Entity::branchHours})
        w.openers.add(entity, [this](const QString &, QWidget *parent) { setUp(parent); });
    for (const QString &entity : {Sync::Entity::queueTicket, Sync::Entity::queueEvent}) {
        w.openers.add(entity, [this, entity](const QString &id, QWidget *parent) {
            RecordViewDialog::show(this->workplace().database, entity, id, parent);
        });
    }

    // The queue changed here or came from another PC (or the central service refused a call that
    // another counter won): every view of it shows it at once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &QueueArea::refreshViews);
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, &m_refresh, qOverload<>(&QTimer::start));
    m_tick.start();
    onRecordsChanged([this](const QSet<QString> &entities, Storage::ChangeNotifier::Origin) {
        if (entities.intersects(queueEntities()))
            m_refresh.start();
    });
}

CallDisplayWindow *QueueArea::callDisplay() const
{
    return m_display;
}

QList<Area::Page> QueueArea::pages() const
{
    return {{m_reception, ActionRegistry::Id::ShowReception}, {m_counter, ActionRegistry::Id::ShowCounter}};
}

void QueueArea::setContext(const Storage::WriteContext &context)
{
    Area::setContext(context);
    m_reception->setContext(context);
    m_counter->setContext(context);
    // The waiting room's screen shows this PC's branch, also after the PC is connected.
    if (m_display)
        m_display->setBranch(context.branchId);
}

void QueueArea::pageShown(QWidget *page)
{
    // What happened while another page was shown: the page reads it again.
    if (page == m_reception)
        m_reception->refresh();
    else if (page == m_counter)
        m_counter->refresh();
}

void QueueArea::settingsChanged()
{
    m_announcer->setSpeechEnabled(workplace().settings.announceBySpeech());
}

void QueueArea::refreshViews()
{
    // Pages and figures only while someone works: locked, the lock screen hides them.
    if (context().actor) {
        if (m_reception->isVisible())
            m_reception->refresh();
        if (m_counter->isVisible())
            m_counter->refresh();
        if (m_figures)
            m_figures->refresh();
    }
    // The waiting room's screen goes on while the PC is locked: it shows no personal data.
    if (m_display)
        m_display->refresh();
}

void QueueArea::setUp(QWidget *parent)
{
    QueueSetupDialog dialog(workplace().database, context(), parent);
    dialog.exec();
}

void QueueArea::showFigures()
{
    if (!m_figures) {
        m_figures = new FiguresDialog(workplace().database, context(), workplace().window);
        m_figures->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_figures->show();
    m_figures->raise();
    m_figures->activateWindow();
}

void QueueArea::showCallDisplay()
{
    if (!m_display) {
        m_display = new CallDisplayWindow(workplace().database, context().branchId,
                                          workplace().office.branchName, m_announcer, workplace().window);
        m_display->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_display->showOnBestScreen();
    m_display->refresh();
}

QString QueueArea::unfinishedWork() const
{
    const std::optional<Domain::Queue::Ticket> serving = m_counter->servedTicket();
    if (!serving)
        return {};
    return serving->walkIn
               ? tr("Someone without a ticket is being served at this counter and the request is not closed.")
               : tr("%1 is being served at this counter and its request is not closed.").arg(serving->code());
}

} // namespace Sportello::Ui
