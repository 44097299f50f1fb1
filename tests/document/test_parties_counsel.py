"""Parties and counsel as filed, read back from the rendered .docx with exact text: role
words and plurals, "et al.", Doe defendants, descriptors, counsel grouped by firm, pro se
parties, parties that have not appeared, shared harm facts and the page-1 layout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pogen.docx.reader import Para, read_paragraphs
from pogen.errors import ValidationError
from pogen.pipeline import render_case

MakeCase = Callable[..., Path]

ACME = """[[parties]]
id = "acme"
name = "Acme Widgets, Inc."
role = "plaintiff"
kind = "entity"
"""
BOREALIS = """[[parties]]
id = "borealis"
name = "Borealis Logistics LLC"
role = "defendant"
kind = "entity"
"""
OKAFOR = """[[counsel]]
name = "Marcus T. Okafor"
bar_number = "287654"
firm = "Hale Whitcombe LLP"
address = ["1999 Avenue of the Stars, 14th Floor", "Los Angeles, California 90067"]
phone = "(310) 555-0142"
email = "mokafor@halewhitcombe.example"
represents = ["borealis"]
"""
DOE = """[[counsel]]
name = "Jane Q. Doe"
bar_number = "123456"
firm = "Doe & Roe LLP"
address = ["350 South Grand Avenue, Suite 2100", "Los Angeles, California 90071"]
phone = "(213) 555-0100"
email = "jdoe@doeroe.example"
represents = ["acme"]
filer = true
"""


def _paras(path: Path, out: Path) -> list[Para]:
    return read_paragraphs(render_case(path, out).docx.read_bytes())


def _styled(paras: list[Para], style: str) -> list[str]:
    return [p.text for p in paras if p.style == style]


def _left_column(paras: list[Para]) -> list[str]:
    """The caption's left cell: the lines before the first "Case No."."""
    cells = _styled(paras, "PogenCaption")
    return cells[: next(i for i, t in enumerate(cells) if t.startswith("Case No."))]


def _recital(paras: list[Para]) -> str:
    return next(p.text for p in paras if "(together, the “Parties”)" in p.text)


def test_does_and_descriptors_in_the_caption_only(case_file: MakeCase, tmp_path: Path) -> None:
    path = case_file(
        (BOREALIS, BOREALIS.replace('kind = "entity"\n', 'kind = "entity"\ndescriptor = "a '
         'Delaware limited liability company"\n') + '''
[[parties]]
id = "does"
name = "DOES 1 through 20, inclusive"
role = "defendant"
kind = "fictitious"
'''),
    )  # fmt: skip
    paras = _paras(path, tmp_path)
    assert _left_column(paras) == [
        "Acme Widgets, Inc.,",
        "",
        "Plaintiff,",
        "",
        "v.",
        "",
        "Borealis Logistics LLC, a Delaware limited liability company, et al.,",
        "",
        "Defendants.",
    ]
    assert _recital(paras).startswith(
        "Plaintiff Acme Widgets, Inc. and Defendant Borealis Logistics LLC (together"
    )
    # Doe defendants and descriptors are in the caption only: never in running text,
    # counsel blocks, signatures or Exhibit A.
    outside = [p.text for p in paras if p.style != "PogenCaption"]
    assert not [t for t in outside if "DOES" in t or "Delaware limited" in t]
    assert "a Delaware limited liability company" not in _recital(paras)


def test_every_party_as_pleaded(case_file: MakeCase, tmp_path: Path) -> None:
    path = case_file(
        ('number = "2:24-cv-07416-SRM-SSC"\n', 'number = "2:24-cv-07416-SRM-SSC"\n'),
        ("[[parties]]\nid = \"acme\"", '[caption]\nparties = "all"\n\n[[parties]]\nid = "acme"'),
        (BOREALIS, BOREALIS + '''
[[parties]]
id = "does"
name = "DOES 1-10"
role = "defendant"
kind = "fictitious"
'''),
    )  # fmt: skip
    assert _left_column(_paras(path, tmp_path))[6] == "Borealis Logistics LLC and DOES 1-10,"


