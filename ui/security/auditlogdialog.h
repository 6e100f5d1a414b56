// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/auditlog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Sportello::Ui {

// Registro delle attività: who did what, when and on which PC, newest first, filtered by person,
// dates and action, a page at a time; and the check that no entry was changed or removed.
// For the Responsabile and the Amministratore; it reads only (the main window logs the check).
class AuditLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditLogDialog(const Storage::AuditLog &log, QWidget *parent = nullptr);

    QTreeWidget *entryList() const { return m_list; }
    QLabel *verdictLabel() const { return m_verdict; }
    // Entries read at a time; the default suits people, tests use small pages.
    void setPageSize(int entries);
    static constexpr int seqRole = Qt::UserRole;        // the entry's seq, on column 0
    static constexpr int actionRole = Qt::UserRole + 1; // its stable action name, on column 0

signals:
    void verified(bool intact); // after each verification

private:
    void fillPeople();
    void reload(); // a page from the newest, after a filter changed
    void readFromNewest(int entries);
    void loadMore();
    void readPage(int entries); // older than those shown
    void verify();
    void showVerdict(const QString &text, bool good);
    // Shows the broken entry in red and, when it is loaded, selects it.
    void markBroken(bool select);

    const Storage::AuditLog &m_log;
    QComboBox *m_person = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_action = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_verify = nullptr;
    int m_pageSize = 200;
    qint64 m_oldestSeq = 0; // of the entries shown: where the next page starts
    qint64 m_brokenSeq = 0; // of the last verification that found a broken link
};

} // namespace Sportello::Ui
