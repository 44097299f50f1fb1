"""Paraphrases of two rejection grounds, written from the court's reasons, with near misses.

Each sentence is placed inside the provision where a drafter would put it, in a clean
draft of two house styles (``LOPEZ``: arabic numbering, Word heading styles, caption in a
table; ``QUARRY``: roman numbering, bold headings, caption in text boxes).  A *defect*
must draw its rule at that sentence and nothing else; a *near miss* is what a correct
order says and must draw nothing.

The sentences were written from the reasons in the domain notes (rejections.md,
``trial-use`` and ``disputes-bypass-l37``; model-order.md, sections 3, 4 and 6), never
from pogen's rules or from the held-out corpus.  The first ten trial defects are the
seed probe's.  ``python -m tests.check.drafts.paraphrases`` prints the hit rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.check.drafts.build import Block, h, p
from tests.check.drafts.orders import LOPEZ, QUARRY

TRIAL = "trial-use"
DISPUTES = "disputes-bypass-l37"

# (provision, sentence): material controlled at trial or hearings by the order or the parties.
TRIAL_DEFECTS: tuple[tuple[str, str], ...] = (
    # the seed probe
    ("duration", "Confidential documents used at trial shall remain under seal."),
    (
        "duration",
        "Confidential Material shall retain its confidential status at any hearing or at trial.",
    ),
    (
        "duration",
        "The parties shall meet and confer regarding the procedures for handling Protected "
        "Material at trial and shall present an agreed procedure to the trial judge.",
    ),
    ("scope", "This Order shall govern all pretrial and trial proceedings in this Action."),
    (
        "duration",
        "Counsel shall ask that the courtroom be closed to the public whenever Confidential "
        "Material is presented.",
    ),
    (
        "duration",
        "Designated material introduced as an exhibit at trial shall remain confidential, and "
        "the jury shall be instructed not to disclose it.",
    ),
    (
        "duration",
        "The provisions of this Order shall continue to apply to Protected Material used at "
        "trial unless the Court orders otherwise.",
    ),
    ("filing", "Any exhibit containing Confidential Material shall be lodged under seal at trial."),
    (
        "duration",
        "At trial, the Parties agree that Confidential Material will be shown only to the "
        "Court, the jury and counsel.",
    ),
    (
        "duration",
        "Protected Material used during any hearing shall be kept confidential and the "
        "transcript of that portion sealed.",
    ),
    # sealing at trial or hearings
    (
        "filing",
        "Protected Material offered as an exhibit at trial shall be submitted in a sealed "
        "envelope and kept under seal.",
    ),
    (
        "duration",
        "Designated documents shown to the jury shall stay sealed while the trial lasts and "
        "afterwards.",
    ),
    (
        "scope",
        "At any evidentiary hearing, Confidential Material may be presented only in sealed form.",
    ),
    (
        "duration",
        "The portions of any hearing transcript that discuss Confidential Material are to be "
        "sealed without further order.",
    ),
    (
        "duration",
        "Trial exhibits that bear a CONFIDENTIAL legend will stay sealed after they are "
        "admitted into evidence.",
    ),
    (
        "duration",
        "Witnesses who testify at trial about Protected Material shall do so in a closed "
        "session, and that part of the record shall be sealed.",
    ),
    (
        "scope",
        "If Protected Material is used in open court, the Parties stipulate that the record of "
        "that use will be sealed.",
    ),
    (
        "duration",
        "Protected Material does not become part of the public record because it is used at trial.",
    ),
    (
        "duration",
        "Using Confidential Material at a hearing does not strip it of its confidential status.",
    ),
    (
        "duration",
        "Confidential Material received in evidence keeps its designation and may not be made "
        "public.",
    ),
    # the order, not the trial judge, governing trial
    (
        "scope",
        "This Stipulated Protective Order applies to every stage of this Action, including "
        "trial and any appeal.",
    ),
    (
        "scope",
        "The terms of this Order govern the use of Protected Material at trial as well as in "
        "discovery.",
    ),
    (
        "scope",
        "During trial this Order stays binding on the Parties, and its restrictions reach every "
        "exhibit offered there.",
    ),
    (
        "scope",
        "The Parties intend this Order to control how Protected Material is handled at every "
        "hearing and at trial.",
    ),
    (
        "scope",
        "The provisions of this Order extend to the trial of this Action and to any post-trial "
        "motions.",
    ),
    (
        "scope",
        "This Order is not limited to pretrial proceedings; it also covers the presentation of "
        "evidence at trial.",
    ),
    # protection carried through trial, with no compelling-reasons showing
    ("duration", "The confidentiality obligations of this Order continue through trial."),
    (
        "duration",
        "Protected Material keeps the protection of this Order even when it is used at trial.",
    ),
    ("duration", "Designations made under this Order survive the start of trial."),
    ("duration", "Material used at trial remains subject to every restriction in this Order."),
    (
        "duration",
        "Even after Confidential Material is introduced at trial, everyone who received it "
        "must continue to treat it as confidential.",
    ),
    (
        "duration",
        "Nothing about the use of a document at trial ends its protection under this Order.",
    ),
    # the parties deciding admissibility or use at trial
    (
        "access",
        "The Parties agree that a document designated CONFIDENTIAL is admissible at trial "
        "without further foundation.",
    ),
    (
        "access",
        "No Party may offer another Party's Protected Material at trial without that Party's "
        "written consent.",
    ),
    (
        "access",
        "A Party that intends to use Protected Material at trial must give the Designating "
        "Party ten days' notice, and the Designating Party may then prevent that use.",
    ),
    (
        "access",
        "The Parties will decide among themselves how Protected Material will be used at trial.",
    ),
    (
        "access",
        "Confidential Material may be used at a hearing only in the way the Designating Party "
        "approves.",
    ),
    (
        "access",
        "The Parties stipulate that designated material will not be offered in evidence at trial.",
    ),
    (
        "access",
        "At trial, Protected Material may be referred to only by exhibit number and may never "
        "be read aloud.",
    ),
    # closing the courtroom
    (
        "scope",
        "While a witness testifies about Protected Material, everyone not authorized under "
        "Section 7 shall be excluded from the courtroom.",
    ),
    (
        "duration",
        "The public gallery will be cleared before any Confidential exhibit is displayed at trial.",
    ),
    (
        "scope",
        "Any hearing at which Highly Confidential information is discussed shall be held in "
        "camera.",
    ),
    (
        "scope",
        "Members of the press may not be present when designated material is discussed at a "
        "hearing.",
    ),
    # instructions to the jury
    (
        "duration",
        "Jurors shall be instructed that exhibits designated under this Order are confidential "
        "and may not be discussed after the verdict.",
    ),
    (
        "duration",
        "Each juror who sees Protected Material at trial will be asked to sign Exhibit A.",
    ),
    # the parties taking the trial judge's place
    (
        "access",
        "Whether Protected Material may be shown at trial will be settled by agreement of the "
        "Parties rather than by the trial judge.",
    ),
    (
        "access",
        "The Designating Party alone decides which of its Protected Material may be displayed "
        "at trial.",
    ),
    (
        "access",
        "If the Parties cannot agree how Confidential Material will be handled at trial, the "
        "material may not be used there.",
    ),
    (
        "scope",
        "The Parties, not the trial judge, will determine which parts of a hearing are closed "
        "to the public.",
    ),
    (
        "access",
        "Protected Material may be used at trial only under a trial protocol that the Parties "
        "will negotiate and sign.",
    ),
    (
        "access",
        "At any hearing, the Receiving Party shall redact all Confidential Material from "
        "demonstrative exhibits before displaying them.",
    ),
    (
        "duration",
        "Before trial each Party shall mark the Confidential Material it will use, and those "
        "exhibits shall be handled as sealed documents throughout the trial.",
    ),
)

# What a correct order says about trial and hearings: the trial judge decides.
TRIAL_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    (
        "scope",
        "This Order does not govern the use of Protected Material at trial; the trial judge "
        "will decide that use.",
    ),
    (
        "scope",
        "Any use of Protected Material at trial shall be governed by the orders of the trial "
        "judge.",
    ),
    (
        "scope",
        "Nothing in this Order controls proceedings at trial, which are for the District Judge "
        "to conduct.",
    ),
    (
        "duration",
        "Material used or introduced as an exhibit at trial becomes public unless compelling "
        "reasons are shown to the trial judge before trial.",
    ),
    (
        "duration",
        "A Party that wants Protected Material kept confidential at trial must ask the trial "
        "judge, in advance of trial, to find compelling reasons for doing so.",
    ),
    (
        "scope",
        "A Party may move the trial judge for an order protecting designated material that it "
        "expects to be offered at trial.",
    ),
    (
        "duration",
        "Protection under this Order ends at the start of trial for any material used there.",
    ),
    (
        "duration",
        "The terms of this Order do not extend beyond the commencement of trial as to material "
        "used at trial.",
    ),
    (
        "duration",
        "Once trial begins, designated material offered in evidence is presumptively available "
        "to the public, including the press.",
    ),
    (
        "duration",
        "Whether any exhibit will be sealed at trial is for the trial judge to decide on a "
        "showing of compelling reasons.",
    ),
    ("scope", "This Order governs discovery and pretrial proceedings; it does not govern trial."),
    (
        "scope",
        "At trial the Parties will follow the trial judge's procedures for confidential exhibits.",
    ),
    (
        "scope",
        "Counsel may raise with the trial judge, at the final pretrial conference, how "
        "Protected Material should be handled at trial.",
    ),
    (
        "scope",
        "A Designating Party may ask the judge presiding at any hearing to protect its "
        "material, and that judge will decide.",
    ),
    (
        "filing",
        "Protected Material lodged with the Court for a hearing is handled under the Court's "
        "own procedures for lodged documents.",
    ),
    (
        "filing",
        "A hearing exhibit containing Protected Material may be filed under seal only under "
        "L.R. 79-5 and with the Court's leave.",
    ),
    (
        "filing",
        "Protected Material used at a hearing is filed under L.R. 79-5 like any other filing, "
        "and its designation alone is not a reason to seal it.",
    ),
    ("access", "Experts may review Protected Material to prepare for trial."),
    (
        "access",
        "Nothing in this Order prevents a Producing Party from using its own Confidential "
        "Material at trial.",
    ),
    (
        "scope",
        "This Order does not restrict what evidence may be offered at trial or whether it is "
        "admissible; those questions are for the trial judge.",
    ),
    (
        "access",
        "Agreeing to this Order waives no objection to the admissibility of any evidence at trial.",
    ),
    (
        "access",
        "By stipulating to this Order, no Party waives any objection to the use of any "
        "material in evidence at a hearing or at trial.",
    ),
    (
        "scope",
        "The Parties may jointly propose to the trial judge measures for using Protected "
        "Material at trial, and the trial judge will decide whether to adopt them.",
    ),
    (
        "duration",
        "A Party seeking to keep material sealed at trial bears the burden of showing "
        "compelling reasons to the trial judge.",
    ),
    (
        "duration",
        "If the trial judge declines to protect it, the material may be used at trial in open "
        "court.",
    ),
    (
        "scope",
        "Use of Protected Material at any hearing is governed by the judge conducting that "
        "hearing.",
    ),
    (
        "duration",
        "For material not used at trial, the obligations of this Order continue until the "
        "Designating Party agrees otherwise in writing or a court order directs otherwise.",
    ),
    (
        "access",
        "Jury and trial consultants and mock jurors who have signed Exhibit A may see "
        "Confidential Material.",
    ),
    (
        "duration",
        "At trial the presumption of public access applies, and only the trial judge may seal "
        "an exhibit, and only for compelling reasons.",
    ),
    (
        "duration",
        "Any request to seal a trial exhibit is made to the trial judge and decided under the "
        "compelling-reasons standard of Kamakana.",
    ),
    (
        "scope",
        "This is a discovery order; it does not decide how evidence will be presented at any "
        "hearing or at trial.",
    ),
    (
        "scope",
        "Any Party may ask the trial judge to close the courtroom during testimony about "
        "Protected Material; whether to do so is for the trial judge.",
    ),
    (
        "scope",
        "A request that the jury be instructed about confidential exhibits is for the trial "
        "judge to grant or deny.",
    ),
    (
        "access",
        "A Party that plans to use Protected Material at a hearing shall give the Designating "
        "Party reasonable notice so that it may seek protection from the judge hearing the "
        "matter.",
    ),
    (
        "filing",
        "Papers filed for a hearing are handled by the Court under its own procedures for "
        "lodged and sealed documents.",
    ),
    (
        "duration",
        "Protected Material becomes public at trial unless the trial judge orders otherwise on "
        "a showing of compelling reasons made before trial.",
    ),
    (
        "duration",
        "The trial judge may take whatever measures the judge finds appropriate to protect "
        "designated material offered at trial.",
    ),
    (
        "duration",
        "Confidential Material used at trial becomes part of the public record unless, before "
        "trial, the Designating Party obtains an order of the trial judge sealing it.",
    ),
    (
        "access",
        "Nothing in this Order restricts a Party's use of Protected Material at trial, which "
        "remains subject to the trial judge's rulings.",
    ),
    ("scope", "This Order shall not govern trial."),
    (
        "filing",
        "A Party that wishes to file Protected Material in support of a motion to be heard at a "
        "hearing must first apply under L.R. 79-5 for leave to file it under seal.",
    ),
    (
        "duration",
        "Designated material that is not used at trial stays protected after trial until the "
        "Designating Party releases it or the Court orders otherwise.",
    ),
)

# (provision, sentence): a dispute procedure of the parties' own instead of L.R. 37.
DISPUTE_DEFECTS: tuple[tuple[str, str], ...] = (
    (
        "challenges",
        "If the Parties cannot resolve a challenge within seven days, the Challenging Party "
        "may file a noticed motion under Local Rule 7-4.",
    ),
    (
        "challenges",
        "The Designating Party must move for a protective order within ten days after a "
        "written challenge, or the designation is withdrawn.",
    ),
    (
        "challenges",
        "Failure to respond to a challenge within 14 days constitutes a waiver of the designation.",
    ),
    (
        "challenges",
        "A challenged designation lapses unless the Designating Party files a motion within 21 "
        "days after the challenge.",
    ),
    (
        "challenges",
        "The Challenging Party bears the burden of demonstrating that the material is not "
        "confidential.",
    ),
    (
        "challenges",
        "The Party objecting to a designation must prove that the material does not qualify "
        "for protection.",
    ),
    (
        "challenges",
        "Either Party may submit the dispute to the Court by a letter brief of no more than "
        "three pages.",
    ),
    (
        "challenges",
        "After meeting and conferring, either party may move the Court for a ruling on the "
        "challenge.",
    ),
    (
        "challenges",
        "Any dispute about a designation shall be decided by a neutral chosen by the Parties, "
        "whose ruling binds them.",
    ),
    (
        "challenges",
        "Disputes under this Order shall be referred to a discovery referee selected jointly by "
        "the Parties.",
    ),
    (
        "challenges",
        "Challenges shall be heard by motion on 14 days' notice, notwithstanding Local Rule 37.",
    ),
    (
        "violation",
        "Any alleged violation of this Order shall be raised by a motion for sanctions heard "
        "on shortened time.",
    ),
    (
        "violation",
        "A Party claiming that this Order has been breached may apply ex parte for an order to "
        "show cause.",
    ),
    (
        "challenges",
        "Within five court days after the conference of counsel, the Challenging Party shall "
        "file its motion, and the Designating Party shall respond within five court days after "
        "that.",
    ),
    (
        "challenges",
        "After the L.R. 37-1 conference, either Party may file a motion to resolve the dispute "
        "within 10 days.",
    ),
    (
        "challenges",
        "If no agreement is reached, the Designating Party must seek a protective order by "
        "noticed motion; otherwise the material is no longer protected.",
    ),
    (
        "challenges",
        "The designation of any material not defended by motion within 30 days of a challenge "
        "is void.",
    ),
    (
        "challenges",
        "Instead of a joint stipulation, the Parties may present any dispute about "
        "designations at a telephone conference with the Court.",
    ),
    (
        "challenges",
        "A Party that believes a designation is improper may treat the material as "
        "non-confidential after giving 10 days' written notice.",
    ),
    (
        "challenges",
        "Confidentiality challenges will be briefed on the Parties' own schedule: an opening "
        "brief in seven days, an opposition seven days later and a reply three days after that.",
    ),
    (
        "challenges",
        "Unless the Designating Party answers a challenge in writing within three business "
        "days, the challenged material shall be treated as not designated.",
    ),
    (
        "challenges",
        "The Challenging Party shall have the burden of persuasion on any motion concerning a "
        "designation.",
    ),
    ("challenges", "Either Party may submit a designation dispute to binding arbitration."),
    (
        "violation",
        "Alleged violations of this Order shall first be submitted to a mediator chosen by the "
        "Parties, whose determination is final.",
    ),
)

# What a correct challenge or violation provision says: L.R. 37, the Designating Party's burden.
DISPUTE_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    (
        "challenges",
        "Any challenge shall begin with the letter and conference of counsel that L.R. 37-1 "
        "requires.",
    ),
    (
        "challenges",
        "If the challenge is not resolved, it shall be presented to the Court in a joint "
        "stipulation under L.R. 37-2.",
    ),
    (
        "challenges",
        "The Designating Party bears the burden of persuasion in any challenge proceeding.",
    ),
    (
        "challenges",
        "Frivolous challenges, and those made for an improper purpose such as to harass or "
        "impose unnecessary expense and burden on other Parties, may expose the Challenging "
        "Party to sanctions.",
    ),
    (
        "challenges",
        "A challenge that is frivolous, or brought to harass or to burden the other side, may "
        "subject the Challenging Party to sanctions.",
    ),
    (
        "challenges",
        "Until the Court rules on the challenge, every Party shall continue to treat the "
        "material as designated.",
    ),
    (
        "challenges",
        "Before filing the joint stipulation, the Parties shall request an informal telephonic "
        "conference with the Magistrate Judge, in addition to complying with L.R. 37-1 and "
        "37-2.",
    ),
    (
        "challenges",
        "Any Party may challenge a designation at any time consistent with the Court's "
        "Scheduling Order.",
    ),
    ("challenges", "A challenge must be raised before the discovery cut-off."),
    (
        "challenges",
        "The joint stipulation shall take the form that L.R. 37-2.1 and 37-2.2 prescribe; if a "
        "Party fails to cooperate, the other may proceed with the declaration described in "
        "L.R. 37-2.4.",
    ),
    ("challenges", "A Designating Party may withdraw a designation at any time by written notice."),
    (
        "challenges",
        "Unless the Designating Party has waived or withdrawn the designation, the material "
        "keeps its protection until the Court rules.",
    ),
    (
        "challenges",
        "The burden of persuasion stays with the Designating Party even when the Challenging "
        "Party brings the dispute to the Court.",
    ),
    (
        "challenges",
        "Counsel shall confer within ten days after the Challenging Party serves the letter "
        "that L.R. 37-1 describes.",
    ),
    (
        "challenges",
        "The Challenging Party may seek relief from the Court only through the joint "
        "stipulation procedure of L.R. 37-2.",
    ),
    (
        "violation",
        "Nothing in this Section limits the Court's power to address a violation of this Order "
        "by contempt or other sanctions.",
    ),
    (
        "violation",
        "Any violation of this Order may be punished by appropriate measures, including "
        "contempt proceedings and monetary sanctions.",
    ),
    (
        "challenges",
        "If the opposing Party does not provide its portion of the joint stipulation within the "
        "time L.R. 37-2.2 allows, the Challenging Party may file the declaration that "
        "L.R. 37-2.4 describes.",
    ),
    (
        "challenges",
        "The informal discovery conference that the Magistrate Judge's procedures require "
        "supplements, and does not replace, L.R. 37-1 and 37-2.",
    ),
    (
        "challenges",
        "The Challenging Party's L.R. 37-1 letter shall identify each challenged document by "
        "production number and explain the basis for the challenge.",
    ),
    (
        "challenges",
        "A Party does not waive its right to challenge a designation by failing to challenge "
        "it promptly after the designation is made.",
    ),
    (
        "violation",
        "A dispute about compliance with this Order is raised under L.R. 37-1 and 37-2 like "
        "any other discovery dispute.",
    ),
    (
        "challenges",
        "A Party that elects to file a motion concerning a designation shall do so only by way "
        "of a joint stipulation under L.R. 37-2.",
    ),
)


# QUARRY has no access or violation provision of its own; these are clean model wording.
_QUARRY = [
    *QUARRY[: QUARRY.index(next(b for b in QUARRY if b.text == "SO STIPULATED."))],
    h("IX. Access to Protected Material"),
    p(
        "Protected Material may be used only to prosecute, defend or attempt to settle this "
        "action, and may be shown only to outside counsel of record, experts who have signed "
        "Exhibit A, the Court and its personnel, and court reporters."
    ),
    h("X. Violation"),
    p(
        "A violation of this Order may be punished by any appropriate measure, including "
        "contempt proceedings and monetary sanctions."
    ),
    *QUARRY[QUARRY.index(next(b for b in QUARRY if b.text == "SO STIPULATED.")) :],
]


@dataclass(frozen=True)
class House:
    """A clean draft, the style it is built in, and the heading of each provision."""

    name: str
    blocks: list[Block]
    style: dict[str, Any]
    headings: dict[str, str]


HOUSES = (
    House(
        "lopez",
        list(LOPEZ),
        {},
        {
            "scope": "3. SCOPE",
            "duration": "4. DURATION",
            "challenges": "6. CHALLENGES TO DESIGNATIONS",
            "access": "7. WHO MAY SEE CONFIDENTIAL MATERIAL",
            "filing": "8. FILING",
            "violation": "10. ENFORCEMENT",
        },
    ),
    House(
        "quarry",
        _QUARRY,
        {"headings": "bold", "captions": "textbox"},
        {
            "scope": "III. Scope",
            "duration": "IV. Duration",
            "challenges": "VI. Disputes Over Designations",
            "access": "IX. Access to Protected Material",
            "filing": "VII. Filing Protected Material",
            "violation": "X. Violation",
        },
    ),
)


@dataclass(frozen=True)
class Paraphrase:
    """One sentence of the set: a defect of ``rule``, or a near miss of it."""

    id: str  # "trial-use-defect-07"
    rule: str
    defect: bool
    provision: str
    text: str


def _items(rule: str, defect: bool, pairs: tuple[tuple[str, str], ...]) -> list[Paraphrase]:
    kind = "defect" if defect else "near"
    return [
        Paraphrase(f"{rule}-{kind}-{i:02d}", rule, defect, where, text)
        for i, (where, text) in enumerate(pairs, 1)
    ]


PARAPHRASES: list[Paraphrase] = [
    *_items(TRIAL, True, TRIAL_DEFECTS),
    *_items(TRIAL, False, TRIAL_NEAR_MISSES),
    *_items(DISPUTES, True, DISPUTE_DEFECTS),
    *_items(DISPUTES, False, DISPUTE_NEAR_MISSES),
]


def placed_in(house: House, provision: str, sentence: str) -> list[Block]:
    """``house``'s draft with ``sentence`` as a paragraph after the first paragraph of
    ``provision`` (empty: the clean draft unchanged)."""
    blocks = list(house.blocks)
    if not provision:
        return blocks
    heading = house.headings[provision]
    at = next(i for i, b in enumerate(blocks) if b.kind == "h" and b.text == heading)
    blocks.insert(at + 2, p(sentence))
    return blocks


def outcome(house: House, item: Paraphrase) -> tuple[bool, set[str]]:
    """(whether ``pogen check`` judges the sentence right, rules it reported).

    Right for a defect: its rule at the sentence and no other error or warning anywhere;
    for a near miss: no error or warning at all."""
    from pogen.check import check_paragraphs
    from pogen.check.reader import read_docx
    from tests.check.drafts.build import build

    blocks = placed_in(house, item.provision, item.text)
    report = check_paragraphs(read_docx(build(blocks, **house.style), item.id), item.id)
    found = [f for f in report.findings if f.severity.value != "note"]
    rules = {f.rule for f in found}
    if not item.defect:
        return not found, rules
    at_sentence = any(
        f.rule == item.rule and f.excerpt.strip("…").strip() in item.text for f in found
    )
    return at_sentence and rules == {item.rule}, rules


def main() -> int:
    """Print the hit rate of each part of the set, per house, and what was missed."""
    import sys

    misses: list[str] = []
    for rule in (TRIAL, DISPUTES):
        for defect in (True, False):
            items = [i for i in PARAPHRASES if i.rule == rule and i.defect is defect]
            right = 0
            for house in HOUSES:
                for item in items:
                    ok, rules = outcome(house, item)
                    right += ok
                    if not ok:
                        misses.append(f"{house.name} {item.id}: {sorted(rules)} | {item.text}")
            kind = "defects found" if defect else "near misses left alone"
            total = len(items) * len(HOUSES)
            sys.stdout.write(f"{rule:22} {kind:24} {right:3}/{total:3} = {right / total:.2f}\n")
    sys.stdout.write("\n".join(misses) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
