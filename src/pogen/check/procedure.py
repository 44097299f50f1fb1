"""Rules on procedure: sealing (L.R. 79-5) and the Court (disputes under L.R. 37 are in
:mod:`pogen.check.disputes`).
Each follows the court's reason, not pogen's wording.
"""

from __future__ import annotations

import re

from pogen.check.catalog import IGN
from pogen.check.catalog import finding as _find
from pogen.check.catalog import one_per_paragraph as _one_per_paragraph
from pogen.check.model import Finding, Severity
from pogen.check.text import (
    CITE_795,
    TRIAL_LOCUS,
    Draft,
    negated_before,
)

# --- sealing-blanket ------------------------------------------------------------------

_SEAL_MANDATE = re.compile(
    r"\b(shall|must|will|is\s+to|are\s+to)\s+(?:(?:be|remain)\s+)?(?:automatically\s+)?(?:be\s+)?"
    r"(filed|lodged|submitted|maintained|kept|placed|treated|sealed)\b[^.;]{0,40}?"
    r"(under\s+seal|in\s+camera|\bsealed\b)|\b(shall|must|will)\s+(?:be\s+)?(?:automatically\s+)?"
    r"sealed\b|\b(shall|must|will)\s+file\b[^.;]{0,60}\bunder\s+seal\b|\bautomatically\b[^.;]"
    r"{0,30}\bseal|\bdeemed\b[^.;]{0,30}\b(sealed|under\s+seal)\b|\bclerk\b[^.;]{0,80}\b(accept|"
    r"file|maintain|keep|receive|treat)\w*\b[^.;]{0,60}\b(under\s+seal|sealed)|\b(shall|must|will)"
    r"\s+(?:\w+\s+){0,10}?as\s+(a\s+)?sealed\b|\b(only|exclusively)\s+under\s+"
    r"seal\b|\b(shall|must|will|is\s+to|are\s+"
    r"to)\s+(?:\w+\s+){0,4}?under\s+seal\b",
    IGN,
)
_APPROVAL_CONDITION = re.compile(
    r"\bonly\b[^.;]*\b(order|approv|leave|grant|authoriz|permi)|\b(if|once|after|when|unless|upon"
    r"|until)\b[^.;]{0,80}\b(grant\w*|approv\w*|authoriz\w*|permi\w*|order\w*|leave)\b|"
    r"\bpursuant\s+to\s+(a|an)\s+(court\s+)?order\b",
    IGN,
)


# "any designated document is sealed upon filing": sealing stated as a fact.
_IS_SEALED = re.compile(
    r"\b(consent\w*|agree\w*|stipulat\w*)\s+(to\s+|that\s+)?(the\s+)?(sealing|seal)\b|"
    r"\b(designated|confidential|protected)\b[^.;]{0,40}\b(is|are)\s+(automatically\s+)?(sealed|"
    r"filed\s+under\s+seal|lodged\s+under\s+seal|kept\s+under\s+seal)\b",
    IGN,
)
# Designation as the reason to seal, or sealing without the Court's leave.
_SEAL_BY_DESIGNATION = re.compile(
    r"\bdesignat\w*\b[^.;]{0,80}\b(constitutes?|establish\w*|is|are|shall\s+be|be\s+deemed|"
    r"provides?|suffices?\s+as)\s+(sufficient\s+|adequate\s+)?(good\s+cause|compelling\s+reasons?|"
    r"(sufficient|adequate)\s+(grounds?|basis|cause|reason))[^.;]{0,60}\bseal"
    r"|\bunder\s+seal\b[^.;]{0,60}\bwithout\s+(further\s+|a\s+|prior\s+|an?\s+|the\s+)?"
    r"(order|leave|approval|application|motion)",
    IGN,
)
# "Pending the ruling on the application, the papers shall be lodged under seal": what
# L.R. 79-5 itself provides while the Court decides, not a sealing agreement.
_LODGED_PENDING = re.compile(
    r"\b(pending|until|while|before)\b[^.;]{0,80}\b(rul\w*|decision|decides?|determin\w*|"
    r"application|request|order)\b[^.;]{0,120}\blodg\w*|\blodg\w*\b[^.;]{0,100}\b(pending|until|"
    r"while)\b[^.;]{0,80}\b(rul\w*|decision|decides?|determin\w*|application|request)",
    IGN,
)
_NO_PUBLIC_FILING = re.compile(
    r"\b(shall|must|may|will|can)\s+not\s+be\s+(filed|lodged|placed|made)\s+(publicly|public|in\s+"
    r"the\s+public\s+(record|file|docket)|on\s+the\s+public\s+(record|docket))",
    IGN,
)


