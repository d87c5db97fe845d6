"""What a new password must be: long enough, not the user's or the branch's
own name, and not among the passwords leaked most often.

A password guards the branch's key (services/keyslots.py). Someone with a
copy of the folder can try guesses offline as fast as argon2id lets them, so
a password must not be among the first guesses anyone makes: the 100,000
most common leaked passwords (resources/passwords/README.md says where the
list comes from), names that belong to the account or the branch, or
anything short. NIST SP 800-63B asks for the same three checks and nothing
more (no rules about digits or symbols, which make passwords harder to
remember and no harder to guess).
"""
from __future__ import annotations

import functools
import gzip
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ..errors import Refused
from ..i18n import fill, project_root
from .names import fold_words

MIN_LENGTH = 10
# Name words shorter than this say too little ("ala" is in "balance") and
# catch ordinary words ("city", "demo").
MIN_NAME_WORD = 5
COMMON_LIST = ("resources", "passwords", "pwned-passwords-top100k.txt.gz")


def _plain(text: str) -> str:
    """Compared without regard to case, width or spaces."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


@functools.cache
def _common() -> frozenset[str]:
    path = project_root().joinpath(*COMMON_LIST)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return frozenset(_plain(line) for line in lines if line.strip())


def is_common(password: str) -> bool:
    return _plain(password) in _common()


def _name_parts(names: Iterable[str]) -> set[str]:
    """The words of a name as written and as folded for name matching, so
    "Алматы" is found in "almaty2025" too (services/names.py)."""
    parts: set[str] = set()
    for name in names:
        if not name:
            continue
        whole = _plain(name)
        if len(whole) >= MIN_NAME_WORD:
            parts.add(whole)
        for word in [*name.replace("-", " ").replace(".", " ").replace("_", " ").split(), *fold_words(name)]:
            word = _plain(word)
            if len(word) >= MIN_NAME_WORD:
                parts.add(word)
    return parts


def _contains(password: str, parts: set[str]) -> bool:
    plain = _plain(password)
    folded = "".join(fold_words(password))
    return any(part in plain or part in folded for part in parts)


def check_password(password: str, *, username: str = "", branch: Iterable[str] = ()) -> None:
    """Refuse a password that is too short, holds the user name or the
    branch's name or code, or is a commonly leaked one; the message says how
    to choose a better one."""
    if len(password) < MIN_LENGTH:
        raise Refused(fill(QCoreApplication.translate(
            "Passwords", "The password must have at least %1 characters. A few words that belong together "
            "only for you (not a saying or a song) are easy to remember and hard to guess."), MIN_LENGTH))
    short_name = len(_plain(username)) >= 3 and _plain(username) in _plain(password)
    if username and (short_name or _contains(password, _name_parts([username]))):
        raise Refused(QCoreApplication.translate(
            "Passwords", "The password must not contain the user name: it is the first thing anyone would try."))
    if _contains(password, _name_parts(branch)):
        raise Refused(QCoreApplication.translate(
            "Passwords", "The password must not contain the branch's name or code: everyone at the branch "
            "knows them."))
    if is_common(password):
        raise Refused(QCoreApplication.translate(
            "Passwords", "This password is one of the most common leaked passwords, which are tried first. "
            "Choose another: a few unusual words together work well."))
