"""SQLAlchemy models. Importing this package registers every table on Base.metadata."""
from .base import Base, UtcDateTime, utcnow, uuid7
from .core import AuditEvent, Branch, ChangeLog, Counter, Role, SearchSnapshot, SequenceHead, Setting, User
from .exchange import (BundleLog, ExchangeState, HqBranch, HqBundle, HqConflict, HqErasure, HqHealthKey, HqKeySet,
                       HqRejected, HqRevokedKey)
from .person import Consent, HealthFlag, HouseholdMember, IdentityDocument, Person, PersonLanguage, Visit
from .referral import BranchKey, Referral, ReferralEvent, ServiceProvider
from .replicated import Replicated
from .retention import LegalHold, PurgeLog
from .volunteer import (Assignment, AssignmentEvent, Shift, ShiftTemplate, Site, Volunteer, VolunteerAvailability,
                        VolunteerBlock, VolunteerLanguage, VolunteerTraining)

__all__ = [
    "BundleLog", "ExchangeState", "HqBranch", "HqBundle", "HqConflict", "HqErasure", "HqHealthKey", "HqKeySet",
    "HqRejected", "HqRevokedKey",
    "AuditEvent", "Base", "BranchKey", "Referral", "ReferralEvent", "ServiceProvider", "Branch", "ChangeLog", "Consent", "Counter", "HealthFlag", "HouseholdMember",
    "IdentityDocument", "LegalHold", "Person", "PersonLanguage", "PurgeLog", "Replicated", "Role", "SearchSnapshot",
    "SequenceHead", "Setting",
    "User", "UtcDateTime", "Visit", "utcnow", "uuid7",
    "Assignment", "AssignmentEvent", "Shift", "ShiftTemplate", "Site", "Volunteer", "VolunteerAvailability",
    "VolunteerBlock", "VolunteerLanguage", "VolunteerTraining",
]
