"""The referral letter: an A4 PDF a clinic, a lawyer or a shelter can accept.

The caller decides what the letter says (`LetterData`: plain values, the
client facts already reduced to what the person consented to disclose);
this module only lays it out:

- on every page a header with the branch, the letter number, the date, the
  priority, CONFIDENTIAL, "page x of y" and the QR code with its check code;
- the referring and the receiving organisation, the person (only the facts
  given), the service requested (a category, never a diagnosis), the reason
  if the caseworker wrote one, the consent statement and signature lines;
- a tear-off feedback slip at the bottom of the last page that repeats the
  letter number and nothing about the person;
- on a copy, COPY across every page; on a preview, PREVIEW (a preview is
  neither the original nor a copy: it is not counted as a printing).

Labels come from the interface's catalogue (context "Letter") in each of the
letter's languages, side by side or stacked ("Жолдама / Направление").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n import LANGUAGES

CONTEXT = "Letter"

SERVICES = {
    "tb_clinic": QT_TRANSLATE_NOOP("Letter", "Tuberculosis clinic"),
    "hiv_clinic": QT_TRANSLATE_NOOP("Letter", "HIV / AIDS centre"),
    "legal_aid": QT_TRANSLATE_NOOP("Letter", "Legal aid"),
    "shelter": QT_TRANSLATE_NOOP("Letter", "Shelter"),
    "migration_centre": QT_TRANSLATE_NOOP("Letter", "Migration service centre"),
    "psychosocial": QT_TRANSLATE_NOOP("Letter", "Psychosocial support"),
    "family_links": QT_TRANSLATE_NOOP("Letter", "Restoring family links"),
    "other": QT_TRANSLATE_NOOP("Letter", "Other service"),
}

# The header's badge and the body's full wording.
PRIORITY_BADGES = {
    "emergency": QT_TRANSLATE_NOOP("Letter", "Emergency"),
    "urgent": QT_TRANSLATE_NOOP("Letter", "Urgent"),
    "normal": QT_TRANSLATE_NOOP("Letter", "Routine"),
}
PRIORITIES = {
    "emergency": QT_TRANSLATE_NOOP("Letter", "Emergency: within 24 hours"),
    "urgent": QT_TRANSLATE_NOOP("Letter", "Urgent: within 72 hours"),
    "normal": QT_TRANSLATE_NOOP("Letter", "Routine: within 2 weeks"),
}

# Everything a letter can say about the person. There is deliberately no
# field for health flags or a diagnosis.
FACTS = {
    "name": QT_TRANSLATE_NOOP("Letter", "Full name"),
    "birth_date": QT_TRANSLATE_NOOP("Letter", "Date of birth"),
    "citizenship": QT_TRANSLATE_NOOP("Letter", "Citizenship"),
    "phone": QT_TRANSLATE_NOOP("Letter", "Phone"),
    "document": QT_TRANSLATE_NOOP("Letter", "Identity document"),
    "address": QT_TRANSLATE_NOOP("Letter", "Address"),
    "languages": QT_TRANSLATE_NOOP("Letter", "Languages spoken"),
}

SIGNATORY_ROLES = {
    "director": QT_TRANSLATE_NOOP("Letter", "Director"),
    "acting_director": QT_TRANSLATE_NOOP("Letter", "Acting director"),
    "deputy_director": QT_TRANSLATE_NOOP("Letter", "Deputy director"),
}

OUTCOMES = (
    QT_TRANSLATE_NOOP("Letter", "Service provided"),
    QT_TRANSLATE_NOOP("Letter", "Referred elsewhere"),
    QT_TRANSLATE_NOOP("Letter", "Service not provided"),
    QT_TRANSLATE_NOOP("Letter", "Did not come"),
)

WORDS = {
    "title": QT_TRANSLATE_NOOP("Letter", "Referral letter"),
    "confidential": QT_TRANSLATE_NOOP("Letter", "Confidential"),
    "copy": QT_TRANSLATE_NOOP("Letter", "Copy"),
    #: Across a letter shown on screen before it is printed: not the original, not a copy.
    "preview": QT_TRANSLATE_NOOP("Letter", "Preview"),
    #: %1 is this page's number, %2 the number of pages.
    "page": QT_TRANSLATE_NOOP("Letter", "Page %1 of %2"),
    "check_code": QT_TRANSLATE_NOOP("Letter", "Check code"),
    "from": QT_TRANSLATE_NOOP("Letter", "Referring organisation"),
    "to": QT_TRANSLATE_NOOP("Letter", "Receiving organisation"),
    "phone": QT_TRANSLATE_NOOP("Letter", "Tel."),
    "branch_code": QT_TRANSLATE_NOOP("Letter", "Branch code"),
    "person": QT_TRANSLATE_NOOP("Letter", "Person referred"),
    "service_section": QT_TRANSLATE_NOOP("Letter", "Service requested"),
    "service": QT_TRANSLATE_NOOP("Letter", "Service"),
    "priority": QT_TRANSLATE_NOOP("Letter", "Priority"),
    "due": QT_TRANSLATE_NOOP("Letter", "Please receive the person by"),
    "reason": QT_TRANSLATE_NOOP("Letter", "Reason for referral"),
    "consent": QT_TRANSLATE_NOOP("Letter", "Consent"),
    #: %1 is the receiving organisation's name.
    "consent_text": QT_TRANSLATE_NOOP(
        "Letter", "The person named above has agreed that the facts in this letter be shared with %1 "
                  "for this referral only. Please keep this letter confidential: do not copy it or pass it on."),
    "signature": QT_TRANSLATE_NOOP("Letter", "Signature"),
    "stamp": QT_TRANSLATE_NOOP("Letter", "Stamp"),
    "date": QT_TRANSLATE_NOOP("Letter", "Date"),
    "client_signature": QT_TRANSLATE_NOOP("Letter", "Person referred"),
    "client_agrees": QT_TRANSLATE_NOOP("Letter", "I agree to this referral"),
    "cut": QT_TRANSLATE_NOOP("Letter", "Cut here"),
    "slip": QT_TRANSLATE_NOOP("Letter", "Feedback slip"),
    "slip_text": QT_TRANSLATE_NOOP("Letter", "Please fill in and return to the branch"),
    "seen_on": QT_TRANSLATE_NOOP("Letter", "Date the person was seen"),
    "outcome": QT_TRANSLATE_NOOP("Letter", "Outcome"),
    "seen_by": QT_TRANSLATE_NOOP("Letter", "Name and position"),
    "comment": QT_TRANSLATE_NOOP("Letter", "Comment"),
}


@dataclass(frozen=True)
class LetterData:
    """Everything a letter shows. `facts` holds only what the person agreed
    to disclose, in the order to print: (code from FACTS, value)."""

    letter_number: str
    issued_on: dt.date
    branch_name: str
    branch_code: str
    priority: str  # emergency | urgent | normal
    due_date: dt.date
    provider_name_kk: str
    provider_name_ru: str
    provider_name_en: str
    service: str  # a category from SERVICES, never a diagnosis
    facts: tuple[tuple[str, str], ...]
    signatory_name: str
    qr_payload: str
    check_code: str
    signatory_role: str = "director"  # a code from SIGNATORY_ROLES, or a title printed as given
    branch_address: str = ""
    branch_phone: str = ""
    provider_address: str = ""
    provider_phone: str = ""
    reason: str = ""
    languages: tuple[str, ...] = ("kk", "ru")
    copy: bool = False
    preview: bool = False

    def __post_init__(self):
        langs = tuple(self.languages)
        if not 1 <= len(langs) <= 3 or len(set(langs)) != len(langs) or not set(langs) <= set(LANGUAGES):
            raise ValueError(f"a letter is in one to three of {LANGUAGES}, not {self.languages!r}")
        if self.priority not in PRIORITIES:
            raise ValueError(f"unknown priority {self.priority!r}")
        if self.service not in SERVICES:
            raise ValueError(f"unknown service category {self.service!r}")
        codes = [code for code, _ in self.facts]
        unknown = [c for c in codes if c not in FACTS]
        if unknown or len(set(codes)) != len(codes):
            raise ValueError(f"facts must be distinct codes from {tuple(FACTS)}: {codes!r}")
        if not self.qr_payload or not self.check_code:
            raise ValueError("a letter needs its QR payload and check code")
        if self.copy and self.preview:
            raise ValueError("a preview is neither the original nor a copy")
        object.__setattr__(self, "languages", langs)
        object.__setattr__(self, "facts", tuple((c, v) for c, v in self.facts))

    def provider_name(self, lang: str) -> str:
        names = {"kk": self.provider_name_kk, "ru": self.provider_name_ru, "en": self.provider_name_en}
        return names[lang] or self.provider_name_en or self.provider_name_ru or self.provider_name_kk

    @property
    def mark(self) -> str:
        """The word across every page (a code from WORDS), or "" for the original."""
        return "preview" if self.preview else "copy" if self.copy else ""
