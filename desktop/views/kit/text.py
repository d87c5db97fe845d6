"""How visitors' data reads on screen: dates, countries, field and record names.

Codes stay codes in the database; these functions give their labels in the
interface language at the moment they are called, so a view calls them again
on ``LanguageChange``.
"""
from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, QLocale, Qt

from desktop.i18n import fill
from desktop.services import vocab


def interface_language() -> str:
    """kk, ru or en: the language whose locale ``Translations.install`` made the default."""
    return {QLocale.Language.Kazakh: "kk", QLocale.Language.Russian: "ru"}.get(QLocale().language(), "en")


def format_date(value: dt.date | None) -> str:
    # The same form the date fields accept, in every interface language.
    return value.strftime("%d.%m.%Y") if value else ""


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y %H:%M")


def format_birth(birth_date: dt.date | None, birth_year: int | None) -> str:
    """The birth date, or "≈ 1985" when only an estimated year is known."""
    if birth_date:
        return format_date(birth_date)
    if birth_year:
        return fill(QCoreApplication.translate("VisitorText", "≈ %1", "an estimated year of birth"), birth_year)
    return ""


def country(code: str) -> str:
    return vocab.country_name(code, interface_language()) if code else ""


def sorted_countries() -> list[tuple[str, str]]:
    """(code, name) in the interface language, in its alphabetical order."""
    lang = interface_language()
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    pairs = [(code, vocab.country_name(code, lang)) for code in vocab.COUNTRIES]
    return sorted(pairs, key=functools.cmp_to_key(lambda a, b: collator.compare(a[1], b[1])))


def full_name(row) -> str:
    """Family, given and patronymic names as written; the Latin spelling when there are none."""
    native = " ".join(x for x in (row.family_name, row.given_name, row.patronymic) if x)
    return native or row.latin_name


def sex_label(code: str) -> str:
    return vocab.label(vocab.SEXES, code) if code else ""


def labels(table: dict[str, str], codes) -> str:
    return ", ".join(vocab.label(table, c) for c in codes)


# What matched in a search or a duplicate check, and the fields named in a
# record's history: the codes the services use, with labels for people.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("VisitorText", "Name"),
    "phone": QT_TRANSLATE_NOOP("VisitorText", "Phone"),
    "document": QT_TRANSLATE_NOOP("VisitorText", "Document"),
    "number": QT_TRANSLATE_NOOP("VisitorText", "Registration number"),
    "family_name": QT_TRANSLATE_NOOP("VisitorText", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("VisitorText", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("VisitorText", "Patronymic"),
    "latin_name": QT_TRANSLATE_NOOP("VisitorText", "Latin spelling"),
    "full_name": QT_TRANSLATE_NOOP("VisitorText", "Whole name (family, given, patronymic)"),
    "document_number": QT_TRANSLATE_NOOP("VisitorText", "Document number"),
    "sex": QT_TRANSLATE_NOOP("VisitorText", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("VisitorText", "Birth date"),
    "birth_year": QT_TRANSLATE_NOOP("VisitorText", "Year of birth"),
    "citizenship": QT_TRANSLATE_NOOP("VisitorText", "Citizenship"),
    "country_of_origin": QT_TRANSLATE_NOOP("VisitorText", "Country of origin"),
    "address": QT_TRANSLATE_NOOP("VisitorText", "Address"),
    "arrival_date": QT_TRANSLATE_NOOP("VisitorText", "Arrival date"),
    "migration_status": QT_TRANSLATE_NOOP("VisitorText", "Migration status"),
    "notes": QT_TRANSLATE_NOOP("VisitorText", "Notes"),
    "merged_into_id": QT_TRANSLATE_NOOP("VisitorText", "Merged into another record"),
    "deleted": QT_TRANSLATE_NOOP("VisitorText", "Removed"),
    "person_id": QT_TRANSLATE_NOOP("VisitorText", "Moved from a merged record"),
    "doc_type": QT_TRANSLATE_NOOP("VisitorText", "Document type"),
    "issuer": QT_TRANSLATE_NOOP("VisitorText", "Issued by"),
    "expiry": QT_TRANSLATE_NOOP("VisitorText", "Valid until"),
    "language": QT_TRANSLATE_NOOP("VisitorText", "Language"),
    "proficiency": QT_TRANSLATE_NOOP("VisitorText", "Proficiency"),
    "interpreter_needed": QT_TRANSLATE_NOOP("VisitorText", "Interpreter needed"),
    "relation": QT_TRANSLATE_NOOP("VisitorText", "Relation"),
    "member_id": QT_TRANSLATE_NOOP("VisitorText", "Registered household member"),
    "purpose": QT_TRANSLATE_NOOP("VisitorText", "Purpose"),
    "given": QT_TRANSLATE_NOOP("VisitorText", "Consent given"),
    "on_date": QT_TRANSLATE_NOOP("VisitorText", "Date"),
    "wording_version": QT_TRANSLATE_NOOP("VisitorText", "Wording version"),
    "recorded_by": QT_TRANSLATE_NOOP("VisitorText", "Recorded by"),
    "visited_at": QT_TRANSLATE_NOOP("VisitorText", "Visit time"),
    "staff": QT_TRANSLATE_NOOP("VisitorText", "Staff"),
    "needs": QT_TRANSLATE_NOOP("VisitorText", "Needs"),
    "visit_date": QT_TRANSLATE_NOOP("VisitorText", "Visit date"),
    "services": QT_TRANSLATE_NOOP("VisitorText", "Services"),
}

RECORD_TYPES = {
    "person": QT_TRANSLATE_NOOP("VisitorText", "Personal details"),
    "identity_document": QT_TRANSLATE_NOOP("VisitorText", "Identity document"),
    "person_language": QT_TRANSLATE_NOOP("VisitorText", "Language"),
    "household_member": QT_TRANSLATE_NOOP("VisitorText", "Household member"),
    "consent": QT_TRANSLATE_NOOP("VisitorText", "Consent"),
    "health_flag": QT_TRANSLATE_NOOP("VisitorText", "Restricted health information"),
    "visit": QT_TRANSLATE_NOOP("VisitorText", "Visit"),
}

OPERATIONS = {
    "insert": QT_TRANSLATE_NOOP("VisitorText", "added"),
    "update": QT_TRANSLATE_NOOP("VisitorText", "changed"),
    "delete": QT_TRANSLATE_NOOP("VisitorText", "removed"),
}


def field_label(code: str) -> str:
    text = FIELD_LABELS.get(code)
    return QCoreApplication.translate("VisitorText", text) if text else code


def field_labels(codes) -> str:
    return ", ".join(field_label(c) for c in codes)


def change_label(record_type: str, operation: str) -> str:
    """E.g. "Identity document: added"."""
    what = RECORD_TYPES.get(record_type)
    how = OPERATIONS.get(operation)
    return fill(QCoreApplication.translate("VisitorText", "%1: %2", "a record type and what happened to it"),
                QCoreApplication.translate("VisitorText", what) if what else record_type,
                QCoreApplication.translate("VisitorText", how) if how else operation)
