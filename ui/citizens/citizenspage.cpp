// SPDX-License-Identifier: EUPL-1.2
#include "citizenspage.h"

#include "actionregistry.h"
#include "citizendialog.h"
#include "citizensearchmodel.h"
#include "storage/citizenrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sportello::Ui {

CitizensPage::CitizensPage(Storage::CitizenRepository &repository, ActionRegistry &actions, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_model(new CitizenSearchModel(repository, this))
    , m_newCitizen(actions.action(ActionRegistry::Id::NewCitizen))
{
    connect(m_newCitizen, &QAction::changed, this, &CitizensPage::updateSummary);
    setAccessibleName(tr("Citizens registry"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Citizens"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Search citizens"));
    m_search->setPlaceholderText(tr("Search by codice fiscale, surname, name or phone…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    bar->addWidget(m_search, 1);
    for (const auto id : {ActionRegistry::Id::NewCitizen, ActionRegistry::Id::EditCitizen}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(actions.action(id));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(actions.action(id)->text().remove(QLatin1Char('&')));
        bar->addWidget(button);
        // A role that may not edit citizens sees no button for it (the action says which).
        QAction *action = actions.action(id);
        connect(action, &QAction::changed, button,
                [button, action] { button->setVisible(action->isVisible()); });
    }
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Citizens found"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(CitizenSearchModel::Surname, 170);
    m_view->setColumnWidth(CitizenSearchModel::Name, 150);
    m_view->setColumnWidth(CitizenSearchModel::Identifier, 190);
    m_view->setColumnWidth(CitizenSearchModel::BirthDate, 110);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Search summary"));
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, m_model, &CitizenSearchModel::setSearchText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CitizensPage::updateSummary);
    // A search with results has its first row current: Ctrl+E and Enter open it at once.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CitizensPage::makeFirstRowCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CitizensPage::makeFirstRowCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CitizensPage::updateSummary);
    connect(m_model, &CitizenSearchModel::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Search failed"), message); });
    connect(m_view, &QTableView::activated, this, &CitizensPage::editSelected);
    updateSummary();
}

void CitizensPage::updateSummary()
{
    const int shown = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    // Ctrl+N is offered only to whom it works for (the role decides the action's visibility).
    const bool mayRegister = m_newCitizen->isVisible();
    const QString searched = m_model->searchText().trimmed();
    if (shown == 0 && searched.isEmpty())
        m_summary->setText(mayRegister ? tr("No citizens registered yet. Press Ctrl+N to register one.")
                                       : tr("No citizens registered yet."));
    else if (shown == 0)
        m_summary->setText(
            mayRegister ? tr("No citizen found for “%1”. Press Ctrl+N to register a new one.").arg(searched)
                        : tr("No citizen found for “%1”.").arg(searched));
    else if (more)
        m_summary->setText(tr("First %n citizens found; scroll down for more.", nullptr, shown));
    else
        m_summary->setText(tr("%n citizen(s) found.", nullptr, shown));
}

bool CitizensPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    // From the search box, Down moves into the results and Enter opens the current one; from the
    // first result, Up returns to the search box: the search–pick–edit path never needs the mouse.
    if (watched == m_search && key == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        m_view->selectRow(std::max(0, m_view->currentIndex().row()));
        return true;
    }
    if (watched == m_search && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
        m_view->currentIndex().isValid()) {
        editSelected();
        return true;
    }
    if (watched == m_view && key == Qt::Key_Up && m_view->currentIndex().row() <= 0) {
        focusSearch();
        return true;
    }
    if (watched == m_view && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        editSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CitizensPage::makeFirstRowCurrent()
{
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
}

void CitizensPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CitizensPage::newCitizen()
{
    Domain::Citizen blank;
    // A codice fiscale searched for and not found is usually what the clerk is about to type again.
    const QString typed = Domain::CodiceFiscale::normalizedInput(m_search->text());
    if (m_model->rowCount() == 0 && Domain::CodiceFiscale::parseAnyForCitizen(typed))
        blank.codiceFiscale = typed;
    CitizenDialog dialog(m_repository, blank, this);
    const int result = dialog.exec();
    if (!dialog.existingCitizenToOpen().isEmpty()) {
        openCitizen(dialog.existingCitizenToOpen());
        return;
    }
    if (result == QDialog::Accepted) {
        m_search->setText(dialog.citizen().codiceFiscale.isEmpty() ? dialog.citizen().displayName()
                                                                   : dialog.citizen().codiceFiscale);
        selectCitizen(dialog.citizen().id);
    }
}

void CitizensPage::editSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        focusSearch();
        return;
    }
    openCitizen(m_model->idAt(current.row()));
}

void CitizensPage::openCitizen(const QString &id, QWidget *dialogParent)
{
    std::optional<Domain::Citizen> citizen;
    try {
        citizen = m_repository.find(id);
    } catch (const Storage::StorageError &error) {
        QMessageBox::warning(this, tr("Cannot open"), error.message());
        return;
    }
    if (!citizen)
        return;
    CitizenDialog dialog(m_repository, *citizen, dialogParent ? dialogParent : this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->refresh();
        selectCitizen(id);
    }
}

int CitizensPage::rowOf(const QString &id) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == id)
            return row;
    }
    return -1;
}

void CitizensPage::selectCitizen(const QString &id)
{
    if (const int row = rowOf(id); row >= 0) {
        m_view->setFocus();
        m_view->selectRow(row);
    }
}

void CitizensPage::showChangesFromOtherPcs()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? m_model->idAt(current.row()) : QString();
    m_model->refresh();
    if (const int row = id.isEmpty() ? -1 : rowOf(id); row >= 0)
        m_view->selectRow(row);
}

} // namespace Sportello::Ui
