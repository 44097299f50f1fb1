"""The rejection grounds of ``rejections.md``, one function per rule ID.

Each rule follows the court's reason, not pogen's wording: patterns accept synonyms,
"Local Rule", "L.R." and "Civil L.R.", and typed or automatic numbering.  They are
heuristics over the text a reader sees (see :mod:`pogen.check.reader`); the README and
``docs/check-rules.md`` say what they can miss.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pogen.check.model import Finding, Rule, Severity
from pogen.check.reader import Para, strip_number
from pogen.check.text import (
    CITE_795,
    CITE_L37,
    TRIAL_CARVE_OUT,
    Draft,
    clauses,
    excerpt,
    negated_before,
)
from pogen.quality import judge_harm

IGN = re.IGNORECASE
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
                    "the GOOD CAUSE STATEMENT is boilerplate that could fit any case: it names "
                    "nothing particular to this case"
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
                    "CONFIDENTIAL is defined by abstract labels or Rule 26(c) alone, not by the "
                    "good-cause categories"
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
                    "the parties set up their own motion procedure{deadline} instead of the L.R. "
                    "37-1 letter and conference and the L.R. 37-2 joint stipulation"
                ),
                (
                    "challenges are not routed through L.R. 37 (no L.R. 37-1 or 37-2 procedure is"
                    " named)"
                ),
            ),
        ),
        Rule(
            "caption-discovery-notation",
            E,
            "discovery caption notation",
            "the magistrate judge's discovery notation (e.g. DISCOVERY MATTER or "
            "[Discovery Document: Referred to Magistrate Judge ...]) belongs in the caption",
            "the caption on page 1 carries a discovery notation",
            "add the assigned magistrate judge's notation under the case number and title "
            "(see `pogen judges`)",
            messages=(
                (
                    "the caption has no discovery notation (e.g. DISCOVERY MATTER); discovery "
                    "documents must carry the magistrate judge's notation"
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
            "Gaylor v. Morin; Powell v. City of Barstow: the order must state that it does "
            "not bind the Court or court personnel",
            "the order exempts the Court and its personnel and gives them no duties",
            "add one sentence: this Order does not bind the Court or its personnel, who "
            "follow the Court's own procedures for lodged and filed material",
            messages=(
                "the order gives the Court or its staff duties; it cannot bind them",
                "the order never says that it does not bind the Court or court personnel",
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


def _find(rule: str, para: Para | None, message: str, start: int = 0) -> Finding:
    spec = RULES[rule]
    return Finding(
        rule=rule,
        severity=spec.severity,
        paragraph=para.number if para else 0,
        excerpt=excerpt(para.text, start) if para else "",
        message=f"{spec.cite}: {message}",
        hint=spec.hint,
    )


# --- good-cause-heading ---------------------------------------------------------------


def good_cause_heading(draft: Draft) -> list[Finding]:
    """A heading GOOD CAUSE STATEMENT, in those words, with a paragraph under it."""
    head, under = draft.good_cause()
    if head is not None:
        if not any(len(p.text.split()) >= 8 for p in under):
            return [
                _find(
                    "good-cause-heading",
                    head,
                    "the GOOD CAUSE STATEMENT heading has no paragraph under it",
                )
            ]
        return []
    near = None
    for para in draft.order:
        if (
            re.search(r"good\s+cause", para.text, IGN)
            and para.heading
            and len(para.text.split()) <= 8
        ):
            near = para
            break
    if near is not None:
        return [
            _find(
                "good-cause-heading",
                near,
                f'the heading reads "{strip_number(near.text)}";'
                ' the court requires "GOOD CAUSE STATEMENT" in those words',
            )
        ]
    recital = draft.first(re.compile(r"good\s+cause", IGN))
    where = (
        "good cause appears only in the recitals" if recital else "no GOOD CAUSE STATEMENT section"
    )
    return [
        _find(
            "good-cause-heading",
            recital,
            f"{where}; the order needs a section headed GOOD CAUSE STATEMENT",
        )
    ]


# --- good-cause-generic ---------------------------------------------------------------

# Sentences of the model's generic paragraph: they count as no showing at all.
_MODEL_STOCK = re.compile(
    r"likely\s+to\s+involve\s+trade\s+secrets|customer\s+and\s+pricing\s+lists|expedite\s+the\s+"
    r"flow|prompt\s+resolution\s+of\s+disputes|ends\s+of\s+justice|tactical\s+reasons|good\s+"
    r"faith\s+belief|non-?public\s+manner|special\s+protection\s+from\s+public|generally\s+"
    r"unavailable\s+to\s+the\s+public|reasonable\s+necessary\s+uses|among\s+other\s+things|"
    r"otherwise\s+protected\s+from\s+disclosure\s+under\s+state\s+or\s+federal",
    IGN,
)
_HARMISH = re.compile(
    r"\b(would|could|might|will|may|can)\b|\brisk|\bexpos|\bharm|\binjur|\bprejudic|\bundercut"
    r"|\bunderbid|\bidentity|\bharass|\bretaliat|\bsteal|\bcopy|\breplicat",
    IGN,
)
_GENERIC_CAPITALS = frozenset(
    """a an the this that these those it its in on of for to and or if any all each no
    such as by with from under court order party parties action protected material
    materials confidential highly attorneys eyes only designating receiving producing
    non-party non-parties rule rules federal civil procedure local good cause statement
    plaintiff plaintiffs defendant defendants california united states district central
    section exhibit discovery information items counsel disclosure see id l.r.
    judge magistrate clerk stipulated protective""".split()  # noqa: SIM905
)


def _specific_markers(texts: list[str]) -> set[str]:
    """Names and numbers that tie text to one case: mid-sentence capitals, digits."""
    markers: set[str] = set()
    for text in texts:
        for sentence in clauses(text):
            words = re.findall(r"[A-Za-z][\w'’.-]*|\d[\d,.]*", sentence)
            for i, word in enumerate(words):
                bare = word.strip(".,'’").lower()
                if word[0].isdigit() and not re.fullmatch(r"\d{1,2}", word.strip(".,")):
                    markers.add(bare)
                elif i and word[0].isupper() and bare not in _GENERIC_CAPITALS:
                    markers.add(re.sub(r"['’]s$", "", bare))
    return markers


def good_cause_generic(draft: Draft) -> list[Finding]:
    """The statement shows this case's facts and a specific harm, not boilerplate."""
    head, under = draft.good_cause()
    if head is None:
        return []  # good-cause-heading reports it; the generic test needs the section
    texts = [p.text for p in under]
    own = [c for t in texts for c in clauses(t) if not _MODEL_STOCK.search(c)]
    specific_harm = [c for c in own if _HARMISH.search(c) and judge_harm(c, "", "") is None]
    markers = _specific_markers(own)
    stock = sum(1 for t in texts for c in clauses(t) if _MODEL_STOCK.search(c))
    if specific_harm and (len(markers) >= 2 or len(specific_harm) >= 2):
        return []
    if not under:
        return []  # good-cause-heading reports an empty section
    why = (
        "it is the model's generic paragraph"
        if stock and not specific_harm
        else "it states no specific harm that disclosure would cause in this case"
        if not specific_harm
        else "it names nothing particular to this case"
    )
    return [
        _find(
            "good-cause-generic",
            under[0],
            f"the GOOD CAUSE STATEMENT is boilerplate that could fit any case: {why}",
        )
    ]


