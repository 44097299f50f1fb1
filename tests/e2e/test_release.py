"""The release process: one version, a changelog entry for it, `tools.release` tags it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from tools.release import ReleaseError, dated, main, sections

from pogen._version import __version__
from tests.conftest import ROOT
from tests.e2e.worktree import copy_worktree, git_home

CHANGELOG = """# Changelog

## [Unreleased]

### Added

- A thing.

## [0.1.0] - 2026-12-01

### Added

- The first release.
"""


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A private git identity, also for the git commands the tool runs itself."""
    private = git_home(tmp_path / "home")
    for name in [k for k in os.environ if k.startswith("GIT_")]:
        monkeypatch.delenv(name)
    for name in ("HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"):
        monkeypatch.setenv(name, private[name])
    return private


def git(root: Path, env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True
    ).stdout


def test_the_version_is_written_once_and_the_changelog_has_its_entry() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["dynamic"] == ["version"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "src/pogen/_version.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    have = sections(changelog)
    assert next(iter(have)) == "Unreleased"
    assert __version__ in have and "### Added" in have[__version__]
    assert re.search(rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d\d-\d\d$", changelog, re.M)


def test_dated_moves_unreleased_entries_or_dates_the_first_release() -> None:
    moved = dated(CHANGELOG, "0.2.0", "2027-01-15")
    assert sections(moved) == {
        "Unreleased": "",
        "0.2.0": "### Added\n\n- A thing.",
        "0.1.0": "### Added\n\n- The first release.",
    }
    assert "## [0.2.0] - 2027-01-15\n" in moved
    first = CHANGELOG.replace("### Added\n\n- A thing.\n\n", "")
    assert "## [0.1.0] - 2027-02-01\n" in dated(first, "0.1.0", "2027-02-01")
    with pytest.raises(ReleaseError, match="nothing under"):
        dated(first, "0.2.0", "2027-01-15")
    with pytest.raises(ReleaseError, match="both"):
        dated(CHANGELOG, "0.1.0", "2027-01-15")


def test_release_bumps_regenerates_commits_and_tags(
    tmp_path: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_worktree(tmp_path / "pogen", env)
    changelog = root / "CHANGELOG.md"
    changelog.write_text(
        changelog.read_text(encoding="utf-8").replace(
            "## [Unreleased]\n", "## [Unreleased]\n\n### Fixed\n\n- A fix.\n", 1
        ),
        encoding="utf-8",
    )
    git(root, env, "commit", "-qam", "Changelog: a fix")
    parts = [int(n) for n in __version__.split(".")]
    new = f"{parts[0]}.{parts[1] + 1}.0"
    assert main(["--root", str(root), new, "--date", "2027-01-15"]) == 0
    assert f"now publish it: git push origin HEAD v{new}" in capsys.readouterr().out
    assert f'__version__ = "{new}"' in (root / "src/pogen/_version.py").read_text("utf-8")
    assert f"## [{new}] - 2027-01-15\n\n### Fixed\n\n- A fix.\n" in changelog.read_text("utf-8")
    schema = json.loads((root / "schema" / "case.schema.json").read_text(encoding="utf-8"))
    assert schema["$comment"].startswith(f"Written by pogen {new};")
    assert git(root, env, "status", "--porcelain") == ""
    assert git(root, env, "log", "-1", "--format=%s") == f"Release {new}\n"
    assert git(root, env, "cat-file", "-t", f"v{new}") == "tag\n"  # annotated
    message = git(root, env, "tag", "-l", "--format=%(contents)", f"v{new}")
    assert message.startswith(f"pogen {new}\n\n### Fixed\n\n- A fix.")
    assert git(root, env, "rev-parse", f"v{new}^{{commit}}") == git(root, env, "rev-parse", "HEAD")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["0.2"], "a release version is X.Y.Z"),
        (["0.0.1"], "older than the current version"),
    ],
)
def test_release_refuses(
    tmp_path: Path,
    env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    root = copy_worktree(tmp_path / "pogen", env)
    assert main(["--root", str(root), *args]) == 1
    assert message in capsys.readouterr().err
    assert git(root, env, "tag", "-l") == ""


def test_release_refuses_a_dirty_tree(
    tmp_path: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_worktree(tmp_path / "pogen", env)
    (root / "README.md").write_text("edited\n", encoding="utf-8")
    assert main(["--root", str(root), "9.0.0", "--dry-run"]) == 1
    assert "uncommitted changes" in capsys.readouterr().err


def test_the_first_release_dates_its_entry_and_tags_the_current_version(
    tmp_path: Path, env: dict[str, str]
) -> None:
    root = copy_worktree(tmp_path / "pogen", env)
    # The first release of the current version: nothing may wait under [Unreleased]
    # (entries there belong to the next version, which the tool would insist on).
    changelog = root / "CHANGELOG.md"
    text = changelog.read_text("utf-8")
    start = text.index("## [Unreleased]\n") + len("## [Unreleased]\n")
    changelog.write_text(text[:start] + "\n" + text[text.index("## [", start) :], "utf-8")
    git(root, env, "commit", "-q", "--allow-empty", "-am", "nothing unreleased")
    assert main(["--root", str(root), __version__, "--date", "2027-03-01"]) == 0
    assert f"## [{__version__}] - 2027-03-01\n" in (root / "CHANGELOG.md").read_text("utf-8")
    assert git(root, env, "status", "--porcelain") == ""
    assert git(root, env, "describe", "--tags", "--exact-match") == f"v{__version__}\n"
