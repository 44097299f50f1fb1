"""``assemble`` of reused ``Member``s gives exactly the bytes of ``build_package``."""

from __future__ import annotations

import io
import zipfile
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pogen.document.template import default_template
from pogen.docx.package import Member, assemble, build_package, normalize_package

_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
_names = st.text(
    alphabet=st.characters(blacklist_categories=_SURROGATES, blacklist_characters="\x00/"),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_names, st.binary(max_size=3000)), max_size=6, unique_by=lambda p: p[0]))
def test_assembled_members_equal_build_package(parts: list[tuple[str, bytes]]) -> None:
    assert assemble(Member.of(n, c) for n, c in parts) == build_package(parts)


def test_the_shipped_template_reassembles_to_its_normalized_bytes() -> None:
    raw = default_template().read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = [(n, archive.read(n)) for n in archive.namelist()]
    assert assemble(Member.of(n, c) for n, c in parts) == normalize_package(raw)


@pytest.mark.parametrize("size", [0, 1, 70_000, 1 << 20])
def test_sizes(size: int) -> None:
    content = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    parts = [("word/document.xml", content), ("a.xml", b"<a/>")]
    assert assemble(Member.of(n, c) for n, c in parts) == build_package(parts)