# --- categories-overbroad -------------------------------------------------------------

_BELIEF = re.compile(
    r"\b(designating|producing|disclosing)\s+part(y|ies)\b[^.;]{0,80}?\b(reasonably\s+|in\s+good"
    r"\s+faith\s+)?(believes?|considers?|deems?)\b"
    r"|\b(believes?|deems?|considers?)\s+(in\s+good\s+faith\s+)?(to\s+be\s+|is\s+|are\s+)?"
    r"(confidential|proprietary|sensitive|protect)"
    r"|\bin\s+(its|their)\s+(sole\s+)?(discretion|judgment|opinion)\b",
    IGN,
)
_CATCH_ALL = re.compile(
    r"\b(any|all)\s+other\s+(confidential|proprietary|sensitive|non-?public|private|commercial"
    r"|business|personal|similar|such)\b|\bor\s+other\s+(confidential|proprietary|sensitive)"
    r"\s+(information|material|documents|data)|\bany\s+information\s+that\s+(is|may\s+be)\s+"
    r"(confidential|proprietary|sensitive)",
    IGN,
)
_UNLIMITED = re.compile(r"\bincluding,?\s+(but\s+not|without)\s+limit(ed|ation)\b", IGN)
_DEFINES = re.compile(
    r"\b(means?|shall\s+mean|defined|includes?|including|consists?|qualif\w*|may\s+designate"
    r"|may\s+be\s+designated|information\s+or\s+items|refers?\s+to|covers?)\b",
    IGN,
)
_CONFIDENTIAL_DEF = re.compile(
    r"^[\"“”']?confidential[\"“”']?\s*(information|material|documents?|discovery\s+material)?"
    r"[\"“”']?\s*(or\s+items)?[\"“”']?\s*(:|\.|means|shall\s+mean|is\s+defined|refers|includes"
    r"|is\s+information)",
    IGN,
)
_TIED = re.compile(
    r"good\s+cause|categor|enumerated|listed\s+(in|above|below)|section\s+1|paragraph\s+1|set\s+"
    r"(out|forth)\s+(in|above)",
    IGN,
)
_LABELS = re.compile(
    r"proprietary|personal\s+information|sensitive|business\s+information|commercial\s+information"
    r"|trade\s+secret|policies\s+and\s+procedures|26\(c\)|private\s+information|financial\s+"
    r"information",
    IGN,
)


