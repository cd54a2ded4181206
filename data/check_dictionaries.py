#!/usr/bin/env python3
"""Validate rasd's dictionaries: data/actors.tsv, data/triggers.tsv, data/cues.tsv,
data/conventions.tsv.

Usage: python3 data/check_dictionaries.py [DATA_DIR]      (default: the folder of this script)

Checks column counts, allowed values (event types and sub-event types exactly as in
GUIDELINES.md, inter codes, ISO codes, trigger forms, cue kinds), weights, and duplicates
after the engine's key normalization (diacritics/tatweel removed, أإآٱ→ا ى→ي ة→ه ؤ→و ئ→ي,
punctuation dropped, spaces collapsed). Prints counts. Exits 1 on any error; warnings
(possible ambiguities the engine resolves at run time) do not fail the check.
"""
import collections
import os
import re
import sys

EVENT_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
FORMS = {"verb_active", "verb_passive", "noun", "phrase", "weapon"}
CUE_KINDS = {"future", "habitual", "irrealis", "killed", "injured", "combatant", "civilian_noun", "place_type", "place_near", "non_event",
             "report", "against", "between", "by_agent", "self_side"}
INTER = set(range(1, 9))
ISO2 = re.compile(r"^[A-Z]{2}$")
PLACEHOLDER_OK = re.compile(r"(\(\{country\}\)$)|( of \{country\}$)")

_DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                       "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7",
                       "٨": "8", "٩": "9"})
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)


def norm_key(s):
    """The engine's dictionary key, approximately: folded, without punctuation, spaces collapsed."""
    s = _DIACRITICS.sub("", s).translate(_FOLD).lower()
    s = _PUNCT.sub(" ", s)
    return " ".join(s.split())


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warning {where}: {msg}")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield n, line.split("\t")


def split_list(field):
    return [] if field.strip() == "-" else [x.strip() for x in field.split("|")]


def check_actors(path, rep):
    name = os.path.basename(path)
    n_rows, n_aliases, n_anaph, n_adj = 0, 0, 0, 0
    canon = set()
    # (normalized alias) -> list of (canonical, scope set or None for *, line)
    alias_index = collections.defaultdict(list)
    for ln, cols in rows(path):
        where = f"{name}:{ln}"
        if len(cols) != 7:
            rep.err(where, f"expected 7 columns, got {len(cols)}")
            continue
        canonical, inter, home, scope, aliases, anaphors, adjectives = cols
        n_rows += 1
        if not canonical.strip() or canonical != canonical.strip():
            rep.err(where, "empty canonical or stray spaces")
        if "{" in canonical and not PLACEHOLDER_OK.search(canonical):
            rep.err(where, f"bad placeholder use in {canonical!r} (use 'X ({{country}})' or 'X of {{country}}')")
        if "{" in canonical and canonical.count("{country}") != 1:
            rep.err(where, "only the {country} placeholder is allowed, once")
        canon.add(canonical)
        try:
            if int(inter) not in INTER:
                raise ValueError
        except ValueError:
            rep.err(where, f"inter must be 1..8, got {inter!r}")
        if home != "-" and not ISO2.match(home):
            rep.err(where, f"home must be ISO2 or '-', got {home!r}")
        if scope == "*":
            scope_set = None
        else:
            codes = scope.split(",")
            if not all(ISO2.match(c) for c in codes):
                rep.err(where, f"scope must be '*' or comma-separated ISO2 codes, got {scope!r}")
            scope_set = frozenset(codes)
        al = split_list(aliases)
        if not al:
            rep.err(where, "no aliases")
        seen = {}
        for a in al:
            k = norm_key(a)
            if not k:
                rep.err(where, f"empty alias in {canonical}")
                continue
            if k in seen:
                rep.err(where, f"duplicate alias {a!r} (same key as {seen[k]!r}) in {canonical}")
            seen[k] = a
            alias_index[k].append((canonical, scope_set, ln))
        n_aliases += len(al)
        for label, field in (("anaphor", anaphors), ("adjective", adjectives)):
            items = split_list(field)
            keys = [norm_key(x) for x in items]
            if any(not k for k in keys):
                rep.err(where, f"empty {label}")
            dup = [k for k, c in collections.Counter(keys).items() if c > 1]
            if dup:
                rep.err(where, f"duplicate {label}(s) {dup}")
            if label == "anaphor":
                n_anaph += len(items)
            else:
                n_adj += len(items)
    # same alias twice for one canonical with overlapping scope = a duplicate; different canonicals
    # with overlapping scope = an ambiguity the engine must resolve (reported as a warning).
    ambiguous = 0
    for k, entries in alias_index.items():
        for i in range(len(entries)):
            for j in range(i + 1, len(entries)):
                (c1, s1, l1), (c2, s2, l2) = entries[i], entries[j]
                overlap = s1 is None and s2 is None or (s1 is not None and s2 is not None and s1 & s2)
                if not overlap:
                    continue
                if c1 == c2:
                    rep.err(f"{name}:{l2}", f"alias {k!r} already listed for {c1} at line {l1} with overlapping scope")
                else:
                    ambiguous += 1
                    rep.warn(f"{name}:{l2}", f"alias {k!r} also means {c1} (line {l1}) in an overlapping scope")
    print(f"{name}: {n_rows} rows, {len(canon)} canonical actors, {n_aliases} aliases, "
          f"{n_anaph} anaphors, {n_adj} adjectives, {ambiguous} cross-actor ambiguities")


