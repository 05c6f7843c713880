#!/usr/bin/env python3
"""Regenerate the geokg gazetteer tables (src/main/resources/geokg/gazetteer/*.tsv).

Python 3, standard library only. Run from anywhere:

    python3 tools/gazetteer/make_gazetteer.py [--ref ../shared/reference] [--out src/main/resources/geokg/gazetteer]

Inputs
  * the read-only fact sources (default: ../shared/reference relative to the repo root; see SOURCES.md there):
    datasets-country-codes/country-codes.csv, cldr/en-territories.json, cldr/territoryContainment.json,
    rigour-territories/*.yml, factbook-derived/factbook_{names,leaders,org_participation}.tsv
  * the hand-curated part in tools/gazetteer/curated/*.tsv (this is where editors make changes).

Outputs: states.tsv organizations.tsv memberships.tsv regions.tsv persons.tsv titles.tsv resources.tsv sectors.tsv
and a short merge report on stderr (Factbook disagreements, dropped forms). The script ends with a validation pass
and exits non-zero if a table is malformed.
"""
import argparse
import csv
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
CURATED = os.path.join(HERE, 'curated')

# --------------------------------------------------------------------------------------------------------------
# global policy lists (hand-curated; see SOURCES.md for the reasons)
# --------------------------------------------------------------------------------------------------------------

# rigour `names_strong` entries accepted as English news forms (everything else there is non-English or noisy).
RIGOUR_STRONG_ACCEPT = {
    'U.S.A.', 'U.S.', 'UAE', 'DPRK', 'DRC', 'Ivory Coast', 'Swaziland', 'Kingdom of Swaziland', 'Burma', 'Holland',
    'East Timor', 'Turkey', 'Republic of Turkey', 'Turkiye', 'Italian Republic', 'Republic of Iceland', 'Vatican',
    'Vatican City', 'Bharat', 'Islamic Republic of Afghanistan', 'Libyan Arab Jamahiriya', 'Tunisian Republic',
    'Eastern Republic of Uruguay', 'Most Serene Republic of San Marino', 'Republic of Nauru', 'Republic of China',
}
# Aliases never emitted for a state (ambiguous between states, or common words).
STATE_ALIAS_DROP = {'Congo', 'Korea', 'West Bank', 'Gaza', 'Naoero', 'Republic of Naoero', 'Republic of Italy', 'Georgia (country)', 'CAR', 'Trinidad', 'Tobago', 'none', 'NA'}
# Demonyms dropped everywhere: ambiguous between states or with common words / regions.
DEMONYM_DROP = {'Korean', 'Koreans', 'Congolese', 'Congo', 'Central African', 'Central Africans', 'Pole', 'Dane',
                'Finn', 'none', 'NA', 'Guamanian', 'liSwati', 'emaSwati', 'Swati', 'Chuukese', 'Kosraen',
                'Kosraens', 'Pohnpeian', 'Pohnpeians', 'Yapese', 'Sahrawian', 'Sahraouian'}
# Capitals dropped: equal a state name, or ambiguous with common places/words elsewhere.
CAPITAL_DROP = {'Singapore', 'Djibouti', 'Monaco', 'San Marino', 'Vatican City', 'Luxembourg', 'Kuwait',
                'Victoria', 'Kingston', 'Georgetown', 'St. John\'s', 'Brussels', 'Melekeok', 'Yaren',
                'Ciudad de la Paz', 'Male', 'The Hague', 'East Jerusalem', 'El-Aaiun', 'Nur-Sultan?'}
# Person surname aliases never emitted (common words, month names, very common surnames, place names).
SURNAME_DROP = {
    'May', 'Brown', 'Moon', 'Park', 'Lee', 'Kim', 'Li', 'Wang', 'Hunt', 'Truss', 'Straw', 'Cleverly', 'Gallant',
    'Sharon', 'Rice', 'Johnson', 'Jones', 'Gates', 'Carter', 'Austin', 'Sullivan', 'Harris', 'Powell', 'Clinton',
    'Hague', 'Cooper', 'Miliband', 'Hammond', 'Gabriel', 'Maas', 'Marin', 'Andersson', 'Michel', 'Costa', 'Khan',
    'Sharif', 'Singh', 'Ali', 'Hassan', 'Mohamed', 'Muhammad', 'Mohammed', 'Ahmed', 'Ahmad', 'Salam', 'Dan', 'Wong',
    'Charles', 'Martin', 'Simon', 'Pierre', 'Bennett', 'Morrison', 'Harper', 'Katz', 'Cohen', 'Abdullah', 'Salman',
    'Philippe', 'Albert', 'Frederik', 'Felipe', 'Harald', 'Leo', 'Hun', 'Bio', 'Man', 'Te', 'Boko', 'Rama', 'Ortega',
    'Castro', 'Paz', 'Peña', 'Pena', 'Drew', 'Davis', 'Heine', 'Burton', 'Mitchell', 'Talon', 'Chapo', 'Levi',
    'Jallow', 'Barre', 'Vila Nova', 'Dos Ramos', 'Pavel', 'Haas', 'Kan', 'Hayashi', 'Fukuda', 'Yang', 'Hu', 'Wen',
    'Jiang', 'Qin', 'Tove', 'Bah', 'Faye', 'Guillaume', 'Montenegro', 'Sanchez', 'Sánchez', 'Allen', 'Williams',
    'Thomas', 'Scott', 'Anthony', 'Said', 'Wade', 'Ramos', 'Luna', 'Rose', 'King', 'Bishop', 'Little', 'Young',
    'Chiwenga', 'Hassan Sheikh', 'Friday', 'Store', 'Rashid', 'Michal', 'Teo', 'Zamora', 'Hassanal',
}
JAPANESE = {'JPN'}

