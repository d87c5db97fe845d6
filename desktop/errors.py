"""The one error type that says "the world refused", for every layer.

A wrong password, a full disk, a damaged bundle, a missing permission: each is
a ``Refused`` (or a subclass naming its kind) carrying a message for a person,
already translated, and the arguments that fill its ``%1``, ``%2``, … The
command lines print ``str(err)`` as one line and exit 1; the window shows it
once. Anything else raised is a bug: logged with its type and place, never
with the values of a record's fields.
"""
from __future__ import annotations

from .i18n import fill


class Refused(Exception):
    """Refused for a reason the person can act on; ``str(err)`` is the message."""

    def __init__(self, message: str, *arguments: object):
        super().__init__(message, *arguments)
        self.template = message
        self.arguments = arguments

    def __str__(self) -> str:
        return fill(self.template, *self.arguments)


class WrongPassword(Refused):
    pass


class AccountLocked(Refused):
    pass


class PermissionDenied(Refused):
    pass


class StorageError(Refused):
    """The database cannot be opened or written (damaged, newer schema, disk full)."""


class NotFound(Refused):
    pass


class BundleError(Refused):
    """A bundle, key set or enrolment file that is refused."""


class ConsentMissing(Refused):
    """The person has not given, or has withdrawn, the consent this needs.
    ``person_id`` and ``purpose`` say whose and which, so a window can offer
    to ask and record it there and then."""

    def __init__(self, message: str, *arguments: object, person_id=None, purpose: str = ""):
        super().__init__(message, *arguments)
        self.person_id = person_id
        self.purpose = purpose