@pytest.mark.parametrize(
    ("name", "extra", "expected"),
    [
        (
            "Maria Nguyen, ET AL.",
            "",
            ("Maria Nguyen, ET AL.,", "Plaintiffs,", "Plaintiffs Maria Nguyen, ET AL. and"),
        ),
        (
            "Maria Nguyen",
            "et_al = true\n",
            ("Maria Nguyen, et al.,", "Plaintiffs,", "Plaintiffs Maria Nguyen, et al. and"),
        ),
    ],
)
def test_et_al_and_plurals_for_co_parties_not_listed(
    case_file: MakeCase,
    tmp_path: Path,
    name: str,
    extra: str,
    expected: tuple[str, str, str],
) -> None:
    path = case_file(
        ('name = "Acme Widgets, Inc."\nrole = "plaintiff"\n',
         f'name = "{name}"\nrole = "plaintiff"\n{extra}'),
    )  # fmt: skip
    caption, role, recital = expected
    paras = _paras(path, tmp_path)
    assert _left_column(paras)[:3] == [caption, "", role]
    assert _recital(paras).startswith(recital)
    assert f"Attorney for Plaintiffs {name}" in _styled(paras, "PogenCounsel")[6]


def test_counterclaims_and_third_party_roles(case_file: MakeCase, tmp_path: Path) -> None:
    path = case_file(
        ('role = "plaintiff"\nkind = "entity"', 'role = "plaintiff"\nalso = ["counter-defendant"]\n'
         'kind = "entity"'),
        (BOREALIS, BOREALIS.replace('role = "defendant"\n', 'role = "defendant"\nalso = '
         '["counterclaimant", "third-party-plaintiff"]\n') + '''
[[parties]]
id = "carrier"
name = "Carrier Freight Co."
role = "third-party-defendant"
kind = "entity"
appearance = "not-appeared"
'''),
    )  # fmt: skip
    paras = _paras(path, tmp_path)
    assert _left_column(paras) == [
        "Acme Widgets, Inc.,",
        "",
        "Plaintiff and Counter-Defendant,",
        "",
        "v.",
        "",
        "Borealis Logistics LLC,",
        "",
        "Defendant and Counterclaimant.",
        "",
        "Borealis Logistics LLC,",
        "",
        "Third-Party Plaintiff,",
        "",
        "v.",
        "",
        "Carrier Freight Co.,",
        "",
        "Third-Party Defendant.",
    ]
    assert _recital(paras).startswith(
        "Plaintiff and Counter-Defendant Acme Widgets, Inc. and Defendant, Counterclaimant, "
        "and Third-Party Plaintiff Borealis Logistics LLC (together"
    )
    assert (
        "Third-Party Defendant Carrier Freight Co. has not appeared in this Action and is "
        "not a party to this Stipulation."
    ) in [p.text for p in paras]


def test_firm_mates_share_one_block_on_page_one_and_in_the_signatures(
    case_file: MakeCase, tmp_path: Path
) -> None:
    colleague = DOE.replace("Jane Q. Doe", "Richard Roe").replace("123456", "234567")
    colleague = colleague.replace("jdoe@", "rroe@").replace("filer = true\n", "")
    path = case_file(
        (DOE, DOE.replace('phone = "(213) 555-0100"', 'phone = "(213) 555-0100"\nfax = '
         '"(213) 555-0101"') + "\n" + colleague.replace('phone = "(213) 555-0100"',
         'phone = "(213) 555-0100"\nfax = "(213) 555-0101"')),
    )  # fmt: skip
    paras = _paras(path, tmp_path)
    assert _styled(paras, "PogenCounsel")[:11] == [
        "Jane Q. Doe (SBN 123456)",
        "jdoe@doeroe.example",
        "Richard Roe (SBN 234567)",
        "rroe@doeroe.example",
        "Doe & Roe LLP",
        "350 South Grand Avenue, Suite 2100",
        "Los Angeles, California 90071",
        "Telephone: (213) 555-0100",
        "Facsimile: (213) 555-0101",
        "Attorneys for Plaintiff Acme Widgets, Inc.",
        "",
    ]
    signatures = _styled(paras, "PogenSignature")
    start = signatures.index("By: /s/ Jane Q. Doe")
    assert signatures[start : start + 4] == [
        "By: /s/ Jane Q. Doe",
        "Jane Q. Doe",
        "Richard Roe",
        "Attorneys for Plaintiff Acme Widgets, Inc.",
    ]
    assert "By: /s/ Richard Roe" not in signatures  # one signature per firm block


