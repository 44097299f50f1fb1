"""Score ``pogen check`` on the frozen held-out corpus: precision and recall per rule.

The corpus (``drafts/``, ``labels.json``, README.md) was written by someone who never saw
the rule code; it is frozen here unchanged.  It is split deterministically by each
draft's label id: a draft is DEV when ``sha256(id) % 3 == 0`` (a third, tuned on), the
rest HELD-OUT (never read one by one, never tuned on).  A .docx and its PDF share an id,
so they fall on the same side.

Scoring, per draft: a finding is a true positive when its rule matches an expected entry
of that draft (by rule; a rule expected twice needs two findings).  Findings of severity
"note" are not scored (they are what a judge-specific requirement becomes before a judge
who does not impose it).  Rules whose registered severity is a warning are scored apart
from errors.  Clean drafts' errors are also counted on their own.

For the held-out part only aggregate numbers per rule are printed; ``--details`` (dev
only) adds each draft's misses and false alarms.

    python -m tests.check.heldout.score            # held-out table
    python -m tests.check.heldout.score --part dev --details
    python -m tests.check.heldout.score --json     # machine-readable
    python -m tests.check.heldout.score --write-floor   # record FLOOR.json (after review)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pogen import check_draft
from pogen.codes.check import RULES, Severity
from pogen.errors import PogenError

HERE = Path(__file__).resolve().parent
DRAFTS = HERE / "drafts"
LABELS = HERE / "labels.json"
PARTS = ("dev", "heldout", "all")
FLOOR = HERE / "FLOOR.json"
"""The figures the regression floor (test_heldout_floor.py) holds the rules to."""


def labels() -> dict[str, dict[str, object]]:
    """The frozen labels, by file name."""
    data: dict[str, dict[str, object]] = json.loads(LABELS.read_text(encoding="utf-8"))
    return data


def is_dev(label: dict[str, object]) -> bool:
    """The deterministic split: a third of the ids are DEV."""
    return int(hashlib.sha256(str(label["id"]).encode()).hexdigest(), 16) % 3 == 0


def names(part: str) -> list[str]:
    """File names of one part, sorted."""
    every = labels()
    if part == "all":
        return sorted(every)
    return sorted(n for n, lab in every.items() if is_dev(lab) == (part == "dev"))


@dataclass
class Tally:
    """True positives, false positives and false negatives of one rule."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP); None when the rule never fired."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """TP / (TP + FN); None when the rule was never expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def add(self, other: Tally) -> None:
        """Accumulate ``other`` into this tally."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Score:
    """The result of one part: per-rule tallies and the clean-draft false errors."""

    part: str
    drafts: int = 0
    pdfs: int = 0
    unreadable: int = 0
    rules: dict[str, Tally] = field(default_factory=dict)
    clean_drafts: int = 0
    clean_with_errors: int = 0
    clean_false_errors: int = 0
    notes: int = 0
    seconds: float = 0.0
    details: list[str] = field(default_factory=list)

    def group(self, severity: Severity) -> Tally:
        """Micro-averaged tally over the rules of one severity."""
        total = Tally()
        for rule, tally in self.rules.items():
            if _severity(rule) is severity:
                total.add(tally)
        return total

    def as_json(self) -> dict[str, object]:
        """Aggregates only: per-rule tallies, overall figures, clean-draft errors."""

        def row(t: Tally) -> dict[str, object]:
            return {
                "tp": t.tp,
                "fp": t.fp,
                "fn": t.fn,
                "precision": t.precision,
                "recall": t.recall,
            }

        return {
            "part": self.part,
            "drafts": self.drafts,
            "pdfs": self.pdfs,
            "unreadable": self.unreadable,
            "rules": {r: row(t) for r, t in sorted(self.rules.items())},
            "errors": row(self.group(Severity.ERROR)),
            "warnings": row(self.group(Severity.WARNING)),
            "clean_drafts": self.clean_drafts,
            "clean_with_errors": self.clean_with_errors,
            "clean_false_errors": self.clean_false_errors,
            "notes": self.notes,
        }


