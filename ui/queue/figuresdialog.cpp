// SPDX-License-Identifier: EUPL-1.2
#include "queue/figuresdialog.h"

#include "domain/clock.h"
#include "domain/logcategories.h"
#include "formwidgets.h"
#include "security/permissions.h"
#include "storage/queuesetup.h"
#include "storage/storageerror.h"
#include "taborder.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Sportello::Ui {
namespace {
constexpr int refreshMilliseconds = 30 * 1000;
constexpr int notesColumn = 15; // of QueueFigures::exportHeadings()

QTableWidget *table(QWidget *parent, const QString &accessibleName, const QStringList &headings)
{
    auto *t = new QTableWidget(0, int(headings.size()), parent);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headings);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(t->horizontalHeader());
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QDateEdit *dateEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QDateEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

QString withoutMnemonic(const QString &text)
{
    return QString(text).remove(QLatin1Char('&')).remove(QChar(u'…')).remove(QLatin1Char(':'));
}
} // namespace

FiguresDialog::FiguresDialog(const Storage::Database &database, Storage::WriteContext context,
                             QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_context(std::move(context))
{
    setWindowTitle(tr("Queue figures"));
    setAccessibleName(windowTitle());
    resizeWithinScreen(this, QSize(1100, 620));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Figures"));
    m_tabs->addTab(buildTodayTab(), tr("&Today"));
    m_tabs->addTab(buildHistoryTab(), tr("&History"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Each tab is read again when it comes to the front: the queue moves on meanwhile.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0) {
            refresh();
            m_services->setFocus();
        } else {
            fillOperators();
            reloadHistory();
            m_history->setFocus(); // what is read; the filters have their Alt letters
        }
    });

    m_timer = new QTimer(this);
    m_timer->setInterval(refreshMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &FiguresDialog::refresh);
    m_timer->start();

    showLastMonth();
    m_services->setFocus();
    followLayoutOrder(this);
}

QWidget *FiguresDialog::buildTodayTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *day = new QGroupBox(tr("The day so far"), page);
    auto *grid = new QGridLayout(day);
    const auto addTotal = [&](int row, int column, const QString &name, const QString &caption) {
        auto *label = new QLabel(caption, day);
        auto *value = new QLabel(day);
        value->setObjectName(name);
        value->setAccessibleName(withoutMnemonic(caption));
        // Reachable with Tab, so that a screen reader reads each figure.
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::TabFocus);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        label->setBuddy(value);
        grid->addWidget(label, row, column * 3);
        grid->addWidget(value, row, column * 3 + 1);
        return value;
    };
    m_waiting = addTotal(0, 0, QStringLiteral("waiting"), tr("People waiting:"));
    m_served = addTotal(1, 0, QStringLiteral("served"), tr("Served:"));
    m_noShows = addTotal(2, 0, QStringLiteral("noShows"), tr("Did not come:"));
    m_averageWait = addTotal(0, 1, QStringLiteral("averageWait"), tr("Average wait:"));
    m_longestWait = addTotal(1, 1, QStringLiteral("longestWait"), tr("Longest wait:"));
    m_averageService = addTotal(2, 1, QStringLiteral("averageService"), tr("Average service time:"));
    grid->setColumnMinimumWidth(1, 48); // the values, then a gap before the next captions
    grid->setColumnMinimumWidth(2, 32);
    grid->setColumnMinimumWidth(4, 64);
    grid->setColumnStretch(5, 1);
    layout->addWidget(day);

    auto *tables = new QHBoxLayout;
    auto *serviceBox = new QVBoxLayout;
    auto *serviceCaption = new QLabel(tr("By &service"), page);
    m_services = table(page, tr("Figures by service"),
                       {tr("Service"), tr("Waiting"), tr("Longest wait"), tr("Served")});
    serviceCaption->setBuddy(m_services);
    serviceBox->addWidget(serviceCaption);
    serviceBox->addWidget(m_services);
    tables->addLayout(serviceBox, 3);
    auto *counterBox = new QVBoxLayout;
    auto *counterCaption = new QLabel(tr("By &counter"), page);
    m_counters = table(page, tr("Figures by counter"), {tr("Counter"), tr("Served"), tr("Did not come")});
    counterCaption->setBuddy(m_counters);
    counterBox->addWidget(counterCaption);
    counterBox->addWidget(m_counters);
    tables->addLayout(counterBox, 2);
    layout->addLayout(tables, 1);

    m_updated = new QLabel(page);
    m_updated->setAccessibleName(tr("Last update"));
    layout->addWidget(m_updated);
    return page;
}

