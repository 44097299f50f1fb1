"""Rules on what the order says about this case: good cause, categories, caption, Exhibit A,
signatures.  Each follows the court's reason, not pogen's wording.
"""

from __future__ import annotations

import re

from pogen.check.catalog import IGN
from pogen.check.catalog import finding as _find
from pogen.check.catalog import one_per_paragraph as _one_per_paragraph
from pogen.check.model import Finding, Severity
from pogen.check.paragraphs import Para, strip_number
from pogen.check.text import (
    Draft,
    clauses,
    negated_before,
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
            re.search(r"good\s+cause(?!\s+(appearing|shown|having))", para.text, IGN)
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
_GENERIC_WORDS = frozenset(
    """the a an this that these those it its their there they them such any all each no not
    of to in on for by with from as at into than then also other another same more most
    and or but if so be is are was were been being has have had will would could might may
    can shall should must do does did cause causes caused causing result results resulting
    lead leads harm harms harmful harmed damage damages damaging damaged injury injure
    injurious prejudice prejudicial prejudiced irreparable serious seriously significant
    substantial substantially competitive competitively competitor competitors business
    businesses commercial commercially financial financially economic interest interests
    disclosure disclosures disclose disclosed disclosing release released releasing reveal
    revealed revealing public publicly information material materials document documents
    data records party parties producing receiving designating non-party non-parties
    confidential confidentiality proprietary sensitive private privacy protected protection
    protect order court case action litigation discovery category categories type kind
    disadvantage advantage position standing reputation risk rights right individuals
    individual persons person people concerned involved violate violates violation
    invade invasion intrusion""".split()  # noqa: SIM905
)


# Sentences on why a court order (not a private agreement) is needed: standard, and
# about the order rather than any harm.
_WHY_AN_ORDER = re.compile(
    r"\b(court\s+order|order\s+of\s+the\s+court|protective\s+order|this\s+order|an\s+order|"
    r"private\s+agreement|good\s+cause\s+exists)\b",
    IGN,
)


# What disclosure would do: a harm clause names a consequence.
_CONSEQUENCE = re.compile(
    r"\b(harm|damag|injur|prejudic|expos|undercut|underbid|under-?price|cop(y|ied|ies)|replicat"
    r"|steal|misappropriat|exploit|use|lose|los[st]|reveal|disclos|identif|locat|target|retaliat"
    r"|harass|embarrass|compet|undermin|disadvantag|gain|let|allow|enabl|give|jeopard|compromis"
    r"|breach|violat|invad|invasion|risk|threat|endanger|reduc|lower|ruin|destroy|publish|erod"
    r"|devalu|cost|stigma|discriminat|fraud|theft|poach|solicit|leverag|outbid|imitat)",
    IGN,
)
# "This employment case will involve personnel records": what discovery holds, no harm.
_DESCRIBES = re.compile(
    r"\b(will|would|may|is\s+expected\s+to|are\s+expected\s+to|is\s+likely\s+to)\s+(involve|include"
    r"|require|concern|call\s+for|reach|consist|entail)\b|\b(will|would|may|are\s+to)\s+be\s+"
    r"(produced|exchanged|sought|requested|reviewed)\b"
    # what the case is about: allegations and defences, not harm from disclosure
    r"|\b(alleg(es|ed|ing)|claims?\s+that|contends?|denies|asserts?|sued|arises?\s+(out\s+of|from)"
    r"|seeks?\s+(damages|relief))\b",
    IGN,
)


def _content_words(clause: str) -> set[str]:
    words = {w.lower().strip("'’") for w in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", clause)}
    return {w for w in words if w not in _GENERIC_WORDS and not w.endswith(("'s", "’s"))}


def _specific(clause: str) -> bool:
    """A harm clause that says something particular: two words beyond the generic."""
    return len(_content_words(clause)) >= 2


def good_cause_generic(draft: Draft) -> list[Finding]:
    """The statement shows specific harms in this case, not boilerplate or one formula.

    Each clause under the heading that speaks of harm ("would", "could", "risk",
    "expose", "harm", ...) is specific when, beyond generic words (disclosure, harm,
    competitive, information, party, ...), it says at least two things of its own; the
    model's stock sentences count as nothing.  The statement is boilerplate when no harm
    clause is specific, or when vague ones outnumber specific ones two to one (a formula
    repeated per category)."""
    head, under = draft.good_cause()
    if head is None or not under:
        return []  # good-cause-heading reports a missing or empty section
    texts = [p.text for p in under]
    own = [c for t in texts for c in clauses(t) if not _MODEL_STOCK.search(c)]
    harms = [
        c
        for c in own
        if (_HARMISH.search(c) or _CONSEQUENCE.search(c))
        and not _WHY_AN_ORDER.search(c)
        and not _DESCRIBES.search(c)
    ]
    specific = {" ".join(sorted(_content_words(c))) for c in harms if _specific(c)}
    vague = [c for c in harms if not _specific(c)]
    formula = len(vague) >= 2 and len(vague) >= 2 * len(specific)
    if specific and not formula:
        return []
    stock = sum(1 for t in texts for c in clauses(t) if _MODEL_STOCK.search(c))
    why = (
        "it is the model's generic paragraph"
        if stock and not harms
        else "it states no specific harm that disclosure would cause in this case"
        if not specific
        else "most categories state only a formula of harm, not a harm particular to this case"
    )
    return [
        _find(
            "good-cause-generic",
            next((p for p in under if vague[0][:40] in p.text), under[0]) if vague else under[0],
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
    r"good\s+cause|categor|enumerated|(listed|described|identified)\s+(in|above|below)|section\s+1"
    r"|paragraph\s+1|part\s+1|set\s+(out|forth)\s+(in|above)",
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
        section = draft.section_of(clause.para)
        defining = (
            section is not None and section.key in ("definitions", "good_cause")
        ) or _DEFINES_PROTECTED.search(text)
        unlimited = _UNLIMITED.search(text) if defines and defining else None
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


_DEFINES_PROTECTED = re.compile(
    r"\b(protected\s+material|confidential\w*(\s+(information|material))?)[\"”']?\s+(means|shall"
    r"\s+mean|includes|is\s+defined)",
    IGN,
)
_CONCRETE = re.compile(
    r"\b(files|records|reports|schedules|contracts|lists|statements|returns|charts|source\s+code"
    r"|drawings|blueprints|surveys|manuals|spreadsheets|agreements|invoices|e-?mails|workpapers"
    r"|plans|ledgers|rosters|transcripts|applications|forms|recordings|footage)\b",
    IGN,
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
        # Neither tied to the good-cause categories nor naming a document type: abstract.
        if definition.strip():
            return [
                _find(
                    "categories-overbroad",
                    where,
                    "CONFIDENTIAL is defined by labels, by designation or by Rule 26(c) alone, "
                    "not by the good-cause categories or by document types",
                )
            ]
        return []
    return []


# --- caption-discovery-notation -------------------------------------------------------

_NOTATION = re.compile(
    r"discovery\s+(matter|document)|referred\s+to\s+(the\s+)?(hon\w*\s+)?(united\s+states\s+)?"
    r"magistrate\s+judge",
    IGN,
)


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[\[\]]", " ", text).lower().split())


def caption_discovery_notation(draft: Draft) -> list[Finding]:
    """The caption carries the notation the assigned magistrate judge requires.

    An error only before a judge whose procedures require a notation (the registry's
    ``notation_required``), where it must be that judge's words; before a judge whose
    cases carried one without a sourced requirement, a note; otherwise nothing."""
    caption = draft.caption()
    title = next((p for p in caption if re.search(r"protective\s+order", p.text, IGN)), None)
    where = title or (caption[0] if caption else None)
    judge = draft.judge.judge
    text = _folded(" ".join(p.text for p in caption))
    if judge is not None and judge.notation_required and judge.notation:
        if _folded(judge.notation) in text:
            return []
        carried = next((p for p in caption if _NOTATION.search(p.text)), None)
        detail = f' ("{carried.text}")' if carried is not None else ""
        return [
            _find(
                "caption-discovery-notation",
                carried or where,
                f"Magistrate Judge {judge.name}'s procedures require the caption notation "
                f'"{judge.notation}", verbatim; the caption '
                + ("carries another notation" + detail if carried else "has none"),
            )
        ]
    if any(_NOTATION.search(p.text) for p in caption):
        return []
    if judge is not None and judge.notation:
        return [
            _find(
                "caption-discovery-notation",
                where,
                f'orders in Magistrate Judge {judge.name}\'s cases carried "{judge.notation}" in '
                "the caption (no sourced requirement); the caption has none",
                severity=Severity.NOTE,
            )
        ]
    return []


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
    (
        re.compile(
            r"agent\s+for\s+service|(agent|accept\w*)\b[^.]{0,60}\bservice\s+of\s+process", IGN
        ),
        "a California agent for service of process",
    ),
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