def _severity(rule: str) -> Severity:
    spec = RULES.get(rule)
    return spec.severity if spec is not None else Severity.ERROR


def _expected(label: dict[str, object]) -> Counter[str]:
    entries = label.get("expected") or []
    assert isinstance(entries, list)
    return Counter(str(e["rule"]) for e in entries)


def score(part: str = "heldout", *, details: bool = False) -> Score:
    """Run ``pogen check`` on every draft of ``part`` and tally the findings."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}")
    if details and part != "dev":
        raise ValueError("details are printed for the dev part only")
    every = labels()
    result = Score(part)
    start = time.perf_counter()
    for name in names(part):
        label = every[name]
        expected = _expected(label)
        try:
            report = check_draft(DRAFTS / name)
            found = Counter(f.rule for f in report.findings if f.severity.value != "note")
            result.notes += sum(1 for f in report.findings if f.severity.value == "note")
            errors = sum(1 for f in report.findings if f.severity is Severity.ERROR)
        except PogenError as exc:  # refused with a message: every expected finding missed
            result.unreadable += 1
            found, errors = Counter(), 0
            if details:
                result.details.append(f"{name}: unreadable: {exc}")
        result.drafts += 1
        result.pdfs += name.endswith(".pdf")
        for rule in expected.keys() | found.keys():
            tally = result.rules.setdefault(rule, Tally())
            hit = min(expected[rule], found[rule])
            tally.tp += hit
            tally.fp += found[rule] - hit
            tally.fn += expected[rule] - hit
            if details and hit < max(expected[rule], found[rule]):
                kind = "missed" if expected[rule] > hit else "false alarm"
                result.details.append(f"{label['id']} {name}: {kind}: {rule}")
        if label.get("clean"):
            result.clean_drafts += 1
            result.clean_false_errors += errors
            result.clean_with_errors += errors > 0
    result.seconds = time.perf_counter() - start
    return result


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def table(result: Score) -> str:
    """The aggregate table printed for a part."""
    lines = [
        f"part: {result.part}: {result.drafts} files ({result.pdfs} PDF), "
        f"{result.unreadable} unreadable, {result.seconds:.1f} s",
        f"{'rule':34} {'sev':7} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>5} {'rec':>5}",
    ]
    for severity in (Severity.ERROR, Severity.WARNING):
        for rule, t in sorted(result.rules.items()):
            if _severity(rule) is severity:
                lines.append(
                    f"{rule:34} {severity.value:7} {t.tp:4} {t.fp:4} {t.fn:4} "
                    f"{_fmt(t.precision):>5} {_fmt(t.recall):>5}"
                )
    for severity in (Severity.ERROR, Severity.WARNING):
        t = result.group(severity)
        lines.append(
            f"{'ALL ' + severity.value + 's':34} {'':7} {t.tp:4} {t.fp:4} {t.fn:4} "
            f"{_fmt(t.precision):>5} {_fmt(t.recall):>5}"
        )
    lines.append(
        f"clean drafts: {result.clean_drafts}, with an error: {result.clean_with_errors}, "
        f"false errors on them: {result.clean_false_errors}; notes (not scored): {result.notes}"
    )
    return "\n".join(lines + result.details)


def main(argv: list[str] | None = None) -> int:
    """Print the table (or JSON) for one part."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, default="heldout")
    parser.add_argument("--details", action="store_true", help="per-draft misses (dev only)")
    parser.add_argument("--json", action="store_true", help="aggregates as JSON")
    parser.add_argument(
        "--write-floor", action="store_true", help=f"record the figures as {FLOOR.name}"
    )
    args = parser.parse_args(argv)
    if args.details and args.part != "dev":
        parser.error("--details is for the dev part only: held-out drafts are not read one by one")
    result = score(args.part, details=args.details)
    if args.write_floor:
        floors = json.loads(FLOOR.read_text(encoding="utf-8")) if FLOOR.exists() else {}
        floors[args.part] = result.as_json()
        FLOOR.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    out = json.dumps(result.as_json(), indent=2) if args.json else table(result)
    sys.stdout.write(out + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
