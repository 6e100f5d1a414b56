// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QObject>
#include <QSet>
#include <QString>

namespace Sportello::Storage {

// The one place that says which kinds of record changed in this PC's database, once the write is
// committed: a view listens and shows them again, the sync engine sends this PC's at once. Each
// Database has one (Database::changes()); it lives in the thread that made the Database, and a
// write committed in another thread (the sync engine's) reaches its listeners queued.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    enum class Origin {
        ThisPc,      // written here (a save, a ticket issued, a call)
        CentralCopy, // pulled from the central service, or its answer to this PC's push
    };
    Q_ENUM(Origin)

    using QObject::QObject;
    void announce(const QSet<QString> &entities, Origin origin) { emit recordsChanged(entities, origin); }

signals:
    // `entities`: Sync::Entity names.
    void recordsChanged(const QSet<QString> &entities, Sportello::Storage::ChangeNotifier::Origin origin);
};

} // namespace Sportello::Storage