QWidget *FiguresDialog::buildHistoryTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    // Label above field, as in the audit log, so that the Italian labels have room.
    auto *filters = new QGridLayout;
    int column = 0;
    const auto addFilter = [&](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, page);
        caption->setBuddy(field);
        filters->addWidget(caption, 0, column);
        filters->addWidget(field, 1, column);
        ++column;
    };
    m_from = dateEdit(page, tr("From date"));
    addFilter(tr("&From:"), m_from);
    m_to = dateEdit(page, tr("To date"));
    addFilter(tr("T&o:"), m_to);
    m_service = new QComboBox(page);
    m_service->setAccessibleName(tr("Service"));
    m_service->addItem(tr("All services"), QString());
    try {
        // Services closed since then still have their requests.
        for (const Domain::Queue::Service &service :
             Storage::QueueSetup(m_database, m_context).services(false))
            m_service->addItem(tr("%1 — %2").arg(service.prefix, service.name), service.id);
    } catch (const Storage::StorageError &error) {
        // The list stays with "All services"; the history says what is wrong.
        qCWarning(lcUiQueue) << "cannot list the services:" << error.detail();
    }
    addFilter(tr("Ser&vice:"), m_service);
    m_outcome = new QComboBox(page);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("All outcomes"), QString());
    for (const Domain::Queue::Outcome outcome : Domain::Queue::allOutcomes())
        m_outcome->addItem(Domain::Queue::outcomeTitle(outcome), Domain::Queue::outcomeName(outcome));
    addFilter(tr("O&utcome:"), m_outcome);
    m_operator = new QComboBox(page);
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->setMinimumContentsLength(12);
    addFilter(tr("O&perator:"), m_operator);
    m_citizen = lineEdit(page, tr("Citizen"), 60);
    m_citizen->setPlaceholderText(tr("Surname or codice fiscale"));
    m_citizen->setClearButtonEnabled(true);
    m_citizen->setMinimumWidth(200);
    addFilter(tr("&Citizen:"), m_citizen);
    filters->setColumnStretch(column, 1);
    layout->addLayout(filters);

    m_history = table(page, tr("Requests"), Storage::QueueFigures::exportHeadings());
    layout->addWidget(m_history, 1);

    auto *paging = new QHBoxLayout;
    m_page = new QLabel(page);
    m_page->setAccessibleName(tr("Requests shown"));
    paging->addWidget(m_page, 1);
    m_previous = new QPushButton(tr("&Back"), page);
    m_previous->setToolTip(tr("The previous, newer requests"));
    m_next = new QPushButton(tr("&Next"), page);
    m_next->setToolTip(tr("The next, older requests"));
    m_export = new QPushButton(tr("&Export CSV…"), page);
    m_export->setToolTip(tr("All the requests of these filters, as a file for spreadsheets"));
    for (QPushButton *button : {m_previous, m_next, m_export}) {
        button->setAccessibleName(withoutMnemonic(button->text()));
        button->setAutoDefault(false);
        paging->addWidget(button);
    }
    // Shown only to those who may export; app/ refuses the others anyway.
    m_export->setVisible(m_context.actor &&
                         Security::allows(m_context.actor->role, Security::Permission::ExportData));
    layout->addLayout(paging);
    m_message = problemLabel(page, tr("Message"));
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        fillOperators();
        reloadHistory();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        fillOperators();
        reloadHistory();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, &FiguresDialog::reloadHistory);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &FiguresDialog::reloadHistory);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &FiguresDialog::reloadHistory);
    // Typed text is searched on Return or when the field is left, not at every letter.
    connect(m_citizen, &QLineEdit::editingFinished, this, [this] {
        if (m_citizen->isModified()) {
            m_citizen->setModified(false);
            reloadHistory();
        }
    });
    connect(m_citizen, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            reloadHistory();
    });
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_offset = qMax(0, m_offset - m_pageSize);
        showPage();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_offset + m_pageSize < m_total)
            m_offset += m_pageSize;
        showPage();
    });
    connect(m_export, &QPushButton::clicked, this, &FiguresDialog::exportCsv);
    return page;
}

