"""Benchmark pogen against plain docxtpl on this machine (a script, not a test).

    python benchmarks/bench.py            # the figures issue 13 asks for (a few minutes)
    python benchmarks/bench.py --quick    # the same rows, smaller N and fewer repeats (< 60 s)

Everything is measured in the same run, against baselines written here:
  (a) naive loop: DocxTemplate(path).render(ctx); save() per matter, in one process
  (b) ``pogen render DIR`` end to end (cold process, all workers) at two N, -j 1 and -j 2
  (c) cold ``pogen render CASE.toml`` against a cold plain docxtpl script; cold
      ``pogen validate CASE.toml``; ``pogen --help``
  (d) peak memory (RSS summed over processes) and time per document at the large N
  (e) incremental: ``--check`` on every unchanged matter (repeated, then in full) against
      a plain hash-based script; a re-render after one change against an mtime check
      plus one plain render
  (f) PDF: ``pogen render --pdf`` against two plain LibreOffice processes in parallel
  (g) where one document's time goes, stage by stage, in one warm process
Wall times on a shared machine are noisy: each is the median of several runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {
    "acme_v_borealis.toml": "Borealis",
    "nguyen_v_inland_harvest.toml": "Inland Harvest",
    "rivera_v_costa_mesa.toml": "Rivera",
}
_SCRIPT = Path(sys.executable).with_name("pogen")
POGEN = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "pogen.cli.entry"]
TEMPLATE = ROOT / "src" / "pogen" / "templates" / "stipulated_protective_order.docx"

PLAIN_SCRIPT = """
import json, sys
from docxtpl import DocxTemplate
context = json.load(open(sys.argv[2], encoding="utf-8"))
doc = DocxTemplate(sys.argv[1])
doc.render(context)
doc.save(sys.argv[3])
"""

# A plain hash-based staleness check: the SHA-256 of every case file and output
# against a state file written when they were made.
PLAIN_HASH = """
import hashlib, json, sys
from pathlib import Path
state = json.loads(Path(sys.argv[1]).read_text())
stale = 0
for case, (case_sha, output, output_sha) in state.items():
    if hashlib.sha256(Path(case).read_bytes()).hexdigest() != case_sha:
        stale += 1
    elif hashlib.sha256(Path(output).read_bytes()).hexdigest() != output_sha:
        stale += 1
print(stale)
"""

# A plain mtime check: which case files changed since a state file recorded them.
PLAIN_MTIME = """
import json, os, sys
state = json.load(open(sys.argv[1]))
print(sum(os.stat(case).st_mtime_ns != mtime for case, mtime in state.items()))
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
    import resource

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


def naive_baseline(paths: list[Path], out: Path) -> tuple[float, float]:
    """Seconds per document (wall, CPU) of a plain docxtpl loop over the same contexts."""
    from docxtpl import DocxTemplate  # noqa: TID251 - the baseline is plain docxtpl

    from pogen.case.load import load_case
    from pogen.case.validate import validate_case
    from pogen.document.context import build_context

    contexts = [build_context(validate_case(load_case(p))) for p in paths]
    out.mkdir(parents=True, exist_ok=True)
    start, cpu = time.perf_counter(), time.process_time()
    for i, context in enumerate(contexts):
        doc = DocxTemplate(str(TEMPLATE))
        doc.render(context)
        doc.save(str(out / f"naive_{i}.docx"))
    count = len(contexts)
    return (time.perf_counter() - start) / count, (time.process_time() - cpu) / count


def plain_context(case: Path, target: Path) -> None:
    """The context of one matter as JSON, for the plain docxtpl script."""
    from pogen.case.load import load_case
    from pogen.case.validate import validate_case
    from pogen.document.context import build_context

    context = build_context(validate_case(load_case(case)))
    target.write_text(json.dumps(context, default=str), encoding="utf-8")


