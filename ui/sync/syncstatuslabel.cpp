// SPDX-License-Identifier: EUPL-1.2
#include "syncstatuslabel.h"

#include "domain/clock.h"

namespace Sportello::Ui {
namespace {
QString localTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return local.date() == Clock::today() ? local.toString(QStringLiteral("HH:mm"))
                                          : local.toString(QStringLiteral("dd/MM HH:mm"));
}
} // namespace

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Synchronisation state"));
    setTextFormat(Qt::PlainText);
}

void SyncStatusLabel::show(const Sync::SyncStatus &status)
{
    m_status = status;
    const QString text = describe(status);
    setText(text);
    // The whole text too: a narrow window clips the label, and the reason may be long.
    setToolTip(status.message.isEmpty() ? text : text + QLatin1Char('\n') + status.message);
    const bool trouble = status.state == Sync::SyncState::Offline || status.state == Sync::SyncState::Error ||
                         status.parkedCount > 0;
    setStyleSheet(trouble ? QStringLiteral("color: #8a5300;") : QString());
}

QString SyncStatusLabel::describe(const Sync::SyncStatus &status)
{
    using Sync::SyncState;
    QStringList parts;
    const QString pending = tr("%n change(s) waiting to be sent", nullptr, status.pendingCount);
    switch (status.state) {
    case SyncState::NeedsEnrolment:
        parts << tr("Not connected to the central service")
              << tr("%n change(s) kept here", nullptr, status.pendingCount);
        break;
    case SyncState::Syncing:
        parts << tr("Synchronising…") << pending;
        break;
    case SyncState::Offline:
        parts << (status.offlineSince.isValid() ? tr("Offline since %1").arg(localTime(status.offlineSince))
                                                : tr("Offline"))
              << pending;
        if (status.nextRetry.isValid())
            parts << tr("next attempt at %1").arg(localTime(status.nextRetry));
        break;
    case SyncState::Error:
        parts << tr("Synchronisation error") << pending;
        break;
    case SyncState::Idle:
        parts << (status.pendingCount == 0 ? tr("Everything sent") : pending);
        if (status.lastSuccess.isValid())
            parts << tr("last synchronised at %1").arg(localTime(status.lastSuccess));
        break;
    }
    if (status.parkedCount > 0)
        parts << tr("%n change(s) refused by the central service", nullptr, status.parkedCount);
    if (status.conflictCount > 0)
        parts << tr("%n conflicting version(s) to check", nullptr, status.conflictCount);
    return parts.join(QStringLiteral(" · "));
}

QString SyncStatusLabel::advice(const Sync::SyncStatus &status, const QString &connectPath)
{
    using Sync::SyncState;
    switch (status.state) {
    case SyncState::NeedsEnrolment:
        return tr("This PC works on its own: what you save stays here, safe, until an Amministratore "
                  "connects it to the central service under %1, with the address and a connection code.")
            .arg(connectPath);
    case SyncState::Offline:
        return tr(
            "The central service cannot be reached now: keep working, what you save is safe on this "
            "PC and goes out by itself when the service answers. If it lasts, tell the Amministratore.");
    case SyncState::Error:
        return tr("Synchronisation needs an Amministratore: %1").arg(status.message);
    case SyncState::Syncing:
        return tr("Sending and receiving changes now.");
    case SyncState::Idle:
        return status.pendingCount == 0 ? tr("Everything saved here has reached the central service.")
                                        : tr("Sending the changes saved here now.");
    }
    return {};
}

} // namespace Sportello::Ui
