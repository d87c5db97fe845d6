"""The throwaway PostgreSQL server used by the test suite works end to end."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select
from sqlalchemy.engine import make_url

from tests.support.postgres import PostgresServer, find_pg_bin

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_server() -> Iterator[PostgresServer]:
    if find_pg_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but PostgreSQL is not installed (apt-get install postgresql)")
        pytest.skip("PostgreSQL server binaries not installed (Debian package 'postgresql')")
    started = time.monotonic()
    with PostgresServer() as server:
        print(f"PostgreSQL started in {time.monotonic() - started:.2f}s on port {server.port}")
        yield server


def _roundtrip(url: str, label: str) -> list[tuple[int, str]]:
    metadata = MetaData()
    items = Table(
        "items",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("label", String(50), nullable=False),
    )
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            conn.execute(insert(items).values(label=label))
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(select(items.c.id, items.c.label))]
    finally:
        engine.dispose()


def test_two_fresh_databases_are_isolated(pg_server: PostgresServer) -> None:
    url_a = pg_server.create_fresh_database()
    url_b = pg_server.create_fresh_database()
    name_a = make_url(url_a).database
    name_b = make_url(url_b).database
    assert name_a and name_b and name_a != name_b
    assert url_a == pg_server.url(name_a)
    assert url_a.startswith(f"postgresql+psycopg://postgres@127.0.0.1:{pg_server.port}/")
    try:
        assert _roundtrip(url_a, "alpha") == [(1, "alpha")]
        assert _roundtrip(url_b, "beta") == [(1, "beta")]
        # Each database only sees its own row.
        engine = create_engine(url_a)
        try:
            with engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT label FROM items").scalars().all() == ["alpha"]
        finally:
            engine.dispose()
    finally:
        pg_server.drop_database(name_a)
        pg_server.drop_database(name_b)

    with pg_server.connect() as conn:
        rows = conn.execute(
            "SELECT datname FROM pg_database WHERE datname = ANY(%s)", [[name_a, name_b]]
        ).fetchall()
    assert rows == []


def test_server_uses_throwaway_settings(pg_server: PostgresServer) -> None:
    with pg_server.connect() as conn:
        settings = dict(
            conn.execute(
                "SELECT name, setting FROM pg_settings WHERE name = ANY(%s)",
                [["fsync", "synchronous_commit", "full_page_writes", "listen_addresses"]],
            ).fetchall()
        )
    assert settings == {
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "listen_addresses": "127.0.0.1",
    }
    assert (pg_server.socket_dir / f".s.PGSQL.{pg_server.port}").exists()
