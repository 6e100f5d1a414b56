// SPDX-License-Identifier: EUPL-1.2
#include "queuesetupdialog.h"

#include "domain/clock.h"
#include "formwidgets.h"
#include "security/permissions.h"
#include "storage/storageerror.h"
#include "taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Sportello::Ui {

using Domain::OpeningHours;
using Domain::TimeRange;
using Domain::Queue::Counter;
using Domain::Queue::Service;

namespace {
enum Role { IdRole = Qt::UserRole, DateRole };

QString plain(const QString &text)
{
    return QString(text).remove(QLatin1Char('&')).remove(QChar(u'…'));
}

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setAccessibleName(plain(text));
    made->setAutoDefault(false); // Return on a list edits its row
    return made;
}

QTreeWidget *list(const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *made = new QTreeWidget(parent);
    made->setAccessibleName(accessibleName);
    made->setHeaderLabels(headers);
    made->setRootIsDecorated(false);
    made->setUniformRowHeights(true);
    made->setAlternatingRowColors(true);
    made->header()->setStretchLastSection(true);
    return made;
}

void fitColumns(QTreeWidget *tree)
{
    for (int column = 0; column + 1 < tree->columnCount(); ++column) {
        tree->resizeColumnToContents(column);
        tree->setColumnWidth(column, tree->columnWidth(column) + 16); // a gap before the next
    }
}

void greyOut(QTreeWidgetItem *item, const QColor &greyed)
{
    for (int column = 0; column < item->columnCount(); ++column)
        item->setForeground(column, greyed);
}

QTimeEdit *timeEdit(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setMinimumTime(QTime(0, 0));
    edit->setMaximumTime(QTime(23, 59));
    return edit;
}

QString rangeText(const TimeRange &range)
{
    return QStringLiteral("%1–%2").arg(range.open.toString(QStringLiteral("HH:mm")),
                                       range.close.toString(QStringLiteral("HH:mm")));
}

