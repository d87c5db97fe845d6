"""The marks and colours of a shift's open places, the same in every volunteers view."""
from __future__ import annotations

from desktop.views.kit.changes import ASSIGNMENT, SHIFT, SITE, VOLUNTEER

GAP_BACKGROUND = "#fde2e0"


GAP_TEXT = "#b3261e"


FULL_BACKGROUND = "#e3f1e5"


# A shift that is over with places never filled: a fact, not a task.
OVER_BACKGROUND = "#eeeeee"


OVER_TEXT = "#5f6368"


NIGHT_MARK = "☾"


GAP_MARK = "⚠"


FULL_MARK = "✓"


# The kinds of records whose change redraws a week.
PLAN_RECORDS = (SHIFT, ASSIGNMENT, SITE, VOLUNTEER)
