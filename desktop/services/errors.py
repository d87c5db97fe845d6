"""Errors that come from the world, each with a message for a person.

Anything else raised is a bug and is logged with its traceback.
"""
from __future__ import annotations


class UserError(Exception):
    """Refused for a reason the person can act on. ``str(err)`` is translated."""


class WrongPassword(UserError):
    pass


class AccountLocked(UserError):
    pass


class PermissionDenied(UserError):
    pass


class StorageError(UserError):
    """The database cannot be opened or written (damaged, newer schema, disk full)."""


class NotFound(UserError):
    pass


def fill(template: str, *args: object) -> str:
    """Replace %1, %2, ... as Qt's QString.arg does, for translated templates."""
    # Highest number first, so %1 does not eat the start of %10.
    for i in range(len(args), 0, -1):
        template = template.replace(f"%{i}", str(args[i - 1]))
    return template
