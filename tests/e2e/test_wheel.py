"""The wheel holds everything `pogen init`, `pogen schema`, rendering and the docs need.

Built from this checkout with pip (as `pip install` from a tag builds it), unpacked,
and run from there: a file missing from the wheel fails here even though the editable
install of the working tree has it.
"""

from __future__ import annotations

import email
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pogen._version import __version__
from tests.conftest import ROOT

SKELETON = ROOT / "src" / "pogen" / "cli" / "skeleton"
RUN = "import sys; sys.argv = ['pogen', *sys.argv[1:]]; from pogen.cli.entry import main; main()"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("pogen-*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def test_wheel_holds_the_package_data(wheel: Path) -> None:
    assert wheel.name == f"pogen-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    skeleton = {f"pogen/cli/skeleton/{p.name}" for p in SKELETON.iterdir()}
    assert skeleton >= {"pogen/cli/skeleton/example.toml", "pogen/cli/skeleton/README.md"}
    needed = skeleton | {
        "pogen/py.typed",
        "pogen/data/judges.toml",
        "pogen/templates/stipulated_protective_order.docx",
        "pogen/templates/stipulated_protective_order_modern.docx",
    }
    assert sorted(needed - names) == []
    assert not any(n.startswith(("tests/", "tools/", "benchmarks/", "case_data/")) for n in names)
    metadata = email.message_from_bytes(
        zipfile.ZipFile(wheel).read(f"pogen-{__version__}.dist-info/METADATA")
    )
    assert metadata["Version"] == __version__
    assert str(metadata.get_payload()).startswith("# pogen\n")  # the README, as the docs page


def run(unpacked: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POGEN_", "PYTHON"))}
    env["PYTHONPATH"] = str(unpacked)
    return subprocess.run(
        [sys.executable, "-c", RUN, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_init_schema_render_and_explain_run_from_the_wheel(unpacked: Path, tmp_path: Path) -> None:
    probe = run(unpacked, tmp_path, "--version")
    assert probe.stdout == f"pogen {__version__}\n"
    where = subprocess.run(
        [sys.executable, "-c", "import pogen; print(pogen.__file__)"],
        env={**os.environ, "PYTHONPATH": str(unpacked)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(unpacked)

    init = run(unpacked, tmp_path, "init", "m", "--hooks-repo", "https://git.example.com/p.git")
    assert init.returncode == 0, init.stderr
    matters = tmp_path / "m"
    for args, expected in [
        (("schema", "--check"), ""),
        (("validate", "case_data/fictitious_example.toml"), "ok"),
        (("render", "case_data/"), "1 rendered"),
        (("explain", "schema-stale"), "pogen schema --write"),
        (("schema", "--firm"), "pogen firm file"),
        (("init", "--help"), "Lay out a firm's matters repository"),
    ]:
        done = run(unpacked, matters, *args)
        assert done.returncode == 0, f"{args}: {done.stderr}"
        assert expected in done.stdout, args
    assert (matters / "output" / "fictitious_example_protective_order.docx").is_file()
