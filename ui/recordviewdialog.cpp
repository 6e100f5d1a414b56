// SPDX-License-Identifier: EUPL-1.2
#include "recordviewdialog.h"

#include "formwidgets.h"
#include "records/recordkind.h"
#include "storage/storageerror.h"
#include "taborder.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sportello::Ui {

void RecordViewDialog::show(const Storage::Database &database, const QString &entity, const QString &recordId,
                            QWidget *parent)
{
    const Records::RecordKind *kind = Records::RecordKinds::standard().find(entity);
    std::optional<Records::LocalRecord> record;
    try {
        if (kind)
            record = kind->find(database, recordId);
    } catch (const Storage::StorageError &error) {
        QMessageBox::warning(parent, tr("Cannot open the record"), error.message());
        return;
    }
    if (!kind || !record) {
        QMessageBox::information(parent, tr("Not on this PC"), tr("The record is not on this PC."));
        return;
    }
    const QHash<QString, QString> labels = kind->fieldLabels();
    QList<QPair<QString, QString>> rows;
    for (auto it = record->payload.constBegin(); it != record->payload.constEnd(); ++it) {
        if (kind->secretFields.contains(it.key()))
            continue;
        rows.append(
            {labels.value(it.key(), it.key()), Records::shownField(*kind, it.key(), record->payload)});
    }
    RecordViewDialog dialog(tr("%1: %2").arg(kind->title(), kind->describe(record->payload)), rows, parent);
    dialog.exec();
}

RecordViewDialog::RecordViewDialog(const QString &title, const QList<QPair<QString, QString>> &rows,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    m_fields = new QTreeWidget(this);
    m_fields->setAccessibleName(tr("Fields of the record"));
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    for (const auto &[label, value] : rows)
        new QTreeWidgetItem(m_fields, {label, value});
    m_fields->resizeColumnToContents(0);
    m_fields->setCurrentItem(m_fields->topLevelItem(0));
    layout->addWidget(m_fields);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(560, 420));
    followLayoutOrder(this);
}

} // namespace Sportello::Ui
