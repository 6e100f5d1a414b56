#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# Fills translations/sportello_{it,en}.ts from it.py after `make translations` (lupdate) and
# lists every source text that has no translation yet. Exit status 1 when something is missing.
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import it  # noqa: E402

missing = []


def fill(path, lookup, numerus):
    tree = ET.parse(path)
    for context in tree.getroot().findall('context'):
        name = context.find('name').text
        for message in context.findall('message'):
            source = message.find('source').text
            translation = message.find('translation')
            if message.get('numerus') == 'yes':
                forms = numerus.get(source)
                if forms is None:
                    missing.append((path, name, source))
                    continue
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, 'numerusform').text = form
                translation.text = None
            else:
                text = lookup(name, source)
                if text is None:
                    missing.append((path, name, source))
                    continue
                translation.text = text
            translation.attrib.pop('type', None)
    ET.indent(tree, space='    ')
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='unicode')
        out.write('\n')


top = os.path.dirname(here)
fill(os.path.join(top, 'sportello_it.ts'), lambda c, s: it.BY_CONTEXT.get((c, s), it.T.get(s)), it.NUMERUS)
fill(os.path.join(top, 'sportello_en.ts'), lambda c, s: s, it.NUMERUS_EN)
for path, context, source in missing:
    print(f'untranslated: {os.path.basename(path)} [{context}] {source!r}')
sys.exit(1 if missing else 0)
