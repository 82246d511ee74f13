"""Benchmark: roll-up over a national-size unit tree.

    uv run python bench/tree.py [--scale S] [--level L] [--repeat N] [--keep]

Builds a synthetic tree (at scale 1: about 100,000 units and 5,000,000 members: 63 provinces,
11 upper-grassroots committees each, 21 grassroots units under each of those, 0-14 cells under a
grassroots unit) in a scratch database, by raw bulk inserts into the real tables created by
``migrate``; then measures, repeated (median):

  (a) one ``SELECT COUNT(*)`` over the members table;
  (b) active-member counts for every unit at level L (default 3, grassroots) in one GROUP BY over the
      path prefix, through the query ``tuyengiao stats`` uses (core.figures.member_counts + Rollup).

Scratch database: a SQLite file in a temporary directory by default. With DATABASE_URL set
(PostgreSQL), a new database ``tuyengiao_bench_<pid>`` on that server (or, if the user may not
create databases, a schema of that name), dropped at the end.
"""

import argparse
import datetime
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROVINCES, UPPER, GRASSROOTS, CELLS_MAX = 63, 11, 21, 14
MEMBERS = 5_000_000
BATCH = 50_000


def say(message: str) -> None:
    print(message, flush=True)


def fmt(n: float) -> str:
    return f"{n:,.0f}".replace(",", ".")


# -- scratch database -----------------------------------------------------------------------------


class Scratch:
    """A temporary data dir, and for PostgreSQL a database (or schema) of our own, removed on exit."""

    def __init__(self, keep: bool):
        self.keep = keep
        self.dir = Path(tempfile.mkdtemp(prefix="tuyengiao-bench-"))
        self.url = os.environ.get("DATABASE_URL", "")
        self.name = f"tuyengiao_bench_{os.getpid()}"
        self.kind = None
        os.environ["TUYENGIAO_DATA_DIR"] = str(self.dir)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tuyengiao.settings")
        if not self.url:
            self.kind = "sqlite"
            return
        if not self.url.startswith(("postgres://", "postgresql://")):
            sys.exit("DATABASE_URL must be a PostgreSQL URL (or unset for SQLite).")
        import psycopg

        with psycopg.connect(self._psycopg_url(self.url), autocommit=True) as conn:
            try:
                conn.execute(f'CREATE DATABASE "{self.name}"')
                self.kind = "database"
                parts = urlsplit(self.url)
                os.environ["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{self.name}", query=""))
            except psycopg.errors.InsufficientPrivilege:
                conn.execute(f'CREATE SCHEMA "{self.name}"')
                self.kind = "schema"
                parts = urlsplit(self.url)
                query = f"options=-c%20search_path%3D{self.name}"
                os.environ["DATABASE_URL"] = urlunsplit(parts._replace(query=query))

    @staticmethod
    def _psycopg_url(url: str) -> str:
        return "postgresql://" + url.split("://", 1)[1]

    def describe(self) -> str:
        if self.kind == "sqlite":
            return f"SQLite {self.dir / 'tuyengiao.sqlite3'}"
        where = urlsplit(self.url)
        return f"PostgreSQL {where.hostname}:{where.port or 5432}, scratch {self.kind} {self.name}"

    def cleanup(self) -> None:
        from django.db import connections

        connections.close_all()
        if self.kind in {"database", "schema"} and not self.keep:
            import psycopg

            with psycopg.connect(self._psycopg_url(self.url), autocommit=True) as conn:
                if self.kind == "database":
                    conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
                else:
                    conn.execute(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE')
        if self.keep:
            say(f"Kept: {self.dir} ({self.describe()})")
        else:
            shutil.rmtree(self.dir, ignore_errors=True)


# -- building the tree ----------------------------------------------------------------------------


def build_units(scale: float, rng: random.Random):
    """Rows (id, code, name, kind, parent_id, path, level) parent first, and the member-holding ids."""
    from tuyengiao.org.tree import segment

    rows, holders = [], []
    next_id = 1

    def add(code, name, kind, parent, level):
        nonlocal next_id
        unit_id = next_id
        next_id += 1
        path = (parent[1] if parent else "") + segment(unit_id)
        rows.append((unit_id, code, name, kind, parent[0] if parent else None, path, level))
        return unit_id, path

    for p in range(max(1, round(PROVINCES * scale))):
        province = add(f"P{p:02d}", f"Tỉnh ủy số {p + 1}", "province", None, 1)
        for u in range(UPPER):
            upper = add(f"P{p:02d}.{u:02d}", f"Huyện ủy số {u + 1}", "district", province, 2)
            for g in range(GRASSROOTS):
                cells = rng.randint(0, CELLS_MAX) if rng.random() < 0.85 else 0
                kind = "commune" if cells else "base_cell"
                grassroots = add(f"P{p:02d}.{u:02d}.{g:02d}", f"Đảng ủy xã số {g + 1}", kind, upper, 3)
                if not cells:
                    holders.append(grassroots[0])
                for c in range(cells):
                    holders.append(add(f"P{p:02d}.{u:02d}.{g:02d}.{c:02d}", f"Chi bộ thôn số {c + 1}", "cell",
                                       grassroots, 4)[0])
    return rows, holders


def name_pool(rng: random.Random, size: int = 5000):
    from tuyengiao.demo.names import person_name
    from tuyengiao.screening.normalize import name_sort_key, search_keys

    pool = []
    for _ in range(size):
        gender = "male" if rng.random() < 0.6 else "female"
        year = rng.randint(1940, 2004)
        name = person_name(rng, gender, year)
        pool.append((name, gender, year, *search_keys(name), name_sort_key(name)))
    return pool


class Loader:
    def __init__(self):
        from django.db import connection

        self.connection = connection
        self.vendor = connection.vendor

    def insert(self, table: str, columns: list[str], rows) -> int:
        """Bulk insert an iterable of tuples: executemany on SQLite, COPY on PostgreSQL."""
        count = 0
        with self.connection.cursor() as cursor:
            if self.vendor == "postgresql":
                with cursor.cursor.copy(f'COPY "{table}" ({", ".join(columns)}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
                        count += 1
                return count
            sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join(["%s"] * len(columns))})'
            batch = []
            for row in rows:
                batch.append(row)
                if len(batch) >= BATCH:
                    cursor.executemany(sql, batch)
                    count += len(batch)
                    batch = []
            if batch:
                cursor.executemany(sql, batch)
                count += len(batch)
        return count

    def secondary_indexes(self, table: str) -> list[tuple[str, str]]:
        """(name, CREATE statement) of the plain indexes of a table, which are faster built after a load."""
        with self.connection.cursor() as cursor:
            if self.vendor == "sqlite":
                cursor.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name=%s "
                               "AND sql IS NOT NULL", [table])
                return list(cursor.fetchall())
            cursor.execute(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = %s AND i.schemaname = "
                "current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
                [table])
            return list(cursor.fetchall())

    def execute(self, sql: str) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(sql)


