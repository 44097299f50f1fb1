"""Collecting a folder's case files by one ``scandir`` per folder gives what ``rglob``
with its filters gave (issue 13: no ``stat`` per file)."""

from __future__ import annotations

from pathlib import Path

from pogen.batch.collect import _below, collect_cases


def test_the_scan_finds_what_rglob_found(tmp_path: Path) -> None:
    for rel in ("a.toml", "b/c.toml", ".h/d.toml", "b/.e.toml", "b/x.toml/y.toml", "f.TOML",
                "g.txt", "b/firm.toml", "k/.git/z.toml"):  # fmt: skip
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    (tmp_path / "linkdir").symlink_to(tmp_path / "b")
    (tmp_path / "link.toml").symlink_to(tmp_path / "a.toml")
    (tmp_path / "dangling.toml").symlink_to(tmp_path / "missing")
    old = sorted(
        p
        for p in tmp_path.rglob("*.toml")
        if p.is_file() and not any(n.startswith(".") for n in p.relative_to(tmp_path).parts)
    )
    plain: set[Path] = set()
    assert sorted(_below(tmp_path, plain)) == old
    assert tmp_path / "link.toml" not in plain
    found = collect_cases([tmp_path])  # link.toml is a.toml again: counted once
    expected = {p.resolve() for p in old if p.name != "firm.toml"}
    assert {p.resolve() for p in found} == expected
    assert len(found) == len(expected)
