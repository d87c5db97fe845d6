"""Everything held about a person, as the branch gives it to them when they
ask (subject access): what the page says, in one language.

The service (services/rights.py) gathers the record and words every value in
the page's language; these types hold it, and subject_access_layout.py
(ReportLab, loaded with the first page) lays it out on A4: a header with the
branch, the person's registration number and CONFIDENTIAL on every page,
then one section after another, each a list of labelled values or a table.
The page's own words are in the interface's catalogue, context
"SubjectAccess", looked up in the page's language (reports.labels).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SubjectAccess"

WORDS = {
    "title": QT_TRANSLATE_NOOP("SubjectAccess", "Everything held about a person"),
    "confidential": QT_TRANSLATE_NOOP("SubjectAccess", "CONFIDENTIAL"),
    #: %1 is this page's number, %2 the number of pages.
    "page": QT_TRANSLATE_NOOP("SubjectAccess", "Page %1 of %2"),
    #: %1 the branch's name, %2 a date, %3 the director's name.
    "intro": QT_TRANSLATE_NOOP(
        "SubjectAccess", "This is everything the %1 branch holds about the person below in Qamqor on %2, "
                         "given to them at their request. Made by %3."),
    "person": QT_TRANSLATE_NOOP("SubjectAccess", "Personal details"),
    "number": QT_TRANSLATE_NOOP("SubjectAccess", "Registration number"),
    "family_name": QT_TRANSLATE_NOOP("SubjectAccess", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("SubjectAccess", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("SubjectAccess", "Patronymic"),
    "latin_name": QT_TRANSLATE_NOOP("SubjectAccess", "Latin spelling"),
    "sex": QT_TRANSLATE_NOOP("SubjectAccess", "Sex"),
    "birth": QT_TRANSLATE_NOOP("SubjectAccess", "Born"),
    #: An estimated year of birth; %1 is the year.
    "about": QT_TRANSLATE_NOOP("SubjectAccess", "about %1"),
    "citizenship": QT_TRANSLATE_NOOP("SubjectAccess", "Citizenship"),
    "country_of_origin": QT_TRANSLATE_NOOP("SubjectAccess", "Country of origin"),
    "arrival_date": QT_TRANSLATE_NOOP("SubjectAccess", "Arrival date"),
    "migration_status": QT_TRANSLATE_NOOP("SubjectAccess", "Migration status"),
    "phone": QT_TRANSLATE_NOOP("SubjectAccess", "Phone"),
    "address": QT_TRANSLATE_NOOP("SubjectAccess", "Address"),
    "registered": QT_TRANSLATE_NOOP("SubjectAccess", "Registered on"),
    "merged": QT_TRANSLATE_NOOP("SubjectAccess", "Also registered as"),
    "anonymised": QT_TRANSLATE_NOOP("SubjectAccess", "Anonymised on"),
    "hold": QT_TRANSLATE_NOOP("SubjectAccess", "Legal hold"),
    #: %1 who placed the hold, %2 when, %3 why.
    "hold_text": QT_TRANSLATE_NOOP("SubjectAccess", "placed by %1 on %2: %3"),
    "notes": QT_TRANSLATE_NOOP("SubjectAccess", "Notes"),
    "languages": QT_TRANSLATE_NOOP("SubjectAccess", "Languages"),
    "language": QT_TRANSLATE_NOOP("SubjectAccess", "Language"),
    "proficiency": QT_TRANSLATE_NOOP("SubjectAccess", "How well"),
    "interpreter": QT_TRANSLATE_NOOP("SubjectAccess", "Interpreter needed"),
    "yes": QT_TRANSLATE_NOOP("SubjectAccess", "yes"),
    "no": QT_TRANSLATE_NOOP("SubjectAccess", "no"),
    "documents": QT_TRANSLATE_NOOP("SubjectAccess", "Identity documents"),
    "doc_type": QT_TRANSLATE_NOOP("SubjectAccess", "Document"),
    "doc_number": QT_TRANSLATE_NOOP("SubjectAccess", "Number"),
    "issuer": QT_TRANSLATE_NOOP("SubjectAccess", "Issued by"),
    "expiry": QT_TRANSLATE_NOOP("SubjectAccess", "Valid until"),
    "household": QT_TRANSLATE_NOOP("SubjectAccess", "Household"),
    "relation": QT_TRANSLATE_NOOP("SubjectAccess", "Relation"),
    "name": QT_TRANSLATE_NOOP("SubjectAccess", "Name"),
    "birth_year": QT_TRANSLATE_NOOP("SubjectAccess", "Year of birth"),
    "consents": QT_TRANSLATE_NOOP("SubjectAccess", "Consent"),
    "purpose": QT_TRANSLATE_NOOP("SubjectAccess", "Purpose"),
    "answer": QT_TRANSLATE_NOOP("SubjectAccess", "Answer"),
    "given": QT_TRANSLATE_NOOP("SubjectAccess", "given"),
    "withdrawn": QT_TRANSLATE_NOOP("SubjectAccess", "withdrawn"),
    "date": QT_TRANSLATE_NOOP("SubjectAccess", "Date"),
    "recorded_by": QT_TRANSLATE_NOOP("SubjectAccess", "Recorded by"),
    "health": QT_TRANSLATE_NOOP("SubjectAccess", "Restricted health information"),
    "flag": QT_TRANSLATE_NOOP("SubjectAccess", "What"),
    "note": QT_TRANSLATE_NOOP("SubjectAccess", "Note"),
    "state": QT_TRANSLATE_NOOP("SubjectAccess", "Now"),
    "current": QT_TRANSLATE_NOOP("SubjectAccess", "current"),
    "past": QT_TRANSLATE_NOOP("SubjectAccess", "no longer"),
    "visits": QT_TRANSLATE_NOOP("SubjectAccess", "Visits"),
    "when": QT_TRANSLATE_NOOP("SubjectAccess", "When"),
    "needs": QT_TRANSLATE_NOOP("SubjectAccess", "Needs"),
    "services": QT_TRANSLATE_NOOP("SubjectAccess", "Services given"),
    "staff": QT_TRANSLATE_NOOP("SubjectAccess", "Staff"),
    "referrals": QT_TRANSLATE_NOOP("SubjectAccess", "Referrals"),
    "made_on": QT_TRANSLATE_NOOP("SubjectAccess", "Made on"),
    "service": QT_TRANSLATE_NOOP("SubjectAccess", "Service"),
    "provider": QT_TRANSLATE_NOOP("SubjectAccess", "To"),
    "priority": QT_TRANSLATE_NOOP("SubjectAccess", "Priority"),
    "status": QT_TRANSLATE_NOOP("SubjectAccess", "Status"),
    "reason": QT_TRANSLATE_NOOP("SubjectAccess", "Reason"),
    "outcome": QT_TRANSLATE_NOOP("SubjectAccess", "Outcome"),
    "shared": QT_TRANSLATE_NOOP("SubjectAccess", "Shared with the service"),
    "referral_history": QT_TRANSLATE_NOOP("SubjectAccess", "What happened to each referral"),
    "referral": QT_TRANSLATE_NOOP("SubjectAccess", "Referral"),
    "by": QT_TRANSLATE_NOOP("SubjectAccess", "By"),
    "letters": QT_TRANSLATE_NOOP("SubjectAccess", "Referral letters issued"),
    "letter_number": QT_TRANSLATE_NOOP("SubjectAccess", "Letter number"),
    "issued_on": QT_TRANSLATE_NOOP("SubjectAccess", "Issued on"),
    "issued_by": QT_TRANSLATE_NOOP("SubjectAccess", "Signed by"),
    "copies": QT_TRANSLATE_NOOP("SubjectAccess", "Printed or saved"),
    "viewings": QT_TRANSLATE_NOOP("SubjectAccess", "Who saw restricted information, and when"),
    "viewings_text": QT_TRANSLATE_NOOP(
        "SubjectAccess", "Every time a staff member opened the restricted health information, looked the person "
                         "up for the volunteer register, or printed or saved a copy of this record."),
    "who": QT_TRANSLATE_NOOP("SubjectAccess", "Who"),
    "what": QT_TRANSLATE_NOOP("SubjectAccess", "What"),
    "viewed_health": QT_TRANSLATE_NOOP("SubjectAccess", "opened the restricted health information"),
    "viewed_everything": QT_TRANSLATE_NOOP("SubjectAccess", "made this record of everything held"),
    "printed_everything": QT_TRANSLATE_NOOP("SubjectAccess", "printed the record of everything held"),
    "saved_everything": QT_TRANSLATE_NOOP("SubjectAccess", "saved the record of everything held to a file"),
    "looked_up": QT_TRANSLATE_NOOP("SubjectAccess", "looked the person up for the volunteer register"),
    "changes": QT_TRANSLATE_NOOP("SubjectAccess", "Changes to the record"),
    "changed_fields": QT_TRANSLATE_NOOP("SubjectAccess", "Fields"),
    "nothing": QT_TRANSLATE_NOOP("SubjectAccess", "None."),
    "copies_title": QT_TRANSLATE_NOOP("SubjectAccess", "Copies and how long they are kept"),
    "hq_copy": QT_TRANSLATE_NOOP(
        "SubjectAccess", "The branch sends its records to the national headquarters in encrypted bundles; "
                         "headquarters holds the same record. The services named above received the referral "
                         "letters listed, with only the details the person agreed to share."),
    #: %1 a number of months, %2 a date.
    "kept_until": QT_TRANSLATE_NOOP(
        "SubjectAccess", "A record is kept %1 months after the last thing done with it. Unless something is "
                         "done with it before, this record will be anonymised after %2: names, contacts, "
                         "documents and notes will be removed, here and at headquarters, and backups that "
                         "still hold them are deleted within the same period."),
    "kept_held": QT_TRANSLATE_NOOP(
        "SubjectAccess", "A legal hold keeps this record whole until a director releases it."),
    "anonymised_text": QT_TRANSLATE_NOOP(
        "SubjectAccess", "This record was anonymised: names, contacts, documents and notes were removed. "
                         "What remains is counted in the branch's statistics and can name no one."),
    "erase": QT_TRANSLATE_NOOP(
        "SubjectAccess", "The person may ask for this record to be erased. A director does it at once, unless "
                         "a legal hold stands."),
}

# Kinds of record and what happened to them, for the changes to the record.
RECORDS = {
    "person": QT_TRANSLATE_NOOP("SubjectAccess", "personal details"),
    "identity_document": QT_TRANSLATE_NOOP("SubjectAccess", "identity document"),
    "person_language": QT_TRANSLATE_NOOP("SubjectAccess", "language"),
    "household_member": QT_TRANSLATE_NOOP("SubjectAccess", "household member"),
    "consent": QT_TRANSLATE_NOOP("SubjectAccess", "consent"),
    "health_flag": QT_TRANSLATE_NOOP("SubjectAccess", "restricted health information"),
    "visit": QT_TRANSLATE_NOOP("SubjectAccess", "visit"),
    "referral": QT_TRANSLATE_NOOP("SubjectAccess", "referral"),
    "referral_event": QT_TRANSLATE_NOOP("SubjectAccess", "referral status"),
    "legal_hold": QT_TRANSLATE_NOOP("SubjectAccess", "legal hold"),
}
OPERATIONS = {
    "insert": QT_TRANSLATE_NOOP("SubjectAccess", "added"),
    "update": QT_TRANSLATE_NOOP("SubjectAccess", "changed"),
    "delete": QT_TRANSLATE_NOOP("SubjectAccess", "removed"),
}


def _counted_words() -> tuple[str, ...]:
    """Never called: the plural forms for pyside6-lupdate (see reports/roster.py)."""
    return (QCoreApplication.translate("SubjectAccess", "%n time(s)", "", 2),)


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # shares of the page width; the first 0 takes what is left


@dataclass(frozen=True)
class Section:
    """A heading and either labelled values, a table, or a text; ``empty``
    when there is nothing to show."""

    title: str
    lines: tuple[tuple[str, str], ...] = ()
    table: Table | None = None
    text: str = ""
    empty: str = ""


@dataclass(frozen=True)
class SubjectAccessData:
    lang: str
    branch_name: str
    number: str
    person_name: str  # on the page, never in the file's properties
    made_on: dt.date
    intro: str
    sections: tuple[Section, ...]
