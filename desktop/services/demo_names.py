"""Realistic demo visitors, and the same visitor as another register wrote them.

A branch in Kazakhstan sees mostly labour migrants from Uzbekistan and
Tajikistan, then Kyrgyz, Kazakh returnees (kandas, formerly oralmans),
Russians and a few Afghan refugees. Demo data has to look like that, because
the search and duplicate check (services.names) are only tested honestly on the
spellings they will meet: Russian-style Cyrillic typed by a clerk, the native
Cyrillic of a Kazakh or Tajik document (Қайрат, Ҷамшед), the Latin line of a
passport, Uzbek Latin (O‘ktam G‘ulomov), Arabic script from an Afghan tazkira.

Every name is stored once in its native spelling and rendered on demand in the
spelling systems its people meet. Everything is drawn from a ``random.Random``
passed in, so a seed gives the same branch every time; the reference date is
fixed for the same reason.

No Qt, no database: services.demo turns these into visitors.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field, replace
from itertools import accumulate

__all__ = ["ORIGINS", "REFERENCE_DATE", "SYSTEMS", "DemoPerson", "make_person", "origin_weights", "spelling_variant",
           "written_as"]

ORIGINS = ("uzbek", "tajik", "kyrgyz", "kazakh", "russian", "afghan")
# Share of each origin among visitors of a branch in Almaty or Shymkent: labour
# migration from Uzbekistan and Tajikistan dominates, Kyrgyz come next,
# returning ethnic Kazakhs and Russian citizens fewer, Afghans a small group.
_ORIGIN_WEIGHTS = (0.36, 0.26, 0.14, 0.10, 0.08, 0.06)
_ORIGIN_CUM = tuple(accumulate(_ORIGIN_WEIGHTS))

# Ages are counted from a fixed day, not from today, so a seed always gives the
# same people.
REFERENCE_DATE = dt.date(2026, 1, 1)


def origin_weights() -> dict[str, float]:
    """How often each origin appears among demo visitors (sums to 1)."""
    return dict(zip(ORIGINS, _ORIGIN_WEIGHTS))


@dataclass(frozen=True, slots=True)
class DemoPerson:
    """One demo visitor as one register wrote them."""

    family_name: str
    given_name: str
    patronymic: str  # '' where the culture or the register has none
    latin_name: str  # passport spelling "FAMILY GIVEN", '' if no passport was seen
    sex: str  # 'F' or 'M'
    birth_date: dt.date | None
    birth_year: int | None  # always set; alone when only an estimated year is known
    citizenship: str  # ISO 3166 alpha-2
    script: str  # ISO 15924 of the name fields: 'Cyrl', 'Latn' or 'Arab'
    origin: str = ""  # which name pool of ORIGINS the names come from
    # Which pool entries and spelling system the names came from, so that
    # spelling_variant can write the same names in another system. Empty for a
    # person built by hand.
    name_ref: tuple = field(default=(), repr=False, compare=False)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.given_name, self.patronymic) if p)


# --- Name pools ---------------------------------------------------------------
# Native spelling first; "native=Russian" where Russian-style registers write a
# name otherwise than a letter-for-letter replacement would (soft signs mostly).
_POOLS = {
    "kazakh": {
        "M": """Қайрат Ғалым Нұрлан Ерлан Асхат Бауыржан Дәурен Ержан Жандос Серік Мұрат
            Талғат Айдос Арман Әлібек Бекзат Дархан Қанат Нұрсұлтан Ербол Олжас Ілияс=Ильяс
            Жасұлан Мақсат Рүстем Санжар Темірлан Әділет Айбек Ғабит Жанболат Ақжол
            Мейірхан Бақытжан Елдос Әсет""",
        "F": """Айгүл=Айгуль Әсел=Асель Гүлнар=Гульнар Динара Жанар Айгерім Мадина Назерке
            Ақмарал Айжан Салтанат Гүлмира=Гульмира Жансая Сәуле Балжан Дана Ботагөз
            Мөлдір=Мольдир Ақерке Индира Камила Томирис Аружан Гүлнұр=Гульнур
            Ләззат=Ляззат Меруерт Перизат Әлия Шынар Зарина Ақбота""",
        "family": """Серікбаев Нұрланов Қасымов Ахметов Омаров Жұмабаев Сейітов Әбенов
            Бекмұратов Тоқтаров Мұхамеджанов Жақсылықов Ермеков Оспанов Сәрсенбаев
            Қуанышев Төлеуов Әбдірахманов Қалиев Ибраев Исаев Смағұлов Байжанов Есенов
            Мұқанов Шәріпов Иманғалиев Кенжебаев Нұрмағамбетов Тұрсынов Дүйсенов Әлімов
            Жұмағұлов Бейсенов Сұлтанов Қайыржанов""",
    },
    "uzbek": {  # Uzbek Cyrillic, which Uzbek Latin and Russian spellings follow
        "M": """Рустам Алишер Жамшид Шерзод Ботир Улуғбек Аҳмаджон Бахтиёр Дилшод Фаррух
            Хуршид Отабек Собир Тоҳир Шоҳрух Азизбек Жасур Достон Нодир Санжар Элёр
            Ғайрат Ўктам Иброҳим Муҳаммадали Абдулла Баҳодир Шуҳрат Ёқуб=Якуб Зафар
            Илҳом Мансур Ойбек Равшан Тўлқин Ҳусан Комил Анвар Ислом Жаҳонгир Музаффар
            Одил Сардор Ильёс""",
        "F": """Дилноза Гулноза Нигора Малика Шаҳноза Мафтуна Зарина Феруза Нилуфар
            Гулчеҳра Дилфуза Мунира Сарвиноз Нодира Ўғилой Моҳира Зулфия Гулбаҳор
            Дилдора Камола Лола Ситора Юлдуз Хуршида Шоира Насиба Мадина Севара Ирода
            Саодат Муқаддас Ҳилола Барно Гулнора Умида""",
        "family": """Абдуллаев Каримов Юсупов Раҳимов Тошматов Алиев Мирзаев Холматов
            Эргашев Турсунов Усмонов Норматов Исмоилов Жўраев Қодиров Саидов Ҳамидов
            Султонов Раҳмонов Азимов Шарипов Абдураҳмонов Хўжаев Бобоев Ғуломов
            Тўхтасинов Қурбонов Эшматов Маҳмудов Файзуллаев Ҳасанов Йўлдошев
            Нуриддинов Назаров Умаров Расулов""",
    },
    "tajik": {
        "M": """Ҷамшед Фирдавс Далер Сомон Рустам Умед Фаридун Манучеҳр Комрон Шоҳрух
            Бахтовар Зафар Исмоил Сафар Абдулло Қурбон Шерали Нозим Ҳусейн Аслиддин
            Илҳом Меҳроҷ Мирзо Ҳасан Носир Парвиз Раҳим Саидҷон Сиёвуш Толиб Хуршед
            Шаҳром Юсуф Бобоҷон Нуриддин Дилшод Акбар Наврӯз""",
        "F": """Нигина Мадина Зарина Шаҳло Дилором Гулнора Мавзуна Фарангис Парвина Манижа
            Ситора Малика Нилуфар Таҳмина Шабнам Гулрухсор Меҳрангез Моҳира Зебо
            Дилноза Рухшона Фотима Сурайё Ҳабиба Наргис Озода Гулчеҳра Садбарг Шоира
            Меҳринисо Гулрӯ""",
        "family": """Раҳимов Саидов Каримов Абдуллоев Назаров Шарипов Ҳасанов Мирзоев
            Давлатов Қурбонов Сафаров Раҳмонов Ҷумаев Исмоилов Олимов Нуров Табаров
            Салимов Маҳмадов Файзуллоев Раҷабов Ҷалолов Холов Бобоев Одинаев Зоиров
            Раҳимзода Шарифзода Давлатзода Қурбонзода Назарзода Ҳакимзода Раҳмонзода
            Абдуллозода Тӯраев Рӯзиев Шарифӣ Сафарӣ""",
    },
    "kyrgyz": {
        "M": """Бакыт Азамат Нурбек Эрлан Кубанычбек Мирлан Адилет Жыргалбек Талант Улан
            Бектур Айбек Тилек Эрмек Жоомарт Канат Чыңгыз=Чингиз Максат Нурлан Марат
            Алмаз Эмил=Эмиль Данияр Тимур Бекболот Өмүрбек Жеңишбек Самат Мелис Эркин
            Асан Үсөн""",
        "F": """Айгүл=Айгуль Мээрим Айпери Назгүл=Назгуль Бермет Гүлзат=Гульзат Жылдыз
            Айзада Чолпон Асел=Асель Нуриза Айсулуу Бурул Элнура Каныкей Жибек Толгонай
            Айнура Гүлнара=Гульнара Мира Динара Асема Нургүл=Нургуль Бактыгүл=Бактыгуль
            Элмира=Эльмира Айдана Сезим Аида""",
        "family": """Асанов Жумабеков Токтогулов Мамытов Абдыкадыров Осмонов Сыдыков
            Турдубаев Калыков Жусупов Эсенбаев Кадыров Бейшеналиев Сатыбалдиев Мамбетов
            Ташиев Орозбаев Жапаров Дүйшөнбаев Өмүралиев Акматов Байзаков Үсөнов Бакиров
            Исаков Шаршеев Кубатбеков Алымбеков Токтосунов Эргешов Абдрахманов Мамыров""",
    },
    "russian": {
        "M": """Александр Сергей Андрей Дмитрий Алексей Николай Владимир Иван Евгений
            Михаил Павел Виктор Юрий Артём Максим Денис Олег Игорь Роман Фёдор Пётр
            Вячеслав Константин Геннадий Степан Илья Никита Антон Василий""",
        "F": """Елена Ольга Татьяна Наталья Ирина Светлана Анна Мария Юлия Екатерина
            Людмила Галина Алёна Ксения Дарья Валентина Оксана Евгения Анастасия Любовь
            Надежда Вера Полина Софья Кристина""",
        "family": """Иванов Петров Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков
            Морозов Волков Алексеев Андреев Сергеев Фёдоров Павлов Семёнов Григорьев
            Степанов Николаев Орлов Зайцев Соловьёв Васильев Яковлев Егоров Белов
            Тарасов Жуков Ковальский Шевченко Ким""",
    },
}

# Afghan names: Arabic script (Dari/Pashto) | Latin spellings, most usual first |
# Russian Cyrillic. Latin spellings follow UNHCR and English-language papers.
_AFGHAN = {
    "M": """محمد|Mohammad/Muhammad/Mohammed|Мохаммад; احمد|Ahmad/Ahmed|Ахмад; علی|Ali|Али;
        حسن|Hassan/Hasan|Хасан; حسین|Hussain/Husain/Hussein|Хусейн; کریم|Karim/Kareem|Карим;
        رحیم|Rahim/Raheem|Рахим; نذیر|Nazir/Nazeer|Назир; فرید|Farid/Fareed|Фарид;
        حمید|Hamid|Хамид; جواد|Jawad/Javad|Джавад; محمود|Mahmud/Mahmood|Махмуд;
        یوسف|Yusuf/Yousuf|Юсуф; امید|Omid|Омид; بشیر|Bashir/Basheer|Башир;
        نجیب‌الله|Najibullah/Najibulla|Наджибулла; رحمت‌الله|Rahmatullah|Рахматулла;
        عبدالله|Abdullah/Abdulla|Абдулла; جاوید|Javid/Jawid|Джавид; شفیق|Shafiq/Shafik|Шафик;
        احسان|Ehsan|Эхсан; رضا|Reza|Реза; ذبیح‌الله|Zabihullah|Забихулла; سید|Sayed|Сайед;
        مسعود|Masoud/Masood/Masud|Масуд; وحید|Wahid/Vahid|Вахид""",
    "F": """زهرا|Zahra/Zohra|Захра; فاطمه|Fatima/Fatema|Фатима; مریم|Maryam/Mariam|Марьям;
        سکینه|Sakina/Sakineh|Сакина; معصومه|Masooma/Masuma|Масума; نرگس|Nargis/Narges|Наргис;
        پروانه|Parwana/Parvana|Парвана; شبنم|Shabnam|Шабнам; فرشته|Freshta/Fereshta|Фрешта;
        مرضیه|Marzia/Marziya|Марзия; لیلا|Laila/Layla|Лайла; گلالی|Gulalai|Гулалай;
        مینا|Mina/Meena|Мина; خدیجه|Khadija/Khadijah|Хадиджа; زینب|Zainab/Zaynab|Зайнаб;
        حمیده|Hamida/Hameeda|Хамида; نازیه|Nazia/Naziya|Назия; رحیمه|Rahima|Рахима;
        فریده|Farida/Fareeda|Фарида; شکریه|Shukria/Shukriya|Шукрия""",
    "family": """احمدی|Ahmadi|Ахмади; رحیمی|Rahimi|Рахими; کریمی|Karimi|Карими;
        محمدی|Mohammadi/Muhammadi|Мохаммади; حسینی|Hussaini/Husaini|Хусайни;
        هاشمی|Hashimi/Hashemi|Хашими; نظری|Nazari|Назари; سلطانی|Sultani/Soltani|Султани;
        امیری|Amiri|Амири; عزیزی|Azizi|Азизи; حیدری|Haidari/Haideri|Хайдари; نوری|Noori/Nuri|Нури;
        سادات|Sadat|Садат; پوپل|Popal|Попал; احمدزی|Ahmadzai|Ахмадзай;
        ستانکزی|Stanikzai/Stanekzai|Станикзай; وردک|Wardak|Вардак; صافی|Safi|Сафи;
        جلالی|Jalali|Джалали; حبیبی|Habibi|Хабиби; رسولی|Rasuli/Rasooli|Расули;
        قادری|Qaderi/Qadiri|Кадери; حکیمی|Hakimi|Хакими; صمدی|Samadi|Самади;
        یوسفزی|Yusufzai/Yousafzai|Юсуфзай""",
}

# --- Spelling systems -----------------------------------------------------------
# Each name is rendered in these; a register uses one of them.
_RU, _NATIVE, _PASSPORT, _LATIN, _ARAB = range(5)
# The same five by name, for callers outside this module.
SYSTEMS = ("russian", "native", "passport", "latin", "arabic")
_SCRIPT = ("Cyrl", "Cyrl", "Latn", "Latn", "Arab")
# Which system a first registration uses, by origin (weights over the five above).
# Clerks in Kazakhstan mostly type Russian-style Cyrillic; Kazakh documents are
# in Kazakh Cyrillic; Uzbeks present Uzbek Latin papers; Afghans bring Latin
# UNHCR papers or a tazkira in Arabic script.
_FIRST_SYSTEM = {
    "uzbek": (0.55, 0.05, 0.15, 0.25, 0.0),
    "tajik": (0.60, 0.25, 0.15, 0.0, 0.0),
    "kyrgyz": (0.60, 0.25, 0.15, 0.0, 0.0),
    "kazakh": (0.40, 0.50, 0.10, 0.0, 0.0),
    "russian": (0.90, 0.0, 0.10, 0.0, 0.0),
    "afghan": (0.25, 0.0, 0.0, 0.40, 0.35),
}
# Which systems another register may use for the same person.
_OTHER_SYSTEMS = {
    "uzbek": (0.40, 0.10, 0.20, 0.30, 0.0),
    "tajik": (0.45, 0.25, 0.20, 0.10, 0.0),
    "kyrgyz": (0.45, 0.25, 0.20, 0.10, 0.0),
    "kazakh": (0.40, 0.30, 0.20, 0.10, 0.0),
    "russian": (0.60, 0.0, 0.25, 0.15, 0.0),
    "afghan": (0.30, 0.0, 0.20, 0.25, 0.25),
}

# Native Cyrillic letters as Russian-style registers write them.
_TO_RUSSIAN = {
    "kazakh": str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ"),
    "kyrgyz": str.maketrans("ңөүҢӨҮ", "ноуНОУ"),
    "tajik": str.maketrans({"ғ": "г", "қ": "к", "ҳ": "х", "ӣ": "и", "ӯ": "у", "ҷ": "дж",
                            "Ғ": "Г", "Қ": "К", "Ҳ": "Х", "Ӣ": "И", "Ӯ": "У", "Ҷ": "Дж"}),
    "uzbek": str.maketrans("ўқғҳЎҚҒҲ", "укгхУКГХ"),
    "russian": {},
}

_ICAO = {  # ICAO 9303 (2013) for Russian and Kazakh passports
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}
# Older Russian-passport and everyday Latin: y for й, ye/yo/yu/ya.
_EVERYDAY = {**_ICAO, "й": "y", "ё": "yo", "ъ": "", "ю": "yu", "я": "ya"}
_KYRGYZ_PASSPORT = {**_EVERYDAY, "ж": "j"}
_TAJIK_LATIN = {**_EVERYDAY, "ғ": "gh", "қ": "q", "ҳ": "h", "ӣ": "i", "ӯ": "u", "ҷ": "j"}
_UZBEK_LATIN = {  # the Uzbek Latin alphabet of 1995
    **_EVERYDAY, "ж": "j", "х": "x", "ц": "s", "ъ": "ʼ", "ў": "oʻ", "қ": "q", "ғ": "gʻ", "ҳ": "h",
}
_LATIN_SYSTEMS = {  # origin: (passport, everyday Latin)
    "kazakh": (_ICAO, _EVERYDAY),
    "russian": (_ICAO, _EVERYDAY),
    "kyrgyz": (_KYRGYZ_PASSPORT, _EVERYDAY),
    "tajik": (_TAJIK_LATIN, _TAJIK_LATIN),
    "uzbek": (_UZBEK_LATIN, _UZBEK_LATIN),
}
_CYRILLIC_VOWELS = set("аеёиоуыэюяәөұүіӣӯўАЕЁИОУЫЭЮЯӘӨҰҮІӢӮЎъьЪЬ")


def _transliterate(text: str, table: dict[str, str], *, ye: bool) -> str:
    """``text`` in Latin letters by ``table``; ``ye``: е after a vowel or at a word start is "ye"."""
    out = []
    prev = " "
    for ch in text:
        low = ch.lower()
        if ye and low == "е" and (prev in " -" or prev in _CYRILLIC_VOWELS):
            piece = "ye"
        else:
            piece = table.get(low, low)
        if ch != low:
            piece = piece[:1].upper() + piece[1:]
        out.append(piece)
        prev = ch
    return "".join(out)


def _passport(latin: str) -> str:
    # Passport lines are upper case; Uzbek passports keep the o‘ and g‘ marks as ASCII '.
    return latin.replace("ʻ", "'").replace("ʼ", "").upper()


def _render(native: str, russian: str, origin: str) -> tuple:
    """The five spellings of one name word (None where the system does not apply)."""
    passport_table, latin_table = _LATIN_SYSTEMS[origin]
    passport = _transliterate(native, passport_table, ye=passport_table is not _ICAO)
    latin = _transliterate(native, latin_table, ye=True)
    return (russian, native, _passport(passport), (latin,), None)


def _split(entry: str) -> tuple[str, str | None]:
    native, _, russian = entry.partition("=")
    return native, russian or None


# --- Gendered forms -------------------------------------------------------------
def _female_surname(name: str) -> str:
    if name.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return name + "а"
    if name.endswith("ский"):
        return name[:-2] + "ая"
    return name  # -зода, -ко, Ким: the same for both sexes


_PATRONYMIC_STEMS = {  # Russian names whose patronymic is not regular
    "Михаил": "Михайлов", "Павел": "Павлов", "Пётр": "Петров", "Дмитрий": "Дмитриев",
}
_PATRONYMIC_WHOLE = {"Илья": ("Ильич", "Ильинична"), "Никита": ("Никитич", "Никитична")}


def _russian_patronymic(father: str, sex: str) -> str:
    """-ович/-овна as Russian grammar builds it, which registers apply to every name."""
    if father in _PATRONYMIC_WHOLE:
        return _PATRONYMIC_WHOLE[father][sex == "F"]
    if father in _PATRONYMIC_STEMS:
        stem = _PATRONYMIC_STEMS[father]
    elif father.endswith("ий"):
        stem = father[:-2] + "ьев"  # Василий → Васильевич
    elif father.endswith(("й", "ь")):
        stem = father[:-1] + "ев"  # Сергей → Сергеевич, Игорь → Игоревич
    elif father[-1] in "аеиоуэюяӣ":
        stem = father + "ев"  # Абдулло → Абдуллоевич, Али → Алиевич
    else:
        stem = father + "ов"
    return stem + ("на" if sex == "F" else "ич")


# Patronymic styles: 0 none, 1 Russian -ович, 2 Kazakh one-word -ұлы/-қызы,
# 3 Uzbek separate ўғли/қизи, 4 Kyrgyz separate уулу/кызы.
_STYLE_WEIGHTS = {
    "kazakh": (0.0, 0.5, 0.5, 0.0, 0.0),
    "uzbek": (0.0, 0.7, 0.0, 0.3, 0.0),
    "tajik": (0.1, 0.9, 0.0, 0.0, 0.0),
    "kyrgyz": (0.0, 0.8, 0.0, 0.0, 0.2),
    "russian": (0.0, 1.0, 0.0, 0.0, 0.0),
    "afghan": (1.0, 0.0, 0.0, 0.0, 0.0),
}


def _patronymic(father_native: str, father_russian: str, style: int, sex: str) -> tuple[str, str]:
    """(native, Russian-register) spelling of a patronymic from the father's name."""
    female = sex == "F"
    if style == 1:
        return _russian_patronymic(father_native, sex), _russian_patronymic(father_russian, sex)
    if style == 2:
        suffix = ("қызы", "кызы") if female else ("ұлы", "улы")
        return father_native + suffix[0], father_russian + suffix[1]
    if style == 3:
        suffix = (" қизи", " кизи") if female else (" ўғли", " угли")
    else:
        suffix = (" кызы", " кызы") if female else (" уулу", " уулу")
    return father_native + suffix[0], father_russian + suffix[1]


