"""Stage 1: reading case files; every failure is one diagnostic with a location."""

from __future__ import annotations

from pathlib import Path

import pytest

from pogen.case.load import load_case
from pogen.case.source import MAX_CASE_FILE_BYTES
from pogen.errors import CaseFileError


def _error(path: Path) -> str:
    with pytest.raises(CaseFileError) as info:
        load_case(path)
    return str(info.value)


def test_toml_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('schema_version = 1\n[case]\nnumber = "2:24-cv-1-AB-CD\n', encoding="utf-8")
    message = _error(path)
    assert message.startswith(f"{path}:3:")
    assert "[toml-syntax]" in message


def test_duplicate_key_is_a_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "dup.toml"
    path.write_text("schema_version = 1\nschema_version = 1\n", encoding="utf-8")
    assert ":2:" in _error(path)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbfschema_version = 1\n")
    assert load_case(path).data == {"schema_version": 1}


def test_utf16_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "u16.toml"
    path.write_bytes("schema_version = 1\n".encode("utf-16"))
    message = _error(path)
    assert "UTF-16" in message
    assert "[encoding]" in message


def test_latin1_names_the_byte_and_position(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('a = 1\nname = "Jos\xe9"\n'.encode("latin-1"))
    message = _error(path)
    assert f"{path}:2:12:" in message
    assert "0xe9" in message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.toml"
    path.write_text("  \n", encoding="utf-8")
    assert "[empty-file]" in _error(path)


def test_oversized_file_fails_fast(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    path.write_bytes(b"#" * (MAX_CASE_FILE_BYTES + 1))
    assert "[file-too-large]" in _error(path)


def test_missing_file_and_wrong_suffix(tmp_path: Path) -> None:
    assert "[file-not-found]" in _error(tmp_path / "nope.toml")
    other = tmp_path / "case.json"
    other.write_text("{}", encoding="utf-8")
    assert "[not-toml]" in _error(other)
