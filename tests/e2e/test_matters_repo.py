"""A firm's matters repository end to end: `pogen init`, `git init`, `pre-commit install`,
edit, commit; with the real pre-commit and Taplo of the test extras.

pre-commit fetches pogen's hooks by cloning a git repository at a tag.  A firm's
repository names pogen's public URL and a release tag (`pogen init` writes them); here,
without network, the hooks come from a temporary git repository holding this checkout's
working tree, tagged with this version, so the test runs the hooks as they are now.
pre-commit builds its environment for them once per test module (about 10 s).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from pogen._version import __version__
from pogen.case.jsonschema import case_schema, dumps
from pogen.docx.reader import plain_text
from tests.e2e.worktree import copy_worktree, git_home

BIN = Path(sys.executable).parent
EXAMPLE = Path("case_data") / "fictitious_example.toml"
ORDER = Path("output") / "fictitious_example_protective_order.docx"
Run = Callable[..., subprocess.CompletedProcess[str]]


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is missing: install the test extras (pip install -e '.[test]')")
    return str(path)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A clean environment: this venv's tools first, a private git and pre-commit home."""
    home = tmp_path_factory.mktemp("home")
    return git_home(home) | {
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(home / "pre-commit"),
        "PRE_COMMIT_COLOR": "never",
    }


@pytest.fixture(scope="module")
def run(env: dict[str, str]) -> Run:
    def run(*args: str | Path, cwd: Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
        )
        if ok:
            assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
        return done

    return run


@pytest.fixture(scope="module")
def hooks_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str], run: Run) -> str:
    """This checkout's working tree as a git repository tagged v<version>."""
    clone = copy_worktree(tmp_path_factory.mktemp("pogen"), env)
    run("git", "tag", "-a", f"v{__version__}", "-m", f"pogen {__version__}", cwd=clone)
    return clone.as_uri()


def commit(run: Run, cwd: Path, message: str, ok: bool = True) -> str:
    run("git", "add", "-A", cwd=cwd)
    done = run("git", "commit", "-m", message, cwd=cwd, ok=ok)
    return done.stdout + done.stderr


def hook_lines(output: str) -> dict[str, str]:
    """Each pogen hook's name and result in pre-commit's output ("Passed", "Failed", ...)."""
    results = {}
    for line in output.splitlines():
        if line.startswith("pogen ") and line.endswith(("Passed", "Failed", "Skipped")):
            name = line.split("...", 1)[0]
            results[name] = line.rsplit(".", 1)[-1].rsplit(")", 1)[-1]
    return results


def test_fresh_directory_to_rendered_order(tmp_path: Path, run: Run, hooks_repo: str) -> None:
    matters = tmp_path / "matters"
    matters.mkdir()
    init = run("pogen", "init", "--hooks-repo", hooks_repo, cwd=matters)
    assert init.stdout.endswith("next:\n  git init\n  pre-commit install\n")
    run("git", "init", "-q", cwd=matters)
    run(_tool("pre-commit"), "install", cwd=matters)

    example = matters / EXAMPLE
    text = example.read_text(encoding="utf-8")
    edited = text.replace(
        "shipments, and asserts", "shipments in the 2025 holiday season, and asserts"
    )
    assert edited != text
    example.write_text(edited, encoding="utf-8")
    output = commit(run, matters, "Start the matters repository")
    assert hook_lines(output) == {
        "pogen validate (changed case files)": "Passed",
        "pogen render (orders of changed matters)": "Passed",
        "pogen schema --check (editor schemas match this pogen)": "Passed",
    }, output
    order = plain_text((matters / ORDER).read_bytes())
    assert "shipments in the 2025 holiday season" in order
    assert "FICTITIOUS: Sample v. Example" in order
    tracked = run("git", "ls-files", cwd=matters).stdout.split()
    assert str(ORDER) not in tracked and "output/.gitkeep" in tracked

    taplo = _tool("taplo")
    assert run(taplo, "check", cwd=matters).returncode == 0
    example.write_text(edited.replace('division = "southern"', 'division = "northern"'), "utf-8")
    (matters / "firm.toml").write_text('[office]\nwebsite = "doeroe.example"\n', encoding="utf-8")
    bad = run(taplo, "check", cwd=matters, ok=False)
    assert bad.returncode != 0
    assert '"northern" is not one of ["western","southern","eastern"]' in bad.stderr
    assert "fictitious_example.toml:14" in bad.stderr
    assert "'website' was unexpected" in bad.stderr
    run("git", "checkout", "--", ".", cwd=matters)

    render = run("pogen", "render", "case_data/", cwd=matters)
    assert "1 matters: 0 rendered, 0 failed, 1 skipped (up to date)" in render.stdout
    assert run("pogen", "render", "case_data/", "--force", cwd=matters).returncode == 0