# --- Precomputed tables ---------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Pool:
    given: dict  # sex -> list of renderings
    family: dict  # sex -> list of renderings ([] for none)
    patronymic: dict  # (style, sex) -> list of renderings, indexed by father
    first_cum: tuple
    other_cum: tuple
    style_cum: tuple


def _build_pool(origin: str) -> _Pool:
    given: dict[str, list] = {}
    family: dict[str, list] = {"M": [], "F": []}
    patronymic: dict[tuple[int, str], list] = {}
    if origin == "afghan":
        for key, text in _AFGHAN.items():
            entries = []
            for item in text.split(";"):
                arabic, latin, russian = (part.strip() for part in item.split("|"))
                spellings = tuple(latin.split("/"))
                entries.append((russian, arabic, spellings[0].upper(), spellings, arabic))
            if key == "family":
                family = {"M": entries, "F": entries}
            else:
                given[key] = entries
    else:
        pool = _POOLS[origin]
        to_russian = _TO_RUSSIAN[origin]
        names = {key: [_split(e) for e in pool[key].split()] for key in ("M", "F", "family")}
        for sex in "MF":
            given[sex] = [_render(n, r or n.translate(to_russian), origin) for n, r in names[sex]]
            family[sex] = [_render(_female_surname(n) if sex == "F" else n,
                                   (_female_surname(r or n.translate(to_russian)) if sex == "F"
                                    else r or n.translate(to_russian)), origin)
                           for n, r in names["family"]]
        for style in range(1, 5):
            for sex in "MF":
                rows = []
                for n, r in names["M"]:
                    native, russian = _patronymic(n, r or n.translate(to_russian), style, sex)
                    rows.append(_render(native, russian, origin))
                patronymic[style, sex] = rows
    return _Pool(given, family, patronymic,
                 tuple(accumulate(_FIRST_SYSTEM[origin])), tuple(accumulate(_OTHER_SYSTEMS[origin])),
                 tuple(accumulate(_STYLE_WEIGHTS[origin])))


