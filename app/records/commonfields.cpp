// SPDX-License-Identifier: EUPL-1.2
#include "records/commonfields.h"

namespace Sportello::Records {

QHash<QString, QString> withCommonLabels(QHash<QString, QString> labels)
{
    labels.insert(QStringLiteral("id"), RecordWords::tr("identifier"));
    labels.insert(QStringLiteral("version"), RecordWords::tr("version"));
    labels.insert(QStringLiteral("ownerBranchId"), RecordWords::tr("branch"));
    labels.insert(QStringLiteral("createdAt"), RecordWords::tr("created"));
    labels.insert(QStringLiteral("updatedAt"), RecordWords::tr("last changed"));
    return labels;
}

QString exampleId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace Sportello::Records
