"""Benchmark pogen against plain docxtpl on this machine (a script, not a test).

    python benchmarks/bench.py            # 100 synthetic matters, memory run with 1000
    python benchmarks/bench.py --n 1000

Everything is measured in the same run:
  (a) naive baseline: DocxTemplate(path).render(ctx); save() per matter, one process
  (b) ``pogen render DIR`` end to end (cold process, all workers), at N and at N/4
      (median of 3 runs into fresh folders)
  (c) one cold ``pogen render CASE.toml`` against a cold plain script doing one render
  (d) cold ``pogen validate CASE.toml``
  (e) peak memory of ``pogen render DIR`` over --memory-n matters (sum over processes)
and the ratios against the targets of issue 5.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from pogen.batch import default_jobs

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {
    "acme_v_borealis.toml": "Borealis",
    "nguyen_v_inland_harvest.toml": "Inland Harvest",
    "rivera_v_costa_mesa.toml": "Rivera",
}
_SCRIPT = Path(sys.executable).with_name("pogen")
POGEN = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "pogen.cli.entry"]

PLAIN_SCRIPT = """
import json, sys
from docxtpl import DocxTemplate
context = json.load(open(sys.argv[2], encoding="utf-8"))
doc = DocxTemplate(sys.argv[1])
doc.render(context)
doc.save(sys.argv[3])
"""


def compile_pogen() -> None:
    """Byte-compile pogen as installing its wheel does (pip compiles at install time).

    Otherwise, in an editable install with PYTHONDONTWRITEBYTECODE set, every cold run
    recompiles pogen's sources (about 30 ms) while docxtpl's come compiled.
    """
    import compileall

    import pogen

    compileall.compile_dir(str(Path(pogen.__file__).parent), quiet=1)


def make_matters(folder: Path, n: int) -> list[Path]:
    """``n`` valid matters, cycling through the examples with a distinct party name each."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = {name: (ROOT / "case_data" / name).read_text(encoding="utf-8") for name in EXAMPLES}
    paths = []
    for i in range(n):
        name = list(EXAMPLES)[i % len(EXAMPLES)]
        token = EXAMPLES[name]
        path = folder / f"m{i:05d}_{name}"
        path.write_text(texts[name].replace(token, f"{token}{i}"), encoding="utf-8")
        paths.append(path)
    return paths


