// SPDX-License-Identifier: EUPL-1.2
#include "firstrunwizard.h"

#include "config/appsettings.h"
#include "domain/codicefiscale.h"
#include "formwidgets.h"
#include "security/account.h"
#include "security/passwords.h"
#include "storage/accountrepository.h"
#include "storage/officerepository.h"
#include "storage/storageerror.h"
#include "taborder.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Sportello::Ui {
namespace {
QLineEdit *addField(QWizardPage *page, QFormLayout *form, const QString &label, const QString &accessibleName,
                    int maxLength)
{
    QLineEdit *edit = lineEdit(page, accessibleName, maxLength);
    form->addRow(label, edit);
    return edit;
}

QLabel *addProblemLabel(QWizardPage *page, QFormLayout *form, const QString &accessibleName)
{
    QLabel *label = problemLabel(page, accessibleName);
    form->addRow(QString(), label);
    return label;
}

// The first blank field of `required` (each with what to say about it): said, focused; or none.
QLineEdit *firstBlank(const QList<std::pair<QLineEdit *, QString>> &required, QLabel *problem)
{
    for (const auto &[field, message] : required) {
        if (field->text().trimmed().isEmpty()) {
            problem->setText(message);
            field->setFocus();
            return field;
        }
    }
    return nullptr;
}
} // namespace

// Each page checks its own input when Next is pressed and says what is wrong beside it. No field is
// "mandatory" in QWizard's sense: a Next that does nothing, with no word why, is what a new office
// met (and a field filled in for the person, like the PC's name, counted as not filled in).
class FirstRunComunePage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunComunePage(QWidget *parent)
        : QWizardPage(parent)
    {
        setTitle(tr("Welcome to Sportello"));
        setSubTitle(tr("Which comune does this office belong to?"));
        auto *form = new QFormLayout(this);
        auto *name = addField(this, form, tr("Na&me of the comune:"), tr("Name of the comune"), 200);
        name->setPlaceholderText(tr("e.g. Comune di Castelnuovo"));
        m_code = addField(this, form, tr("&Codice fiscale of the comune:"),
                          tr("Codice fiscale of the comune"), 11);
        m_code->setPlaceholderText(tr("11 digits"));
        m_code->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,11}")), m_code));
        m_problem = addProblemLabel(this, form, tr("Problem"));
        registerField(QStringLiteral("comuneName"), name);
        registerField(QStringLiteral("comuneCode"), m_code);
        followLayoutOrder(this);
        m_name = name;
    }
    bool validatePage() override
    {
        if (firstBlank({{m_name, tr("Type the name of the comune.")},
                        {m_code, tr("Type the codice fiscale of the comune (11 digits).")}},
                       m_problem))
            return false;
        const auto parsed = Domain::CodiceFiscale::parseNumeric(m_code->text());
        m_problem->setText(parsed ? QString() : parsed.error());
        if (!parsed)
            m_code->setFocus();
        return parsed.ok();
    }

private:
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLabel *m_problem;
};

class FirstRunBranchPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunBranchPage(QWidget *parent)
        : QWizardPage(parent)
    {
        setTitle(tr("Branch"));
        setSubTitle(tr("The office (sede) where this PC stands. Its short code appears in ticket and receipt "
                       "numbers, e.g. 2026/SEDE1/000123."));
        auto *form = new QFormLayout(this);
        auto *name = addField(this, form, tr("Na&me of the branch:"), tr("Name of the branch"), 200);
        name->setPlaceholderText(tr("e.g. Sede centrale"));
        m_code = addField(this, form, tr("Short &code:"), tr("Short code of the branch"), 8);
        m_code->setPlaceholderText(tr("2–8 capital letters or digits, e.g. SEDE1"));
        m_code->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,8}")), m_code));
        connect(m_code, &QLineEdit::textEdited, m_code, [this](const QString &text) {
            const int cursor = m_code->cursorPosition();
            m_code->setText(text.toUpper());
            m_code->setCursorPosition(cursor);
        });
        m_problem = addProblemLabel(this, form, tr("Problem"));
        registerField(QStringLiteral("branchName"), name);
        registerField(QStringLiteral("branchCode"), m_code);
        followLayoutOrder(this);
        m_name = name;
    }
    bool validatePage() override
    {
        if (firstBlank({{m_name, tr("Type the name of the branch.")}}, m_problem))
            return false;
        const QString problem = Storage::OfficeRepository::validateBranchCode(m_code->text());
        m_problem->setText(problem);
        if (!problem.isEmpty())
            m_code->setFocus();
        return problem.isEmpty();
    }

