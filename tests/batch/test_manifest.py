"""The manifest's bytes, its merge under the lock, and the build digest it records
(``pogen.batch.manifest``), each done the cheap way with the same result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pogen.batch import manifest, verdict
from pogen.batch.manifest import FORMAT, Entry, Manifest, encode


def _reference(matters: dict[str, dict[str, str]]) -> bytes:
    data = {"format": FORMAT, "matters": matters}
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)  # no lone surrogates


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(TEXT, st.dictionaries(TEXT, TEXT, max_size=7), max_size=6))
def test_the_bytes_are_jsons_with_an_indent(matters: dict[str, dict[str, str]]) -> None:
    assert encode(matters) == _reference(matters)


def test_values_other_than_strings_take_jsons_own_path() -> None:
    odd: dict[str, dict[str, object]] = {"a.docx": {"case_file": 3, "x": None}}
    assert encode(odd) == _reference(odd)  # type: ignore[arg-type]


def test_a_real_manifest_is_written_as_before(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    book = Manifest(out)
    for i, name in enumerate(["b é.docx", 'a"\\.docx', "c\u2028.docx"]):
        book.record(name, Entry(f"../{i}.toml", "1" * 64, "2" * 64, "3" * 64, pdf_sha256="4" * i))
    book.save()
    written = json.loads((out / manifest.MANIFEST_NAME).read_text(encoding="utf-8"))
    assert (out / manifest.MANIFEST_NAME).read_bytes() == _reference(written["matters"])


ENTRY = Entry("../a.toml", "1" * 64, "2" * 64, "3" * 64)


def _seeded(tmp_path: Path) -> Path:
    """An output folder whose manifest holds one entry."""
    out = tmp_path / "out"
    out.mkdir()
    seed = Manifest(out)
    seed.record("seed.docx", ENTRY)
    seed.save()
    return out


def test_a_manifest_written_by_another_run_since_it_was_read_is_merged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The saved manifest skips re-reading only while the file's status vouches that
    nobody wrote it since; another run's write moves it."""
    monkeypatch.setattr(verdict, "RACY", 0.0)  # the file was written just now
    out = _seeded(tmp_path)
    first, second = Manifest(out), Manifest(out)
    assert first._read_as is not None  # settled: its status vouches for what was read
    first.record("a.docx", ENTRY)
    second.record("b.docx", ENTRY)
    first.save()
    second.save()
    assert sorted(Manifest(out).entries) == ["a.docx", "b.docx", "seed.docx"]


def test_a_recent_manifest_is_always_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verdict, "RACY", 3600.0)
    out = _seeded(tmp_path)
    assert Manifest(out)._read_as is None


def test_the_build_digest_is_kept_under_the_status_of_pogens_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(verdict, "RACY", 0.0)  # a checkout's files may be fresh
    digest = manifest.build_digest.__wrapped__()
    assert digest == manifest._read_build()

    def refuse() -> str:
        raise AssertionError("pogen's files were read again")

    monkeypatch.setattr(manifest, "_read_build", refuse)
    assert manifest.build_digest.__wrapped__() == digest
    moved = [*verdict.own_files(), str(Path(manifest.__file__))]  # one more "file" listed
    monkeypatch.setattr(verdict, "own_files", lambda: moved)
    with pytest.raises(AssertionError, match="read again"):
        manifest.build_digest.__wrapped__()
