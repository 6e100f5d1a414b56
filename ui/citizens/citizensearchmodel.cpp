// SPDX-License-Identifier: EUPL-1.2
#include "citizensearchmodel.h"

namespace Sportello::Ui {

CitizenSearchModel::CitizenSearchModel(const Storage::CitizenRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    refresh();
}

void CitizenSearchModel::setSearchText(const QString &text)
{
    m_text = text;
    refresh();
}

void CitizenSearchModel::refresh()
{
    beginResetModel();
    try {
        m_rows = m_repository.search(m_text, 0, pageSize);
    } catch (const Storage::StorageError &error) {
        m_rows.clear();
        emit errorOccurred(error.message());
    }
    m_more = m_rows.size() == pageSize;
    endResetModel();
}

QString CitizenSearchModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CitizenSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CitizenSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CitizenSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Storage::CitizenSummary &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Surname:
        return row.surname;
    case Name:
        return row.name;
    case Identifier:
        return row.codiceFiscale.isEmpty() ? tr("Doc. %1").arg(row.documentNumber) : row.codiceFiscale;
    case BirthDate:
        return row.birthDate.isValid() ? row.birthDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    case Phone:
        return row.phone;
    }
    return {};
}

QVariant CitizenSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Surname:
        return tr("Surname");
    case Name:
        return tr("Name");
    case Identifier:
        return tr("Codice fiscale / document");
    case BirthDate:
        return tr("Born on");
    case Phone:
        return tr("Phone");
    }
    return {};
}

bool CitizenSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CitizenSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Storage::CitizenSummary> page;
    try {
        page = m_repository.search(m_text, m_rows.constLast().seq, pageSize);
    } catch (const Storage::StorageError &error) {
        m_more = false;
        emit errorOccurred(error.message());
        return;
    }
    m_more = page.size() == pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace Sportello::Ui
