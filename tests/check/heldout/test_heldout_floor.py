"""Regression floor: ``pogen check`` on the frozen held-out corpus keeps its figures.

Per rule, precision and recall may not fall more than ``MARGIN`` below the figures
recorded in FLOOR.json (``python -m tests.check.heldout.score --write-floor``), and clean
drafts may not gain errors.  Only aggregate numbers are compared: the held-out drafts
are never read one by one.
"""

from __future__ import annotations

import json

import pytest

from tests.check.heldout.score import FLOOR, is_dev, labels, names, score

MARGIN = 0.05


def test_split_is_deterministic_and_a_third_is_dev() -> None:
    every = labels()
    dev = names("dev")
    assert len(dev) + len(names("heldout")) == len(every) == 100
    assert all(is_dev(every[n]) for n in dev)
    # a .docx and its PDF share an id, so they fall on the same side
    for name in dev:
        pdf = name.replace(".docx", ".pdf")
        assert pdf not in every or pdf in dev


@pytest.mark.parametrize("part", ["heldout", "dev"])
def test_figures_do_not_fall_below_the_floor(part: str) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))[part]
    result = score(part).as_json()
    assert result["unreadable"] == 0
    rules = result["rules"]
    assert isinstance(rules, dict)
    for rule, want in floor["rules"].items():
        got = rules.get(rule, {"precision": None, "recall": None})
        for measure in ("precision", "recall"):
            if want[measure] is not None:
                assert got[measure] is not None, (rule, measure)
                assert got[measure] >= want[measure] - MARGIN, (rule, measure, got, want)
    for group in ("errors", "warnings"):
        for measure in ("precision", "recall"):
            assert result[group][measure] >= floor[group][measure] - MARGIN  # type: ignore[index]
    assert result["clean_with_errors"] <= floor["clean_with_errors"]
