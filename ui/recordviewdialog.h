// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QDialog>

class QTreeWidget;

namespace Sportello::Storage {
class Database;
}

namespace Sportello::Ui {

// A record as this PC holds it, field by field with the words of its kind (app/records): for the
// kinds no form of their own edits, such as queue tickets and their events. Read-only.
class RecordViewDialog : public QDialog {
    Q_OBJECT
public:
    // Opens it modally, or says the record is not on this PC.
    static void show(const Storage::Database &database, const QString &entity, const QString &recordId,
                     QWidget *parent);
    QTreeWidget *fields() const { return m_fields; }

private:
    RecordViewDialog(const QString &title, const QList<QPair<QString, QString>> &rows, QWidget *parent);
    QTreeWidget *m_fields = nullptr;
};

} // namespace Sportello::Ui
