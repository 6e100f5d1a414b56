// SPDX-License-Identifier: EUPL-1.2
#include "syncreviewdialog.h"

#include "domain/clock.h"
#include "formwidgets.h"
#include "records/recordkind.h"
#include "storage/storageerror.h"
#include "storage/syncstore.h"
#include "taborder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sportello::Ui {
namespace {
enum Role { KeyRole = Qt::UserRole, EntityRole, RecordRole, ReviewedRole };

QTreeWidget *makeList(const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setAccessibleName(accessibleName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(true);
    return list;
}

// Every column but the last (which stretches) as wide as what it shows.
void fitColumns(QTreeWidget *list)
{
    for (int column = 0; column + 1 < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
    fitColumnsToTitles(list->header());
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

SyncReviewDialog::SyncReviewDialog(const Storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Synchronisation: to check"));
    setAccessibleName(windowTitle());
    resizeWithinScreen(this, QSize(860, 440));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Nothing here is lost: refused changes stay on this PC until they are sent "
                      "again, and versions that lost to another PC's stay here for you to compare."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The long text last, where the list has room for it.
    m_refused =
        makeList(tr("Changes refused by the central service"),
                 {tr("Saved on"), tr("Record"), tr("Kind"), tr("State"), tr("Why it was refused")}, this);
    m_conflicts =
        makeList(tr("Versions that lost to another PC's"),
                 {tr("Found on"), tr("Record"), tr("State"), tr("What the lost version said")}, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Lists to check"));
    m_tabs->addTab(m_refused, QString());
    m_tabs->addTab(m_conflicts, QString());
    layout->addWidget(m_tabs, 1);

    m_showReviewed = new QCheckBox(tr("Show also the ones already &dealt with"), this);
    m_showReviewed->setAccessibleName(tr("Show also the ones already dealt with"));
    layout->addWidget(m_showReviewed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_retry = buttons->addButton(tr("&Send again"), QDialogButtonBox::ActionRole);
    m_retry->setToolTip(tr("Put the selected change back in the queue, once its cause is corrected"));
    m_open = buttons->addButton(tr("&Open record"), QDialogButtonBox::ActionRole);
    m_markReviewed = buttons->addButton(tr("&Mark as dealt with"), QDialogButtonBox::ActionRole);
    m_markReviewed->setToolTip(tr("It stays here for the record and is no longer counted"));
    for (QPushButton *button : {m_retry, m_open, m_markReviewed}) {
        button->setAccessibleName(QString(button->text()).remove(QLatin1Char('&')));
        button->setAutoDefault(false);
    }
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &SyncReviewDialog::retry);
    connect(m_open, &QPushButton::clicked, this, &SyncReviewDialog::openRecord);
    connect(m_markReviewed, &QPushButton::clicked, this, &SyncReviewDialog::markReviewed);
    connect(m_showReviewed, &QCheckBox::toggled, this, &SyncReviewDialog::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SyncReviewDialog::updateButtons);
    for (QTreeWidget *list : {m_refused, m_conflicts}) {
        connect(list, &QTreeWidget::currentItemChanged, this, &SyncReviewDialog::updateButtons);
        connect(list, &QTreeWidget::itemActivated, this, &SyncReviewDialog::openRecord);
    }
    reload();
    // Open on the list that has something to do.
    m_tabs->setCurrentWidget(m_refused->topLevelItemCount() == 0 && m_conflicts->topLevelItemCount() > 0
                                 ? m_conflicts
                                 : m_refused);
    currentList()->setFocus();
    followLayoutOrder(this);
}

void SyncReviewDialog::reload()
{
    try {
        fillRefused();
        fillConflicts();
    } catch (const Storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot read the lists"), error.message());
    }
    m_tabs->setTabText(0, tr("&Refused changes (%1)").arg(m_refused->topLevelItemCount()));
    m_tabs->setTabText(1, tr("&Conflicting versions (%1)").arg(m_conflicts->topLevelItemCount()));
    updateButtons();
}

void SyncReviewDialog::fillRefused()
{
    m_refused->clear();
    for (const Storage::ParkedEntry &parked : Storage::SyncStore(m_database).parked()) {
        const bool reviewed = parked.reviewedAt.isValid();
        if (reviewed && !m_showReviewed->isChecked())
            continue;
        const bool created = parked.entry.operation == Storage::ChangeEntry::Operation::Create;
        auto *item = new QTreeWidgetItem(
            m_refused,
            {localTime(parked.entry.createdAt), describeRecord(parked.entry.entity, parked.entry.payload),
             created ? tr("New record") : tr("Change"),
             reviewed ? tr("Dealt with on %1").arg(localTime(parked.reviewedAt)) : tr("To check"),
             parked.message});
        item->setData(0, KeyRole, parked.entry.seq);
        item->setData(0, EntityRole, parked.entry.entity);
        item->setData(0, RecordRole, parked.entry.recordId);
        item->setData(0, ReviewedRole, reviewed);
        item->setToolTip(4, parked.message);
    }
    fitColumns(m_refused);
    m_refused->setCurrentItem(m_refused->topLevelItem(0));
}

void SyncReviewDialog::fillConflicts()
{
    m_conflicts->clear();
    for (const Storage::SyncConflict &conflict : Storage::SyncStore(m_database).conflicts()) {
        const bool reviewed = conflict.reviewedAt.isValid();
        if (reviewed && !m_showReviewed->isChecked())
            continue;
        const QString loss = describeLoss(conflict.entity, conflict.recordId, conflict.losingPayload);
        auto *item = new QTreeWidgetItem(
            m_conflicts,
            {localTime(conflict.detectedAt), describeRecord(conflict.entity, conflict.losingPayload),
             reviewed ? tr("Dealt with on %1").arg(localTime(conflict.reviewedAt)) : tr("To check"), loss});
        item->setData(0, KeyRole, conflict.id);
        item->setData(0, EntityRole, conflict.entity);
        item->setData(0, RecordRole, conflict.recordId);
        item->setData(0, ReviewedRole, reviewed);
        item->setToolTip(3, loss);
    }
    fitColumns(m_conflicts);
    m_conflicts->setCurrentItem(m_conflicts->topLevelItem(0));
}

QString SyncReviewDialog::describeRecord(const QString &entity, const QJsonObject &payload) const
{
    if (const Records::RecordKind *kind = Records::RecordKinds::standard().find(entity))
        return kind->describe(payload);
    return tr("%1 %2").arg(entity, payload.value(QLatin1String("id")).toString()); // a newer PC's kind
}

// The fields where the lost version differs from the record as it is now, with the lost values.
QString SyncReviewDialog::describeLoss(const QString &entity, const QString &recordId,
                                       const QJsonObject &losing) const
{
    const Records::RecordKind *kind = Records::RecordKinds::standard().find(entity);
    if (!kind)
        return {};
    const std::optional<Records::LocalRecord> now = kind->find(m_database, recordId);
    if (!now)
        return tr("The record is not on this PC.");
    // Versions, owners and times differ by nature: only what a person typed counts.
    const QSet<QString> bookkeeping{QStringLiteral("id"), QStringLiteral("version"),
                                    QStringLiteral("ownerBranchId"), QStringLiteral("createdAt"),
                                    QStringLiteral("updatedAt")};
    const QHash<QString, QString> labels = kind->fieldLabels();
    QStringList parts;
    for (auto it = losing.constBegin(); it != losing.constEnd(); ++it) {
        if (bookkeeping.contains(it.key()) || kind->secretFields.contains(it.key()) ||
            now->payload.value(it.key()) == it.value())
            continue;
        QString label = labels.value(it.key(), it.key());
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        parts << tr("%1: %2").arg(label, Records::shownField(*kind, it.key(), losing));
    }
    return parts.isEmpty() ? tr("The same as the record now.") : parts.join(QStringLiteral("; "));
}

QTreeWidget *SyncReviewDialog::currentList() const
{
    return m_tabs->currentWidget() == m_conflicts ? m_conflicts : m_refused;
}

QTreeWidgetItem *SyncReviewDialog::currentItem() const
{
    return currentList()->currentItem();
}

void SyncReviewDialog::updateButtons()
{
    const QTreeWidgetItem *item = currentItem();
    const bool open = item && !item->data(0, ReviewedRole).toBool();
    m_retry->setEnabled(open && currentList() == m_refused);
    m_open->setEnabled(item != nullptr);
    m_markReviewed->setEnabled(open);
}

void SyncReviewDialog::retry()
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || currentList() != m_refused)
        return;
    try {
        Storage::SyncStore(m_database).requeue(item->data(0, KeyRole).toLongLong());
    } catch (const Storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot send it again"), error.message());
        return;
    }
    reload();
    emit outboxChanged();
}

void SyncReviewDialog::markReviewed()
{
    const QTreeWidgetItem *item = currentItem();
    if (!item)
        return;
    const qint64 key = item->data(0, KeyRole).toLongLong();
    const QDateTime now = Clock::nowUtc();
    try {
        Storage::SyncStore store(m_database);
        if (currentList() == m_refused)
            store.markParkedReviewed(key, now);
        else
            store.markConflictReviewed(key, now);
    } catch (const Storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot mark it"), error.message());
        return;
    }
    reload();
    emit outboxChanged();
}

void SyncReviewDialog::openRecord()
{
    const QTreeWidgetItem *item = currentItem();
    if (!item)
        return;
    emit openRecordRequested(item->data(0, EntityRole).toString(), item->data(0, RecordRole).toString());
    reload(); // the record may have been corrected meanwhile
}

} // namespace Sportello::Ui