_TABLES = {origin: _build_pool(origin) for origin in ORIGINS}

_CITIZENSHIP = {  # origin: (countries, cumulative weights)
    "uzbek": (("UZ", "KZ", "KG", "TJ"), (0.90, 0.95, 0.98, 1.0)),
    "tajik": (("TJ", "UZ", "RU"), (0.93, 0.98, 1.0)),
    "kyrgyz": (("KG", "KZ", "RU"), (0.95, 0.98, 1.0)),
    # kandas from Uzbekistan and Russia often hold their old passport for years
    "kazakh": (("KZ", "UZ", "RU", "TJ"), (0.60, 0.85, 0.95, 1.0)),
    "russian": (("RU", "KZ"), (0.70, 1.0)),
    "afghan": (("AF", "TJ", "UZ"), (0.95, 0.98, 1.0)),
}
# Labour migration from Uzbekistan, Tajikistan and Kyrgyzstan is mostly men;
# families (returnees, Russians, refugees) are closer to even.
_MALE_SHARE = {"uzbek": 0.68, "tajik": 0.72, "kyrgyz": 0.6, "kazakh": 0.5, "russian": 0.5, "afghan": 0.55}
# Share known only by an estimated year: Afghan tazkiras often give a year alone.
_YEAR_ONLY = {"uzbek": 0.07, "tajik": 0.10, "kyrgyz": 0.07, "kazakh": 0.07, "russian": 0.05, "afghan": 0.35}


