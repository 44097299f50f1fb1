"""``pogen check``: planted defects found with the right rule ID, clean drafts left alone."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen.check import RULES, check_draft, check_paragraphs
from pogen.check.reader import DraftError, read_docx, read_draft, strip_number
from pogen.check.report import as_json, as_text
from pogen.check.rules import CHECKS
from pogen.cli.app import app
from tests.check.drafts.build import build, caption, h, line, p, textbox, tracked
from tests.check.drafts.corpus import CASES, NEAR_MISSES, Case, _before
from tests.check.drafts.heldout import HELDOUT
from tests.check.drafts.orders import LOPEZ, QUARRY, edit
from tests.conftest import require_soffice

RULE_IDS = {
    "incomplete-order",
    "invisible-text",
    "good-cause-heading",
    "good-cause-generic",
    "categories-overbroad",
    "sealing-blanket",
    "sealing-rule-missing",
    "disputes-bypass-l37",
    "caption-discovery-notation",
    "trial-use",
    "binds-court",
    "exhibit-a-missing",
    "signature-attestation",
    "duration-retains-jurisdiction",
}


def _rules_found(case: Case) -> tuple[frozenset[str], frozenset[str]]:
    """(rules reported as errors or warnings, rules reported as notes)."""
    report = check_paragraphs(read_docx(build(case.blocks, **case.style), case.name), case.name)
    notes = frozenset(f.rule for f in report.findings if f.severity.value == "note")
    return frozenset(f.rule for f in report.findings if f.severity.value != "note"), notes


ALL_CASES = CASES + HELDOUT


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.name for c in ALL_CASES])
def test_corpus_draft_reports_exactly_its_planted_defects(case: Case) -> None:
    found, notes = _rules_found(case)
    assert found == case.expect
    assert case.notes <= notes


def test_rule_ids_are_the_courts_and_every_rule_has_a_check() -> None:
    assert set(RULES) == RULE_IDS == set(CHECKS)
    assert [r.id for r in RULES.values() if r.severity.value == "warning"] == [
        "duration-retains-jurisdiction"
    ]


def test_corpus_has_a_trigger_and_a_near_miss_for_every_rule() -> None:
    triggered = {rule for case in CASES for rule in case.expect}
    assert triggered == RULE_IDS
    clean = {case.name for case in CASES if not case.expect}
    assert set(NEAR_MISSES) <= clean
    assert set(NEAR_MISSES.values()) == RULE_IDS
    assert sum(1 for case in CASES if not case.expect and "clean" in case.name) >= 2


# LOPEZ before Judge Scott, whose procedures require her notation in the caption.
_SCOTT = _before(LOPEZ, "8:25-cv-01234-DOC-KES")


def _write(tmp_path: Path, data: bytes, name: str = "draft.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_finding_carries_location_excerpt_citation_and_hint(tmp_path: Path) -> None:
    blocks = edit(
        LOPEZ,
        "unless the Court orders otherwise.",
        "unless the Court orders "
        "otherwise. All Confidential Material filed with the Court shall be filed "
        "under seal.",
    )
    report = check_draft(_write(tmp_path, build(blocks)))
    (finding,) = report.findings
    paras = read_draft(tmp_path / "draft.docx")
    assert "shall be filed under seal" in paras[finding.paragraph - 1].text
    assert "under seal" in finding.excerpt
    assert finding.message.startswith("L.R. 79-5.2.2: ")
    assert "L.R. 79-5" in finding.hint
    text = as_text(report)
    assert re.match(
        rf"^{re.escape(str(tmp_path))}/draft\.docx:¶{finding.paragraph} §8 Filing: error: "
        r"sealing-blanket: L\.R\. 79-5\.2\.2: .+$",
        text.splitlines()[0],
    )
    assert text.splitlines()[1].strip() == f'"{finding.excerpt}"'
    assert text.splitlines()[2].startswith("    hint: ")
    assert text.splitlines()[-1].endswith("1 error, 0 warnings")


def test_json_shape_is_stable(tmp_path: Path) -> None:
    report = check_draft(_write(tmp_path, build(edit(_SCOTT, "DISCOVERY MATTER", "Hon. X"))))
    data = json.loads(as_json(report))
    assert set(data) == {"version", "file", "judge", "findings", "summary"}
    assert data["version"] == 1
    assert data["summary"] == {"errors": 1, "warnings": 0, "notes": 0}
    (finding,) = data["findings"]
    assert set(finding) == {
        "rule",
        "severity",
        "paragraph",
        "page",
        "line",
        "provision",
        "excerpt",
        "message",
        "hint",
    }
    assert finding["provision"] == "Caption"
    assert finding["rule"] == "caption-discovery-notation"
    assert finding["severity"] == "error"
    assert isinstance(finding["paragraph"], int)


# --- reading drafts the way a reader sees them ---------------------------------------


def test_tracked_changes_read_as_accepted_and_comments_ignored(tmp_path: Path) -> None:
    data = build([tracked("Kept text.", deleted=" Struck clause.", inserted=" Added clause.")])
    texts = [para.text for para in read_docx(data, "x")]
    assert texts == ["Kept text. Added clause."]


def test_text_box_with_fallback_is_read_once() -> None:
    paras = read_docx(build([textbox("DISCOVERY MATTER", "Case No. 1")]), "x")
    assert [(q.where, q.text) for q in paras] == [
        ("textbox", "DISCOVERY MATTER"),
        ("textbox", "Case No. 1"),
    ]


def test_caption_table_cells_are_read_in_order() -> None:
    paras = read_docx(build([caption(["A v. B"], ["Case No. 1", "DISCOVERY MATTER"])]), "x")
    assert [q.text for q in paras] == ["A v. B", "Case No. 1", "DISCOVERY MATTER"]


def test_hidden_text_and_deleted_paragraph_marks() -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (
        f'<w:document xmlns:w="{w}"><w:body>'
        "<w:p><w:pPr><w:rPr><w:del w:id='1' w:author='a'/></w:rPr></w:pPr>"
        "<w:r><w:t xml:space='preserve'>First half </w:t></w:r></w:p>"
        "<w:p><w:r><w:t>second half.</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t> hidden</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", body)
    assert [q.text for q in read_docx(buffer.getvalue(), "x")] == ["First half second half."]


def test_headings_by_style_emphasis_and_capitals() -> None:
    for style in ("style", "bold", "underline", "caps", "table"):
        paras = read_docx(
            build([line("x"), h("3. Scope of Order"), p("Body " * 20)], headings=style), "x"
        )
        heading = next(q for q in paras if "cope" in q.text.lower())
        assert heading.heading, style
        assert not paras[-1].heading


@pytest.mark.parametrize(
    ("typed", "bare"),
    [
        ("1.2 GOOD CAUSE", "GOOD CAUSE"),
        ("B.\tScope", "Scope"),
        ("IV. Duration", "Duration"),
        ("(a) Records", "Records"),
        ("12.3. Filing", "Filing"),
        ("Section 6 Challenges", "Challenges"),
        ("GOOD CAUSE STATEMENT", "GOOD CAUSE STATEMENT"),
    ],
)
def test_typed_numbers_are_stripped(typed: str, bare: str) -> None:
    assert strip_number(typed) == bare


# --- bad input: exit 2, one line, no traceback -----------------------------------------


def _corrupt(tmp_path: Path) -> Path:
    data = build(LOPEZ)
    return _write(tmp_path, data[: len(data) // 2], "truncated.docx")


def _no_document(tmp_path: Path) -> Path:
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda t: t / "missing.docx", "no such file"),
        (lambda t: t, "is a directory"),
        (lambda t: _write(t, b"plain text\n", "notes.docx"), "not a .docx or PDF"),
        (
            lambda t: _write(t, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "locked.docx"),
            "encrypted",
        ),
        (_corrupt, "not a readable .docx"),
        (_no_document, "no word/document.xml"),
        (lambda t: _write(t, b"%PDF-1.4 garbage", "broken.pdf"), "not a readable PDF"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, make: object, reason: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(DraftError, match=reason):
        read_draft(path)
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert reason in result.stderr
    assert "Traceback" not in result.output + result.stderr


# --- CLI -------------------------------------------------------------------------------


def test_cli_exit_codes_and_formats(tmp_path: Path) -> None:
    runner = CliRunner()
    clean = _write(tmp_path, build(LOPEZ), "clean.docx")
    result = runner.invoke(app, ["check", str(clean)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("0 errors, 0 warnings")

    warning_only = _write(
        tmp_path,
        build(
            edit(
                LOPEZ,
                "work product.",
                "work product. The Court retains jurisdiction to enforce this Order.",
            )
        ),
        "warn.docx",
    )
    result = runner.invoke(app, ["check", str(warning_only), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"] == {"errors": 0, "warnings": 1, "notes": 0}

    bad = _write(tmp_path, build(edit(_SCOTT, "DISCOVERY MATTER", "Hon. X")), "bad.docx")
    result = runner.invoke(app, ["check", str(bad)])
    assert result.exit_code == 1
    assert ": error: caption-discovery-notation: " in result.stdout

    result = runner.invoke(app, ["check", str(bad), "--format", "yaml"])
    assert result.exit_code == 2
    assert "--format must be text or json" in result.stderr


@pytest.mark.soffice
def test_pdf_drafts_are_checked(tmp_path: Path) -> None:
    require_soffice()
    from pogen.output.pdf import convert_to_pdf

    clean = _write(tmp_path, build(LOPEZ), "clean.docx")
    bad = _write(tmp_path, build(edit(_SCOTT, "DISCOVERY MATTER", "Hon. X")), "bad.docx")
    clean_pdf, bad_pdf = convert_to_pdf([clean, bad])
    assert check_draft(clean_pdf).findings == ()
    assert [f.rule for f in check_draft(bad_pdf).findings] == ["caption-discovery-notation"]


def test_every_message_is_one_documented_in_the_rule_reference() -> None:
    seen = 0
    for case in CASES:
        report = check_paragraphs(read_docx(build(case.blocks, **case.style), case.name))
        for finding in report.findings:
            rule = RULES[finding.rule]
            forms = [
                re.escape(f"{rule.cite}: {m}").replace(r"\{", "{").replace(r"\}", "}")
                for m in rule.messages
            ]
            patterns = [re.sub(r"\{\w+\}", ".*", form) + "$" for form in forms]
            assert any(re.match(pat, finding.message) for pat in patterns), finding.message
            seen += 1
    assert seen >= len(RULE_IDS)


@pytest.mark.soffice
def test_drafts_resaved_by_libreoffice_read_the_same(tmp_path: Path) -> None:
    """LibreOffice writes its own text boxes, numbering and styles; the verdict holds."""
    require_soffice()
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    assert soffice
    drafts = {
        "clean": build(QUARRY, headings="bold", numbering="auto", captions="textbox"),
        "bad": build(
            edit(
                QUARRY,
                "[Discovery Document: Referred to Magistrate Judge Karen E. Scott]",
                "Hon. Karen E. Scott",
            ),
            captions="textbox",
        ),
    }
    for name, data in drafts.items():
        _write(tmp_path, data, f"{name}.docx")
    profile = f"-env:UserInstallation=file://{tmp_path}/profile"
    for target, sources, out in (("odt", "docx", "odt"), ("docx:MS Word 2007 XML", "odt", "rt")):
        subprocess.run(
            [
                soffice,
                profile,
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(tmp_path / out),
                *(
                    str(tmp_path / f"{n}.{sources}")
                    if sources == "docx"
                    else str(tmp_path / "odt" / f"{n}.odt")
                    for n in drafts
                ),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    assert check_draft(tmp_path / "rt" / "clean.docx").findings == ()
    bad = check_draft(tmp_path / "rt" / "bad.docx")
    assert [f.rule for f in bad.findings] == ["caption-discovery-notation"]
