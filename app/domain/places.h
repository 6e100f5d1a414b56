// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Sportello::Domain {

// A place of birth as the codice fiscale names it: a comune by its codice catastale ("L219"), or a
// foreign state by its Z code ("Z404"), with the name it had in one period of its history.
struct Place {
    QString code;      // "L219", "Z404"
    QString name;      // "Torino", "Stati Uniti d'America"
    QString province;  // "TO"; empty abroad
    QString otherName; // in the second official language: "Bozen"
    QDate validFrom;
    QDate validTo;       // of this name: 9999-12-31 while it is still the name
    bool ceased = false; // the place itself no longer exists (no period of its code is current)

    bool abroad() const { return code.startsWith(QLatin1Char('Z')); }
    bool current() const { return validTo.year() == 9999; }
    bool existedOn(const QDate &date) const { return date >= validFrom && date <= validTo; }
};

// The places the program knows: every Italian comune with its history (ANPR's archive, CC BY 4.0)
// and the foreign states (ISTAT's list, CC BY 4.0), shipped in the program (resources/places).
// Clerks type names; records keep codes; each code is shown by the name it had on the date of birth.
class Places {
    Q_DECLARE_TR_FUNCTIONS(Sportello::Domain::Places)
public:
    // The shipped lists, read once (thread-safe).
    static const Places &known();
    // From lines as resources/places/*.tsv holds them (tests build small ones).
    static Places fromTsv(const QByteArray &tsv);

    // The period of `code` that contains `on`; without a date, or outside every period, the latest.
    std::optional<Place> find(const QString &code, const QDate &on = {}) const;
    // What a person typing `typed` may mean, best first: names (and second names) that begin with
    // it, then names with a word that begins with it; accents, case, apostrophes and spaces do not
    // matter. With a date of birth, the places that existed then come first; ceased ones are kept.
    QList<Place> matching(const QString &typed, const QDate &on = {}, int limit = 15) const;
    // The code a person means by `text`: a code ("l219"), a label as label() writes it, or a name
    // that only one place had on `on`. Empty when there is none, or more than one.
    QString codeOf(const QString &text, const QDate &on = {}) const;

    // "Torino (TO)", "Francia (estero)", "Sant'Abbondio (CO, fino al 2002)".
    static QString label(const Place &place);
    // The label of `code` on `on`; the code itself when it is not known.
    QString describe(const QString &code, const QDate &on = {}) const;

    qsizetype size() const { return m_places.size(); }

private:
    struct Entry {
        Place place;
        QString key;          // name, simplified for comparison
        QString otherKey;     // second name, simplified
        QStringList wordKeys; // each word of both names, simplified
    };
    QList<Entry> m_places; // by code, then period
};

} // namespace Sportello::Domain
