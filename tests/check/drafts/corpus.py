"""The test corpus: for every rule, drafts that must trigger it and near misses that must not.

Each case names the rule IDs it must produce, exactly: a planted defect must be found
with the right ID and nothing else may be reported.  Cases vary the house style so that
no rule depends on one way of writing headings, numbering or captions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.check.drafts.build import Block, coloured, commented, p, tracked
from tests.check.drafts.orders import LOPEZ, QUARRY, drop, edit

GENERIC = (
    "Discovery may involve confidential business information, proprietary data and private "
    "personal information whose disclosure could be damaging to the parties. The parties "
    "agree that good cause exists for this Order because public disclosure could cause "
    "competitive harm and would invade privacy rights. A protective order will facilitate "
    "the exchange of information and protect the parties' legitimate interests."
)


@dataclass(frozen=True)
class Case:
    """One draft and the rule IDs ``pogen check`` must report for it (empty: clean)."""

    name: str
    blocks: list[Block]
    expect: frozenset[str]
    style: dict[str, Any] = field(default_factory=dict)
    notes: frozenset[str] = frozenset()  # rules reported as notes (other judges' requirements)


def _c(name: str, blocks: list[Block], *expect: str, **style: Any) -> Case:
    return Case(name, blocks, frozenset(expect), style)


def _n(name: str, blocks: list[Block], *notes: str, **style: Any) -> Case:
    """A requirement of some judges only, absent before a judge who does not impose it:
    reported as a note, not an error."""
    return Case(name, blocks, frozenset(), style, frozenset(notes))


def _before(blocks: list[Block], number: str) -> list[Block]:
    """LOPEZ before another judge: its case number replaced wherever it appears."""
    old = "2:25-cv-01234-MWF-AFM"
    return [
        Block(b.kind, b.text.replace(old, number), tuple(e.replace(old, number) for e in b.extra))
        for b in blocks
    ]


_GC_PARAS = (
    "Ms. Lopez, a former",
    "Patient charts for",
    "Payroll and shift",
    "A private agreement",
)
_CHALLENGE = "A party that disagrees with a designation"

CASES: list[Case] = [
    # clean, in every house style the builder knows
    _c("lopez-clean", LOPEZ),
    _c(
        "lopez-clean-bold-auto-textbox",
        LOPEZ,
        headings="bold",
        numbering="auto",
        captions="textbox",
    ),
    _c("lopez-clean-table-plain", LOPEZ, headings="table", captions="plain"),
    _c("quarry-clean", QUARRY, headings="underline", numbering="auto", captions="textbox"),
    _c("quarry-clean-caps-table", QUARRY, headings="caps", captions="table"),
    # good-cause-heading
    _c(
        "gc-heading-other-words",
        edit(LOPEZ, "1.2 GOOD CAUSE STATEMENT", "1.2 STATEMENT OF GOOD CAUSE"),
        "good-cause-heading",
    ),
    _c("gc-heading-absent", drop(LOPEZ, "1.2 GOOD CAUSE"), "good-cause-heading", headings="bold"),
    _c("gc-heading-empty", drop(LOPEZ, *_GC_PARAS), "good-cause-heading"),
    _c(
        "gc-heading-title-case-underlined",
        edit(LOPEZ, "1.2 GOOD CAUSE STATEMENT", "B. Good Cause Statement"),
        headings="underline",
    ),
    _c("gc-heading-run-in", QUARRY, headings="style"),
    # good-cause-generic
    _c(
        "gc-generic-boilerplate",
        edit(drop(LOPEZ, *_GC_PARAS[1:]), LOPEZ[11].text, GENERIC),
        "good-cause-generic",
    ),
    _c(
        "gc-generic-no-harm",
        edit(
            drop(LOPEZ, *_GC_PARAS[1:]),
            LOPEZ[11].text,
            "Ms. Lopez, a former nurse at Harbor Point's Torrance hospital, sued in 2024 over her "
            "dismissal. Discovery will include patient charts and payroll records. Public "
            "disclosure of these records could be damaging.",
        ),
        "good-cause-generic",
        headings="bold",
    ),
    _c(
        "gc-generic-specific-without-modal",
        edit(
            LOPEZ,
            "if they were filed publicly, co-workers and recruiters could learn",
            "public filing exposes to co-workers and recruiters",
        ),
    ),
    # categories-overbroad
    _c(
        "categories-belief",
        edit(
            LOPEZ,
            "documents and testimony within one of the two "
            "categories described in the Good Cause Statement that the producing party has marked "
            "CONFIDENTIAL",
            "any document or information that the producing party believes in good "
            "faith contains confidential or proprietary information",
        ),
        "categories-overbroad",
    ),
    _c(
        "categories-labels",
        edit(
            LOPEZ,
            "documents and testimony within one of the two "
            "categories described in the Good Cause Statement that the producing party has marked "
            "CONFIDENTIAL",
            "proprietary information, personal information and confidential "
            "policies and procedures",
        ),
        "categories-overbroad",
        headings="caps",
    ),
    _c(
        "categories-catch-all",
        edit(
            LOPEZ,
            "embarrassing people who have no part in this lawsuit.",
            "embarrassing people who have no part in this lawsuit. The parties may also "
            "designate any other confidential information produced in discovery.",
        ),
        "categories-overbroad",
    ),
    _c(
        "categories-near-tied-with-labels",
        edit(
            LOPEZ,
            "documents and testimony within one of "
            "the two categories described in the Good Cause Statement",
            "the patient charts and "
            "nurse payroll records described in the Good Cause Statement, including any private "
            "information within those categories,",
        ),
    ),
    _c(
        "categories-near-unlimited-sanctions",
        edit(
            LOPEZ,
            "through contempt or other sanctions",
            "through sanctions, including but not limited to contempt",
        ),
    ),
    # sealing-blanket
    _c(
        "sealing-all-filed-under-seal",
        edit(
            LOPEZ,
            "unless the Court orders otherwise.",
            "unless the Court orders otherwise. All Confidential Material filed with the Court "
            "shall be filed under seal.",
        ),
        "sealing-blanket",
    ),
    _c(
        "sealing-clerk-directed",
        edit(
            LOPEZ,
            "unless the Court orders otherwise.",
            "unless the "
            "Court orders otherwise. The Clerk is directed to accept for filing under seal any "
            "document marked CONFIDENTIAL.",
        ),
        "sealing-blanket",
        "binds-court",
        headings="bold",
    ),
    _c(
        "sealing-lodged-by-designation",
        edit(
            LOPEZ,
            "Before filing Confidential Material, a party must comply with Local Rule 79-5.",
            "Documents designated CONFIDENTIAL shall be "
            "lodged conditionally under seal in accordance with Local Rule 79-5.",
        ),
        "sealing-blanket",
    ),
    _c(
        "sealing-near-only-if-granted",
        edit(
            LOPEZ,
            "unless the Court orders otherwise.",
            "unless "
            "the Court orders otherwise. If the Court grants leave, the document shall be filed "
            "under seal as the Court's order directs.",
        ),
    ),
    _c(
        "sealing-near-tracked-deletion",
        [
            tracked(b.text, deleted=" All Confidential Material shall be filed under seal.")
            if b.text.startswith("Before filing")
            else b
            for b in LOPEZ
        ],
    ),
    # sealing-rule-missing
    _c(
        "sealing-rule-absent",
        edit(
            edit(LOPEZ, "apply under Local Rule 79-5", "apply under the Court's usual procedures"),
            "must comply with Local Rule 79-5",
            "must follow the Court's usual procedures",
        ),
        "sealing-rule-missing",
    ),
    _c(
        "sealing-rule-no-acknowledgment",
        drop(LOPEZ, "1.3 FILING", "Nothing in this Order entitles"),
        "sealing-rule-missing",
        headings="table",
    ),
    _c(
        "sealing-rule-near-civ-lr",
        edit(LOPEZ, "apply under Local Rule 79-5", "apply under C.D. Cal. Civ. L.R. 79-5"),
    ),
    # disputes-bypass-l37
    _c(
        "l37-own-motion-and-loss",
        [
            p(
                "A party objecting to a designation shall notify the producing party in writing. "
                "If the parties cannot resolve the objection within five days, the objecting "
                "party may file a noticed motion, and the material loses its protection unless "
                "the producing party moves for a protective order within ten days."
            )
            if b.text.startswith(_CHALLENGE)
            else b
            for b in LOPEZ
        ],
        "disputes-bypass-l37",
    ),
    _c(
        "l37-burden-shifted",
        edit(
            LOPEZ,
            "The producing party has the burden of showing that the designation is proper",
            "The challenging party bears the burden of showing that the designation is improper",
        ),
        "disputes-bypass-l37",
        headings="underline",
    ),
    _c(
        "l37-letter-brief",
        edit(
            LOPEZ,
            "it may be presented only through the joint stipulation "
            "procedure of Local Rules 37-2 through 37-2.4",
            "the challenging party may submit a "
            "letter brief to the Magistrate Judge of no more than three pages",
        ),
        "disputes-bypass-l37",
    ),
    _c(
        "l37-not-named",
        edit(
            [
                p(
                    "A party may challenge a designation by meeting and conferring with the "
                    "producing party and, failing agreement, by raising the matter with the "
                    "Court."
                )
                if b.text.startswith(_CHALLENGE)
                else b
                for b in LOPEZ
            ],
            "Any dispute about compliance follows Local Rule 37.",
            "The Court may also award fees.",
        ),
        "disputes-bypass-l37",
    ),
    _c(
        "l37-violation-motion",
        edit(
            LOPEZ,
            "Any dispute about compliance follows Local Rule 37.",
            "A party alleging a violation of this Order may file a motion for sanctions on seven "
            "days' notice.",
        ),
        "disputes-bypass-l37",
    ),
    _c(
        "l37-near-negated-and-non-party",
        edit(
            LOPEZ,
            "until the Court decides.",
            "until the Court "
            "decides. Nothing in this section permits a party to file a motion outside Local Rule "
            "37. A non-party whose records are subpoenaed may seek a protective order within 14 "
            "days.",
        ),
    ),
    # caption-discovery-notation
    _n(
        "caption-no-notation-table",
        edit(LOPEZ, "DISCOVERY MATTER", "Hon. Alexander F. MacKinnon"),
        "caption-discovery-notation",
    ),
    _c(
        "caption-no-notation-textbox",
        edit(
            QUARRY,
            "[Discovery Document: Referred to Magistrate Judge Karen E. Scott]",
            "Magistrate Judge Karen E. Scott",
        ),
        "caption-discovery-notation",
        captions="textbox",
    ),
    _n(
        "caption-no-notation-plain",
        edit(LOPEZ, "DISCOVERY MATTER", "Judge: Hon. Michael W. Fitzgerald"),
        "caption-discovery-notation",
        captions="plain",
    ),
    _c("caption-near-notation-in-textbox", LOPEZ, captions="textbox", headings="caps"),
    _c(
        "caption-no-notation-before-scott",
        edit(_before(LOPEZ, "8:25-cv-01234-DOC-KES"), "DISCOVERY MATTER", ""),
        "caption-discovery-notation",
    ),
    _c(
        "caption-generic-notation-before-scott",
        _before(LOPEZ, "8:25-cv-01234-DOC-KES"),
        "caption-discovery-notation",
    ),
    # trial-use
    _c(
        "trial-sealed-at-trial",
        edit(
            LOPEZ,
            "The Court and its employees are not bound by this Order.",
            "The Court and its employees are not bound by this Order. Confidential "
            "Material used at trial shall remain under seal, and the courtroom shall be closed "
            "during testimony about it.",
        ),
        "trial-use",
    ),
    _c(
        "trial-not-addressed",
        edit(
            drop(LOPEZ, "This Order applies to pretrial"),
            "Once trial "
            "begins, Confidential Material offered in evidence becomes part of the public record "
            "unless the party seeking protection has shown the trial judge compelling reasons "
            "beforehand. Otherwise, the",
            "The",
        ),
        "trial-use",
        headings="bold",
        numbering="auto",
    ),
    _c(
        "trial-separate-agreement",
        edit(
            LOPEZ,
            "The Court and its employees are not bound by this Order.",
            "The Court and its employees are not bound by this Order. The use of "
            "Confidential Material at trial will be addressed by separate agreement of the "
            "parties.",
        ),
        "trial-use",
    ),
    _c(
        "trial-near-negated",
        edit(
            LOPEZ,
            "The Court and its employees are not bound by this Order.",
            "The Court and its employees are not bound by this Order. This Order does not "
            "keep anything used at trial under seal.",
        ),
    ),
    # binds-court
    _n("binds-court-no-exemption", drop(LOPEZ, "The Court and its employees"), "binds-court"),
    _c(
        "binds-court-no-exemption-before-kato",
        _before(drop(LOPEZ, "The Court and its employees"), "5:16-cv-01234-JGB-KK"),
        "binds-court",
    ),
    _c(
        "binds-court-clerk-returns",
        edit(
            LOPEZ,
            "counsel may keep one archival copy of the pleadings and work product.",
            "counsel may keep one archival copy of the pleadings and "
            "work product. At the conclusion of the case, the Clerk shall return all exhibits "
            "containing Confidential Material to the producing party.",
        ),
        "binds-court",
    ),
    _c(
        "binds-court-near-tracked-insertion",
        [
            tracked("", inserted="Nothing in this Order binds the Court or its personnel.")
            if b.text.startswith("The Court and its employees")
            else b
            for b in LOPEZ
        ],
    ),
    _c(
        "binds-court-near-comment",
        [
            commented(
                b.text, "Should we add: the Clerk shall return all exhibits to the producing party?"
            )
            if b.text.startswith("Within 60 days")
            else b
            for b in LOPEZ
        ],
    ),
    # exhibit-a-missing
    _c(
        "exhibit-a-absent",
        LOPEZ[: [b.text for b in LOPEZ].index("EXHIBIT A") - 1],
        "exhibit-a-missing",
    ),
    _c(
        "exhibit-a-incomplete",
        edit(
            drop(LOPEZ, "I appoint"),
            "declare under penalty of perjury under the laws of the United States that",
            "state that",
        ),
        "exhibit-a-missing",
        headings="table",
    ),
    _c("exhibit-a-near-no-exhibit-heading", drop(LOPEZ, "EXHIBIT A"), headings="bold"),
    # signature-attestation
    _c(
        "attestation-missing",
        drop(LOPEZ, "SIGNATURE ATTESTATION", "I, Elena Alvarez, attest"),
        "signature-attestation",
    ),
    _c(
        "attestation-missing-quarry",
        drop(QUARRY, "Filer's attestation"),
        "signature-attestation",
        captions="textbox",
    ),
    _c(
        "attestation-near-one-slash-s",
        edit(
            drop(LOPEZ, "SIGNATURE ATTESTATION", "I, Elena Alvarez, attest"),
            "By: /s/ Thomas Cole",
            "By: ______________ Thomas Cole",
        ),
    ),
    # duration-retains-jurisdiction (warning)
    _c(
        "duration-retains",
        edit(
            LOPEZ,
            "counsel may keep one archival copy of the pleadings and work product.",
            "counsel may keep one archival copy of the pleadings and work product. "
            "The Court shall retain jurisdiction to enforce this Order after the case ends.",
        ),
        "duration-retains-jurisdiction",
    ),
    _c(
        "duration-forever",
        edit(
            LOPEZ,
            "Once trial begins, Confidential Material offered in "
            "evidence becomes part of the public record unless the party seeking protection has "
            "shown the trial judge compelling reasons beforehand. Otherwise, the limits of this "
            "Order continue until the producing party releases them or the Court orders otherwise.",
            "Even after final disposition of this case, the confidentiality obligations of this "
            "Order remain in effect until the producing party agrees otherwise in writing.",
        ),
        "duration-retains-jurisdiction",
    ),
    _c(
        "duration-near-negated",
        edit(
            LOPEZ,
            "work product.",
            "work product. The Court does not "
            "retain jurisdiction over this Order once the case is closed.",
        ),
    ),
]

# Which rule each near miss (a clean draft close to a defect) is meant to tempt.
_CUT = next(i for i, b in enumerate(LOPEZ) if b.text == "5. DESIGNATING MATERIAL")
_WHITE = "All Confidential Material filed with the Court shall be filed under seal."
CASES += [
    # incomplete-order: a draft cut after section 4 is one finding, not a list of absences
    _c("incomplete-truncated-after-duration", LOPEZ[:_CUT], "incomplete-order"),
    _c(
        "incomplete-memorandum",
        [
            p("MEMORANDUM AND ORDER RE: PROPOSED STIPULATED PROTECTIVE ORDER"),
            p(
                "The Court has reviewed the parties' proposed stipulated protective order. The "
                "Court declines to enter it because the proposed order provides that all "
                "designated documents shall be filed under seal, and it lacks a good cause "
                "statement. The parties may submit a revised order."
            ),
        ],
        "incomplete-order",
    ),
    # invisible-text: white text is not what the reader sees, and it is reported
    _c(
        "invisible-white-sealing-clause",
        [*LOPEZ[:_CUT], coloured(_WHITE), *LOPEZ[_CUT:]],
        "invisible-text",
    ),
    _c(
        "invisible-near-small-print",
        [
            *LOPEZ[:_CUT],
            coloured("Counsel may keep one archival copy of the pleadings.", "000000", 16),
            *LOPEZ[_CUT:],
        ],
    ),
    _c("incomplete-near-condensed-order", QUARRY),
]

NEAR_MISSES: dict[str, str] = {
    "invisible-near-small-print": "invisible-text",
    "incomplete-near-condensed-order": "incomplete-order",
    "gc-heading-title-case-underlined": "good-cause-heading",
    "gc-heading-run-in": "good-cause-heading",
    "gc-generic-specific-without-modal": "good-cause-generic",
    "categories-near-tied-with-labels": "categories-overbroad",
    "categories-near-unlimited-sanctions": "categories-overbroad",
    "sealing-near-only-if-granted": "sealing-blanket",
    "sealing-near-tracked-deletion": "sealing-blanket",
    "sealing-rule-near-civ-lr": "sealing-rule-missing",
    "l37-near-negated-and-non-party": "disputes-bypass-l37",
    "caption-near-notation-in-textbox": "caption-discovery-notation",
    "trial-near-negated": "trial-use",
    "binds-court-near-tracked-insertion": "binds-court",
    "binds-court-near-comment": "binds-court",
    "exhibit-a-near-no-exhibit-heading": "exhibit-a-missing",
    "attestation-near-one-slash-s": "signature-attestation",
    "duration-near-negated": "duration-retains-jurisdiction",
}

_GC_FIRST = next(b.text for b in LOPEZ if b.text.startswith(_GC_PARAS[0]))

# Variants found by probing after the first round: each once broke a rule.
CASES += [
    _c(
        "gc-generic-near-anonymised-specific",
        edit(
            drop(LOPEZ, *_GC_PARAS[1:]),
            _GC_FIRST,
            "The defendant's supplier contracts list the unit prices it pays each vendor; "
            "competitors who saw them could undercut the defendant's bids for the same vendors. "
            "The plaintiff's payroll files show each employee's salary and medical leave, and "
            "their release would embarrass co-workers who are not parties to this case.",
        ),
    ),
    _c(
        "sealing-not-in-public-record",
        edit(
            LOPEZ,
            "unless the Court orders otherwise.",
            "unless "
            "the Court orders otherwise. Confidential Material shall not be filed in the public "
            "record.",
        ),
        "sealing-blanket",
    ),
    _c(
        "binds-court-near-not-a-party",
        edit(
            LOPEZ,
            "The Court and its employees are not bound by this Order.",
            "The Court is not a party to this Order.",
        ),
    ),
    _c(
        "attestation-missing-s-slash",
        edit(
            edit(
                drop(LOPEZ, "SIGNATURE ATTESTATION", "I, Elena Alvarez, attest"),
                "By: /s/ Elena Alvarez",
                "By: s/ Elena Alvarez",
            ),
            "By: /s/ Thomas Cole",
            "By: s/ Thomas Cole",
        ),
        "signature-attestation",
    ),
    _c("exhibit-a-near-quoted-letter", edit(LOPEZ, "EXHIBIT A", "EXHIBIT “A”"), headings="caps"),
    _c(
        "gc-heading-near-hyphen",
        edit(LOPEZ, "1.2 GOOD CAUSE STATEMENT", "1.2 GOOD-CAUSE STATEMENT"),
    ),
]

# Clauses common in filed orders that an over-eager rule once flagged.
CASES += [
    _c(
        "l37-near-unless-designator-waived",
        edit(
            LOPEZ,
            "and the material stays protected until the Court decides.",
            "and unless the producing party has waived or withdrawn the "
            "designation, the material stays protected until the Court decides.",
        ),
    ),
    _c(
        "l37-near-standing-alone",
        edit(
            LOPEZ,
            "until the Court decides.",
            "until the Court "
            "decides. A late designation does not, standing alone, waive protection, and a "
            "challenge to it follows the same procedure.",
        ),
    ),
    _c(
        "categories-near-producing-party-determines",
        edit(
            LOPEZ,
            "Designations must be made with care",
            "After an inspection, the producing party must determine which copies "
            "qualify for protection and mark only those. Designations must be made with care",
        ),
    ),
    _c(
        "l37-near-dot-numbering",
        edit(LOPEZ, "the letter described in Local Rule 37-1", "the letter described in L.R. 37.1"),
    ),
]

# Tracked changes count as accepted and comments not at all, in both directions.
_EXEMPTION = "The Court and its employees are not bound by this Order."
CASES += [
    _c(
        "tracked-insertion-of-blanket-sealing",
        [
            tracked(b.text, inserted=" All Confidential Material shall be filed under seal.")
            if b.text.startswith("Before filing")
            else b
            for b in LOPEZ
        ],
        "sealing-blanket",
    ),
    _n(
        "tracked-deletion-of-court-exemption",
        [tracked("", deleted=_EXEMPTION) if b.text == _EXEMPTION else b for b in LOPEZ],
        "binds-court",
        headings="bold",
    ),
    _n(
        "court-exemption-only-in-a-comment",
        [
            commented("Scope is as stated above.", _EXEMPTION) if b.text == _EXEMPTION else b
            for b in LOPEZ
        ],
        "binds-court",
        captions="textbox",
    ),
]