def _pick(rng: random.Random, cum: tuple) -> int:
    x = rng.random() * cum[-1]
    for i, c in enumerate(cum):
        if x < c:
            return i
    return len(cum) - 1


def _spell(entry: tuple | None, system: int, alt: int) -> str:
    if entry is None:
        return ""
    if system == _LATIN:
        spellings = entry[_LATIN]
        return spellings[alt % len(spellings)]
    return entry[system]


def _names(ref: tuple, sex: str) -> tuple[str, str, str, str]:
    """family, given, patronymic and passport line for a name_ref."""
    origin, system, gi, fi, fa, style, alt = ref
    pool = _TABLES[origin]
    given = pool.given[sex][gi]
    family = pool.family[sex][fi] if fi >= 0 else None
    patronymic = pool.patronymic[style, sex][fa] if style else None
    passport = " ".join(p for p in (_spell(family, _PASSPORT, 0), _spell(given, _PASSPORT, 0)) if p)
    return _spell(family, system, alt), _spell(given, system, alt), _spell(patronymic, system, alt), passport


def make_person(rng: random.Random, origin: str | None = None, *,
                today: dt.date = REFERENCE_DATE) -> DemoPerson:
    """A plausible visitor of ``origin`` (drawn by origin_weights when None)."""
    if origin is None:
        origin = ORIGINS[_pick(rng, _ORIGIN_CUM)]
    pool = _TABLES[origin]
    u = rng.random()
    if u < 0.10:  # children come with their families
        age, male = rng.randrange(0, 18), rng.random() < 0.5
    elif u < 0.94:  # working age, most in their twenties and thirties
        age, male = int(rng.triangular(18, 56, 27)), rng.random() < _MALE_SHARE[origin]
    else:
        age, male = rng.randrange(56, 81), rng.random() < 0.45
    sex = "M" if male else "F"
    system = _pick(rng, pool.first_cum)
    gi = rng.randrange(len(pool.given[sex]))
    # Afghans often go by a single name; nobody else in these pools does.
    fi = -1 if origin == "afghan" and rng.random() < 0.25 else rng.randrange(len(pool.family[sex]))
    style = _pick(rng, pool.style_cum)
    fa = rng.randrange(len(pool.given["M"])) if style else -1
    ref = (origin, system, gi, fi, fa, style, rng.randrange(4))
    family, given, patronymic, passport = _names(ref, sex)
    if system not in (_PASSPORT, _LATIN) and rng.random() < 0.3:
        passport = ""  # the passport was not seen or not copied
    if rng.random() < _YEAR_ONLY[origin]:
        birth_date, birth_year = None, today.year - age - rng.randrange(2)
    else:
        birth_date = today - dt.timedelta(days=age * 365 + rng.randrange(365))
        birth_year = birth_date.year
    countries, cum = _CITIZENSHIP[origin]
    return DemoPerson(family, given, patronymic, passport, sex, birth_date, birth_year,
                      countries[_pick(rng, cum)], _SCRIPT[system], origin, ref)