CPU: list[float] = []  # CPU seconds (user + sys) of each run(), children included


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], **kwargs: Any) -> float:
    """Wall time of one command; it must succeed.  Its CPU time goes to ``CPU``."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    elapsed = time.perf_counter() - start
    CPU.append(_children_cpu() - cpu)
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-2000:]}")
    return elapsed


def median_run(command: list[str], repeat: int) -> float:
    return statistics.median(run(command) for _ in range(repeat))


def naive_baseline(paths: list[Path], out: Path) -> tuple[float, float, float]:
    """Seconds per document: docxtpl's defaults (wall, CPU), and with pogen's environment."""
    from docxtpl import DocxTemplate  # noqa: TID251 - the baseline is plain docxtpl

    from pogen.case.load import load_case
    from pogen.case.validate import validate_case
    from pogen.document.context import build_context
    from pogen.document.environment import make_environment
    from pogen.document.template import default_template

    template = str(default_template())
    contexts = [build_context(validate_case(load_case(p))) for p in paths]
    out.mkdir(parents=True, exist_ok=True)
    timings = []
    for env in (None, make_environment):
        start, cpu = time.perf_counter(), time.process_time()
        for i, context in enumerate(contexts):
            doc = DocxTemplate(template)
            doc.render(context, jinja_env=env() if env else None)
            doc.save(str(out / f"naive_{i}.docx"))
        timings.append((time.perf_counter() - start) / len(contexts))
        timings.append((time.process_time() - cpu) / len(contexts))
    return timings[0], timings[1], timings[2]


def plain_context(case: Path, target: Path) -> None:
    """The context of one matter as JSON, for the plain docxtpl script."""
    from pogen.case.load import load_case
    from pogen.case.validate import validate_case
    from pogen.document.context import build_context

    context = build_context(validate_case(load_case(case)))
    target.write_text(json.dumps(context, default=str), encoding="utf-8")


def _tree(pid: int) -> list[int]:
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return pids
    for child in children:
        pids.extend(_tree(int(child)))
    return pids


def _kb(pid: int, field: str, source: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{source}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def peak_memory(command: list[str]) -> tuple[float, float, float, int]:
    """Run ``command``; (seconds, peak summed RSS MB, peak summed PSS MB, max processes)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_rss = peak_pss = 0
    most = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_rss, peak_pss, most
        while not stop.is_set():
            pids = _tree(process.pid)
            most = max(most, len(pids))
            peak_rss = max(peak_rss, sum(_kb(p, "VmRSS:", "status") for p in pids))
            peak_pss = max(peak_pss, sum(_kb(p, "Pss:", "smaps_rollup") for p in pids))
            stop.wait(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"memory run failed: {err.decode()[-2000:]}")
    return elapsed, peak_rss / 1024, peak_pss / 1024, most


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), "
        f"Python {platform.python_version()}, load average {load:.2f} at start"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="matters for (a) and (b)")
    parser.add_argument("--memory-n", type=int, default=1000, help="matters for (e)")
    parser.add_argument("--jobs", type=int, default=0, help="pogen -j (default: cores)")
    parser.add_argument("--repeat", type=int, default=5, help="cold runs per measurement")
    args = parser.parse_args()
    jobs = ["-j", str(args.jobs)] if args.jobs else []
    print(machine())
    compile_pogen()
    with tempfile.TemporaryDirectory(prefix="pogen-bench-") as tmp:
        work = Path(tmp)
        paths = make_matters(work / "cases", args.n)
        quarter = work / "quarter"
        quarter.mkdir()
        for path in paths[: max(1, args.n // 4)]:
            shutil.copy(path, quarter / path.name)

        naive, naive_cpu, naive_pogen_env = naive_baseline(paths, work / "naive")
        CPU.clear()
        batch = statistics.median(
            run([*POGEN, "render", str(work / "cases"), "-o", str(work / f"out{i}"), *jobs])
            for i in range(3)
        )
        batch_cpu = statistics.median(CPU) / args.n
        batch_quarter = statistics.median(
            run([*POGEN, "render", str(quarter), "-o", str(work / f"outq{i}"), *jobs])
            for i in range(3)
        )
        per_doc = batch / args.n
        per_doc_quarter = batch_quarter / max(1, args.n // 4)

        case = paths[0]
        context = work / "context.json"
        plain_context(case, context)
        template = str(ROOT / "templates" / "stipulated_protective_order.docx")
        plain = median_run(
            [sys.executable, "-c", PLAIN_SCRIPT, template, str(context), str(work / "p.docx")],
            args.repeat,
        )
        cold = median_run(
            [*POGEN, "render", str(case), "-o", str(work / "single"), "--force"], args.repeat
        )
        validate = median_run([*POGEN, "validate", str(case)], args.repeat * 2)
        python_only = median_run([sys.executable, "-c", "pass"], args.repeat)

        memory_cases = make_matters(work / "memory", args.memory_n)
        memory_time, rss, pss, processes = peak_memory(
            [*POGEN, "render", str(memory_cases[0].parent), "-o", str(work / "outm"), *jobs]
        )

    workers = args.jobs or default_jobs()
    small = max(1, args.n // 4)
    early = (batch - batch_quarter) / max(1, args.n - small)
    late = (memory_time - batch) / max(1, args.memory_n - args.n)
    rows = [
        (
            "(a) naive docxtpl loop, per doc",
            f"{naive * 1000:.1f} ms (CPU {naive_cpu * 1000:.1f} ms)",
            "",
        ),
        ("    same with pogen's sandboxed env", f"{naive_pogen_env * 1000:.1f} ms", ""),
        (
            f"(b) pogen render DIR, N={args.n}, per doc",
            f"{per_doc * 1000:.1f} ms ({batch:.2f} s)",
            f"ratio {per_doc / naive:.2f} (target <= 0.20)",
        ),
        (
            f"    CPU per doc over {workers} workers",
            f"{batch_cpu * 1000:.1f} ms CPU",
            f"ratio if CPU-bound {batch_cpu / workers / naive_cpu:.2f}",
        ),
        (
            f"    N={max(1, args.n // 4)}, per doc",
            f"{per_doc_quarter * 1000:.1f} ms ({batch_quarter:.2f} s)",
            "",
        ),
        (
            f"    N={args.memory_n}, per doc",
            f"{memory_time / args.memory_n * 1000:.1f} ms ({memory_time:.2f} s)",
            "",
        ),
        (
            "    marginal per doc (start-up removed)",
            f"{early * 1000:.1f} ms from N={small} to {args.n}, "
            f"{late * 1000:.1f} ms to {args.memory_n}",
            f"linearity {late / early:.2f} (1.00 = linear)",
        ),
        ("(c) cold plain docxtpl script", f"{plain * 1000:.0f} ms", ""),
        (
            "    cold pogen render CASE.toml",
            f"{cold * 1000:.0f} ms",
            f"ratio {cold / plain:.2f} (target <= 1.20)",
        ),
        ("(d) cold pogen validate CASE.toml", f"{validate * 1000:.0f} ms", "target < 150 ms"),
        ("    (python -c pass)", f"{python_only * 1000:.0f} ms", ""),
        (
            f"(e) peak memory, N={args.memory_n}",
            f"{rss:.0f} MB RSS summed, {pss:.0f} MB PSS",
            f"{processes} processes (target < 300 MB)",
        ),
    ]
    width = max(len(r[0]) for r in rows)
    for label, value, note in rows:
        print(f"{label:<{width}}  {value:<32} {note}".rstrip())


if __name__ == "__main__":
    main()
