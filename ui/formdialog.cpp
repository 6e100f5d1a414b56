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

bool confirmLoss(QWidget *parent, const QString &question, const QString &what, const QString &lose,
                 const QString &keep)
{
    // The question is in the text too: some desktops show no title on a message box.
    QMessageBox box(QMessageBox::Question, question, question, QMessageBox::NoButton, parent);
    box.setInformativeText(what);
    QPushButton *loseButton = box.addButton(lose, QMessageBox::DestructiveRole);
    QPushButton *keepButton = box.addButton(keep, QMessageBox::RejectRole);
    box.setDefaultButton(keepButton);
    box.setEscapeButton(keepButton);
    box.exec();
    return box.clickedButton() == loseButton;
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
    if (hasUnsavedChanges() &&
        !confirmLoss(this, tr("Discard changes?"),
                     tr("What you changed in \"%1\" has not been saved.").arg(windowTitle()),
                     tr("&Discard changes"), tr("&Keep editing")))
        return;
    QDialog::reject();
}

} // namespace Sportello::Ui