def sealing_blanket(draft: Draft) -> list[Finding]:
    """No clause seals designated material by agreement or tells the Clerk to seal it."""
    findings = []
    for clause in draft.clauses():
        if TRIAL_LOCUS.search(clause.text):
            continue  # sealing at trial or a hearing is a trial-use problem
        match = _SEAL_MANDATE.search(clause.text)
        if match and negated_before(clause.text, match.start()):
            match = None
        # "shall not be filed publicly" seals by agreement too: the negation is the point.
        match = match or _NO_PUBLIC_FILING.search(clause.text)
        if match is None:
            sealed = _IS_SEALED.search(clause.text)
            match = sealed if sealed and not negated_before(clause.text, sealed.start()) else None
        if match is not None and _LODGED_PENDING.search(clause.text):
            match = None
        if (match is None or _APPROVAL_CONDITION.search(clause.text)) and (
            by_designation := _SEAL_BY_DESIGNATION.search(clause.text)
        ):
            negated = re.search(
                r"\b(not|never|nothing|cannot|no)\b|n['’]t\b", by_designation.group(0), IGN
            ) or negated_before(clause.text, by_designation.start())
            match = None if negated else by_designation
            if match is not None:
                findings.append(
                    _find(
                        "sealing-blanket",
                        clause.para,
                        "a designation or the parties' agreement is made the ground for "
                        "sealing, without the Court's approval of the specific material",
                        clause.para.text.find(match.group(0)),
                    )
                )
            continue
        if not match or _APPROVAL_CONDITION.search(clause.text):
            continue
        findings.append(
            _find(
                "sealing-blanket",
                clause.para,
                "designated material is to be "
                "sealed without the Court's approval of the specific material",
                clause.para.text.find(match.group(0)),
            )
        )
    return _one_per_paragraph(findings)


# --- sealing-rule-missing -------------------------------------------------------------

_NO_RIGHT = re.compile(
    r"entitle|right|authori[sz]|permi|suffic|alone|itself|confer|justif|"
    r"grant|approv|leave|prior\s+order|order\s+of\s+the\s+court|court\s+order",
    IGN,
)
_OBSOLETE = re.compile(r"pilot\s+program|usual\s+procedures?|general\s+order\s+\d", IGN)


def sealing_rule_missing(draft: Draft) -> list[Finding]:
    """The order names L.R. 79-5 and says it confers no right to seal."""
    seal = re.compile(r"\bseal", IGN)
    first_seal = draft.first(seal)
    if not any(CITE_795.search(p.text) for p in draft.order):
        where = first_seal
        why = "the order never cites L.R. 79-5" if first_seal else "the order is silent on filing"
        for clause in draft.clauses():
            if seal.search(clause.text) and _OBSOLETE.search(clause.text):
                where = clause.para
                why = "it refers sealing to a procedure other than L.R. 79-5"
        return [
            _find(
                "sealing-rule-missing",
                where,
                f"{why}; sealing requests must follow Civil L.R. 79-5",
            )
        ]
    for clause in draft.clauses():
        if (
            seal.search(clause.text)
            and re.search(r"\b(not|no|without|nothing)\b", clause.text, IGN)
            and _NO_RIGHT.search(clause.text)
        ):
            return []
    para = draft.first(CITE_795)
    return [
        _find(
            "sealing-rule-missing",
            para,
            "the order cites L.R. 79-5 but never says that it confers no right to file under seal",
        )
    ]


# --- binds-court ----------------------------------------------------------------------

