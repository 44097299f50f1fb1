"""Rules on trial and duration: the trial judge governs trial, protection ends there, and
no jurisdiction is kept after the case.  Each follows the court's reason, not pogen's
wording.
"""

from __future__ import annotations

import re

from pogen.check.catalog import IGN
from pogen.check.catalog import finding as _find
from pogen.check.catalog import one_per_paragraph as _one_per_paragraph
from pogen.check.model import Finding
from pogen.check.text import TRIAL_CARVE_OUT, Draft, negated_before

# --- trial-use ------------------------------------------------------------------------

_TRIAL_CONTROL = re.compile(
    # the parties decide among themselves what happens at trial (but may ask the judge)
    r"\b(the\s+)?parties\s+(shall|will|must|agree\s+to|agree\s+that\s+they\s+will)\s+(?!request|"
    r"ask|move|apply|seek|propose|follow|comply|abide|raise)\w+|"
    r"\b(the\s+)?parties\s+may\s+agree\b|\bwithout\s+(the\s+)?(involvement|approval|leave|order|"
    r"consent)\s+of\s+the\s+(trial\s+)?(judge|court)\b|"
    # confidentiality carried into trial
    r"\b(remain|shall\s+remain|continue\s+to\s+be|shall\s+be|will\s+be|must\s+be|be\s+kept)\s+"
    r"(sealed|under\s+seal|confidential|protected|treated\s+as\s+confidential)\b|"
    r"\b(shall|will|must)\s+(retain|keep|maintain|preserve)\b[^.;]{0,40}\b(confidential\w*|designation|"
    r"protect\w*|status)\b|"
    r"\bcontinue\s+to\s+be\s+treated\b|\bnot\s+lose\s+(its|their)\b|"
    r"\b(shall|will|must)\s+(be\s+)?(treated|maintained|kept|handled|held)\s+(as\s+|in\s+)?(sealed|"
    r"confidential|protected|under\s+seal|confidence)\b|\b(shall|will|must)\s+not\s+be\s+(disclosed|made\s+"
    r"public|publicly\s+(disclosed|displayed|filed))\b|"
    r"\b(confidentiality|protections?|designations?)\b[^.;]{0,40}\b(shall|will|must)\s+be\s+(preserved|"
    r"maintained|kept|retained|honou?red)\b|"
    # this order, not the trial judge, governs trial
    r"\b(this\s+(protective\s+)?order|the\s+protections?\s+of\s+this\s+order)\b[^.;]{0,30}\b(shall|will)"
    r"\s+(govern|apply|control|extend|continue)\b|\bgoverned\s+by\s+this\s+(protective\s+)?order\b|"
    r"\bextend\w*\s+through\s+(the\s+)?trial\b|"
    # sealing or closing the courtroom at trial
    r"\bclos(e|ed|ing)\s+(the\s+)?courtroom\b|\bcourtroom\b[^.;]{0,30}\b(closed|cleared)\b|"
    r"\b(leave|exit|excluded\s+from|removed\s+from)\s+the\s+courtroom\b|"
    r"\b(shall|will)\s+be\s+(deemed\s+)?admissible|\bseparate\s+agreement\b|"
    r"\b(filed|lodged|offered|received|presented|admitted|used)\b[^.;]{0,30}\bunder\s+seal\b|"
    r"\b(shall|must|will)\s+(?:\w+\s+){0,3}?under\s+seal\b|\b(transcripts?|exhibits?)\b[^.;]{0,60}\b"
    r"(shall|will|must)\s+be\s+sealed\b",
    IGN,
)
_TRIAL = re.compile(r"\b(trial|hearings?|evidentiary|in\s+evidence)\b", IGN)


# "... shall remain sealed unless the trial judge orders otherwise": an exception to the
# parties' own rule, not the trial judge deciding.
_EXCEPTIONS = re.compile(
    r"\b(unless|except\s+as|absent|until)\b[^.;]{0,80}?\b(otherwise|orders?|directs?|rules?)\b"
    r"(\s+(of|by)\s+the\s+(\w+\s+)?(judge|court))?",
    IGN,
)


def trial_use(draft: Draft) -> list[Finding]:
    """The order leaves trial to the trial judge and does not seal material at trial."""
    findings = []
    for clause in draft.clauses():
        if not _TRIAL.search(clause.text) or re.search(
            r"prepar\w*\s+for\s+trial", clause.text, IGN
        ):
            continue
        section = draft.section_of(clause.para)
        if section is not None and section.key in ("good_cause", "purposes", "definitions"):
            continue
        control = _TRIAL_CONTROL.search(clause.text)
        bypass = re.search(r"without\s+(the\s+)?\w+\s+of\s+the\s+trial\s+judge", clause.text, IGN)
        if (
            control
            and not negated_before(clause.text, control.start())
            and (bypass or not TRIAL_CARVE_OUT.search(_EXCEPTIONS.sub(" ", clause.text)))
        ):
            findings.append(
                _find(
                    "trial-use",
                    clause.para,
                    "the order controls the use of "
                    "designated material at trial or hearings, which is for the "
                    "trial judge",
                    clause.para.text.find(control.group(0)),
                )
            )
    if not findings and not any(
        _TRIAL.search(c.text) and TRIAL_CARVE_OUT.search(_EXCEPTIONS.sub(" ", c.text))
        for c in draft.clauses()
    ):
        where = draft.section_heading(r"scope|duration")
        findings.append(
            _find(
                "trial-use",
                where,
                "the order never says that it does not govern "
                "trial or that the trial judge decides use at trial",
            )
        )
    return _one_per_paragraph(findings)


