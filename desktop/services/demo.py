"""A demo branch with realistic data, for trying Qamqor and for benchmarks."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.models import Person, Role, Visit
from desktop.models.journal import bulk_insert, record_audit

from .accounts import AccountService, BranchGate, Identity
from .demo_names import make_person, spelling_variant
from .numbering import next_numbers
from .referrals import ProviderIn, ReferralIn, ReferralService
from .visitors import NewVisitor, person_values

DEMO_PASSWORD = "qamqor-demo"
DEMO_BRANCH = ("KZ-ALA", "Алматы филиалы (демо)")
DEMO_STAFF = (
    ("admin", "Ержан Сейтқалиев", Role.ADMINISTRATOR),
    ("director", "Гүлнар Омарова", Role.DIRECTOR),
    ("caseworker", "Dilnoza Karimova", Role.CASEWORKER),
    ("coordinator", "Асель Жумабекова", Role.COORDINATOR),
    ("reception", "Айгерим Нурланқызы", Role.RECEPTIONIST),
)


@dataclass(frozen=True)
class DemoResult:
    created_branch: bool
    visitors_added: int


def ensure_demo_branch(gate: BranchGate) -> tuple[bool, Identity]:
    """Set up the demo branch unless one exists; log in as its administrator."""
    if gate.is_initialised():
        return False, gate.log_in("admin", DEMO_PASSWORD)
    identity = gate.initialise(branch_code=DEMO_BRANCH[0], branch_name=DEMO_BRANCH[1],
                               admin_username="admin", admin_display_name=DEMO_STAFF[0][1],
                               admin_password=DEMO_PASSWORD)
    accounts = AccountService(gate, identity)
    for username, display, role in DEMO_STAFF[1:]:
        accounts.add_user(username, display_name=display, role=role, password=DEMO_PASSWORD)
    return True, identity


def add_demo_visitors(gate: BranchGate, identity: Identity, count: int, *, seed: int = 1,
                      progress: Callable[[int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> int:
    """``count`` visitors, most with a visit or more; about one in six is the
    same person registered again under another spelling, as real registers
    have (what the duplicate check must find)."""
    rng = random.Random(seed)
    recent: list = []
    made = 0
    now = dt.datetime.now(dt.timezone.utc)
    while made < count:
        if cancelled and cancelled():
            break
        n = min(5000, count - made)
        by_year: dict[int, list[dict]] = {}
        for _ in range(n):
            if recent and rng.random() < 0.16:
                demo = spelling_variant(rng.choice(recent), rng)
            else:
                demo = make_person(rng)
                recent.append(demo)
                if len(recent) > 500:
                    recent.pop(0)
            phone = (f"+{rng.choice(PHONE_PREFIXES[demo.citizenship])} {rng.randint(100, 999)} "
                     f"{rng.randint(10, 99)} {rng.randint(10, 99)}") if rng.random() < 0.6 else ""
            new = NewVisitor(family_name=demo.family_name, given_name=demo.given_name,
                             patronymic=demo.patronymic, latin_name=demo.latin_name,
                             sex=demo.sex, birth_date=demo.birth_date, birth_year=demo.birth_year,
                             citizenship=demo.citizenship, country_of_origin=demo.citizenship, phone=phone,
                             migration_status=rng.choice(STATUSES[demo.citizenship]))
            by_year.setdefault(rng.choice((2024, 2025, 2026)), []).append(person_values(new, number=""))
        with gate.db.session(identity.username) as s:
            people = []
            for year, rows in sorted(by_year.items()):
                for values, number in zip(rows, next_numbers(s, kind="person", year=year, count=len(rows))):
                    values["number"] = number
                people.extend(rows)
            ids = bulk_insert(s, Person, people)
            visits = []
            for pid in ids:
                for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 3))):
                    needs = rng.sample(NEED_CODES, rng.choice((1, 1, 2)))
                    visits.append(dict(person_id=pid, visited_at=now - dt.timedelta(days=rng.randint(0, 700),
                                                                                 minutes=rng.randint(0, 600)),
                                       staff=rng.choice(("reception", "caseworker")), needs=",".join(needs),
                                       services=rng.choice(SERVICE_CODES), notes=""))
            bulk_insert(s, Visit, visits)
            record_audit(s, "demo.visitors", count=n)
        made += n
        if progress:
            progress(made)
    return made


NEED_CODES = ["health", "legal", "shelter", "documents", "family_links", "psychosocial", "food_cash",
              "employment"]
SERVICE_CODES = ["information", "food_parcel", "hygiene_kit", "referral", "psychosocial_session", "phone_call"]
PHONE_PREFIXES = {"KZ": ("7 701", "7 702", "7 747", "7 777"), "UZ": ("998 90", "998 93", "998 97"),
                  "TJ": ("992 90", "992 93", "992 98"), "KG": ("996 555", "996 700", "996 770"),
                  "RU": ("7 903", "7 916", "7 925"), "AF": ("93 70", "93 78", "93 79")}
STATUSES = {"KZ": ("kandas", "citizen"), "UZ": ("labour_migrant", "labour_migrant", "irregular"),
            "TJ": ("labour_migrant", "labour_migrant", "irregular"), "KG": ("labour_migrant", "labour_migrant"),
            "RU": ("labour_migrant", "other"), "AF": ("refugee", "asylum_seeker", "stateless")}


DEMO_PROVIDERS = (
    ProviderIn("Алматы қалалық №1 туберкулезге қарсы диспансері", "Городской противотуберкулёзный диспансер №1",
               "City TB Dispensary No. 1", "tb_clinic", "Алматы, Бекмаханова к-сі, 93", "+7 727 300 10 01",
               ("kk", "ru"), "Тегін / бесплатно", "Дс–Жм 08:00–17:00", 40),
    ProviderIn("ЖИТС-ке қарсы күрес орталығы", "Центр по профилактике и борьбе со СПИД",
               "AIDS Prevention Centre", "hiv_clinic", "Алматы, Кемеңгерұлы к-сі, 10", "+7 727 300 10 02",
               ("kk", "ru", "en"), "Тегін / бесплатно", "Дс–Жм 09:00–18:00", 25),
    ProviderIn("«Әділет» заң көмегі орталығы", "Юридический центр «Адилет»", "Adilet Legal Aid Centre",
               "legal_aid", "Алматы, Абылай хан даңғ., 52", "+7 727 300 10 03", ("kk", "ru", "uz"),
               "Тегін кеңес / бесплатная консультация", "Дс–Жм 10:00–18:00", 15),
    ProviderIn("«Үміт» әйелдер мен балаларға арналған баспана", "Приют для женщин и детей «Умит»",
               "Umit Shelter for Women and Children", "shelter", "Алматы (мекенжайы телефон арқылы)",
               "+7 727 300 10 04", ("kk", "ru", "tg"), "Тегін / бесплатно", "24/7", 12),
    ProviderIn("Көші-қон қызметтері орталығы", "Центр миграционных услуг", "Migration Services Centre",
               "migration_centre", "Алматы, Төле би к-сі, 155", "+7 727 300 10 05", ("kk", "ru", "en"),
               "Мемлекеттік баж / госпошлина", "Дс–Сб 09:00–19:00", None),
    ProviderIn("Психоәлеуметтік қолдау қызметі", "Служба психосоциальной поддержки", "Psychosocial Support Service",
               "psychosocial", "Алматы, Жандосов к-сі, 60", "+7 727 300 10 06", ("kk", "ru", "ky", "prs"),
               "Тегін / бесплатно", "Дс–Жм 09:00–17:00", 20),
    ProviderIn("Қызыл Жарты Ай — отбасылық байланыстарды қалпына келтіру", "Красный Полумесяц — восстановление "
               "семейных связей", "Red Crescent — Restoring Family Links", "family_links",
               "Алматы, Желтоқсан к-сі, 86", "+7 727 300 10 07", ("kk", "ru", "uz", "tg", "prs", "ps"),
               "Тегін / бесплатно", "Дс–Жм 09:00–18:00", None),
)


def add_demo_referrals(gate: BranchGate, count: int, *, seed: int = 1) -> int:
    """The directory and referrals in every status, issued letters among them."""
    director = gate.log_in("director", DEMO_PASSWORD)
    caseworker = gate.log_in("caseworker", DEMO_PASSWORD)
    directors = ReferralService(gate.db, director)
    desk = ReferralService(gate.db, caseworker)
    if not directors.providers():
        for provider in DEMO_PROVIDERS:
            directors.save_provider(provider)
    providers = directors.providers()
    rng = random.Random(seed)
    with gate.db.read() as s:
        people = s.execute(select(Person.id).where(Person.deleted.is_(False)).limit(count * 3)).scalars().all()
    if not people:
        return 0
    endings = ["draft", "issued", "issued", "accepted", "declined", "completed", "completed", "no_show",
               "cancelled"]
    made = 0
    for i in range(count):
        provider = rng.choice(providers)
        disclose = ("name", "birth_date") + tuple(rng.sample(("citizenship", "phone", "languages"), rng.randint(0, 2)))
        r = desk.create(ReferralIn(rng.choice(people), provider.provider_id, provider.category,
                                   priority=rng.choice(("emergency", "urgent", "normal", "normal")),
                                   reason=rng.choice(("", "", "Келуші өзі сұрады / по просьбе посетителя")),
                                   disclose=disclose))
        end = endings[i % len(endings)]
        if end == "cancelled" and rng.random() < 0.5:
            desk.set_status(r.referral_id, "cancelled", note="Келуші бас тартты / посетитель отказался")
        elif end != "draft":
            directors.issue_letter(r.referral_id)
            if end == "accepted":
                desk.set_status(r.referral_id, "accepted")
            elif end == "declined":
                desk.set_status(r.referral_id, "declined", note="Орын жоқ / нет мест")
            elif end == "completed":
                desk.set_status(r.referral_id, "accepted")
                desk.set_status(r.referral_id, "completed", outcome="Қабылданды, қызмет көрсетілді / принят, помощь оказана")
            elif end == "no_show":
                desk.set_status(r.referral_id, "no_show", note="Келмеді / не пришёл")
            elif end == "cancelled":
                desk.set_status(r.referral_id, "cancelled", note="Қайталанған / дубликат")
        made += 1
    return made


def make_demo(data_dir: Path, *, visitors: int, seed: int = 1, gate: BranchGate | None = None,
              progress: Callable[[int], None] | None = None) -> DemoResult:
    gate = gate or BranchGate(data_dir)
    created, identity = ensure_demo_branch(gate)
    added = add_demo_visitors(gate, identity, visitors, seed=seed, progress=progress) if visitors else 0
    if visitors:
        add_demo_referrals(gate, min(60, max(9, visitors // 50)), seed=seed)
    return DemoResult(created, added)
