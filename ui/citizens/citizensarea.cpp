// SPDX-License-Identifier: EUPL-1.2
#include "citizens/citizensarea.h"

#include "citizens/citizenspage.h"
#include "recordopeners.h"
#include "sync/entitynames.h"

#include <QLineEdit>

namespace Sportello::Ui {

CitizensArea::CitizensArea(Workplace workplace, QObject *parent)
    : Area(std::move(workplace), parent)
    , m_repository(this->workplace().database, {})
    , m_page(new CitizensPage(m_repository, this->workplace().actions, this->workplace().window))
{
    using Id = ActionRegistry::Id;
    const auto showSearch = [this] {
        emit showPageRequested(m_page);
        m_page->focusSearch();
    };
    connect(action(Id::ShowCitizens), &QAction::triggered, this, showSearch);
    connect(action(Id::FindCitizen), &QAction::triggered, this, showSearch);
    connect(action(Id::NewCitizen), &QAction::triggered, m_page, &CitizensPage::newCitizen);
    connect(action(Id::EditCitizen), &QAction::triggered, m_page, &CitizensPage::editSelected);
    this->workplace().openers.add(Sync::Entity::citizen, [this](const QString &id, QWidget *parent) {
        m_page->openCitizen(id, parent);
    });
    // What another PC changed shows at once (what this page saved, it has shown already).
    onRecordsChanged([this](const QSet<QString> &entities, Storage::ChangeNotifier::Origin origin) {
        if (origin == Storage::ChangeNotifier::Origin::CentralCopy &&
            entities.contains(Sync::Entity::citizen))
            m_page->showChangesFromOtherPcs();
    });
}

QList<Area::Page> CitizensArea::pages() const
{
    return {{m_page, ActionRegistry::Id::ShowCitizens}};
}

void CitizensArea::setContext(const Storage::WriteContext &context)
{
    Area::setContext(context);
    m_repository.setWriteContext(context);
    if (!context.actor)
        m_page->searchField()->clear(); // the next person does not see what was looked for
}

void CitizensArea::sessionStarted()
{
    if (context().actor && Security::allows(context().actor->role, Security::Permission::ViewCitizens)) {
        m_page->searchField()->clear();
        m_page->focusSearch();
    }
}

} // namespace Sportello::Ui
