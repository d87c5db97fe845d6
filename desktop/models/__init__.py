"""SQLAlchemy models. Importing this package registers every table on Base.metadata."""
from .base import Base, UtcDateTime, utcnow, uuid7
from .core import AuditEvent, Branch, ChangeLog, Counter, Role, SequenceHead, Setting, User
from .person import Person
from .replicated import Replicated

__all__ = [
    "AuditEvent", "Base", "Branch", "ChangeLog", "Counter", "Person", "Replicated", "Role",
    "SequenceHead", "Setting", "User", "UtcDateTime", "utcnow", "uuid7",
]
