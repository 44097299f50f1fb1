"""The disputes rule: challenges and violations reach the Court only through L.R. 37
(the 37-1 letter and conference, the 37-2 joint stipulation), with the burden on the
Designating Party.  Follows the court's reason, not pogen's wording.
"""

from __future__ import annotations

import re

from pogen.check.catalog import IGN
from pogen.check.catalog import finding as _find
from pogen.check.catalog import one_per_paragraph as _one_per_paragraph
from pogen.check.model import Finding, Severity
from pogen.check.text import CITE_L37, Draft, negated_before

# --- disputes-bypass-l37 --------------------------------------------------------------

_DISPUTE = re.compile(
    r"challeng|dispute|disagree|contest|\bobject(s|ion|ing)?\b|de-?designat|violat", IGN
)
_MOTION = re.compile(
    r"\b(file|bring|serve|make|submit|present)\s+(a|an|its|their|the|any|such)\s+([\w-]+\s+){0,2}?"
    r"(motion|application|letter(\s+brief)?)\b|\bmove\s+(the\s+court|for|to)\b|"
    r"\bletter(\s+brief)?\s+to\s+the\s+(court|magistrate|judge)|\bex\s+parte\b(?!\s+re-?exam)|"
    r"\bseek\s+(a\s+)?(ruling|relief)\b|\bpetition\s+the\s+court\b|\b(noticed|formal)\s+motion\b|"
    r"\b(by|through|via|upon)\s+(a\s+|an\s+)?(noticed\s+|formal\s+|written\s+)?motion\b|\bseek\s+an?\s+order\b|\bby\s+"
    r"(a\s+|an\s+)?([\w-]+\s+){0,2}?letter(\s+brief)?\b|\bbr(ing|ought)\s+((the|any|such|a)\s+"
    r"(dispute|challenge|matter)\s+)?(before|to)\s+the\s+(court|magistrate|judge)\b"
    # an application to the Court of the parties' own
    r"|\bapply\s+(\w+\s+){0,2}?to\s+the\s+(court|magistrate|judge)\b|\bapply\s+for\s+an?\s+order\b"
    # a message of the parties' own to the judge
    r"|\b(e-?mail|letter|call|message|submission)\b[^.;]{0,20}?\bto\s+(the\s+)?(court|chambers|"
    r"magistrate|judge)\b"
    # a party's own order to show cause or hearing (not the Court's power to issue one)
    r"|\b(appl\w*|proceed\w*|mov\w*|seek\w*|request\w*)\s+(\w+\s+){0,2}?(by|for)\s+(an?\s+)?order\s+to\s+"
    r"show\s+cause\b|\bhearing\s+noticed\s+by\b|\bnoticed\s+hearing\b"
    r"|\b[\w-]+-page\s+(statement|brief|letter|submission)"
    # a briefing schedule of the parties' own
    r"|\bbriefed\b|\b(opening|opposition|reply|responsive|moving)\s+(brief|papers|memorand\w*)\b"
    r"|\bbriefing\s+schedule\b",
    IGN,
)
_DEADLINE = re.compile(
    r"\bwithin\s+\S+\s+(\(\d+\)\s+)?(business\s+|court\s+|calendar\s+)?days\b|\b\S+\s+(\(\d+\)\s+)?"
    r"(business\s+|court\s+|calendar\s+)?days['’]?\s+(notice|after|following|from|later)\b|\bshortened"
    r"\s+time\b|\bno\s+later\s+than\s+\S+\s+(\(\d+\)\s+)?(business\s+|court\s+|calendar\s+)?days\b",
    IGN,
)
# "notwithstanding Local Rule 37", "instead of a joint stipulation": L.R. 37 named to be set
# aside.
_REPLACES_L37 = re.compile(
    r"\b(instead\s+of|in\s+lieu\s+of|in\s+place\s+of|rather\s+than|notwithstanding|regardless\s+of|"
    r"without(\s+(the\s+)?(regard\s+to|following|complying\s+with|using|need\s+for|necessity\s+of))?|"
    r"dispens\w*\s+with|opt\w*\s+out\s+of|waiv\w*|forgo\w*|disregard\w*|set\s+aside|exempt\w*\s+from|"
    r"suspend\w*|need\s+not\s+(follow|comply\s+"
    r"with|use)|outside|replac\w*)\s*,?\s+((under|through|by|pursuant\s+to|the\s+procedures?\s+"
    r"of)\s+)?(a\s+|the\s+|any\s+)?(joint\s+stipulation|(civil\s+)?(l\.\s*r\.|local\s+"
    r"rules?)\s*37|37-[1-4])",
    IGN,
)
_BARE_WITHOUT = re.compile(r"without\s+(a\s+|the\s+|any\s+)?(joint|l\.|local|civil|37)", IGN)
_AUTO_LOSS = re.compile(
    r"\b(lose|loses|forfeit|forfeits)\b[^.;]{0,40}\b(protection|designation|confidential)"
    r"|\b(designation|protection)\b[^.;]{0,40}\b(shall|will)\s+be\s+(deemed\s+)?(withdrawn|"
    r"waived|removed|lifted)|\bdeemed\s+(withdrawn|waived|de-?designated)|\b(designations?|"
    r"protection)\s+(is|are|shall\s+be|will\s+be)\s+(deemed\s+)?(waived|withdrawn|lost|"
    r"forfeited|void)|\b(automatically\s+)?(waives?|forfeits?|terminates?|ends|extinguish\w*)\s+(the|its|"
    r"their|any|such)\s+(confidentiality\s+)?(designation|protection|confidential)"
    # "constitutes a waiver", "the designation ... is void", "lapses", or self-help:
    # "may treat the material as non-confidential"
    r"|\b(constitut\w*|result\w*\s+in|operat\w*\s+as|amount\w*\s+to|deemed)\s+(a\s+|an\s+)?(waiver|"
    r"withdrawal|forfeiture|abandonment|de-?designation)\b|\b(designations?|protections?)\b[^.;]{0,120}?"
    r"\b(is|are|shall\s+be|will\s+be|becomes?|shall\s+become)\s+(deemed\s+)?(void|null|waived|"
    r"withdrawn|lost|forfeited|lapsed|vacated|of\s+no\s+(further\s+)?(force|effect))\b|\b(designations?|protections?)\b[^.;]{0,80}?\b(laps"
    r"\w*|expir\w*|dissolv\w*)\b|\b(treat\w*|handl\w*|regard\w*)\b[^.;]{0,40}?\bas\s+(non-?"
    r"confidential|not\s+(designated|confidential|protected)|undesignated|public|unprotected)\b|\bno"
    r"\s+longer\s+(be\s+)?(protected|confidential|subject\s+to|designated)\b|\b(operat\w*|serv\w*|"
    r"suffic\w*)\s+to\s+(remove|strip|cancel|lift|void|end|terminate|waive)\b|\bdeemed\s+(granted|"
    r"sustained|conceded|accepted|upheld|successful|meritorious)\b|\b(becom\w*|is|are|shall\s+be|will\s+"
    r"be)\s+(deemed\s+)?(non-?confidential|undesignated|unprotected|de-?designated)\b|\bmay\s+(disclose|"
    r"use|publish|share|disseminate)\b[^.;]{0,40}?\b(freely|without\s+(restriction|limitation)|"
    r"publicly|as\s+it\s+(sees|wishes|chooses))|\b(taken|treated|construed|deemed|regarded)\s+as\s+(an?\s+)?"
    r"(consent|agreement|acquiescence|concession)\s+to\b",
    IGN,
)
# Who bears the burden, said of the burden itself: "the burden ... shall be on the
# Challenging Party", "the Receiving Party bears the burden".  Not "expense and burden on
# other Parties ... may expose the Challenging Party to sanctions" (the model's sentence).
_SHIFTED = re.compile(
    r"\b(the\s+)?burden(\s+of\s+(persuasion|proof|showing|establishing|demonstrating)\b[^.;,()]{0,40})?"
    r"\s+(shall\s+be|is|will\s+be|rests?|lies|falls?|shall\s+rest|shall\s+fall)\s+(on|upon|with)\s+the\s+"
    r"(challenging|receiving|objecting|moving|non-?designating)\s+part|\b(challenging|receiving|objecting|moving)"
    r"\s+part(y|ies)\s+(shall\s+|will\s+|must\s+)?(bears?|ha(s|ve)|carr(y|ies))\s+the\s+burden"
    # the challenger made to prove its case: "the Party objecting ... must prove"
    r"|\b((challenging|receiving|objecting|moving|non-?designating)\s+part(y|ies)|part(y|ies)\s+"
    r"(objecting|challenging|disputing|contesting)|part(y|ies)\s+that\s+(objects|challenges|disputes|"
    r"contests)|\b(whoever|anyone\s+who|any\s+(person|one)\s+who)\s+(objects|challenges|disputes|"
    r"contests))\b[^.;]{0,40}?\b(must|shall|will|has\s+to|have\s+to)\s+(prove|show|establish|"
    r"demonstrate|persuade)\b",
    IGN,
)
# Any other party given the burden: "the Party seeking removal of a designation shall bear
# the burden", "the burden ... is on the Party requesting de-designation".
_BEARS = re.compile(
    r"\b(?P<who>(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+)?part(?:y|ies)\b[^.;,]{0,60}?)\s+(?:shall\s+|"
    r"will\s+|must\s+)?(?:bears?|ha(?:s|ve)|carr(?:y|ies))\s+the\s+burden\b|\bburden\b[^.;,]{0,60}?"
    r"\b(?:is|shall\s+be|will\s+be|rests?|lies|falls?)\s+(?:on|upon|with)\s+(?P<on>(?:the\s+|a\s+|any"
    r"\s+)?(?:[\w-]+\s+)?part(?:y|ies)\b[^.;,]{0,40})",
    IGN,
)
_DEFENDER = re.compile(
    r"designating|producing|seek\w*\s+(to\s+)?(protect|maintain|keep|preserv|retain|uphold|"
    r"confidential|seal)|(assert|claim)\w*\s+confidential|defend\w*\s+(the|a|its)\s+designation",
    IGN,
)
_CHALLENGER = re.compile(
    r"challeng|receiv|object|\bmov|seek|request|disput|contest|remov|de-?designat|non-?designat|"
    r"oppos|wish",
    IGN,
)
# "a Party that does not respond ... waives", "any challenge not resolved by agreement":
# a negation inside a condition on the subject, not one governing the clause.
_SUBJECT_NEGATION = re.compile(
    r"\b(?:that|who)\s+(?:[\w-]+\s+){0,3}?(?:(?:does|do|did|has|have|is|are|shall|will|can)\s+not|cannot|(?:does|do|"
    r"did|has|have|is|are)n['’]t)\b|\bnot\s+\w+ed\s+(?:by|within|in|through|after|before)\b",
    IGN,
)


