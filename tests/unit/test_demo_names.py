"""Demo visitors look like a branch's visitors, and their re-spellings still match."""
from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter

import pytest

from desktop.services.demo_names import (
    ORIGINS,
    REFERENCE_DATE,
    DemoPerson,
    make_person,
    origin_weights,
    spelling_variant,
)
from desktop.services.names import fold_name, name_similarity

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture(scope="module")
def people() -> list[DemoPerson]:
    rng = random.Random(20261123)
    return [make_person(rng) for _ in range(5000)]


def test_same_seed_same_people_and_variants() -> None:
    def draw(seed: int) -> list[tuple[DemoPerson, DemoPerson]]:
        rng = random.Random(seed)
        out = []
        for _ in range(300):
            person = make_person(rng)
            out.append((person, spelling_variant(person, rng)))
        return out

    assert draw(5) == draw(5)
    assert draw(5) != draw(6)


def test_origin_weights_favour_uzbeks_and_tajiks() -> None:
    weights = origin_weights()
    assert tuple(weights) == ORIGINS
    assert sum(weights.values()) == pytest.approx(1)
    ranked = sorted(weights, key=weights.get, reverse=True)
    assert ranked[:2] == ["uzbek", "tajik"]
    assert weights["afghan"] == min(weights.values())


def test_every_origin_is_produced(people: list[DemoPerson]) -> None:
    counts = Counter(p.origin for p in people)
    assert set(counts) == set(ORIGINS)
    assert counts["uzbek"] > counts["kyrgyz"] > counts["afghan"]


@pytest.mark.parametrize("origin", ORIGINS)
def test_an_origin_can_be_asked_for(origin: str) -> None:
    rng = random.Random(1)
    assert {make_person(rng, origin).origin for _ in range(20)} == {origin}


def test_all_three_scripts_are_present(people: list[DemoPerson]) -> None:
    names = [p.full_name for p in people]
    assert any(CYRILLIC.search(n) for n in names)
    assert any(ARABIC.search(n) for n in names)
    assert any(LATIN.search(n) for n in names)
    # the letters that make the matching hard actually occur
    text = " ".join(names)
    for letter in "әқұңүғіҷҳӯўʻё":
        assert letter in text.lower(), letter


def test_script_field_says_what_the_name_is_written_in(people: list[DemoPerson]) -> None:
    pattern = {"Cyrl": CYRILLIC, "Arab": ARABIC, "Latn": LATIN}
    for p in people:
        assert p.script in pattern
        assert pattern[p.script].search(p.full_name), p
        for other, regex in pattern.items():
            if other != p.script:
                assert not regex.search(p.full_name), p


def test_people_are_plausible(people: list[DemoPerson]) -> None:
    n = len(people)
    assert {p.citizenship for p in people} == {"KZ", "UZ", "TJ", "KG", "RU", "AF"}
    assert {p.sex for p in people} == {"F", "M"}
    men = sum(p.sex == "M" for p in people) / n
    assert 0.55 < men < 0.7  # labour migration is mostly men
    ages = [REFERENCE_DATE.year - p.birth_year for p in people]
    assert all(0 <= a <= 81 for a in ages)
    assert sum(18 <= a <= 56 for a in ages) / n > 0.75
    assert any(a < 10 for a in ages) and any(a > 65 for a in ages)
    year_only = sum(p.birth_date is None for p in people) / n
    assert 0.05 < year_only < 0.15
    for p in people:
        assert p.birth_year is not None
        if p.birth_date is not None:
            assert p.birth_year == p.birth_date.year
            assert p.birth_date <= REFERENCE_DATE
        assert p.given_name


def test_names_follow_each_culture(people: list[DemoPerson]) -> None:
    afghans = [p for p in people if p.origin == "afghan"]
    assert all(p.patronymic == "" for p in afghans)
    assert any(p.family_name == "" for p in afghans)  # a single name is common
    # surnames and patronymics agree with sex where the language marks it
    for p in people:
        if p.script == "Cyrl" and p.sex == "F":
            assert not p.family_name.endswith(("ов", "ев", "ин")), p
            assert not p.patronymic.endswith(("вич", "ұлы", "улы", "угли", "уулу")), p
        if p.script == "Cyrl" and p.sex == "M":
            assert not p.patronymic.endswith(("вна", "қызы", "кызы", "кизи")), p
    patronymics = " ".join(p.patronymic for p in people)
    for form in ("вич", "ұлы", "қызы", "ўғли", "угли", "кизи", "уулу", "O'G'LI", "oʻgʻli"):
        assert form in patronymics, form


def test_passport_line_is_upper_case_latin(people: list[DemoPerson]) -> None:
    lines = [p.latin_name for p in people if p.latin_name]
    assert len(lines) > len(people) / 2
    assert all(re.fullmatch(r"[A-Z' ]+", line) for line in lines)


def test_variant_is_the_same_person(people: list[DemoPerson]) -> None:
    rng = random.Random(3)
    for person in people[:1000]:
        variant = spelling_variant(person, rng)
        assert (variant.sex, variant.birth_date, variant.birth_year, variant.citizenship, variant.origin) == (
            person.sex, person.birth_date, person.birth_year, person.citizenship, person.origin)
        assert variant.latin_name in ("", person.latin_name)


def test_variants_change_the_writing(people: list[DemoPerson]) -> None:
    rng = random.Random(4)
    variants = [spelling_variant(p, rng) for p in people[:1000]]
    changed = sum(v.full_name != p.full_name for p, v in zip(people, variants))
    assert changed > 900
    assert sum(v.script != p.script for p, v in zip(people, variants)) > 300


def test_variants_fold_to_the_same_or_a_close_key() -> None:
    rng = random.Random(99)
    samples = 2000
    equal = close = 0
    misses = []
    for _ in range(samples):
        person = make_person(rng)
        variant = spelling_variant(person, rng)
        a, b = fold_name(person.full_name), fold_name(variant.full_name)
        if a == b:
            equal += 1
        elif name_similarity(a, b) >= 85:
            close += 1
        else:
            misses.append((person.full_name, variant.full_name))
    rate = (equal + close) / samples
    print(f"variant match rate {rate:.2%} (equal keys {equal / samples:.2%}, similar {close / samples:.2%})")
    assert rate >= 0.95, misses[:20]


def test_a_person_made_by_hand_can_be_varied() -> None:
    person = DemoPerson("Абдуллаев", "Рустам", "", "ABDULLAEV RUSTAM", "M",
                        dt.date(1990, 5, 1), 1990, "UZ", "Cyrl")
    rng = random.Random(0)
    for _ in range(50):
        variant = spelling_variant(person, rng)
        assert fold_name(variant.full_name) == fold_name(person.full_name)
