// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/citizenrepository.h"

#include <QAbstractTableModel>

namespace Sportello::Ui {

// Search results, loaded a page at a time as the view scrolls (canFetchMore / fetchMore), so a
// one-letter search over a million citizens costs one page.
class CitizenSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Surname, Name, Identifier, BirthDate, Phone, ColumnCount };
    static constexpr int pageSize = 100;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CitizenSearchModel(const Storage::CitizenRepository &repository, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void refresh();
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    const Storage::CitizenRepository &m_repository;
    QString m_text;
    QList<Storage::CitizenSummary> m_rows;
    bool m_more = false;
};

} // namespace Sportello::Ui