def categories_overbroad(draft: Draft) -> list[Finding]:
    """Protected material is defined by concrete types, not belief, labels or catch-alls."""
    findings: list[Finding] = []
    _head, under = draft.good_cause()
    in_good_cause = {p.number for p in under}
    for clause in draft.clauses():
        text = clause.text
        defines = _DEFINES.search(text) and re.search(r"confidential|protect|designat", text, IGN)
        belief = _BELIEF.search(text)
        if belief and defines and not negated_before(text, belief.start()):
            findings.append(
                _find(
                    "categories-overbroad",
                    clause.para,
                    "protection turns on the "
                    "designating party's belief, not on what the material is",
                    clause.para.text.find(belief.group(0)),
                )
            )
            continue
        catch = _CATCH_ALL.search(text)
        unlimited = _UNLIMITED.search(text) if defines else None
        if catch and (defines or clause.para.number in in_good_cause):
            findings.append(
                _find(
                    "categories-overbroad",
                    clause.para,
                    f'"{catch.group(0)}" is a catch-all, not a category',
                    clause.para.text.find(catch.group(0)),
                )
            )
        elif unlimited and re.search(r"confidential", text, IGN) and not _TIED.search(text):
            findings.append(
                _find(
                    "categories-overbroad",
                    clause.para,
                    "the definition is open-"
                    'ended ("including but not limited to"), not a closed list',
                    clause.para.text.find(unlimited.group(0)),
                )
            )
    findings += _definition_labels(draft)
    return _one_per_paragraph(findings)


_CONCRETE = re.compile(
    r"\b(files|records|reports|schedules|contracts|lists|statements|returns|charts|source\s+code"
    r"|drawings|blueprints|surveys|manuals|spreadsheets|agreements|invoices|e-?mails|workpapers"
    r"|plans|ledgers|rosters|transcripts|applications|forms|recordings|footage)\b",
    IGN,
)
_DESIGNATED_ONLY = re.compile(
    r"\b(designates?|designated|marks?|marked|labels?|labell?ed|stamps?|stamped)\b", IGN
)