def _burden_shifted(text: str) -> re.Match[str] | None:
    """The burden given to a party other than the Designating (or Producing) Party: one
    named as challenging, or any party described by what it does ("the Party asking to
    lift a designation") that is not the side defending the designation."""
    for match in _BEARS.finditer(text):
        who = match.group("who") or match.group("on") or ""
        if _DEFENDER.search(who) and not re.search(r"non-?designat", who, IGN):
            continue
        if _CHALLENGER.search(who) or re.search(r"\b(that|who|\w+ing)\b", who, IGN):
            return match
    return None


_VERBAL_NEGATION = re.compile(r"\b(?:cannot|can['’]t|not|\w+n['’]t)\b", IGN)
_MODAL = re.compile(r"\b(?:shall|will|may|must)\b(?!\s+not\b)", IGN)
# "agree that they will not ...": a complement, whose negation does govern
_SAYS = re.compile(
    r"\b(agree[sd]?|stipulat\w*|provid\w*|ensur\w*|acknowledg\w*|understand\w*|confirm\w*|"
    r"represent\w*|certif\w*|state[sd]?|ordere?d?|so|such|and)\s*,?\s*$",
    IGN,
)


def _negated(text: str, position: int) -> bool:
    """``negated_before``, blind to negations inside a condition on the subject."""

    def blank(match: re.Match[str]) -> str:
        if _SAYS.search(text[: match.start()]):
            return match.group(0)
        return " " * len(match.group(0))

    masked = _SUBJECT_NEGATION.sub(blank, text)
    # "any challenge the Parties cannot resolve will be submitted": a verb's negation
    # followed by a fresh modal before ``position`` belongs to a clause of its own
    for match in _VERBAL_NEGATION.finditer(masked, 0, position):
        if _MODAL.search(masked, match.end(), position):
            start, end = match.span()
            masked = masked[:start] + " " * (end - start) + masked[end:]
    return negated_before(masked, position)


