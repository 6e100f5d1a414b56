// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Sportello::Storage {
class CitizenRepository;
}

namespace Sportello::Ui {

class ActionRegistry;
class CitizenSearchModel;

// The citizens registry: one search box (results as you type), the list, new and edit.
class CitizensPage : public QWidget {
    Q_OBJECT
public:
    CitizensPage(Storage::CitizenRepository &repository, ActionRegistry &actions, QWidget *parent = nullptr);

    void focusSearch();
    void newCitizen();
    void editSelected();
    // The dialog opens over dialogParent when given (another dialog asked for it), else over the page.
    void openCitizen(const QString &id, QWidget *dialogParent = nullptr);
    // Records arrived from other PCs: the list shows them, the clerk keeps his place and focus.
    void showChangesFromOtherPcs();

    QLineEdit *searchField() const { return m_search; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *resultView() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void makeFirstRowCurrent();
    void selectCitizen(const QString &id);
    int rowOf(const QString &id) const;

    Storage::CitizenRepository &m_repository;
    CitizenSearchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_newCitizen = nullptr; // what the summary may invite to
};

} // namespace Sportello::Ui