// A form's confirm/cancel row; Return anywhere in the form confirms.
QDialogButtonBox *formButtons(QDialog *form, const QString &confirmText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(confirmText);
    ok->setAccessibleName(plain(confirmText));
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(QueueSetupDialog::tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(QueueSetupDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    return buttons;
}

// Runs a QueueSetup write: its result, or nullopt after showing why it was refused.
template <typename Write> auto attempt(QLabel *problem, Write &&write) -> std::optional<decltype(write())>
{
    try {
        auto written = write();
        problem->hide();
        return written;
    } catch (const Security::PermissionDenied &denied) {
        problem->setText(denied.message());
    } catch (const Storage::StorageError &error) {
        problem->setText(error.message());
    }
    problem->show();
    return std::nullopt;
}
} // namespace

// ---- Service form -------------------------------------------------------------------------------

ServiceFormDialog::ServiceFormDialog(Storage::QueueSetup &setup, const Service &service, QWidget *parent)
    : FormDialog(parent)
    , m_setup(setup)
    , m_result(service)
{
    setWindowTitle(service.version == 0 ? tr("New service") : tr("Service: %1").arg(service.name));
    setAccessibleName(windowTitle());
    setMinimumWidth(460);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = lineEdit(this, tr("Name of the service"), 60);
    m_name->setText(service.name);
    m_name->setPlaceholderText(tr("e.g. Registry office"));
    form->addRow(tr("&Name:"), m_name);

    m_letter = lineEdit(this, tr("Letter"), 1);
    m_letter->setText(service.prefix);
    m_letter->setMaximumWidth(m_letter->fontMetrics().horizontalAdvance(QStringLiteral("WW")) + 24);
    m_letter->setToolTip(tr("The letter of the tickets (A 12) and the key that issues them at reception"));
    // Tickets carry capitals: a lower-case letter typed is taken as its capital.
    connect(m_letter, &QLineEdit::textEdited, m_letter, [this](const QString &text) {
        if (text != text.toUpper())
            m_letter->setText(text.toUpper());
    });
    form->addRow(tr("&Letter:"), m_letter);

    m_minutes = new QSpinBox(this);
    m_minutes->setAccessibleName(tr("Usual minutes"));
    m_minutes->setRange(1, 240);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(std::clamp(service.usualMinutes, 1, 240));
    m_minutes->setToolTip(tr("How long a usual request takes: the wait is estimated from it until "
                             "today's figures exist"));
    form->addRow(tr("&Usual duration:"), m_minutes);

    m_position = new QSpinBox(this);
    m_position->setAccessibleName(tr("Position"));
    m_position->setRange(0, 99);
    m_position->setValue(std::clamp(service.position, 0, 99));
    m_position->setToolTip(tr("The order of the services at reception: lower first"));
    form->addRow(tr("&Position:"), m_position);

    m_active = new QCheckBox(tr("&Active: tickets can be issued for it"), this);
    m_active->setAccessibleName(tr("Active"));
    m_active->setToolTip(tr("A deactivated service stays in the figures and frees its letter"));
    m_active->setChecked(service.active);
    form->addRow(m_active);

    m_problem = problemLabel(this, tr("Problem"));
    m_problem->hide();
    form->addRow(m_problem);
    QDialogButtonBox *buttons = formButtons(this, service.version == 0 ? tr("Create service") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceFormDialog::confirm);
    form->addRow(buttons);
    m_name->setFocus();
    followLayoutOrder(this);
    markSaved();
}

void ServiceFormDialog::confirm()
{
    Service changed = m_result; // the version shown: a newer one elsewhere is refused
    changed.name = m_name->text().trimmed();
    changed.prefix = m_letter->text().trimmed().toUpper();
    changed.usualMinutes = m_minutes->value();
    changed.position = m_position->value();
    changed.active = m_active->isChecked();
    if (const auto saved = attempt(m_problem, [&] { return m_setup.save(changed); })) {
        m_result = *saved;
        accept();
    }
}

// ---- Counter form -------------------------------------------------------------------------------

CounterFormDialog::CounterFormDialog(Storage::QueueSetup &setup, const Counter &counter,
                                     const QList<Service> &services, QWidget *parent)
    : FormDialog(parent)
    , m_setup(setup)
    , m_result(counter)
{
    setWindowTitle(counter.version == 0 ? tr("New counter") : tr("Counter %1").arg(counter.number));
    setAccessibleName(windowTitle());
    setMinimumWidth(460);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_number = new QSpinBox(this);
    m_number->setAccessibleName(tr("Number"));
    m_number->setRange(1, 99);
    m_number->setValue(std::clamp(counter.number, 1, 99));
    m_number->setToolTip(tr("What the display and the announcement say: “counter 3”"));
    form->addRow(tr("N&umber:"), m_number);

    m_name = lineEdit(this, tr("Name of the counter"), 60);
    m_name->setText(counter.name);
    m_name->setPlaceholderText(tr("optional, e.g. Civil status"));
    form->addRow(tr("&Name:"), m_name);

    m_services = new QListWidget(this);
    m_services->setAccessibleName(tr("Services called at this counter"));
    m_services->setToolTip(tr("Space ticks or unticks the service"));
    for (const Service &service : services) {
        const bool chosen = counter.serviceIds.contains(service.id);
        if (!service.active && !chosen)
            continue;
        QString text = QStringLiteral("%1  %2").arg(service.prefix, service.name);
        if (!service.active)
            text = tr("%1 (deactivated)").arg(text);
        auto *item = new QListWidgetItem(text, m_services);
        item->setData(IdRole, service.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_services->setCurrentRow(0);
    auto *servicesLabel = new QLabel(tr("&Services:"), this);
    servicesLabel->setBuddy(m_services);
    form->addRow(servicesLabel, m_services);

    m_active = new QCheckBox(tr("&Active: the counter calls tickets"), this);
    m_active->setAccessibleName(tr("Active"));
    m_active->setToolTip(tr("A deactivated counter stays in the figures and frees its number"));
    m_active->setChecked(counter.active);
    form->addRow(m_active);

    m_problem = problemLabel(this, tr("Problem"));
    m_problem->hide();
    form->addRow(m_problem);
    QDialogButtonBox *buttons = formButtons(this, counter.version == 0 ? tr("Create counter") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CounterFormDialog::confirm);
    form->addRow(buttons);
    m_number->setFocus();
    m_number->selectAll();
    followLayoutOrder(this);
    markSaved();
}

void CounterFormDialog::confirm()
{
    Counter changed = m_result;
    changed.number = m_number->value();
    changed.name = m_name->text().trimmed();
    changed.serviceIds.clear();
    for (int row = 0; row < m_services->count(); ++row) {
        if (m_services->item(row)->checkState() == Qt::Checked)
            changed.serviceIds << m_services->item(row)->data(IdRole).toString();
    }
    changed.active = m_active->isChecked();
    if (const auto saved = attempt(m_problem, [&] { return m_setup.save(changed); })) {
        m_result = *saved;
        accept();
    }
}

// ---- The dialog ---------------------------------------------------------------------------------

QueueSetupDialog::QueueSetupDialog(const Storage::Database &database, Storage::WriteContext context,
                                   QWidget *parent)
    : FormDialog(parent)
    , m_setup(database, std::move(context))
    , m_today(Clock::today())
{
    setWindowTitle(tr("Queue setup"));
    setAccessibleName(windowTitle());
    resizeWithinScreen(this, QSize(1040, 680));
    auto *layout = new QVBoxLayout(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Parts of the setup"));
    m_tabs->addTab(makeServicesTab(), tr("&Services"));
    m_tabs->addTab(makeCountersTab(), tr("&Counters"));
    m_hoursTab = makeHoursTab();
    m_tabs->addTab(m_hoursTab, tr("&Opening hours"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadServices();
    reloadCounters();
    loadHours();
    m_serviceList->setFocus();
    followLayoutOrder(this);
}

QWidget *QueueSetupDialog::makeServicesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The services of this office, in the order reception shows them. Each "
                                "letter starts its tickets' numbers. Services are never deleted: "
                                "deactivate the ones no longer offered."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_serviceList =
        list(tr("Services"), {tr("Letter"), tr("Service"), tr("Usual minutes"), tr("State")}, page);
    layout->addWidget(m_serviceList, 1);
    m_serviceMessage = problemLabel(page, tr("Message"));
    m_serviceMessage->hide();
    layout->addWidget(m_serviceMessage);

    auto *row = new QHBoxLayout;
    m_newService = button(tr("&New service…"), page);
    m_editService = button(tr("&Edit…"), page);
    m_editService->setToolTip(
        tr("Name, letter, duration, position and whether it is active (Return on the list)"));
    m_typicalServices = button(tr("Add the &typical services"), page);
    m_typicalServices->setToolTip(tr("Registry office, Civil status, Identity card, Local taxes, Records "
                                     "office, SPID help and Information, to adjust afterwards"));
    row->addWidget(m_newService);
    row->addWidget(m_editService);
    row->addWidget(m_typicalServices);
    row->addStretch(1);
    layout->addLayout(row);

    connect(m_newService, &QPushButton::clicked, this, &QueueSetupDialog::newService);
    connect(m_editService, &QPushButton::clicked, this, &QueueSetupDialog::editService);
    connect(m_typicalServices, &QPushButton::clicked, this, &QueueSetupDialog::addTypicalServices);
    connect(m_serviceList, &QTreeWidget::currentItemChanged, this, &QueueSetupDialog::updateButtons);
    connect(m_serviceList, &QTreeWidget::itemActivated, this, &QueueSetupDialog::editService);
    return page;
}

QWidget *QueueSetupDialog::makeCountersTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The counters of this office and the services each one calls. Counters "
                                "are never deleted: deactivate the ones no longer in use."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_counterList = list(tr("Counters"), {tr("Number"), tr("Name"), tr("Services"), tr("State")}, page);
    layout->addWidget(m_counterList, 1);
    m_counterMessage = problemLabel(page, tr("Message"));
    m_counterMessage->hide();
    layout->addWidget(m_counterMessage);

    auto *row = new QHBoxLayout;
    m_newCounter = button(tr("&New counter…"), page);
    m_editCounter = button(tr("&Edit…"), page);
    m_editCounter->setToolTip(tr("Number, name, services and whether it is active (Return on the list)"));
    row->addWidget(m_newCounter);
    row->addWidget(m_editCounter);
    row->addStretch(1);
    layout->addLayout(row);

    connect(m_newCounter, &QPushButton::clicked, this, &QueueSetupDialog::newCounter);
    connect(m_editCounter, &QPushButton::clicked, this, &QueueSetupDialog::editCounter);
    connect(m_counterList, &QTreeWidget::currentItemChanged, this, &QueueSetupDialog::updateButtons);
    connect(m_counterList, &QTreeWidget::itemActivated, this, &QueueSetupDialog::editCounter);
    return page;
}

QWidget *QueueSetupDialog::makeHoursTab()
{
    auto *page = new QWidget(this);
    auto *columns = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 3);

    // The week: one row a day, in the order Tab follows.
    auto *week = new QGroupBox(tr("Weekly hours"), page);
    auto *grid = new QGridLayout(week);
    const QStringList headers{tr("Day"),  tr("Closed"), tr("From"), tr("To"),
                              tr("Also"), tr("From"),   tr("To")};
    for (int column = 0; column < headers.size(); ++column)
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(column)), week), 0, column);
    const QStringList dayNames{tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                               tr("Friday"), tr("Saturday"), tr("Sunday")};
    for (int day = 0; day < 7; ++day) {
        DayRow &row = m_days.at(std::size_t(day));
        const QString name = dayNames.at(day);
        const int line = day + 1;
        grid->addWidget(new QLabel(name, week), line, 0);
        row.closed = new QCheckBox(week);
        row.closed->setAccessibleName(tr("%1: closed").arg(name));
        row.open1 = timeEdit(tr("%1: opens at").arg(name), week);
        row.close1 = timeEdit(tr("%1: closes at").arg(name), week);
        row.second = new QCheckBox(week);
        row.second->setAccessibleName(tr("%1: open again later").arg(name));
        row.second->setToolTip(tr("A second range in the same day, e.g. the afternoon"));
        row.open2 = timeEdit(tr("%1: opens again at").arg(name), week);
        row.close2 = timeEdit(tr("%1: closes again at").arg(name), week);
        row.more = new QLabel(week);
        row.more->setAccessibleName(tr("%1: further ranges").arg(name));
        row.more->hide();
        grid->addWidget(row.closed, line, 1, Qt::AlignCenter);
        grid->addWidget(row.open1, line, 2);
        grid->addWidget(row.close1, line, 3);
        grid->addWidget(row.second, line, 4, Qt::AlignCenter);
        grid->addWidget(row.open2, line, 5);
        grid->addWidget(row.close2, line, 6);
        grid->addWidget(row.more, line, 7);
        connect(row.closed, &QCheckBox::toggled, this, [this, day] { updateDayRow(day); });
        connect(row.second, &QCheckBox::toggled, this, [this, day] { updateDayRow(day); });
    }
    grid->setColumnStretch(8, 1);
    left->addWidget(week);

    // The patron saint's day: every year, like the national holidays.
    auto *patronRow = new QHBoxLayout;
    m_patron = new QCheckBox(tr("&Patron saint's day"), page);
    m_patron->setAccessibleName(tr("Patron saint's day"));
    m_patron->setToolTip(tr("The office is closed on that day every year"));
    m_patronDay = new QSpinBox(page);
    m_patronDay->setAccessibleName(tr("Day of the patron saint's day"));
    m_patronDay->setRange(1, 31);
    m_patronMonth = new QComboBox(page);
    m_patronMonth->setAccessibleName(tr("Month of the patron saint's day"));
    for (int month = 1; month <= 12; ++month)
        m_patronMonth->addItem(QLocale().standaloneMonthName(month), month);
    m_patronName = lineEdit(page, tr("Name of the patron saint"), Domain::MaxOpeningHoursText);
    m_patronName->setPlaceholderText(tr("e.g. Saint John the Baptist"));
    patronRow->addWidget(m_patron);
    patronRow->addWidget(m_patronDay);
    patronRow->addWidget(m_patronMonth);
    patronRow->addWidget(m_patronName, 1);
    left->addLayout(patronRow);
    connect(m_patron, &QCheckBox::toggled, this, [this](bool on) {
        m_patronDay->setEnabled(on);
        m_patronMonth->setEnabled(on);
        m_patronName->setEnabled(on);
        updatePreview();
    });
    connect(m_patronDay, &QSpinBox::valueChanged, this, &QueueSetupDialog::updatePreview);
    connect(m_patronMonth, &QComboBox::currentIndexChanged, this, &QueueSetupDialog::updatePreview);
    connect(m_patronName, &QLineEdit::textChanged, this, &QueueSetupDialog::updatePreview);

    // Extra closures the comune decides (a bridge day, an election).
    auto *extra = new QGroupBox(tr("Extra closed days"), page);
    auto *extraLayout = new QGridLayout(extra);
    m_closedDayList = new QListWidget(extra);
    m_closedDayList->setAccessibleName(tr("Extra closed days"));
    extraLayout->addWidget(m_closedDayList, 0, 0, 3, 1);
    m_closedDayEdit = new QDateEdit(extra);
    m_closedDayEdit->setProperty("formIgnored", true); // the day to add, not yet a closed day
    m_closedDayEdit->setAccessibleName(tr("Closed day to add"));
    m_closedDayEdit->setCalendarPopup(true);
    m_closedDayEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_closedDayEdit->setDateRange(QDate(Domain::FirstClosedDayYear, 1, 1),
                                  QDate(Domain::LastClosedDayYear, 12, 31));
    m_closedDayEdit->setDate(m_today);
    m_addClosedDay = button(tr("&Add closed day"), extra);
    m_removeClosedDay = button(tr("&Remove"), extra);
    m_removeClosedDay->setAccessibleName(tr("Remove closed day"));
    extraLayout->addWidget(m_closedDayEdit, 0, 1);
    extraLayout->addWidget(m_addClosedDay, 1, 1);
    extraLayout->addWidget(m_removeClosedDay, 2, 1, Qt::AlignTop);
    left->addWidget(extra, 1);
    connect(m_addClosedDay, &QPushButton::clicked, this, &QueueSetupDialog::addClosedDay);
    connect(m_removeClosedDay, &QPushButton::clicked, this, &QueueSetupDialog::removeClosedDay);
    connect(m_closedDayList, &QListWidget::currentRowChanged, this, &QueueSetupDialog::updateButtons);

    m_hoursMessage = problemLabel(page, tr("Message about the hours"));
    m_hoursMessage->hide();
    left->addWidget(m_hoursMessage);
    auto *saveRow = new QHBoxLayout;
    m_saveHours = button(tr("Sa&ve hours and closed days"), page);
    saveRow->addWidget(m_saveHours);
    saveRow->addStretch(1);
    left->addLayout(saveRow);
    connect(m_saveHours, &QPushButton::clicked, this, &QueueSetupDialog::saveHours);

    // What the rules above make of the coming year, before saving: Easter moves, patron days differ.
    auto *right = new QVBoxLayout;
    auto *previewLabel = new QLabel(tr("Closed days in the next 12 months"), page);
    m_preview = list(tr("Closed days in the next 12 months"), {tr("Date"), tr("Why")}, page);
    previewLabel->setBuddy(m_preview);
    right->addWidget(previewLabel);
    right->addWidget(m_preview, 1);
    columns->addLayout(right, 2);
    return page;
}

