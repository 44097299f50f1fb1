"""pogen installed as a wheel finds its templates, as the editable install does (issue 15,
item 10).

Before: ``src/pogen/templates`` was a git symlink to the top-level ``templates/``; a
Windows checkout (``core.symlinks=false``) makes it a text file, so pogen installed and
then failed every render.  The templates now live in the package; this builds the wheel
(offline, with the test extras' hatchling), installs it into a folder of its own, and
renders from there.  The test suite itself runs in an editable install, where
``test_template.py`` checks the same lookup.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import BASE_CASE, ROOT

SCRIPT = """
import sys
from pathlib import Path
import pogen
from pogen.document.template import shipped_templates

home = Path(pogen.__file__).resolve().parent
assert home.is_relative_to(Path(sys.argv[1]).resolve()), home  # the wheel's, not src/
print(sorted(shipped_templates()))
result = pogen.render_case(sys.argv[2], sys.argv[3])
print(result.docx.stat().st_size > 10000)
"""


@pytest.mark.slow
def test_the_wheel_ships_the_templates_and_renders(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheels), str(ROOT)],
        check=True,
        timeout=600,
    )  # fmt: skip
    [wheel] = wheels.glob("pogen-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        modes = {info.filename: info.external_attr >> 16 for info in archive.infolist()}
    for needed in (
        "pogen/templates/stipulated_protective_order.docx",
        "pogen/templates/stipulated_protective_order_modern.docx",
        "pogen/templates/source/blocks/good_cause.txt",
        "pogen/data/judges.toml",
    ):
        assert needed in names
    assert not [n for n, mode in modes.items() if (mode & 0o170000) == 0o120000]  # no symlink
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target",
         str(site), str(wheel)],
        check=True,
        timeout=600,
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(site), str(BASE_CASE), str(tmp_path / "out")],
        cwd=tmp_path,  # not the checkout: nothing of src/ on the path
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "['stipulated_protective_order', 'stipulated_protective_order_modern']",
        "True",
    ]
