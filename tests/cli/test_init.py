"""`pogen init`: the files of a matters repository, never overwritten without a diff."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pre_commit.clientlib import load_config, load_manifest
from typer.testing import CliRunner

from pogen._version import __version__
from pogen.case.jsonschema import case_schema, dumps, firm_schema
from pogen.cli import init as init_module
from pogen.cli import repository
from pogen.cli.app import app
from pogen.cli.init import EXAMPLE, UNKNOWN_REPO, vcs_url
from pogen.errors import ExitCode
from pogen.pipeline import check_case
from tests.conftest import ROOT

runner = CliRunner()
URL = "https://git.example.com/tools/pogen.git"
FILES = {
    ".gitignore",
    ".pre-commit-config.yaml",
    ".taplo.toml",
    "README.md",
    EXAMPLE,
    "firm.toml",
    "output/.gitkeep",
    "schema/case.schema.json",
    "schema/firm.schema.json",
}


def init(*args: str) -> Any:
    return runner.invoke(app, ["init", *args, "--hooks-repo", URL])


def listing(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def as_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def git_init(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_init_writes_the_matters_repository(tmp_path: Path) -> None:
    result = init("matters")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "matters"
    assert listing(folder) == FILES
    for name in sorted(FILES):
        assert f"created {Path('matters') / name}\n" in result.stdout
    assert result.stdout.endswith("next:\n  cd matters\n  git init\n  pre-commit install\n")
    assert (folder / "output" / ".gitkeep").read_bytes() == b""
    assert (folder / "schema" / "case.schema.json").read_text(encoding="utf-8") == dumps()
    assert (folder / "schema" / "firm.schema.json").read_text(encoding="utf-8") == dumps(
        firm_schema()
    )


def test_the_example_is_fictitious_valid_and_matches_the_schema(tmp_path: Path) -> None:
    init("matters")
    example = tmp_path / "matters" / EXAMPLE
    text = example.read_text(encoding="utf-8")
    assert text.startswith("# FICTITIOUS EXAMPLE: every party, lawyer, address, number and fact")
    case = check_case(example)  # with the (commented-out) firm.toml beside it
    assert case.short_title.startswith("FICTITIOUS")
    assert case.caption_notation.startswith("[Discovery Document")  # from the registry
    data = as_json(tomllib.loads(text))
    assert list(jsonschema.Draft202012Validator(case_schema()).iter_errors(data)) == []
    assert tomllib.loads((tmp_path / "matters" / "firm.toml").read_text(encoding="utf-8")) == {}


def test_taplo_config_names_the_written_schemas(tmp_path: Path) -> None:
    init("matters")
    config = tomllib.loads((tmp_path / "matters" / ".taplo.toml").read_text(encoding="utf-8"))
    paths = {rule["schema"]["path"] for rule in config["rule"]}
    assert paths == {"schema/case.schema.json", "schema/firm.schema.json"}
    assert all((tmp_path / "matters" / path).is_file() for path in paths)


def test_pre_commit_config_uses_pogens_hooks_at_this_versions_tag(tmp_path: Path) -> None:
    init("matters")
    config = load_config(str(tmp_path / "matters" / ".pre-commit-config.yaml"))
    (repo,) = config["repos"]
    assert (repo["repo"], repo["rev"]) == (URL, f"v{__version__}")
    offered = {hook["id"] for hook in load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}
    used = [hook["id"] for hook in repo["hooks"]]
    assert used == ["pogen-validate", "pogen-render", "pogen-schema"]
    assert set(used) <= offered
    readme = (tmp_path / "matters" / "README.md").read_text(encoding="utf-8")
    assert f'pipx install "git+{URL}@v{__version__}"' in readme
    assert "$" not in readme.replace("${", "")  # every placeholder was substituted


def test_rerun_changes_nothing_and_keeps_a_users_edit(tmp_path: Path) -> None:
    init("matters")
    readme = tmp_path / "matters" / "README.md"
    readme.write_text("# Our matters\n", encoding="utf-8")
    (tmp_path / "matters" / "firm.toml").unlink()
    result = init("matters")
    assert result.exit_code == 0, result.output
    assert readme.read_text(encoding="utf-8") == "# Our matters\n"
    assert "kept matters/README.md (yours differs; pogen init --force shows how)" in result.stdout
    assert "created matters/firm.toml\n" in result.stdout
    assert "unchanged: " in result.stdout
    assert "created matters/README.md" not in result.stdout
    (tmp_path / "matters" / "schema" / "case.schema.json").write_text("{}\n", encoding="utf-8")
    schema = init("matters")
    assert (
        "kept matters/schema/case.schema.json (yours differs; pogen schema --write refreshes it)"
        in schema.stdout
    )


def test_force_without_a_terminal_shows_the_diff_and_needs_yes(tmp_path: Path) -> None:
    init("matters")
    readme = tmp_path / "matters" / "README.md"
    readme.write_text("# Our matters\n", encoding="utf-8")
    refused = init("matters", "--force")
    assert refused.exit_code == ExitCode.USAGE
    assert "--- README.md (yours)\n+++ README.md (pogen init)\n" in refused.stdout
    assert "-# Our matters\n+# Protective-order matters\n" in refused.stdout
    assert "rerun with --yes" in refused.stderr
    assert readme.read_text(encoding="utf-8") == "# Our matters\n"
    done = init("matters", "--force", "--yes")
    assert done.exit_code == 0, done.output
    assert "--- README.md (yours)" in done.stdout
    assert "overwrote matters/README.md\n" in done.stdout
    assert readme.read_text(encoding="utf-8").startswith("# Protective-order matters\n")


@pytest.mark.parametrize(("answer", "overwritten"), [("n\n", False), ("y\n", True)])
def test_force_on_a_terminal_asks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, overwritten: bool
) -> None:
    init("matters")
    ignore = tmp_path / "matters" / ".gitignore"
    ignore.write_text("*.pdf\n", encoding="utf-8")
    monkeypatch.setattr(repository, "_interactive", lambda: True)
    result = runner.invoke(app, ["init", "matters", "--force", "--hooks-repo", URL], input=answer)
    assert "Overwrite these 1 file(s)? [y/N]" in result.stdout
    assert result.exit_code == (0 if overwritten else ExitCode.INVALID)
    assert (ignore.read_text(encoding="utf-8") == "*.pdf\n") is not overwritten


def test_yes_alone_is_a_usage_error() -> None:
    result = init("matters", "--yes")
    assert result.exit_code == ExitCode.USAGE
    assert "--yes confirms --force" in result.stderr
    assert not Path("matters").exists()


def test_a_file_in_the_way_is_reported(tmp_path: Path) -> None:
    (tmp_path / "matters").write_text("", encoding="utf-8")
    assert init("matters").exit_code == ExitCode.USAGE
    (tmp_path / "other" / "README.md").mkdir(parents=True)
    result = init("other")
    assert result.exit_code == ExitCode.USAGE
    assert "README.md: exists and is not a file" in result.stderr


def test_init_at_the_root_of_an_existing_git_repository(tmp_path: Path) -> None:
    git_init(tmp_path / "firm")
    (tmp_path / "firm" / ".gitignore").write_text("*.bak\n", encoding="utf-8")
    result = init("firm")
    assert result.exit_code == 0, result.output
    assert "kept firm/.gitignore" in result.stdout
    assert result.stdout.endswith("next:\n  cd firm\n  pre-commit install\n")
    config = load_config(str(tmp_path / "firm" / ".pre-commit-config.yaml"))
    assert all(set(hook) == {"id"} for hook in config["repos"][0]["hooks"])


def test_init_in_a_folder_inside_a_git_repository(tmp_path: Path) -> None:
    git_init(tmp_path / "firm")
    result = init("firm/pro tective.v2")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "firm" / "pro tective.v2"
    assert listing(folder) == FILES
    assert not (tmp_path / "firm" / ".pre-commit-config.yaml").exists()
    steps = result.stdout.split("next:\n", 1)[1]
    assert steps == (
        f"  cd {tmp_path / 'firm'}\n"
        "  pre-commit install -c 'pro tective.v2/.pre-commit-config.yaml'\n"
    )
    hooks = {
        hook["id"]: hook
        for hook in load_config(str(folder / ".pre-commit-config.yaml"))["repos"][0]["hooks"]
    }
    assert hooks["pogen-render"]["args"] == [
        "pro tective.v2/case_data",
        "--output",
        "pro tective.v2/output",
    ]
    assert hooks["pogen-schema"]["args"] == ["pro tective.v2/schema/case.schema.json"]
    validate = re.compile(hooks["pogen-validate"]["files"])
    render = re.compile(hooks["pogen-render"]["files"])
    assert validate.search("pro tective.v2/case_data/a/smith.toml")
    assert not validate.search("pro tectiveXv2/case_data/smith.toml")
    assert not validate.search("other/case_data/smith.toml")
    assert render.search("pro tective.v2/firm.toml")
    assert render.search("pro tective.v2/templates/firm.docx")
    assert not render.search("other/firm.toml")


def test_a_folder_inside_a_repository_with_its_own_hooks(tmp_path: Path) -> None:
    git_init(tmp_path / "firm")
    (tmp_path / "firm" / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    result = init("firm/orders")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(
        "  pre-commit install -c orders/.pre-commit-config.yaml\n"
        "  # or, to keep the hooks of .pre-commit-config.yaml there: copy the repos: entry "
        "of orders/.pre-commit-config.yaml into it and run pre-commit install\n"
    )
    assert (tmp_path / "firm" / ".pre-commit-config.yaml").read_text("utf-8") == "repos: []\n"


def test_without_a_known_repository_the_config_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(init_module, "hooks_repository", lambda: None)
    result = runner.invoke(app, ["init", "matters"])
    assert result.exit_code == 0, result.output
    assert "names no repository for pogen's hooks" in result.stderr
    config = load_config(str(tmp_path / "matters" / ".pre-commit-config.yaml"))
    assert config["repos"][0]["repo"] == UNKNOWN_REPO


def test_the_repository_pogen_was_installed_from_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(init_module, "hooks_repository", lambda: "https://github.com/o/pogen")
    assert runner.invoke(app, ["init", "matters"]).exit_code == 0
    config = load_config(str(tmp_path / "matters" / ".pre-commit-config.yaml"))
    assert config["repos"][0]["repo"] == "https://github.com/o/pogen"


def test_vcs_url_reads_pep_610_direct_url() -> None:
    git = {
        "url": "https://github.com/o/pogen.git",
        "vcs_info": {"vcs": "git", "requested_revision": "v0.1.0", "commit_id": "a" * 40},
    }
    assert vcs_url(json.dumps(git)) == "https://github.com/o/pogen.git"
    assert vcs_url(json.dumps({"url": "file:///src/pogen", "dir_info": {"editable": True}})) is None
    assert vcs_url(json.dumps({"url": "x", "vcs_info": {"vcs": "hg"}})) is None
    assert vcs_url("not json") is None
    assert vcs_url(None) is None
    assert vcs_url("[]") is None
