"""Search queries by class, for the recall benchmark.

Each class takes a new visitor, registers them the way one register writes
people, and types a query the way another desk or the person's own papers
would write them. The rules are written from how the scripts and registers
of the region differ (transliteration tables, Russian clerks' spelling of
Central Asian vowels, keyboards), not from the names the matching code was
tested or tuned on; the people come from the demo name pools.

Classes: Cyrillic ↔ Latin, Kazakh, Uzbek, Tajik, Kyrgyz, Arabic script,
typos, swapped order, missing patronymic, document and phone numbers.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace

from desktop.services.demo_names import DemoPerson, make_person, written_as
from desktop.services.visitors import DocumentIn, NewVisitor

CLASSES = ("Cyrillic ↔ Latin", "Kazakh", "Uzbek", "Tajik", "Kyrgyz", "Arabic script", "typos", "swapped order",
           "missing patronymic", "documents and phones")


@dataclass(frozen=True)
class Case:
    kind: str
    register: NewVisitor   # how the register wrote the person
    query: str             # what the desk types (with the birth date the person gives)
    bare_query: str        # the same without the birth date ('' for numbers)


# -- spelling rules ---------------------------------------------------------------------
# Kazakh Latin alphabet of 2021 (decree of 28 January 2021), letter for letter.
_KAZAKH_LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
    "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}
# Latin with j for the glide, as German-trained and some Central Asian clerks
# write it (Й, Ю, Я, Ё and word-initial Е).
_J_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zh", "з": "z", "и": "i",
    "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "ju", "я": "ja",
}
_CYRILLIC_VOWELS = set("аеёиоуыэюяәөұүіӣӯў")


def _by_table(text: str, table: dict[str, str], *, initial_e: str = "e") -> str:
    out, prev = [], " "
    for ch in text:
        low = ch.lower()
        piece = initial_e if low == "е" and (prev in " -" or prev.lower() in _CYRILLIC_VOWELS) else table.get(low, low)
        out.append(piece.capitalize() if ch != low else piece)
        prev = ch
    return "".join(out)


def kazakh_latin(text: str) -> str:
    return _by_table(text, _KAZAKH_LATIN)


def j_latin(text: str) -> str:
    return _by_table(text, _J_LATIN, initial_e="je")


# A Russian clerk hears a Central Asian o as а when it is not stressed
# (Рахмонов → Рахманов), u as о, and i and e as each other: one vowel of a
# word, not the first letter, drifts.
_DRIFT = {"о": "а", "а": "о", "у": "о", "и": "е", "е": "и"}


def vowel_drift(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for n, word in enumerate(words):
        spots = [i for i in range(1, len(word)) if word[i] in _DRIFT]
        if spots and rng.random() < 0.7:
            i = rng.choice(spots)
            words[n] = word[:i] + _DRIFT[word[i]] + word[i + 1:]
    return " ".join(words)


def no_yo(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


_APOSTROPHES = ("'", "`", "‘", "’", "ʼ", "")


def uzbek_apostrophes(text: str, rng: random.Random) -> str:
    return text.replace("ʻ", rng.choice(_APOSTROPHES))


# Keyboard neighbours, for typos: a finger lands one key off.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
_NEIGHBOURS = {}
for _row in _ROWS:
    for _i, _ch in enumerate(_row):
        _NEIGHBOURS[_ch] = _row[max(0, _i - 1):_i] + _row[_i + 1:_i + 2]


def typo(word: str, rng: random.Random) -> str:
    """One slip of the fingers, never on the first letter (which the eye checks)."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    low = word[i].lower()
    near = _NEIGHBOURS.get(low)
    if not near:
        return word[:i] + word[i + 1:]
    ch = rng.choice(near)
    return word[:i] + (ch.upper() if word[i] != low else ch) + word[i + 1:]


def _case(text: str, rng: random.Random) -> str:
    roll = rng.random()
    return text.upper() if roll < 0.2 else text.lower() if roll < 0.4 else text


# -- numbers ----------------------------------------------------------------------------
_DOCUMENT = {  # citizenship: (letters, digits) of a passport number
    "UZ": ("AB", 7), "TJ": ("", 9), "KG": ("AC", 7), "KZ": ("N", 8), "RU": ("", 10), "AF": ("P", 8)}
