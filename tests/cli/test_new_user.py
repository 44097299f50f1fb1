"""What a new user met (issue 15, item 10), each reproduced.

Before: Ctrl-C or Ctrl-D in the `pogen new` interview printed "internal error ... a bug
in pogen" (exit 70); the interview accepted invalid answers silently ("Los Angeles" for
the division was dropped, ``kind = "i"`` written); a quoted date failed with "expected
date, got str" and no hint while the JSON Schema accepted it; curly quotes pasted from
Word gave a bare TOML syntax error; there was no way to validate a firm file; a
firm.toml inside case_data/ was rendered as a matter; ``--changed-since`` selected every
matter when output/ was committed; ``-h`` was rejected.
"""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen import render_batch
from pogen.cli.app import app
from pogen.errors import ExitCode
from pogen.pipeline import check_case
from tests.conftest import BASE_CASE

runner = CliRunner()


@pytest.mark.parametrize("stop", ["\x04", ""], ids=["ctrl-d", "end-of-input"])
def test_stopping_the_interview_exits_130_quietly(tmp_path: Path, stop: str) -> None:
    path = tmp_path / "matter.toml"
    result = runner.invoke(app, ["new", str(path), "--input"], input="western\n" + stop)
    assert result.exit_code == 130
    assert "internal error" not in result.output
    assert "stopped; nothing was written" in result.stderr
    assert not path.exists()


def test_ctrl_c_in_the_interview_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("pogen.cli.authoring._prompt", interrupted)
    result = runner.invoke(app, ["new", str(tmp_path / "m.toml"), "--input"])
    assert result.exit_code == 130
    assert "internal error" not in result.output
    assert not (tmp_path / "m.toml").exists()


def test_the_interview_checks_each_answer_and_asks_again(tmp_path: Path) -> None:
    path = tmp_path / "matter.toml"
    answers = [
        "north",  # not a division: asked again
        "Los Angeles",  # the Western Division's courthouse city
        "2:25-cv-4410",  # not a case number the court uses: asked again
        "2:25-cv-04410-SRM-SSC",
        "Lumen v. Harbor",
        "Serena R. Murillo",
        "99",  # no such judge number: asked again
        "Stephanie S. Christensen",
        "Lumen Optics, Inc.",
        "a company",  # neither entity nor individual: asked again
        "e",
        "",
        "Dana Harbor",
        "i",
        "",
        "Ana P. Lin",
        "12-3456",  # malformed bar number: asked again
        "234567",
        "Lin & Ortiz LLP",
        "alin at linortiz",  # malformed e-mail: asked again
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
    for why in (
        "answer western, southern or eastern",
        "that is not a C.D. Cal. case number",
        "answer a number from 1 to",
        "answer entity or individual",
        "that is not a bar number of 4 to 6 digits",
        "that is not an e-mail address",
    ):
        assert why in result.stderr
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["court"]["division"] == "western"
    assert data["case"]["number"] == "2:25-cv-04410-SRM-SSC"
    assert [p["kind"] for p in data["parties"]] == ["entity", "individual"]
    assert data["counsel"][0]["bar_number"] == "234567"
    assert data["counsel"][0]["email"] == "alin@linortiz.example"


def test_a_quoted_date_is_the_date_and_a_bad_one_gets_a_hint(
    tmp_path: Path,
) -> None:
    text = BASE_CASE.read_text(encoding="utf-8")
    assert "date = 2026-11-20" in text
    quoted = tmp_path / "quoted.toml"
    quoted.write_text(text.replace("date = 2026-11-20", 'date = "2026-11-20"'), encoding="utf-8")
    assert str(check_case(quoted).date) == "2026-11-20"  # what the JSON Schema accepts
    wrong = tmp_path / "wrong.toml"
    wrong.write_text(text.replace("date = 2026-11-20", 'date = "Nov. 20"'), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(wrong)])
    assert result.exit_code == ExitCode.INVALID
    assert "expected a date (year-month-day), got text that is not one" in result.stderr
    assert "hint: write the date as 2026-11-20" in result.stderr
    explained = runner.invoke(app, ["explain", "wrong-type"])
    assert "a date is year-month-day" in explained.stdout