# --- duration-retains-jurisdiction ----------------------------------------------------

_RETAIN = re.compile(
    r"\b(retain\w*|reserve\w*|keep\w*|maintain\w*|have|has|hold\w*)\s+(continuing\s+|exclusive\s+|its\s+)?"
    r"jurisdiction\b[^.;]{0,120}\b(after|following|beyond|terminat\w*|conclu\w*|final\s+disposition|"
    r"indefinitely|clos\w*|ends?)\b|\bcontinuing\s+jurisdiction\b|\bjurisdiction\b[^.;]{0,60}\b(shall|will)\s+"
    r"(survive|continue)|\bjurisdiction\b[^.;]{0,60}\b(shall|will)\s+(remain|continue|survive)\b"
    r"[^.;]{0,40}\b(court|after|following|beyond)|\bjurisdiction\b[^.;]{0,40}\b(is|shall\s+be)\s+retained"
    r"|\b(retain\w*|reserve\w*)\s+(continuing\s+|exclusive\s+|its\s+)?jurisdiction\b"
    r"|\bcontinues?\s+to\s+have\s+jurisdiction\b",
    IGN,
)
_FOREVER = re.compile(
    r"\b(surviv\w*|remain\s+in\s+(full\s+)?(force|effect)|remain\s+binding|continue\s+to\s+(be\s+)?"
    r"(binding|in\s+effect|apply))\b[^.]{0,120}\b(terminat\w*|final\s+(disposition|judgment)|"
    r"conclusion|end)\b|\b(even\s+after|after)\s+(the\s+)?(final\s+(disposition|judgment)|termination|"
    r"conclusion)\b[^.]{0,160}\b(remain|surviv|continu)\w*|\b(indefinitely|in\s+perpetuity|forever|"
    r"permanently|without\s+limit\s+of\s+time)\b|\bdo(es)?\s+not\s+(end|expire|terminate)\s+(when|"
    r"upon|at|with)\b",
    IGN,
)


_PERPETUAL = re.compile(
    r"\b(indefinitely|in\s+perpetuity|forever|permanently|without\s+limit\s+of\s+time)\b", IGN
)
# "For all other Protected Material, the duties survive ...": material used at trial excepted.
_NOT_AT_TRIAL = re.compile(
    r"\bfor\s+all\s+other\s+(protected\s+)?material\b|\b(other\s+than|except(\s+for)?)\s+(protected\s+)?"
    r"material\s+(used|offered|introduced)\s+(at|in)\s+trial\b|\bnot\s+used\s+at\s+trial\b",
    IGN,
)


def duration_retains_jurisdiction(draft: Draft) -> list[Finding]:
    """Warn on retained jurisdiction, and on confidentiality lasting past the case."""
    findings = []
    seen: set[tuple[int, str]] = set()
    for clause in draft.clauses():
        text = clause.text
        retain = _RETAIN.search(text)
        key = (clause.para.number, "retain")
        if retain and not negated_before(text, retain.start()) and key not in seen:
            seen.add(key)
            findings.append(
                _find(
                    "duration-retains-jurisdiction",
                    clause.para,
                    "the Court is to retain jurisdiction after the case ends; judges may strike "
                    "this",
                    clause.para.text.find(retain.group(0)),
                )
            )
            continue
        forever = _FOREVER.search(text)
        key = (clause.para.number, "forever")
        if forever and _NOT_AT_TRIAL.search(text) and not _PERPETUAL.search(text):
            forever = None  # survival limited to material not used at trial: the model's rule
        if (
            forever
            and not _TRIAL.search(text[: forever.start()][-40:])
            and re.search(r"confidential|order|obligation|protect|provision|terms", text, IGN)
            and not re.search(r"\bjurisdiction\b|exhibit\s+a|acknowledg", text, IGN)
            and key not in seen
        ):
            seen.add(key)
            findings.append(
                _find(
                    "duration-retains-jurisdiction",
                    clause.para,
                    "confidentiality lasts beyond final disposition with no rule that material "
                    "used at trial becomes public",
                    clause.para.text.find(forever.group(0)),
                )
            )
    return findings
