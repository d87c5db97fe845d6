"""The marks and colours of a shift's open places, the same in every volunteers view."""
from __future__ import annotations

GAP_BACKGROUND = "#fde2e0"


GAP_TEXT = "#b3261e"


FULL_BACKGROUND = "#e3f1e5"


NIGHT_MARK = "☾"


GAP_MARK = "⚠"


FULL_MARK = "✓"


#: the record types whose change redraws a week
PLAN_RECORDS = ("shift", "assignment", "site", "volunteer")