MONTHS = {m: i for i, m in enumerate(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
                                         'september', 'october', 'november', 'december'], 1)}
MONTH_NAMES = set(MONTHS)
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS['sept'] = 9
# Words of the calendar that news writes capitalised on every page (weekdays, months, seasons): a one-word
# surname alias equal to one would link the date ("on Friday", "in March"), whoever the person is, so all of
# them are dropped, not only those listed in SURNAME_DROP (Godwin Friday, Theresa May).
CALENDAR_WORDS = MONTH_NAMES | {'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
                                'spring', 'summer', 'autumn', 'fall', 'winter'}


def surname_dropped(alias):
    """Whether a one-word surname alias is never emitted: listed in SURNAME_DROP or a word of the calendar."""
    return alias in SURNAME_DROP or (' ' not in alias and alias.lower() in CALENDAR_WORDS)


def log(*a):
    print(*a, file=sys.stderr)


# --------------------------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------------------------

def read_tsv(path):
    """Rows of a curated TSV as dicts (lines starting with '#' are comments)."""
    with open(path, encoding='utf-8') as f:
        lines = [l.rstrip('\n') for l in f if l.strip() and not l.startswith('#')]
    header = lines[0].split('\t')
    rows = []
    for l in lines[1:]:
        cells = l.split('\t')
        cells += [''] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    return rows


def split_multi(s):
    return [x.strip() for x in s.split('|') if x.strip()] if s else []


def uniq(seq):
    return list(OrderedDict.fromkeys(x for x in seq if x))


def slugify(name):
    s = unicodedata.normalize('NFKD', name)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('ø', 'o').replace('Ø', 'O').replace('ß', 'ss').replace('ı', 'i').replace('đ', 'd')
    s = s.lower()
    s = re.sub(r"['’.]", '', s)
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


def fold(s):
    """ASCII-folded variant (Erdoğan -> Erdogan) used to add plain-ASCII spellings of names."""
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).replace('ı', 'i')


def with_apostrophe_variants(forms):
    out = []
    for f in forms:
        out.append(f)
        if "'" in f:
            out.append(f.replace("'", '’'))
        if '’' in f:
            out.append(f.replace('’', "'"))
    return uniq(out)


def write_tsv(path, header, rows, comment=None):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(header) + '\n')
        if comment:
            for c in comment:
                f.write('# ' + c + '\n')
        for r in rows:
            cells = []
            for h in header:
                v = r.get(h, '')
                if isinstance(v, (list, tuple)):
                    v = '|'.join(v)
                v = (v or '').replace('\t', ' ').replace('\n', ' ')
                cells.append(v)
            f.write('\t'.join(cells) + '\n')


# --------------------------------------------------------------------------------------------------------------
# sources
# --------------------------------------------------------------------------------------------------------------

def load_country_codes(ref):
    with open(os.path.join(ref, 'datasets-country-codes', 'country-codes.csv'), encoding='utf-8') as f:
        return list(csv.DictReader(f))


def load_cldr(ref):
    with open(os.path.join(ref, 'cldr', 'en-territories.json'), encoding='utf-8') as f:
        names = json.load(f)['main']['en']['localeDisplayNames']['territories']
    with open(os.path.join(ref, 'cldr', 'territoryContainment.json'), encoding='utf-8') as f:
        cont = json.load(f)['supplemental']['territoryContainment']
    return names, cont


