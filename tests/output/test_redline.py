"""``pogen redline``: native tracked changes, read back after a LibreOffice round trip.

An order against a lightly edited copy of itself shows exactly the edits; a matter
between two commits shows only what the case-file change caused; every change is by
"pogen" on the fixed date, and the same inputs give the same bytes.
"""

from __future__ import annotations

import builtins
import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

from pogen.cli.app import app
from pogen.docx.ns import W
from pogen.docx.package import build_package
from pogen.errors import ConverterMissingError, ExitCode
from pogen.output.redline import FIXED_DATE, redline
from pogen.pipeline import render_case
from tests.conftest import BASE_CASE, require_soffice

runner = CliRunner()
WHOLESALE = "Designating material wholesale, by habit, or without looking at it is not permitted. "
GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid"]


def _edited(data: bytes, edits: list[tuple[str, str]]) -> bytes:
    """``data`` with text replaced in word/document.xml (each edit must apply once)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in archive.namelist():
        content = archive.read(name)
        if name == "word/document.xml":
            xml = content.decode("utf-8")
            for old, new in edits:
                assert xml.count(old) == 1, old
                xml = xml.replace(old, new)
            content = xml.encode("utf-8")
        out.append((name, content))
    return build_package(out)


def _xml_changes(data: bytes) -> list[tuple[str, str, str]]:
    """(ins|del, author, date) of every tracked insertion and deletion in the body."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return [
        (etree.QName(e).localname, e.get(f"{W}author") or "", e.get(f"{W}date") or "")
        for e in root.iter(f"{W}ins", f"{W}del")
    ]


TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC = "http://purl.org/dc/elements/1.1/"


def _marked_text(root: etree._Element) -> list[tuple[str, str]]:
    """(change id, text) between each text:change-start and its text:change-end."""
    open_ids: list[str] = []
    texts: dict[str, str] = {}
    order: list[str] = []

    def add(text: str | None) -> None:
        for ident in open_ids:
            texts[ident] += text or ""

    def walk(element: etree._Element) -> None:
        ident = element.get(f"{{{TEXT}}}change-id") or ""
        if element.tag == f"{{{TEXT}}}change-start":
            open_ids.append(ident)
            texts[ident] = ""
            order.append(ident)
        elif element.tag == f"{{{TEXT}}}change-end":
            open_ids.remove(ident)
        elif element.tag != f"{{{TEXT}}}tracked-changes":
            add(element.text)
            for child in element:
                walk(child)
        add(element.tail)

    walk(root)
    return [(ident, texts[ident]) for ident in order]


