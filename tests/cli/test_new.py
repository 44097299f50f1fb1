"""`pogen new`: a skeleton that lists its blanks and renders once they are filled."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen.case.judges import registry
from pogen.case.placeholders import PLACEHOLDER, find_placeholders
from pogen.case.skeleton import skeleton
from pogen.cli.app import app
from pogen.errors import ExitCode, ValidationError
from pogen.pipeline import check_case

runner = CliRunner()

# What a paralegal would type for each blank, in file order (repeated blanks repeat).
FILL: dict[str, list[str]] = {
    "Division": ["western"],
    "Case number": ["2:25-cv-04410-SRM-SSC"],
    "Short title": ["Lumen v. Harbor Freightways"],
    "Nature of the action": [
        "Plaintiff Lumen Optics, Inc. alleges that Defendant Harbor Freightways LLC lost "
        "and damaged three shipments of precision lenses and asserts contract claims."
    ],
    "District judge": ["Serena R. Murillo"],
    "Magistrate judge": ["Stephanie S. Christensen"],
    "Caption notation": ["DISCOVERY MATTER"],
    "Plaintiff's name": ["Lumen Optics, Inc."],
    "Defendant's name": ["Harbor Freightways LLC"],
    "Attorney name": ["Ana P. Lin", "Robert K. Vance"],
    "California bar number": ["234567", "198765"],
    "Firm": ["Lin & Ortiz LLP", "Vance Carroll LLP"],
    "Street address": ["600 Wilshire Boulevard, Suite 900", "12 Ocean Gate, Suite 300"],
    "City, state ZIP": ["Los Angeles, California 90017", "Long Beach, California 90802"],
    "Telephone": ["(213) 555-0123", "(562) 555-0177"],
    "E-mail": ["alin@linortiz.example", "rvance@vancecarroll.example"],
    "Category name": ["Lens coating formulas"],
    "Description": [
        "Laboratory notebooks and batch records stating the chemical composition and "
        "curing temperatures of Lumen's anti-reflective lens coatings."
    ],
    "Harm fact": [
        "Harbor's parent company also ships for two coating manufacturers that compete "
        "with Lumen, and the batch records would let them reproduce Lumen's coatings "
        "without its six years of testing."
    ],
}


def fill(text: str, *, leave: str = "") -> str:
    """Replace each placeholder in order, except the first whose label is ``leave``."""
    used = dict.fromkeys(FILL, 0)

    def answer(match: re.Match[str]) -> str:
        label = next(label for label in FILL if match.group(0).startswith(f"<<{label}"))
        if label == leave and used[label] == 0:
            used[label] = -1
            return match.group(0)
        value = FILL[label][max(used[label], 0)]
        used[label] += 1
        return value

    lines = text.splitlines(keepends=True)
    return "".join(x if x.startswith("#") else PLACEHOLDER.sub(answer, x) for x in lines)


def test_skeleton_lists_each_placeholder_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "matter.toml"
    made = runner.invoke(app, ["new", str(path), "--no-input"])
    assert made.exit_code == 0, made.output
    lines = path.read_text(encoding="utf-8").splitlines()
    blanks = list(find_placeholders(tomllib.loads(path.read_text(encoding="utf-8"))))
    assert len(blanks) >= 20
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == ExitCode.INVALID
    with pytest.raises(ValidationError) as info:
        check_case(path)
    diagnostics = info.value.diagnostics
    assert {d.code for d in diagnostics} == {"placeholder"}
    assert sorted(d.key for d in diagnostics) == sorted(key for key, _ in blanks)
    for d in diagnostics:
        assert PLACEHOLDER.search(lines[d.line - 1]), str(d)
        assert f"{d.key}: placeholder <<" in result.stderr


def test_filled_skeleton_validates_and_renders(tmp_path: Path) -> None:
    path = tmp_path / "lumen_v_harbor.toml"
    assert runner.invoke(app, ["new", str(path), "--no-input"]).exit_code == 0
    path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "lumen_v_harbor_protective_order.docx").is_file()


def test_one_placeholder_left_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "matter.toml"
    assert runner.invoke(app, ["new", str(path), "--no-input"]).exit_code == 0
    path.write_text(fill(path.read_text(encoding="utf-8"), leave="E-mail"), encoding="utf-8")
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.INVALID
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if "<<E-mail" in text)
    assert result.stderr.startswith(
        f"{path}:{line}:1: counsel[0].email: placeholder <<E-mail, e.g. jdoe@doeroe.com>> "
        "is still here; replace it with the real value [placeholder]"
    )
    assert "1 problem found" in result.stderr
    assert not (tmp_path / "out").exists()


def test_placeholder_inside_text_is_found(tmp_path: Path) -> None:
    data = skeleton()
    data["case"]["nature"] = "Acme sues <<defendant>> for breach of a supply contract."
    assert [key for key, _ in find_placeholders(data) if key == "case.nature"] == ["case.nature"]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "matter.toml"
    path.write_text("keep me", encoding="utf-8")
    refused = runner.invoke(app, ["new", str(path), "--no-input"])
    assert refused.exit_code == ExitCode.USAGE
    assert "already exists" in refused.stderr
    assert path.read_text(encoding="utf-8") == "keep me"
    forced = runner.invoke(app, ["new", str(path), "--no-input", "--force"])
    assert forced.exit_code == 0
    assert "schema_version = 1" in path.read_text(encoding="utf-8")


def test_new_needs_toml_suffix(tmp_path: Path) -> None:
    result = runner.invoke(app, ["new", str(tmp_path / "matter.txt"), "--no-input"])
    assert result.exit_code == ExitCode.USAGE
    assert "end in .toml" in result.stderr


def test_interactive_answers_fill_the_skeleton(tmp_path: Path) -> None:
    path = tmp_path / "matter.toml"
    scott = next(i for i, j in enumerate(registry(), 1) if j.name == "Karen E. Scott")
    answers = [
        "southern",
        "8:25-cv-01873-DOC-KES",
        "Rivera v. Costa Mesa",
        "David O. Carter",
        str(scott),
        "Elena Rivera",
        "individual",
        "",
        "City of Costa Mesa",
        "entity",
        "",
        "Ana P. Lin",
        "234567",
        "Lin & Ortiz LLP",
        "alin@linortiz.example",
        "(213) 555-0123",
        "",
        "",
        "",
        "",
        "",
    ]
    result = runner.invoke(app, ["new", str(path), "--input"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["court"]["division"] == "southern"
    assert data["judges"]["magistrate"] == "Karen E. Scott"
    assert "caption_notation" not in data["judges"]  # the registry has Judge Scott's
    assert [p["id"] for p in data["parties"]] == ["elena", "city"]
    assert data["parties"][0]["kind"] == "individual"
    assert data["counsel"][0]["represents"] == ["elena"]
    assert data["counsel"][0]["email"] == "alin@linortiz.example"
    assert data["counsel"][1]["name"].startswith("<<")  # unanswered: still a blank
    assert data["counsel"][0]["filer"] is True
    assert data["counsel"][1]["filer"] is False


def test_without_a_terminal_new_does_not_prompt(tmp_path: Path) -> None:
    path = tmp_path / "matter.toml"
    result = runner.invoke(app, ["new", str(path)], input="western\n")
    assert result.exit_code == 0, result.output
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["court"]["division"].startswith("<<")