_PRIVATE_JUDGE = re.compile(
    r"special\s+(\w+\s+)?master|discovery\s+master|arbitrat\w*|referee|(decision|ruling|"
    r"determination)\s+(is|shall\s+be|will\s+be)\s+(final|binding|conclusive|unappealable)|\bneutral\b"
    r"|\bmediator\b|\bprivate\s+judge\b|\b(chosen|selected|appointed|retained|engaged|named|"
    r"agreed\s+upon)\s+(jointly\s+|mutually\s+)?by\s+the\s+parties\b|\b(jointly|mutually)\s+(chosen|"
    r"selected|appointed|retained|engaged)\b|\b(whom|that|who)\s+the\s+parties\s+((shall|will|may)\s+)?"
    r"((jointly|mutually)\s+)?(select|choose|appoint|retain|engage|name)\b|\b(ruling|decision|determination)"
    r"\s+(binds|shall\s+bind|will\s+bind)\b|\bwhose\s+(ruling|decision|determination)\b",
    IGN,
)
_JOINT = re.compile(r"37-2|joint\s+stipulation", IGN)


def disputes_bypass_l37(draft: Draft) -> list[Finding]:
    """Challenges and violations reach the Court only through L.R. 37."""
    findings = []
    for clause in draft.clauses():
        text = clause.text
        section = draft.section_of(clause.para)
        where = section.key if section else ""
        disputes = where in ("challenges", "violation") or _DISPUTE.search(text)
        if (
            not disputes
            or where in ("non_parties", "subpoenas")
            or re.search(r"non-?part|subpoena", text, IGN)
        ):
            continue
        replaced = _REPLACES_L37.search(text)
        if replaced and _negated(text, replaced.start()):
            replaced = None  # "supplements, and does not replace, L.R. 37-1"
        if replaced and _BARE_WITHOUT.match(replaced.group(0)) and not _MOTION.search(text):
            replaced = None  # "a motion filed without a joint stipulation is disregarded"
        cites = not replaced and (
            CITE_L37.search(text) or re.search(r"joint\s+stipulation", text, IGN)
        )
        loss = _AUTO_LOSS.search(text)
        motion = _MOTION.search(text)
        problem: tuple[re.Match[str] | None, str] | None = None
        private = _PRIVATE_JUDGE.search(text)
        if loss and not _negated(text, loss.start()):
            problem = (loss, "protection is lost automatically, outside the L.R. 37 procedure")
        elif private and not _negated(text, private.start()):
            problem = (
                private,
                "a decision-maker of the parties' choosing replaces the Court's L.R. 37 procedure",
            )
        elif (shifted := _SHIFTED.search(text) or _burden_shifted(text)) and not _negated(
            text, shifted.start()
        ):
            problem = (
                shifted,
                "the burden is put on the challenging side; it stays with the Designating Party",
            )
        elif replaced:
            problem = (
                replaced,
                "the parties set up their own motion procedure instead of the L.R. 37-1 letter "
                "and conference and the L.R. 37-2 joint stipulation",
            )
        elif (
            motion
            and not _negated(text, motion.start())
            # a deadline of the parties' own is a bypass even next to a L.R. 37-1 cite
            and (not cites or (_DEADLINE.search(text) and not _JOINT.search(text)))
        ):
            timed = " on a deadline of the parties' own" if _DEADLINE.search(text) else ""
            problem = (
                motion,
                f"the parties set up their own motion procedure{timed} instead of "
                "the L.R. 37-1 letter and conference and the L.R. 37-2 joint stipulation",
            )
        if problem and problem[0] is not None:
            findings.append(
                _find(
                    "disputes-bypass-l37",
                    clause.para,
                    problem[1],
                    clause.para.text.find(problem[0].group(0)),
                )
            )
    if not any(CITE_L37.search(p.text) for p in draft.order):
        anchor = draft.section_heading(r"challeng") or draft.first(re.compile(r"challeng", IGN))
        findings.append(
            _find(
                "disputes-bypass-l37",
                anchor,
                "challenges are not routed through "
                "L.R. 37 (no L.R. 37-1 or 37-2 procedure is named)",
            )
        )
    findings += _pre_motion_conference(draft)
    return _one_per_paragraph(findings)


def _pre_motion_conference(draft: Draft) -> list[Finding]:
    """A note where the judge requires an informal conference before discovery motions
    and the challenge procedure does not mention one (a judge's practice, not a sourced
    ground of rejection)."""
    judge = draft.judge.judge
    if judge is None or not judge.pre_motion_conference:
        return []
    paras = draft.provision("challenges")
    text = " ".join(p.text for p in paras)
    if re.search(r"\b(informal|telephonic|video|pre-?motion)\b[^.;]{0,40}\bconference", text, IGN):
        return []
    return [
        _find(
            "disputes-bypass-l37",
            draft.heading_of("challenges") or (paras[0] if paras else None),
            f"Magistrate Judge {judge.name} requires an informal pre-motion conference before "
            f"a discovery motion ({judge.pre_motion_conference_source}); the challenge "
            "procedure does not mention it",
            severity=Severity.NOTE,
        )
    ]
