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
from pogen.check.text import TRIAL_LOCUS, Draft, negated_before

# --- trial-use ------------------------------------------------------------------------
#
# A clause about trial or a hearing is judged by what it does with the material there:
# it *defers* (the trial judge, or the judge at the hearing, decides; the order does not
# govern trial; protection ends and the material becomes public) or it *controls*
# (sealing, closing the courtroom, instructing the jury, admissibility, the parties'
# own agreement or consent, protection carried into trial).  A verb of the order's
# reach ("govern", "apply", "continue") controls when affirmed and defers when
# negated; a verb of protection ending ("becomes public", "loses", "ends") the other way
# round.  A clause that controls and does not defer is the ground.

_ASIDE = re.compile(
    # trial preparation, trial consultants and archival sets are not use at trial
    r"\bprepar\w*\s+(for|of)\s+(the\s+)?trial|\btrial\s+(preparation|consultants?)|\bjury\s+"
    r"(or\s+trial\s+)?consultants?|\bmock\s+jur\w*|\barchiv\w*|\b(retained|engaged|hired)\s+(\w+\s+)?"
    r"for\s+(the\s+)?trial\b"
    # a motion's hearing date is not a hearing where material is shown
    r"|\b(noticed|set|scheduled|calendared)\s+for\s+(a\s+)?hearing|\bhearing\s+date"
    # copies made "as a deposition or trial requires": trial names a purpose, not a use there
    r"|\b(trial|hearing)\s+(requires?|needs?|demands?)\b",
    IGN,
)
# "no Party waives any right to object ... to use in evidence" (the model's 12.2)
_NO_WAIVER = re.compile(r"\bwaive\w*\b[^.;]{0,100}\bobject|\bobject\w*\b[^.;]{0,60}\bwaive", IGN)
_JUDGE = (
    r"(?:(?:trial|presiding|district)\s+judge|judge\s+(?:presiding|hearing|conducting|who\s+"
    r"(?:will\s+)?(?:tr(?:y|ies)|presides?|hears?))|judge\s+at\s+(?:the\s+)?(?:trial|hearing))"
)
# The trial judge (or the Court's own procedures) decides.
_DEFERS = re.compile(
    rf"\bfor\s+the\s+{_JUDGE}|\b{_JUDGE}['’]s\s+(?:own\s+)?(?:orders?|rulings?|procedures?|"
    rf"discretion|decisions?|control|power|powers|authority)|\b(?:governed|controlled|decided|determined|handled|resolved|"
    rf"addressed|managed|settled)\s+by,?\s+"
    rf"(?:the\s+)?(?:orders?\s+of\s+)?(?:the\s+)?{_JUDGE}|\b{_JUDGE}\s+(?:alone\s+)?(?:will\s+|"
    rf"shall\s+|may\s+|must\s+|can\s+)?(?:decide|determin|govern|control|rule|order|direct|find|"
    rf"grant|den(?:y|ies)|declin|adopt|take|seal|conduct|preside)\w*|\b(?:ask|move|request|apply|"
    rf"seek|petition|rais)\w*\b[^.;]{{0,60}}\b{_JUDGE}|\b(?:shown|made|presented|demonstrated|"
    rf"submitted)\s+to\s+the\s+{_JUDGE}|\b{_JUDGE}\s+is\s+shown|\border\s+of\s+the\s+{_JUDGE}"
    r"|\b(?:court['’]s|its)\s+own\s+(?:internal\s+)?procedures|\bcourt['’]s\s+(?:internal\s+)?"
    r"procedures|\bfor\s+the\s+court\s+to\s+(?:decide|determine)|\bthe\s+court\s+(?:will\s+|shall\s+"
    r")?(?:decides?|determines?)\b|\b79-5\b|\b(?:court|judge)['’]s\s+(?:leave|approval|permission)"
    r"|\bleave\s+of\s+(?:the\s+)?court\b",
    IGN,
)
_COMPELLING = re.compile(rf"\bcompelling\s+reasons?\b[^.;]*\b(?:{_JUDGE}|court)\b", IGN)
# "rather than by the trial judge", "the Parties, not the trial judge, ...": the judge
# named only to be displaced.
_BYPASS = re.compile(
    rf"\b(?:rather\s+than|instead\s+of|not)\s+(?:by\s+)?the\s+{_JUDGE}|\bwithout\s+(?:the\s+)?"
    r"\w+\s+of\s+(?:the\s+)?(?:trial\s+)?(?:judge|court)\b",
    IGN,
)
# The order's reach: controls when affirmed, defers when negated ("does not govern trial").
_REACH = re.compile(
    r"\b(?:govern\w*|appl(?:y|ies|ied|ying)|control\w*|extend\w*|cover\w*|reach\w*|bind\w*|"
    r"in\s+(?:full\s+)?(?:force|effect)|continu\w*|surviv\w*|subject\s+to|restrict\w*|limit\w*|"
    r"prevent\w*|decid\w*|determin\w*|operative|effective|applicable|enforceable)\b",
    IGN,
)
# Protection ending: defers when affirmed ("becomes public"), controls when negated.
_ENDING = re.compile(
    r"\b(?:becom\w*|be\s+made|is\s+made|are\s+made)\s+(?:part\s+of\s+the\s+)?(?:public|"
    r"presumptively)|\bpresumptively\s+(?:public|available|open)\b|\b(?:lose|loses|lost|losing|"
    r"strips?|stripp\w*|ends|ended|terminates?|terminated|ceases?|ceased|expires?|expired)\b"
    r"(?!\s+(?:none|nothing|no\b))|"
    r"\b(?:does|do|shall|will|did)\s+(?:not\s+)?(?:end|terminate|cease|expire|lose|strip)\b",
    IGN,
)
_ENDED = re.compile(
    r"\bno\s+longer\b|\b(?:has|have|shall\s+have|will\s+have)\s+no\s+(?:application|effect|force|"
    r"bearing)\b|\bno\s+(?:gives?|provides?|offers?|affords?)?\s*protection\b|\bgives?\s+no\s+"
    r"protection\b|\bsays\s+nothing\b|\bis\s+silent\b|\b(?:pretrial\s+)?discovery\s+(?:only|alone)\b"
    r"|\boutside\s+(?:the\s+(?:scope|reach)\s+of\s+)?this\s+(?:protective\s+)?order\b",
    IGN,
)
# Control, judged with its negation: sealed, kept confidential, the courtroom closed, the
# jury instructed, the parties deciding.
_CONTROL = re.compile(
    r"\b(?:remain\w*|stay\w*|keep\w*|kept|retain\w*|maintain\w*|preserv\w*|treat\w*|held|hold\w*"
    r"|handled|continu\w*)\b[^.;]{0,50}?\b(?:seal\w*|confidential\w*|protect\w*|designat\w*|"
    r"status|restrict\w*|secret|binding)|\b(?:kept|keep\w*|withh[eo]ld\w*|shield\w*|hid\w*)\s+from\s+"
    r"(?:the\s+)?(?:public|press|view)|\bseal(?:ed|ing)?\b|\bunder\s+seal\b|\bin\s+camera\b|"
    r"\bclosed\s+(?:session|hearing|proceeding)|\b(?:courtroom(?!\s+(?:deput|clerk|staff))|gallery)\b|\bclosed\s+to\s+the\s+"
    r"public\b|\bexclud\w*\b[^.;]{0,40}\b(?:courtroom|hearing|trial|proceeding)|\binstruct\w*\b"
    r"[^.;]{0,60}\bjur(?:y|ors?)\b|\bjur(?:y|ors?)\b[^.;]{0,60}\b(?:instruct\w*|sign\w*)|"
    r"\b(?:the\s+)?(?:parties|party|counsel)\b(?:\s*,\s*not\s+the\s+\w+\s+judge\s*,)?\s+(?:alone"
    r"\s+|jointly\s+|then\s+)?(?:shall|will|must|agrees?|stipulates?|intends?|decides?|"
    r"determines?|settles?|negotiates?)\b|\bby\s+(?:separate\s+)?agreement\b|\bamong\s+"
    r"themselves\b|\bagreed\s+(?:procedure|protocol)|\bprotocol\b|\bmeet\s+and\s+confer\b|"
    r"\bredact\w*|\badmissib\w*|\bapprov\w*|\bconsent\b|\b(?:obtain\w*|secur\w*|gets?|without|"
    r"absent|upon)\s+(?:\w+['’]?s?\s+){0,3}?(?:agreement|permission|authori[sz]ation)\b|\b(?:outside|"
    r"out\s+of|away\s+from)\s+(?:the\s+)?(?:presence|view|sight|hearing)\s+of\b|\bin\s+private\b|"
    r"\b(?:spectators?|audience)\b|\b(?:held|given|heard|conducted|taken)\s+in\s+chambers\b|\b(?:lose|loses|lost)\s+(?:none|nothing|no\s+part)\b",
    IGN,
)
# Restrictions that carry their own negation: "may never be read aloud", "No Party may
# offer ...", "may be shown only to ...".
_PROHIBITS = re.compile(
    r"\b(?:may|shall|must|will|can)\s+(?:not|never)\s+(?:then\s+)?(?:be\s+)?(?:\w+\s+)?(?:made\s+"
    r"public|disclos\w*|discuss\w*|shown|show|display\w*|used|use|offer\w*|introduc\w*|read|"
    r"available|accessible|open|"
    r"referr\w*|present\w*|reveal\w*|publish\w*|mention\w*)\b|\b(?:may|shall|must|will|can)\s+"
    r"(?:not|never)\s+(?:\w+\s+){0,4}?(?:public(?:ly)?|press)\b|\bno\s*one\s+(?:but|except|other\s+than)\b|\bnobody\b|\b(?:no|neither)\s+(?:\w+\s+){0,2}?(?:may|"
    r"shall|will|can)\b|\b(?:only|solely|exclusively)\b(?!\s+(?:for|to|in)\s+(?:the\s+)?(?:purposes?|"
    r"prosecut|defen|litigat|this\s+action))|\bnever\b",
    IGN,
)
# What the Duration rule also reads: survival limited to material not used at trial.
_NOT_AT_TRIAL = re.compile(
    r"\bfor\s+all\s+other\s+(protected\s+)?material\b|\b(other\s+than|except(\s+for)?)\s+(protected\s+)?"
    r"material\s+(used|offered|introduced)\s+(at|in)\s+trial\b|\bnot\s+used\s+at\s+trial\b",
    IGN,
)
# "... shall remain sealed unless the trial judge orders otherwise": an exception to the
# parties' own rule, not the trial judge deciding.
_EXCEPTIONS = re.compile(
    r"\b(unless|except\s+as|absent|until)\b[^.;]{0,80}?\b(otherwise|orders?|directs?|rules?)\b"
    r"(\s+(of|by)\s+the\s+(\w+\s+)?(judge|court))?",
    IGN,
)
# What a Scope provision must say (Gaylor, Powell): the order does not govern trial, the
# trial judge does.  Material becoming public at trial (Duration) is not that statement.
_EXCLUDES_TRIAL = re.compile(
    rf"\b(?:not|nothing|neither)\b[^.;]{{0,60}}\b(?:govern|appl(?:y|ies)|control|cover|reach|"
    rf"decide)\w*\b[^.;]{{0,80}}\btrial\b|\btrial\b[^.;]{{0,80}}\b(?:for\s+the\s+{_JUDGE}|"
    rf"(?:governed|controlled|decided)\s+by\s+(?:the\s+)?(?:orders?\s+of\s+)?(?:the\s+)?{_JUDGE}|"
    rf"{_JUDGE}\s+(?:alone\s+)?(?:will\s+|shall\s+|may\s+)?(?:decide|govern|control|determin)\w*|"
    rf"{_JUDGE}['’]s\s+(?:orders?|rulings?|control))",
    IGN,
)
_SKIPPED = ("good_cause", "purposes", "definitions", "sealing_ack")


