#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Makes comuni.tsv, the places of birth the program completes and names, from ANPR's archive of
Italian comuni with their history (ANPR_archivio_comuni.csv of the repository italia/anpr,
src/archivi/; licence CC BY 4.0, "ANPR - Ministero dell'Interno").

    python3 make-places.py ANPR_archivio_comuni.csv > comuni.tsv

One line per codice catastale and period in which its name and province did not change:
code, valid from, valid to (ISO dates; 9999-12-31 = still valid), name, province, name in the
second official language (South Tyrol, Aosta Valley, ...). ANPR writes names in capitals; they are
written here as a clerk writes them ("Reggio nell'Emilia", "Sant'Angelo Lodigiano")."""
import csv
import datetime
import sys

# Words written in lower case inside a name (never as its first word).
LOWER = {"di", "del", "dei", "degli", "della", "delle", "dello", "d", "da", "dal", "dalla", "dalle",
         "dai", "e", "ed", "in", "nel", "nella", "nelle", "nei", "negli", "nello", "sul", "sulla", "sui",
         "sugli", "sulle", "sullo", "al", "alla", "alle", "ai", "agli", "allo", "con", "su", "a", "de",
         "la", "le", "lo", "il", "i", "gli", "l", "nell", "dell", "sull", "all", "dall", "coll", "col",
         "per", "tra", "fra", "sopra", "sotto", "presso"}
# ...except where they begin a name or follow these, where they are part of a proper name.
KEEP_AFTER = {"san", "santa", "santo", "sant"}


def word_case(word, first):
    lower = word.lower()
    if not first and lower in LOWER:
        return lower
    return lower[:1].upper() + lower[1:]


def proper(name):
    """ANPR's capitals as a name is written: each word capitalised, particles in lower case; the
    pieces around an apostrophe, a hyphen or a slash are words of their own."""
    out, word, first, previous = [], "", True, ""
    for ch in name + "\0":
        if ch.isalpha():
            word += ch
            continue
        if word:
            is_first = first or previous.lower() in KEEP_AFTER
            out.append(word_case(word, is_first))
            first = False
            previous = word
            word = ""
        if ch == "\0":
            break
        out.append(ch)
        if ch in "-/":
            first = True  # "Bolzano/Bozen", "Castel San Pietro-Terme": a new name begins
    return "".join(out)


def main(path):
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            code = r["CODCATASTALE"].strip().upper()
            if len(code) != 4 or not code[0].isalpha() or not code[1:].isdigit():
                continue  # "ND": a name ANPR could not give a code
            rows.append((code, r["DATAISTITUZIONE"], r["DATACESSAZIONE"], proper(r["DENOMINAZIONE_IT"].strip()),
                         r["SIGLAPROVINCIA"].strip(), proper(r["ALTRADENOMINAZIONE"].strip())))
    rows.sort()
    merged = []
    for row in rows:
        last = merged[-1] if merged else None
        # The same name and province in consecutive periods (a change elsewhere): one line.
        if last and last[0] == row[0] and last[3:] == row[3:] and _next_day(last[2]) >= row[1]:
            merged[-1] = last[:2] + (max(last[2], row[2]),) + last[3:]
        else:
            merged.append(row)
    out = sys.stdout
    out.write("# Comuni italiani e loro storia: elaborazione su dati ANPR - Ministero dell'Interno, "
              "licenza CC BY 4.0. Made by make-places.py.\n")
    for row in merged:
        out.write("\t".join(row) + "\n")


def _next_day(iso):
    day = datetime.date.fromisoformat(iso)
    return iso if day == datetime.date.max else (day + datetime.timedelta(days=1)).isoformat()


if __name__ == "__main__":
    main(sys.argv[1])
