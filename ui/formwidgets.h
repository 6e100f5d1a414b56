// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The small pieces every form of the program builds the same way.
#include <QLabel>
#include <QLineEdit>

namespace Sportello::Ui {

inline QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

// Where a form says what is wrong: wrapped, in the program's red, read out by its name.
inline QLabel *problemLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}

} // namespace Sportello::Ui
