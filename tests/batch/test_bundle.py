"""The filing bundle: which files a matter writes, what each holds, the manifest and
staleness over every file, the chambers copy with nothing locked, and the form chosen by
profile, case file or command line."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from pogen.batch import check_batch, render_batch
from pogen.batch.manifest import MANIFEST_NAME
from pogen.cli.app import app
from pogen.cli.entry import parse_render
from pogen.docx.ns import W
from pogen.docx.reader import plain_text, read_paragraphs
from pogen.errors import ExitCode, TemplateError
from pogen.pipeline import render_case
from tests.conftest import BASE_CASE

MakeCase = Callable[..., Path]
KINDS = ("stipulation", "proposed_order", "proposed_order_chambers")
BUNDLE_FORM = ("[options]", '[form]\ndocument = "bundle"\n\n[options]')
runner = CliRunner()


def _locks(path: Path) -> int:
    archive = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    root = etree.fromstring(archive.read("word/document.xml"))
    return len(list(root.iter(f"{W}lock")))


def test_the_bundle_writes_three_documents_named_by_the_convention(tmp_path: Path) -> None:
    result = render_case(BASE_CASE, tmp_path, form="bundle", pdf=False)
    assert [p.name for p in result.files] == [f"acme_v_borealis_{kind}.docx" for kind in KINDS]
    assert result.docx.name == "acme_v_borealis_proposed_order.docx"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.files)


def test_each_document_holds_what_it_must(tmp_path: Path) -> None:
    stipulation, order, chambers = render_case(BASE_CASE, tmp_path, form="bundle").files
    stip_text, order_text = plain_text(stipulation.read_bytes()), plain_text(order.read_bytes())
    terms = [
        "GOOD CAUSE STATEMENT",
        "ACKNOWLEDGMENT OF PROCEDURE FOR FILING UNDER SEAL",
        "CHALLENGING CONFIDENTIALITY DESIGNATIONS",
        "Filing Protected Material.",
        "FINAL DISPOSITION",
        "ACKNOWLEDGMENT AND AGREEMENT TO BE BOUND",
        "Borealis's other fulfillment clients include two of Acme's direct competitors",
    ]
    for term in terms:  # each document is self-contained: every term of the order
        assert term in stip_text, term
        assert term in order_text, term
    # The Stipulation is the Parties' (signed, attested), the order the Court's.
    assert "STIPULATION FOR ENTRY OF PROTECTIVE ORDER" in stip_text
    assert "IT IS SO STIPULATED, THROUGH COUNSEL OF RECORD." in stip_text
    assert "ATTESTATION" in stip_text
    assert "IT IS SO ORDERED" not in stip_text
    assert "United States Magistrate Judge" not in stip_text
    assert "[PROPOSED] PROTECTIVE ORDER" in order_text
    assert "The Court has considered the Stipulation for Entry of Protective Order" in order_text
    assert "IT IS SO ORDERED." in order_text
    assert "Hon. Stephanie S. Christensen\nUnited States Magistrate Judge" in order_text
    assert "ATTESTATION" not in order_text
    assert "/s/" not in order_text
    # The chambers copy is the order, word for word, with nothing locked.
    assert plain_text(chambers.read_bytes()) == order_text
    assert _locks(order) == 5
    assert _locks(stipulation) == 5
    assert _locks(chambers) == 0
    assert all(not p.locked for p in read_paragraphs(chambers.read_bytes()))


def test_the_combined_form_is_the_default_and_can_add_a_chambers_copy(
    case_file: MakeCase, tmp_path: Path
) -> None:
    assert [p.name for p in render_case(case_file(), tmp_path / "a").files] == [
        "matter_protective_order.docx"
    ]
    with_copy = case_file(("[options]", "[form]\nchambers_copy = true\n\n[options]"))
    files = render_case(with_copy, tmp_path / "b").files
    assert [p.name for p in files] == [
        "matter_protective_order.docx",
        "matter_protective_order_chambers.docx",
    ]
    assert _locks(files[0]) == 5
    assert _locks(files[1]) == 0
    assert plain_text(files[0].read_bytes()) == plain_text(files[1].read_bytes())


def test_the_case_file_or_the_profile_chooses_the_bundle(
    case_file: MakeCase, tmp_path: Path
) -> None:
    chosen = render_case(case_file(BUNDLE_FORM), tmp_path / "a")
    assert [p.name for p in chosen.files] == [f"matter_{kind}.docx" for kind in KINDS]
    kato = case_file(  # Judge Kato's profile defaults to a stipulation and a separate order
        ('magistrate = "Stephanie S. Christensen"', 'magistrate = "Kenly Kiya Kato"'),
        ("2:24-cv-07416-SRM-SSC", "2:24-cv-07416-SRM-KK"),
        ("[options]", '[form]\nprofile = "judge"\n\n[options]'),
    )
    assert len(render_case(kato, tmp_path / "b").files) == 3
    overridden = render_case(kato, tmp_path / "c", form="combined")
    assert [p.name for p in overridden.files] == ["matter_protective_order.docx"]


def test_an_unknown_profile_is_a_validation_error_in_a_batch_too(
    case_file: MakeCase, tmp_path: Path
) -> None:
    # outputs are planned before validation: an unknown profile must not crash planning
    unknown = case_file(("[options]", '[form]\nprofile = "nobody"\n\n[options]'))
    result = render_batch([unknown], tmp_path / "out")
    (matter,) = result.results
    assert "[not-allowed]" in matter.error, matter.error
    assert matter.exit_code == ExitCode.INVALID


def test_a_custom_template_is_refused_for_the_bundle(tmp_path: Path) -> None:
    from pogen.document.template import default_template

    firm = tmp_path / "firm.docx"
    firm.write_bytes(default_template().read_bytes())
    with pytest.raises(TemplateError) as info:
        render_case(BASE_CASE, tmp_path / "out", form="bundle", template=firm)
    assert info.value.code == "bundle-template"
    assert not (tmp_path / "out").exists()


def test_the_manifest_records_every_file_and_staleness_covers_each(tmp_path: Path) -> None:
    source = tmp_path / "in" / "acme.toml"
    source.parent.mkdir()
    source.write_text(BASE_CASE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    first = render_batch([source], out, form="bundle")
    assert [r.status for r in first.results] == ["rendered"]
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["matters"]) == sorted(f"acme_{kind}.docx" for kind in KINDS)
    assert check_batch([source], out, form="bundle").ok
    assert [r.status for r in render_batch([source], out, form="bundle").results] == ["skipped"]
    # A hand-edited chambers copy names itself, and pogen render keeps it (issue 15).
    chambers = out / "acme_proposed_order_chambers.docx"
    chambers.write_bytes(chambers.read_bytes() + b" ")
    stale = check_batch([source], out, form="bundle").failed[0]
    assert stale.code == "output-conflict"
    assert "acme_proposed_order_chambers.docx was edited since pogen wrote it" in stale.error
    kept = render_batch([source], out, form="bundle").failed[0]
    assert kept.code == "output-conflict"
    assert "acme_proposed_order_chambers.docx: kept, not overwritten" in kept.error
    assert [r.status for r in render_batch([source], out, form="bundle", force=True).results] == [
        "rendered"
    ]
    # A missing stipulation is stale too, and named.
    (out / "acme_stipulation.docx").unlink()
    missing = check_batch([source], out, form="bundle").failed[0].error
    assert missing.endswith("acme_stipulation.docx is stale (output missing)")
    render_batch([source], out, form="bundle")
    # The combined form adds its own entry; the bundle's stay, as their files do.
    render_batch([source], out, form="combined")
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["matters"]) == sorted(
        ["acme_protective_order.docx", *(f"acme_{kind}.docx" for kind in KINDS)]
    )
    assert check_batch([source], out).ok
    assert check_batch([source], out, form="bundle").ok


def test_the_cli_and_its_fast_lane_take_the_form(tmp_path: Path) -> None:
    assert parse_render(["x.toml", "--form", "bundle"]) == {
        "cases": ["x.toml"],
        "output": Path("output"),
        "timeout": 300.0,
        "form": "bundle",
    }
    assert parse_render(["x.toml", "--form", "other"]) is None  # Typer says why
    result = runner.invoke(app, ["render", str(BASE_CASE), "-o", str(tmp_path), "--form", "bundle"])
    assert result.exit_code == 0, result.output
    assert [line.rsplit("/", 1)[-1] for line in result.stdout.splitlines()] == [
        f"acme_v_borealis_{kind}.docx" for kind in KINDS
    ]
    bad = runner.invoke(app, ["render", str(BASE_CASE), "--form", "other"])
    assert bad.exit_code == ExitCode.USAGE
    assert "'other' is not one of 'combined', 'bundle'" in bad.stderr
