#!/usr/bin/env python3
"""Family names that lead a person's name and that CoreNLP's first-name tables give a gender ("kim", "li",
"min"): the first part of the key of every person of the gazetteer (persons.tsv, terms.tsv) who represents a
state whose names put the family name first, when the tables (src/main/resources/geokg/nlp/gender-names.txt,
read from the models jar in target/lib) give that part a gender. Japanese names are written given name first
in English and are not read. A part that leads more names of other states' persons than of these ("John",
"Michael" of Hong Kong's officials) is a given name and is left to the tables.
Writes src/main/resources/geokg/nlp/family-names-first.txt. Run from the checkout after `mvn package`."""
import glob, zipfile
STATES = {'CHN', 'KOR', 'PRK', 'TWN', 'VNM', 'MMR', 'KHM', 'MNG', 'HKG', 'MAC', 'LAO'}
R = 'src/main/resources/geokg/'
jar = zipfile.ZipFile(glob.glob('target/lib/stanford-corenlp-*-models.jar')[0])
names, census = {}, set()
for line in open(R + 'nlp/gender-names.txt'):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    f = line.split()
    for row in jar.read(f[0]).decode('utf-8').splitlines():
        c = row.split('\t')
        g = f[1] if len(f) > 1 else (c[1].strip() if len(c) > 1 else '')
        if g in ('MALE', 'FEMALE'):
            names.setdefault(c[0].strip().lower(), set()).add(g)
            if len(f) > 1:
                census.add(c[0].strip().lower())
ea, other = {}, {}
for table, state_col in (('persons.tsv', 4), ('terms.tsv', 3)):
    for line in open(R + 'gazetteer/' + table, encoding='utf-8'):
        if line.startswith(('#', 'slug')):
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) > state_col and '-' in c[0]:
            first = c[0].split('-')[0]
            d = ea if c[state_col][:3] in STATES else other
            d[first] = d.get(first, 0) + 1
out = {n for n, k in ea.items() if len(names.get(n, ())) == 1 and k > other.get(n, 0)}
with open(R + 'nlp/family-names-first.txt', 'w', encoding='utf-8') as w:
    w.write('# Family names that lead a name ("Kim Jong Un", "Li Qiang") and that the first-name tables give a\n'
            '# gender: they tell none (extract/PersonGender). Made by tools/gender/family_names_first.py from the\n'
            '# gazetteer persons of CHN KOR PRK TWN VNM MMR KHM MNG HKG MAC LAO; a few given names of those\n'
            '# states\' officials ("Bonnie", "Carrie") come in with them and only lose a gender.\n')
    for n in sorted(out):
        w.write(n + '\n')
print(len(out), 'names')
