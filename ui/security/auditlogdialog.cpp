// SPDX-License-Identifier: EUPL-1.2
#include "auditlogdialog.h"

#include "auditwording.h"
#include "domain/clock.h"
#include "formwidgets.h"
#include "security/auditentry.h"
#include "security/permissions.h"
#include "storage/storageerror.h"
#include "taborder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sportello::Ui {
namespace {
enum Column { TimeColumn, PersonColumn, PcColumn, ActionColumn, RecordColumn, DetailsColumn };
const QColor problemColour(0xb0, 0x00, 0x20);
constexpr int columnGap = 12; // between a column's longest text and the next column

QString localTime(const QString &storedUtc)
{
    QDateTime at = QDateTime::fromString(storedUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return storedUtc; // shown as stored rather than hidden
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

QDateEdit *dateEdit(const QString &accessibleName, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}
} // namespace

AuditLogDialog::AuditLogDialog(const Storage::AuditLog &log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
{
    setWindowTitle(tr("Audit log"));
    setAccessibleName(windowTitle());
    resizeWithinScreen(this, QSize(1000, 560));
    auto *layout = new QVBoxLayout(this);

    // Filters: label above field, so that the Italian labels have room.
    auto *filters = new QGridLayout;
    const auto addFilter = [&](int column, const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        filters->addWidget(caption, 0, column);
        filters->addWidget(field, 1, column);
    };
    m_person = new QComboBox(this);
    m_person->setAccessibleName(tr("Person"));
    m_person->setMinimumContentsLength(16);
    addFilter(0, tr("&Person:"), m_person);
    const QDate today = Clock::today();
    m_from = dateEdit(tr("From date"), today.addDays(-30), this);
    addFilter(1, tr("&From:"), m_from);
    m_to = dateEdit(tr("To date"), today, this);
    addFilter(2, tr("&To:"), m_to);
    m_action = new QComboBox(this);
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : Security::AuditAction::all())
        m_action->addItem(AuditWording::actionLabel(action), action);
    addFilter(3, tr("&Action:"), m_action);
    filters->setColumnStretch(4, 1);
    layout->addLayout(filters);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Audit log entries"));
    m_list->setHeaderLabels({tr("Time"), tr("Person"), tr("PC"), tr("Action"), tr("Record"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Entries shown"));
    layout->addWidget(m_count);
    m_verdict = new QLabel(this);
    m_verdict->setAccessibleName(tr("Verification result"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->hide();
    layout->addWidget(m_verdict);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false); // Return on the list closes nothing
    m_more = buttons->addButton(tr("Load &more"), QDialogButtonBox::ActionRole);
    m_more->setToolTip(tr("The next, older entries"));
    m_verify = buttons->addButton(tr("&Verify log"), QDialogButtonBox::ActionRole);
    m_verify->setToolTip(tr("Check that no entry was changed, removed or cut off"));
    for (QPushButton *button : {m_more, m_verify}) {
        button->setAccessibleName(QString(button->text()).remove(QLatin1Char('&')));
        button->setAutoDefault(false);
    }
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_more, &QPushButton::clicked, this, &AuditLogDialog::loadMore);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);

    {
        const QSignalBlocker quiet(m_person); // one reading, below
        fillPeople();
    }
    reload();
    m_list->setFocus();
    followLayoutOrder(this);
}

void AuditLogDialog::setPageSize(int entries)
{
    m_pageSize = qMax(1, entries);
    reload();
}

void AuditLogDialog::fillPeople()
{
    m_person->addItem(tr("Everyone"), QString());
    try {
        for (const QString &username : m_log.usernames())
            m_person->addItem(username, username);
    } catch (const Security::PermissionDenied &denied) {
        m_count->setText(denied.message());
    } catch (const Storage::StorageError &error) {
        m_count->setText(tr("Cannot read the log: %1").arg(error.message()));
    }
}

void AuditLogDialog::reload()
{
    readFromNewest(m_pageSize);
}

void AuditLogDialog::readFromNewest(int entries)
{
    m_list->clear();
    m_oldestSeq = 0;
    readPage(entries);
    m_list->setCurrentItem(m_list->topLevelItem(0));
}

void AuditLogDialog::loadMore()
{
    readPage(m_pageSize);
}

void AuditLogDialog::readPage(int entries)
{
    Storage::AuditLog::Filter filter;
    filter.username = m_person->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.beforeSeq = m_oldestSeq;
    filter.limit = entries + 1; // one more than shown: whether "Load more" has something to load
    QList<Security::AuditEntry> read;
    QList<qint64> seqs;
    try {
        read = m_log.entries(filter, &seqs);
    } catch (const Security::PermissionDenied &denied) {
        m_count->setText(denied.message());
        m_more->setEnabled(false);
        return;
    } catch (const Storage::StorageError &error) {
        m_count->setText(tr("Cannot read the log: %1").arg(error.message()));
        m_more->setEnabled(false);
        return;
    }
    const bool more = read.size() > entries;
    read = read.mid(0, entries);
    seqs = seqs.mid(0, entries);
    QTreeWidgetItem *firstNew = nullptr;
    for (qsizetype i = 0; i < read.size(); ++i) {
        const Security::AuditEntry &entry = read.at(i);
        const QString details = AuditWording::details(entry.entity, entry.details);
        auto *item =
            new QTreeWidgetItem(m_list, {localTime(entry.at), entry.username, entry.deviceName,
                                         AuditWording::actionLabel(entry.action),
                                         AuditWording::record(entry.entity, entry.recordId), details});
        item->setData(0, seqRole, seqs.value(i));
        item->setData(0, actionRole, entry.action);
        item->setToolTip(RecordColumn, entry.recordId);
        item->setToolTip(DetailsColumn, details);
        firstNew = firstNew ? firstNew : item;
    }
    if (!seqs.isEmpty())
        m_oldestSeq = seqs.last();
    // At the end the list keeps the keyboard (Qt would pass it on to the next button).
    const bool fromMore = m_more->hasFocus();
    m_more->setEnabled(more);
    if (fromMore && !m_more->isEnabled())
        m_list->setFocus();
    for (int column = 0; column + 1 < m_list->columnCount(); ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) + columnGap);
    }
    m_count->setText(tr("%n entry(ies) shown", nullptr, m_list->topLevelItemCount()));
    markBroken(false);
    if (firstNew && m_list->currentItem())
        m_list->scrollToItem(firstNew); // the page just read
}

void AuditLogDialog::verify()
{
    Storage::AuditLog::Verdict verdict;
    try {
        verdict = m_log.verify();
    } catch (const Security::PermissionDenied &denied) {
        showVerdict(denied.message(), false);
        return;
    } catch (const Storage::StorageError &error) {
        showVerdict(tr("Cannot verify the log: %1").arg(error.message()), false);
        return;
    }
    m_brokenSeq = verdict.intact ? 0 : verdict.brokenSeq;
    // The entries as they are now in the file, as many as were shown: what was checked.
    readFromNewest(qMax(m_pageSize, m_list->topLevelItemCount()));
    if (verdict.intact) {
        showVerdict(tr("Log intact: %1 in %2 checked.")
                        .arg(tr("%n entry(ies)", nullptr, int(verdict.entriesChecked)),
                             tr("%n chain(s)", nullptr, verdict.chainsChecked)),
                    true);
    } else {
        showVerdict(tr("Broken link at entry %1 of chain %2: %3")
                        .arg(QString::number(verdict.chainSeq), verdict.chain.left(8), verdict.problem),
                    false);
        m_verdict->setToolTip(tr("Chain %1").arg(verdict.chain));
    }
    markBroken(true);
    emit verified(verdict.intact);
}

void AuditLogDialog::showVerdict(const QString &text, bool good)
{
    m_verdict->setText(text);
    m_verdict->setToolTip(QString());
    m_verdict->setStyleSheet(good ? QStringLiteral("color: #1b5e20;")
                                  : QStringLiteral("color: #b00020; font-weight: bold;"));
    m_verdict->show();
}

void AuditLogDialog::markBroken(bool select)
{
    if (m_brokenSeq == 0)
        return;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, seqRole).toLongLong() != m_brokenSeq)
            continue;
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setForeground(column, problemColour);
        if (select) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
        }
        return;
    }
}

} // namespace Sportello::Ui
