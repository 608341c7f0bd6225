"""Scale benchmark: the local engine vs the Dask engine with 1 and 2 workers, on one synthetic corpus.

    python -m events.bench scale [--articles 20000] [--workers 1,2] [--seed 0] [--corpus DIR] [--keep]

In: a corpus size (the corpus is generated like ``python -m events.bench corpus``, unless --corpus
names an existing one). Out (printed): for each engine, articles stored per second of wall time
(reading, cluster start, analysis and storing included), where the time went (local: analysing /
writing the store; Dask: the parallel phase / merging and loading on the client), the peak memory
of the engine's whole process tree (the engine process plus its Dask scheduler, nannies and
workers, sampled with psutil every 50 ms), and a digest of the sorted export rows (equal digests:
the engines built the same timeline).
Each engine runs in its own process on an empty store, so one run's caches never help the next.
Figures only, never pass/fail.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from events.bench.corpus import write_corpus


@dataclass(frozen=True)
class Measurement:
    engine: str
    articles: int
    events: int
    seconds: float
    analyse_seconds: float  # local: time in extraction; Dask: wall time of the parallel phase
    store_seconds: float  # local: time writing the store; Dask: merging and loading on the client
    peak_bytes: int
    export_digest: str

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass  # exited between listing and reading
    return total


def _run_engine(engine: str, workers: int, corpus: Path, work: Path) -> Measurement:
    """Run one engine in a child process, sampling its process tree's memory every 50 ms."""
    db = work / f"{engine}-{workers}.duckdb"
    command = [sys.executable, "-m", "events.bench", "scale", "--run", engine, "--workers", str(workers),
               "--corpus", str(corpus), "--db", str(db)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            process = psutil.Process(child.pid)
            while not done.is_set():
                peak = max(peak, _tree_rss(process))
                time.sleep(0.05)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = child.communicate()
    done.set()
    sampler.join()
    if child.returncode != 0:
        raise RuntimeError(f"{engine} engine failed (exit {child.returncode})")
    result = json.loads(output.strip().splitlines()[-1])
    name = "local" if engine == "local" else f"dask, {workers} worker{'s' if workers > 1 else ''}"
    return Measurement(name, result["articles"], result["events"], result["seconds"], result["analyse"],
                       result["store"], peak, result["digest"])


def _export_digest(db: Path) -> str:
    """A hash of the sorted export rows: equal digests mean the engines stored the same timeline."""
    import hashlib

    from events.store import read_connection
    from events.store.export import export_frame, to_jsonl

    with read_connection(db) as con:
        frame = export_frame(con)
    lines = sorted(to_jsonl(frame).splitlines())
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]


def _child(engine: str, workers: int, corpus: Path, db: Path) -> int:
    """One measured ingest (the --run mode): prints one JSON line."""
    started = time.perf_counter()
    if engine == "local":
        from events.readers import read_paths
        from events.store import connect, ingest

        con = connect(db)
        try:
            summary = ingest(con, read_paths([corpus]))
        finally:
            con.close()
    else:
        from events.batch import ingest_with_dask

        summary = ingest_with_dask([corpus], db, n_workers=workers, parquet_dir=db.with_suffix(".parquet"),
                                   progress=False)
    seconds = time.perf_counter() - started
    analysed = summary.analyse_seconds if engine == "local" else summary.compute_seconds
    if not summary.ok:
        print("\n".join(summary.lines()), file=sys.stderr)
    print(json.dumps({"articles": summary.stored, "events": summary.events, "seconds": seconds,
                      "analyse": analysed, "store": summary.store_seconds, "digest": _export_digest(db)}))
    return 0


def _burn(loops: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(loops):
        total += i * i
    return time.perf_counter() - started


def machine_parallelism(processes: int = 2, loops: int = 4_000_000) -> float:
    """How many cores' worth of pure-Python work ``processes`` processes get right now (ideal: ``processes``).

    Other load on a shared machine caps any speed-up from more workers; this says by how much."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(_burn, [1000] * processes))  # start the processes before timing
        one = _burn(loops)
        started = time.perf_counter()
        list(pool.map(_burn, [loops] * processes))
        together = time.perf_counter() - started
    return processes * one / together


def _workers(text: str) -> list[int]:
    try:
        counts = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--workers: expected counts like 1,2, got {text!r}") from None
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError(f"--workers: expected counts of at least 1, got {text!r}")
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.bench scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20000, help="synthetic corpus size (default 20000)")
    parser.add_argument("--workers", type=_workers, default=[1, 2], help="Dask worker counts to measure (default 1,2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", type=Path, help="use this corpus directory instead of generating one")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpus, stores and Parquet")
    parser.add_argument("--run", choices=("local", "dask"), help=argparse.SUPPRESS)  # one measured engine
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        return _child(args.run, args.workers[0], args.corpus, args.db)
    if args.articles < 1:
        print("error: --articles must be at least 1", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="events-scale-"))
    try:
        corpus = args.corpus
        if corpus is None:
            corpus = work / "corpus"
            shards = write_corpus(corpus, args.articles, args.seed)
            print(f"corpus: {args.articles} synthetic articles (seed {args.seed}) in {len(shards)} shards", flush=True)
        cores = max(args.workers)
        print(f"CPU available to {cores} processes now: {machine_parallelism(cores):.2f} cores' worth"
              f" (ideal {cores}.00; other load on the machine caps the speed-up)", flush=True)
        print(f"{'engine':<16} {'articles':>8} {'events':>7} {'seconds':>8} {'analyse':>8} {'store':>6}"
              f" {'articles/s':>10} {'peak MB':>8}  export", flush=True)
        results = []
        for engine, workers in [("local", 1)] + [("dask", n) for n in args.workers]:
            m = _run_engine(engine, workers, corpus, work)
            results.append(m)
            print(f"{m.engine:<16} {m.articles:>8} {m.events:>7} {m.seconds:>8.1f} {m.analyse_seconds:>8.1f}"
                  f" {m.store_seconds:>6.1f} {m.rate:>10.1f} {m.peak_bytes / 2**20:>8.0f}  {m.export_digest}", flush=True)
        print(f"CPU available to {cores} processes after the runs: {machine_parallelism(cores):.2f} cores' worth")
        same = len({m.export_digest for m in results}) == 1
        print(f"same export from every engine: {'yes' if same else 'NO'}")
        dask = [m for m in results if m.engine.startswith("dask")]
        if len(dask) > 1 and dask[0].rate:
            print(f"speed-up of {dask[-1].engine} over {dask[0].engine}: {dask[-1].rate / dask[0].rate:.2f}x")
        if args.keep:
            print(f"kept: {work}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0
