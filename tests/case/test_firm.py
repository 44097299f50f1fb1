"""Firm defaults: shared counsel, options and template, with errors at the right file."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen.case.model import Counsel
from pogen.cli.app import app
from pogen.document.template import default_template
from pogen.docx.reader import plain_text
from pogen.errors import ExitCode, ValidationError
from pogen.pipeline import check_case, render_case
from tests.conftest import BASE_CASE

runner = CliRunner()

FIRM = """\
# Doe & Roe LLP: shared by every matter below this folder.
[office]
firm = "Doe & Roe LLP"
address = ["350 South Grand Avenue, Suite 2100", "Los Angeles, California 90071"]
phone = "(213) 555-0100"

[attorneys.jdoe]
name = "Jane Q. Doe"
bar_number = "123456"
email = "jdoe@doeroe.example"

[attorneys.rroe]
name = "Richard Roe"
bar_number = "234561"
email = "rroe@doeroe.example"
phone = "(213) 555-0199"

[options]
fre_502d = true
"""

# The Acme example's first [[counsel]] entry, as written there.
ACME_COUNSEL = """[[counsel]]
name = "Jane Q. Doe"
bar_number = "123456"
firm = "Doe & Roe LLP"
address = ["350 South Grand Avenue, Suite 2100", "Los Angeles, California 90071"]
phone = "(213) 555-0100"
email = "jdoe@doeroe.example"
represents = ["acme"]
filer = true
"""


def matter(folder: Path, name: str, attorney: str, *extra: tuple[str, str]) -> Path:
    """The Acme example with its own counsel block replaced by a firm reference."""
    text = BASE_CASE.read_text(encoding="utf-8")
    assert ACME_COUNSEL in text
    text = text.replace(
        ACME_COUNSEL,
        f'[[counsel]]\nattorney = "{attorney}"\nrepresents = ["acme"]\nfiler = true\n',
    )
    text = text.replace("fre_502d = true\n", "")
    for old, new in extra:
        assert old in text
        text = text.replace(old, new, 1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, text in enumerate(lines, 1) if needle in text)


@pytest.fixture
def firm_dir(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # the search for firm.toml stops at the git root
    (tmp_path / "firm.toml").write_text(FIRM, encoding="utf-8")
    return tmp_path


def test_two_matters_share_the_firm_counsel(firm_dir: Path) -> None:
    first = matter(firm_dir / "matters", "first.toml", "jdoe")
    second = matter(firm_dir / "matters" / "2026", "second.toml", "rroe")
    for path, name, phone in (
        (first, "Jane Q. Doe", "(213) 555-0100"),
        (second, "Richard Roe", "(213) 555-0199"),
    ):
        result = render_case(path, firm_dir / "out")
        filer = result.case.filer
        assert isinstance(filer, Counsel)
        assert (filer.name, filer.firm, filer.phone) == (name, "Doe & Roe LLP", phone)
        assert filer.address[0] == "350 South Grand Avenue, Suite 2100"
        assert result.case.options.fre_502d  # from the firm file
        text = plain_text(result.docx.read_bytes())
        assert name in text
        assert "Doe & Roe LLP" in text
        assert "502(d)" in text


def test_error_in_firm_file_points_to_its_line(firm_dir: Path) -> None:
    firm = firm_dir / "firm.toml"
    firm.write_text(FIRM.replace("jdoe@doeroe.example", "jdoe-at-doeroe"), encoding="utf-8")
    path = matter(firm_dir / "matters", "first.toml", "jdoe")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == ExitCode.INVALID
    line = line_of(firm, "jdoe-at-doeroe")
    assert f"{firm}:{line}:1: counsel[0].email: malformed e-mail 'jdoe-at-doeroe'" in (
        result.stderr
    )


def test_error_in_office_table_points_to_the_firm_file(firm_dir: Path) -> None:
    firm = firm_dir / "firm.toml"
    firm.write_text(FIRM.replace('phone = "(213) 555-0100"', 'phone = "555"'), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        check_case(matter(firm_dir / "m", "first.toml", "jdoe"))
    (diag,) = info.value.diagnostics
    assert (Path(diag.file).name, diag.line, diag.code) == ("firm.toml", 5, "bad-phone")


def test_case_file_errors_still_point_to_the_case_file(firm_dir: Path) -> None:
    path = matter(
        firm_dir / "m", "first.toml", "jdoe", ('represents = ["acme"]', 'represents = ["acm"]')
    )
    with pytest.raises(ValidationError) as info:
        check_case(path)
    codes = {(Path(d.file).name, d.line, d.code) for d in info.value.diagnostics}
    assert ("first.toml", line_of(path, '["acm"]'), "unknown-party") in codes


def test_precedence_case_over_extends_over_firm_toml(firm_dir: Path) -> None:
    shared = firm_dir / "shared" / "litigation.toml"
    shared.parent.mkdir()
    shared.write_text(
        '[attorneys.jdoe]\nemail = "jane.doe@doeroe.example"\n'
        "[options]\nfre_502d = false\nattorneys_eyes_only = true\n",
        encoding="utf-8",
    )
    path = matter(
        firm_dir / "m",
        "first.toml",
        "jdoe",
        ("schema_version = 1\n", 'schema_version = 1\nextends = "../shared/litigation.toml"\n'),
        ("attorneys_eyes_only = true\n", "attorneys_eyes_only = true\nfre_502d = true\n"),
    )
    case = check_case(path)
    assert case.filer.email == "jane.doe@doeroe.example"  # extends beats firm.toml
    assert case.filer.name == "Jane Q. Doe"  # firm.toml fills what extends lacks
    assert case.options.fre_502d  # the case file beats both


def test_entry_fields_override_the_firm_attorney(firm_dir: Path) -> None:
    path = matter(
        firm_dir / "m",
        "first.toml",
        "jdoe",
        ('attorney = "jdoe"\n', 'attorney = "jdoe"\nphone = "(310) 555-0111"\n'),
    )
    assert check_case(path).filer.phone == "(310) 555-0111"


def test_unknown_attorney_handle_suggests(firm_dir: Path) -> None:
    path = matter(firm_dir / "m", "first.toml", "jdo")
    with pytest.raises(ValidationError) as info:
        check_case(path)
    (diag,) = info.value.diagnostics
    assert diag.code == "unknown-attorney"
    assert diag.line == line_of(path, 'attorney = "jdo"')
    assert "did you mean 'jdoe'?" in diag.hint


def test_unknown_key_in_firm_file(firm_dir: Path) -> None:
    firm = firm_dir / "firm.toml"
    firm.write_text(FIRM + "\n[attorneys.ann]\nname = 'Ann'\nbar = '1234'\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        check_case(matter(firm_dir / "m", "first.toml", "jdoe"))
    (diag,) = info.value.diagnostics
    assert (diag.code, diag.key, diag.line) == (
        "unknown-key",
        "attorneys.ann.bar",
        line_of(firm, "bar = '1234'"),
    )
    assert "bar_number" in diag.hint


def test_missing_extends_file(firm_dir: Path) -> None:
    path = matter(
        firm_dir / "m",
        "first.toml",
        "jdoe",
        ("schema_version = 1\n", 'schema_version = 1\nextends = "nope.toml"\n'),
    )
    with pytest.raises(ValidationError) as info:
        check_case(path)
    assert [d.code for d in info.value.diagnostics] == ["firm-file"]


def test_search_stops_at_the_git_root(firm_dir: Path) -> None:
    inner = firm_dir / "repo"
    (inner / ".git").mkdir(parents=True)
    path = matter(inner / "m", "first.toml", "jdoe")
    with pytest.raises(ValidationError) as info:
        check_case(path)
    assert [d.code for d in info.value.diagnostics] == ["unknown-attorney"]


def test_firm_template_is_resolved_relative_to_the_firm_file(firm_dir: Path) -> None:
    (firm_dir / "templates").mkdir()
    with (
        default_template().open("rb") as src,
        (firm_dir / "templates" / "firm.docx").open("wb") as dst,
    ):
        shutil.copyfileobj(src, dst)
    (firm_dir / "firm.toml").write_text(
        'template = "templates/firm.docx"\n' + FIRM, encoding="utf-8"
    )
    path = matter(firm_dir / "m", "first.toml", "jdoe")
    assert render_case(path, firm_dir / "out").docx.is_file()
    (firm_dir / "templates" / "firm.docx").unlink()
    result = runner.invoke(app, ["render", str(path), "-o", str(firm_dir / "out2")])
    assert result.exit_code == ExitCode.TEMPLATE
    assert "firm.docx" in result.stderr


def test_examples_are_unaffected_without_a_firm_file() -> None:
    case = check_case(BASE_CASE)
    assert case.filer.name == "Jane Q. Doe"


def test_firm_option_of_wrong_type_points_to_the_firm_file(firm_dir: Path) -> None:
    firm = firm_dir / "firm.toml"
    firm.write_text(FIRM.replace("fre_502d = true", 'fre_502d = "yes"'), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        check_case(matter(firm_dir / "m", "first.toml", "jdoe"))
    (diag,) = info.value.diagnostics
    assert (Path(diag.file).name, diag.line, diag.key, diag.code) == (
        "firm.toml",
        line_of(firm, 'fre_502d = "yes"'),
        "options.fre_502d",
        "wrong-type",
    )


def test_firm_file_syntax_error_names_the_firm_file(firm_dir: Path) -> None:
    (firm_dir / "firm.toml").write_text(FIRM + "\n[office\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(matter(firm_dir / "m", "first.toml", "jdoe"))])
    assert result.exit_code == ExitCode.USAGE
    assert "firm.toml:" in result.stderr
    assert "[toml-syntax]" in result.stderr


def test_new_offers_the_firm_attorneys(firm_dir: Path) -> None:
    path = firm_dir / "m" / "new.toml"
    answers = ["western", "", "", "", "", "", "", "jdoe", "rroe"]
    result = runner.invoke(app, ["new", str(path), "--input"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "firm attorney (jdoe, rroe)" in result.output
    text = path.read_text(encoding="utf-8")
    assert 'attorney = "jdoe"' in text
    assert 'attorney = "rroe"' in text
    with pytest.raises(ValidationError) as info:
        check_case(path)
    counsel = [d for d in info.value.diagnostics if d.key.startswith("counsel")]
    assert counsel == []  # the firm supplies every counsel field
    options = tomllib.loads(text)["options"]
    assert options == {"attorneys_eyes_only": False}  # fre_502d is left to the firm file


def test_firm_can_choose_a_shipped_template(firm_dir: Path) -> None:
    firm = firm_dir / "firm.toml"
    path = matter(firm_dir / "m", "first.toml", "jdoe")
    default = render_case(path, firm_dir / "out").docx.read_bytes()
    modern_firm = 'template = "pogen:stipulated_protective_order_modern"\n' + FIRM
    firm.write_text(modern_firm, encoding="utf-8")
    modern = render_case(path, firm_dir / "out2").docx.read_bytes()
    assert plain_text(modern) != plain_text(default)
    explicit = render_case(path, firm_dir / "out3", template=default_template())  # --template
    assert plain_text(explicit.docx.read_bytes()) == plain_text(default)