QLabel *FiguresDialog::totalLabel(const QString &name) const
{
    return findChild<QLabel *>(name);
}

void FiguresDialog::showLastMonth()
{
    const QDate today = Clock::today();
    {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        m_from->setDate(today.addDays(-30));
        m_to->setDate(today);
    }
    fillOperators();
    refresh();
    reloadHistory();
}

Storage::QueueFigures FiguresDialog::figures() const
{
    return Storage::QueueFigures(m_database, m_context.branchId, m_context.actor);
}

void FiguresDialog::refresh()
{
    const QDateTime now = Clock::nowLocal();
    Storage::DayFigures day;
    try {
        day = figures().figures(now.date(), now);
    } catch (const Security::PermissionDenied &denied) {
        m_updated->setText(denied.message());
        return;
    } catch (const Storage::StorageError &error) {
        m_updated->setText(tr("Cannot read the figures: %1").arg(error.message()));
        return;
    }
    const QLocale locale;
    const auto minutes = [&](double value) { return tr("%1 min").arg(locale.toString(value, 'f', 1)); };
    m_waiting->setText(locale.toString(day.waiting));
    m_served->setText(locale.toString(day.served));
    m_noShows->setText(locale.toString(day.noShows));
    m_averageWait->setText(minutes(day.averageWaitMinutes));
    m_longestWait->setText(tr("%1 min").arg(day.longestWaitMinutes));
    m_averageService->setText(minutes(day.averageServiceMinutes));

    // The rows stay where they are, so that a refresh does not move the reader's place.
    const int serviceRow = m_services->currentRow();
    m_services->setRowCount(int(day.services.size()));
    for (int row = 0; row < day.services.size(); ++row) {
        const Storage::ServiceFigures &s = day.services.at(row);
        m_services->setItem(row, 0, cell(s.prefix.isEmpty() ? s.name : tr("%1 — %2").arg(s.prefix, s.name)));
        m_services->setItem(row, 1, cell(locale.toString(s.waiting), true));
        m_services->setItem(
            row, 2, cell(s.waiting > 0 ? tr("%1 min").arg(s.longestWaitingMinutes) : QString(), true));
        m_services->setItem(row, 3, cell(locale.toString(s.served), true));
    }
    m_services->setCurrentCell(qBound(0, serviceRow, m_services->rowCount() - 1), 0);
    const int counterRow = m_counters->currentRow();
    m_counters->setRowCount(int(day.counters.size()));
    for (int row = 0; row < day.counters.size(); ++row) {
        const Storage::CounterFigures &c = day.counters.at(row);
        const QString title = c.name.isEmpty() ? tr("Counter %1").arg(c.number)
                                               : tr("Counter %1 — %2").arg(QString::number(c.number), c.name);
        m_counters->setItem(row, 0, cell(title));
        m_counters->setItem(row, 1, cell(locale.toString(c.served), true));
        m_counters->setItem(row, 2, cell(locale.toString(c.noShows), true));
    }
    m_counters->setCurrentCell(qBound(0, counterRow, m_counters->rowCount() - 1), 0);
    // The name takes the room; the figures keep to their width, beside it.
    for (QTableWidget *t : {m_services, m_counters}) {
        t->horizontalHeader()->setStretchLastSection(false);
        t->resizeColumnsToContents();
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_updated->setText(
        tr("Updated at %1; refreshed every 30 seconds.").arg(now.toString(QStringLiteral("HH:mm:ss"))));
}

Storage::HistoryFilter FiguresDialog::filter() const
{
    Storage::HistoryFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.serviceId = m_service->currentData().toString();
    f.outcome = Domain::Queue::outcomeFromName(m_outcome->currentData().toString());
    f.username = m_operator->currentData().toString();
    f.citizenText = m_citizen->text().trimmed();
    return f;
}

void FiguresDialog::fillOperators()
{
    const QString chosen = m_operator->currentData().toString();
    const QSignalBlocker quiet(m_operator); // the history is read once, by the caller
    m_operator->clear();
    m_operator->addItem(tr("Everyone"), QString());
    QStringList names;
    try {
        names = figures().operators(m_from->date(), m_to->date());
    } catch (const Security::PermissionDenied &) {
        // The history says so.
    } catch (const Storage::StorageError &error) {
        // The list keeps "Everyone"; the history, read next, shows the error.
        qCWarning(lcUiQueue) << "cannot list the operators:" << error.detail();
    }
    // Whoever was chosen stays in the list, even without requests in these dates.
    if (!chosen.isEmpty() && !names.contains(chosen))
        names << chosen;
    for (const QString &name : names)
        m_operator->addItem(name, name);
    m_operator->setCurrentIndex(qMax(0, m_operator->findData(chosen)));
}

void FiguresDialog::reloadHistory()
{
    m_offset = 0;
    try {
        m_total = figures().historyCount(filter());
    } catch (const Security::PermissionDenied &denied) {
        m_total = 0;
        m_history->setRowCount(0);
        showMessage(denied.message(), true);
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_export->setEnabled(false);
        return;
    } catch (const Storage::StorageError &error) {
        m_total = 0;
        showMessage(tr("Cannot read the requests: %1").arg(error.message()), true);
        return;
    }
    showPage();
}

void FiguresDialog::showPage()
{
    QList<Storage::HistoryRow> rows;
    try {
        rows = figures().history(filter(), m_pageSize, m_offset);
    } catch (const Security::PermissionDenied &denied) {
        showMessage(denied.message(), true);
        return;
    } catch (const Storage::StorageError &error) {
        showMessage(tr("Cannot read the requests: %1").arg(error.message()), true);
        return;
    }
    m_history->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList fields = Storage::QueueFigures::exportFields(rows.at(row));
        for (int column = 0; column < fields.size(); ++column) {
            QString text = fields.at(column);
            const bool number = column == 7 || column == 8 || column == 9; // minutes, counter
            if (column == notesColumn)
                text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            QTableWidgetItem *item = cell(text, number);
            if (column == notesColumn)
                item->setToolTip(fields.at(column));
            item->setData(Qt::UserRole, rows.at(row).ticketId);
            m_history->setItem(row, column, item);
        }
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(m_history->horizontalHeader());
    if (!rows.isEmpty())
        m_history->setCurrentCell(0, 0);
    m_page->setText(
        m_total == 0 ? tr("No requests for these filters.")
                     : tr("Requests %1–%2 of %3").arg(m_offset + 1).arg(m_offset + rows.size()).arg(m_total));
    // The keyboard stays on the page's buttons, or on the table, when the button it was on goes grey.
    QPushButton *focused = m_previous->hasFocus() ? m_previous : m_next->hasFocus() ? m_next : nullptr;
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + m_pageSize < m_total);
    m_export->setEnabled(m_total > 0);
    if (focused && !focused->isEnabled()) {
        QPushButton *other = focused == m_next ? m_previous : m_next;
        if (other->isEnabled())
            other->setFocus();
        else
            m_history->setFocus();
    }
    if (m_message->isVisible() && m_message->property("problem").toBool())
        m_message->hide();
}

void FiguresDialog::exportCsv()
{
    const Storage::HistoryFilter f = filter();
    const QString suggested = QDir::home().filePath(
        QStringLiteral("richieste-%1-%2.csv").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export requests"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const int rows = figures().exportHistory(f, path, m_context);
        QApplication::restoreOverrideCursor();
        showMessage(tr("%n request(s) exported to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)),
                    false);
    } catch (const Security::PermissionDenied &denied) {
        QApplication::restoreOverrideCursor();
        showMessage(denied.message(), true);
    } catch (const Storage::StorageError &error) {
        QApplication::restoreOverrideCursor();
        showMessage(tr("The requests were not exported: %1").arg(error.message()), true);
    }
}

void FiguresDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->show();
}

} // namespace Sportello::Ui