def load_rigour(ref, a2):
    """Minimal reader for the flat rigour territory YAML (name, full_name, qid, alpha3, names_strong)."""
    p = os.path.join(ref, 'rigour-territories', a2.lower() + '.yml')
    out = {'names_strong': []}
    if not os.path.exists(p):
        return out
    cur = None
    with open(p, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            m = re.match(r'^([a-z0-9_]+):\s*(.*)$', line)
            if m:
                cur = m.group(1)
                if m.group(2) and m.group(2) not in ('>-', '|'):
                    out[cur] = m.group(2).strip().strip('"').strip("'")
                continue
            m = re.match(r'^\s+-\s+(.*)$', line)
            if m and cur == 'names_strong':
                v = re.sub(r'\s+#.*$', '', m.group(1)).strip().strip('"').strip("'")
                out['names_strong'].append(v)
    return out


def load_factbook(ref, name):
    with open(os.path.join(ref, 'factbook-derived', name), encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t'))


# --------------------------------------------------------------------------------------------------------------
# states
# --------------------------------------------------------------------------------------------------------------

def clean_name(s):
    s = (s or '').strip()
    if not s or s.lower() in ('none', 'na') or '(' in s or ';' in s or ',' in s:
        return ''
    s = s.replace('’', "'")
    if s.lower().startswith('the '):
        s = s[4:]
    return s.replace(' & ', ' and ')


def expand_demonyms(noun, adj):
    out = []
    for text in (noun, adj):
        if not text:
            continue
        text = text.split(';')[0]
        text = re.sub(r'\((?:singular and plural|collective plural|colloquial|singular|plural|US citizens|US nationals)\)',
                      '', text)
        for part in re.split(r',| or |/', text):
            part = part.strip()
            if not part or '(' in part and ')' not in part:
                continue
            m = re.match(r'^(.*?)\((s|men|women)\)$', part)
            if m:
                base = m.group(1).strip()
                out.append(base)
                if m.group(2) == 's':
                    out.append(base + 's')
                elif base.endswith('man'):
                    out.append(base[:-3] + 'men')
                elif base.endswith('woman'):
                    out.append(base[:-5] + 'women')
                continue
            part = re.sub(r'\(.*?\)', '', part).strip()
            if part:
                out.append(part)
    return uniq(out)


def build_states(ref, report):
    cc = load_country_codes(ref)
    cldr_names, _ = load_cldr(ref)
    fb = {r['iso3']: r for r in load_factbook(ref, 'factbook_names.tsv') if r['iso3']}
    cur = {r['iso3']: r for r in read_tsv(os.path.join(CURATED, 'states_curated.tsv'))}

    base = []
    for r in cc:
        if r['is_independent'] == 'Yes' or r['ISO3166-1-Alpha-3'] == 'PSE':
            base.append({'iso3': r['ISO3166-1-Alpha-3'], 'iso2': r['ISO3166-1-Alpha-2'], 'cc': r})
    base.append({'iso3': 'XKX', 'iso2': 'XK', 'cc': {'wikidata_id': 'Q1246', 'Capital': 'Pristina'}})

    states = []
    for b in base:
        iso3, iso2, r = b['iso3'], b['iso2'], b['cc']
        c = cur.get(iso3, {})
        rig = load_rigour(ref, iso2)
        f = fb.get(iso3, {})
        qid = (r.get('wikidata_id') or '').rstrip('/').rsplit('/', 1)[-1] or rig.get('qid', '')
        if iso3 == 'NAM' and not qid:
            qid = 'Q1030'  # known gap in datasets/country-codes (SOURCES.md)
        name = c.get('name') or clean_name(cldr_names.get(iso2, '')) or clean_name(rig.get('name'))
        aliases = [name]
        aliases += [clean_name(cldr_names.get(iso2 + k, '')) for k in ('-alt-short', '-alt-variant')]
        aliases += [clean_name(r.get('official_name_en')), clean_name(r.get('UNTERM English Short'))]
        aliases += [clean_name(rig.get('name')), clean_name(rig.get('full_name'))]
        aliases += [clean_name(f.get('conventional_short_form')), clean_name(f.get('conventional_long_form'))]
        # Factbook abbreviations (CH, NL, RSA, SRV ...) are not taken: too ambiguous; curated ones are in aliases_add
        aliases += [n for n in rig.get('names_strong', []) if n in RIGOUR_STRONG_ACCEPT]
        aliases += split_multi(c.get('aliases_add'))
        drop = set(split_multi(c.get('aliases_drop'))) | STATE_ALIAS_DROP
        aliases = [a for a in uniq(aliases) if a not in drop]
        # the label goes first; "Palestinian Territories"-style UN forms are kept only when curated
        aliases = with_apostrophe_variants(aliases)

        if c.get('demonyms'):
            dem = [] if c['demonyms'] == '-' else split_multi(c['demonyms'])
        else:
            dem = expand_demonyms(f.get('nationality_noun'), f.get('nationality_adjective'))
        dem = [d for d in dem if d not in DEMONYM_DROP and d not in aliases and d != name]

        if c.get('capitals'):
            caps = [] if c['capitals'] == '-' else split_multi(c['capitals'])
        else:
            caps = [r.get('Capital', '')]
        caps += split_multi(c.get('capitals_add'))
        caps = [x for x in uniq(caps) if x and x not in CAPITAL_DROP]
        caps = with_apostrophe_variants(caps)
        states.append(OrderedDict(iso3=iso3, iso2=iso2, name=name, wikidata=qid, aliases=aliases[1:] if aliases and
                                  aliases[0] == name else aliases, demonyms=dem, capitals=caps))
    # cross-state collisions: a surface form that names two states is dropped from both
    owner = defaultdict(set)
    for s in states:
        for col in ('aliases', 'demonyms', 'capitals'):
            for a in s[col]:
                owner[a].add(s['iso3'])
        owner[s['name']].add(s['iso3'])
    for s in states:
        for col in ('aliases', 'demonyms', 'capitals'):
            keep = []
            for a in s[col]:
                if len(owner[a]) > 1 and a != s['name']:
                    report.append('states: dropped %r from %s (%s) - also names %s' % (
                        a, s['iso3'], col, ','.join(sorted(owner[a] - {s['iso3']}))))
                    continue
                keep.append(a)
            s[col] = keep
    states.sort(key=lambda s: s['iso3'])
    return states


# --------------------------------------------------------------------------------------------------------------
# organisations and memberships
# --------------------------------------------------------------------------------------------------------------

def build_orgs(ref=None, state_ids=()):
    rows = read_tsv(os.path.join(CURATED, 'organizations.tsv'))
    groups = read_tsv(os.path.join(CURATED, 'nonstate_groups.tsv'))
    countries = nonstate_countries(ref, state_ids) if ref else {}
    for r in rows + groups:
        r['aliases'] = with_apostrophe_variants(uniq(split_multi(r['aliases'])))
        r['country'] = ''
    for r in groups:
        # A non-state group is where the coders place it ("TALIBAN_ [AFGREB]"), as event data codes its acts;
        # by its own name only: an alias may be another group's name there ("Ansar Allah" is also Lebanese).
        r['country'] = '' if r['represents'] else countries.get(name_form(r['name']), '')
    rows += groups
    if ref:
        rows += factbook_named_orgs(ref, rows)
        for r in rows:
            r.setdefault('country', '')
    return rows


def name_form(name):
    """A name as the coders' dictionaries write it, for comparing: capitals, words joined by blanks."""
    return ' '.join(re.sub(r"[^A-Z0-9']+", ' ', fold(name).upper().replace('-', ' ')).split())


def nonstate_countries(ref, state_ids):
    """The country of each non-state group the PETRARCH2 dictionary Phoenix.MilNonState.actors.txt codes with
    a state's code: name and synonym forms (name_form) -> ISO3. A form coded with two countries is left out."""
    path = os.path.join(ref, 'petrarch2', 'Phoenix.MilNonState.actors.txt')
    if not os.path.exists(path):
        return {}
    out, forms = defaultdict(set), []

    def close():
        code = next((c for c in codes if c[:3] in state_ids), None) if codes else None
        if code:
            for f in forms:
                out[f].add(code[:3])
    codes = []
    with open(path, encoding='utf-8', errors='replace') as f:
        for raw in f:
            line = raw.split('#')[0].rstrip()
            if not line.strip():
                continue
            found = re.findall(r'\[([A-Z]{3,})[^\]]*\]', line)
            if line.startswith('\t') or line.startswith(' \t'):
                codes.extend(found)
                continue
            phrase = name_form(re.sub(r'\[[^\]]*\]|\([^)]*\)', ' ', line.lstrip('+').replace('_', ' ')))
            if line.startswith('+'):
                forms.append(phrase)
                continue
            close()
            forms, codes = [phrase], found
    close()
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1 and k}


# A Factbook organisation written by name rather than acronym ("Arctic Council") is taken as an organisation when
# at least this many states take part in it (fewer is a stray note, not a body).
FB_NAMED_ORG_MIN = 5


def factbook_named_orgs(ref, known):
    """Multilateral bodies the Factbook's organisation participation lists by name ("Arctic Council", "Paris Club",
    "Wassenaar Arrangement") that no curated row names: id from the name, the name as its one alias."""
    names = {a for r in known for a in (r['aliases'] if isinstance(r['aliases'], list) else split_multi(r['aliases'])) + [r['name']]}
    ids = {r['id'] for r in known}
    states = defaultdict(set)
    for r in load_factbook(ref, 'factbook_org_participation.tsv'):
        n = r['org_acronym'].strip()
        if r['iso3'] and ' ' in n and all(w[:1].isupper() for w in n.split() if w not in PARTICLES_LOWER):
            states[n].add(r['iso3'])
    out = []
    for n in sorted(states):
        oid = slugify(n).upper()
        if len(states[n]) >= FB_NAMED_ORG_MIN and n not in names and oid not in ids \
                and n.split()[-1] not in TREATY_WORDS:
            out.append(OrderedDict(id=oid, **{'class': 'Organization'}, name=n, wikidata='', aliases=[n], represents=''))
    return out


PARTICLES_LOWER = {'of', 'the', 'and', 'for', 'on', 'in'}
# A treaty the Factbook lists among organisations ("Schengen Convention") is no body that acts.
TREATY_WORDS = {'Convention', 'Treaty', 'Agreement', 'Accord', 'Accords', 'Protocol'}


FB_ORG = {'NATO': 'NATO', 'EU': 'EU', 'OPEC': 'OPEC', 'G7': 'G-7', 'G20': 'G-20', 'CSTO': 'CSTO', 'ASEAN': 'ASEAN',
          'AU': 'AU', 'ARAB-LEAGUE': 'LAS', 'GCC': 'GCC', 'SCO': 'SCO', 'BRICS': 'BRICS', 'OSCE': 'OSCE',
          'QUAD': 'Quad', 'CIS': 'CIS', 'EAEU': 'EAEU', 'UN': 'UN'}


def build_memberships(ref, state_ids, report):
    _, cont = load_cldr(ref)
    a2to3 = {}
    for r in load_country_codes(ref):
        a2to3[r['ISO3166-1-Alpha-2']] = r['ISO3166-1-Alpha-3']
    fbp = load_factbook(ref, 'factbook_org_participation.tsv')
    fb_members = defaultdict(set)
    for r in fbp:
        if r['iso3'] and not r['qualifier'].strip():
            fb_members[r['org_acronym']].add(r['iso3'])

    rows = []
    # full members of the bodies factbook_named_orgs adds (the Factbook's own lists)
    for o in factbook_named_orgs(ref, build_orgs()):
        for iso3 in sorted(fb_members.get(o['name'], set()) & state_ids):
            rows.append(OrderedDict(org=o['id'], iso3=iso3, since='', until='', source='factbook'))
    for c in read_tsv(os.path.join(CURATED, 'memberships_curated.tsv')):
        for iso3 in split_multi(c['members']):
            rows.append(OrderedDict(org=c['org'], iso3=iso3, since=c['since'], until=c['until'], source='curated'))
    # UN (193) and EU (27) current membership from CLDR groupings
    for grp in ('UN', 'EU'):
        cl = {a2to3[a] for a in cont[grp]['_contains']}
        have = {r['iso3'] for r in rows if r['org'] == grp and not r['until']}
        for r in rows:
            if r['org'] == grp and r['iso3'] in cl:
                r['source'] = 'cldr+curated'
        for iso3 in sorted(cl - have):
            rows.append(OrderedDict(org=grp, iso3=iso3, since='', until='', source='cldr'))
        for iso3 in sorted(have - cl):
            report.append('memberships: curated %s member %s not in CLDR grouping' % (grp, iso3))
    # AU: every African UN member (M49 002 contains regions, resolve recursively)
    africa = m49_members(cont, '002', a2to3)
    un = {a2to3[a] for a in cont['UN']['_contains']}
    for iso3 in sorted(africa & un):
        rows.append(OrderedDict(org='AU', iso3=iso3, since='', until='', source='cldr+curated'))
    # compare with the Factbook (known to be stale; report only)
    for org, fbkey in FB_ORG.items():
        cur = {r['iso3'] for r in rows if r['org'] == org and not r['until']}
        fbset = fb_members.get(fbkey, set()) & state_ids
        for r in rows:
            if r['org'] == org and not r['until'] and r['iso3'] in fbset and r['source'] == 'curated':
                r['source'] = 'factbook+curated'
        if cur - fbset:
            report.append('memberships: %s members not (unqualified) in Factbook: %s' % (org, ','.join(sorted(cur - fbset))))
        if fbset - cur:
            report.append('memberships: Factbook lists as %s members, NOT taken: %s' % (org, ','.join(sorted(fbset - cur))))
    rows.sort(key=lambda r: (r['org'], r['iso3'], r['since']))
    return rows


def m49_members(cont, code, a2to3):
    out = set()
    for x in cont.get(code, {}).get('_contains', []):
        if x in cont:
            out |= m49_members(cont, x, a2to3)
        elif x in a2to3:
            out.add(a2to3[x])
    return out


# --------------------------------------------------------------------------------------------------------------
# regions
# --------------------------------------------------------------------------------------------------------------

def build_regions(ref, state_ids, memberships):
    _, cont = load_cldr(ref)
    a2to3 = {r['ISO3166-1-Alpha-2']: r['ISO3166-1-Alpha-3'] for r in load_country_codes(ref)}
    a2to3['XK'] = 'XKX'
    fbp = load_factbook(ref, 'factbook_org_participation.tsv')
    rows = read_tsv(os.path.join(CURATED, 'regions.tsv'))
    done = {}

    def resolve(slug):
        if slug in done:
            return done[slug]
        r = next(x for x in rows if x['slug'] == slug)
        spec = r['members']
        acc = set()
        for part in spec.split(';'):
            part = part.strip()
            if part.startswith('m49:'):
                acc |= m49_members(cont, part[4:], a2to3)
            elif part.startswith('org:'):
                acc |= {m['iso3'] for m in memberships if m['org'] == part[4:] and not m['until']}
            elif part.startswith('region:'):
                acc |= resolve(part[7:])
            elif part.startswith('factbook:'):
                acc |= {x['iso3'] for x in fbp if x['org_acronym'] == part[9:] and not x['qualifier'].strip()}
            elif part.startswith('+'):
                acc |= set(split_multi(part[1:]))
            elif part.startswith('-'):
                acc -= set(split_multi(part[1:]))
            else:
                acc |= set(split_multi(part))
        done[slug] = acc & state_ids
        return done[slug]

    out = []
    for r in rows:
        out.append(OrderedDict(slug=r['slug'], label=r['label'], aliases=uniq(split_multi(r['aliases'])),
                               members=sorted(resolve(r['slug']))))
    return out


# --------------------------------------------------------------------------------------------------------------
# persons
# --------------------------------------------------------------------------------------------------------------

ROMAN = re.compile(r'^(?:[IVX]+)$')
PARTICLES = {'de', 'da', 'dos', 'das', 'do', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'e', 'i', 'y', 'ibni'}


def is_caps(w):
    """A Factbook surname token: some hyphen/apostrophe segment of 2+ letters is all upper case (al-SUDANI)."""
    if ROMAN.match(w):
        return False
    return any(len(p) > 1 and p.isupper() for p in re.split(r"[-'’.]", w))


def recase_word(w, first):
    if ROMAN.match(w):
        return w
    if w.lower() in PARTICLES and not first:
        return w.lower()
    parts = re.split(r"([-'’])", w)
    # segments already in mixed/lower case (the "al" of al-SUDANI) are kept as written
    return ''.join(p[:1].upper() + p[1:].lower() if p not in "-'’" and p.isupper() else p for p in parts)


def parse_date(s):
    s = s.strip()
    m = re.match(r'^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$', s)
    if m and m.group(2).lower() in MONTHS:
        return '%s-%02d-%02d' % (m.group(3), MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


LEADER_TITLES = ['Crown Prince and Prime Minister', 'Sultan and Prime Minister', 'Prime Minister and Foreign Minister',
                 'Prime Minister and Co-Vice President', 'Taoiseach (Prime Minister)', 'Transitional President',
                 'Transition President', 'Transition Prime Minister', 'Interim President', 'Interim Prime Minister',
                 'Acting Prime Minister', 'Caretaker Prime Minister', 'Supreme Leader', 'Prime Minister',
                 'Vice President', 'President', 'Premier', 'Chancellor', 'King', 'Queen', 'Emperor', 'Amir',
                 'Sultan', 'Grand Duke', 'Prince', 'Pope']
TITLE_NORMAL = {'Crown Prince and Prime Minister': 'Prime Minister', 'Sultan and Prime Minister': 'Sultan',
                'Prime Minister and Foreign Minister': 'Prime Minister',
                'Prime Minister and Co-Vice President': 'Prime Minister', 'Taoiseach (Prime Minister)': 'Taoiseach',
                'Transition President': 'Transitional President', 'Amir': 'Emir',
                'Transition Prime Minister': 'Prime Minister'}


def parse_leader(text):
    """'President Abdelmadjid TEBBOUNE (since 12 December 2019)' -> (title, name, surname, family_first, date)."""
    text = text.strip().strip('"').replace('""', '"')
    m = re.match(r'^(.*?)\s*\(since ([^)]*)\)\s*$', text)
    if not m:
        return None
    head, date = m.group(1), parse_date(m.group(2))
    if not date or ';' in head or ',' in head or '(' in head or '"' in head:
        return None
    title = next((t for t in LEADER_TITLES if head.startswith(t + ' ')), None)
    if not title:
        return None
    rest = head[len(title) + 1:].split()
    if rest and rest[0] in ('Gen.', 'Col.', 'Capt.', 'Dr.', 'General', 'Sultan', 'Sir'):
        rest = rest[1:]
    caps = [i for i, w in enumerate(rest) if is_caps(w)]
    if not caps:
        return None
    name = ' '.join(recase_word(w, i == 0 or i == caps[0]) for i, w in enumerate(rest))
    surname = ' '.join(recase_word(rest[i], i == caps[0]) for i in caps) if caps else ''
    family_first = bool(caps) and caps[0] == 0 and len(rest) > len(caps)
    return TITLE_NORMAL.get(title, title), name, surname, family_first, date


def surname_variant(a, b):
    """Whether two surnames are spellings of one name: same first three letters, at most two edits apart."""
    if a == b or len(a) < 5 or a[:3] != b[:3]:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def build_persons(ref, report, known_ids):
    leaders = load_factbook(ref, 'factbook_leaders.tsv')
    over = {(r['iso3'], r['role']): r for r in read_tsv(os.path.join(CURATED, 'leader_overrides.tsv'))}
    cur = read_tsv(os.path.join(CURATED, 'persons_curated.tsv'))

    rows = []
    seen_fb = set()
    for L in leaders:
        iso3 = L['iso3']
        if iso3 not in known_ids:
            continue
        for role, col in (('chief', 'chief_of_state'), ('head', 'head_of_government')):
            o = over.get((iso3, role))
            if not o and iso3 != 'GBR' and L[col].startswith('King CHARLES III'):
                continue  # Commonwealth realms: the King is listed once, under GBR (see SOURCES.md)
            if o:
                if o['name'] == 'SKIP':
                    continue
                row = OrderedDict(name=o['name'], aliases=split_multi(o['aliases']), title=o['title'],
                                  represents=iso3, **{'from': o['from'], 'to': ''}, wikidata='', source='factbook+curated')
            else:
                p = parse_leader(L[col])
                if not p:
                    if L[col].strip():
                        report.append('persons: could not parse %s %s: %r' % (iso3, role, L[col][:100]))
                    continue
                title, name, surname, family_first, date = p
                al = []
                if surname and surname != name:
                    al.append(surname)
                if family_first and iso3 in JAPANESE:
                    toks = name.split()
                    al.append(' '.join(toks[1:] + toks[:1]))
                if fold(name) != name:
                    al.append(fold(name))
                row = OrderedDict(name=name, aliases=al, title=title, represents=iso3,
                                  **{'from': date, 'to': ''}, wikidata='', source='factbook')
            key = (slugify(row['name']), row['title'], row['represents'])
            if key in seen_fb:
                continue
            seen_fb.add(key)
            rows.append(row)

    cur_keys = set()
    cur_slugs = set()
    out = []
    for c in cur:
        row = OrderedDict(name=c['name'], aliases=split_multi(c['aliases']), title=c['title'],
                          represents=c['represents'], **{'from': c['from'], 'to': c['to']}, wikidata=c['wikidata'],
                          source='curated')
        if fold(row['name']) != row['name']:
            row['aliases'].append(fold(row['name']))
        out.append(row)
        cur_keys.add((slugify(c['name']), c['title'], c['represents']))
        cur_slugs.add(slugify(c['name']))
    cur_alias = defaultdict(set)
    for c in out:
        cur_alias[c['represents']] |= {slugify(c['name'])} | {slugify(a) for a in c['aliases']}
    for r in rows:
        s = slugify(r['name'])
        fam = {slugify(a) for a in r['aliases']} | {s}
        if fam & cur_alias.get(r['represents'], set()):
            continue  # same person as a curated row (e.g. "Donald J. Trump", "Vladimir Vladimirovich Putin")
        # a Factbook row loses to a curated row for the same person and state (curated has the news spelling and
        # exact term dates) - the Factbook's title may differ ("Premier" vs "Prime Minister")
        if (s, r['title'], r['represents']) in cur_keys or any(
                s == slugify(c['name']) and c['represents'] == r['represents'] for c in cur):
            continue
        out.append(r)

    # A full-name alias spelled in another transliteration ("Alyaksandr Lukashenka" beside the surname
    # "Lukashenko") gives its surname too, as news names the person by it alone ("the Lukashenka regime").
    for r in out:
        singles = [a for a in r['aliases'] if ' ' not in a]
        for a in list(r['aliases']):
            last = a.split()[-1] if ' ' in a else ''
            if last and last not in singles and any(surname_variant(last, s) for s in singles):
                r['aliases'].append(last)
                singles.append(last)
    # slugs, surname aliases that name more than one person are dropped, and so are listed common words
    for r in out:
        r['slug'] = slugify(r['name'])
    alias_owner = defaultdict(set)
    for r in out:
        for a in r['aliases']:
            alias_owner[a].add(r['slug'])
    for r in out:
        keep = []
        for a in uniq(r['aliases']):
            if a == r['name']:
                continue
            single = ' ' not in a
            if surname_dropped(a) or (single and len(alias_owner[a]) > 1):
                report.append('persons: dropped alias %r of %s' % (a, r['slug']))
                continue
            if single and len(a) < 3 and a not in ('Xi',):
                report.append('persons: dropped short alias %r of %s' % (a, r['slug']))
                continue
            keep.append(a)
        r['aliases'] = keep
    out.sort(key=lambda r: (r['represents'], r['slug'], r['from']))
    return out


# --------------------------------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------------------------------

HEADERS = {
    'states.tsv': ['iso3', 'iso2', 'name', 'wikidata', 'aliases', 'demonyms', 'capitals'],
    'organizations.tsv': ['id', 'class', 'name', 'wikidata', 'aliases', 'represents', 'country'],
    'memberships.tsv': ['org', 'iso3', 'since', 'until', 'source'],
    'regions.tsv': ['slug', 'label', 'aliases', 'members'],
    'persons.tsv': ['slug', 'name', 'aliases', 'title', 'represents', 'from', 'to', 'wikidata'],
    'titles.tsv': ['title', 'kind', 'state'],
    'publishers.tsv': ['host', 'actor', 'source'],
    'resources.tsv': ['id', 'label', 'words'],
    'sectors.tsv': ['word', 'sector', 'label', 'armed'],
}
KEYS = {'states.tsv': ('iso3',), 'organizations.tsv': ('id',), 'memberships.tsv': ('org', 'iso3', 'since'),
        'regions.tsv': ('slug',), 'persons.tsv': ('slug', 'title', 'represents', 'from'), 'titles.tsv': ('title',),
        'resources.tsv': ('id',), 'sectors.tsv': ('word',), 'publishers.tsv': ('host',)}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
KINDS = {'head-of-state', 'head-of-government', 'minister', 'deputy', 'diplomat', 'legislator', 'official',
         'military', 'spokesperson', 'royal', 'judge'}
SECTORS = set('GOV MIL REB OPP PTY COP JUD SPY IGO MED EDU BUS CRM CVL LEG ELI LAB REF AGR HLH NGO SEP INS UAF'.split())


def validate(outdir):
    errors = []
    tables = {}
    for fn, header in HEADERS.items():
        with open(os.path.join(outdir, fn), encoding='utf-8') as f:
            lines = f.read().split('\n')
        if lines[0].split('\t') != header:
            errors.append('%s: bad header' % fn)
        rows = []
        for i, l in enumerate(lines[1:], 2):
            if not l or l.startswith('#'):
                continue
            cells = l.split('\t')
            if len(cells) != len(header):
                errors.append('%s:%d: %d columns, expected %d' % (fn, i, len(cells), len(header)))
                continue
            for c in cells:
                if c != c.strip() or '||' in c or c.startswith('|') or c.endswith('|'):
                    errors.append('%s:%d: bad cell %r' % (fn, i, c))
            rows.append(dict(zip(header, cells)))
        keys = [tuple(r[k] for k in KEYS[fn]) for r in rows]
        dup = {k for k in keys if keys.count(k) > 1}
        if dup:
            errors.append('%s: duplicate keys %s' % (fn, sorted(dup)[:5]))
        tables[fn] = rows
    states = {r['iso3'] for r in tables['states.tsv']}
    orgs = {r['id'] for r in tables['organizations.tsv']}
    for r in tables['states.tsv']:
        if not re.fullmatch(r'[A-Z]{3}', r['iso3']) or not re.fullmatch(r'[A-Z]{2}', r['iso2']):
            errors.append('states: bad codes %s' % r['iso3'])
        if r['wikidata'] and not re.fullmatch(r'Q\d+', r['wikidata']):
            errors.append('states: bad qid %s' % r['iso3'])
    for r in tables['organizations.tsv']:
        if not re.fullmatch(r'[A-Za-z0-9-]+', r['id']):
            errors.append('organizations: id not IRI-safe %r' % r['id'])
        if r['class'] not in ('Alliance', 'Organization', 'GovernmentBody'):
            errors.append('organizations: bad class %s' % r['id'])
        if r['represents'] and r['represents'] not in states | orgs:
            errors.append('organizations: %s represents unknown %s' % (r['id'], r['represents']))
        if r.get('country') and r['country'] not in states:
            errors.append('organizations: %s in unknown country %s' % (r['id'], r['country']))
        if r['class'] == 'GovernmentBody' and not r['represents']:
            errors.append('organizations: government body %s without represents' % r['id'])
    for r in tables['memberships.tsv']:
        if r['org'] not in orgs or r['iso3'] not in states:
            errors.append('memberships: unknown %s %s' % (r['org'], r['iso3']))
        for d in (r['since'], r['until']):
            if d and not DATE.match(d):
                errors.append('memberships: bad date %r' % d)
    for r in tables['regions.tsv']:
        if not re.fullmatch(r'[a-z0-9-]+', r['slug']):
            errors.append('regions: bad slug %s' % r['slug'])
        for m in split_multi(r['members']):
            if m not in states:
                errors.append('regions: %s unknown member %s' % (r['slug'], m))
    for r in tables['persons.tsv']:
        if not re.fullmatch(r'[a-z0-9-]+', r['slug']):
            errors.append('persons: bad slug %s' % r['slug'])
        if r['represents'] not in states | orgs:
            errors.append('persons: %s represents unknown %s' % (r['slug'], r['represents']))
        for d in (r['from'], r['to']):
            if d and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', d):
                errors.append('persons: %s bad date %r' % (r['slug'], d))
        if r['to'] and r['from'] and r['to'] < r['from']:
            errors.append('persons: %s ends before it starts' % r['slug'])
    for r in tables['titles.tsv']:
        if r['kind'] not in KINDS:
            errors.append('titles: bad kind %r' % r['kind'])
        if r['state'] and r['state'] not in states:
            errors.append('titles: unknown state %s' % r['state'])
    if [r['id'] for r in tables['resources.tsv']] != ['energy', 'oil', 'gas', 'lng', 'coal', 'nuclear', 'electricity']:
        errors.append('resources: ids must be exactly energy oil gas lng coal nuclear electricity')
    for r in tables['publishers.tsv']:
        if r['actor'] not in states | orgs or not re.fullmatch(r'[a-z0-9.-]+', r['host']):
            errors.append('publishers: bad row %s %s' % (r['host'], r['actor']))
    for r in tables['sectors.tsv']:
        if r['sector'] not in SECTORS:
            errors.append('sectors: bad code %s' % r['sector'])
        if r.get('armed', '') not in ('', 'yes'):
            errors.append('sectors: armed must be yes or empty: %s' % r['word'])
    # the same surface form must not name two different entities across states/orgs/regions
    owner = defaultdict(set)
    for r in tables['states.tsv']:
        for col in ('name', 'aliases', 'demonyms', 'capitals'):
            for a in split_multi(r[col]):
                owner[a].add('state:' + r['iso3'])
    for r in tables['organizations.tsv']:
        for a in split_multi(r['aliases']) + [r['name']]:
            owner[a].add('org:' + r['id'])
    for r in tables['regions.tsv']:
        for a in split_multi(r['aliases']) + [r['label']]:
            owner[a].add('region:' + r['slug'])
    for a, o in sorted(owner.items()):
        if len(o) > 1:
            errors.append('surface form %r names %s' % (a, ', '.join(sorted(o))))
    return errors, {k: len(v) for k, v in tables.items()}


# The second-level labels under which governments publish in their country-code TLD (gov.uk, gouv.fr, go.jp,
# gob.mx, govt.nz, gv.at, gc.ca): a release from such a host speaks for that state.
GOVERNMENT_SLD = ('gov', 'gouv', 'go', 'gob', 'govt', 'gv', 'gc')


def build_publishers(ref, state_ids, org_ids, report):
    """Publisher hosts -> the state or organisation whose releases they are: curated hosts, then the government
    second-level domains of each independent state's ccTLD (country-codes TLD column)."""
    rows = []
    seen = set()
    for c in read_tsv(os.path.join(CURATED, 'publishers.tsv')):
        rows.append(OrderedDict(host=c['host'].lower(), actor=c['actor'], source='curated'))
        seen.add(c['host'].lower())
    with open(os.path.join(ref, 'datasets-country-codes', 'country-codes.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            iso3, tld = r['ISO3166-1-Alpha-3'], r['TLD'].strip().lower()
            if iso3 not in state_ids or not re.fullmatch(r'\.[a-z]{2}', tld):
                continue
            for sld in GOVERNMENT_SLD:
                host = sld + tld
                if host not in seen:
                    seen.add(host)
                    rows.append(OrderedDict(host=host, actor=iso3, source='country-codes'))
    unknown = [r['host'] for r in rows if r['actor'] not in state_ids | org_ids]
    if unknown:
        report.append('publishers: unknown actor for %s' % ', '.join(unknown))
    return rows


# --------------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--ref', default=os.path.join(REPO, '..', 'shared', 'reference'))
    ap.add_argument('--out', default=os.path.join(REPO, 'src', 'main', 'resources', 'geokg', 'gazetteer'))
    ap.add_argument('--check', action='store_true', help='only validate the existing tables')
    a = ap.parse_args()
    out = a.out
    if not a.check:
        os.makedirs(out, exist_ok=True)
        report = []
        states = build_states(a.ref, report)
        state_ids = {s['iso3'] for s in states}
        orgs = build_orgs(a.ref, state_ids)
        org_ids = {o['id'] for o in orgs}
        memberships = build_memberships(a.ref, state_ids, report)
        regions = build_regions(a.ref, state_ids, memberships)
        persons = build_persons(a.ref, report, state_ids | org_ids)
        titles = read_tsv(os.path.join(CURATED, 'titles.tsv'))
        resources = read_tsv(os.path.join(CURATED, 'resources.tsv'))
        sectors = read_tsv(os.path.join(CURATED, 'sectors.tsv'))
        publishers = build_publishers(a.ref, state_ids, org_ids, report)
        gen = 'generated by tools/gazetteer/make_gazetteer.py - edit tools/gazetteer/curated/ and re-run; see SOURCES.md'
        write_tsv(os.path.join(out, 'states.tsv'), HEADERS['states.tsv'], states, [gen])
        write_tsv(os.path.join(out, 'organizations.tsv'), HEADERS['organizations.tsv'], orgs, [gen])
        write_tsv(os.path.join(out, 'memberships.tsv'), HEADERS['memberships.tsv'], memberships, [gen])
        write_tsv(os.path.join(out, 'regions.tsv'), HEADERS['regions.tsv'], regions, [gen])
        write_tsv(os.path.join(out, 'persons.tsv'), HEADERS['persons.tsv'], persons, [gen])
        write_tsv(os.path.join(out, 'titles.tsv'), HEADERS['titles.tsv'], titles, [gen])
        write_tsv(os.path.join(out, 'resources.tsv'), HEADERS['resources.tsv'], resources, [gen])
        write_tsv(os.path.join(out, 'sectors.tsv'), HEADERS['sectors.tsv'], sectors, [gen])
        write_tsv(os.path.join(out, 'publishers.tsv'), HEADERS['publishers.tsv'], publishers, [gen])
        for line in report:
            log(line)
    errors, counts = validate(out)
    for fn, n in counts.items():
        log('%-18s %4d rows' % (fn, n))
    for e in errors:
        log('ERROR', e)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
