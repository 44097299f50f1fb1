"""Shared fixtures: example matters, a case-file factory, golden-file updating."""

from __future__ import annotations

import os
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASE_DATA = ROOT / "case_data"
EXAMPLES = sorted(CASE_DATA.glob("*.toml"))


def _form(path: Path) -> dict[str, object]:
    form = tomllib.loads(path.read_text(encoding="utf-8")).get("form", {})
    return form if isinstance(form, dict) else {}


# Examples whose case file renders one combined order (not the bundle), and of those the
# ones in pogen's common layout (1.A/1.B/1.C, 12.3), for tests of that form and layout.
COMBINED_EXAMPLES = [p for p in EXAMPLES if _form(p).get("document", "combined") == "combined"]
COMMON_EXAMPLES = [p for p in COMBINED_EXAMPLES if _form(p).get("profile", "common") == "common"]
BASE_CASE = CASE_DATA / "acme_v_borealis.toml"


@pytest.fixture(autouse=True, scope="session")
def _template_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Compiled templates cached in a folder of the test run, never the user's own
    (``pogen.document.tplcache``); subprocesses inherit it."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.txt from the current rendering",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def case_file(tmp_path: Path) -> Callable[..., Path]:
    """Write a case file derived from the Acme example, with textual replacements."""

    def make(
        *replacements: tuple[str, str], text: str | None = None, name: str = "matter.toml"
    ) -> Path:
        content = BASE_CASE.read_text(encoding="utf-8") if text is None else text
        for old, new in replacements:
            assert old in content, f"fixture text not found: {old!r}"
            content = content.replace(old, new, 1)
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        return path

    return make


def require_soffice() -> None:
    """LibreOffice tests fail in CI (which installs it) and skip on a bare laptop."""
    if shutil.which("soffice") and shutil.which("pdftotext"):
        return
    if os.environ.get("CI"):
        pytest.fail("LibreOffice (soffice) and poppler-utils must be installed in CI")
    pytest.skip("LibreOffice or poppler-utils not installed")
