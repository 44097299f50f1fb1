"""The category and harm heuristics scored on the frozen, held-out quality corpus.

``BEFORE`` is what ``pogen.case.quality`` scored on the held-out two thirds before it was
tuned (measured at the "freeze corpus" commit); the floors keep every later change at
least that good on the binary line (accept against reject), without looking at a
single held-out entry.  Tuning reads the dev third only (``tests/case/corpus``).
"""

from __future__ import annotations

import hashlib

import pytest

from tests.case.corpus import FROZEN, HERE, categories, harms, split
from tests.case.corpus.score import Score, rejects_category, rejects_harm, score

# Held-out figures: (accuracy, reject precision, reject recall, accept accuracy).  BEFORE
# is the heuristic as it was at the "freeze corpus" commit; AFTER is the tuned one (tuned
# on the dev third only) and is the floor from now on.
BEFORE = {
    "categories": (0.592, 1.000, 0.140, 63 / 63),
    "harms": (0.803, 1.000, 0.659, 60 / 60),
}
AFTER = {
    "categories": (0.900, 0.979, 0.807, 62 / 63),
    "harms": (0.937, 0.974, 0.915, 58 / 60),
}
FLOOR = AFTER


def _held_out(name: str) -> Score:
    if name == "categories":
        return score(split(categories())[1], rejects_category)
    return score(split(harms())[1], rejects_harm)


def test_the_corpus_is_the_frozen_one() -> None:
    for name, digest in FROZEN.items():
        assert hashlib.sha256((HERE / name).read_bytes()).hexdigest() == digest, name


def test_the_split_is_fixed() -> None:
    assert [len(part) for part in split(categories())] == [65, 120]
    assert [len(part) for part in split(harms())] == [58, 142]


@pytest.mark.parametrize("name", ["categories", "harms"])
def test_held_out_scores_do_not_fall_below_the_floor(name: str) -> None:
    result = _held_out(name)
    accuracy, precision, recall, accept = FLOOR[name]
    right, total = result.per_verdict["accept"]
    assert round(result.accuracy, 3) >= accuracy, result.line()
    assert round(result.precision, 3) >= precision, result.line()
    assert round(result.recall, 3) >= recall, result.line()
    assert right / total >= accept, result.line()


def test_tuning_improved_every_binary_figure_but_precision() -> None:
    for name in ("categories", "harms"):
        before, after = BEFORE[name], AFTER[name]
        assert after[0] > before[0] and after[2] > before[2], name
        assert after[1] >= before[1] - 0.03, name  # a few accepted names now refused
