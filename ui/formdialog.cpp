// SPDX-License-Identifier: EUPL-1.2
#include "formdialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Sportello::Ui {

QStringList formValues(const QWidget *root)
{
    QStringList values;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        // A spin box's or combo box's own line is read through its owner.
        if (qobject_cast<const QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<const QComboBox *>(widget->parentWidget()))
            continue;
        if (widget->property("formIgnored").toBool())
            continue; // an input for a button ("Aggiungi"), not data
        if (const auto *line = qobject_cast<const QLineEdit *>(widget); line && !line->isReadOnly())
            values << line->text();
        else if (const auto *list = qobject_cast<const QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row)
                values << list->item(row)->text() + QString::number(int(list->item(row)->checkState()));
        } else if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
            values << text->toPlainText();
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            values << combo->currentText();
        else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
            values << spin->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
                 button && button->isCheckable())
            values << (button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return values;
}

bool FormDialog::hasUnsavedChanges() const
{
    const QWidget *part = m_part ? m_part.data() : this;
    return m_marked && formValues(part) != m_saved;
}

void FormDialog::markSaved(QWidget *part)
{
    m_part = part;
    m_saved = formValues(part ? part : this);
    m_marked = true;
}

void FormDialog::reject()
{
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Question, tr("Discard changes?"),
                        tr("What you changed in \"%1\" has not been saved.").arg(windowTitle()),
                        QMessageBox::NoButton, this);
        QPushButton *discard = box.addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

} // namespace Sportello::Ui