def check_triggers(path, rep):
    name = os.path.basename(path)
    n = 0
    seen = {}
    reach = collections.Counter()
    forms = collections.Counter()
    for ln, cols in rows(path):
        where = f"{name}:{ln}"
        if len(cols) != 5:
            rep.err(where, f"expected 5 columns, got {len(cols)}")
            continue
        phrase, etype, sub, weight, form = cols
        n += 1
        k = norm_key(phrase)
        if not k:
            rep.err(where, "empty phrase")
        if etype not in EVENT_TYPES:
            rep.err(where, f"unknown event_type {etype!r}")
        elif sub not in EVENT_TYPES[etype]:
            rep.err(where, f"sub_event_type {sub!r} is not a sub-type of {etype!r}")
        else:
            reach[(etype, sub)] += 1
        try:
            w = float(weight)
            if not 0.0 <= w <= 1.0:
                raise ValueError
        except ValueError:
            rep.err(where, f"weight must be a number in 0..1, got {weight!r}")
        if form not in FORMS:
            rep.err(where, f"form must be one of {sorted(FORMS)}, got {form!r}")
        forms[form] += 1
        key = (k, etype, sub, form)
        if key in seen:
            rep.err(where, f"duplicate trigger {phrase!r} -> {etype}/{sub}/{form} (line {seen[key]})")
        seen[key] = ln
    for etype, subs in EVENT_TYPES.items():
        for sub in subs:
            if not reach[(etype, sub)]:
                rep.err(name, f"no trigger reaches {etype} / {sub}")
    print(f"{name}: {n} rows; forms {dict(forms)}")
    for etype, subs in EVENT_TYPES.items():
        print("   " + etype + ": " + ", ".join(f"{s} {reach[(etype, s)]}" for s in subs))


def check_cues(path, rep):
    name = os.path.basename(path)
    n = 0
    seen = {}
    kinds = collections.Counter()
    for ln, cols in rows(path):
        where = f"{name}:{ln}"
        if len(cols) != 2:
            rep.err(where, f"expected 2 columns, got {len(cols)}")
            continue
        phrase, cue = cols
        n += 1
        k = norm_key(phrase)
        if not k:
            rep.err(where, "empty phrase")
        if cue not in CUE_KINDS:
            rep.err(where, f"unknown cue kind {cue!r} (allowed: {sorted(CUE_KINDS)})")
        kinds[cue] += 1
        if (k, cue) in seen:
            rep.err(where, f"duplicate cue {phrase!r}/{cue} (line {seen[(k, cue)]})")
        seen[(k, cue)] = ln
    missing = CUE_KINDS - set(kinds)
    if missing:
        rep.err(name, f"no phrases for cue kinds {sorted(missing)}")
    print(f"{name}: {n} rows; " + ", ".join(f"{c} {kinds[c]}" for c in sorted(CUE_KINDS)))


CONVENTION_RULES = {"position_held_by", "arrest_by", "hit_as", "intervention_by", "air_strike_by"}


def check_conventions(path, rep, actors_path):
    name = os.path.basename(path)
    canon = {cols[0] for _, cols in rows(actors_path)} if os.path.exists(actors_path) else set()
    n = 0
    for ln, cols in rows(path):
        where = f"{name}:{ln}"
        if len(cols) != 5:
            rep.err(where, f"expected 5 columns, got {len(cols)}")
            continue
        rule, country, _admin1, actor, coded = cols
        n += 1
        if rule not in CONVENTION_RULES:
            rep.err(where, f"unknown rule {rule!r} (allowed: {sorted(CONVENTION_RULES)})")
        if country != "*" and not re.fullmatch(r"[A-Z]{2}", country):
            rep.err(where, f"country {country!r} is not * or an ISO alpha-2 code")
        for col in (actor, coded):
            if col != "*" and col not in canon:
                rep.err(where, f"{col!r} is no canonical name of actors.tsv")
        if coded == "*":
            rep.err(where, "the coded actor cannot be *")
    print(f"{name}: {n} rows")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    data = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    verbose = "-v" in sys.argv
    rep = Report()
    for fname, fn in (("actors.tsv", check_actors), ("triggers.tsv", check_triggers), ("cues.tsv", check_cues)):
        path = os.path.join(data, fname)
        if not os.path.exists(path):
            rep.err(fname, "missing")
            continue
        fn(path, rep)
    conventions = os.path.join(data, "conventions.tsv")
    if os.path.exists(conventions):
        check_conventions(conventions, rep, os.path.join(data, "actors.tsv"))
    else:
        rep.err("conventions.tsv", "missing")
    if verbose:
        for w in rep.warnings:
            print(w)
    elif rep.warnings:
        print(f"{len(rep.warnings)} warnings (ambiguous aliases across actors; -v lists them)")
    for e in rep.errors:
        print(e, file=sys.stderr)
    print("OK" if not rep.errors else f"{len(rep.errors)} errors")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