_COURT = r"(court|clerk|judge|chambers)"
# "does not govern trial, which the trial judge controls" exempts nobody.
_EXEMPT = re.compile(
    rf"\b(not|neither|nothing|no)\b[^.;]{{0,60}}\b(bind\w*|appl(y|ies)|govern\w*|restrict\w*|"
    rf"limit\w*|obligat\w*|requir\w*|subject)\b[^.;]{{0,60}}(?<!trial\s)(?<!district\s)\b{_COURT}"
    rf"|\b{_COURT}\w*\b[^.;]{{0,80}}\b(not|neither|nor|exempt)\b[^.;]{{0,30}}\b(bound|subject|"
    rf"govern\w*|appl\w*|sign|exempt|requir\w*|obligat\w*|an?\s+part(y|ies)|part(y|ies))",
    IGN,
)
_COURT_DUTY = re.compile(
    # court staff bound by the order, or the order applying to the Court
    r"\b(court\s+(personnel|staff|employees)|law\s+clerks?|courtroom\s+deput\w+|judges?|the\s+clerk)\b"
    r"[^.;]{0,60}\b(agrees?\s+to\s+be\s+bound|(is|are|shall\s+be|will\s+be)\s+bound)\b|"
    r"\b(this\s+(protective\s+)?order|it)\s+(applies|shall\s+apply|is\s+binding)\s+(to|on)\s+the\s+court\b|"
    # court staff made to sign the Acknowledgment (court reporters may sign; they are not staff)
    r"\b(law\s+clerks?|courtroom\s+deput\w+|court\s+(staff|personnel|employees?)|clerk\s+of\s+"
    r"(the\s+)?court|judicial\s+(officers?|staff))\b[^.;]{0,80}\b(sign\w*|execut\w*)\b[^.;]{0,60}"
    r"(exhibit\s+a|acknowledg|agreement\s+to\s+be\s+bound)|"
    r"\b(the\s+)?(clerk(\s+of\s+(the\s+)?court)?|court(?!\s+reporter)(\s+(staff|personnel))?|"
    r"chambers)(\s+(and|or)\s+(its|their|the\s+court's|court)\s+(personnel|staff|employees))?\s+"
    r"(shall|must|will|is\s+(hereby\s+)?directed\s+to|is\s+ordered\s+to|agrees?\s+to)"
    r"\s+(return|destroy|deliver|maintain|keep|seal|accept|sign|treat|hold|safeguard|handle|notify"
    r"|release|send|provide|give|store|retain\s+(?!jurisdiction)|comply)\w*\b"
    # the Clerk and court staff take no orders from the parties, whatever the verb
    r"|\b(clerk(\s+of\s+(the\s+)?court)?|court\s+(staff|personnel|employees))(?:\s+[\w,]+){0,5}?\s+"
    r"(shall|must|is\s+(hereby\s+)?directed\s+to|is\s+ordered\s+to)\s+(?!not\b)\w+",
    IGN,
)


def binds_court(draft: Draft) -> list[Finding]:
    """The order says it does not bind the Court and gives court staff no duties."""
    findings = []
    for clause in draft.clauses():
        duty = _COURT_DUTY.search(clause.text)
        if duty and not negated_before(clause.text, duty.start()):
            findings.append(
                _find(
                    "binds-court",
                    clause.para,
                    "the order gives the Court or its staff duties; it cannot bind them",
                    clause.para.text.find(duty.group(0)),
                )
            )
    if not any(_EXEMPT.search(c.text) for c in draft.clauses()):
        judge = draft.judge.judge
        required = judge is not None and judge.court_exemption_required
        where = draft.heading_of("scope") or draft.section_heading(r"scope")
        who = (
            f"Magistrate Judge {judge.name} requires"
            if required and judge
            else "some judges require"
        )
        findings.append(
            _find(
                "binds-court",
                where,
                "the order never says that it does not bind the Court or court personnel "
                f"({who} that sentence)",
                severity=None if required else Severity.NOTE,
            )
        )
    return _one_per_paragraph(findings)
