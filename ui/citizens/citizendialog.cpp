// SPDX-License-Identifier: EUPL-1.2
#include "citizendialog.h"

#include "citizens/placefield.h"
#include "domain/clock.h"
#include "domain/logcategories.h"
#include "domain/places.h"
#include "formwidgets.h"
#include "storage/citizenrepository.h"
#include "taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Sportello::Ui {
using Domain::Citizen;
using Domain::CitizenIssue;
using Domain::Sex;

QDate parseItalianDate(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *ok = true;
        return {};
    }
    const QDate date = QDate::fromString(trimmed, QStringLiteral("d/M/yyyy"));
    *ok = date.isValid();
    return date;
}

QString formatItalianDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

CitizenDialog::CitizenDialog(Storage::CitizenRepository &repository, const Citizen &citizen, QWidget *parent)
    : FormDialog(parent)
    , m_repository(repository)
    , m_citizen(citizen)
{
    setWindowTitle(citizen.id.isEmpty() ? tr("New citizen") : tr("Citizen: %1").arg(citizen.displayName()));
    setAccessibleName(windowTitle());
    buildForm();
    setMinimumWidth(880);
    load(citizen);
    markSaved(); // Escape after a minute of typing asks before throwing the minute away
    m_codiceFiscale->setFocus();
    followLayoutOrder(this);
}

void CitizenDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);

    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *form = new QFormLayout(identity);
    m_codiceFiscale = lineEdit(identity, tr("Codice fiscale"), 40); // room for a pasted, spaced code
    m_codiceFiscale->setPlaceholderText(tr("16 characters (11 digits if provisional)"));
    m_codiceFiscaleInfo = new QLabel(identity);
    m_codiceFiscaleInfo->setAccessibleName(tr("What the codice fiscale says"));
    m_codiceFiscaleInfo->setWordWrap(true);
    m_documentType = new QComboBox(identity);
    m_documentType->setAccessibleName(tr("Document type"));
    m_documentType->addItem(tr("(none)"), QString());
    for (const QString &code : Domain::documentTypes())
        m_documentType->addItem(Domain::documentTypeLabel(code), code);
    m_documentNumber = lineEdit(identity, tr("Document number"), 100);
    m_surname = lineEdit(identity, tr("Surname"), 100);
    m_name = lineEdit(identity, tr("Name"), 100);
    m_sex = new QComboBox(identity);
    m_sex->setAccessibleName(tr("Sex"));
    m_sex->addItem(tr("(not stated)"), QVariant::fromValue(int(Sex::Unspecified)));
    m_sex->addItem(tr("Male"), QVariant::fromValue(int(Sex::Male)));
    m_sex->addItem(tr("Female"), QVariant::fromValue(int(Sex::Female)));
    m_birthDate = lineEdit(identity, tr("Birth date"), 10);
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy"));
    m_birthPlace = new PlaceField(identity);
    m_birthPlace->setAccessibleName(tr("Place of birth"));
    m_birthPlace->setPlaceholderText(tr("Town or country, e.g. Torino"));

    form->addRow(tr("&Codice fiscale:"), m_codiceFiscale);
    form->addRow(QString(), m_codiceFiscaleInfo);
    form->addRow(tr("S&urname:"), m_surname);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Se&x:"), m_sex);
    form->addRow(tr("&Born on:"), m_birthDate);
    form->addRow(tr("Born &in:"), m_birthPlace);
    form->addRow(tr("Document &type:"), m_documentType);
    form->addRow(tr("Document nu&mber:"), m_documentNumber);
    // Two columns: the whole form fits a 1366×768 screen at 125% without scrolling.
    auto *columns = new QHBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addWidget(identity, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    auto *contacts = new QGroupBox(tr("Contacts"), this);
    auto *contactForm = new QFormLayout(contacts);
    m_phone = lineEdit(contacts, tr("Phone"), 25);
    m_email = lineEdit(contacts, tr("E-mail"), 254);
    m_address = lineEdit(contacts, tr("Address"), 300);
    m_notes = new QPlainTextEdit(contacts);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);
    contactForm->addRow(tr("&Phone:"), m_phone);
    contactForm->addRow(tr("&E-mail:"), m_email);
    contactForm->addRow(tr("&Address:"), m_address);
    contactForm->addRow(tr("N&otes:"), m_notes);
    right->addWidget(contacts);

    auto *consents = new QGroupBox(tr("Consents"), this);
    auto *consentForm = new QFormLayout(consents);
    m_consentPrivacy = new QCheckBox(tr("Consents to the processing of personal &data"), consents);
    m_consentContact = new QCheckBox(tr("Agrees to be contacted by phone or e-mai&l"), consents);
    m_consentDate = lineEdit(consents, tr("Date of the consent"), 10);
    m_consentDate->setPlaceholderText(tr("dd/mm/yyyy"));
    consentForm->addRow(m_consentPrivacy);
    consentForm->addRow(m_consentContact);
    consentForm->addRow(tr("Consent &given on:"), m_consentDate);
    right->addWidget(consents);
    right->addStretch();

    m_messages = new QLabel(this);
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    m_messages->hide();
    layout->addWidget(m_messages);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setText(tr("&Save")); // Alt+S, and Ctrl+S below: setShortcut() would replace the mnemonic
    save->setToolTip(tr("Save the record (Ctrl+S)"));
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this), &QShortcut::activated, save,
            &QPushButton::click);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CitizenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CitizenDialog::reject);
    connect(m_codiceFiscale, &QLineEdit::textEdited, this, &CitizenDialog::onCodiceFiscaleEdited);
    // The place's names are those of the date of birth.
    connect(m_birthDate, &QLineEdit::textChanged, m_birthPlace, [this](const QString &text) {
        bool ok = true;
        m_birthPlace->setBirthDate(parseItalianDate(text, &ok));
    });
    connect(m_consentPrivacy, &QCheckBox::toggled, this, &CitizenDialog::onConsentToggled);
    connect(m_consentContact, &QCheckBox::toggled, this, &CitizenDialog::onConsentToggled);
}

