// SPDX-License-Identifier: EUPL-1.2
#include "taborder.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QTabWidget>
#include <QWidget>
#include <algorithm>

namespace Sportello::Ui {
namespace {
void collectLayout(QLayout *layout, QList<QWidget *> &order);

void collectWidget(QWidget *widget, QList<QWidget *> &order)
{
    // A form layout's spanning row answers for more than one role: one stop all the same.
    if (widget->isWindow() || order.contains(widget))
        return;
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        // The tab bar, then the fields of each tab.
        order << tabs;
        for (int index = 0; index < tabs->count(); ++index)
            collectWidget(tabs->widget(index), order);
        return;
    }
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
        order << widget;
    // A widget that takes focus is one stop (a spin box, a list): its insides are its own business.
    else if (widget->layout())
        collectLayout(widget->layout(), order);
}

void collectItem(QLayoutItem *item, QList<QWidget *> &order)
{
    if (!item)
        return;
    if (QWidget *widget = item->widget())
        collectWidget(widget, order);
    else if (QLayout *inner = item->layout())
        collectLayout(inner, order);
}

void collectLayout(QLayout *layout, QList<QWidget *> &order)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            for (const auto role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                collectItem(form->itemAt(row, role), order);
        }
        return;
    }
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        struct Placed {
            int row, column, index;
        };
        QList<Placed> placed;
        for (int index = 0; index < grid->count(); ++index) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
            placed.append({row, column, index});
        }
        std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
            return std::tie(a.row, a.column) < std::tie(b.row, b.column);
        });
        for (const Placed &each : std::as_const(placed))
            collectItem(grid->itemAt(each.index), order);
        return;
    }
    for (int index = 0; index < layout->count(); ++index)
        collectItem(layout->itemAt(index), order);
}
} // namespace

QList<QWidget *> layoutFocusOrder(QWidget *root)
{
    QList<QWidget *> order;
    if (root->layout())
        collectLayout(root->layout(), order);
    return order;
}

void followLayoutOrder(QWidget *root)
{
    const QList<QWidget *> order = layoutFocusOrder(root);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace Sportello::Ui