# --- Variants ---------------------------------------------------------------------
# How clerks and other registers re-spell a Latin name: every pair here is one
# a real register produces (Abdullaev/Abdullayev, Khurshid/Xurshid/Hurshid,
# Yusupov/Iusupov/Jusupov, O‘ktam/O'ktam/Oktam, Nazir/Nazeer).
_RESPELLINGS = (
    (re.compile(r"ayev"), ("aev",)),
    (re.compile(r"(?<=[aeiou])ev"), ("yev",)),
    (re.compile(r"kh"), ("h", "x")),
    (re.compile(r"x"), ("kh", "h")),
    (re.compile(r"zh"), ("j",)),
    (re.compile(r"j"), ("zh", "dzh")),
    (re.compile(r"yu"), ("iu", "iu", "ju")),
    (re.compile(r"ya"), ("ia",)),
    (re.compile(r"iy\b"), ("i", "y", "ii")),
    (re.compile(r"y(?!o)"), ("i",)),
    (re.compile(r"q"), ("k",)),
    (re.compile(r"gh"), ("g",)),
    (re.compile(r"(.)\1"), (r"\1",)),
    (re.compile(r"[ʻ']"), ("'", "`", "‘", "’", "")),
)
_AFGHAN_RESPELLINGS = (
    (re.compile(r"(?<=[^aeiou])u(?=[^aeiou])"), ("ou", "oo")),
    (re.compile(r"(?<=[^aeiou])i(?=[^aeiou])"), ("ee",)),
    (re.compile(r"w"), ("v",)),
)


