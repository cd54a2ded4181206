#!/usr/bin/env python3
"""Writes stop_names.tsv: gazetteer names that are common Arabic words or personal names.

Many villages are called like words ("الحرب", "النصر", "اليوم") or people ("محمد"), and the `ال`-less and
type-word-less variants the index adds make more such keys. A name is listed when the corpora say its
matches are mostly not places:

  * NER evidence (ANERcorp, NewsFANE, Wojood; at least 3 matches): under half tagged as a place;
  * otherwise news evidence (the development news corpus; at least 15 matches): under 3% of matches
    right after a place-type word (قرية/بلدة/مدينة/مخيم/حي/ريف ...);
  * names that start with a site word (مخيم، مستشفى، معبر ...) are never listed by the news rule, nor
    names the news also write as a camp ("مخيم النصيرات" and "في النصيرات": the camp word is their type
    word), nor the Arabic names of the project's supplement (places_extra.tsv beside this script: curated
    place names, such as the towns news name bare, "الشدادي"); its names of several words ("المسجد
    الأقصى", which NER corpora tag as a facility) are not listed by the NER rule either, while one word
    ("المنارة", "الجليل") is as ambiguous there as in any text;
  * big places (towns of 100,000 or more, admin units, curated regions and sites) need 10 NER matches and
    are exempt from the news rule; countries are never listed by these rules;
  * towns in TOWNS below are never listed (their NER evidence is a handful of untagged matches);
  * plus the hand-written words below (function words, type, terrain and direction words, weekdays,
    months, frequent first names). The first five of those groups are NEVER places, not even after a type word
    ("موقع على", "مركز المدينة"); the matcher reads that from the "never:" prefix of the reason.

Inputs are the outputs of geo_tool (build it with the CMake target `geo_tool`):
  geo_tool stats DATA INDEX corpus/almayadeen/articles.jsonl corpus/ant-multisource/articles.jsonl > stats.tsv
  geo_tool ner   DATA INDEX corpus/ner-anercorp/ANERCorp.txt corpus/ner-newsfane-gold/*.txt \
                 corpus/ner-wojood-sample/*.txt > ner.tsv
  python3 make_stop_names.py stats.tsv ner.tsv > stop_names.tsv
Build the index with an empty stop list first (the counts must not depend on the list), or with the
current one: the counts are taken before suppression either way.
"""
import os
import sys

CURATED = {
    "function word": "في من الى الي على علي عن مع بين بعد قبل عند حتى حول خلال ضد دون منذ لدى نحو عبر تحت فوق امام "
                     "وراء ان انه او ام لا ما لم لن هذا هذه ذلك تلك الذي التي الذين كل بعض اي غير كان قد هو هي هم "
                     "له لها ها تي اذا الا ثم حيث كما اما",
    "place-type word": "مدينه بلده قريه مخيم حي ريف محافظه ناحيه مديريه منطقه قضاء ولايه معتمديه مدن بلدات قري مخيمات احياء "
                       "مركز اقليم دوله الدوله المدينه البلده القريه المنطقه المحافظه العاصمه عاصمه الولايه",
    "direction word": "شرق غرب شمال جنوب وسط الشرق الغرب الشمال الجنوب الوسط شرقي غربي شمالي جنوبي الشرقي الغربي "
                      "الشمالي الجنوبي قرب محيط اطراف ضواحي الشرقيه الغربيه الشماليه الجنوبيه شرقيه غربيه "
                      "شماليه جنوبيه وسطي الوسطي",
    # "بمنطقة جبال الشعانبي", "بمرتفعات الشعانبي": the mountains' name follows; alone the word is no
    # place ("جبال" was the Sudanese region "إقليم الجبال" after "منطقة").
    "terrain word": "جبل جبال مرتفعات مرتفع",
    "weekday or month": "السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه يناير فبراير مارس ابريل مايو يونيو "
                        "يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران تموز اب ايلول "
                        "تشرين",
    "first name": "محمد احمد علي حسن حسين محمود عمر خالد عبدالله ابراهيم يوسف مصطفى سعيد صالح سليمان عثمان "
                  "اسماعيل موسى عيسى يحيى زكريا جمال كمال نبيل سمير فريد حمزه طارق ماجد فهد سلطان ناصر منصور "
                  "عادل جعفر عباس هادي مهدي قاسم ياسر وليد بشار حافظ رامي سامي عمار زياد نصر حرب رياض",
    # "اعتقلنا أبا عهد", "رياض منصور": the kunya's accusative and a first name that is a capital without ال.
    "kunya": "ابا",
    "common word": "اليوم الحرب النصر المقاومه الامن الدوله عدد الشعب الثوره التحرير الوحده السلام الشام العربيه "
                   "الاسلاميه الجزيره السلطه الجيش الشرطه الحكومه مالي القري الاوسط السياج الواقعه الميناء "
                   "خان بوكو كروز "
                   # Words and names whose only entries are big towns abroad, exempt from the news rule:
                   # "نجا" (survived; Naga), "منشأة" (facility; El-Monshaeh), "ميدان" (square; Medan), "خبر"
                   # (news; Khobar), "الأربعين" and "سبعين" (numbers), "برز" (emerged; Alborz), "بسيط"
                   # (simple; Albacete), "ابيض" (white; El Obeid is الأبيض), names (سارة، ريان، البخاري).
                   "نجا منشاه ميدان خبر الاربعين سبعين برز بسيط ابيض الفتح ساره ريان بخاري "
                   # "استهدف موكبه" (his convoy; Mukabah, a hamlet in Sulaymaniyah).
                   "موكب موكبه "
                   # "في معقله" (in his stronghold; Ma'qalah, a Yemeni hamlet).
                   "معقله "
                   # "أنصار الحراك الجنوبي", "الحراك الطلابي" (the movement; Al-Hirak in Daraa, 4 of its 97 news
                   # matches after a type word, just over the news rule's 3%).
                   "الحراك "
                   # "صالة القدوم في مطار أبها", "أزال معرض لوحة من صالته" (a hall; Sala, a Yemeni village).
                   "صاله",
}

