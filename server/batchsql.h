// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace Sportello::Server {

// A push batch is read and written as sets: a few statements per batch instead of several per
// entry (each a round trip on PostgreSQL). Lists are cut to stay far below every bound-parameter
// limit.
class BatchSql {
public:
    BatchSql(QSqlDatabase db, bool postgres);
    const QSqlDatabase &db() const { return m_db; }

    // Runs `head` + "(?, ...)" with `fixed` values first and `list` in slices; `row` sees each result
    // (none for statements that return nothing).
    void selectIn(const QString &head, const QVariantList &fixed, const QStringList &list,
                  const std::function<void(const QSqlQuery &)> &row) const;
    // Multi-row INSERT of `rows` (each `columns` values, flattened), in slices, with `tail` (an ON
    // CONFLICT clause) after each. Returns how many rows the statements inserted or updated.
    qsizetype insertRows(const QString &head, int columns, const QVariantList &rows,
                         const QString &tail = {}) const;

private:
    QSqlDatabase m_db;
    int m_rowsPerInsert;
};

} // namespace Sportello::Server
