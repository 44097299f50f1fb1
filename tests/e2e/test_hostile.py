"""The hostile corpus (tests/hostile/): each file renders verbatim or fails exactly as listed.

Every case file runs end to end twice: through the library (rendered and read back, or
the first diagnostic compared field by field) and through the CLI (exit code, one clean
message, never a traceback).  Generated cases too big to commit (a file past the size
limit, 10,000 levels of nesting) are built here.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pogen.case.source import MAX_CASE_FILE_BYTES
from pogen.cli.app import app
from pogen.docx.reader import read_paragraphs
from pogen.errors import CaseFileError, Diagnostic, ValidationError
from pogen.pipeline import check_case, render_case

HOSTILE = Path(__file__).parent / "hostile"
CASES = HOSTILE / "cases"
EXPECTED: dict[str, dict[str, Any]] = tomllib.loads(
    (HOSTILE / "expected.toml").read_text(encoding="utf-8")
)


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(p.stem for p in CASES.glob("*.toml")) == sorted(EXPECTED)


def first_diagnostic(path: Path) -> Diagnostic:
    with pytest.raises((CaseFileError, ValidationError)) as info:
        check_case(path)
    error = info.value
    if isinstance(error, CaseFileError):
        return error.diagnostic
    assert isinstance(error, ValidationError)
    return error.diagnostics[0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_outcome(name: str, tmp_path: Path) -> None:
    expected = EXPECTED[name]
    path = CASES / f"{name}.toml"
    if expected["exit"] == 0:
        result = render_case(path, tmp_path)
        texts = [p.text for p in read_paragraphs(result.docx.read_bytes())]
        joined = "\n".join(texts)
        for fragment in expected["text"]:
            assert fragment in joined, fragment
        return
    diag = first_diagnostic(path)
    at = f"{diag.line}:{diag.column}" if diag.line else ""
    assert (diag.code, at, diag.key) == (expected["code"], expected["at"], expected["key"])
    assert expected["message"] in diag.message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_through_the_cli(name: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["render", str(CASES / f"{name}.toml"), "-o", str(tmp_path)])
    assert result.exit_code == EXPECTED[name]["exit"], result.output
    assert "Traceback" not in result.output
    assert "internal error" not in result.output
    if result.exit_code:
        assert f"[{EXPECTED[name]['code']}]" in result.output
        assert not any(tmp_path.iterdir())


def test_file_past_the_size_limit_fails_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:  # sparse: the limit is checked on the size alone
        handle.truncate(MAX_CASE_FILE_BYTES * 50)
    diag = first_diagnostic(path)
    assert diag.code == "file-too-large"
    assert f"limited to {MAX_CASE_FILE_BYTES:,}" in diag.message


@pytest.mark.parametrize("opener", ["[", "{a = "])
def test_ten_thousand_levels_of_nesting(opener: str, tmp_path: Path) -> None:
    closer = "]" if opener == "[" else "}"
    path = tmp_path / "deep.toml"
    path.write_text(f"x = {opener * 10_000}{closer * 10_000}\n", encoding="utf-8")
    diag = first_diagnostic(path)
    assert (diag.code, diag.line, diag.column) == (
        "too-deep",
        1,
        len("x = ") + 50 * len(opener) + 1,
    )


def test_nesting_tomllib_accepts_is_a_type_error_at_its_key(case_file: Any) -> None:
    path = case_file(('name = "Acme Widgets, Inc."', "name = " + "[" * 40 + "]" * 40))
    diag = first_diagnostic(path)
    assert (diag.code, diag.key, diag.line, diag.column) == ("wrong-type", "parties[0].name", 26, 1)


def _special(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / "special.toml"
    if kind == "dev-zero":
        path.symlink_to("/dev/zero")  # endless: must not be read at all
    elif kind == "fifo":
        os.mkfifo(path)  # opening would block forever
    elif kind == "symlink-loop":
        path.symlink_to(path)
    elif kind == "name-too-long":
        path = tmp_path / ("x" * 300 + ".toml")
    return path


@pytest.mark.parametrize(
    ("kind", "code", "message"),
    [
        ("dev-zero", "file-unreadable", "is not a regular file"),
        ("fifo", "file-unreadable", "is not a regular file"),
        ("symlink-loop", "file-unreadable", "cannot read (Too many levels of symbolic links)"),
        ("name-too-long", "file-unreadable", "cannot read (File name too long)"),
    ],
)
def test_special_files_are_refused_without_reading(
    kind: str, code: str, message: str, tmp_path: Path
) -> None:
    diag = first_diagnostic(_special(kind, tmp_path))
    assert (diag.code, diag.message) == (code, message)


def test_extends_with_a_nul_byte_is_a_diagnostic(case_file: Any) -> None:
    path = case_file(("schema_version = 1", 'schema_version = 1\nextends = "firm\\u0000.toml"'))
    diag = first_diagnostic(path)
    assert (diag.code, diag.key) == ("firm-file", "extends")


BASE_BYTES = (Path(__file__).parents[2] / "case_data" / "acme_v_borealis.toml").read_bytes()


def _splice(edit: tuple[int, int, bytes]) -> bytes:
    at, cut, insert = edit
    return BASE_BYTES[:at] + insert + BASE_BYTES[at + cut :]


toml_noise = st.sampled_from(
    [b"[", b"]", b"{", b"}", b'"', b"'", b'"""', b"=", b"\n", b"#", b",", b"\\", b"[[x]]", b"\x00"]
)
mangled_case = st.tuples(
    st.integers(0, len(BASE_BYTES)),
    st.integers(0, 40),
    st.one_of(st.binary(max_size=12), toml_noise, st.text(max_size=8).map(str.encode)),
).map(_splice)


@settings(max_examples=150, derandomize=True, deadline=None, database=None)
@given(st.one_of(st.binary(max_size=200), mangled_case))
def test_any_bytes_give_a_case_or_one_clean_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "fuzz.toml")
        path.write_bytes(data)
        try:
            check_case(path)
        except CaseFileError as exc:
            assert exc.diagnostic.code and "\n    hint" not in exc.diagnostic.message
        except ValidationError as exc:
            assert exc.diagnostics
            assert all(d.code and d.file for d in exc.diagnostics)


def test_a_huge_bad_value_is_not_echoed_in_full(case_file: Any) -> None:
    email = "x" * 500_000
    path = case_file(('email = "jdoe@doeroe.example"', f'email = "{email}"'))
    with pytest.raises(ValidationError) as info:
        check_case(path)
    lines = str(info.value).splitlines()
    prefix = f"{path}:42:1: counsel[0].email: "
    too_long = "E-mail is too long: 500000 characters, needs at most 120 [too-long]"
    assert all(len(line) <= len(prefix) + 300 + len(" [bad-email]") for line in lines)
    assert lines[0] == prefix + too_long
    assert lines[1].startswith(f"{prefix}malformed e-mail 'xxx")
    assert lines[1].endswith("x… [bad-email]")
