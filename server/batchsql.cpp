// SPDX-License-Identifier: EUPL-1.2
#include "batchsql.h"

#include "storage/sql.h"

namespace Sportello::Server {

namespace {
constexpr int rowsPerStatement = int(Storage::Sql::inListChunk);
// Rows per multi-row INSERT, measured (docs/performance.md): Qt's binding slows down more than in
// proportion with the values of one statement, which on SQLite outweighs the statements saved; on
// PostgreSQL every statement is a round trip, so more rows pay.
constexpr int rowsPerInsertSqlite = 10;
constexpr int rowsPerInsertPostgres = 50;

// "(?, ?, ?), (?, ?, ?)": `rows` groups of `columns` placeholders.
QString placeholders(qsizetype rows, int columns)
{
    const QString row = QLatin1Char('(') + Storage::Sql::placeholders(columns) + QLatin1Char(')');
    return QStringList(rows, row).join(QStringLiteral(", "));
}
} // namespace

BatchSql::BatchSql(QSqlDatabase db, bool postgres)
    : m_db(std::move(db))
    , m_rowsPerInsert(postgres ? rowsPerInsertPostgres : rowsPerInsertSqlite)
{}

void BatchSql::selectIn(const QString &head, const QVariantList &fixed, const QStringList &list,
                        const std::function<void(const QSqlQuery &)> &row) const
{
    for (qsizetype from = 0; from < list.size(); from += rowsPerStatement) {
        const QStringList slice = list.mid(from, rowsPerStatement);
        QSqlQuery q = Storage::Sql::execList(m_db, head + placeholders(1, int(slice.size())),
                                             fixed + QVariantList(slice.cbegin(), slice.cend()));
        while (row && q.next())
            row(q);
    }
}

qsizetype BatchSql::insertRows(const QString &head, int columns, const QVariantList &rows,
                               const QString &tail) const
{
    const qsizetype step = qsizetype(m_rowsPerInsert) * columns;
    qsizetype written = 0;
    for (qsizetype from = 0; from < rows.size(); from += step) {
        const QVariantList slice = rows.mid(from, step);
        written +=
            Storage::Sql::execList(m_db, head + placeholders(slice.size() / columns, columns) + tail, slice)
                .numRowsAffected();
    }
    return written;
}

} // namespace Sportello::Server