def _negated(text: str, match: re.Match[str]) -> bool:
    return bool(re.search(r"\b(not|never|no)\b", match.group(0), IGN)) or negated_before(
        text, match.start()
    )


def _defers(text: str) -> bool:
    """The clause leaves the matter to the trial judge or ends protection at trial."""
    if _DEFERS.search(text) or _COMPELLING.search(text):
        return True
    # "is not limited to pretrial proceedings" widens the order: no deferral
    if any(
        _negated(text, m) and not m.group(0).lower().startswith("limited")
        for m in _REACH.finditer(text)
    ):
        return True
    if any(not negated_before(text, m.start()) for m in _ENDED.finditer(text)):
        return True
    return any(not _negated(text, m) for m in _ENDING.finditer(text))


def _controls(text: str) -> re.Match[str] | None:
    """Where the clause controls the material at trial, if it does."""
    for pattern in (_CONTROL, _REACH):
        for match in pattern.finditer(text):
            if not _negated(text, match):
                return match
    for match in _ENDING.finditer(text):
        if _negated(text, match):
            return match  # "does not become public", "does not lose its status"
    return _PROHIBITS.search(text)


def trial_use(draft: Draft) -> list[Finding]:
    """The order leaves trial to the trial judge and does not seal material at trial."""
    findings = []
    for clause in draft.clauses():
        locus = TRIAL_LOCUS.search(clause.text)
        if not locus or _ASIDE.search(clause.text) or _NO_WAIVER.search(clause.text):
            continue
        if _NOT_AT_TRIAL.search(clause.text):
            continue
        section = draft.section_of(clause.para)
        where = section.key if section is not None else ""
        if where in _SKIPPED:
            continue
        if where in ("challenges", "violation", "designation") and not re.search(
            r"\btrial\b|\bcourtroom\b|\bjur(y|ors?)\b", clause.text, IGN
        ):
            continue  # a challenge's hearing, or testimony designated on the record
        text = _EXCEPTIONS.sub(" ", clause.text)
        bypass = _BYPASS.search(text)
        text = _BYPASS.sub(" ", text)
        control = _controls(text)
        if control is None or (not bypass and _defers(text)):
            continue
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
    if not findings and not any(_EXCLUDES_TRIAL.search(c.text) for c in draft.clauses()):
        heading = draft.heading_of("scope", "duration") or draft.section_heading(r"scope|duration")
        findings.append(
            _find(
                "trial-use",
                heading,
                "the order never says that it does not govern "
                "trial or that the trial judge decides use at trial",
            )
        )
    return _one_per_paragraph(findings)


# --- duration-retains-jurisdiction ----------------------------------------------------

_TRIAL = re.compile(r"\b(trial|hearings?|evidentiary|in\s+evidence)\b", IGN)

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
