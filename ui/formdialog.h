// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QDialog>
#include <QPointer>
#include <QStringList>

namespace Sportello::Ui {

// What a form shows that a person can change (texts, choices, ticks, times, the rows of a list and
// their ticks), in order: two readings differ when something was changed. A widget with the
// property "formIgnored" set is left out (an input for a button, not data).
QStringList formValues(const QWidget *root);

// Asks before something is lost: `question` as the title and the first words, `what` explains;
// `lose` and `keep` name the two buttons, and keeping is the default (Return and Escape). True when
// the person chose to lose it.
bool confirmLoss(QWidget *parent, const QString &question, const QString &what, const QString &lose,
                 const QString &keep);

// A dialog that asks before throwing away what was typed: Escape, Cancel or closing the window with
// unsaved changes asks "Vuoi scartare le modifiche?", and keeping them is the default. A form calls
// markSaved() once it shows what is stored (at the end of its constructor, and after a save that
// keeps it open); `part` limits the comparison to one part of it (a tab saved on its own).
class FormDialog : public QDialog {
    Q_OBJECT
public:
    using QDialog::QDialog;
    bool hasUnsavedChanges() const;
    void reject() override;

protected:
    void markSaved(QWidget *part = nullptr);

private:
    QPointer<QWidget> m_part;
    QStringList m_saved;
    bool m_marked = false;
};

} // namespace Sportello::Ui
