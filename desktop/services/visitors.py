"""Visitors: registering the people who come to the desk."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.models import Person

from .accounts import Identity
from .errors import UserError
from .names import fold_name, relative_key
from .numbering import next_number
from .permissions import Action, require
from .storage import Database


@dataclass(frozen=True)
class VisitorRow:
    person_id: uuid.UUID
    number: str
    family_name: str
    given_name: str
    patronymic: str
    latin_name: str
    sex: str
    birth_date: dt.date | None
    birth_year: int | None
    citizenship: str


@dataclass(frozen=True)
class NewVisitor:
    family_name: str = ""
    given_name: str = ""
    patronymic: str = ""
    latin_name: str = ""
    sex: str = ""
    birth_date: dt.date | None = None
    birth_year: int | None = None
    citizenship: str = ""
    notes: str = ""


def _row(p: Person) -> VisitorRow:
    return VisitorRow(p.id, p.number, p.family_name, p.given_name, p.patronymic, p.latin_name,
                      p.sex, p.birth_date, p.birth_year, p.citizenship)


def person_from(new: NewVisitor, *, number: str) -> Person:
    full = " ".join(x for x in (new.family_name, new.given_name, new.patronymic) if x)
    latin = new.latin_name.strip()
    keys = " | ".join(k for k in (fold_name(full), fold_name(latin)) if k)
    return Person(number=number, family_name=new.family_name.strip(), given_name=new.given_name.strip(),
                  patronymic=new.patronymic.strip(), latin_name=latin, sex=new.sex,
                  birth_date=new.birth_date, birth_year=new.birth_year or (new.birth_date.year if new.birth_date else None),
                  citizenship=new.citizenship.upper(), notes=new.notes,
                  name_key=keys, relative_key=relative_key(full))


def validate(new: NewVisitor) -> None:
    if not (new.family_name.strip() or new.given_name.strip() or new.latin_name.strip()):
        raise UserError(QCoreApplication.translate("Visitors", "Give at least one name."))
    if new.sex not in ("", "F", "M"):
        raise UserError(QCoreApplication.translate("Visitors", "Sex is F, M or not given."))
    if not new.sex and new.birth_date is None and new.birth_year is None:
        raise UserError(QCoreApplication.translate(
            "Visitors", "Give the sex or the age (a birth date or an estimated year)."))
    today = dt.date.today()
    if new.birth_date and not (dt.date(1900, 1, 1) <= new.birth_date <= today):
        raise UserError(QCoreApplication.translate("Visitors", "The birth date cannot be in the future or before 1900."))


class VisitorService:
    def __init__(self, db: Database, identity: Identity):
        self.db = db
        self.identity = identity

    def register(self, new: NewVisitor) -> VisitorRow:
        require(self.identity.role, Action.REGISTER_VISITOR)
        validate(new)
        with self.db.session(self.identity.username) as s:
            person = person_from(new, number=next_number(s, kind="person", year=dt.date.today().year))
            s.add(person)
            s.flush()
            return _row(person)
