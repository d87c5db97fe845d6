"""What a service call changed, said by the service that changed it.

Every service call that changes records publishes one ``Change`` on its
database's feed (``db.changes``, a ``ChangeFeed`` of models/database.py)
once the change is saved (and the search index
knows it): which kinds of records changed and their ids. The window puts
the feed on the views' bus; each view looks at the kinds it shows and
reloads only what the change touches (STYLE.md rule 5). The command lines
have no listener: nothing happens.

The kinds are the words below, one per kind of record a person sees, not
the tables: a person's documents, languages and health flags are the
person; a referral's steps are the referral; a check-in is the assignment.
A change to a record shown on another record's page names that record
too, under ``about``: a visit is about its person, an assignment about its
shift and its volunteer.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.models.database import ChangeFeed

PERSON = "person"            # a visitor's record, with its documents, languages, household, consents, health
VISIT = "visit"
REFERRAL = "referral"        # with its steps and its letter
PROVIDER = "provider"        # the service directory
VOLUNTEER = "volunteer"      # with trainings, languages, availability, blocked dates
SITE = "site"
SHIFT = "shift"              # with its needs
TEMPLATE = "template"        # weekly shift templates
ASSIGNMENT = "assignment"    # a volunteer on a shift, with check-in and check-out
USER = "user"                # staff accounts
SETTING = "setting"          # the branch's settings, named by key
EXCHANGE = "exchange"        # the HQ key set, bundles sent, HQ's answers
BACKUP = "backup"            # the branch's backups: made, checked, removed; the second folder

KINDS = frozenset({PERSON, VISIT, REFERRAL, PROVIDER, VOLUNTEER, SITE, SHIFT, TEMPLATE, ASSIGNMENT, USER, SETTING,
                   EXCHANGE, BACKUP})


def _known(kinds: Iterable[str]) -> None:
    unknown = set(kinds) - KINDS
    if unknown:
        # A misspelt kind would make a view deaf to a change, silently.
        raise ValueError(f"unknown kind of record: {sorted(unknown)}")


def _frozen(mapping: Mapping[str, Iterable[object]]) -> dict[str, frozenset]:
    return {kind: frozenset(ids) for kind, ids in mapping.items()}


@dataclass(frozen=True)
class Change:
    """Records changed by one service call: ``ids`` maps each kind that changed to
    the ids of its changed records (an empty set: some of them, not named);
    ``about`` maps kinds to records whose page shows the changed ones."""

    ids: Mapping[str, frozenset] = field(default_factory=dict)
    about: Mapping[str, frozenset] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _known(self.ids)
        _known(self.about)
        object.__setattr__(self, "ids", _frozen(self.ids))
        object.__setattr__(self, "about", _frozen(self.about))

    @classmethod
    def of(cls, kind: str, *ids: object, **about: Iterable[object] | object) -> Change:
        """``Change.of(VISIT, visit_id, person=person_id)``; an about-value may be one id or several."""
        return cls({kind: ids}, {k: _ids(v) for k, v in about.items() if v is not None})

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def __or__(self, other: Change) -> Change:
        ids = {k: self.ids.get(k, frozenset()) | other.ids.get(k, frozenset()) for k in (*self.ids, *other.ids)}
        about = {k: self.about.get(k, frozenset()) | other.about.get(k, frozenset())
                 for k in (*self.about, *other.about)}
        # "Some of them" stays "some of them" when joined with named ones.
        for k in ids:
            if (k in self.ids and not self.ids[k]) or (k in other.ids and not other.ids[k]):
                ids[k] = frozenset()
        return Change(ids, about)

    def touches(self, *kinds: str) -> bool:
        """Did records of any of these kinds change?"""
        _known(kinds)
        return any(kind in self.ids for kind in kinds)

    def ids_of(self, kind: str) -> frozenset:
        _known((kind,))
        return self.ids.get(kind, frozenset())

    def concerns(self, kind: str, record_id: object) -> bool:
        """Does the page of this record show something that changed: the record itself
        (or unnamed records of its kind), or a record that belongs to it?"""
        _known((kind,))
        if kind in self.ids and (not self.ids[kind] or record_id in self.ids[kind]):
            return True
        return record_id in self.about.get(kind, frozenset())


def _ids(value: Iterable[object] | object) -> tuple:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return (value,)
    return tuple(value)


__all__ = ["ASSIGNMENT", "BACKUP", "EXCHANGE", "KINDS", "PERSON", "PROVIDER", "REFERRAL", "SETTING", "SHIFT", "SITE",
           "TEMPLATE", "USER", "VISIT", "VOLUNTEER", "Change", "ChangeFeed"]
