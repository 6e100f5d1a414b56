// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/citizenrepository.h"

#include <QDialog>

class QLineEdit;
class QTableView;

namespace Sportello::Ui {

class CitizenSearchModel;

// Picks the person a ticket or a request is for: type part of a name or a codice fiscale, arrows,
// Return. The queue links a citizen by id; nothing is copied.
class CitizenPicker : public QDialog {
    Q_OBJECT
public:
    CitizenPicker(const Storage::CitizenRepository &citizens, QWidget *parent = nullptr);
    QString chosenId() const { return m_chosenId; }

    // The name to show for a linked citizen ("Rossi Mario"), empty if unknown here.
    static QString nameOf(const Storage::CitizenRepository &citizens, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    CitizenSearchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_results = nullptr;
    QString m_chosenId;
};

} // namespace Sportello::Ui