void QueueSetupDialog::say(QLabel *label, const QString &text, bool problem)
{
    label->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void QueueSetupDialog::setToday(const QDate &today)
{
    m_today = today;
    m_closedDayEdit->setDate(today);
    updatePreview();
}

// ---- Services -----------------------------------------------------------------------------------

void QueueSetupDialog::reloadServices(const QString &selectId)
{
    m_serviceList->clear();
    try {
        m_services = m_setup.services(false);
        say(m_serviceMessage, {});
    } catch (const Storage::StorageError &error) {
        m_services.clear();
        say(m_serviceMessage, tr("Cannot read the services: %1").arg(error.message()));
    }
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    QTreeWidgetItem *selected = nullptr;
    for (const Service &service : std::as_const(m_services)) {
        auto *item = new QTreeWidgetItem(m_serviceList,
                                         {service.prefix, service.name, QString::number(service.usualMinutes),
                                          service.active ? tr("Active") : tr("Deactivated")});
        item->setData(0, IdRole, service.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (!service.active)
            greyOut(item, greyed);
        if (service.id == selectId)
            selected = item;
    }
    fitColumns(m_serviceList);
    m_serviceList->setCurrentItem(selected ? selected : m_serviceList->topLevelItem(0));
    // Only for a branch starting from nothing: seven services in one go.
    m_typicalServices->setVisible(m_services.isEmpty());
    updateButtons();
}

void QueueSetupDialog::newService()
{
    Service service;
    int position = 0;
    for (const Service &each : std::as_const(m_services))
        position = std::max(position, each.position);
    service.position = std::min(99, m_services.isEmpty() ? 1 : position + 1);
    ServiceFormDialog form(m_setup, service, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reloadServices(form.result().id);
    reloadCounters(); // the counters show the letters
    m_serviceList->setFocus();
    emit setupChanged();
}

void QueueSetupDialog::editService()
{
    const QTreeWidgetItem *item = m_serviceList->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, IdRole).toString();
    const auto found = std::find_if(m_services.cbegin(), m_services.cend(),
                                    [&](const Service &each) { return each.id == id; });
    if (found == m_services.cend())
        return;
    ServiceFormDialog form(m_setup, *found, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reloadServices(id);
    reloadCounters();
    m_serviceList->setFocus();
    emit setupChanged();
}

void QueueSetupDialog::addTypicalServices()
{
    struct Typical {
        QString name;
        const char *letter;
        int minutes;
    };
    // D (digitale) for SPID: S is Stato civile's.
    const QList<Typical> typical{
        {tr("Registry office"), "A", 10}, {tr("Civil status"), "S", 15},  {tr("Identity card"), "C", 20},
        {tr("Local taxes"), "T", 15},     {tr("Records office"), "P", 5}, {tr("SPID help"), "D", 30},
        {tr("Information"), "I", 5},
    };
    QString firstId;
    int made = 0;
    for (const Typical &each : typical) {
        Service service;
        service.name = each.name;
        service.prefix = QLatin1String(each.letter);
        service.usualMinutes = each.minutes;
        service.position = ++made;
        const auto saved = attempt(m_serviceMessage, [&] { return m_setup.save(service); });
        if (!saved) {
            // Whatever was made stays; the message says why the rest was not.
            const QString problem = m_serviceMessage->text();
            reloadServices(firstId);
            say(m_serviceMessage, problem);
            if (made > 1)
                emit setupChanged();
            return;
        }
        if (firstId.isEmpty())
            firstId = saved->id;
    }
    reloadServices(firstId);
    reloadCounters();
    m_serviceList->setFocus();
    emit setupChanged();
}

// ---- Counters -----------------------------------------------------------------------------------

void QueueSetupDialog::reloadCounters(const QString &selectId)
{
    m_counterList->clear();
    try {
        m_counters = m_setup.counters(false);
        say(m_counterMessage, {});
    } catch (const Storage::StorageError &error) {
        m_counters.clear();
        say(m_counterMessage, tr("Cannot read the counters: %1").arg(error.message()));
    }
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    QTreeWidgetItem *selected = nullptr;
    for (const Counter &counter : std::as_const(m_counters)) {
        QStringList letters;
        for (const Service &service : std::as_const(m_services)) {
            if (counter.serviceIds.contains(service.id))
                letters << service.prefix;
        }
        auto *item = new QTreeWidgetItem(m_counterList, {QString::number(counter.number), counter.name,
                                                         letters.join(QStringLiteral(", ")),
                                                         counter.active ? tr("Active") : tr("Deactivated")});
        item->setData(0, IdRole, counter.id);
        if (!counter.active)
            greyOut(item, greyed);
        if (counter.id == selectId)
            selected = item;
    }
    fitColumns(m_counterList);
    m_counterList->setCurrentItem(selected ? selected : m_counterList->topLevelItem(0));
    updateButtons();
}

void QueueSetupDialog::newCounter()
{
    Counter counter;
    int number = 0;
    for (const Counter &each : std::as_const(m_counters)) {
        if (each.active)
            number = std::max(number, each.number);
    }
    counter.number = std::min(99, number + 1);
    CounterFormDialog form(m_setup, counter, m_services, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reloadCounters(form.result().id);
    m_counterList->setFocus();
    emit setupChanged();
}

void QueueSetupDialog::editCounter()
{
    const QTreeWidgetItem *item = m_counterList->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, IdRole).toString();
    const auto found = std::find_if(m_counters.cbegin(), m_counters.cend(),
                                    [&](const Counter &each) { return each.id == id; });
    if (found == m_counters.cend())
        return;
    CounterFormDialog form(m_setup, *found, m_services, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reloadCounters(id);
    m_counterList->setFocus();
    emit setupChanged();
}

void QueueSetupDialog::updateButtons()
{
    m_editService->setEnabled(m_serviceList->currentItem() != nullptr);
    m_editCounter->setEnabled(m_counterList->currentItem() != nullptr);
    // A counter calls services: none to choose yet, nothing to make.
    const bool anyActive = std::any_of(m_services.cbegin(), m_services.cend(),
                                       [](const Service &service) { return service.active; });
    m_newCounter->setEnabled(anyActive);
    m_newCounter->setToolTip(anyActive ? QString() : tr("Create the services first"));
    m_removeClosedDay->setEnabled(m_closedDayList->currentRow() >= 0);
}

// ---- Hours --------------------------------------------------------------------------------------

void QueueSetupDialog::loadHours()
{
    try {
        showHours(m_setup.openingHours());
        say(m_hoursMessage, {});
        markSaved(m_hoursTab); // the hours are saved on their own: closing asks if they were not
    } catch (const Storage::StorageError &error) {
        showHours(Domain::defaultOpeningHours());
        say(m_hoursMessage, tr("Cannot read the opening hours: %1").arg(error.message()));
    }
}

void QueueSetupDialog::showHours(const OpeningHours &hours)
{
    for (int day = 0; day < 7; ++day) {
        DayRow &row = m_days.at(std::size_t(day));
        const QList<TimeRange> &ranges = hours.week.at(std::size_t(day));
        // A closed day still offers sensible times, should it open.
        const TimeRange first = ranges.value(0, TimeRange{QTime(8, 30), QTime(12, 30)});
        const TimeRange second = ranges.value(1, TimeRange{QTime(15, 0), QTime(17, 30)});
        row.open1->setTime(first.open);
        row.close1->setTime(first.close);
        row.open2->setTime(second.open);
        row.close2->setTime(second.close);
        // Hours set elsewhere with more ranges than this table shows are kept as they are.
        row.extra = ranges.mid(2);
        QStringList more;
        for (const TimeRange &range : std::as_const(row.extra))
            more << rangeText(range);
        row.more->setText(more.isEmpty() ? QString() : tr("and %1").arg(more.join(QStringLiteral(", "))));
        row.more->setVisible(!more.isEmpty());
        row.closed->setChecked(ranges.isEmpty());
        row.second->setChecked(ranges.size() > 1);
        updateDayRow(day);
    }
    {
        const QSignalBlocker blockDay(m_patronDay), blockMonth(m_patronMonth), blockName(m_patronName);
        const Domain::PatronDay patron = hours.patron.value_or(Domain::PatronDay{});
        m_patronDay->setValue(patron.day > 0 ? patron.day : 1);
        m_patronMonth->setCurrentIndex(patron.month > 0 ? patron.month - 1 : 0);
        m_patronName->setText(patron.name);
    }
    m_patron->setChecked(hours.patron.has_value());
    // setChecked emits only on a change: the fields follow the box in any case.
    for (QWidget *field : std::initializer_list<QWidget *>{m_patronDay, m_patronMonth, m_patronName})
        field->setEnabled(hours.patron.has_value());
    m_closedDays = hours.closedDays;
    showClosedDays();
}

void QueueSetupDialog::updateDayRow(int day)
{
    DayRow &row = m_days.at(std::size_t(day));
    const bool open = !row.closed->isChecked();
    row.open1->setEnabled(open);
    row.close1->setEnabled(open);
    row.second->setEnabled(open);
    row.open2->setEnabled(open && row.second->isChecked());
    row.close2->setEnabled(open && row.second->isChecked());
    row.more->setEnabled(open);
}

OpeningHours QueueSetupDialog::hoursInForm() const
{
    OpeningHours hours;
    for (int day = 0; day < 7; ++day) {
        const DayRow &row = m_days.at(std::size_t(day));
        QList<TimeRange> ranges;
        if (!row.closed->isChecked()) {
            ranges << TimeRange{row.open1->time(), row.close1->time()};
            if (row.second->isChecked())
                ranges << TimeRange{row.open2->time(), row.close2->time()};
            ranges << row.extra;
            // Typed in any order; overlaps are still refused by openingHoursProblem().
            std::sort(ranges.begin(), ranges.end(),
                      [](const TimeRange &a, const TimeRange &b) { return a.open < b.open; });
        }
        hours.week.at(std::size_t(day)) = ranges;
    }
    if (m_patron->isChecked())
        hours.patron = Domain::PatronDay{m_patronMonth->currentData().toInt(), m_patronDay->value(),
                                         m_patronName->text().trimmed()};
    hours.closedDays = m_closedDays;
    return hours;
}

void QueueSetupDialog::showClosedDays(const QDate &select)
{
    m_closedDayList->clear();
    for (const QDate &date : std::as_const(m_closedDays)) {
        auto *item = new QListWidgetItem(QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy")),
                                         m_closedDayList);
        item->setData(DateRole, date);
        if (date == select)
            m_closedDayList->setCurrentItem(item);
    }
    updateButtons();
    updatePreview();
}

void QueueSetupDialog::addClosedDay()
{
    const QDate date = m_closedDayEdit->date();
    if (m_closedDays.contains(date)) {
        showClosedDays(date);
        return;
    }
    if (m_closedDays.size() >= Domain::MaxClosedDays) {
        say(m_hoursMessage, tr("At most %1 extra closed days.").arg(Domain::MaxClosedDays));
        return;
    }
    m_closedDays << date;
    std::sort(m_closedDays.begin(), m_closedDays.end());
    showClosedDays(date);
}

void QueueSetupDialog::removeClosedDay()
{
    const int row = m_closedDayList->currentRow();
    if (row < 0)
        return;
    m_closedDays.removeAt(row);
    showClosedDays(m_closedDays.value(std::min<qsizetype>(row, m_closedDays.size() - 1)));
    m_closedDayList->setFocus();
}

void QueueSetupDialog::updatePreview()
{
    if (!m_preview)
        return;
    const OpeningHours hours = hoursInForm();
    m_preview->clear();
    const QDate end = m_today.addYears(1);
    for (QDate date = m_today; date < end; date = date.addDays(1)) {
        const QString reason = Domain::closedReason(hours, date);
        if (reason.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(
            m_preview, {QLocale().toString(date, QStringLiteral("ddd d MMM yyyy")), reason});
        item->setData(0, DateRole, date);
    }
    fitColumns(m_preview);
}

void QueueSetupDialog::saveHours()
{
    const OpeningHours hours = hoursInForm();
    if (const QString problem = Domain::openingHoursProblem(hours); !problem.isEmpty()) {
        say(m_hoursMessage, problem);
        return;
    }
    const auto saved = attempt(m_hoursMessage, [&] {
        m_setup.save(hours);
        return true;
    });
    if (!saved) {
        say(m_hoursMessage, m_hoursMessage->text());
        return;
    }
    say(m_hoursMessage, tr("Opening hours and closed days saved."), false);
    markSaved(m_hoursTab);
    emit setupChanged();
}

} // namespace Sportello::Ui
