"""Fixed vocabularies: codes stored in the database, labels shown to people.

Labels are marked with QT_TRANSLATE_NOOP and translated when shown, so the
stored codes never depend on the interface language. Country names are data
in all three languages at once, because an imported register may use any of
them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

NEEDS = {
    "health": QT_TRANSLATE_NOOP("Vocab", "Health"),
    "legal": QT_TRANSLATE_NOOP("Vocab", "Legal aid"),
    "shelter": QT_TRANSLATE_NOOP("Vocab", "Shelter"),
    "documents": QT_TRANSLATE_NOOP("Vocab", "Documents"),
    "family_links": QT_TRANSLATE_NOOP("Vocab", "Family links"),
    "psychosocial": QT_TRANSLATE_NOOP("Vocab", "Psychosocial support"),
    "food_cash": QT_TRANSLATE_NOOP("Vocab", "Food or cash"),
    "employment": QT_TRANSLATE_NOOP("Vocab", "Employment"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other"),
}

SERVICES = {
    "information": QT_TRANSLATE_NOOP("Vocab", "Information and advice"),
    "food_parcel": QT_TRANSLATE_NOOP("Vocab", "Food parcel"),
    "hygiene_kit": QT_TRANSLATE_NOOP("Vocab", "Hygiene kit"),
    "cash": QT_TRANSLATE_NOOP("Vocab", "Cash assistance"),
    "first_aid": QT_TRANSLATE_NOOP("Vocab", "First aid"),
    "psychosocial_session": QT_TRANSLATE_NOOP("Vocab", "Psychosocial session"),
    "phone_call": QT_TRANSLATE_NOOP("Vocab", "Phone call to family"),
    "referral": QT_TRANSLATE_NOOP("Vocab", "Referral"),
    "interpretation": QT_TRANSLATE_NOOP("Vocab", "Interpretation"),
}

DOCUMENT_TYPES = {
    "passport": QT_TRANSLATE_NOOP("Vocab", "Passport"),
    "id_card": QT_TRANSLATE_NOOP("Vocab", "Identity card"),
    "residence_permit": QT_TRANSLATE_NOOP("Vocab", "Residence permit"),
    "migration_card": QT_TRANSLATE_NOOP("Vocab", "Migration card"),
    "work_permit": QT_TRANSLATE_NOOP("Vocab", "Work permit"),
    "birth_certificate": QT_TRANSLATE_NOOP("Vocab", "Birth certificate"),
    "refugee_certificate": QT_TRANSLATE_NOOP("Vocab", "Refugee certificate"),
    "tazkira": QT_TRANSLATE_NOOP("Vocab", "Tazkira"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other document"),
}

RELATIONS = {
    "spouse": QT_TRANSLATE_NOOP("Vocab", "Spouse"),
    "child": QT_TRANSLATE_NOOP("Vocab", "Child"),
    "parent": QT_TRANSLATE_NOOP("Vocab", "Parent"),
    "sibling": QT_TRANSLATE_NOOP("Vocab", "Brother or sister"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other relative"),
}

CONSENT_PURPOSES = {
    "registration": QT_TRANSLATE_NOOP("Vocab", "Keeping a record of the person"),
    "referral_sharing": QT_TRANSLATE_NOOP("Vocab", "Sharing details with services on referral"),
    "contact_phone": QT_TRANSLATE_NOOP("Vocab", "Contact by phone"),
    "hq_statistics": QT_TRANSLATE_NOOP("Vocab", "Anonymous statistics for headquarters"),
}

#: What the person is told before they agree, per purpose and version, as
#: (catalogue context, source text). A consent records the version it was
#: given under, so the person's page can show the very words they heard;
#: a changed wording is a new version, added last (the newest is asked
#: from then on), never an edit of an old one. Version 1 was the form's
#: check box alone, before these wordings existed.
CONSENT_WORDINGS: dict[str, dict[str, tuple[str, str]]] = {
    "registration": {
        "1": ("Vocab", CONSENT_PURPOSES["registration"]),
        "2": ("ConsentWording", QT_TRANSLATE_NOOP(
            "ConsentWording",
            "The Red Crescent keeps a record of you here so that we can help you when you come again: your name, "
            "date of birth, citizenship, contacts and documents, your visits and the help you received. It is kept "
            "encrypted and goes to no one outside the Red Crescent without your agreement. You may ask to see it, "
            "to correct it or to have it removed.")),
    },
    "referral_sharing": {
        "1": ("Vocab", CONSENT_PURPOSES["referral_sharing"]),
        "2": ("ConsentWording", QT_TRANSLATE_NOOP(
            "ConsentWording",
            "When we refer you to another service (a clinic, legal aid, a shelter and the like), the referral letter "
            "gives that service your name and only the other details you agree to, such as your date of birth, "
            "phone or document. The letter names the service you need, never a diagnosis. You may withdraw this "
            "consent at any time; letters already handed over cannot be taken back.")),
    },
    "contact_phone": {
        "1": ("Vocab", CONSENT_PURPOSES["contact_phone"]),
        "2": ("ConsentWording", QT_TRANSLATE_NOOP(
            "ConsentWording",
            "We may call you or send you a message on the phone number you gave us, about your case or your "
            "referral. Tell us if you would rather not be called.")),
    },
    "hq_statistics": {
        "1": ("Vocab", CONSENT_PURPOSES["hq_statistics"]),
        "2": ("ConsentWording", QT_TRANSLATE_NOOP(
            "ConsentWording",
            "Your visits are counted, without your name or contacts, in the figures the branch sends to Red "
            "Crescent headquarters. Nobody can tell from these figures who you are.")),
    },
}


def consent_version(purpose: str) -> str:
    """The version of the wording asked from now on (the newest)."""
    return next(reversed(CONSENT_WORDINGS[purpose]))


def consent_wording(purpose: str, version: str | None = None) -> str:
    """The words of ``version`` (the newest when None) in the interface
    language; "" for a version this program does not know (recorded by a
    newer one elsewhere)."""
    entry = CONSENT_WORDINGS.get(purpose, {}).get(version or consent_version(purpose))
    return QCoreApplication.translate(*entry) if entry else ""


MIGRATION_STATUSES = {
    "labour_migrant": QT_TRANSLATE_NOOP("Vocab", "Labour migrant"),
    "refugee": QT_TRANSLATE_NOOP("Vocab", "Refugee"),
    "asylum_seeker": QT_TRANSLATE_NOOP("Vocab", "Asylum seeker"),
    "stateless": QT_TRANSLATE_NOOP("Vocab", "Stateless"),
    "kandas": QT_TRANSLATE_NOOP("Vocab", "Returning ethnic Kazakh (kandas)"),
    "irregular": QT_TRANSLATE_NOOP("Vocab", "Without valid status"),
    "citizen": QT_TRANSLATE_NOOP("Vocab", "Citizen"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other"),
}

PROFICIENCY = {
    "native": QT_TRANSLATE_NOOP("Vocab", "Native"),
    "good": QT_TRANSLATE_NOOP("Vocab", "Good"),
    "basic": QT_TRANSLATE_NOOP("Vocab", "Basic"),
    "none": QT_TRANSLATE_NOOP("Vocab", "None"),
}

HEALTH_FLAGS = {
    "tb": QT_TRANSLATE_NOOP("Vocab", "Tuberculosis"),
    "hiv": QT_TRANSLATE_NOOP("Vocab", "HIV"),
    "chronic": QT_TRANSLATE_NOOP("Vocab", "Chronic illness"),
    "pregnancy": QT_TRANSLATE_NOOP("Vocab", "Pregnancy"),
    "disability": QT_TRANSLATE_NOOP("Vocab", "Disability"),
    "mental": QT_TRANSLATE_NOOP("Vocab", "Mental health"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other medical need"),
}

SEXES = {
    "F": QT_TRANSLATE_NOOP("Vocab", "Female"),
    "M": QT_TRANSLATE_NOOP("Vocab", "Male"),
}

# Languages by their own names (as a visitor would recognise them).
LANGUAGES = {
    "kk": "Қазақша", "ru": "Русский", "uz": "Oʻzbekcha", "tg": "Тоҷикӣ", "ky": "Кыргызча",
    "tk": "Türkmençe", "prs": "دری (Dari)", "ps": "پښتو (Pashto)", "en": "English",
    "ug": "Ұйғырша", "az": "Azərbaycanca", "tr": "Türkçe", "zh": "中文", "ar": "العربية",
}

# ISO 3166 alpha-2: (Kazakh, Russian, English).
COUNTRIES = {
    "KZ": ("Қазақстан", "Казахстан", "Kazakhstan"),
    "UZ": ("Өзбекстан", "Узбекистан", "Uzbekistan"),
    "TJ": ("Тәжікстан", "Таджикистан", "Tajikistan"),
    "KG": ("Қырғызстан", "Кыргызстан", "Kyrgyzstan"),
    "TM": ("Түрікменстан", "Туркменистан", "Turkmenistan"),
    "AF": ("Ауғанстан", "Афганистан", "Afghanistan"),
    "RU": ("Ресей", "Россия", "Russia"),
    "CN": ("Қытай", "Китай", "China"),
    "MN": ("Моңғолия", "Монголия", "Mongolia"),
    "AZ": ("Әзірбайжан", "Азербайджан", "Azerbaijan"),
    "AM": ("Армения", "Армения", "Armenia"),
    "GE": ("Грузия", "Грузия", "Georgia"),
    "UA": ("Украина", "Украина", "Ukraine"),
    "BY": ("Беларусь", "Беларусь", "Belarus"),
    "MD": ("Молдова", "Молдова", "Moldova"),
    "TR": ("Түркия", "Турция", "Turkey"),
    "IR": ("Иран", "Иран", "Iran"),
    "PK": ("Пәкістан", "Пакистан", "Pakistan"),
    "IN": ("Үндістан", "Индия", "India"),
    "BD": ("Бангладеш", "Бангладеш", "Bangladesh"),
    "SY": ("Сирия", "Сирия", "Syria"),
    "IQ": ("Ирак", "Ирак", "Iraq"),
    "YE": ("Йемен", "Йемен", "Yemen"),
    "DE": ("Германия", "Германия", "Germany"),
    "US": ("АҚШ", "США", "United States"),
    "XX": ("Азаматтығы жоқ", "Без гражданства", "Stateless"),
}

ALIASES = {
    # Spellings a register may hold beside the official short names.
    "Kyrgyzstan": ("Kirghizia", "Kyrgyz Republic", "Киргизия", "Кыргызская Республика", "Кыргызстан"),
    "Russia": ("Russian Federation", "Российская Федерация", "Ресей Федерациясы", "РФ"),
    "Uzbekistan": ("Ozbekiston", "Oʻzbekiston", "Узбекистон"),
    "Tajikistan": ("Тоҷикистон", "Tojikiston"),
    "United States": ("USA", "United States of America"),
}


def label(table: dict[str, str], code: str) -> str:
    """The translated label of a code, or the code itself when unknown."""
    text = table.get(code)
    return QCoreApplication.translate("Vocab", text) if text else code


def country_name(code: str, language: str) -> str:
    names = COUNTRIES.get(code.upper())
    if not names:
        return code
    return names[{"kk": 0, "ru": 1}.get(language, 2)]


def _country_lookup() -> dict[str, str]:
    from .names import fold_name

    lookup: dict[str, str] = {}
    for code, names in COUNTRIES.items():
        lookup[code.casefold()] = code
        for name in names:
            lookup[fold_name(name)] = code
        for alias in ALIASES.get(names[2], ()):
            lookup[fold_name(alias)] = code
    return lookup


_LOOKUP: dict[str, str] | None = None


def country_code(text: str) -> str | None:
    """ISO alpha-2 from a code or a country name in Kazakh, Russian or English."""
    global _LOOKUP
    value = text.strip()
    if not value:
        return None
    if len(value) == 2 and value.upper() in COUNTRIES:
        return value.upper()
    if _LOOKUP is None:
        _LOOKUP = _country_lookup()
    from .names import fold_name

    return _LOOKUP.get(fold_name(value))