def tracked_changes(docx: Path) -> list[tuple[str, str]]:
    """The tracked changes LibreOffice reads in ``docx``: (insertion|deletion, text), in
    document order, from its .fodt export; each must be by "pogen"."""
    out = docx.parent / "lo"
    profile = tempfile.mkdtemp(prefix="lo_redline_")
    try:
        subprocess.run(
            [
                shutil.which("soffice") or "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "fodt",
                "--outdir",
                str(out),
                str(docx),
            ],
            capture_output=True,
            check=True,
            timeout=240,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    root = etree.parse(str(out / f"{docx.stem}.fodt")).getroot()
    regions = list(root.iter(f"{{{TEXT}}}changed-region"))
    assert regions, "LibreOffice lists no tracked change"
    kinds = {}
    for region in regions:
        kind = "insertion" if region.find(f"{{{TEXT}}}insertion") is not None else "deletion"
        assert [c.text for c in region.iter(f"{{{DC}}}creator")] == ["pogen"]
        kinds[region.get(f"{{{TEXT}}}id")] = kind
    return [(kinds[ident], text) for ident, text in _marked_text(root)]


@pytest.fixture(scope="module")
def order(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return render_case(BASE_CASE, tmp_path_factory.mktemp("order")).docx.read_bytes()


def test_every_change_is_by_pogen_on_the_fixed_date_and_reproducible(order: bytes) -> None:
    edited = _edited(order, [("change it later.", "modify it later.")])
    first, second = redline(order, edited), redline(order, edited)
    assert first == second
    changes = _xml_changes(first)
    assert changes, "no tracked change"
    assert {(author, date) for _kind, author, date in changes} == {("pogen", FIXED_DATE)}
    other = _xml_changes(redline(order, edited, author="Doe & Roe", date="2026-11-30T09:00:00Z"))
    assert {(a, d) for _k, a, d in other} == {("Doe & Roe", "2026-11-30T09:00:00Z")}


def test_the_same_document_gives_no_change(order: bytes) -> None:
    assert _xml_changes(redline(order, order)) == []


@pytest.mark.soffice
def test_libreoffice_lists_exactly_the_edits(order: bytes, tmp_path: Path) -> None:
    require_soffice()
    edited = _edited(
        order,
        [
            ("prevents anyone from asking", "prevents any Party from asking"),
            (WHOLESALE, ""),
            (
                "within 14 days after receiving that notice",
                "within 21 days after receiving that notice",
            ),
        ],
    )
    path = tmp_path / "redline.docx"
    path.write_bytes(redline(order, edited))
    assert tracked_changes(path) == [
        (
            "deletion",
            "Designating material wholesale, by habit, or without looking at it is not permitted. ",
        ),
        ("insertion", "21"),
        ("deletion", "14"),
        ("insertion", "any Party"),
        ("deletion", "anyone"),
    ]


@pytest.mark.soffice
def test_between_two_commits_only_the_case_file_change_shows(tmp_path: Path) -> None:
    require_soffice()
    repo = tmp_path / "matters"
    repo.mkdir()
    case = repo / "acme.toml"
    text = BASE_CASE.read_text(encoding="utf-8")
    case.write_text(text, encoding="utf-8")
    subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*GIT, "add", "acme.toml"], cwd=repo, check=True)
    subprocess.run([*GIT, "commit", "-q", "-m", "sent to opposing counsel"], cwd=repo, check=True)
    subprocess.run([*GIT, "tag", "sent"], cwd=repo, check=True)
    old = "two of Acme's direct competitors"
    assert text.count(old) == 1
    case.write_text(text.replace(old, "three of Acme's direct competitors"), encoding="utf-8")
    subprocess.run([*GIT, "commit", "-q", "-am", "their comments"], cwd=repo, check=True)
    out = tmp_path / "acme_redline.docx"
    result = runner.invoke(
        app, ["redline", str(case), "--since", "sent", "--to", "HEAD", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert tracked_changes(out) == [("insertion", "three"), ("deletion", "two")]
    assert sorted(p.name for p in repo.iterdir()) == [".git", "acme.toml"]  # nothing left


def test_against_a_model_and_the_default_output_name(
    order: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "model.docx"
    model.write_bytes(_edited(order, [("change it later.", "modify it later.")]))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["redline", str(BASE_CASE), "--against", str(model)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "wrote output/acme_v_borealis_redline.docx\n"
    changes = _xml_changes((tmp_path / "output" / "acme_v_borealis_redline.docx").read_bytes())
    assert sorted(kind for kind, _a, _d in changes) == ["del", "ins"]


def test_usage_errors(tmp_path: Path) -> None:
    neither = runner.invoke(app, ["redline", str(BASE_CASE)])
    assert neither.exit_code == ExitCode.USAGE
    assert "give either --against MODEL.docx or --since REV" in neither.stderr
    missing = runner.invoke(
        app, ["redline", str(BASE_CASE), "--against", str(tmp_path / "no.docx")]
    )
    assert missing.exit_code == ExitCode.USAGE
    assert "no.docx: cannot read" in missing.stderr
    outside = tmp_path / "lone.toml"
    outside.write_text(BASE_CASE.read_text(encoding="utf-8"), encoding="utf-8")
    norepo = runner.invoke(
        app, ["redline", str(outside), "--since", "HEAD", "-o", str(tmp_path / "r.docx")]
    )
    assert norepo.exit_code == ExitCode.USAGE
    assert "git rev-parse: fatal: not a git repository" in norepo.stderr


def test_without_the_engine_the_error_names_the_install_command(
    order: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_engine(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("python_redlines"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_engine)
    with pytest.raises(ConverterMissingError) as info:
        redline(order, order)
    assert info.value.code == "redline-missing"
    assert 'pip install "pogen[redline]"' in str(info.value)