# Towns the rules above would list on thin evidence: a few NER matches, none tagged (annotators of
# other countries' news), while news write them bare ("بالقصرين", "في الرمثا") and the word reading ("the
# two palaces") is rare. Never listed.
TOWNS = {
    "القصرين": "Kasserine, Tunisia (NER: 0 of 4; news: 8 of 8 after a preposition)",
    "الرمثا": "Ar Ramtha, Jordan (NER: 0 of 6; news: 16 of 35 after a place-type word)",
}

# A name that starts with one of these ("مخيم الشاطئ", "مستشفى الشفاء") says itself that it is a place.
SITE_WORDS = set("مخيم حي مستشفي مجمع معبر حاجز قاعده مطار حقل موقع مستوطنه جسر دوار شارع".split())

NEVER = {"function word", "place-type word", "terrain word", "direction word", "weekday or month"}

# A name written as a camp this often in the news is a camp town ("مخيم النصيرات" -> "النصيرات").
MIN_CAMP_MATCHES = 5


def normalize(name):
    """The index's key folding, enough for supplement names: hamza and alef forms, yaa, taa marbuta."""
    name = "".join(c for c in name if not ("\u064b" <= c <= "\u065f" or c in "\u0670\u0640"))
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ئ", "ي"), ("ؤ", "و")):
        name = name.replace(a, b)
    return " ".join(name.split())


def supplement_names(path):
    """The Arabic names of places_extra.tsv (place rows and alias rows), normalized, with and without ال."""
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            arabic = fields[4] if len(fields) > 1 and fields[1] == "alias" else fields[5] if len(fields) > 5 else ""
            for name in arabic.split("|"):
                key = normalize(name)
                if key:
                    names.add(key)
                    if key.startswith("ال"):
                        names.add(key[2:])
    return names


def read_tsv(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# key"):
                header = line[2:].split("\t")
                continue
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            rows[fields[0]] = dict(zip(header, fields))
    return rows


def main():
    stats, ner = read_tsv(sys.argv[1]), read_tsv(sys.argv[2])
    curated_places = supplement_names(os.path.join(os.path.dirname(os.path.abspath(__file__)), "places_extra.tsv"))
    out = {}
    for why, words in CURATED.items():
        never = why in NEVER
        for w in words.split():
            out.setdefault(w, ("never: " if never else "") + why)
    for key in sorted(set(stats) | set(ner)):
        if key in out or key in TOWNS:
            continue
        s = stats.get(key, {})
        top_type, top_pop = s.get("top_type", ""), int(s.get("top_pop", 0) or 0)
        if top_type == "country":
            continue  # country names are places whatever else they mean; exceptions are curated
        big = top_pop >= 100000 or top_type in ("admin1", "admin2", "region", "site")
        if key in curated_places and " " in key:
            continue  # a site the project's supplement names on purpose ("المسجد الاقصي"), sources and all
        n = ner.get(key)
        if n and int(n["ner_total"]) >= (10 if big else 3):
            total, place, person = int(n["ner_total"]), int(n["ner_place"]), int(n["ner_person"])
            if place * 2 < total:
                kind = "personal name" if person * 2 >= total else "word"
                out[key] = f"{kind} (NER: {place} of {total} tagged a place, {person} a person)"
            continue
        if not s or int(s["total"]) < 15 or key.split()[0] in SITE_WORDS or key in curated_places:
            continue
        if int(stats.get("مخيم " + key, {}).get("total", 0) or 0) >= MIN_CAMP_MATCHES:
            continue
        total, typed = int(s["total"]), int(s["type_word"])
        if typed < 0.03 * total and not big:
            out[key] = f"word (news: {typed} of {total} matches after a place-type word)"
    # The index also keys a name without its article ("البندقية" -> "بندقية"): when the name with ال is a
    # word ("البندقية", the rifle), so is it without (a rifle), unless NER evidence says that form is a
    # place. (Big places are exempt from the news rule, which would otherwise list such a bare form.)
    for key in sorted(set(stats) | set(ner)):
        listed = out.get("\u0627\u0644" + key, "")
        if key in out or key in TOWNS or key in curated_places or not listed.startswith("word"):
            continue
        n = ner.get(key)
        if n and int(n["ner_place"]) * 2 >= int(n["ner_total"]):
            continue
        out[key] = "word (its form with ال is listed)"
    print("# Generated by make_stop_names.py (see there for the rules and inputs). Do not edit by hand:")
    print("# change the script's curated words or thresholds and regenerate.")
    print("# key (normalized)\twhy")
    for key in sorted(out):
        print(f"{key}\t{out[key]}")


if __name__ == "__main__":
    main()
