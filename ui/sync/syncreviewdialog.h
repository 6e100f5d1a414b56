// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QDialog>

class QCheckBox;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sportello::Storage {
class Database;
}

namespace Sportello::Ui {

// What sync left for a person to look at: changes the central service refused (with its reason),
// and versions of a record that lost to another PC's. Staff retry a refused change once its cause
// is corrected, open the record, or mark an item as dealt with; nothing is ever deleted here.
class SyncReviewDialog : public QDialog {
    Q_OBJECT
public:
    explicit SyncReviewDialog(const Storage::Database &database, QWidget *parent = nullptr);

    QTreeWidget *refusedList() const { return m_refused; }
    QTreeWidget *conflictList() const { return m_conflicts; }

signals:
    // Refused changes were put back in the outbox, or items marked: the engine should go again.
    void outboxChanged();
    void openRecordRequested(const QString &entity, const QString &recordId);

private:
    void reload();
    void fillRefused();
    void fillConflicts();
    QTreeWidget *currentList() const;
    QTreeWidgetItem *currentItem() const;
    void updateButtons();
    void retry();
    void markReviewed();
    void openRecord();
    QString describeRecord(const QString &entity, const QJsonObject &payload) const;
    QString describeLoss(const QString &entity, const QString &recordId, const QJsonObject &losing) const;

    const Storage::Database &m_database;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_refused = nullptr;
    QTreeWidget *m_conflicts = nullptr;
    QCheckBox *m_showReviewed = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_markReviewed = nullptr;
};

} // namespace Sportello::Ui