def _definition_labels(draft: Draft) -> list[Finding]:
    order = draft.order
    for i, para in enumerate(order):
        stripped = strip_number(para.text)
        match = _CONFIDENTIAL_DEF.match(stripped)
        if not match:
            continue
        definition = stripped[match.end() :]
        where = para
        if len(definition.split()) < 6 and i + 1 < len(order):
            where = order[i + 1]
            definition = where.text
        if _TIED.search(definition) or _CONCRETE.search(definition):
            return []
        if _LABELS.search(definition) or _DESIGNATED_ONLY.search(definition):
            return [
                _find(
                    "categories-overbroad",
                    where,
                    "CONFIDENTIAL is defined by abstract "
                    "labels or Rule 26(c) alone, not by the good-cause categories",
                )
            ]
        return []
    return []


def _one_per_paragraph(findings: list[Finding]) -> list[Finding]:
    seen: set[int] = set()
    out = []
    for finding in findings:
        if finding.paragraph not in seen:
            seen.add(finding.paragraph)
            out.append(finding)
    return out


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


_NO_PUBLIC_FILING = re.compile(
    r"\b(shall|must|may|will|can)\s+not\s+be\s+(filed|lodged|placed|made)\s+(publicly|public|in\s+"
    r"the\s+public\s+(record|file|docket)|on\s+the\s+public\s+(record|docket))",
    IGN,
)


def sealing_blanket(draft: Draft) -> list[Finding]:
    """No clause seals designated material by agreement or tells the Clerk to seal it."""
    findings = []
    for clause in draft.clauses():
        if _TRIAL.search(clause.text):
            continue  # sealing at trial or a hearing is a trial-use problem
        match = _SEAL_MANDATE.search(clause.text)
        if match and negated_before(clause.text, match.start()):
            match = None
        # "shall not be filed publicly" seals by agreement too: the negation is the point.
        match = match or _NO_PUBLIC_FILING.search(clause.text)
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


# --- disputes-bypass-l37 --------------------------------------------------------------

_DISPUTE = re.compile(
    r"challeng|dispute|disagree|contest|\bobject(s|ion|ing)?\b|de-?designat|violat", IGN
)
_MOTION = re.compile(
    r"\b(file|bring|serve|make|submit|present)\s+(a|an)\s+(noticed\s+|formal\s+)?(motion|"
    r"application|letter(\s+brief)?)\b|\bmove\s+(the\s+court|for|to)\b|\bletter(\s+brief)?\s+"
    r"to\s+the\s+(court|magistrate|judge)|\bex\s+parte\b|\bseek\s+(a\s+)?(ruling|relief)\b|"
    r"\bpetition\s+the\s+court\b|\b(noticed|formal)\s+motion\b|\bby\s+motion\b|\bseek\s+an?\s+"
    r"order\b",
    IGN,
)
_DEADLINE = re.compile(
    r"\bwithin\s+\S+\s+(\(\d+\)\s+)?(business\s+|court\s+|calendar\s+)?days\b", IGN
)
_AUTO_LOSS = re.compile(
    r"\b(lose|loses|forfeit|forfeits)\b[^.;]{0,40}\b(protection|designation|confidential)"
    r"|\b(designation|protection)\b[^.;]{0,40}\b(shall|will)\s+be\s+(deemed\s+)?(withdrawn|"
    r"waived|removed|lifted)|\bdeemed\s+(withdrawn|waived|de-?designated)|\b(designations?|"
    r"protection)\s+(is|are|shall\s+be|will\s+be)\s+(deemed\s+)?(waived|withdrawn|lost|"
    r"forfeited|void)",
    IGN,
)
_SHIFTED = re.compile(
    r"\bburden\b[^.;]{0,60}\b(challenging|receiving|objecting|moving)\s+part|\b(challenging|"
    r"receiving|objecting|moving)\s+part(y|ies)\s+(shall\s+|will\s+|must\s+)?(bears?|ha(s|ve)|"
    r"carr(y|ies))\s+the\s+burden",
    IGN,
)


