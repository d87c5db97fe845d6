"""Visitors (people registered at the desk)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .replicated import Replicated


class Person(Replicated, Base):
    __tablename__ = "person"
    __record_type__ = "person"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    family_name: Mapped[str] = mapped_column(String(120), default="")
    given_name: Mapped[str] = mapped_column(String(120), default="")
    patronymic: Mapped[str] = mapped_column(String(120), default="")
    latin_name: Mapped[str] = mapped_column(String(240), default="")
    sex: Mapped[str] = mapped_column(String(1), default="")  # F, M or '' when not given
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)  # estimated, when no date
    citizenship: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166 alpha-2
    notes: Mapped[str] = mapped_column(Text, default="")
    # Folded search keys (see services.names): stored and indexed so a search
    # never has to fold every row.
    name_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    relative_key: Mapped[str] = mapped_column(String(400), default="", index=True)