void CitizenDialog::load(const Citizen &c)
{
    m_codiceFiscale->setText(c.codiceFiscale);
    onCodiceFiscaleEdited(c.codiceFiscale);
    m_documentType->setCurrentIndex(std::max(0, m_documentType->findData(c.documentType)));
    m_documentNumber->setText(c.documentNumber);
    m_surname->setText(c.surname);
    m_name->setText(c.name);
    m_sex->setCurrentIndex(m_sex->findData(int(c.sex)));
    m_birthDate->setText(formatItalianDate(c.birthDate));
    m_birthPlace->setBirthDate(c.birthDate);
    m_birthPlace->setCode(c.birthPlaceCode);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_address->setText(c.address);
    m_notes->setPlainText(c.notes);
    m_consentPrivacy->setChecked(c.consentPrivacy);
    m_consentContact->setChecked(c.consentContact);
    m_consentDate->setText(formatItalianDate(c.consentDate));
}

Citizen CitizenDialog::collect() const
{
    Citizen c = m_citizen;
    bool ok = true;
    c.codiceFiscale = m_codiceFiscale->text();
    c.documentType = m_documentType->currentData().toString();
    c.documentNumber = m_documentNumber->text().trimmed().toUpper(); // as printed on the document
    c.surname = m_surname->text();
    c.name = m_name->text();
    c.sex = Sex(m_sex->currentData().toInt());
    c.birthDate = parseItalianDate(m_birthDate->text(), &ok);
    c.birthPlaceCode = m_birthPlace->code();
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.address = m_address->text();
    c.notes = m_notes->toPlainText();
    c.consentPrivacy = m_consentPrivacy->isChecked();
    c.consentContact = m_consentContact->isChecked();
    c.consentDate = parseItalianDate(m_consentDate->text(), &ok);
    return c;
}