def test_the_hooks_stop_bad_commits_and_run_for_firm_toml_alone(
    tmp_path: Path, run: Run, hooks_repo: str
) -> None:
    matters = tmp_path / "matters"
    run("pogen", "init", str(matters), "--hooks-repo", hooks_repo, cwd=tmp_path)
    run("git", "init", "-q", cwd=matters)
    run(_tool("pre-commit"), "install", cwd=matters)
    commit(run, matters, "Start")
    example = matters / EXAMPLE
    good = example.read_text(encoding="utf-8")
    example.write_text(good.replace('phone = "(714) 555-0100"', 'phone = "call us"'), "utf-8")
    output = commit(run, matters, "A typo", ok=False)
    assert hook_lines(output)["pogen validate (changed case files)"] == "Failed"
    line = next(n for n, t in enumerate(good.splitlines(), 1) if "(714) 555-0100" in t)
    assert f"case_data/fictitious_example.toml:{line}:1: counsel[0].phone:" in output
    assert "[bad-phone]" in output
    example.write_text(good, encoding="utf-8")

    assert "Order under Federal Rule of Evidence 502(d)" not in plain_text(
        (matters / ORDER).read_bytes()
    )
    firm = matters / "firm.toml"
    firm.write_text(firm.read_text(encoding="utf-8") + "\n[options]\nfre_502d = true\n", "utf-8")
    output = commit(run, matters, "Firm default: a 502(d) order in every matter")
    assert run("git", "show", "--name-only", "--format=", "HEAD", cwd=matters).stdout == (
        "firm.toml\n"
    )
    assert hook_lines(output)["pogen render (orders of changed matters)"] == "Passed", output
    assert "Order under Federal Rule of Evidence 502(d)" in plain_text(
        (matters / ORDER).read_bytes()
    )


def test_an_upgrade_reports_the_stale_schema_with_the_fix(
    tmp_path: Path, run: Run, hooks_repo: str
) -> None:
    matters = tmp_path / "matters"
    run("pogen", "init", str(matters), "--hooks-repo", hooks_repo, cwd=tmp_path)
    run("git", "init", "-q", cwd=matters)
    run(_tool("pre-commit"), "install", cwd=matters)
    commit(run, matters, "Start")
    # The committed schema as an older pogen wrote it: the same as upgrading pogen.
    schema = matters / "schema" / "case.schema.json"
    schema.write_text(dumps(case_schema("0.0.1")), encoding="utf-8")
    run("git", "commit", "-q", "--no-verify", "-am", "Written by pogen 0.0.1", cwd=matters)
    readme = matters / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nOur notes.\n", "utf-8")
    output = commit(run, matters, "Notes", ok=False)  # touches no case file or schema
    assert hook_lines(output)["pogen schema --check (editor schemas match this pogen)"] == (
        "Failed"
    )
    assert (
        f"schema/case.schema.json: was written by pogen 0.0.1, older than this pogen "
        f"{__version__}; refresh it with: pogen schema --write [schema-stale]"
    ) in output
    run("pogen", "schema", "--write", cwd=matters)
    commit(run, matters, "Notes")
    assert run("git", "status", "--porcelain", cwd=matters).stdout == ""


def test_matters_in_a_folder_of_an_existing_repository(
    tmp_path: Path, run: Run, hooks_repo: str
) -> None:
    firm = tmp_path / "firm"
    firm.mkdir()
    run("git", "init", "-q", cwd=firm)
    (firm / "notes.txt").write_text("Other work of the firm.\n", encoding="utf-8")
    commit(run, firm, "Before pogen")
    init = run("pogen", "init", "orders", "--hooks-repo", hooks_repo, cwd=firm)
    assert init.stdout.endswith(
        f"next:\n  cd {firm}\n  pre-commit install -c orders/.pre-commit-config.yaml\n"
    )
    run(_tool("pre-commit"), "install", "-c", "orders/.pre-commit-config.yaml", cwd=firm)
    output = commit(run, firm, "Protective orders")
    assert set(hook_lines(output).values()) == {"Passed"}, output
    assert (firm / "orders" / ORDER).is_file()
    assert not (firm / "output").exists()
    assert run(_tool("taplo"), "check", cwd=firm / "orders").returncode == 0


def test_an_install_from_a_git_tag_gives_init_its_hooks_repository(
    tmp_path: Path, run: Run, hooks_repo: str
) -> None:
    """`pip install git+URL@TAG` (what pipx runs) records URL; `pogen init` reads it back."""
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    url = f"git+{hooks_repo}@v{__version__}"
    run(python, "-m", "pip", "install", "-q", "--no-deps", url, cwd=tmp_path)
    probe = "from pogen.cli.init import hooks_repository; print(hooks_repository())"
    assert run(python, "-c", probe, cwd=tmp_path).stdout == f"{hooks_repo}\n"
