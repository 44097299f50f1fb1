"""Clause-level behaviours the issue names, judge awareness and structure, on small drafts."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pogen.check.judge import assignment, case_numbers
from pogen.check.paragraphs import Para
from pogen.check.structure import segment
from pogen.check.text import Draft
from pogen.cli.app import app


def _paras(*texts: str, heading: tuple[int, ...] = ()) -> list[Para]:
    return [Para("body", "", "Normal", t, i in heading, number=i + 1) for i, t in enumerate(texts)]


def _rules(section: str, sentence: str) -> set[str]:
    """Rules (errors and warnings) a sentence draws inside a section of a small order."""
    draft = Draft(_paras(section, sentence, heading=(0,)))
    from pogen.check.rules import CHECKS

    return {
        f.rule
        for rule, check in CHECKS.items()
        if rule in ("disputes-bypass-l37", "sealing-blanket", "categories-overbroad", "trial-use")
        for f in check(draft)
        if f.severity.value != "note" and f.paragraph == 2
    }


@pytest.mark.parametrize(
    ("section", "sentence", "expected"),
    [
        # the model's own sentence: "burden" and "Challenging Party" in different clauses
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "Frivolous challenges, and those made for an improper purpose (e.g., to harass or "
            "impose unnecessary expense and burden on other Parties), may expose the "
            "Challenging Party to sanctions.",
            set(),
        ),
        # a negation borrowed from a condition does not save the waiver
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "If the Designating Party does not file a motion within 14 days, the designation "
            "shall be deemed waived.",
            {"disputes-bypass-l37"},
        ),
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "A Designating Party that fails to respond within 7 days shall automatically waive "
            "the designation.",
            {"disputes-bypass-l37"},
        ),
        # a prosecution bar's "ex parte reexamination" and "including without limitation"
        (
            "7.4 Prosecution Bar",
            "No reviewer shall take part in prosecution, including without limitation any ex "
            "parte reexamination or inter partes review of the patents in suit.",
            set(),
        ),
        # L.R. 79-5's own lodging while the Court decides, against a sealing agreement
        (
            "12.3 Filing Protected Material",
            "Pending the ruling on the application, the papers or portions of papers to be "
            "filed under seal shall be lodged under seal.",
            set(),
        ),
        (
            "12.3 Filing Protected Material",
            "All documents designated CONFIDENTIAL shall be filed under seal.",
            {"sealing-blanket"},
        ),
        (
            "12.3 Filing Protected Material",
            "A Party's designation of material as CONFIDENTIAL constitutes good cause for filing "
            "that material under seal.",
            {"sealing-blanket"},
        ),
        (
            "3. SCOPE",
            "Protected Material used at trial shall remain under seal unless the trial judge "
            "orders otherwise.",
            {"trial-use"},
        ),
        # a negation inside the subject ("that does not", "the Parties cannot resolve")
        # does not govern the clause; one in a complement ("agree that ... not") does
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "A Designating Party that does not answer an objection within five days waives "
            "the designation.",
            {"disputes-bypass-l37"},
        ),
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "Any dispute the Parties cannot settle will go to an arbitrator of their choosing.",
            {"disputes-bypass-l37"},
        ),
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "The Parties agree that they will not file a motion about a designation except "
            "through the joint stipulation of L.R. 37-2.",
            set(),
        ),
        # "without a joint stipulation" is a bypass only beside a procedure of the parties'
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "A challenge may be decided on a noticed motion, without a joint stipulation.",
            {"disputes-bypass-l37"},
        ),
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "Papers lodged without a joint stipulation under L.R. 37-2 will not be considered.",
            set(),
        ),
        # the burden put on whoever asks for de-designation, in any words
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "The burden rests with the Party asking to lift a designation.",
            {"disputes-bypass-l37"},
        ),
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "The burden rests with the Designating Party, whichever Party raises the challenge.",
            set(),
        ),
        # trial-use: the order's reach affirmed or negated, a party's permission, the judge
        (
            "3. SCOPE",
            "This Order stays operative through trial.",
            {"trial-use"},
        ),
        (
            "3. SCOPE",
            "This Order has no application at trial.",
            set(),
        ),
        (
            "7. ACCESS TO AND USE OF PROTECTED MATERIAL",
            "No Party may show another Party's Confidential Material to the jury without first "
            "securing the Designating Party's permission.",
            {"trial-use"},
        ),
        (
            "7. ACCESS TO AND USE OF PROTECTED MATERIAL",
            "No Party may show Confidential Material to the jury without first securing the "
            "trial judge's permission.",
            set(),
        ),
        (
            "7. ACCESS TO AND USE OF PROTECTED MATERIAL",
            "Experts engaged for trial who sign Exhibit A may review Confidential Material.",
            set(),
        ),
    ],
)
def test_clause_level_reading(section: str, sentence: str, expected: set[str]) -> None:
    assert _rules(section, sentence) == expected


@pytest.mark.parametrize(
    ("number", "initials"),
    [
        ("CV 17-465-GW (GJSx)", "GJS"),
        ("EDCV 16-1224-JGB (KKx)", "KK"),
        ("SACV14-1886 JVS (DFMx)", "DFM"),
        ("2:24-cv-07416-SRM-SSC", "SSC"),
        ("5:24-cv-01199-SSS-DTB", "DTB"),
        ("8:15-cv-00648-DOC-KES", "KES"),
        ("5:20-cv-01166-SB (SPx)", "SP"),
        ("8:24-cv-00074-MRA (JDEx)", "JDE"),
        ("2:22-cv-05227 WLH-MAA", "MAA"),
        ("2:20-cv-07872-GW-PVCx", "PVC"),
        ("5:15-CV-01417-DSF (JCG)", "JCG"),
        ("2:15-cv-08021-ODW (GJS)", "GJS"),
        ("MC JFW(SKx)", "SK"),
    ],
)
def test_every_filed_case_number_form_gives_the_magistrate_initials(
    number: str, initials: str
) -> None:
    found = case_numbers(_paras(f"Case No. {number}"))
    assert found and found[0][1] == initials


def test_a_case_number_wrapped_in_a_narrow_caption_cell() -> None:
    assert case_numbers(_paras("Case No. 5:17-cv-01799-JGB-", "KK"))[0][1] == "KK"


def test_judge_from_the_signature_block_when_the_number_has_no_initials() -> None:
    paras = _paras("Case No. 2:25-cv-01234", "HON. SHERI PYM", "United States Magistrate Judge")
    found = assignment(paras[:1], paras)
    assert found.judge is not None and found.judge.name == "Sheri Pym"


def test_unknown_initials_are_named_as_unknown() -> None:
    found = assignment(_paras("Case No. 2:25-cv-01234-ABC-TLQ"), [])
    assert found.judge is None and "TLQ" in found.describe()


def _order(case_number: str, notation: str = "", exemption: str = "") -> list[Para]:
    return _paras(
        "UNITED STATES DISTRICT COURT",
        f"Case No. {case_number}",
        notation or "STIPULATED PROTECTIVE ORDER",
        "1. SCOPE",
        "This Order does not govern the use of Protected Material at trial, which the trial "
        "judge decides. " + exemption,
        heading=(0, 3),
    )


def _severities(paras: list[Para], rule: str) -> list[str]:
    from pogen.check.rules import CHECKS

    return [f.severity.value for f in CHECKS[rule](Draft(paras))]


def test_notation_is_an_error_only_before_a_judge_who_requires_it() -> None:
    assert _severities(_order("8:25-cv-00001-DOC-KES"), "caption-discovery-notation") == ["error"]
    generic = _order("8:25-cv-00001-DOC-KES", "DISCOVERY MATTER")
    assert _severities(generic, "caption-discovery-notation") == ["error"]  # not her words
    bracketed = _order(
        "8:25-cv-00001-DOC-KES", "[Discovery Document: Referred to Magistrate Judge Karen E. Scott]"
    )
    assert _severities(bracketed, "caption-discovery-notation") == []
    assert _severities(_order("2:24-cv-07416-SRM-SSC"), "caption-discovery-notation") == []
    # former judges whose cases carried DISCOVERY MATTER, without a sourced requirement
    assert _severities(_order("CV 17-465-GW (GJSx)"), "caption-discovery-notation") == ["note"]


def test_court_exemption_sentence_is_an_error_only_before_judge_kato() -> None:
    assert "error" in _severities(_order("EDCV 16-1224-JGB (KKx)"), "binds-court")
    assert _severities(_order("2:24-cv-07416-SRM-SSC"), "binds-court") == ["note"]
    exempt = _order("EDCV 16-1224-JGB (KKx)", exemption="This Order does not bind the Court.")
    assert _severities(exempt, "binds-court") == []


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        (
            "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "§6 Challenging Confidentiality Designations",
        ),
        (
            "VII. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "§VII Challenging Confidentiality Designations",
        ),
        (
            "SECTION 6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
            "§6 Challenging Confidentiality Designations",
        ),
    ],
)
def test_provisions_are_found_whatever_the_numbering(heading: str, label: str) -> None:
    paras = _paras("1. INTRODUCTION", "x " * 45, heading, "Text of the section.", heading=(0, 2))
    sections = segment(paras)
    assert sections[3].key == "challenges"
    assert sections[3].label == label


def test_a_subsection_keeps_its_provision_and_names_itself() -> None:
    paras = _paras(
        "1. INTRODUCTION",
        "x " * 45,
        "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
        "6.3 Joint Stipulation and Burden",
        "Text.",
        heading=(0, 2, 3),
    )
    section = segment(paras)[4]
    assert (section.key, section.label) == ("challenges", "§6.3 Joint Stipulation and Burden")


@pytest.mark.parametrize("letter", ["C", "D", "I", "V"])
def test_a_lettered_subsection_is_not_read_as_a_roman_section(letter: str) -> None:
    """Under "VII.", subsection "C." (or "D.", "I.", "V.") follows its previous letter: it
    is not section C (100) of a roman-numbered order."""
    before = chr(ord(letter) - 1)
    paras = _paras(
        "I. INTRODUCTION",
        "x " * 45,
        "VII. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
        f"{before}. Meet and Confer",
        "Text.",
        f"{letter}. Joint Stipulation and Burden",
        "More text.",
        "VIII. ACCESS TO AND USE OF PROTECTED MATERIAL",
        heading=(0, 2, 3, 5, 7),
    )
    sections = segment(paras)
    assert [s.key for s in sections[2:7]] == ["challenges"] * 5
    assert sections[6].label == f"§{letter} Joint Stipulation and Burden"
    assert sections[7].key == "access"


def test_a_run_in_heading_starts_its_provision() -> None:
    run_in = Para(
        "body",
        "",
        "Normal",
        "B. GOOD CAUSE STATEMENT. Acme's rates would let rivals underbid.",
        lead="B. GOOD CAUSE STATEMENT.",
        number=3,
    )
    paras = [*_paras("1. INTRODUCTION", "x " * 45, heading=(0,)), run_in]
    assert segment(paras)[2].key == "good_cause"


def test_a_defined_term_is_not_a_new_provision() -> None:
    paras = _paras(
        "2. DEFINITIONS", "2.2 Challenging Party:", "a Party that challenges.", heading=(0, 1)
    )
    assert [s.key for s in segment([*_paras("1. INTRODUCTION", "x " * 45, heading=(0,)), *paras])][
        2:
    ] == ["definitions"] * 3


def test_explain_the_new_rules() -> None:
    for rule in ("incomplete-order", "invisible-text"):
        result = CliRunner().invoke(app, ["explain", rule])
        assert result.exit_code == 0, result.output
        assert "pogen check" in result.output


def test_a_truncated_draft_gets_one_incomplete_order_finding() -> None:
    from pogen.check import check_paragraphs
    from pogen.check.reader import read_docx
    from tests.check.drafts.build import build
    from tests.check.drafts.orders import LOPEZ

    cut = next(i for i, b in enumerate(LOPEZ) if b.text == "5. DESIGNATING MATERIAL")
    report = check_paragraphs(read_docx(build(LOPEZ[:cut]), "cut.docx"), "cut.docx")
    (finding,) = report.findings
    assert finding.rule == "incomplete-order"
    assert "Exhibit A" in finding.message and "Designating Protected Material" in finding.message


def test_a_judges_pre_motion_conference_is_a_note_when_not_mentioned() -> None:
    from pogen.check.disputes import disputes_bypass_l37

    paras = _paras(
        "Case No. 2:22-cv-05227 WLH-MAA",
        "6. CHALLENGING CONFIDENTIALITY DESIGNATIONS",
        "A challenge proceeds under Local Rule 37-1 and a joint stipulation under L.R. 37-2.",
        heading=(1,),
    )
    (note,) = disputes_bypass_l37(Draft(paras))
    assert note.severity.value == "note" and "Audero" in note.message
    with_conference = [
        *paras[:2],
        Para(
            "body",
            "",
            "Normal",
            paras[2].text + " The parties first request a telephonic "
            "informal discovery conference with the Magistrate Judge.",
            number=3,
        ),
    ]
    assert disputes_bypass_l37(Draft(with_conference)) == []