void CitizenDialog::onCodiceFiscaleEdited(const QString &text)
{
    const QString normalized = Domain::CodiceFiscale::normalizedInput(text);
    if (normalized != text) {
        const int cursor = m_codiceFiscale->cursorPosition();
        m_codiceFiscale->setText(normalized);
        m_codiceFiscale->setCursorPosition(std::min(cursor, int(normalized.size())));
    }
    m_codiceFiscaleInfo->setStyleSheet(QString());
    if (normalized.size() != 16) {
        m_codiceFiscaleInfo->setText(
            normalized.isEmpty() ? tr("Without a codice fiscale, give an identity document.") : QString());
        if (normalized.size() == 11) {
            const auto provisional = Domain::CodiceFiscale::parseNumeric(normalized);
            m_codiceFiscaleInfo->setText(provisional ? tr("Provisional codice fiscale.")
                                                     : provisional.error());
        }
        return;
    }
    const auto parsed = Domain::CodiceFiscale::parsePersonal(normalized);
    if (!parsed) {
        m_codiceFiscaleInfo->setText(parsed.error());
        m_codiceFiscaleInfo->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    const Domain::PersonalFiscalCode &code = parsed.value();
    // Fill what is empty; never overwrite what the clerk typed (a mismatch becomes a warning).
    if (m_sex->currentData().toInt() == int(Sex::Unspecified))
        m_sex->setCurrentIndex(m_sex->findData(int(code.sex)));
    if (m_birthDate->text().trimmed().isEmpty())
        m_birthDate->setText(formatItalianDate(code.birthDate));
    if (m_birthPlace->text().isEmpty()) {
        m_birthPlace->setBirthDate(code.birthDate);
        m_birthPlace->setCode(code.placeCode);
    }
    const QString born = code.sex == Sex::Female ? tr("Valid: female, born on %1 in %2.")
                                                 : tr("Valid: male, born on %1 in %2.");
    m_codiceFiscaleInfo->setText(born.arg(formatItalianDate(code.birthDate),
                                          Domain::Places::known().describe(code.placeCode, code.birthDate)));
    const Domain::CitizenCheck check = Domain::checkCitizen(collect());
    if (!check.warnings.isEmpty()) {
        m_codiceFiscaleInfo->setText(m_codiceFiscaleInfo->text() + QLatin1Char('\n') +
                                     check.warnings.constFirst().message);
        m_codiceFiscaleInfo->setStyleSheet(QStringLiteral("color: #8a5300;"));
    }
}

void CitizenDialog::onConsentToggled()
{
    if ((m_consentPrivacy->isChecked() || m_consentContact->isChecked()) && m_consentDate->text().isEmpty())
        m_consentDate->setText(formatItalianDate(Clock::today()));
}

QWidget *CitizenDialog::fieldFor(CitizenIssue::Field field) const
{
    switch (field) {
    case CitizenIssue::Field::CodiceFiscale:
        return m_codiceFiscale;
    case CitizenIssue::Field::Document:
        return m_documentType;
    case CitizenIssue::Field::Surname:
        return m_surname;
    case CitizenIssue::Field::Name:
        return m_name;
    case CitizenIssue::Field::Sex:
        return m_sex;
    case CitizenIssue::Field::BirthDate:
        return m_birthDate;
    case CitizenIssue::Field::BirthPlace:
        return m_birthPlace;
    case CitizenIssue::Field::Phone:
        return m_phone;
    case CitizenIssue::Field::Email:
        return m_email;
    case CitizenIssue::Field::Consent:
        return m_consentDate;
    case CitizenIssue::Field::Text:
        return m_address;
    }
    return m_surname;
}

void CitizenDialog::showIssues(const Domain::CitizenCheck &check)
{
    QStringList lines;
    for (const CitizenIssue &issue : check.errors)
        lines << issue.message;
    m_messages->setText(lines.join(QLatin1Char('\n')));
    m_messages->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_messages->setVisible(!lines.isEmpty());
    if (!check.errors.isEmpty())
        fieldFor(check.errors.constFirst().field)->setFocus();
}

bool CitizenDialog::confirmWarnings(const Domain::CitizenCheck &check)
{
    if (check.warnings.isEmpty())
        return true;
    QStringList lines;
    for (const CitizenIssue &issue : check.warnings)
        lines << issue.message;
    QMessageBox box(QMessageBox::Warning, tr("Check the data"),
                    tr("%1\n\nSave anyway?").arg(lines.join(QLatin1Char('\n'))), QMessageBox::NoButton, this);
    QPushButton *save = box.addButton(tr("Save &anyway"), QMessageBox::AcceptRole);
    QPushButton *back = box.addButton(tr("&Correct"), QMessageBox::RejectRole);
    box.setDefaultButton(back);
    box.exec();
    if (box.clickedButton() != save) {
        fieldFor(check.warnings.constFirst().field)->setFocus();
        return false;
    }
    return true;
}

void CitizenDialog::accept()
{
    bool birthOk = true;
    bool consentOk = true;
    parseItalianDate(m_birthDate->text(), &birthOk);
    parseItalianDate(m_consentDate->text(), &consentOk);
    Domain::CitizenCheck check = Domain::checkCitizen(collect());
    if (!birthOk)
        check.errors.prepend(
            {CitizenIssue::Field::BirthDate, tr("The birth date is not a date (write it as dd/mm/yyyy).")});
    if (!consentOk)
        check.errors.prepend({CitizenIssue::Field::Consent,
                              tr("The date of the consent is not a date (write it as dd/mm/yyyy).")});
    showIssues(check);
    if (!check.ok())
        return;
    try {
        for (const Citizen &relative : m_repository.omocodiaRelatives(collect()))
            check.warnings << CitizenIssue{
                CitizenIssue::Field::CodiceFiscale,
                tr("%1 (codice fiscale %2) has a code that differs from this one only by omocodia. They are "
                   "different people, unless one of the two codes was typed wrong.")
                    .arg(relative.displayName(), relative.codiceFiscale)};
    } catch (const Storage::StorageError &error) {
        // Only a warning is missing: the save below reports the database's trouble to the person.
        qCWarning(lcUiCitizens) << "cannot look for omocodia relatives:" << error.detail();
    }
    if (!confirmWarnings(check))
        return;

    try {
        const Citizen edited = collect();
        m_citizen = edited.id.isEmpty() ? m_repository.create(edited) : m_repository.update(edited);
    } catch (const Storage::DuplicateCitizenError &duplicate) {
        QMessageBox box(QMessageBox::Information, tr("Already registered"),
                        tr("%1\nOpen the existing record instead?").arg(duplicate.message()),
                        QMessageBox::NoButton, this);
        QPushButton *open = box.addButton(tr("&Open existing record"), QMessageBox::AcceptRole);
        box.addButton(tr("&Back"), QMessageBox::RejectRole);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open) {
            m_existingToOpen = duplicate.existingId();
            QDialog::reject();
        } else {
            m_codiceFiscale->setFocus();
        }
        return;
    } catch (const Storage::StorageError &error) {
        QMessageBox::critical(this, tr("Not saved"),
                              tr("The record was not saved.\n%1").arg(error.message()));
        return;
    }
    QDialog::accept();
}

} // namespace Sportello::Ui
