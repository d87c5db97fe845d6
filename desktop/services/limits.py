"""How long each text a person types may be, and what no text may hold.

One table for the whole program: the services refuse a longer text with a
message naming the field and its maximum (nothing is cut silently), the forms
give their fields the same maximum length, and the imports check their rows
against it too. Control characters (NUL, escape, form feed…: pasted from
another program or found in an old register) are taken out of every text;
a multi-line note keeps its line breaks and tabs, a single line gets a space
for each.

A field is named as in the input dataclass; an entry of a list as
``documents.number`` (the list, then the field of each entry).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.errors import Refused
from desktop.i18n import fill, translate_n


@dataclass(frozen=True)
class Limit:
    chars: int
    label: str  # the field's name, translated in the context "Fields"
    multiline: bool = False

    def name(self) -> str:
        return QCoreApplication.translate("Fields", self.label)


NAME, LATIN_NAME, PHONE, ADDRESS, LINE, NOTE = 120, 240, 40, 500, 200, 4000

VISITOR: Mapping[str, Limit] = {
    "family_name": Limit(NAME, QT_TRANSLATE_NOOP("Fields", "Family name")),
    "given_name": Limit(NAME, QT_TRANSLATE_NOOP("Fields", "Given name")),
    "patronymic": Limit(NAME, QT_TRANSLATE_NOOP("Fields", "Patronymic")),
    "latin_name": Limit(LATIN_NAME, QT_TRANSLATE_NOOP("Fields", "Latin spelling")),
    "phone": Limit(PHONE, QT_TRANSLATE_NOOP("Fields", "Phone")),
    "address": Limit(ADDRESS, QT_TRANSLATE_NOOP("Fields", "Address")),
    "notes": Limit(NOTE, QT_TRANSLATE_NOOP("Fields", "Notes"), multiline=True),
    "documents.number": Limit(64, QT_TRANSLATE_NOOP("Fields", "Document number")),
    "documents.issuer": Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Issued by")),
    "household.name": Limit(LATIN_NAME, QT_TRANSLATE_NOOP("Fields", "Household member's name")),
    "health.note": Limit(ADDRESS, QT_TRANSLATE_NOOP("Fields", "Health note"), multiline=True),
}
VISIT: Mapping[str, Limit] = {
    "notes": Limit(2000, QT_TRANSLATE_NOOP("Fields", "Notes"), multiline=True),
}
VOLUNTEER: Mapping[str, Limit] = {
    "family_name": VISITOR["family_name"],
    "given_name": VISITOR["given_name"],
    "latin_name": VISITOR["latin_name"],
    "phone": VISITOR["phone"],
    "emergency_name": Limit(LATIN_NAME, QT_TRANSLATE_NOOP("Fields", "Emergency contact")),
    "emergency_phone": Limit(PHONE, QT_TRANSLATE_NOOP("Fields", "Emergency phone")),
    "notes": VISITOR["notes"],
    "blocked.note": Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Reason for the unavailable days")),
}
PROVIDER: Mapping[str, Limit] = {
    "name_kk": Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Name in Kazakh")),
    "name_ru": Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Name in Russian")),
    "name_en": Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Name in English")),
    "address": VISITOR["address"],
    "phone": Limit(60, QT_TRANSLATE_NOOP("Fields", "Phone")),
    "cost": Limit(120, QT_TRANSLATE_NOOP("Fields", "Cost")),
    "hours": Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Opening hours")),
}
REFERRAL: Mapping[str, Limit] = {
    "reason": Limit(2000, QT_TRANSLATE_NOOP("Fields", "Reason for referral"), multiline=True),
}
REFERRAL_NOTE = Limit(2000, QT_TRANSLATE_NOOP("Fields", "Note"), multiline=True)
REFERRAL_OUTCOME = Limit(2000, QT_TRANSLATE_NOOP("Fields", "Outcome"), multiline=True)
SITE: Mapping[str, Limit] = {
    "name": Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Site name")),
    "address": VISITOR["address"],
}
SHIFT: Mapping[str, Limit] = {
    "title": Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Title")),
    "notes": Limit(2000, QT_TRANSLATE_NOOP("Fields", "Notes"), multiline=True),
}
TEMPLATE: Mapping[str, Limit] = {"title": SHIFT["title"]}
DISPLAY_NAME = Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Display name"))
BRANCH_NAME = Limit(LINE, QT_TRANSLATE_NOOP("Fields", "Branch name"))
REASON = Limit(1000, QT_TRANSLATE_NOOP("Fields", "Reason"), multiline=True)
HOURS_NOTE = Limit(1000, QT_TRANSLATE_NOOP("Fields", "Why the hours are set by hand"), multiline=True)

# C0 and C1 control characters and DEL. Format characters (the zero-width
# non-joiner of Persian and Tajik words) are letters' business and stay.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile(r"[\t\r\n]+")


def clean(text: str, *, multiline: bool = False) -> str:
    """``text`` without control characters; a single line also without breaks."""
    if multiline:
        return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROLS.sub("", _BREAKS.sub(" ", text))


def too_long_message(limit: Limit, length: int) -> str:
    return fill(translate_n("Fields", "%1: at most %n characters; this one has %2.", limit.chars),
                limit.name(), length)


def cleaned(record, table: Mapping[str, Limit], *, prefix: str = ""):
    """A copy of an input dataclass with every text cleaned (entries of its lists too)."""
    changes = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        key = prefix + f.name
        if isinstance(value, str):
            limit = table.get(key)
            fresh = clean(value, multiline=limit is not None and limit.multiline)
            if fresh != value:
                changes[f.name] = fresh
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            entries = tuple(cleaned(v, table, prefix=key + ".") for v in value)
            if entries != value:
                changes[f.name] = entries
    return dataclasses.replace(record, **changes) if changes else record


def too_long(record, table: Mapping[str, Limit]) -> list[tuple[str, str]]:
    """(field, message) for each text longer than its limit; an entry of a list as ``documents.2``."""
    found = []
    for key, limit in table.items():
        name, _, inner = key.partition(".")
        value = getattr(record, name, None)
        if inner:
            for i, entry in enumerate(value or ()):
                text = getattr(entry, inner, "")
                if isinstance(text, str) and len(text.strip()) > limit.chars:
                    found.append((f"{name}.{i}", too_long_message(limit, len(text.strip()))))
        elif isinstance(value, str) and len(value.strip()) > limit.chars:
            found.append((name, too_long_message(limit, len(value.strip()))))
    return found


def refuse_too_long(record, table: Mapping[str, Limit]) -> None:
    """For the services that answer with one message: the first text too long."""
    found = too_long(record, table)
    if found:
        raise Refused(found[0][1])


def checked_text(text: str, limit: Limit) -> str:
    """One text on its own (a note, a display name): cleaned, stripped, and refused when too long."""
    text = clean(text, multiline=limit.multiline).strip()
    if len(text) > limit.chars:
        raise Refused(too_long_message(limit, len(text)))
    return text


def _plural_sources() -> None:  # never called: lupdate's copy of each plural string (see translate_n)
    QCoreApplication.translate("Fields", "%1: at most %n characters; this one has %2.", "", 1)


__all__ = ["Limit", "VISITOR", "VISIT", "VOLUNTEER", "PROVIDER", "REFERRAL", "REFERRAL_NOTE", "REFERRAL_OUTCOME", "SITE", "SHIFT",
           "TEMPLATE", "DISPLAY_NAME", "BRANCH_NAME", "HOURS_NOTE", "REASON", "checked_text", "clean", "cleaned",
           "refuse_too_long", "too_long", "too_long_message"]