@pytest.mark.parametrize("pasted", ["“Acme Widgets v. Borealis Logistics”", "‘Acme’"])
def test_curly_quotes_from_word_are_named(tmp_path: Path, pasted: str) -> None:
    text = BASE_CASE.read_text(encoding="utf-8")
    path = tmp_path / "matter.toml"
    path.write_text(
        text.replace(
            'short_title = "Acme Widgets v. Borealis Logistics"', f"short_title = {pasted}"
        ),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == ExitCode.USAGE
    assert "curly quotes" in result.stderr
    assert 'hint: type straight quotes "..."' in result.stderr


def test_a_firm_file_can_be_validated(tmp_path: Path) -> None:
    firm = tmp_path / "firm.toml"
    firm.write_text(
        '[office]\nfirm = "Doe & Roe LLP"\nphone = "call us"\n\n'
        '[attorneys.jdoe]\nname = "Jane Q. Doe"\nbar_number = "12-3456"\nemial = "x"\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(firm)])
    assert result.exit_code == ExitCode.INVALID
    assert f"{firm}:3:1: office.phone: malformed phone 'call us' [bad-phone]" in result.stderr
    assert "attorneys.jdoe.bar_number: malformed bar number '12-3456'" in result.stderr
    assert "attorneys.jdoe.emial: unknown key 'emial'" in result.stderr
    firm.write_text('[office]\nfirm = "Doe & Roe LLP"\n', encoding="utf-8")
    ok = runner.invoke(app, ["validate", str(firm)])
    assert ok.exit_code == 0
    assert ok.stdout == f"{firm}: ok\n"


def test_a_firm_files_fax_is_held_to_the_rule_of_a_case_files(tmp_path: Path) -> None:
    firm = tmp_path / "firm.toml"
    firm.write_text(
        '[office]\nfirm = "Doe & Roe LLP"\nfax = "12"\n\n[attorneys.jdoe]\nfax = "34"\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(firm)])
    assert result.exit_code == ExitCode.INVALID
    assert f"{firm}:3:1: office.fax: malformed fax '12' [bad-fax]" in result.stderr
    assert "attorneys.jdoe.fax: malformed fax '34' [bad-fax]" in result.stderr


def test_a_firm_file_in_the_case_folder_is_never_a_matter(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    folder = tmp_path / "case_data"
    folder.mkdir()
    (folder / "firm.toml").write_text('[office]\nfirm = "Doe & Roe LLP"\n', encoding="utf-8")
    shutil.copy(BASE_CASE, folder / "acme.toml")
    batch = render_batch([folder], tmp_path / "out", jobs=1)
    assert [r.source.name for r in batch.results] == ["acme.toml"]
    batch = render_batch([folder / "acme.toml", folder / "firm.toml"], tmp_path / "out", jobs=1)
    assert [r.source.name for r in batch.results] == ["acme.toml"]
    result = runner.invoke(app, ["render", str(folder / "firm.toml")])
    assert result.exit_code == ExitCode.USAGE
    assert "a firm.toml holds defaults" in result.stderr


def _git(repo: Path, *args: str) -> None:
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
        "HOME": str(repo),
    }
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


def test_changed_since_ignores_committed_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("git") is None:
        pytest.skip("git not installed")
    repo = tmp_path / "repo"
    (repo / "cases").mkdir(parents=True)
    for name in ("a", "b", "c"):
        shutil.copy(BASE_CASE, repo / "cases" / f"{name}.toml")
    monkeypatch.chdir(repo)
    _git(repo, "init", "-q")
    assert render_batch(["cases"], "output", jobs=1).ok
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "cases and their orders")
    a = repo / "cases" / "a.toml"
    a.write_text(a.read_text().replace('nature = """', 'nature = """Amended. ', 1))
    assert render_batch(["cases"], "output", jobs=1, since="HEAD").ok  # output/a_... changes
    batch = render_batch(["cases"], "output", jobs=1, since="HEAD", force=True)
    assert [r.source.name for r in batch.results] == ["a.toml"]


@pytest.mark.parametrize(
    "args", [[], ["render"], ["validate"], ["check"], ["new"], ["explain"], ["schema"], ["judges"]]
)
def test_dash_h_is_help_everywhere(args: list[str]) -> None:
    result = runner.invoke(app, [*args, "-h"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