def _respell(text: str, rng: random.Random, rules: tuple) -> str:
    upper = text.isupper()
    s = text.lower()
    for pattern, choices in rules:
        if rng.random() < 0.35 and pattern.search(s):
            s = pattern.sub(rng.choice(choices), s)
    if upper:
        return s.upper()
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def spelling_variant(person: DemoPerson, rng: random.Random) -> DemoPerson:
    """The same person as another register would have written them.

    Another script or transliteration, a re-spelled Latin form, a dropped
    patronymic, family and given name swapped, or everything in capitals; birth
    date, sex and citizenship stay.
    """
    family, given, patronymic = person.family_name, person.given_name, person.patronymic
    script = person.script
    ref = person.name_ref
    if ref:
        pool = _TABLES[person.origin]
        system = ref[1]
        for _ in range(4):  # prefer a system other than the one already used
            system = _pick(rng, pool.other_cum)
            if system != ref[1]:
                break
        ref = (ref[0], system, *ref[2:6], rng.randrange(4))
        family, given, patronymic, _passport_line = _names(ref, person.sex)
        script = _SCRIPT[system]
        if system in (_PASSPORT, _LATIN) and rng.random() < 0.5:
            rules = _RESPELLINGS + (_AFGHAN_RESPELLINGS if person.origin == "afghan" else ())
            family, given, patronymic = (_respell(p, rng, rules) if p else p
                                         for p in (family, given, patronymic))
        elif system == _RU and rng.random() < 0.5:
            # Russian registers mostly write е for ё.
            family, given, patronymic = (p.replace("ё", "е").replace("Ё", "Е")
                                         for p in (family, given, patronymic))
    if patronymic and rng.random() < 0.35:
        patronymic = ""
    if family and rng.random() < 0.15:  # given name typed into the family-name box
        family, given = given, family
    if rng.random() < 0.25:
        family, given, patronymic = family.upper(), given.upper(), patronymic.upper()
    latin_name = person.latin_name if rng.random() < 0.7 else ""
    return replace(person, family_name=family, given_name=given, patronymic=patronymic,
                   latin_name=latin_name, script=script, name_ref=ref)


def written_as(person: DemoPerson, system: str, *, alt: int = 0) -> DemoPerson:
    """The same person with the names written in one spelling ``system`` of
    SYSTEMS: Russian-style Cyrillic, the Cyrillic of their own language (for
    Afghans the Arabic script), their passport's Latin line, everyday Latin
    (``alt`` picks among its usual spellings), or Arabic script (Afghans
    only). Birth date, sex and citizenship stay."""
    if not person.name_ref:
        raise ValueError("a person built by hand has no other spellings")
    number = SYSTEMS.index(system)
    if number == _ARAB:
        if person.origin != "afghan":
            raise ValueError("only Afghan names have an Arabic-script spelling here")
        number = _NATIVE
    ref = (person.name_ref[0], number, *person.name_ref[2:6], alt)
    family, given, patronymic, _passport_line = _names(ref, person.sex)
    return replace(person, family_name=family, given_name=given, patronymic=patronymic,
                   script=_SCRIPT[number] if person.origin != "afghan" or number != _NATIVE else "Arab",
                   name_ref=ref)