def build(scale: float, seed: int) -> dict:
    from django.db import transaction

    from tuyengiao.org.models import Unit
    from tuyengiao.people.models import Member

    rng = random.Random(seed)
    loader = Loader()
    now = datetime.datetime.now(datetime.timezone.utc)
    start = datetime.date(2015, 1, 1)
    if loader.vendor == "sqlite":  # the format Django itself stores
        now, start = now.replace(tzinfo=None).isoformat(" "), start.isoformat()
    if loader.vendor == "sqlite":
        loader.execute("PRAGMA cache_size = -1000000")
        loader.execute("PRAGMA synchronous = OFF")

    started = time.perf_counter()
    rows, holders = build_units(scale, rng)
    unit_columns = ["id", "code", "name", "short_name", "kind", "parent_id", "path", "level", "active_from",
                    "active_to", "name_key", "name_fold", "updated_at"]
    with transaction.atomic():
        loader.insert(Unit._meta.db_table, unit_columns, (
            (i, code, name, "", kind, parent, path, level, start, None, name.lower(), name.lower(), now)
            for i, code, name, kind, parent, path, level in rows))
    say(f"  units: {fmt(len(rows))} ({fmt(len(holders))} holding members) in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    pool = name_pool(rng)
    target = round(MEMBERS * scale)
    member_columns = ["id", "full_name", "gender", "birth_year", "unit_id", "position", "duties", "is_head",
                      "category", "status", "user_id", "name_key", "name_fold", "sort_key", "updated_at"]
    indexes = loader.secondary_indexes(Member._meta.db_table)
    for name, _ in indexes:
        loader.execute(f'DROP INDEX "{name}"')

    def members():
        per_holder = target / len(holders)
        member_id = 0
        carry = 0.0
        statuses = ["active"] * 97 + ["transferred", "left", "deceased"]
        categories = ["party"] * 88 + ["civil"] * 5 + ["youth"] * 4 + ["association"] * 3
        for unit_id in holders:
            carry += per_holder * rng.uniform(0.5, 1.5)
            n = int(carry)
            carry -= n
            for k in range(n):
                member_id += 1
                name, gender, year, key, folded, sort_key = pool[rng.randrange(len(pool))]
                yield (member_id, name, gender, year, unit_id, "Bí thư chi bộ" if k == 0 else "Đảng viên", "",
                       k == 0, categories[member_id % 100], statuses[(member_id * 7) % 100], None, key, folded,
                       sort_key, now)

    with transaction.atomic():
        count = loader.insert(Member._meta.db_table, member_columns, members())
    say(f"  members: {fmt(count)} inserted in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    for _, sql in indexes:
        loader.execute(sql)
    loader.execute("ANALYZE")
    say(f"  {len(indexes)} member indexes rebuilt, ANALYZE, in {time.perf_counter() - started:.1f} s")
    return {"units": len(rows), "members": count}


# -- measuring ------------------------------------------------------------------------------------


def measure(level: int, repeat: int) -> None:
    from django.db import connection
    from django.db.models import Count

    from tuyengiao.core.figures import Rollup, member_counts
    from tuyengiao.org.models import Unit
    from tuyengiao.org.tree import SEGMENT
    from tuyengiao.people.models import Member

    table = Member._meta.db_table

    def count_all():
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            return cursor.fetchone()[0]

    def per_unit():
        return member_counts(Rollup(None, level=level), None, group=())

    def timed(function):
        times, result = [], None
        function()  # warm-up, not counted
        for _ in range(repeat):
            started = time.perf_counter()
            result = function()
            times.append(time.perf_counter() - started)
        return statistics.median(times), result

    unit_table = Unit._meta.db_table
    width = level * SEGMENT
    two_stage = (
        f'SELECT SUBSTR(u.path, 1, {width}), SUM(x.n) FROM (SELECT unit_id, COUNT(*) AS n FROM "{table}" '
        f"WHERE status = 'active' GROUP BY unit_id) x JOIN \"{unit_table}\" u ON u.id = x.unit_id GROUP BY 1"
    )

    def per_unit_two_stage():
        with connection.cursor() as cursor:
            cursor.execute(two_stage)
            return cursor.fetchall()

    a, total = timed(count_all)
    b, groups = timed(per_unit)
    c, rows = timed(per_unit_two_stage)
    counted = sum(cell["n"] for bucket in groups.values() for cell in bucket.values())
    sql = str(Rollup(None, level=level).queryset(
        Member.objects.filter(status="active"), path="unit__path", unit_id="unit_id", n=Count("id")).query)
    say("")
    say(f"Query (b), as the app runs it:\n  {sql}")
    say("")
    say(f"(a) SELECT COUNT(*) over {fmt(total)} member rows:          median {a * 1000:9.2f} ms  ({repeat} runs)")
    say(f"(b) active members per level-{level} unit, one GROUP BY:   median {b * 1000:9.2f} ms  ({repeat} runs)")
    say(f"    {fmt(len(groups))} groups (units at level {level}), {fmt(counted)} active members counted")
    say(f"ratio b/a = {b / a:.1f}")
    say("")
    say("For comparison, (c) the same counts in two stages (GROUP BY unit_id over the members index, then by")
    say(f"    prefix over the {fmt(len(rows))} groups), raw SQL: median {c * 1000:9.2f} ms, "
        f"c/a = {c / a:.1f}, b/c = {b / c:.1f}")
    assert sorted((bucket, cell["n"]) for bucket, cells in groups.items() for cell in cells.values()) == sorted(
        (bucket, n) for bucket, n in rows), "(b) and (c) disagree"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the national size (default 1)")
    parser.add_argument("--level", type=int, default=3, help="tree level to group by (default 3, grassroots)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query (default 5)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    args = parser.parse_args()
    if not 0 < args.scale <= 10 or not 1 <= args.level <= 4:
        parser.error("--scale must be in (0, 10], --level in 1..4")

    scratch = Scratch(args.keep)
    try:
        import django
        from django.core.management import call_command

        django.setup()
        say(f"Scratch database: {scratch.describe()}")
        started = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        say(f"  migrate in {time.perf_counter() - started:.1f} s")
        say(f"Building the tree at scale {args.scale}:")
        started = time.perf_counter()
        build(args.scale, args.seed)
        say(f"  built in {time.perf_counter() - started:.1f} s")
        measure(args.level, args.repeat)
    finally:
        scratch.cleanup()


if __name__ == "__main__":
    main()
