"""The package's shape: small modules, one folder per layer, the README's contract true."""

from __future__ import annotations

from pogen.case.load import load_case
from pogen.case.validate import validate_case
from pogen.document.context import TEMPLATE_VARIABLES, VARIABLE_NOTES, build_context
from tests.conftest import BASE_CASE, ROOT

MAX_LINES = 450
LAYERS = {"batch", "cache", "case", "check", "cli", "codes", "document", "docx", "output"}


def test_no_module_is_larger_than_the_limit() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "src" / "pogen").rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


def test_every_module_sits_in_a_layer_folder() -> None:
    package = ROOT / "src" / "pogen"
    top = {p.name for p in package.glob("*.py")}
    assert top == {"__init__.py", "_version.py", "errors.py", "pipeline.py"}
    assert {p.name for p in package.iterdir() if (p / "__init__.py").is_file()} == LAYERS


def test_structured_variables_hold_what_the_readme_says() -> None:
    context = build_context(validate_case(load_case(BASE_CASE)))
    assert set(VARIABLE_NOTES) <= set(TEMPLATE_VARIABLES)
    for name in ("case", "filer", "options"):
        listed = {part.strip(" `") for part in VARIABLE_NOTES[name].split(",")}
        assert listed == set(context[name]), name
