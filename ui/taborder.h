// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QList>

class QWidget;

namespace Sportello::Ui {

// The order a person reads a form in: the widgets that take Tab, as the layouts place them (rows of
// a form layout top to bottom, a grid row by row, boxes in order, group boxes from the inside).
// Qt's own Tab order is the order widgets were created in, which is not the same: in the citizen
// form Tab went from the codice fiscale to the document type.
QList<QWidget *> layoutFocusOrder(QWidget *root);

// Makes Tab follow layoutFocusOrder(root). Called by every form once it is built; the tab-order
// test walks each form with Tab and compares.
void followLayoutOrder(QWidget *root);

} // namespace Sportello::Ui
