// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "area.h"
#include "storage/citizenrepository.h"

namespace Sportello::Ui {

class CitizensPage;

// The citizens registry: its page, its actions (find, new, edit) and how a citizen's record opens.
class CitizensArea : public Area {
    Q_OBJECT
public:
    explicit CitizensArea(Workplace workplace, QObject *parent = nullptr);
    CitizensPage *page() const { return m_page; }
    QList<Page> pages() const override;
    void setContext(const Storage::WriteContext &context) override;
    void sessionStarted() override;

private:
    Storage::CitizenRepository m_repository;
    CitizensPage *m_page = nullptr;
};

} // namespace Sportello::Ui
