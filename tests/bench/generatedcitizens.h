// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Generated citizens for the benchmarks: Italian surnames and names, valid and unique codici
// fiscali that agree with sex and birth date, mobile numbers. The same seed gives the same people.
#include "domain/citizen.h"
#include "domain/codicefiscale.h"

#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <iterator>

namespace Sportello::Bench {

inline const char *const surnames[] = {
    "Rossi",      "Russo",   "Ferrari",   "Esposito",   "Bianchi",    "Romano",     "Colombo",
    "Ricci",      "Marino",  "Greco",     "Bruno",      "Gallo",      "Conti",      "De Luca",
    "Mancini",    "Costa",   "Giordano",  "Rizzo",      "Lombardi",   "Moretti",    "Barbieri",
    "Fontana",    "Santoro", "Mariani",   "Rinaldi",    "Caruso",     "Ferrara",    "Galli",
    "Martini",    "Leone",   "Longo",     "Gentile",    "Martinelli", "Vitale",     "Lombardo",
    "Serra",      "Coppola", "De Santis", "D'Angelo",   "Marchetti",  "Parisi",     "Villa",
    "Conte",      "Ferraro", "Ferri",     "Fabbri",     "Bianco",     "Marini",     "Grasso",
    "Valentini",  "Messina", "Sala",      "De Angelis", "Gatti",      "Pellegrini", "Palumbo",
    "Sanna",      "Farina",  "Rizzi",     "Monti",      "Cattaneo",   "Morelli",    "Amato",
    "Silvestri",  "Mazza",   "Testa",     "Grassi",     "Pellegrino", "Carbone",    "Giuliani",
    "Benedetti",  "Barone",  "Rossetti",  "Caputo",     "Montanari",  "Guerra",     "Palmieri",
    "Bernardi",   "Martino", "Fiore",     "De Rosa",    "Ferretti",   "Bellini",    "Basile",
    "Riva",       "Donati",  "Piras",     "Vitali",     "Battaglia",  "Sartori",    "Neri",
    "Costantini", "Milani",  "Pagano",    "Ruggiero",   "Sorrentino", "D'Amico",    "Orlando",
    "Damico",     "Negri"};
inline const char *const names[] = {
    "Giuseppe", "Maria",      "Giovanni",   "Anna",       "Antonio", "Giuseppina", "Mario",    "Rosa",
    "Luigi",    "Angela",     "Francesco",  "Giovanna",   "Angelo",  "Teresa",     "Vincenzo", "Lucia",
    "Pietro",   "Carmela",    "Salvatore",  "Caterina",   "Carlo",   "Francesca",  "Franco",   "Anna Maria",
    "Domenico", "Antonietta", "Bruno",      "Carla",      "Paolo",   "Elena",      "Michele",  "Concetta",
    "Giorgio",  "Rita",       "Aldo",       "Margherita", "Sergio",  "Franca",     "Luciano",  "Paola",
    "Marco",    "Sofia",      "Alessandro", "Giulia",     "Andrea",  "Chiara",     "Matteo",   "Sara",
    "Lorenzo",  "Martina"};

inline QString randomSurname(QRandomGenerator &random)
{
    return QString::fromUtf8(surnames[random.bounded(int(std::size(surnames)))]);
}

// Consonants then vowels then X: the surname/name part of a codice fiscale (good enough for data).
inline QString threeLetters(const QString &word)
{
    QString consonants, vowels;
    for (const QChar c : word.toUpper()) {
        if (!c.isLetter() || c.unicode() > 127)
            continue;
        (QStringLiteral("AEIOU").contains(c) ? vowels : consonants) += c;
    }
    return (consonants + vowels + QStringLiteral("XXX")).left(3);
}

inline QString codiceFiscale(const QString &surname, const QString &name, QDate birth, bool female, int place,
                             int serial)
{
    static constexpr char months[] = "ABCDEHLMPRST";
    // The serial number goes in the place digits so that every generated code is unique.
    const QString first15 =
        threeLetters(surname) + threeLetters(name) +
        QStringLiteral("%1").arg(birth.year() % 100, 2, 10, QLatin1Char('0')) +
        QLatin1Char(months[birth.month() - 1]) +
        QStringLiteral("%1").arg(birth.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0')) +
        QLatin1Char(char('A' + place % 26)) +
        QStringLiteral("%1").arg(serial % 1000, 3, 10, QLatin1Char('0'));
    return first15 + Domain::CodiceFiscale::checkCharacterFor(first15);
}

// Citizens with a new id each, never the same codice fiscale twice.
class CitizenGenerator {
public:
    explicit CitizenGenerator(quint32 seed)
        : m_random(seed)
    {}
    QRandomGenerator &random() { return m_random; }

    Domain::Citizen next()
    {
        Domain::Citizen c;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.surname = randomSurname(m_random);
        c.name = QString::fromUtf8(names[m_random.bounded(int(std::size(names)))]);
        const bool female = m_random.bounded(2) == 1;
        c.sex = female ? Domain::Sex::Female : Domain::Sex::Male;
        c.birthDate = QDate(1930, 1, 1).addDays(m_random.bounded(365 * 90));
        do {
            c.codiceFiscale = codiceFiscale(c.surname, c.name, c.birthDate, female, m_random.bounded(26),
                                            m_random.bounded(1000));
        } while (m_used.contains(c.codiceFiscale));
        m_used.insert(c.codiceFiscale);
        c.phone = QStringLiteral("3%1").arg(m_random.bounded(100000000, 999999999));
        return c;
    }

private:
    QRandomGenerator m_random;
    QSet<QString> m_used;
};

} // namespace Sportello::Bench