def stages(paths: list[Path], out: Path) -> dict[str, float]:
    """CPU seconds per document of each stage of ``pogen.pipeline``, in this process
    (warm: the template compiled, the first few documents not counted)."""
    from pogen.case.load import load_case
    from pogen.case.validate import validate_case
    from pogen.document import render
    from pogen.document.context import build_context
    from pogen.document.mandatory import verify_mandatory
    from pogen.document.template import Template
    from pogen.docx.package import verify_package
    from pogen.output.atomic import write_atomic

    template = Template.of(None)
    properties = {"title": "t", "subject": "s", "author": "a", "keywords": "k"}
    totals = dict.fromkeys(
        (
            "load (TOML, firm)",
            "validate",
            "context",
            "render",
            "verify package",
            "verify mandatory",
            "write (fsync)",
        ),
        0.0,
    )
    clock = time.process_time
    for index, path in enumerate(paths):
        marks = [clock()]
        source = load_case(path)
        marks.append(clock())
        case = validate_case(source)
        marks.append(clock())
        context = build_context(case)
        blocks = dict(context["blocks"])
        marks.append(clock())
        data = render.render_document(context, template, properties=properties)
        marks.append(clock())
        parsed = verify_package(data, path.name)
        marks.append(clock())
        verify_mandatory(data, context, template.label, parsed=parsed, blocks=blocks)
        marks.append(clock())
        write_atomic(out / f"{path.stem}.docx", data, sweep=False)
        marks.append(clock())
        if index >= 5:
            for key, begin, end in zip(totals, marks, marks[1:], strict=False):
                totals[key] += end - begin
    counted = max(1, len(paths) - 5)
    return {key: value / counted for key, value in totals.items()}


def incremental(
    cases: Path, out: Path, repeat: int, plain_render: float, work: Path
) -> tuple[float, float, float, float, float]:
    """(pogen --check, plain hash script, pogen re-render after one change, plain mtime
    check, pogen --check in full) in seconds, on a folder rendered already.

    A repeated ``--check`` is answered from the files' status when nothing moved
    (``pogen.batch.verdict``), which it remembers only for files older than 3 s: the
    first row waits that long after the first check, as any check run a few seconds
    after the render would.  The full check is measured too, with the manifest's mtime
    touched before each run (nothing else changes, so the stat cache still serves)."""
    import hashlib

    paths = sorted(cases.glob("*.toml"))
    state = {}
    for case in paths:
        output = out / f"{case.stem}_protective_order.docx"
        state[str(case)] = [
            hashlib.sha256(case.read_bytes()).hexdigest(),
            str(output),
            hashlib.sha256(output.read_bytes()).hexdigest(),
        ]
    hashes = work / "hash-state.json"
    hashes.write_text(json.dumps(state), encoding="utf-8")
    mtimes = work / "mtime-state.json"
    mtimes.write_text(json.dumps({str(c): c.stat().st_mtime_ns for c in paths}))
    check = [*POGEN, "render", str(cases), "-o", str(out), "--check"]
    run(check)  # the first check after a render hashes the new outputs and remembers them
    time.sleep(3.1)  # pogen.batch.verdict.RACY: younger statuses are never remembered
    run(check)  # a full check again, which remembers its answer
    pogen_check = median_run(check, repeat)
    manifest = out / "pogen-manifest.json"
    full = []
    for _ in range(repeat):
        os.utime(manifest)
        full.append(run(check))
    plain_check = median_run([sys.executable, "-c", PLAIN_HASH, str(hashes)], repeat)
    plain_mtime = median_run([sys.executable, "-c", PLAIN_MTIME, str(mtimes)], repeat)
    rerender = []
    for i in range(repeat):
        # One change since the last render: the changes of earlier rounds are older than
        # the stat cache's 3 s (a status younger than that is read again, so edits made
        # within seconds of each other cost a worker each; that is not this row).
        time.sleep(3.1)
        changed = paths[(i * 7) % len(paths)]
        index = int(changed.name[1:6])
        token = EXAMPLES[changed.name[7:]] + str(index)  # as make_matters wrote it
        text = changed.read_text(encoding="utf-8")
        changed.write_text(text.replace(token, f"{token}E{i}"), encoding="utf-8")
        rerender.append(run([*POGEN, "render", str(cases), "-o", str(out)]))
    return (
        pogen_check,
        plain_check,
        statistics.median(rerender),
        plain_mtime + plain_render,
        statistics.median(full),
    )


