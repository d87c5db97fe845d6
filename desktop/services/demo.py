"""A demo branch with realistic data, for trying Qamqor and for benchmarks."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.models import Consent, HealthFlag, Person, Role, Visit, uuid7
from desktop.models.journal import bulk_insert, record_audit

from ..errors import NotFound, Refused, WrongPassword
from .accounts import AccountService, BranchGate, Identity
from .demo_names import make_person, spelling_variant
from .health import HealthFields
from .numbering import next_numbers
from .permissions import Action, require
from . import vocab
from .referrals import SHARING, ProviderIn, ReferralIn, ReferralService
from .shift_rules import Need
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
    volunteers_added: int = 0
    # False when demo visitors were added in someone's own name to a branch that
    # exists: the demo's referrals and volunteers need its own staff accounts.
    staff_parts: bool = True


def ensure_demo_branch(gate: BranchGate) -> tuple[bool, Identity]:
    """Set up the demo branch unless one exists; log in as its administrator."""
    if gate.is_initialised():
        try:
            return False, gate.log_in("admin", DEMO_PASSWORD)
        except (WrongPassword, NotFound) as err:
            raise Refused(QCoreApplication.translate(
                "Demo", "This branch was not made as a demo, or its demo passwords were changed. Give your "
                "user name (--user) and password to add demo visitors in your name.")) from err
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
    answers = random.Random(seed * 104729 + 3)  # a stream of its own: the people stay as they were
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
            bulk_insert(s, Consent, _demo_consents(answers, ids, now.date()))
            record_audit(s, "demo.visitors", count=n)
        made += n
        if progress:
            progress(made)
    return made


def _demo_consents(rng: random.Random, ids: list, today: dt.date) -> list[dict]:
    """What each demo visitor agreed to when registered, as the desk records it:
    registration always; sharing on referral most of them, a few of whom
    withdrew it later. (Being phoned and the statistics are left unasked: each
    record is also a change-log row and an audit event, and four a person made
    the demo branch, which the benchmarks measure, twice as big.)"""
    rows = []
    for pid in ids:
        asked = today - dt.timedelta(days=rng.randint(0, 700))

        def answer(purpose: str, given: bool, on: dt.date = asked) -> None:
            rows.append(dict(person_id=pid, purpose=purpose, given=given, on_date=on,
                             wording_version=vocab.consent_version(purpose), recorded_by="reception"))
        answer("registration", True)
        if rng.random() < 0.88:
            answer(SHARING, True)
            if rng.random() < 0.03:
                answer(SHARING, False, asked + dt.timedelta(days=rng.randint(0, (today - asked).days)))
    return rows


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
        # Only people who agreed to have their details shared on referral (and
        # did not withdraw it) are referred, as the desk would.
        latest = {}
        for pid, given in s.execute(select(Consent.person_id, Consent.given).join(Person, Person.id == Consent.person_id)
                                    .where(Person.deleted.is_(False), Consent.deleted.is_(False),
                                           Consent.purpose == SHARING)
                                    .order_by(Person.number, Consent.created_at, Consent.id)):
            latest[pid] = given
        people = [pid for pid, given in latest.items() if given][:count * 3]
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
    add_demo_health(gate, caseworker, people, rng)
    return made


# Health flags a caseworker might record (sealed with the health key like any other).
DEMO_HEALTH = (("tb", "Жөтел үш апта / кашель три недели"), ("hiv", ""), ("chronic", "Қант диабеті / диабет"),
               ("pregnancy", "20 апта / 20 недель"), ("disability", ""), ("mental", ""))


def add_demo_health(gate: BranchGate, caseworker: Identity, people: list, rng: random.Random) -> int:
    """Health flags for about one in ten of these people, so each role sees
    what it may (a receptionist only that something is recorded)."""
    fields = HealthFields(gate.db, caseworker.health_key)
    if not fields.can_open or not people:
        return 0
    rows = []
    for person_id in rng.sample(people, max(1, len(people) // 10)):
        flag, note = rng.choice(DEMO_HEALTH)
        record_id = uuid7()
        rows.append(dict(id=record_id, person_id=person_id, active=True,
                         flag=fields.seal(record_id, "flag", flag), note=fields.seal(record_id, "note", note)))
    with gate.db.session(caseworker.username) as s:
        bulk_insert(s, HealthFlag, rows)
    return len(rows)


# -- volunteers -----------------------------------------------------------------------
# (name, address, weekly shifts: (weekdays, start, end, title, needs))
DEMO_SITES = (
    ("Қабылдау бөлмесі", "Алматы, Желтоқсан к-сі, 86",
     ((range(0, 5), "09:00", "13:00", "Тіркеу / регистрация",
       (Need("skill", "registration", 1), Need("language", "uz", 1), Need("none", "", 1))),
      (range(0, 5), "13:00", "18:00", "Тіркеу / регистрация",
       (Need("skill", "registration", 1), Need("language", "tg", 1))))),
    ("Сайран автовокзалы — мигранттар пункті",
     "Алматы, Төле би к-сі, 294",
     ((range(0, 7), "08:00", "14:00", "", (Need("language", "uz", 1), Need("none", "", 1))),
      (range(0, 7), "14:00", "20:00", "", (Need("language", "ky", 1), Need("none", "", 1))),
      ((4, 5), "22:00", "06:00", "Түнгі кезекшілік / ночное дежурство",
       (Need("skill", "first_aid", 1), Need("none", "", 1))))),
    ("Көмек тарату пункті", "Алматы, Райымбек даңғ., 221",
     (((1, 3, 5), "10:00", "16:00", "Азық-түлік жинақтары / продуктовые наборы",
       (Need("skill", "distribution", 2), Need("skill", "logistics", 1), Need("none", "", 1))),)),
    ("ТБ диспансеріне сүйемелдеу", "Алматы, Бекмаханова к-сі, 93",
     (((0, 2, 4), "08:00", "12:00", "Науқасты сүйемелдеу / сопровождение пациента",
       (Need("skill", "interpreting", 1), Need("skill", "psychological_first_aid", 1))),)),
    ("Жылжымалы топ", "Алматы облысы, Қаскелең — Талғар",
     (((2, 5), "10:00", "17:00", "Құрылыс алаңдарын аралау / объезд стройплощадок",
       (Need("skill", "driving_licence", 1), Need("skill", "first_aid", 1), Need("language", "tg", 1))),)),
    ("Балалар кеңістігі", "Алматы, Желтоқсан к-сі, 86",
     (((5,), "10:00", "14:00", "", (Need("skill", "safeguarding", 1), Need("skill", "childcare", 1))),)),
)
# Where a volunteer comes from decides the names and the languages they speak.
_VOLUNTEER_ORIGINS = (("kazakh", 0.34), ("russian", 0.16), ("uzbek", 0.22), ("kyrgyz", 0.14), ("tajik", 0.14))
_LANGUAGE_OF = {"kazakh": "kk", "russian": "ru", "uzbek": "uz", "kyrgyz": "ky", "tajik": "tg"}
_LANGUAGE_OF_COUNTRY = {"KZ": "kk", "RU": "ru", "UZ": "uz", "KG": "ky", "TJ": "tg"}
# (weekdays, from, to) windows; None: availability not recorded.
_AVAILABILITY = (
    (range(0, 5), "08:00", "14:00"), (range(0, 5), "12:00", "20:00"), ((4, 5, 6), "08:00", "20:00"),
    ((0, 2, 4), "07:00", "13:00"), ((1, 3, 5), "09:00", "18:00"), None, None,
)
_BLOCK_NOTES = ("Емтихандар / сессия", "Ауылға сапар / поездка домой", "Демалыс / отпуск", "Жұмыс / работа")
_OVERRIDE_REASONS = ("Өзбек тілінде сөйлейтін басқа ерікті жоқ / других волонтёров с узбекским нет",
                     "Өзі сұрады, үйлестірушімен келісілді / сам попросил, согласовано с координатором",
                     "Сертификатты жаңартуда, құжаты бар / продлевает сертификат, справка есть",
                     "Шұғыл ауыстыру / срочная замена")


def _hm(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def _demo_volunteer_forms(rng: random.Random, people: list, today: dt.date) -> list:
    """50 volunteers: about a fifth of them former visitors, three under 18,
    trainings some of which run out within the month or already did."""
    from .volunteers import AvailabilityIn, BlockIn, VolunteerLanguageIn, TrainingIn, VolunteerIn

    forms = []
    origins, weights = zip(*_VOLUNTEER_ORIGINS)
    former = list(people)
    for i in range(50):
        linked = former.pop(0) if former and i % 5 == 2 else None
        if linked is not None:
            native = _LANGUAGE_OF_COUNTRY.get(linked[1], "ru")
            birth = None
        else:
            origin = rng.choices(origins, weights)[0]
            native = _LANGUAGE_OF[origin]
            minor = i in (8, 23, 41)
            age_days = rng.randint(16 * 365 + 30, 17 * 365 + 300) if minor else int(rng.triangular(18, 64, 24) * 365)
            person = make_person(rng, origin)
            birth = today - dt.timedelta(days=age_days)
        languages = [VolunteerLanguageIn(native, "fluent")]
        if native != "ru":
            languages.append(VolunteerLanguageIn("ru", rng.choice(("fluent", "working", "working", "basic"))))
        if native != "kk" and rng.random() < 0.35:
            languages.append(VolunteerLanguageIn("kk", rng.choice(("working", "basic"))))
        for extra in ("uz", "tg", "ky", "en"):
            if extra != native and rng.random() < (0.18 if extra == "en" else 0.08):
                languages.append(VolunteerLanguageIn(extra, rng.choice(("working", "basic", "fluent"))))
        skills = set(rng.sample(("registration", "distribution", "logistics", "interpreting", "psychosocial",
                                 "childcare", "cooking", "it_support", "family_links"), rng.randint(1, 3)))
        if any(x.language != "ru" and x.proficiency != "basic" for x in languages[1:]) or native != "ru":
            if rng.random() < 0.5:
                skills.add("interpreting")
        trainings = [TrainingIn("rcrc_induction", today - dt.timedelta(days=rng.randint(60, 1500)))]
        if rng.random() < 0.55:
            # A first-aid certificate runs two years; some run out this month, some already did.
            roll = rng.random()
            expires = (today + dt.timedelta(days=rng.randint(3, 28)) if roll < 0.2 else
                       today - dt.timedelta(days=rng.randint(5, 200)) if roll < 0.35 else
                       today + dt.timedelta(days=rng.randint(60, 700)))
            trainings.append(TrainingIn("first_aid", expires - dt.timedelta(days=730), expires))
            skills.add("first_aid")
        if rng.random() < 0.35:
            trainings.append(TrainingIn("psychological_first_aid", today - dt.timedelta(days=rng.randint(30, 900))))
        if "childcare" in skills or rng.random() < 0.1:
            done = today - dt.timedelta(days=rng.randint(20, 1000))
            trainings.append(TrainingIn("safeguarding", done, done + dt.timedelta(days=1095)))
        if rng.random() < 0.25 and (birth is None or (today - birth).days > 20 * 365):
            skills.add("driving")
            trainings.append(TrainingIn("driving_licence", today - dt.timedelta(days=rng.randint(400, 5000)),
                                        today + dt.timedelta(days=rng.randint(300, 3000))))
        if "cooking" in skills or "distribution" in skills and rng.random() < 0.3:
            done = today - dt.timedelta(days=rng.randint(30, 500))
            expires = done + dt.timedelta(days=365)
            trainings.append(TrainingIn("food_hygiene", done, expires))
        availability = []
        pattern = rng.choice(_AVAILABILITY)
        if pattern is not None:
            days, starts, ends = pattern
            for day in days:
                availability.append(AvailabilityIn(day, _hm(starts), _hm(ends)))
        blocked = []
        if rng.random() < 0.12:
            first = today + dt.timedelta(days=rng.randint(-10, 12))
            blocked.append(BlockIn(first, first + dt.timedelta(days=rng.randint(0, 6)), rng.choice(_BLOCK_NOTES)))
        status = "left" if i == 48 else "paused" if i in (13, 31) else "active"
        phone = f"+7 7{rng.choice(('01', '02', '05', '07', '47', '77'))} {rng.randint(100, 999)} " \
                f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        consent = today - dt.timedelta(days=rng.randint(10, 900))
        common = dict(phone=phone, status=status, consent_given=True, consent_date=consent,
                      skills=tuple(sorted(skills)), languages=tuple(languages), trainings=tuple(trainings),
                      availability=tuple(availability), blocked=tuple(blocked))
        if linked is not None:
            forms.append(VolunteerIn(person_id=linked[0], **common))
        else:
            # A register copied from passports writes names in capitals; the coordinator does not.
            family, given = (x.title() if x.isupper() else x for x in (person.family_name, person.given_name))
            forms.append(VolunteerIn(family_name=family, given_name=given,
                                     latin_name=person.latin_name, birth_date=birth,
                                     emergency_name=rng.choice(("Анасы / мать", "Әкесі / отец", "Жұбайы / супруг(а)",
                                                                "Ағасы / брат")),
                                     emergency_phone=f"+7 777 {rng.randint(100, 999)} {rng.randint(10, 99)} "
                                                     f"{rng.randint(10, 99)}", **common))
    return forms


def add_demo_volunteers(gate: BranchGate, *, seed: int = 1, today: dt.date | None = None) -> int:
    """Sites with weekly shifts, 50 volunteers (some former visitors, three
    under 18, certificates running out), and the shifts of two weeks back and
    two ahead made from the weekly shifts, with volunteers on them in every
    status: completed ones checked in and out, a few put on despite a rule
    with the coordinator's reason, some places left open. The volunteers are
    registered through the service; the assignments are chosen with the same
    rules the coordinator is warned by and written in one bulk transaction.
    A branch that already has sites gets nothing. Returns the volunteers added."""
    from desktop.models import Assignment, AssignmentEvent, Site

    from .shift_rules import Booking, Colleague, Limits, ShiftFacts, capabilities, check, credited_minutes, fill_needs
    from .shift_planning import ShiftPlanning
    from .shift_rows import SiteIn, TemplateIn, wall
    from .shift_templates import ShiftTemplates
    from .volunteers import TRAINING_KINDS, TRAININGS, VolunteerService, load_facts
    from .volunteers import label as volunteer_label

    today = today or dt.date.today()
    rng = random.Random(seed * 7919 + 5)  # a stream of its own: the visitors stay as they were
    with gate.db.read() as s:
        if s.execute(select(Site.id).limit(1)).first():
            return 0
        people = s.execute(select(Person.id, Person.citizenship).where(
            Person.deleted.is_(False), Person.birth_date.is_not(None),
            Person.birth_date <= today - dt.timedelta(days=20 * 366),
            Person.birth_date >= today - dt.timedelta(days=60 * 365),
            Person.citizenship.in_(tuple(_LANGUAGE_OF_COUNTRY))).order_by(Person.number).limit(500)).all()
    coordinator = gate.log_in("coordinator", DEMO_PASSWORD)
    register = VolunteerService(gate.db, coordinator)
    planner, templates = ShiftPlanning(gate.db, coordinator), ShiftTemplates(gate.db, coordinator)
    forms = _demo_volunteer_forms(rng, rng.sample(people, min(10, len(people))), today)
    for form in forms:
        register.register(form)
    for name, address, weekly in DEMO_SITES:
        site = planner.save_site(SiteIn(name, address))
        for days, starts, ends, title, needs in weekly:
            for day in days:
                templates.save_template(TemplateIn(site.site_id, day, _hm(starts), _hm(ends), needs, title))
    templates.apply_templates(today - dt.timedelta(days=14), today + dt.timedelta(days=14))
    rows = planner.shifts(today - dt.timedelta(days=14), today + dt.timedelta(days=14))
    with gate.db.read() as s:
        facts = load_facts(s)

    now = dt.datetime.now().astimezone()
    active = sorted((v for v in facts.values() if v.active), key=lambda v: v.number)
    labels = {k: volunteer_label(TRAININGS, k) for k in TRAININGS}
    limits = Limits()
    bookings: dict = {}
    given: dict = {}  # minutes planned so far, for fairness
    overrides = 0
    planned = []  # (shift row, volunteer facts, status path, override codes, reason)
    for r in sorted(rows, key=lambda r: (r.starts_at, r.site_name)):
        shift = ShiftFacts(r.shift_id, wall(r.starts_at), wall(r.ends_at),
                           tuple(Need(n.kind, n.code, n.needed) for n in r.needs))
        day = shift.starts.date()
        ahead = (r.starts_at - now).days
        fill_rate = 0.93 if r.ends_at <= now else 0.85 if ahead < 7 else 0.6
        team: list = []
        for _ in range(r.headcount):
            for _attempt in range(2):
                if rng.random() > fill_rate:
                    break
                colleagues = [Colleague(v.volunteer_id, v.birth_date, capabilities(v, day, TRAINING_KINDS))
                              for v in team]
                filled = fill_needs(shift.needs, [c.capabilities for c in colleagues])
                wanted = {(n.kind, n.code) for n, f in zip(shift.needs, filled) if n.kind != "none" and f < n.headcount}
                clean, bent = [], []
                for v in active:
                    if v in team:
                        continue
                    warnings = check(v, shift, bookings=bookings.get(v.volunteer_id, ()), colleagues=colleagues,
                                     limits=limits, training_kinds=TRAINING_KINDS, training_labels=labels)
                    key = (-len(wanted & capabilities(v, day, TRAINING_KINDS)), given.get(v.volunteer_id, 0),
                           rng.random())
                    if not warnings:
                        clean.append((key, v, ()))
                    elif len(warnings) == 1 and warnings[0].code in ("unavailable", "training", "day_hours", "rest"):
                        bent.append((key, v, (warnings[0].code,)))
                if overrides < 5 and bent and (not clean or rng.random() < 0.02):
                    _, v, codes = min(bent, key=lambda item: item[0])
                    overrides += 1
                elif clean:
                    _, v, codes = min(clean, key=lambda item: item[0])
                else:
                    break
                path = _demo_path(rng, r.starts_at, r.ends_at, now)
                planned.append((r, v, path, codes, rng.choice(_OVERRIDE_REASONS) if codes else ""))
                if path[-1][0] == "declined":
                    continue  # the place is open again: maybe someone else takes it
                team.append(v)
                bookings.setdefault(v.volunteer_id, []).append(Booking(r.shift_id, shift.starts, shift.ends))
                given[v.volunteer_id] = given.get(v.volunteer_id, 0) + r.minutes
                break

    utc = dt.timezone.utc
    with gate.db.session(coordinator.username) as s:
        values = []
        for r, v, path, codes, reason in planned:
            checked_in = next((at for status, at, _ in path if status == "checked_in"), None)
            checked_out = next((at for status, at, _ in path if status == "completed"), None) if checked_in else None
            status = [p[0] for p in path if p[0] != "checked_in"][-1]
            manual = hours_note = None
            if status == "completed" and checked_in is None and rng.random() < 0.3:
                manual = max(60, r.minutes - rng.choice((60, 90, 120)))
                hours_note = "Ерте кетті, үйлестіруші растады / ушёл раньше, подтверждено координатором"
            values.append(dict(
                shift_id=r.shift_id, volunteer_id=v.volunteer_id, status=status, assigned_by=coordinator.username,
                checked_in_at=checked_in and checked_in.astimezone(utc),
                checked_out_at=checked_out and checked_out.astimezone(utc),
                minutes=credited_minutes(status=status, shift_minutes=r.minutes, checked_in=checked_in,
                                         checked_out=checked_out, manual=manual),
                manual_minutes=manual, hours_note=hours_note or "", override_codes=",".join(codes),
                override_reason=reason))
        ids = bulk_insert(s, Assignment, values)
        events = []
        for assignment_id, (r, v, path, codes, reason), row in zip(ids, planned, values):
            for status, at, actor in path:
                if status == "checked_in":
                    continue
                note = reason if status == "assigned" else _DECLINE_NOTES[at.minute % len(_DECLINE_NOTES)] \
                    if status == "declined" else ""
                events.append(dict(assignment_id=assignment_id, status=status, at=at.astimezone(utc), actor=actor,
                                   note=note))
            if codes:
                record_audit(s, "assignment.override", record_type="assignment", record_id=assignment_id,
                             rules=list(codes), reason=reason)
            if row["manual_minutes"] is not None:
                record_audit(s, "assignment.manual_hours", record_type="assignment", record_id=assignment_id,
                             old_minutes=r.minutes, new_minutes=row["minutes"])
        bulk_insert(s, AssignmentEvent, events)
        record_audit(s, "demo.volunteers", count=len(forms))
    return len(forms)


_DECLINE_NOTES = ("Ауырып қалды / заболел", "Жұмыста / на работе", "Отбасылық жағдай / семейные обстоятельства")


def _demo_path(rng: random.Random, starts: dt.datetime, ends: dt.datetime, now: dt.datetime) -> list:
    """An assignment's history as (status, when, who), as it would stand now:
    finished shifts mostly completed, today's checked in, coming ones assigned
    or confirmed; some declined, a few no-shows."""
    assigned = min(starts - dt.timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 8)),
                   now - dt.timedelta(hours=rng.randint(2, 40)))
    confirm = min(assigned + (starts - assigned) * rng.uniform(0.2, 0.8), now - dt.timedelta(minutes=30))
    path = [("assigned", assigned, "coordinator")]
    roll = rng.random()
    if starts > now:  # still to come
        if roll < 0.1:
            path.append(("declined", confirm, "coordinator"))
        elif roll < 0.55 and confirm > assigned:
            path.append(("confirmed", confirm, "coordinator"))
        return path
    if roll < 0.06:
        path.append(("declined", max(assigned, min(confirm, starts - dt.timedelta(hours=3))), "coordinator"))
        return path
    path.append(("confirmed", max(assigned, min(confirm, starts)), "coordinator"))
    if ends > now:  # on the shift right now
        path.append(("checked_in", min(now, starts + dt.timedelta(minutes=rng.randint(-10, 15))), "reception"))
        return path
    if roll < 0.13:
        path.append(("no_show", starts + dt.timedelta(hours=1), "reception"))
    elif roll < 0.15:
        pass  # nobody closed it yet
    elif roll < 0.25:
        path.append(("completed", min(now, ends + dt.timedelta(hours=rng.randint(1, 20))), "coordinator"))
    else:
        checked_in = starts + dt.timedelta(minutes=rng.randint(-10, 20))
        checked_out = min(now, max(checked_in + dt.timedelta(hours=1), ends + dt.timedelta(minutes=rng.randint(-40, 15))))
        path.append(("checked_in", checked_in, "reception"))
        path.append(("completed", checked_out, "reception"))
    return path


def make_demo(data_dir: Path, *, visitors: int, seed: int = 1, gate: BranchGate | None = None,
              identity: Identity | None = None, progress: Callable[[int], None] | None = None) -> DemoResult:
    """Demo data; a demo branch first if there is none. With ``identity`` (someone who
    logged in with their own password on a branch that exists), the visitors are
    registered in their name and nothing else is added: referrals and volunteers are
    made by the demo's own staff accounts, and trying their passwords on a real
    branch would count as failed log-ins against its staff."""
    gate = gate or BranchGate(data_dir)
    staff = identity is None or not gate.is_initialised()
    if staff:
        created, identity = ensure_demo_branch(gate)
    else:
        created = False
        require(identity.role, Action.REGISTER_VISITOR)
    added = add_demo_visitors(gate, identity, visitors, seed=seed, progress=progress) if visitors else 0
    volunteers = 0
    if staff:
        if visitors:
            add_demo_referrals(gate, min(60, max(9, visitors // 50)), seed=seed)
        volunteers = add_demo_volunteers(gate, seed=seed)
    return DemoResult(created, added, volunteers, staff)
