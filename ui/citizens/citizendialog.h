// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/citizen.h"
#include "formdialog.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Sportello::Storage {
class CitizenRepository;
}

namespace Sportello::Ui {
class PlaceField;

// Create or edit one citizen. Typing a codice fiscale fills sex, birth date and place, and warns
// when what was typed disagrees; the record is saved through the repository on accept.
class CitizenDialog : public FormDialog {
    Q_OBJECT
public:
    CitizenDialog(Storage::CitizenRepository &repository, const Domain::Citizen &citizen,
                  QWidget *parent = nullptr);

    Domain::Citizen citizen() const { return m_citizen; }

    // A duplicate codice fiscale: the clerk chose to open the record that already exists.
    QString existingCitizenToOpen() const { return m_existingToOpen; }

    void accept() override;

private:
    void buildForm();
    void load(const Domain::Citizen &citizen);
    Domain::Citizen collect() const;
    void onCodiceFiscaleEdited(const QString &text);
    void onConsentToggled();
    void showIssues(const Domain::CitizenCheck &check);
    QWidget *fieldFor(Domain::CitizenIssue::Field field) const;
    bool confirmWarnings(const Domain::CitizenCheck &check);

    Storage::CitizenRepository &m_repository;
    Domain::Citizen m_citizen;
    QString m_existingToOpen;

    QLineEdit *m_codiceFiscale = nullptr;
    QLabel *m_codiceFiscaleInfo = nullptr;
    QComboBox *m_documentType = nullptr;
    QLineEdit *m_documentNumber = nullptr;
    QLineEdit *m_surname = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    PlaceField *m_birthPlace = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_consentPrivacy = nullptr;
    QCheckBox *m_consentContact = nullptr;
    QLineEdit *m_consentDate = nullptr;
    QLabel *m_messages = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Dates are typed as dd/MM/yyyy; an empty field is an empty date.
QDate parseItalianDate(const QString &text, bool *ok);
QString formatItalianDate(const QDate &date);

} // namespace Sportello::Ui
