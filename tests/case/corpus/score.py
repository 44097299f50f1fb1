"""Scoring a heuristic on corpus entries: what judges would say against what pogen says.

The main line is the binary one (accept against everything else), as the corpus's own
notes ask; per-verdict accuracy shows where the errors are.  Only aggregates come out of
``score`` for the held-out part; ``misses`` (which names the entries) is for the dev third.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from pogen.case.quality import judge_category_name, judge_harm
from tests.case.corpus import ACCEPT, Entry

Judge = Callable[[Entry], bool]
"""True when pogen rejects the entry."""


def rejects_category(entry: Entry) -> bool:
    return judge_category_name(entry.text) is not None


def rejects_harm(entry: Entry) -> bool:
    return judge_harm(entry.text, entry.category, "") is not None


@dataclass(frozen=True)
class Score:
    """Accuracy per verdict and precision/recall of "reject" (any non-accept verdict)."""

    per_verdict: dict[str, tuple[int, int]]  # verdict -> (right, total)
    precision: float
    recall: float
    accuracy: float

    def line(self) -> str:
        parts = [f"{v} {r}/{t}" for v, (r, t) in sorted(self.per_verdict.items())]
        return (
            f"accuracy {self.accuracy:.3f}; reject precision {self.precision:.3f}, recall "
            f"{self.recall:.3f}; " + ", ".join(parts)
        )


def score(entries: list[Entry], rejects: Judge) -> Score:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    true_pos = false_pos = false_neg = 0
    for entry in entries:
        rejected = rejects(entry)
        should = entry.verdict != ACCEPT
        total[entry.verdict] += 1
        right[entry.verdict] += rejected == should
        true_pos += rejected and should
        false_pos += rejected and not should
        false_neg += should and not rejected
    correct = sum(right.values())
    return Score(
        {v: (right[v], total[v]) for v in total},
        true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0,
        true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0,
        correct / len(entries),
    )


def misses(entries: list[Entry], rejects: Judge) -> list[Entry]:
    """The entries pogen gets wrong (for the dev third only)."""
    return [e for e in entries if rejects(e) != (e.verdict != ACCEPT)]
