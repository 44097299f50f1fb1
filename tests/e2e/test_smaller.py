"""The smaller findings of the outside trials (issue 15, item 9), each reproduced.

Before: a firm.toml could name /dev/zero or a FIFO as its template (read until memory ran
out, or forever), and a sparse 3 GB firm.toml was read whole before its size check;
``|join`` and ``~`` got around the sandbox's bound on ``*`` (exit 70); ``--timeout`` was
ignored for a single matter; escape sequences in file names reached the terminal raw;
a template's author metadata was copied into every order; a memory error in a batch did
not say which case failed; mandatory-part messages quoted rendered case text.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import docx
from pogen import pipeline
from pogen.batch import MatterJob, render_matter
from pogen.cli.app import app
from pogen.document.template import Template
from pogen.errors import ExitCode, TemplateError, display_path
from pogen.pipeline import render_case
from tests.conftest import BASE_CASE, ROOT
from tests.e2e.hostile.templates import BLOCKS, plain, rezip

runner = CliRunner()


def _pogen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """pogen in a process of its own, with a guard against a hang (not a timing test)."""
    return subprocess.run(
        [sys.executable, "-m", "pogen.cli.entry", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not Path("/dev/zero").exists() or sys.platform == "win32", reason="POSIX")
@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_a_firm_file_cannot_name_a_device_or_fifo_as_its_template(
    tmp_path: Path, kind: str
) -> None:
    target = "/dev/zero"
    if kind == "fifo":
        os.mkfifo(tmp_path / "template.docx")
        target = "template.docx"
    (tmp_path / ".git").mkdir()  # the firm file search stops here
    (tmp_path / "firm.toml").write_text(f'template = "{target}"\n')
    (tmp_path / "acme.toml").write_bytes(BASE_CASE.read_bytes())
    done = _pogen("render", "acme.toml", "-o", "out", cwd=tmp_path)
    assert done.returncode == ExitCode.TEMPLATE, done.stderr
    assert "cannot read template (is not a regular file)" in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_sparse_huge_firm_file_is_refused_by_its_size(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    with (tmp_path / "firm.toml").open("wb") as handle:
        handle.truncate(3_000_000_000)  # sparse: no disk space used
    (tmp_path / "acme.toml").write_bytes(BASE_CASE.read_bytes())
    result = runner.invoke(app, ["validate", str(tmp_path / "acme.toml")])
    assert result.exit_code == ExitCode.USAGE
    assert "file is 3,000,000,000 bytes; case files are limited to 1,000,000" in result.stderr


@pytest.mark.parametrize(
    "expression",
    [
        "{{ (['x' * 100000] * 100000) | join }}",
        "{% set a = 'x' * 100000 %}{% set b = a~a~a~a~a~a~a~a~a~a %}{{ (b~b~b~b~b~b)|length }}",
        "{% set a = 'x' * 100000 %}{% set b = a+a+a+a+a+a+a+a+a+a %}{{ (b+b+b+b+b+b)|length }}",
        "{{ 'x' | center(10**9) }}",
        "{{ 'x'.ljust(10**9) }}",
        "{{ ('x' * 100000) | replace('', 'y' * 1000) }}",
        "{{ '{:>999999999}'.format(1) }}",
        "{{ [1] | batch(10**9, 'x') | list | length }}",
    ],
)
def test_the_sandbox_bounds_every_way_of_building_a_huge_value(
    tmp_path: Path, expression: str
) -> None:
    with pytest.raises(TemplateError) as info:
        render_case(BASE_CASE, tmp_path, template=Template("t.docx", plain(expression), "x"))
    assert info.value.code == "template-sandbox"
    assert "larger than the sandbox allows" in str(info.value)


def test_a_single_matter_is_bounded_by_timeout(tmp_path: Path) -> None:
    loop = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    (tmp_path / "slow.docx").write_bytes(plain(loop))
    (tmp_path / "acme.toml").write_bytes(BASE_CASE.read_bytes())
    done = _pogen("render", "acme.toml", "-o", "out", "-t", "slow.docx", "--timeout", "2",
                  cwd=tmp_path)  # fmt: skip
    assert done.returncode == ExitCode.OUTPUT, done.stderr
    assert "acme.toml: timed out after 2 s; stopped" in done.stderr


def test_escape_sequences_in_file_names_do_not_reach_the_terminal(tmp_path: Path) -> None:
    evil = tmp_path / "evil\x1b]0;pwned\x07\x1b[2Jname.toml"
    evil.write_text("not toml at all = = =\n")
    result = runner.invoke(app, ["validate", str(evil)])
    assert result.exit_code == ExitCode.USAGE
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil\\x1b]0;pwned\\x07\\x1b[2Jname.toml" in result.stderr
    result = runner.invoke(app, ["render", str(tmp_path), "-o", str(tmp_path / "out")])
    assert "\x1b" not in result.output


def _with_metadata() -> bytes:
    document = docx.Document()
    for block in BLOCKS:
        document.add_paragraph(f"{{{{p blocks.{block} }}}}")
    core = document.core_properties
    core.last_modified_by = "Jane Q. Associate"
    core.comments = "Draft for the Zenith matter, do not circulate"
    core.category = "Client 4471"
    out = io.BytesIO()
    document.save(out)

    def company(body: bytes) -> bytes:
        return body.replace(b"</Properties>", b"<Company>Smith &amp; Wesson LLP</Company>"
                            b"<Manager>J. Partner</Manager></Properties>")  # fmt: skip

    return rezip(out.getvalue(), edit={"docProps/app.xml": company})


def test_a_templates_author_metadata_is_not_copied_into_orders(tmp_path: Path) -> None:
    result = render_case(BASE_CASE, tmp_path, template=Template("t.docx", _with_metadata(), "x"))
    archive = zipfile.ZipFile(result.docx)
    meta = archive.read("docProps/core.xml") + archive.read("docProps/app.xml")
    for trace in (b"Jane Q. Associate", b"Zenith", b"Client 4471", b"Smith", b"J. Partner"):
        assert trace not in meta
    props = docx.Document(str(result.docx)).core_properties
    assert props.last_modified_by == "pogen"
    assert props.author == "Doe & Roe LLP"  # the filing firm's, set by pogen


def test_a_memory_error_names_the_matter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def exhausted(*_args: object, **_kwargs: object) -> object:
        raise MemoryError

    monkeypatch.setattr(pipeline, "render_source", exhausted)
    result = render_matter(MatterJob(BASE_CASE, tmp_path))
    assert result.code == "out-of-memory"
    assert result.error.startswith(f"{display_path(BASE_CASE)}: ran out of memory")
    assert result.exit_code == ExitCode.OUTPUT


def test_mandatory_messages_quote_rendered_text_only_with_debug(tmp_path: Path) -> None:
    from tests.document.test_templates_custom import acme_block, doc_edit, make_template, ph

    forged = acme_block("good_cause").replace("would let", "might let")
    template = make_template(tmp_path, [doc_edit(ph("good_cause"), forged)])
    args = ["render", str(BASE_CASE), "-o", str(tmp_path / "out"), "-t", str(template)]
    plain_run = runner.invoke(app, args)
    assert plain_run.exit_code == ExitCode.TEMPLATE
    assert "differs from pogen's from its character" in plain_run.stderr
    assert "might let" not in plain_run.stderr  # the harm fact is case data
    debug_run = runner.invoke(app, ["--debug", *args])
    assert "might let" in debug_run.stderr