def plain_pdf(documents: list[Path], work: Path) -> float:
    """Wall seconds for two plain LibreOffice processes in parallel, each converting half
    of ``documents`` in one call (private profiles, as two users' would be)."""
    soffice = shutil.which("soffice") or "soffice"
    halves = [documents[0::2], documents[1::2]]
    start = time.perf_counter()
    processes = [
        subprocess.Popen(
            [
                soffice,
                f"-env:UserInstallation={(work / f'lo{i}').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / f"pdf{i}"),
                *map(str, half),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for i, half in enumerate(halves)
        if half
    ]
    for process in processes:
        process.wait()
    return time.perf_counter() - start


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


def _batch(folder: Path, work: Path, jobs: int, repeat: int, tag: str) -> tuple[float, float]:
    """Median wall seconds of ``pogen render DIR -j jobs`` into fresh folders, and CPU."""
    CPU.clear()
    walls = [
        run([*POGEN, "render", str(folder), "-o", str(work / f"out-{tag}-{i}"), "-j", str(jobs)])
        for i in range(repeat)
    ]
    return statistics.median(walls), statistics.median(CPU)


def main() -> None:  # noqa: PLR0915 - one report, in the order it prints
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller N, fewer repeats (< 60 s)")
    args = parser.parse_args()
    quick = args.quick
    small, large, memory_n = (50, 200, 400) if quick else (100, 1000, 5000)
    repeat = 3 if quick else 5
    batch_repeat = 1 if quick else 3
    pdf_n = 2 if quick else 20
    print(machine())
    print(f"{'quick run: ' if quick else ''}N = {small}, {large}; memory N = {memory_n}")
    started = time.perf_counter()
    compile_pogen()
    rows: list[tuple[str, str, str]] = []

    def row(label: str, value: str, note: str = "") -> None:
        rows.append((label, value, note))

    def verdict(value: float, limit: float, fmt: Callable[[float], str]) -> str:
        return f"target <= {fmt(limit)}: {'met' if value <= limit else 'NOT met'}"

    with tempfile.TemporaryDirectory(prefix="pogen-bench-") as tmp:
        work = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(work / "cache")  # a cold cache, then warm
        big = make_matters(work / "cases", large)
        few = work / "few"
        few.mkdir()
        for path in big[:small]:
            shutil.copy(path, few / path.name)

        naive, naive_cpu = naive_baseline(big[: 20 if quick else 100], work / "naive")
        row(
            "(a) naive docxtpl loop, per doc",
            f"{naive * 1000:.1f} ms (CPU {naive_cpu * 1000:.1f} ms)",
        )

        targets = {(small, 2): 0.15, (large, 2): 0.10}
        walls: dict[tuple[int, int], float] = {}
        for n, folder in ((small, few), (large, work / "cases")):
            for jobs in (1, 2):
                wall, cpu = _batch(folder, work, jobs, batch_repeat, f"{n}-{jobs}")
                walls[n, jobs] = wall
                ratio = wall / n / naive
                limit = targets.get((n, jobs))
                note = f"ratio {ratio:.2f}" + (
                    f" ({verdict(ratio, limit, lambda v: f'{v:.2f}')})" if limit else ""
                )
                row(
                    f"(b) pogen render DIR, N={n}, -j {jobs}, per doc",
                    f"{wall / n * 1000:.1f} ms (CPU {cpu / n * 1000:.1f} ms)",
                    note,
                )

        case = big[0]
        context = work / "context.json"
        plain_context(case, context)
        plain = median_run(
            [sys.executable, "-c", PLAIN_SCRIPT, str(TEMPLATE), str(context), str(work / "p.docx")],
            repeat,
        )
        single = [*POGEN, "render", str(case), "-o", str(work / "single"), "--force"]
        run(single)  # the compiled template goes into the cache; each run below is cold
        cold = median_run(single, repeat)
        validate = median_run([*POGEN, "validate", str(case)], repeat * 2)
        helped = median_run([*POGEN, "--help"], repeat * 2)
        python_only = median_run([sys.executable, "-c", "pass"], repeat)
        row("(c) cold plain docxtpl script", f"{plain * 1000:.0f} ms")
        row(
            "    cold pogen render CASE.toml",
            f"{cold * 1000:.0f} ms",
            f"ratio {cold / plain:.2f} ({verdict(cold / plain, 1.0, lambda v: f'{v:.1f}')})",
        )
        row(
            "    cold pogen validate CASE.toml",
            f"{validate * 1000:.0f} ms",
            verdict(validate * 1000, 100, lambda v: f"{v:.0f} ms"),
        )
        row(
            "    pogen --help",
            f"{helped * 1000:.0f} ms",
            verdict(helped * 1000, 150, lambda v: f"{v:.0f} ms"),
        )
        row("    (python -c pass)", f"{python_only * 1000:.0f} ms")

        memory_cases = make_matters(work / "memory", memory_n)
        memory_out = work / "outm"
        seconds, rss, pss, processes = peak_memory(
            [*POGEN, "render", str(memory_cases[0].parent), "-o", str(memory_out), "-j", "2"]
        )
        per_large, per_memory = walls[large, 2] / large, seconds / memory_n
        row(
            f"(d) peak memory, N={memory_n}, -j 2",
            f"{rss:.0f} MB RSS summed ({pss:.0f} MB PSS)",
            f"{processes} processes ({verdict(rss, 150, lambda v: f'{v:.0f} MB')})",
        )
        linear = per_memory / per_large
        row(
            f"    per doc at N={large} / N={memory_n}",
            f"{per_large * 1000:.1f} / {per_memory * 1000:.1f} ms",
            f"linearity {linear:.2f} ({verdict(linear, 1.1, lambda v: f'{v:.1f}x')})",
        )

        check, plain_check, rerender, plain_rerender, full = incremental(
            work / "cases", work / f"out-{large}-2-0", repeat, plain, work
        )
        row(
            f"(e) pogen render --check, {large} unchanged",
            f"{check * 1000:.0f} ms",
            f"plain hash script {plain_check * 1000:.0f} ms, ratio {check / plain_check:.2f} "
            f"({verdict(check / plain_check, 1.0, lambda v: f'{v:.1f}')})",
        )
        row(
            "    the same, checked in full",
            f"{full * 1000:.0f} ms",
            f"ratio {full / plain_check:.2f} (the manifest touched: no remembered answer)",
        )
        again = rerender / plain_rerender
        row(
            f"    re-render, 1 of {large} changed",
            f"{rerender * 1000:.0f} ms",
            f"mtime check + plain render {plain_rerender * 1000:.0f} ms, ratio "
            f"{again:.2f} ({verdict(again, 1.5, lambda v: f'{v:.1f}')})",
        )

        if shutil.which("soffice"):
            pdfs = work / "pdfcases"
            pdfs.mkdir()
            for path in big[:pdf_n]:
                shutil.copy(path, pdfs / path.name)
            ours = run(
                [*POGEN, "render", str(pdfs), "-o", str(work / "pdfout"), "--pdf", "-j", "2"]
            )
            documents = sorted((work / "pdfout").glob("*.docx"))
            theirs = plain_pdf(documents, work)
            one = run([*POGEN, "render", str(big[0]), "-o", str(work / "pdfone"), "--pdf"])
            row(
                f"(f) pogen render --pdf, {pdf_n} matters, per doc",
                f"{ours / pdf_n * 1000:.0f} ms",
                f"two plain LibreOffice {theirs / pdf_n * 1000:.0f} ms, ratio {ours / theirs:.2f} "
                f"({verdict(ours / theirs, 0.8, lambda v: f'{v:.1f}')})",
            )
            row("    one matter with --pdf", f"{one * 1000:.0f} ms")
        else:
            row("(f) PDF", "skipped: LibreOffice (soffice) not installed")

        breakdown = stages(big[: 40 if quick else 200], work / "stages")
        total = sum(breakdown.values())
        row("(g) one document, warm, CPU by stage", f"{total * 1000:.2f} ms in all")
        for name, value in breakdown.items():
            row(f"    {name}", f"{value * 1000:.2f} ms", f"{value / total:.0%}")

    width = max(len(r[0]) for r in rows)
    for label, shown, note in rows:
        print(f"{label:<{width}}  {shown:<34} {note}".rstrip())
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
