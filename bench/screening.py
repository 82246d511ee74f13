"""Benchmark of the screening engine (``tuyengiao.screening``); numbers are printed, never asserted.

    uv run python bench/screening.py               # 1M pledges of the year against 3M of history
    uv run python bench/screening.py --n 20000     # small: under a minute
    uv run python bench/screening.py --n 200000 --lookup-history 3000000

One run prints, on the same synthetic corpus (deterministic, generated in each part):

* ours: the whole batch screening (every flag, clusters), pledges per second and peak memory;
* ours, near-duplicates only: sketching, LSH, exact verification, clusters;
* datasketch: MinHash + MinHashLSH doing only the near-duplicate part (the same normalised word
  bigram hashes, from our batch normalisation; same 24 bands x 3 rows; MinHash.generator, which
  copies one initialised MinHash for each set, with an integer hashfunc, and an insertion
  session: its documented fast path); the time of the preparation it shares with
  ``ours_neardup`` is printed, and the ratio without it;
* floor: only read, normalise and hash the texts (three runs, the median counts);
* lookup: checking ONE new pledge against a stored history through band keys kept in SQLite (a
  temp file, an index on the key column), as the web application will: milliseconds per pledge.

The corpus is made once and handed to every part as a pickle file. Every part runs in its own
process, so that peak memory (VmHWM, reset after the corpus is loaded) belongs to that part alone;
"memory per pledge" is that peak above the corpus, divided by pledges. Speeds and ratios use the
CPU time of the part's process (every part is single-threaded): the machine is shared, and wall
time says more about the neighbours than about the code. Wall time is printed too. Every part
runs with the cyclic garbage collector paused, as the engine's batch runs. Before its timer starts,
every part imports its modules and runs once on a few texts (numba loads the engine's compiled
kernels at their first call); that start-up is printed apart: a process pays it once, whatever
the size of the batch.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from screening_corpus import THEME, YEAR, corpus  # noqa: E402 (after the path is set)


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


CHUNK = 20_000  # pledges handed to the engine at a time, as ``tuyengiao screen`` does


FLOOR_RUNS = 3  # the floor is short and as noisy as any part: the median of three runs is its time


def part_floor(pledges, screened):
    from tuyengiao.screening import chunks
    from tuyengiao.screening.batch import PIECE
    from tuyengiao.screening.shingles import Tokens

    walls, cpus = [], []
    for _ in range(FLOOR_RUNS):
        chunks.TABLE = chunks.ChunkTable()  # each run builds its table of chunks, as ours does once
        start, cpu = time.perf_counter(), time.process_time()
        total = 0
        # In the engine's pieces (BatchScreener.add splits every chunk so), for the same working memory.
        for begin in range(0, len(pledges), PIECE):
            tokens = Tokens.from_texts([p.text for p in pledges[begin:begin + PIECE]])
            total += len(tokens.hashes)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return {"seconds": statistics.median(walls), "tokens": total, "cpu_runs": cpus}


def part_ours(pledges, screened):
    from tuyengiao.screening.batch import BatchScreener
    from tuyengiao.screening.records import Campaign

    start = time.perf_counter()
    screener = BatchScreener(Campaign(YEAR, THEME), keep_texts=False)
    for begin in range(0, len(pledges), CHUNK):
        screener.add(pledges[begin:begin + CHUNK])
    result = screener.finish(lambda i: pledges[i].text)
    seconds = time.perf_counter() - start
    counts: dict[str, int] = {}
    for _, found in result.flags:
        for flag in found:
            counts[flag.code] = counts.get(flag.code, 0) + 1
    biggest = result.clusters[0]["size"] if result.clusters else 0
    return {"seconds": seconds, "flags": counts, "clusters": len(result.clusters), "largest_cluster": biggest,
            **{k: v for k, v in result.stats.items() if k in ("lsh_candidates", "near_duplicate_edges")}}


def _prepared_sets(pledges, timing: dict):
    """Shingle sets of every pledge, a piece at a time as the engine does; the CPU time spent
    here (the preparation both near-duplicate parts share) is added to ``timing["prepare"]``."""
    from tuyengiao.screening.batch import PIECE
    from tuyengiao.screening.sketch import prepare

    for begin in range(0, len(pledges), PIECE):
        started = time.process_time()
        sets = prepare([p.text for p in pledges[begin:begin + PIECE]]).sets
        timing["prepare"] = timing.get("prepare", 0.0) + time.process_time() - started
        yield begin, sets


def part_ours_neardup(pledges, screened):
    """Our near-duplicate part only, with the engine's settings: sketches, LSH candidates,
    estimate and exact verification, clusters and the best peer of every screened pledge."""
    from tuyengiao.screening.minhash import DEFAULT_PARAMS
    from tuyengiao.screening.peers import PledgeTable, find_peers
    from tuyengiao.screening.records import DEFAULT_SETTINGS as S
    from tuyengiao.screening.sketch import Sketch

    start, timing = time.perf_counter(), {}
    parts = [Sketch.of(sets).compact() for _, sets in _prepared_sets(pledges, timing)]
    sketch = Sketch.merge(parts, DEFAULT_PARAMS)
    owners: dict = {}
    owner = np.fromiter((owners.setdefault(p.owner, len(owners)) for p in pledges), np.int32, len(pledges))
    year = np.fromiter((p.year for p in pledges), np.int16, len(pledges))
    table = PledgeTable(owner, np.full(len(pledges), -1, np.int32), year, np.zeros(len(pledges), bool), year == YEAR)
    peers = find_peers(sketch, table, S.copy_jaccard, S.bucket_window)
    return {"seconds": time.perf_counter() - start, "prepare_cpu": timing["prepare"], "matched": len(peers.match)}


def part_datasketch(pledges, screened):
    """datasketch on the same shingles: our normalisation gives each pledge's set of word-bigram
    hashes (as for ``ours``); datasketch does the rest: ``MinHash.generator`` (its documented way
    to make many MinHashes: one initialised MinHash copied for each set, so the permutations are
    not drawn again for every pledge) with an integer ``hashfunc`` (its way to take pre-hashed
    shingles), an insertion session, then a query for every pledge of the screened year."""
    from datasketch import MinHash, MinHashLSH

    start, timing = time.perf_counter(), {}
    lsh = MinHashLSH(num_perm=72, params=(24, 3))
    kept = {}
    with lsh.insertion_session() as session:
        for begin, sets in _prepared_sets(pledges, timing):
            nonempty = [k for k in range(len(sets)) if sets.sizes[k]]
            for k, m in zip(nonempty, MinHash.generator((sets.set_of(k) for k in nonempty), num_perm=72,
                                                       hashfunc=int)):
                session.insert(begin + k, m)
                if pledges[begin + k].year == YEAR:
                    kept[begin + k] = m
    found = 0
    for i, m in kept.items():
        found += len(lsh.query(m)) > 1
    return {"seconds": time.perf_counter() - start, "prepare_cpu": timing["prepare"], "matched": found}


CANDIDATES = 100  # tuyengiao.flags.services.CANDIDATE_LIMIT


def part_lookup(pledges, screened, history: int, queries: int = 200):
    """History of ``history`` pledges in SQLite (band keys indexed); time ONE new pledge at a time."""
    from tuyengiao.screening.records import Campaign, Pledge
    from tuyengiao.screening.single import checker
    from tuyengiao.screening.sketch import Sketch, band_keys, prepare

    base = [p for p in pledges if p.year < YEAR]
    rng = np.random.default_rng(11)
    folder = tempfile.mkdtemp(prefix="screening-bench-")
    db = sqlite3.connect(os.path.join(folder, "history.sqlite3"))
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                     "CREATE TABLE pledge (id INTEGER PRIMARY KEY, ref TEXT, owner TEXT, kind TEXT, unit TEXT,"
                     " year INTEGER, text TEXT);"
                     "CREATE TABLE band (key INTEGER NOT NULL, pledge INTEGER NOT NULL);")
    build = time.perf_counter()
    row = 0
    for begin in range(0, history, 20_000):
        chunk = [base[(begin + k) % len(base)] for k in range(min(20_000, history - begin))]
        sketch = Sketch.of(prepare([p.text for p in chunk]).sets)
        ids = range(row, row + len(chunk))
        db.executemany("INSERT INTO pledge VALUES (?, ?, ?, ?, ?, ?, ?)",
                       ((i, p.id, p.owner, p.kind, p.unit, p.year, p.text) for i, p in zip(ids, chunk)))
        keys = sketch.keys.tolist()
        db.executemany("INSERT INTO band VALUES (?, ?)",
                       ((key, i) for i, row_keys, size in zip(ids, keys, sketch.sets.sizes) if size
                        for key in row_keys))
        row += len(chunk)
    db.executescript("CREATE INDEX band_key ON band (key); CREATE INDEX pledge_owner ON pledge (owner);")
    db.commit()
    build = time.perf_counter() - build
    size = os.path.getsize(os.path.join(folder, "history.sqlite3"))
    check = checker(Campaign(YEAR, THEME))
    current = [p for p in pledges if p.year == YEAR]
    timings, flagged = [], 0
    for q in range(queries):
        new = current[int(rng.integers(len(current)))]
        started = time.perf_counter()
        keys = band_keys(new.text)
        marks = ",".join("?" * len(keys))
        # As the application does: the pledges sharing the most band keys, at most CANDIDATES of them.
        hits = [r[0] for r in db.execute(f"SELECT pledge FROM band WHERE key IN ({marks}) GROUP BY pledge "
                                         f"ORDER BY COUNT(*) DESC, pledge DESC LIMIT {CANDIDATES}", keys)]
        rows = db.execute(f"SELECT ref, owner, kind, unit, year, text FROM pledge WHERE id IN "
                          f"({','.join('?' * len(hits))}) OR owner = ?", [*hits, new.owner]).fetchall()
        candidates = [Pledge(*r) for r in rows]
        unit = next((c for c in candidates if c.kind == "collective" and c.unit == new.unit and c.year == YEAR), None)
        flags = check.check(new, candidates, unit)
        timings.append((time.perf_counter() - started) * 1000)
        flagged += any(f.code in ("copied_past", "copied_peer") for f in flags)
    db.close()
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
    return {"history": history, "band_rows": row * 24, "build_seconds": build, "db_mb": size / 1e6,
            "median_ms": statistics.median(timings), "p95_ms": float(np.percentile(timings, 95)),
            "max_ms": max(timings), "queries": queries, "copies_found": flagged}


WARM_UP_TEXTS = [line for line in THEME.splitlines() if line.strip()][:40]


def _warm_up(name: str) -> None:
    """What a process does once, before any batch: import the part's modules and run it on a few
    texts (numba loads its compiled kernels at the first call). Timed apart ("start-up"), for
    every part alike; the tables a batch fills (chunks, token hashes) are emptied again."""
    from tuyengiao.screening import chunks
    from tuyengiao.screening.records import Pledge
    from tuyengiao.screening.shingles import TOKEN_HASHES

    pledges = [Pledge(f"w{i}", f"w{i % 7}", "individual", "W", YEAR - i % 2, text, "")
               for i, text in enumerate(WARM_UP_TEXTS)]
    if name in ("ours", "ours_neardup", "datasketch", "floor"):
        PARTS[name](pledges, sum(p.year == YEAR for p in pledges))
    if name in ("ours", "ours_neardup"):  # a few texts do not reach every compiled kernel
        from tuyengiao.screening import kernels

        kernels.warm_up()
    elif name == "lookup":
        from tuyengiao.screening.single import checker  # noqa: F401 (the import is the warm-up)
    chunks.TABLE = chunks.ChunkTable()
    TOKEN_HASHES.clear()


PARTS = {"floor": part_floor, "ours": part_ours, "ours_neardup": part_ours_neardup,
         "datasketch": part_datasketch, "lookup": part_lookup}


def run_part(name: str, n: int, lookup_history: int, corpus_file: str | None = None) -> dict:
    if corpus_file:  # made once by the parent process: the same texts for every part
        with open(corpus_file, "rb") as file:
            pledges, screened = pickle.load(file)
    else:
        pledges, screened = corpus(n)
    startup = time.process_time()
    _warm_up(name)
    startup = time.process_time() - startup
    _reset_peak()
    before = _rss_kb("VmRSS")
    kwargs = {"history": lookup_history} if name == "lookup" else {}
    from tuyengiao.screening.memory import gc_paused

    cpu = time.process_time()
    # Every part with the cyclic garbage collector paused, as the engine's batch pauses it: the
    # same conditions for all (datasketch, the floor and the lookup gain from it too).
    with gc_paused():
        result = PARTS[name](pledges, screened, **kwargs)
    result["cpu_seconds"] = time.process_time() - cpu
    if "cpu_runs" in result:  # a part timed several times: its median run
        result["cpu_seconds"] = statistics.median(result["cpu_runs"])
    peak = _rss_kb("VmHWM")
    result["startup_cpu"] = startup
    return {**result, "pledges": len(pledges), "screened": screened, "corpus_mb": before / 1024,
            "peak_above_corpus_mb": max(0, peak - before) / 1024}


# datasketch's peak above the corpus, measured with this corpus: 5,960 bytes per text at n = 20k,
# 6,161 at 200k (its MinHashLSH holds a bytes key per band per text in dicts).
DATASKETCH_BYTES_PER_TEXT = 6_500


def _datasketch_would_not_fit(n: int, results: dict) -> str | None:
    """Why datasketch cannot run at this size on this machine (None if it can): it would need more
    memory than is available, and the kernel would kill it or the machine's other work."""
    texts = 4 * n + 4 * max(1, n // 30)  # a pledge per owner and year, a collective one per unit and year
    corpus_mb = max((r.get("corpus_mb", 0) for r in results.values()), default=0) or texts * 900 / 1e6
    needed_mb = corpus_mb + texts * DATASKETCH_BYTES_PER_TEXT / 1e6
    available_mb = 0.0
    for line in Path("/proc/meminfo").read_text().splitlines() if Path("/proc/meminfo").exists() else []:
        if line.startswith("MemAvailable:"):
            available_mb = int(line.split()[1]) / 1024
    if available_mb and needed_mb > 0.9 * available_mb:
        return (f"it would need about {needed_mb / 1024:.1f} GB ({texts:,} texts at {DATASKETCH_BYTES_PER_TEXT:,} "
                f"bytes each, plus the corpus), {available_mb / 1024:.1f} GB are available")
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark of the screening engine.")
    parser.add_argument("--n", type=int, default=1_000_000, help="pledges of the screened year (history: 3 per owner)")
    parser.add_argument("--lookup-history", type=int, default=None, help="stored history for the lookup (default 3n)")
    parser.add_argument("--parts", default=",".join(PARTS), help="comma-separated: " + ",".join(PARTS))
    parser.add_argument("--part", help=argparse.SUPPRESS)
    parser.add_argument("--corpus-file", help=argparse.SUPPRESS)
    parser.add_argument("--make-corpus", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    lookup_history = args.lookup_history or 3 * args.n
    if args.make_corpus:
        with open(args.corpus_file, "wb") as file:
            pickle.dump(corpus(args.n), file, protocol=pickle.HIGHEST_PROTOCOL)
        return 0
    if args.part:
        print(json.dumps(run_part(args.part, args.n, lookup_history, args.corpus_file)))
        return 0
    started = time.perf_counter()
    folder = tempfile.mkdtemp(prefix="screening-corpus-")
    corpus_file = os.path.join(folder, "corpus.pickle")
    # In a process of its own: this one then holds no corpus while the parts run (at 1M pledges
    # the corpus takes several GB, and each part loads its own copy).
    subprocess.run([sys.executable, __file__, "--make-corpus", "--n", str(args.n), "--corpus-file", corpus_file],
                   check=True)
    print(f"  [corpus: {time.perf_counter() - started:.0f} s]", file=sys.stderr)
    results = {}
    try:
        for name in args.parts.split(","):
            started = time.perf_counter()
            if name == "datasketch":
                reason = _datasketch_would_not_fit(args.n, results)
                if reason:
                    results[name] = {"skipped": reason}
                    print(f"  [datasketch skipped: {reason}]", file=sys.stderr)
                    continue
            out = subprocess.run([sys.executable, __file__, "--part", name, "--n", str(args.n), "--lookup-history",
                                  str(lookup_history), "--corpus-file", corpus_file], capture_output=True, text=True)
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return out.returncode
            results[name] = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"  [{name}: {time.perf_counter() - started:.0f} s with loading the corpus]", file=sys.stderr)
    finally:
        os.remove(corpus_file)
        os.rmdir(folder)
    report(results, args.n)
    return 0


def report(results: dict, n: int) -> None:
    any_part = next(r for r in results.values() if "skipped" not in r)
    pledges, screened = any_part["pledges"], any_part["screened"]
    print(f"Corpus: {screened:,} pledges of {YEAR} against {pledges - screened:,} of history "
          f"({pledges:,} texts); machine: {os.cpu_count()} cores.")

    # The machine is shared: wall time depends on what else runs. Every part is single-threaded,
    # so its CPU time measures its own work; rates and ratios use CPU seconds.
    def cpu(part):
        return results[part]["cpu_seconds"]

    def per_pledge(part):
        return results[part]["peak_above_corpus_mb"] * 1e6 / pledges

    skipped = {name: r["skipped"] for name, r in results.items() if "skipped" in r}
    results = {name: r for name, r in results.items() if name not in skipped}
    print(f"{'part':14} {'wall s':>8} {'CPU s':>8} {'pledges/s':>11} {'peak MB':>9} {'bytes/pledge':>13} "
          f"{'start-up CPU s':>15}")
    for name, reason in skipped.items():
        print(f"{name:14} skipped: {reason}")
    for name in ("ours", "ours_neardup", "datasketch", "floor"):
        if name in results:
            print(f"{name:14} {results[name]['seconds']:8.1f} {cpu(name):8.1f} {pledges / cpu(name):11,.0f} "
                  f"{results[name]['peak_above_corpus_mb']:9.0f} {per_pledge(name):13,.0f} "
                  f"{results[name].get('startup_cpu', 0):15.1f}")
    if "ours" in results:
        print(f"whole batch: {results['ours']['screened'] if 'screened' in results['ours'] else screened:,} screened; "
              f"flags {results['ours']['flags']}; {results['ours']['clusters']:,} copy clusters, largest "
              f"{results['ours']['largest_cluster']:,}; LSH candidate pairs (summed over bands) "
              f"{results['ours'].get('lsh_candidates', 0):,}; verified near-duplicate pairs "
              f"{results['ours'].get('near_duplicate_edges', 0):,}")
    if "datasketch" in results:
        for ours in ("ours", "ours_neardup"):
            if ours in results:
                print(f"{ours} vs datasketch (near-duplicates only): {cpu('datasketch') / cpu(ours):.1f}x "
                      f"faster (CPU), memory per pledge {per_pledge(ours) / max(per_pledge('datasketch'), 1e-9):.2f} of theirs")
        if "ours_neardup" in results:
            # Both near-duplicate parts start from the same normalisation and shingling (our
            # ``prepare``); without it, what remains is MinHash, LSH and verification alone.
            theirs_own = cpu("datasketch") - results["datasketch"]["prepare_cpu"]
            ours_own = cpu("ours_neardup") - results["ours_neardup"]["prepare_cpu"]
            print(f"near-duplicate work without the shared preparation ({results['datasketch']['prepare_cpu']:.1f} / "
                  f"{results['ours_neardup']['prepare_cpu']:.1f} CPU s): datasketch {theirs_own:.1f} CPU s, ours "
                  f"{ours_own:.1f} CPU s: {theirs_own / max(ours_own, 1e-9):.1f}x faster")
    if "floor" in results and "ours" in results:
        runs = ", ".join(f"{run:.1f}" for run in results["floor"].get("cpu_runs", []))
        print(f"ours vs floor (read, normalise, hash; median of {len(results['floor'].get('cpu_runs', [1]))} runs: "
              f"{runs} CPU s): {cpu('ours') / cpu('floor'):.2f}x the floor's CPU time")
    if "lookup" in results:
        lk = results["lookup"]
        print(f"lookup: ONE new pledge against {lk['history']:,} stored pledges ({lk['band_rows']:,} band-key rows, "
              f"SQLite {lk['db_mb']:.0f} MB, built in {lk['build_seconds']:.0f} s): median {lk['median_ms']:.1f} ms, "
              f"p95 {lk['p95_ms']:.1f} ms, max {lk['max_ms']:.1f} ms over {lk['queries']} pledges "
              f"({lk['copies_found']} found copies)")


if __name__ == "__main__":
    sys.exit(main())
