// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QHash>
#include <QString>
#include <functional>

class QWidget;

namespace Sportello::Ui {

// How to open a record of each kind for a person (the sync review's "Open record", later links
// between records): each area adds the openers of its kinds. The descriptor test checks that
// every kind of app/records has one.
class RecordOpeners {
public:
    // Shows record `recordId` over `parent` (a dialog, usually modal).
    using Opener = std::function<void(const QString &recordId, QWidget *parent)>;

    void add(const QString &entity, Opener opener) { m_openers.insert(entity, std::move(opener)); }
    bool has(const QString &entity) const { return m_openers.contains(entity); }
    // False when no area opens records of `entity`.
    bool open(const QString &entity, const QString &recordId, QWidget *parent) const
    {
        const auto it = m_openers.constFind(entity);
        if (it == m_openers.constEnd())
            return false;
        (*it)(recordId, parent);
        return true;
    }

private:
    QHash<QString, Opener> m_openers;
};

} // namespace Sportello::Ui
