// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QDate>
#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace Sportello::Ui {

// The place of birth as clerks give it: a town or a country typed by name, completed from the
// places the program knows ("Torino (TO)", "Francia (estero)"), as they were on the date of birth.
// The record keeps the code; the field shows its name.
class PlaceField : public QLineEdit {
    Q_OBJECT
public:
    explicit PlaceField(QWidget *parent = nullptr);

    // The date the names are taken at (ceased comuni included); invalid: today's names first.
    void setBirthDate(const QDate &date) { m_birthDate = date; }
    void setCode(const QString &code);
    // The code meant by what is shown: empty when the field is empty; what was typed when it names
    // no place (the record's check then says so).
    QString code() const;

private:
    void suggest(const QString &typed);

    QDate m_birthDate;
    QStringListModel *m_suggestions = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace Sportello::Ui
