// SPDX-License-Identifier: EUPL-1.2
#include "domain/places.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Sportello::Domain {
namespace {
// What two spellings of a name have in common: lower case, no accents, letters and digits only
// ("Forlì" and "forli", "Sant'Angelo" and "santangelo").
QString simplified(const QString &text)
{
    QString key;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QStringList wordKeys(const QString &text)
{
    QStringList keys;
    static const QRegularExpression separators(QStringLiteral("[\\s'’\\-/]+"));
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        keys << simplified(word);
    return keys;
}

const QRegularExpression &codePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][0-9]{3}$"));
    return pattern;
}
} // namespace

const Places &Places::known()
{
    static const Places places = [] {
        QByteArray tsv;
        for (const QString &name :
             {QStringLiteral(":/places/comuni.tsv"), QStringLiteral(":/places/esteri.tsv")}) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                tsv += file.readAll();
        }
        return fromTsv(tsv);
    }();
    return places;
}

Places Places::fromTsv(const QByteArray &tsv)
{
    Places places;
    QSet<QString> current; // codes with a period that is still valid
    for (const QByteArray &line : tsv.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 6)
            continue;
        Place place;
        place.code = QString::fromLatin1(fields.at(0));
        place.validFrom = QDate::fromString(QString::fromLatin1(fields.at(1)), Qt::ISODate);
        place.validTo = QDate::fromString(QString::fromLatin1(fields.at(2)), Qt::ISODate);
        place.name = QString::fromUtf8(fields.at(3));
        place.province = QString::fromUtf8(fields.at(4));
        place.otherName = QString::fromUtf8(fields.at(5)).trimmed();
        if (!codePattern().match(place.code).hasMatch() || !place.validTo.isValid() || place.name.isEmpty())
            continue;
        if (place.current())
            current.insert(place.code);
        places.m_places.append({place, simplified(place.name), simplified(place.otherName),
                                wordKeys(place.name + u' ' + place.otherName)});
    }
    for (Entry &entry : places.m_places)
        entry.place.ceased = !current.contains(entry.place.code);
    return places;
}

std::optional<Place> Places::find(const QString &code, const QDate &on) const
{
    const QString wanted = code.trimmed().toUpper();
    std::optional<Place> latest;
    for (const Entry &entry : m_places) {
        if (entry.place.code != wanted)
            continue;
        if (on.isValid() && entry.place.existedOn(on))
            return entry.place;
        if (!latest || entry.place.validTo > latest->validTo)
            latest = entry.place;
    }
    return latest;
}

QList<Place> Places::matching(const QString &typed, const QDate &on, int limit) const
{
    const QString key = simplified(typed);
    if (key.isEmpty())
        return {};
    struct Candidate {
        int when;  // 0: existed on the date of birth (or exists now, without one)
        int match; // 0 the code, 1 the whole name, 2 its beginning, 3 a word's beginning
        const Place *place;
    };
    QHash<QString, Candidate> best; // by code: one line per place
    const QString typedCode = typed.trimmed();
    for (const Entry &entry : m_places) {
        int match = 0;
        if (entry.place.code.compare(typedCode, Qt::CaseInsensitive) == 0)
            match = 0;
        else if (entry.key == key || entry.otherKey == key)
            match = 1;
        else if (entry.key.startsWith(key) || (!entry.otherKey.isEmpty() && entry.otherKey.startsWith(key)))
            match = 2;
        else if (std::any_of(entry.wordKeys.cbegin(), entry.wordKeys.cend(),
                             [&key](const QString &word) { return word.startsWith(key); }))
            match = 3;
        else
            continue;
        const int when = (on.isValid() ? entry.place.existedOn(on) : entry.place.current()) ? 0 : 1;
        const Candidate candidate{when, match, &entry.place};
        const auto found = best.constFind(entry.place.code);
        if (found == best.cend() || std::tie(when, match) < std::tie(found->when, found->match) ||
            (std::tie(when, match) == std::tie(found->when, found->match) &&
             entry.place.validTo > found->place->validTo))
            best.insert(entry.place.code, candidate);
    }
    QList<Candidate> ordered = best.values();
    std::sort(ordered.begin(), ordered.end(), [](const Candidate &a, const Candidate &b) {
        if (a.when != b.when)
            return a.when < b.when;
        if (a.match != b.match)
            return a.match < b.match;
        // Then by name, province and code: the same order at every keystroke and on every PC.
        if (const int byName = QString::localeAwareCompare(a.place->name, b.place->name); byName != 0)
            return byName < 0;
        return std::tie(a.place->province, a.place->code) < std::tie(b.place->province, b.place->code);
    });
    QList<Place> places;
    for (const Candidate &candidate : std::as_const(ordered)) {
        if (places.size() == limit)
            break;
        places << *candidate.place;
    }
    return places;
}

QString Places::codeOf(const QString &text, const QDate &on) const
{
    const QString trimmed = text.trimmed();
    if (codePattern().match(trimmed).hasMatch())
        return trimmed.toUpper(); // a code stands for itself, known here or not
    QSet<QString> byLabel;
    QSet<QString> byLabelThen; // a label two codes had in turn ("Martirano (CZ)"): the one of the date
    QSet<QString> byName;
    QSet<QString> byNameThen;
    const QString key = simplified(trimmed);
    for (const Entry &entry : m_places) {
        if (key.isEmpty())
            break;
        if (entry.key == key || entry.otherKey == key) {
            byName.insert(entry.place.code);
            if (on.isValid() && entry.place.existedOn(on))
                byNameThen.insert(entry.place.code);
        }
        // A label begins with the name: only those are worth writing out.
        if (key.startsWith(entry.key) && label(entry.place).compare(trimmed, Qt::CaseInsensitive) == 0) {
            byLabel.insert(entry.place.code);
            if (on.isValid() ? entry.place.existedOn(on) : entry.place.current())
                byLabelThen.insert(entry.place.code);
        }
    }
    if (byLabel.size() > 1)
        byLabel = byLabelThen;
    for (const QSet<QString> &codes : {byLabel, byNameThen, byName}) {
        if (codes.size() == 1)
            return *codes.cbegin();
        if (codes.size() > 1)
            return {};
    }
    return {};
}

QString Places::label(const Place &place)
{
    if (place.abroad())
        return place.ceased ? tr("%1 (abroad, until %2)").arg(place.name).arg(place.validTo.year())
                            : tr("%1 (abroad)").arg(place.name);
    return place.ceased ? tr("%1 (%2, until %3)").arg(place.name, place.province).arg(place.validTo.year())
                        : QStringLiteral("%1 (%2)").arg(place.name, place.province);
}

QString Places::describe(const QString &code, const QDate &on) const
{
    const std::optional<Place> place = find(code, on);
    return place ? label(*place) : code;
}

} // namespace Sportello::Domain
