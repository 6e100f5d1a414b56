// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Sportello::Storage::Migrations {

// Schema migrations are numbered SQL scripts (0001_initial.sql, 0002_...) in a folder, by default
// the :/migrations resource folder. The number is the schema version each one produces.
inline const QString resourceFolder = QStringLiteral(":/migrations");

QStringList scripts(const QString &folder = resourceFolder);
int latestVersion(const QString &folder = resourceFolder);

// Applies script `version` in its own transaction together with PRAGMA user_version, so that a
// crash leaves the file at the previous or the next version, never in between.
void apply(const QSqlDatabase &db, int version, const QString &folder = resourceFolder);

} // namespace Sportello::Storage::Migrations
