"""``pogen.cache.disk``: entries that are sound, damaged, foreign or unwritable, and the
parsed data files kept in it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pogen.cache import disk


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "pogen"


TEXT = 'registry_version = "2026-01-01"\n[[judge]]\nname = "A & B"\nroom = 3\nlist = [1, 2]\n'


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")
    assert disk.cache_root() == Path.home() / ".cache" / "pogen"


def test_toml_data_is_parsed_once(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = tomllib.loads(TEXT)
    assert disk.toml_data(TEXT) == expected
    monkeypatch.setattr(tomllib, "loads", lambda _t: pytest.fail("parsed again"))
    assert disk.toml_data(TEXT) == expected


def test_an_edited_file_is_parsed_again(root: Path) -> None:
    disk.toml_data(TEXT)
    edited = TEXT.replace("room = 3", "room = 4")
    assert disk.toml_data(edited)["judge"][0]["room"] == 4
    assert len(list((root / "data").iterdir())) == 2


def test_a_damaged_entry_is_parsed_and_written_again(root: Path) -> None:
    disk.toml_data(TEXT)
    (entry,) = (root / "data").iterdir()
    entry.write_bytes(entry.read_bytes()[:-5])
    assert disk.read(entry) is None
    assert disk.toml_data(TEXT) == tomllib.loads(TEXT)
    assert disk.read(entry) is not None


def test_an_entry_others_may_change_is_not_read(root: Path) -> None:
    path = root / "x.bin"
    disk.write(path, {"data": {"a": 1}})
    assert disk.read(path) == {"data": {"a": 1}, "format": disk.FORMAT}
    path.chmod(0o664)
    assert disk.read(path) is None


DATES = """when = 2026-01-01
at = 1979-05-27T07:32:00Z
offset = 1979-05-27T00:32:00.999999-07:00
local = 1979-05-27T07:32:00
clock = 07:32:00.5
[[profile]]
seen = [2023-07-24, "text", ["nested", 2023-07-25]]
"""


def test_dates_are_kept_and_come_back_as_dates(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = tomllib.loads(DATES)
    assert disk.toml_data(DATES) == expected
    assert len(list((root / "data").iterdir())) == 1  # kept, though marshal has no dates
    monkeypatch.setattr(tomllib, "loads", lambda _t: pytest.fail("parsed again"))
    restored = disk.toml_data(DATES)
    assert restored == expected
    assert [type(v) for v in restored.values()] == [type(v) for v in expected.values()]
    assert restored["offset"].utcoffset() == expected["offset"].utcoffset()


def test_an_unwritable_cache_only_means_no_cache(root: Path) -> None:
    root.parent.mkdir(parents=True)
    root.write_text("a file where the folder should be", encoding="utf-8")
    assert disk.toml_data(TEXT) == tomllib.loads(TEXT)
