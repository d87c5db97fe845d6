"""Rows as they travel in bundles: a snapshot from a branch still on an older
version, without a column a later revision added, is completed, not refused."""
from __future__ import annotations

import uuid

import pytest

from desktop.models import Volunteer
from desktop.models.replication import RowCodec


def _snapshot(codec: RowCodec) -> dict:
    return {c: None for c in codec.columns} | {"id": str(uuid.uuid4()), "version": 1}


def test_a_column_added_later_takes_its_default_when_the_snapshot_lacks_it():
    codec = RowCodec(Volunteer)
    old = _snapshot(codec)
    del old["sex"]  # revision 0007 added it
    assert codec.values(old)["sex"] == ""


def test_a_required_column_missing_is_still_refused():
    codec = RowCodec(Volunteer)
    required = next(c.key for c in Volunteer.__table__.columns
                    if not c.nullable and c.default is None and c.key not in ("id", "version"))
    broken = _snapshot(codec)
    del broken[required]
    with pytest.raises(ValueError, match=f"missing fields: {required}"):
        codec.values(broken)