_PHONE = {  # citizenship: country code, operator codes, subscriber digits
    "UZ": ("998", ("90", "91", "93", "97"), 7), "TJ": ("992", ("90", "93", "98"), 7),
    "KG": ("996", ("555", "700", "770"), 6), "KZ": ("7", ("701", "702", "747", "777"), 7),
    "RU": ("7", ("903", "916", "925"), 7), "AF": ("93", ("70", "78", "79"), 7)}
_CYRILLIC_LOOKALIKE = str.maketrans("ABEKMHOPCTX", "АВЕКМНОРСТХ")


def _document(citizenship: str, rng: random.Random) -> str:
    letters, digits = _DOCUMENT.get(citizenship, ("", 9))
    return letters + "".join(str(rng.randrange(10)) for _ in range(digits))


def _phone(citizenship: str, rng: random.Random) -> tuple[str, str, str]:
    country, operators, digits = _PHONE.get(citizenship, _PHONE["KZ"])
    operator = rng.choice(operators)
    subscriber = "".join(str(rng.randrange(10)) for _ in range(digits))
    return country, operator, subscriber


def _typed_document(number: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.25:
        return number.lower()
    if roll < 0.5 and number[:1].isalpha():
        return number.translate(_CYRILLIC_LOOKALIKE)  # typed on a Russian layout
    if roll < 0.75:
        cut = next((i for i, ch in enumerate(number) if ch.isdigit()), 0) or 2
        return number[:cut] + " " + number[cut:]
    return number


def _typed_phone(country: str, operator: str, subscriber: str, rng: random.Random) -> str:
    roll = rng.random()
    if country == "7" and roll < 0.35:
        return f"8 {operator} {subscriber[:3]} {subscriber[3:5]} {subscriber[5:]}"  # the trunk prefix
    if roll < 0.6:
        return f"+{country} ({operator}) {subscriber[:3]}-{subscriber[3:]}"
    if roll < 0.8:
        return operator + subscriber  # without the country code
    return country + operator + subscriber


# -- the cases ----------------------------------------------------------------------------
def _form(p: DemoPerson, **extra) -> NewVisitor:
    return NewVisitor(family_name=p.family_name, given_name=p.given_name, patronymic=p.patronymic,
                      latin_name=extra.pop("latin_name", ""), sex=p.sex, birth_date=p.birth_date,
                      birth_year=p.birth_year, citizenship=p.citizenship, **extra)


def _with_birth(text: str, p: DemoPerson, rng: random.Random) -> str:
    # With 200,000 visitors a name alone is rarely unique: the desk asks for
    # the birth date (an estimated year when that is all the person knows).
    if p.birth_date:
        return text + " " + p.birth_date.strftime(rng.choice(("%d.%m.%Y", "%Y-%m-%d")))
    return f"{text} {p.birth_year}"


def _name_case(kind: str, registered: DemoPerson, typed: DemoPerson, rng: random.Random, *,
               patronymic: float = 0.4, swap: bool = False) -> Case:
    words = [typed.family_name, typed.given_name]
    if swap:
        words.reverse()
    if typed.patronymic and rng.random() < patronymic:
        words.append(typed.patronymic)
    text = " ".join(w for w in words if w)
    return Case(kind, _form(registered), _with_birth(text, typed, rng), text)


def _person(rng: random.Random, origin: str | None = None, *, patronymic: bool = False) -> DemoPerson:
    while True:
        p = make_person(rng, origin)
        if p.family_name or origin == "afghan":
            if not patronymic or p.patronymic:
                return p


def cyrillic_latin(rng: random.Random) -> Case:
    p = _person(rng, rng.choice(("uzbek", "tajik", "kyrgyz", "kazakh", "russian")))
    russian = written_as(p, "russian")
    if rng.random() < 0.5:
        russian = replace(russian, family_name=no_yo(russian.family_name), given_name=no_yo(russian.given_name))
    roll = rng.random()
    latin = (written_as(p, "passport") if roll < 0.4 else written_as(p, "latin", alt=rng.randrange(4)) if roll < 0.75
             else replace(russian, family_name=j_latin(russian.family_name), given_name=j_latin(russian.given_name),
                          patronymic=j_latin(russian.patronymic)))
    if rng.random() < 0.5:
        return _name_case("Cyrillic ↔ Latin", russian, latin, rng)
    return _name_case("Cyrillic ↔ Latin", latin, russian, rng)


def kazakh(rng: random.Random) -> Case:
    p = _person(rng, "kazakh")
    native, russian = written_as(p, "native"), written_as(p, "russian")
    registered = russian if rng.random() < 0.6 else native
    if rng.random() < 0.4:
        typed = replace(native, family_name=kazakh_latin(native.family_name),
                        given_name=kazakh_latin(native.given_name), patronymic=kazakh_latin(native.patronymic))
    else:
        typed = native if registered is russian else russian
    return _name_case("Kazakh", registered, typed, rng)


def uzbek(rng: random.Random) -> Case:
    p = _person(rng, "uzbek")
    russian = written_as(p, "russian")
    drifted = replace(russian, family_name=vowel_drift(russian.family_name, rng),
                      given_name=vowel_drift(russian.given_name, rng))
    latin = written_as(p, "latin")
    latin = replace(latin, family_name=uzbek_apostrophes(latin.family_name, rng),
                    given_name=uzbek_apostrophes(latin.given_name, rng),
                    patronymic=uzbek_apostrophes(latin.patronymic, rng))
    if rng.random() < 0.5:
        return _name_case("Uzbek", drifted, latin, rng)
    return _name_case("Uzbek", latin, drifted, rng)


def tajik(rng: random.Random) -> Case:
    p = _person(rng, "tajik")
    native, russian, latin = written_as(p, "native"), written_as(p, "russian"), written_as(p, "latin")
    drifted = replace(russian, family_name=vowel_drift(russian.family_name, rng),
                      given_name=vowel_drift(russian.given_name, rng))
    roll = rng.random()
    if roll < 0.4:
        return _name_case("Tajik", native, drifted, rng)
    if roll < 0.7:
        return _name_case("Tajik", drifted, latin, rng)
    return _name_case("Tajik", latin, native, rng)


def kyrgyz(rng: random.Random) -> Case:
    p = _person(rng, "kyrgyz")
    native, russian, passport = written_as(p, "native"), written_as(p, "russian"), written_as(p, "passport")
    roll = rng.random()
    if roll < 0.4:
        return _name_case("Kyrgyz", russian, native, rng)
    if roll < 0.7:
        return _name_case("Kyrgyz", native, passport, rng)
    return _name_case("Kyrgyz", passport, russian, rng)


def arabic(rng: random.Random) -> Case:
    p = _person(rng, "afghan")
    arab = written_as(p, "arabic")
    other = written_as(p, "latin", alt=rng.randrange(4)) if rng.random() < 0.6 else written_as(p, "russian")
    if rng.random() < 0.5:
        return _name_case("Arabic script", other, arab, rng)
    return _name_case("Arabic script", arab, other, rng)


def typos(rng: random.Random) -> Case:
    p = _person(rng)
    system = rng.choice(("russian", "native", "passport", "latin"))
    registered = written_as(p, system)
    field = "family_name" if registered.family_name and rng.random() < 0.5 else "given_name"
    typed = replace(registered, **{field: typo(getattr(registered, field), rng)})
    return _name_case("typos", registered, typed, rng)


def swapped(rng: random.Random) -> Case:
    p = _person(rng)
    registered = written_as(p, rng.choice(("russian", "native", "passport", "latin")))
    typed = replace(registered, family_name=_case(registered.family_name, rng),
                    given_name=_case(registered.given_name, rng))
    return _name_case("swapped order", registered, typed, rng, swap=True)


def missing_patronymic(rng: random.Random) -> Case:
    p = _person(rng, rng.choice(("uzbek", "tajik", "kyrgyz", "kazakh", "russian")), patronymic=True)
    registered = written_as(p, rng.choice(("russian", "native", "latin")))
    return _name_case("missing patronymic", registered, registered, rng, patronymic=0.0)


def numbers(rng: random.Random) -> Case:
    p = _person(rng)
    registered = written_as(p, rng.choice(("russian", "passport")))
    document = _document(p.citizenship, rng)
    country, operator, subscriber = _phone(p.citizenship, rng)
    form = _form(registered, phone=f"+{country} {operator} {subscriber}",
                 documents=(DocumentIn("passport", document),))
    query = (_typed_document(document, rng) if rng.random() < 0.5
             else _typed_phone(country, operator, subscriber, rng))
    return Case("documents and phones", form, query, "")


_MAKERS = (cyrillic_latin, kazakh, uzbek, tajik, kyrgyz, arabic, typos, swapped, missing_patronymic, numbers)


def cases(rng: random.Random, per_class: int) -> list[Case]:
    return [make(rng) for make in _MAKERS for _ in range(per_class)]


