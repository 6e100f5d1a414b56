// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "area.h"
#include "storage/accountrepository.h"

#include <functional>

namespace Sportello::Ui {

// Administration: staff accounts, the audit log, and the settings of this PC.
class AdministrationArea : public Area {
    Q_OBJECT
public:
    // `speechAvailable`: whether this PC can speak the calls (the settings offer it then).
    AdministrationArea(Workplace workplace, std::function<bool()> speechAvailable, QObject *parent = nullptr);
    void setContext(const Storage::WriteContext &context) override;
    // An administrator in an office where nobody may set up the queue yet is led to create the
    // first Responsabile: without one, the office cannot start.
    void sessionStarted() override;
    void offerFirstSteps();

    // Over `parent`: the main window, or the dialog the record was opened from.
    void manageAccounts(const QString &selectAccountId, QWidget *parent);
    // The accounts, with a new account of `role` being made at once.
    void createAccount(Security::Role role);
    void viewAuditLog(QWidget *parent);
    void editPcSettings();

private:
    Storage::AccountRepository m_accounts;
    std::function<bool()> m_speechAvailable;
};

} // namespace Sportello::Ui