def test_a_pro_se_plaintiff_signs_for_herself(case_file: MakeCase, tmp_path: Path) -> None:
    path = case_file(
        ('kind = "entity"\n', 'kind = "entity"\nappearance = "pro-se"\naddress = ["1 Widget '
         'Way", "Los Angeles, California 90012"]\nphone = "(213) 555-0111"\nemail = '
         '"owner@acme.example"\n'),
        (DOE, ""),
        (OKAFOR, OKAFOR + "filer = true\n"),
    )  # fmt: skip
    paras = _paras(path, tmp_path)
    assert _styled(paras, "PogenCounsel")[:6] == [
        "Acme Widgets, Inc.",
        "owner@acme.example",
        "1 Widget Way",
        "Los Angeles, California 90012",
        "Telephone: (213) 555-0111",
        "Plaintiff in pro per",
    ]
    assert _recital(paras) == (
        "Plaintiff Acme Widgets, Inc. and Defendant Borealis Logistics LLC (together, the "
        "“Parties”), Plaintiff Acme Widgets, Inc. in pro per and the other Parties through "
        "their counsel of record, stipulate to the following Protective Order and ask the "
        "Court to enter it."
    )
    texts = [p.text for p in paras]
    assert "IT IS SO STIPULATED." in texts
    signatures = _styled(paras, "PogenSignature")
    start = signatures.index("/s/ Acme Widgets, Inc.")
    assert signatures[start : start + 3] == [
        "/s/ Acme Widgets, Inc.",
        "Acme Widgets, Inc.",
        "Plaintiff in pro per",
    ]


def test_a_party_without_counsel_is_told_the_truthful_options(case_file: MakeCase) -> None:
    from pogen.case.load import load_case
    from pogen.case.validate import validate_case

    path = case_file((OKAFOR, OKAFOR.replace('represents = ["borealis"]', 'represents = ["acme"]')))
    with pytest.raises(ValidationError) as info:
        validate_case(load_case(path))
    (diag,) = info.value.diagnostics
    assert diag.code == "unrepresented-party"
    assert diag.hint == (
        "add the attorney who appeared for it; if it appears for itself, set appearance = "
        '"pro-se"; if it has not yet appeared, set appearance = "not-appeared"'
    )


def test_a_shared_harm_is_referred_to_not_repeated(case_file: MakeCase, tmp_path: Path) -> None:
    path = case_file(
        ('[[categories]]\nname = "Customer freight-rate schedules"',
         '[[categories]]\nid = "rates"\nname = "Customer freight-rate schedules"'),
        ('[[categories]]\nname = "Employee personnel files of warehouse supervisors"',
         '[[categories]]\nname = "Rebate spreadsheets for retail customers"\ndescription = '
         '"Spreadsheets of the volume rebates Acme paid each retail customer, 2019 to 2024."\n'
         'harm_from = ["rates"]\n\n[[categories]]\n'
         'name = "Employee personnel files of warehouse supervisors"'),
    )  # fmt: skip
    texts = [p.text for p in _paras(path, tmp_path)]
    start = texts.index("(c)\tRebate spreadsheets for retail customers.")
    assert texts[start + 2] == (
        "(1)\tThe harms described in (a)(1) and (a)(2) would follow equally from disclosure "
        "of these documents."
    )


def test_page_one_takes_two_columns_or_says_it_is_full(case_file: MakeCase, tmp_path: Path) -> None:
    firms = []
    for index in range(5):
        for member in range(2):
            firms.append(
                OKAFOR.replace("Hale Whitcombe LLP", f"Firm {index} LLP")
                .replace("287654", f"3{index}{member}001")
                .replace("Marcus T. Okafor", f"Attorney {index}{member}")
                .replace("mokafor@", f"a{index}{member}@")
            )
    paras = _paras(case_file((OKAFOR, "\n".join(firms[:6]))), tmp_path / "three")
    assert any(p.place == "table" and p.style == "PogenCounsel" for p in paras)  # two columns
    with pytest.raises(ValidationError) as info:
        _paras(case_file((OKAFOR, "\n".join(firms))), tmp_path / "five")
    (diag,) = info.value.diagnostics
    assert diag.code == "page-one-full"
    assert "numbered line" in diag.message
