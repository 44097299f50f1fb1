"""Template safety: hostile packages are refused before use; template code stays boxed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pogen.document.template import default_template
from pogen.docx.reader import plain_text
from pogen.docx.safety import check_template_package
from pogen.errors import TemplateError
from pogen.pipeline import render_case
from tests.conftest import EXAMPLES, ROOT
from tests.e2e.hostile.templates import TEMPLATES, plain


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_hostile_package_is_refused_before_rendering(name: str, tmp_path: Path) -> None:
    make, fragment = TEMPLATES[name]
    template = tmp_path / "hostile.docx"
    template.write_bytes(make())
    out = tmp_path / "out"
    with pytest.raises(TemplateError) as info:
        render_case(EXAMPLES[0], out, template=template)
    message = str(info.value)
    assert message.startswith(f"{template}: template refused: ")
    assert fragment in message
    assert "\n" not in message
    assert not out.exists() or not any(out.iterdir())


def test_macro_enabled_file_name_is_refused() -> None:
    with pytest.raises(TemplateError, match=r"\.docm, \.dotm"):
        check_template_package(plain(), "order.docm")


@pytest.mark.parametrize("path", sorted((ROOT / "templates").glob("*.docx")), ids=lambda p: p.name)
def test_shipped_templates_pass(path: Path) -> None:
    check_template_package(path.read_bytes(), path.name)
    check_template_package(default_template().read_bytes(), "default")


CANARY = "pogen-canary"

ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''.__class__.__base__.__subclasses__()[0].__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('touch " + CANARY + "').read() }}",
    "{{ joiner.__init__.__globals__.os.environ }}",
    "{{ lipsum.__globals__['os'].popen('touch " + CANARY + "').read() }}",
    "{{ namespace.__init__.__globals__.os.system('touch " + CANARY + "') }}",
    "{{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{ self._TemplateReference__context.environment }}",
    "{{ config.items() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os') }}",
    "{{ environ['POGEN_SECRET'] }}",
    "{{ os.environ }}",
    "{{ url_for.__globals__ }}",
    "{{ case.__class__.__init__.__globals__ }}",
    "{{ blocks.caption.__html__.__globals__ }}",
    "{{ ''|attr('__class__')|attr('__mro__') }}",
    "{{ range.__self__.__import__('os').system('touch " + CANARY + "') }}",
    "{{ range(10**9)|list|length }}",
    "{{ range(100001)|list|length }}",
    "{{ 2**99999999999 }}",
    "{{ 10**(10**10) }}",
    "{{ 'x' * 1000000000 }}",
    "{{ [0] * 1000000000 }}",
    "{{ '%999999999d' % 1 }}",
    "{{ 1 / 0 }}",
    "{{ 1 + 'a' }}",
    "{% include '/etc/passwd' %}",
    "{% extends '/etc/passwd' %}",
    "{% import 'os' as os %}{{ os }}",
    "{% from 'os' import system %}",
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "{% set l = [] %}{{ l.append(1) }}",
    "{{ case.update({'number': 'forged'}) }}",
    "{{ {}.__class__.__subclasses__() }}",
    "{{ (1).__class__.__bases__[0].__subclasses__() }}",
]


@pytest.mark.parametrize("source", ESCAPES)
def test_sandbox_escape_fails_cleanly(
    source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POGEN_SECRET", "s3cr3t-value")
    monkeypatch.chdir(tmp_path)
    template = tmp_path / "escape.docx"
    template.write_bytes(plain(source))
    with pytest.raises(TemplateError) as info:
        render_case(EXAMPLES[0], tmp_path / "out", template=template)
    message = str(info.value)
    assert message.startswith("escape.docx: ")
    assert "s3cr3t-value" not in message
    assert "root:" not in message  # /etc/passwd never read
    assert not (tmp_path / CANARY).exists()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


HARMLESS = [
    ("{{ self }}", "<TemplateReference None>"),
    ("{{ range(3)|list }}", "[0, 1, 2]"),
    ("{{ 10**10**10 }}", "1" + "0" * 100),  # Jinja's ** is left-associative: (10**10)**10
    ("{{ 2**10 }} {{ 'ab' * 3 }} {{ '%05d' % 42 }}", "1024 ababab 00042"),
    # str.join over a generator: measured and joined from one list, nothing lost
    ("{{ '-'.join(['a', 'b']|map('upper')) }}", "A-B"),
    ("{{ 'abc'.replace('b', 'x') }}", "axc"),
]


@pytest.mark.parametrize(("source", "printed"), HARMLESS)
def test_harmless_template_code_renders(source: str, printed: str, tmp_path: Path) -> None:
    template = tmp_path / "ok.docx"
    template.write_bytes(plain(source))
    result = render_case(EXAMPLES[0], tmp_path / "out", template=template)
    text = plain_text(result.docx.read_bytes())
    assert printed in text
    assert os.environ.get("POGEN_SECRET", "unset") not in text
