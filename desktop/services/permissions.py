"""Who may do what: the one table of permissions, checked in the services.

A view hiding a button is a courtesy; these checks are the rule.
"""
from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from desktop.models import Role

__all__ = ["Action", "Role", "allowed", "require", "role_label"]

from ..errors import PermissionDenied
from ..i18n import fill


class Action(str, enum.Enum):
    MANAGE_USERS = "manage_users"
    VERIFY_AUDIT = "verify_audit"
    CHANGE_BRANCH_SETTINGS = "change_branch_settings"
    REGISTER_VISITOR = "register_visitor"
    VIEW_VISITORS = "view_visitors"
    EDIT_VISITOR = "edit_visitor"
    LOG_VISIT = "log_visit"
    VIEW_HEALTH_DATA = "view_health_data"
    EDIT_HEALTH_DATA = "edit_health_data"
    GRANT_HEALTH_KEY = "grant_health_key"
    RECOVER_HEALTH_KEY = "recover_health_key"
    MERGE_VISITORS = "merge_visitors"
    IMPORT_VISITORS = "import_visitors"
    VIEW_REFERRALS = "view_referrals"
    MAKE_REFERRAL = "make_referral"
    UPDATE_REFERRAL = "update_referral"
    ISSUE_LETTER = "issue_letter"
    PRINT_LETTER = "print_letter"
    MANAGE_PROVIDERS = "manage_providers"
    EXCHANGE_WITH_HQ = "exchange_with_hq"
    MANAGE_BACKUPS = "manage_backups"
    SEE_SHIFTS = "see_shifts"
    VIEW_VOLUNTEERS = "view_volunteers"
    MANAGE_VOLUNTEERS = "manage_volunteers"
    PLAN_SHIFTS = "plan_shifts"
    ASSIGN_VOLUNTEERS = "assign_volunteers"
    CHECK_IN_VOLUNTEERS = "check_in_volunteers"
    MANAGE_RETENTION = "manage_retention"
    PLACE_LEGAL_HOLD = "place_legal_hold"
    SUBJECT_ACCESS = "subject_access"
    ERASE_ON_REQUEST = "erase_on_request"
    VIEW_STATISTICS = "view_statistics"
    VIEW_REFERRAL_STATISTICS = "view_referral_statistics"


R, C, O, D, A = (Role.RECEPTIONIST, Role.CASEWORKER, Role.COORDINATOR, Role.DIRECTOR,
                 Role.ADMINISTRATOR)

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.MANAGE_USERS: frozenset({A}),
    Action.VERIFY_AUDIT: frozenset({A, D}),
    Action.CHANGE_BRANCH_SETTINGS: frozenset({A}),
    Action.REGISTER_VISITOR: frozenset({R, C, D}),
    # Coordinators and administrators keep volunteers and accounts; they do not
    # see case records (a volunteer may be a former visitor).
    Action.VIEW_VISITORS: frozenset({R, C, D}),
    Action.EDIT_VISITOR: frozenset({R, C, D}),
    Action.LOG_VISIT: frozenset({R, C, D}),
    # Health flags (TB, HIV, ...) are for those who refer people to care.
    Action.VIEW_HEALTH_DATA: frozenset({C, D}),
    Action.EDIT_HEALTH_DATA: frozenset({C, D}),
    # Only someone who holds the key to health information can give it to a
    # colleague (services/health.py): the administrator makes accounts but never
    # holds it. With HQ's escrow key, which opens everything anyway, the
    # administrator can give it again when no holder is left.
    Action.GRANT_HEALTH_KEY: frozenset({C, D}),
    Action.RECOVER_HEALTH_KEY: frozenset({A}),
    Action.MERGE_VISITORS: frozenset({D}),
    Action.IMPORT_VISITORS: frozenset({C, D}),
    Action.VIEW_REFERRALS: frozenset({C, D}),
    Action.MAKE_REFERRAL: frozenset({C, D}),
    Action.UPDATE_REFERRAL: frozenset({C, D}),
    # Issuing fixes the number and signs the letter: the director's act.
    Action.ISSUE_LETTER: frozenset({D}),
    Action.PRINT_LETTER: frozenset({C, D}),
    Action.MANAGE_PROVIDERS: frozenset({C, D}),
    # Keys and bundles carry every record of the branch: the administrator's work.
    Action.EXCHANGE_WITH_HQ: frozenset({A}),
    # A backup holds every record too; restoring one replaces them all.
    Action.MANAGE_BACKUPS: frozenset({A}),
    # The desk checks volunteers in and out and prints the day's sign-in
    # sheet: it reads the shift plan with the names of those on each shift,
    # and nothing more of the volunteers.
    Action.SEE_SHIFTS: frozenset({R, O, D}),
    # The register (birth dates, phones, emergency contacts, hours, service
    # records) is the coordinator's; the director reads it. None of this shows
    # a volunteer's case history.
    Action.VIEW_VOLUNTEERS: frozenset({O, D}),
    Action.MANAGE_VOLUNTEERS: frozenset({O}),
    Action.PLAN_SHIFTS: frozenset({O}),
    Action.ASSIGN_VOLUNTEERS: frozenset({O}),
    Action.CHECK_IN_VOLUNTEERS: frozenset({R, O}),
    # The retention period, the list of people due (numbers and dates, no
    # names) and the anonymisation: the administrator, who keeps the backups
    # the same period governs.
    Action.MANAGE_RETENTION: frozenset({A}),
    # A person's rights are answered by the one who answers for the branch:
    # everything held about them (restricted health data included), erasure
    # on their request, and the legal hold that stops both retention and erasure.
    Action.PLACE_LEGAL_HOLD: frozenset({D}),
    Action.SUBJECT_ACCESS: frozenset({D}),
    Action.ERASE_ON_REQUEST: frozenset({D}),
    # Counts only, never a name: what the director reports to the board, HQ
    # and donors (the administrator sends it). A report with exact small
    # counts is their deliberate, audited choice (services/statistics).
    Action.VIEW_STATISTICS: frozenset({D, A}),
    # Caseworkers follow their referrals: the referral figures, nothing else.
    Action.VIEW_REFERRAL_STATISTICS: frozenset({C, D, A}),
}


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]


def require(role: Role, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied(fill(QCoreApplication.translate(
            "Permissions", "Your role (%1) may not do this."), role_label(role)))


def role_label(role: Role) -> str:
    labels = {
        Role.RECEPTIONIST: QCoreApplication.translate("Roles", "Receptionist"),
        Role.CASEWORKER: QCoreApplication.translate("Roles", "Caseworker"),
        Role.COORDINATOR: QCoreApplication.translate("Roles", "Coordinator"),
        Role.DIRECTOR: QCoreApplication.translate("Roles", "Director"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Roles", "Administrator"),
    }
    return labels[role]
