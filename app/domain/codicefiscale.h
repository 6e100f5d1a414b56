// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/clock.h"
#include "domain/parsed.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace Sportello::Domain {

enum class Sex { Unspecified, Male, Female };

// A natural person's 16-character codice fiscale, decoded.
struct PersonalFiscalCode {
    QString code;      // as given (valid, upper case, may contain omocodia letters)
    QString canonical; // omocodia letters mapped back to digits and check character recomputed: use for
                       // dedupe/search
    Sex sex = Sex::Unspecified;
    QDate birthDate;   // century: the latest year that is not after `today`
    QString placeCode; // Belfiore code with digits restored, e.g. "H501" (foreign countries "Z404")
    bool omocode = false;
};

namespace CodiceFiscale {

// What the UI applies while typing: trims, removes inner spaces, upper-cases. The parsers below are
// strict and refuse anything this step would have changed.
QString normalizedInput(QStringView text);

// 16 characters: omocode-aware structure, check character, a birth date that exists. The place code
// is not resolved against a municipality list here.
Parsed<PersonalFiscalCode> parsePersonal(QStringView text, QDate today = Clock::today());

// The check character (16th) for the first 15 characters of a personal code, which must be
// upper-case ASCII letters or digits; for building codes (test data, suggestions), not checking them.
QChar checkCharacterFor(QStringView firstFifteen);

// 11 digits with the Luhn-variant check digit: codice fiscale of an entity, partita IVA, or a
// natural person's provisional codice fiscale.
Parsed<QString> parseNumeric(QStringView text);

// Either a 16-character personal code or an 11-digit provisional one; returns the canonical form for
// uniqueness (canonical of the personal code, or the 11 digits).
Parsed<QString> parseAnyForCitizen(QStringView text, QDate today = Clock::today());

} // namespace CodiceFiscale

} // namespace Sportello::Domain
