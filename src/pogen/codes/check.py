"""The ``pogen check`` rules: each rejection ground's ID, severity, citation and messages.

Rule IDs are those of the court's rejection grounds (docs/rejection-grounds.md); the
reference page docs/check-rules.md and ``pogen explain RULE`` are generated from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """An error is a ground on which the court rejects the order; a warning is not; a
    note is a requirement of some judges only, reported where the draft's judge is not
    known to impose it (it never changes the exit code)."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True)
class Rule:
    """One rejection ground from the court's orders, with its stable ID."""

    id: str
    severity: Severity
    cite: str  # short citation that opens every message, e.g. "L.R. 79-5.2.2"
    citation: str  # the local rule or the court's reason, as cited in every message
    summary: str  # what the rule checks, for the reference page
    hint: str
    messages: tuple[str, ...] = ()  # every message form; {name} marks a variable part


E, WARN = Severity.ERROR, Severity.WARNING

RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule(
            "good-cause-heading",
            E,
            "Fed. R. Civ. P. 26(c) (Segal)",
            "Fed. R. Civ. P. 26(c); Judge Segal's orders require a section headed "
            '"GOOD CAUSE STATEMENT", in those words',
            "a heading reading GOOD CAUSE STATEMENT with the showing of good cause under it",
            "add a heading GOOD CAUSE STATEMENT (section 1.B in the common layout) and move "
            "the case's good-cause facts under it",
            messages=(
                "the GOOD CAUSE STATEMENT heading has no paragraph under it",
                (
                    'the heading reads "{heading}"; the court requires "GOOD CAUSE STATEMENT" in '
                    "those words"
                ),
                (
                    "good cause appears only in the recitals; the order needs a section headed "
                    "GOOD CAUSE STATEMENT"
                ),
                (
                    "no GOOD CAUSE STATEMENT section; the order needs a section headed GOOD CAUSE"
                    " STATEMENT"
                ),
            ),
        ),
        Rule(
            "good-cause-generic",
            E,
            "Fed. R. Civ. P. 26(c) (Phillips; Kamakana)",
            "Fed. R. Civ. P. 26(c) needs a particularized showing of specific harm "
            "(Phillips v. GM, 307 F.3d 1206; Foltz, 331 F.3d 1122; Kamakana, 447 F.3d 1172)",
            "the GOOD CAUSE STATEMENT names this case's facts and at least one specific harm "
            "that disclosure would cause, not boilerplate that fits any case",
            "say what the case is about, what will be produced and, for each category, who "
            "could misuse it and what would follow in this case",
            messages=(
                (
                    "the GOOD CAUSE STATEMENT is boilerplate that could fit any case: it is the "
                    "model's generic paragraph"
                ),
                (
                    "the GOOD CAUSE STATEMENT is boilerplate that could fit any case: it states "
                    "no specific harm that disclosure would cause in this case"
                ),
                (
                    "the GOOD CAUSE STATEMENT is boilerplate that could fit any case: most "
                    "categories state only a formula of harm, not a harm particular to this case"
                ),
            ),
        ),
        Rule(
            "categories-overbroad",
            E,
            "Fed. R. Civ. P. 26(c) (King; Robertson)",
            "King v. CitiMortgage; Robertson v. McNeil-PPC: protected categories must be "
            "described meaningfully, not by the designator's belief, labels or catch-alls",
            "the definition of protected material is a closed list of concrete document "
            "types, tied to the good-cause statement",
            "replace belief tests, labels and catch-alls with concrete document types "
            '(e.g. "customer lists", "payroll records") listed in the GOOD CAUSE STATEMENT',
            messages=(
                "protection turns on the designating party's belief, not on what the material is",
                '"{phrase}" is a catch-all, not a category',
                'the definition is open-ended ("including but not limited to"), not a closed list',
                (
                    "CONFIDENTIAL is defined by labels, by designation or by Rule 26(c) alone, "
                    "not by the good-cause categories or by document types"
                ),
            ),
        ),
        Rule(
            "sealing-blanket",
            E,
            "L.R. 79-5.2.2",
            "L.R. 79-5.2.2: nothing is filed under seal without the Court's prior approval "
            "of the specific material; the parties cannot agree to seal by designation",
            "no clause seals designated material automatically or directs the Clerk",
            "say that a Party seeking to file under seal must apply under L.R. 79-5 and that "
            "a designation alone does not justify sealing",
            messages=(
                (
                    "designated material is to be sealed without the Court's approval of the "
                    "specific material"
                ),
                (
                    "a designation or the parties' agreement is made the ground for sealing, "
                    "without the Court's approval of the specific material"
                ),
            ),
        ),
        Rule(
            "sealing-rule-missing",
            E,
            "L.R. 79-5",
            "L.R. 79-5: every sealing request follows Civil L.R. 79-5 and the judge's orders; "
            "the order must say it confers no right to seal",
            "the order names L.R. 79-5 for filing and says the order itself gives no right "
            "to file under seal",
            "add the acknowledgment (1.C) that the order confers no right to seal and a "
            "filing section (12.3) requiring compliance with Civil L.R. 79-5",
            messages=(
                "the order is silent on filing; sealing requests must follow Civil L.R. 79-5",
                "the order never cites L.R. 79-5; sealing requests must follow Civil L.R. 79-5",
                (
                    "it refers sealing to a procedure other than L.R. 79-5; sealing requests must"
                    " follow Civil L.R. 79-5"
                ),
                (
                    "the order cites L.R. 79-5 but never says that it confers no right to file "
                    "under seal"
                ),
            ),
        ),
        Rule(
            "disputes-bypass-l37",
            E,
            "L.R. 37-1, 37-2",
            "L.R. 37-1 to 37-2.4: disputes reach the Court only after the L.R. 37-1 letter "
            "and conference, by a L.R. 37-2 joint stipulation",
            "challenges and violations go through L.R. 37, with no motion, deadline, "
            "automatic loss of protection or shifted burden of the parties' own",
            "route challenges through L.R. 37-1 et seq. and a L.R. 37-2 joint stipulation, "
            "with the burden on the Designating Party",
            messages=(
                "protection is lost automatically, outside the L.R. 37 procedure",
                "the burden is put on the challenging side; it stays with the Designating Party",
                (
                    "a decision-maker of the parties' choosing replaces the Court's L.R. 37 "
                    "procedure"
                ),
                (
                    "the parties set up their own motion procedure{deadline} instead of the L.R. "
                    "37-1 letter and conference and the L.R. 37-2 joint stipulation"
                ),
                (
                    "challenges are not routed through L.R. 37 (no L.R. 37-1 or 37-2 procedure is"
                    " named)"
                ),
                (
                    "Magistrate Judge {name} requires an informal pre-motion conference before a "
                    "discovery motion ({source}); the challenge procedure does not mention it"
                ),
            ),
        ),
        Rule(
            "caption-discovery-notation",
            E,
            "discovery caption notation",
            "the magistrate judge's discovery notation (e.g. DISCOVERY MATTER or "
            "[Discovery Document: Referred to Magistrate Judge ...]) belongs in the caption "
            "where that judge's procedures require it; many judges enter orders without one",
            "the caption carries the notation the assigned magistrate judge requires, verbatim "
            "(an error only before such a judge, a note before a judge whose cases carried one)",
            "add the assigned magistrate judge's notation under the case number and title "
            "(see `pogen judges`)",
            messages=(
                (
                    "Magistrate Judge {name}'s procedures require the caption notation "
                    '"{notation}", verbatim; the caption {has}'
                ),
                (
                    "orders in Magistrate Judge {name}'s cases carried "
                    '"{notation}" in the caption (no sourced requirement); the caption has none'
                ),
            ),
        ),
        Rule(
            "trial-use",
            E,
            "Kamakana; Gaylor; Powell",
            "a discovery protective order does not govern trial; the trial judge does, and "
            "material used at trial is presumptively public (Kamakana; Gaylor; Powell)",
            "the order says it does not govern trial and does not seal or control material "
            "at trial or hearings",
            "state that use at trial is for the trial judge and that designated material "
            "used at trial becomes public unless compelling reasons are shown beforehand",
            messages=(
                (
                    "the order controls the use of designated material at trial or hearings, "
                    "which is for the trial judge"
                ),
                (
                    "the order never says that it does not govern trial or that the trial judge "
                    "decides use at trial"
                ),
            ),
        ),
        Rule(
            "binds-court",
            E,
            "Gaylor; Powell",
            "Gaylor v. Morin; Powell v. City of Barstow: the order must not bind the Court or "
            "court personnel, and Judge Kato requires it to say so",
            "the order gives the Court and its personnel no duties (an error before any judge) "
            "and, before a judge who requires it (Kato), says that it does not bind them (a "
            "note before other judges)",
            "add one sentence: this Order does not bind the Court or its personnel, who "
            "follow the Court's own procedures for lodged and filed material",
            messages=(
                "the order gives the Court or its staff duties; it cannot bind them",
                (
                    "the order never says that it does not bind the Court or court personnel "
                    "({who} that sentence)"
                ),
            ),
        ),
        Rule(
            "exhibit-a-missing",
            E,
            "Exhibit A (XR Commc'ns v. D-Link)",
            "Exhibit A must be attached with penalty of perjury, agreement to comply, "
            "consent to C.D. Cal. jurisdiction after the case ends and a California agent "
            "for service (XR Commc'ns v. D-Link, corrected order)",
            "Exhibit A (Acknowledgment and Agreement to Be Bound) is attached and complete",
            "attach Exhibit A with the perjury declaration, agreement to comply, consent to "
            "C.D. Cal. jurisdiction even after the case ends and a California agent",
            messages=(
                "Exhibit A (Acknowledgment and Agreement to Be Bound) is not attached{referred}",
                "Exhibit A lacks {parts}",
            ),
        ),
        Rule(
            "signature-attestation",
            E,
            "L.R. 5-4.3.4(a)(2)(i)",
            "L.R. 5-4.3.4(a)(2)(i): a filer who signs for others with /s/ must attest that "
            "every other signatory concurs and authorized the filing",
            "with /s/ signatures of two or more signatories, the signature page carries the "
            "filer's attestation",
            "add on the signature page: the filer attests under L.R. 5-4.3.4(a)(2)(i) that "
            "all other signatories concur in the content and authorized the filing",
            messages=(
                (
                    "{count} signatories sign with /s/ but the filer does not attest that the "
                    "others concur and authorized filing"
                ),
            ),
        ),
        Rule(
            "incomplete-order",
            E,
            "not a complete protective order",
            "a stipulated protective order has the model's provisions (definitions, "
            "designation, challenges, access, final disposition, signatures, Exhibit A); a "
            "draft missing most of them, or another kind of document, cannot be entered",
            "the document is a stipulated protective order with most of the model's "
            "provisions, not a truncated draft, a memorandum or another stipulation",
            "check the complete draft (every page, Exhibit A attached); other findings are "
            "not reported until it is one",
            messages=(
                (
                    "this is not a complete stipulated protective order: {what}; provisions not "
                    "found: {names}"
                ),
            ),
        ),
        Rule(
            "invisible-text",
            E,
            "text not visible on the page",
            "what the court signs is what it reads: text hidden by colour, size, style, "
            "line spacing, indents, columns, fields or shapes makes the draft say something "
            "other than it shows",
            "every word of the draft is visible on the printed page",
            "make the text visible (ordinary colour, size and spacing, no hidden style, IF "
            "field or covering shape) or delete it; then check again",
            messages=(
                (
                    "text in the draft is not visible on the page{quote}: {why}; the court and "
                    "the other side read what is printed"
                ),
            ),
        ),
        Rule(
            "duration-retains-jurisdiction",
            WARN,
            "model Duration (King; Branca)",
            "the model Duration ends protection at trial for material used there, and each "
            "Exhibit A signer already consents to jurisdiction; judges may strike a "
            "retention clause",
            "no clause by which the Court retains jurisdiction, and no confidentiality "
            "forever after final disposition without the trial carve-out",
            "use the model Duration text (trial makes used material public) and rely on "
            "Exhibit A for enforcement after the case ends",
            messages=(
                "the Court is to retain jurisdiction after the case ends; judges may strike this",
                (
                    "confidentiality lasts beyond final disposition with no rule that material "
                    "used at trial becomes public"
                ),
            ),
        ),
    )
}