_JOINT = re.compile(r"37-2|joint\s+stipulation", IGN)


def disputes_bypass_l37(draft: Draft) -> list[Finding]:
    """Challenges and violations reach the Court only through L.R. 37."""
    findings = []
    for clause in draft.clauses():
        text = clause.text
        if not _DISPUTE.search(clause.para.text) or re.search(r"non-?part|subpoena", text, IGN):
            continue
        cites = CITE_L37.search(text) or re.search(r"joint\s+stipulation", text, IGN)
        loss = _AUTO_LOSS.search(text)
        motion = _MOTION.search(text)
        problem: tuple[re.Match[str] | None, str] | None = None
        if loss and not negated_before(text, loss.start()):
            problem = (loss, "protection is lost automatically, outside the L.R. 37 procedure")
        elif (shifted := _SHIFTED.search(text)) and not negated_before(text, shifted.start()):
            problem = (
                _SHIFTED.search(text),
                "the burden is put on the challenging side; it stays with the Designating Party",
            )
        elif (
            motion
            and not negated_before(text, motion.start())
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
        where = draft.section_heading(r"challeng") or draft.first(re.compile(r"challeng", IGN))
        findings.append(
            _find(
                "disputes-bypass-l37",
                where,
                "challenges are not routed through "
                "L.R. 37 (no L.R. 37-1 or 37-2 procedure is named)",
            )
        )
    return _one_per_paragraph(findings)


# --- caption-discovery-notation -------------------------------------------------------

_NOTATION = re.compile(
    r"discovery\s+(matter|document)|referred\s+to\s+(the\s+)?(hon\w*\s+)?(united\s+states\s+)?"
    r"magistrate\s+judge",
    IGN,
)


def caption_discovery_notation(draft: Draft) -> list[Finding]:
    """The caption on page 1 carries a discovery notation."""
    caption = draft.caption()
    if any(_NOTATION.search(p.text) for p in caption):
        return []
    title = next((p for p in caption if re.search(r"protective\s+order", p.text, IGN)), None)
    where = title or (caption[0] if caption else None)
    return [
        _find(
            "caption-discovery-notation",
            where,
            "the caption has no discovery notation "
            "(e.g. DISCOVERY MATTER); discovery documents must carry the magistrate "
            "judge's notation",
        )
    ]


# --- trial-use ------------------------------------------------------------------------

_TRIAL_CONTROL = re.compile(
    r"\b(remain|shall\s+remain|continue\s+to\s+be|shall\s+be|will\s+be|must\s+be|be\s+kept)\s+"
    r"(sealed|under\s+seal|confidential|protected)\b|\bclos(e|ed|ing)\s+(the\s+)?courtroom\b|"
    r"\bcourtroom\b[^.;]{0,30}\b(closed|cleared)\b|\b(shall|will)\s+be\s+(deemed\s+)?admissible"
    r"|\bseparate\s+agreement\b|\bparties\s+(shall|will|agree\s+to)\s+(agree|meet\s+and\s+confer)"
    r"|\b(filed|lodged|offered|received|presented|admitted|used)\s+under\s+seal\b|\b(shall|must"
    r"|will)\s+(?:\w+\s+){0,3}?under\s+seal\b",
    IGN,
)
_TRIAL = re.compile(r"\b(trial|hearings?|evidentiary)\b", IGN)


def trial_use(draft: Draft) -> list[Finding]:
    """The order leaves trial to the trial judge and does not seal material at trial."""
    findings = []
    for clause in draft.clauses():
        if not _TRIAL.search(clause.text):
            continue
        control = _TRIAL_CONTROL.search(clause.text)
        if (
            control
            and not negated_before(clause.text, control.start())
            and not (TRIAL_CARVE_OUT.search(clause.text))
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
    if not any(_TRIAL.search(c.text) and TRIAL_CARVE_OUT.search(c.text) for c in draft.clauses()):
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
    r"\b(the\s+)?(clerk(\s+of\s+(the\s+)?court)?|court(?!\s+reporter)(\s+(staff|personnel))?|"
    r"chambers)\s+(shall|must|will|is\s+(hereby\s+)?directed\s+to|is\s+ordered\s+to|agrees?\s+to)"
    r"\s+(return|destroy|deliver|maintain|keep|seal|accept|sign|treat|hold|safeguard|handle)\b",
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
        where = draft.section_heading(r"scope")
        findings.append(
            _find(
                "binds-court",
                where,
                "the order never says that it does not bind the Court or court personnel",
            )
        )
    return _one_per_paragraph(findings)


# --- exhibit-a-missing ----------------------------------------------------------------

_FORM_PARTS = (
    (re.compile(r"penalty\s+of\s+perjury", IGN), "the declaration under penalty of perjury"),
    (
        re.compile(r"\bagree\w*\b[^.;]{0,80}\b(comply|abide|bound|obey|follow)", IGN),
        "the agreement to comply",
    ),
    (
        re.compile(
            r"jurisdiction.{0,200}central\s+district\s+of\s+california|central\s+district"
            r"\s+of\s+california.{0,200}jurisdiction",
            IGN,
        ),
        "consent to C.D. Cal. jurisdiction",
    ),
    (
        re.compile(
            r"(after|following|even\s+if|notwithstanding|surviv\w*|continu\w*|beyond)."
            r"{0,80}(terminat|\bend(?:s|ed)?\b|conclu|disposition|clos)",
            IGN,
        ),
        "that the consent lasts after the case ends",
    ),
    (re.compile(r"agent\s+for\s+service", IGN), "a California agent for service of process"),
)


def exhibit_a_missing(draft: Draft) -> list[Finding]:
    """Exhibit A is attached, with all four things the court requires."""
    mention = draft.first(re.compile(r"exhibit\s+a\b|agreement\s+to\s+be\s+bound", IGN))
    form = draft.form
    if not form:
        return [
            _find(
                "exhibit-a-missing",
                mention,
                "Exhibit A (Acknowledgment and Agreement to "
                "Be Bound) is not attached" + (" though the order refers to it" if mention else ""),
            )
        ]
    text = " ".join(p.text for p in form)
    missing = [label for pattern, label in _FORM_PARTS if not pattern.search(text)]
    if missing:
        return [_find("exhibit-a-missing", form[0], "Exhibit A lacks " + ", ".join(missing))]
    return []


# --- signature-attestation ------------------------------------------------------------

# "/s/ Name" and the common "s/ Name"; the name starts with a capital.
_SLASH_S = re.compile(r"(?<![\w/])/?s/\s*([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})")
_ATTEST = re.compile(
    r"5-4\.3\.4|\b(attest|certif|confirm|represent)\w*\b[^.]{0,200}\b(concur\w*|authori[sz]\w*|"
    r"agree\w*|consent\w*|acceptable)",
    IGN,
)


def signature_attestation(draft: Draft) -> list[Finding]:
    """Two or more /s/ signatories need the filer's L.R. 5-4.3.4(a)(2)(i) attestation."""
    signers: dict[str, Para] = {}
    for para in draft.body:
        for match in _SLASH_S.finditer(para.text):
            name = " ".join(match.group(1).lower().split())
            signers.setdefault(name, para)
    if len(signers) < 2 or any(_ATTEST.search(p.text) for p in draft.body):
        return []
    second = list(signers.values())[1]
    return [
        _find(
            "signature-attestation",
            second,
            f"{len(signers)} signatories sign with /s/ "
            "but the filer does not attest that the others concur and authorized filing",
            second.text.find("/s/"),
        )
    ]


# --- duration-retains-jurisdiction ----------------------------------------------------

_RETAIN = re.compile(
    r"\b(retain\w*|reserve\w*|keep\w*|maintain\w*)\s+(continuing\s+|exclusive\s+|its\s+)?"
    r"jurisdiction\b|\bcontinuing\s+jurisdiction\b|\bjurisdiction\b[^.;]{0,40}\b(shall|will)\s+"
    r"(survive|continue)|\bjurisdiction\b[^.;]{0,60}\b(shall|will)\s+(remain|continue|survive)\b"
    r"[^.;]{0,40}\b(court|after|following|beyond)",
    IGN,
)
_FOREVER = re.compile(
    r"\b(surviv\w*|remain\s+in\s+(full\s+)?(force|effect)|continue\s+to\s+(be\s+)?(binding|in\s+"
    r"effect|apply))\b[^.]{0,120}\b(terminat\w*|final\s+disposition|conclusion|end)\b|\b(even\s+"
    r"after|after)\s+(the\s+)?(final\s+disposition|termination|conclusion)\b[^.]{0,160}\b(remain"
    r"|surviv|continu)\w*|\b(indefinitely|in\s+perpetuity|forever)\b",
    IGN,
)


_TRIAL_ENDS = re.compile(
    r"becom\w*\s+(?:part\s+of\s+the\s+)?public|presumptively\s+(?:public|available|open)|not\s+"
    r"extend\s+beyond\s+the\s+(?:commencement|start|beginning)|(?:gives?|provides?)\s+no\s+"
    r"protection\s+once\s+trial|protection\s+ends\s+at\s+trial",
    IGN,
)


def duration_retains_jurisdiction(draft: Draft) -> list[Finding]:
    """Warn on retained jurisdiction, and on confidentiality forever without the trial rule."""
    findings = []
    carve_out = any(_TRIAL_ENDS.search(c.text) for c in draft.clauses())
    for clause in draft.clauses():
        retain = _RETAIN.search(clause.text)
        if retain and not negated_before(clause.text, retain.start()):
            findings.append(
                _find(
                    "duration-retains-jurisdiction",
                    clause.para,
                    "the Court is to "
                    "retain jurisdiction after the case ends; judges may strike "
                    "this",
                    clause.para.text.find(retain.group(0)),
                )
            )
            continue
        forever = _FOREVER.search(clause.text)
        perpetual = re.search(
            r"\b(indefinitely|in\s+perpetuity|forever|permanently)\b", clause.text, IGN
        )
        if (
            forever
            and (perpetual or not carve_out)
            and re.search(r"confidential|order|obligation|protect", clause.text, IGN)
        ):
            findings.append(
                _find(
                    "duration-retains-jurisdiction",
                    clause.para,
                    "confidentiality "
                    "lasts beyond final disposition with no rule that material "
                    "used at trial becomes public",
                    clause.para.text.find(forever.group(0)),
                )
            )
    return _one_per_paragraph(findings)


CHECKS: dict[str, Callable[[Draft], list[Finding]]] = {
    "good-cause-heading": good_cause_heading,
    "good-cause-generic": good_cause_generic,
    "categories-overbroad": categories_overbroad,
    "sealing-blanket": sealing_blanket,
    "sealing-rule-missing": sealing_rule_missing,
    "disputes-bypass-l37": disputes_bypass_l37,
    "caption-discovery-notation": caption_discovery_notation,
    "trial-use": trial_use,
    "binds-court": binds_court,
    "exhibit-a-missing": exhibit_a_missing,
    "signature-attestation": signature_attestation,
    "duration-retains-jurisdiction": duration_retains_jurisdiction,
}
