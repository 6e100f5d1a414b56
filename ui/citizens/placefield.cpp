// SPDX-License-Identifier: EUPL-1.2
#include "citizens/placefield.h"

#include "domain/places.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace Sportello::Ui {

using Domain::Places;

PlaceField::PlaceField(QWidget *parent)
    : QLineEdit(parent)
    , m_suggestions(new QStringListModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    setMaxLength(120);
    // The suggestions are the places' own search (accents, apostrophes, second names, history),
    // not the completer's prefix filter.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &PlaceField::suggest);
}

void PlaceField::setCode(const QString &code)
{
    setText(code.isEmpty() ? QString() : Places::known().describe(code, m_birthDate));
}

QString PlaceField::code() const
{
    if (text().trimmed().isEmpty())
        return {};
    const QString code = Places::known().codeOf(text(), m_birthDate);
    return code.isEmpty() ? text().trimmed() : code;
}

void PlaceField::suggest(const QString &typed)
{
    QStringList labels;
    // Two letters at least: one letter matches half of Italy.
    if (typed.trimmed().size() >= 2) {
        for (const Domain::Place &place : Places::known().matching(typed, m_birthDate))
            labels << Places::label(place);
    }
    m_suggestions->setStringList(labels);
    if (labels.isEmpty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

} // namespace Sportello::Ui
