// SPDX-License-Identifier: EUPL-1.2
#include "queue/citizenpicker.h"

#include "citizens/citizensearchmodel.h"
#include "formwidgets.h"
#include "taborder.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sportello::Ui {

CitizenPicker::CitizenPicker(const Storage::CitizenRepository &citizens, QWidget *parent)
    : QDialog(parent)
    , m_model(new CitizenSearchModel(citizens, this))
{
    setWindowTitle(tr("Link a citizen"));
    setAccessibleName(tr("Link a citizen"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Surname, name or codice fiscale:"), this);
    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Search citizens"));
    label->setBuddy(m_search);
    m_results = new QTableView(this);
    m_results->setAccessibleName(tr("Citizens found"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    fitColumnsToTitles(m_results->horizontalHeader());
    connect(m_model, &QAbstractItemModel::modelReset, m_results,
            [this] { fitColumnsToTitles(m_results->horizontalHeader()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 400));

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        if (m_model->rowCount() > 0)
            m_results->selectRow(0);
    });
    // Down from the search field walks the results; Return links the one selected.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, &CitizenPicker::choose);
    connect(m_results, &QTableView::activated, this, &CitizenPicker::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &CitizenPicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_model->refresh();
    followLayoutOrder(this);
}

void CitizenPicker::choose()
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid())
        return;
    m_chosenId = m_model->idAt(current.row());
    accept();
}

bool CitizenPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString CitizenPicker::nameOf(const Storage::CitizenRepository &citizens, const QString &id)
{
    if (id.isEmpty())
        return {};
    const std::optional<Domain::Citizen> citizen = citizens.find(id);
    return citizen ? citizen->displayName() : QString();
}

} // namespace Sportello::Ui
