"""Exchange epochs: what a restore tells HQ.

A restore rewinds the branch's records to the time of a backup. The bundles
made afterwards must not look to HQ like a second, different branch with the
same numbers (a fork). So a restore starts a new epoch, kept in the branch's
``exchange_state`` and carried in every bundle's manifest from then on:

- ``epoch``: the new epoch's number (seconds since 2020-01-01 UTC when the
  restore was made, and always above the one before: two restores never
  share a number, even from the same backup on two laptops);
- ``epoch_parent``: the epoch the backup was made in (0: never restored);
- ``epoch_base_change`` and ``epoch_base_bundle``: the change-log number
  and bundle number the epoch continues from: changes numbered above the
  base were made in this epoch, whatever HQ saw before under those numbers;
  bundles numbered above it are this epoch's;
- ``epoch_restored_change``: the change-log head of the restored backup: the
  branch has none of its parent epoch's changes above it (HQ may, and
  sends those records back);
- ``epoch_restored_at``: when the restored backup was made (seconds since
  1970 UTC; 0 when the backup did not say): HQ sends back the branch's
  records it holds changed since then, which the backup may lack.

When the records set aside could still be read (a restore on the same
computer), the restore keeps the branch's bundle numbers and its change-log
head where they were: the base is then the present, and even an HQ that knows
nothing of epochs takes the next bundle as the one after the last it saw.
On a new computer the base is the backup's.
"""
from __future__ import annotations

import datetime as dt

from ..exchange.recovery import next_epoch

EPOCH = "epoch"
PARENT = "epoch_parent"
BASE_CHANGE = "epoch_base_change"
BASE_BUNDLE = "epoch_base_bundle"
RESTORED_CHANGE = "epoch_restored_change"
RESTORED_AT = "epoch_restored_at"
NAMES = (EPOCH, PARENT, BASE_CHANGE, BASE_BUNDLE, RESTORED_CHANGE, RESTORED_AT)

__all__ = ["NAMES", "manifest_part", "next_epoch"]


def manifest_part(state: dict[str, int]) -> dict | None:
    """What a bundle's manifest says of the epoch (None before any restore,
    so bundles stay as they were for branches never restored)."""
    if not state.get(EPOCH):
        return None
    part = {"id": state[EPOCH], "parent": state.get(PARENT, 0),
            "base_change": state.get(BASE_CHANGE, 0), "base_bundle": state.get(BASE_BUNDLE, 0),
            "restored_change": state.get(RESTORED_CHANGE, 0)}
    if state.get(RESTORED_AT):
        part["restored_at"] = dt.datetime.fromtimestamp(state[RESTORED_AT], dt.timezone.utc).isoformat()
    return part
