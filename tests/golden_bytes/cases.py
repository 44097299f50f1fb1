"""The matrix the byte-identity tests render: every example x template x form, and
hostile variants (markup characters, quotes, Unicode, long strings) of one example.

Used by ``tests/golden_bytes/test_golden_bytes.py`` and by ``python -m
tests.golden_bytes.cases`` (which rewrites ``hashes.json`` from today's rendering).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from pogen.case.load import load_case
from pogen.document.template import find_template
from pogen.pipeline import _render_all

ROOT = Path(__file__).resolve().parent.parent.parent
CASE_DATA = ROOT / "case_data"
HASHES = Path(__file__).with_name("hashes.json")
TEMPLATES = ("default", "pogen:stipulated_protective_order_modern")
FORMS = ("file", "combined", "bundle")  # "file": the case file's own [form]
LONG = "Extraordinarily-long-hyphenated-compound-" * 3

# (token in acme_v_borealis.toml, replacement): text that must be escaped or kept verbatim.
HOSTILE = {
    "ampersand": [("Borealis Logistics LLC", "Borealis & Sons <Logistics> LLC")],
    "quotes": [("Acme Widgets, Inc.", "Acme \\\"Widgets\\\" 'Quoted' Inc.")],
    "unicode": [("Borealis Logistics LLC", "Børéalis Łogistics 物流 LLC — Ünïcødé ✓")],
    "markup": [("Customer freight-rate schedules", "Schedules {{ x }} {% if %} ]]> &amp;")],
    "long": [
        ("Borealis Logistics LLC", f"Borealis {LONG} LLC"),
        ("Customer freight-rate schedules", f"Schedules {LONG[:100]}"),
    ],
}


def sources(tmp: Path) -> Iterator[tuple[str, Path]]:
    """(label, case file): the examples, then the hostile variants written into ``tmp``."""
    for path in sorted(CASE_DATA.glob("*.toml")):
        yield path.stem, path
    base = (CASE_DATA / "acme_v_borealis.toml").read_text(encoding="utf-8")
    for name, edits in HOSTILE.items():
        text = base
        for old, new in edits:
            assert old in text, old
            text = text.replace(old, new)
        target = tmp / f"hostile_{name}.toml"
        target.write_text(text, encoding="utf-8")
        yield f"hostile_{name}", target


def render_matrix(tmp: Path) -> dict[str, str]:
    """``label/template/form/output name`` -> sha256 of the verified .docx bytes."""
    out: dict[str, str] = {}
    for label, path in sources(tmp):
        for template in TEMPLATES:
            for form in FORMS:
                if form == "bundle" and template != "default":
                    continue  # the bundle renders with its own templates only
                source = load_case(path)
                bundled = source.data.get("form", {}).get("document") == "bundle"
                if template != "default" and bundled and form == "file":
                    continue  # a custom template with the case file's bundle is refused
                chosen = None if template == "default" else find_template(template)
                _case, rendered = _render_all(source, chosen, None if form == "file" else form)
                for _item, name, data in rendered:
                    key = f"{label}/{template}/{form}/{name.removeprefix(path.stem + '_')}"
                    out[key] = hashlib.sha256(data).hexdigest()
    return out


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        hashes = render_matrix(Path(tmp))
    HASHES.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(hashes)} outputs hashed into {HASHES}\n")


if __name__ == "__main__":
    main()
