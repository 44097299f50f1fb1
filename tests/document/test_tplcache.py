"""The on-disk cache of compiled templates (``pogen.document.tplcache``): where it is,
what a damaged, foreign or concurrent entry does, and that a restored template renders
the same bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pogen.document import compiled, tplcache
from pogen.document.template import Template, default_template


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    compiled._cache.clear()
    return tmp_path / "xdg" / "pogen" / "templates"


def _raw() -> bytes:
    return default_template().read_bytes()


def _fresh() -> compiled.CompiledTemplate:
    compiled._cache.clear()
    return compiled.compiled_template(_raw(), "t")


def _restores(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = compiled.CompiledTemplate._restore

    def restore(self: compiled.CompiledTemplate, state: dict[str, Any]) -> None:
        seen.append(state["document_name"])
        real(self, state)

    monkeypatch.setattr(compiled.CompiledTemplate, "_restore", restore)
    return seen


def test_the_cache_lives_under_xdg_cache_home(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert tplcache.cache_dir() == cache
    _fresh()
    (entry,) = cache.glob("*.bin")
    assert entry.stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # not absolute: ignored
    assert tplcache.cache_dir() == Path.home() / ".cache" / "pogen" / "templates"


def test_a_second_process_restores_instead_of_compiling(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _fresh()
    seen = _restores(monkeypatch)
    second = _fresh()
    assert seen == ["word/document.xml"]
    assert second.state() == first.state()


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # truncated
        lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]),  # one bit flipped
        lambda blob: b"garbage",
        lambda blob: b"",
    ],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(
    cache: Path, monkeypatch: pytest.MonkeyPatch, damage: Any
) -> None:
    good = _fresh().state()
    (entry,) = cache.glob("*.bin")
    entry.write_bytes(damage(entry.read_bytes()))
    entry.chmod(0o600)
    seen = _restores(monkeypatch)
    assert _fresh().state() == good  # compiled again, not restored
    assert seen == []
    assert tplcache.load(_raw()) is not None  # and rewritten, sound


def test_an_entry_others_may_write_is_not_trusted(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh()
    (entry,) = cache.glob("*.bin")
    entry.chmod(0o666)
    assert tplcache.load(_raw()) is None


def test_an_entry_of_the_wrong_shape_is_rebuilt(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _fresh().state()
    tplcache.save(_raw(), {"body": 1})  # sound payload, wrong fields
    assert _fresh().state() == good


def test_an_unwritable_cache_only_means_no_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the folder would be
    assert _fresh().state()
    assert not cache.exists()


WRITER = """
import sys
from pogen.document import compiled, tplcache
from pogen.document.template import default_template
raw = default_template().read_bytes()
state = compiled.CompiledTemplate(raw, "t").state()
for _ in range(40):
    tplcache.save(raw, state)
"""


def test_concurrent_writers_leave_a_sound_entry(cache: Path) -> None:
    writers = [subprocess.Popen([sys.executable, "-c", WRITER]) for _ in range(3)]
    for _ in range(20):
        found = tplcache.load(_raw())
        assert found is None or "body" in found  # a reader never sees half an entry
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0]
    assert tplcache.load(_raw()) is not None
    assert [p.name for p in cache.iterdir() if not p.name.endswith(".bin")] == []


def test_a_template_of_other_bytes_has_its_own_entry(cache: Path) -> None:
    shipped = Template.of(None)
    other = bytes(shipped.raw) + b"\0"  # another hash: another name
    assert tplcache.entry_path(shipped.raw) != tplcache.entry_path(other)


def test_another_docxtpl_or_python_docx_is_another_entry(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The libraries' files are read, not imported, and a change of any is a new name."""
    raw = Template.of(None).raw
    sources = tplcache._library_sources()
    assert len(sources) == 3 and all(sources)  # docxtpl's __init__ and template, docx's
    assert b"__version__" in sources[0] and b"__version__" in sources[2]
    before = tplcache.entry_path(raw)
    for changed in range(3):
        edited = [s + b"#" if i == changed else s for i, s in enumerate(sources)]
        monkeypatch.setattr(tplcache, "_library_sources", lambda e=edited: e)
        tplcache._build_key.cache_clear()
        assert tplcache.entry_path(raw) != before
    tplcache._build_key.cache_clear()


def test_the_mandatory_blocks_compile_once_across_processes(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The blocks' Jinja code is kept too; restored, it renders the same XML."""
    import jinja2

    from pogen.case.load import load_case
    from pogen.case.validate import validate_case
    from pogen.document import blocks
    from pogen.document.context import build_context

    case = Path(__file__).resolve().parents[2] / "case_data" / "acme_v_borealis.toml"
    context = build_context(validate_case(load_case(case)))
    blocks._compiled.cache_clear()
    fresh = blocks.render_blocks(context)
    assert len(list(cache.iterdir())) >= 4  # one entry per block source

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("compiled again")

    blocks._compiled.cache_clear()
    monkeypatch.setattr(jinja2.Environment, "compile", refuse)
    try:
        assert blocks.render_blocks(context) == fresh
    finally:
        blocks._compiled.cache_clear()


def test_a_damaged_block_entry_is_compiled_again(cache: Path) -> None:
    source = "<w:p>{{ 1 + 1 }}</w:p>"
    assert tplcache.load_code(source) is None
    tplcache.save_code(source, compile("x = 1", "<t>", "exec"))
    assert tplcache.load_code(source) is not None
    for entry in cache.iterdir():
        entry.write_bytes(entry.read_bytes()[:-3])
    assert tplcache.load_code(source) is None
