// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The small pieces every form of the program builds the same way.
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>

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

// A window at the size it wants, but never larger than the screen it opens on (1366×768 at 125%
// leaves 1093×614).
inline void resizeWithinScreen(QWidget *window, QSize wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen->availableGeometry().size() - QSize(16, 48); // the frame and title bar
    window->resize(wanted.boundedTo(room));
}

// Every column at least as wide as its title, whatever its contents: a cut title reads as another
// word ("Emes"). A table wider than its room scrolls sideways instead.
inline void fitColumnsToTitles(QHeaderView *header)
{
    for (int section = 0; header->model() && section < header->count(); ++section) {
        if (header->isSectionHidden(section) || header->sectionResizeMode(section) == QHeaderView::Stretch)
            continue;
        const QString title = header->model()->headerData(section, header->orientation()).toString();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int needed = QFontMetrics(header->font()).horizontalAdvance(title) + 2 * margin + 12;
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

} // namespace Sportello::Ui