private:
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLabel *m_problem;
};

// The first administrator: the person who then creates everybody else's account.
class FirstRunAdministratorPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunAdministratorPage(QWidget *parent)
        : QWizardPage(parent)
    {
        setTitle(tr("Administrator"));
        setSubTitle(
            tr("The first account, with which the other staff accounts are created. Keep its password "
               "safe: it cannot be recovered."));
        auto *form = new QFormLayout(this);
        m_name = addField(this, form, tr("&Full name:"), tr("Full name of the administrator"), 100);
        m_username = addField(this, form, tr("&Username:"), tr("Username of the administrator"), 40);
        m_username->setPlaceholderText(tr("e.g. m.rossi"));
        m_password = addField(this, form, tr("&Password:"), tr("Password of the administrator"), 200);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = addField(this, form, tr("&Repeat the password:"), tr("Password again"), 200);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_problem = addProblemLabel(this, form, tr("Problem"));
        registerField(QStringLiteral("adminName"), m_name);
        registerField(QStringLiteral("adminUsername"), m_username);
        registerField(QStringLiteral("adminPassword"), m_password);
        followLayoutOrder(this);
    }
    bool validatePage() override
    {
        const QString username = Security::normalisedUsername(m_username->text());
        QString problem;
        QLineEdit *wrong = nullptr;
        if (m_name->text().trimmed().isEmpty()) {
            problem = tr("The full name is required.");
            wrong = m_name;
        } else if (problem = Security::usernameProblem(username); !problem.isEmpty()) {
            wrong = m_username;
        } else if (problem =
                       Security::Passwords::typedTwiceProblem(m_password->text(), m_repeat->text(), username);
                   !problem.isEmpty()) {
            wrong = m_password;
            m_repeat->clear();
        }
        m_problem->setText(problem);
        if (wrong) {
            wrong->setFocus();
            wrong->selectAll();
        }
        return problem.isEmpty();
    }

private:
    QLineEdit *m_name;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

class FirstRunDevicePage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunDevicePage(QWidget *parent, const QString &currentLanguage)
        : QWizardPage(parent)
    {
        setTitle(tr("This PC"));
        setSubTitle(tr("A name that tells colleagues which PC this is, e.g. the counter it stands at."));
        auto *form = new QFormLayout(this);
        m_name = addField(this, form, tr("Na&me of this PC:"), tr("Name of this PC"), 60);
        // The system's name for it, to keep or to change.
        m_name->setText(QHostInfo::localHostName());
        auto *language = new QComboBox(this);
        language->setAccessibleName(tr("Language"));
        language->addItem(tr("As the system (Italian or English)"), QString());
        language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
        language->addItem(QStringLiteral("English"), QStringLiteral("en"));
        language->setCurrentIndex(std::max(0, language->findData(currentLanguage)));
        form->addRow(tr("&Language:"), language);
        form->addRow(QString(), new QLabel(tr("A change of language applies at the next start."), this));
        m_problem = addProblemLabel(this, form, tr("Problem"));
        registerField(QStringLiteral("deviceName"), m_name);
        registerField(QStringLiteral("language"), language, "currentData");
        followLayoutOrder(this);
    }
    bool validatePage() override
    {
        return !firstBlank({{m_name, tr("Type a name for this PC, e.g. the counter it stands at.")}},
                           m_problem);
    }

private:
    QLineEdit *m_name;
    QLabel *m_problem;
};

class FirstRunSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunSummaryPage(QWidget *parent)
        : QWizardPage(parent)
    {
        setTitle(tr("Ready"));
        setSubTitle(tr(
            "Check the data and press Finish. The comune and branch cannot be changed later from this PC."));
        m_text = new QLabel(this);
        m_text->setAccessibleName(tr("Summary"));
        m_text->setTextFormat(Qt::PlainText);
        m_text->setWordWrap(true);
        (new QVBoxLayout(this))->addWidget(m_text);
    }
    void initializePage() override
    {
        QStringList lines;
        if (wizard()->hasVisitedPage(FirstRunWizard::ComunePage)) {
            lines << tr("Comune: %1 (codice fiscale %2)")
                         .arg(field(QStringLiteral("comuneName")).toString(),
                              field(QStringLiteral("comuneCode")).toString());
            lines << tr("Branch: %1, code %2")
                         .arg(field(QStringLiteral("branchName")).toString(),
                              field(QStringLiteral("branchCode")).toString());
        }
        if (wizard()->hasVisitedPage(FirstRunWizard::AdministratorPage))
            lines << tr("Administrator: %1 (%2)")
                         .arg(
                             field(QStringLiteral("adminName")).toString().simplified(),
                             Security::normalisedUsername(field(QStringLiteral("adminUsername")).toString()));
        lines << tr("This PC: %1").arg(field(QStringLiteral("deviceName")).toString());
        m_text->setText(lines.join(QLatin1Char('\n')));
    }

private:
    QLabel *m_text;
};

FirstRunWizard::FirstRunWizard(Storage::Database &database, Config::AppSettings &settings,
                               bool officeAlreadySet, bool needsAdministrator, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    , m_settings(settings)
    , m_officeAlreadySet(officeAlreadySet)
    , m_needsAdministrator(needsAdministrator)
{
    setWindowTitle(tr("Sportello — first start"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    if (!officeAlreadySet) {
        setPage(ComunePage, new FirstRunComunePage(this));
        setPage(BranchPage, new FirstRunBranchPage(this));
    }
    if (needsAdministrator)
        setPage(AdministratorPage, new FirstRunAdministratorPage(this));
    setPage(DevicePage, new FirstRunDevicePage(this, settings.language()));
    setPage(SummaryPage, new FirstRunSummaryPage(this));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    resize(640, 420);
}

void FirstRunWizard::accept()
{
    // Each step is done once: after an error in a later one, Finish again goes on from there.
    try {
        std::optional<Storage::LocalOffice> office;
        if (m_officeAlreadySet) {
            office = Storage::OfficeRepository(m_database).localOffice();
        } else {
            office = Storage::OfficeRepository(m_database)
                         .setUp(field(QStringLiteral("comuneName")).toString(),
                                field(QStringLiteral("comuneCode")).toString(),
                                field(QStringLiteral("branchName")).toString(),
                                field(QStringLiteral("branchCode")).toString());
            m_officeAlreadySet = true;
        }
        m_settings.setDeviceName(field(QStringLiteral("deviceName")).toString());
        m_settings.setLanguage(field(QStringLiteral("language")).toString());
        if (m_needsAdministrator) {
            Storage::AccountRepository(
                m_database, {office->branchId, m_settings.deviceId(), std::nullopt, m_settings.deviceName()})
                .createFirstAdministrator(field(QStringLiteral("adminUsername")).toString(),
                                          field(QStringLiteral("adminName")).toString(),
                                          field(QStringLiteral("adminPassword")).toString());
            m_needsAdministrator = false;
        }
    } catch (const Storage::StorageError &error) {
        QMessageBox::critical(this, tr("Not saved"), error.message());
        return;
    } catch (const std::runtime_error &error) { // no memory for the password hash
        QMessageBox::critical(this, tr("Not saved"), QString::fromLocal8Bit(error.what()));
        return;
    }
    m_settings.deviceId();
    m_settings.sync();
    QWizard::accept();
}

} // namespace Sportello::Ui

#include "firstrunwizard.moc"
