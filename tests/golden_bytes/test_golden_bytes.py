"""Every output stays byte for byte what it was before the speed work (issue 13).

``hashes.json`` holds the SHA-256 of every .docx that every example (and hostile
variants of one) renders with every shipped template and form, recorded from the
docxtpl-based path before any change.  Two tests hold it: today's path gives exactly
those bytes, and docxtpl's own ``render`` and ``save`` (``render_plain``, normalized
as the package writer normalizes) does too, so the compiled path equals docxtpl's for
every cell.  Regenerate only deliberately: ``python -m tests.golden_bytes.cases``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pogen.document import compiled, reference, render
from pogen.docx.package import normalize_package
from tests.golden_bytes.cases import HASHES, render_matrix


def _recorded() -> dict[str, str]:
    data: dict[str, str] = json.loads(HASHES.read_text(encoding="utf-8"))
    return data


def test_every_output_is_byte_identical_to_the_recorded_baseline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiled in this process (an empty disk cache), then restored from the disk
    cache (``pogen.document.tplcache``) with the process's own cache emptied."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    compiled._cache.clear()
    assert render_matrix(tmp_path) == _recorded()
    assert list((tmp_path / "cache" / "pogen" / "templates").glob("*.bin"))
    compiled._cache.clear()
    restored = []
    real = compiled.CompiledTemplate._restore

    def restore(self: compiled.CompiledTemplate, state: dict[str, Any]) -> None:
        restored.append(state["document_name"])
        real(self, state)

    monkeypatch.setattr(compiled.CompiledTemplate, "_restore", restore)
    assert render_matrix(tmp_path) == _recorded()
    assert len(restored) == 4  # every shipped template came from the disk cache


def test_docxtpl_own_render_gives_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def plain(raw: bytes, name: str, context: dict[str, Any], properties: Any = None) -> bytes:
        return normalize_package(reference.render_plain(raw, name, context, properties))

    monkeypatch.setattr(render, "render_compiled", plain)
    compiled._cache.clear()
    assert render_matrix(tmp_path) == _recorded()
