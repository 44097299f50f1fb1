"""Heuristics that tell a category a judge can apply, and a harm fact a judge can weigh,
from labels and boilerplate.

C.D. Cal. magistrate judges reject good-cause statements that could fit any case
(Phillips v. GM, 307 F.3d 1206; Foltz, 331 F.3d 1122; Kamakana, 447 F.3d 1172) and
categories defined by labels or by the designator's belief.  These checks are a
documented heuristic, not a legal judgment; each returns a reason a person can act on.
They were tuned on the dev third of a corpus written by someone who had not read them,
and are scored on its held-out two thirds (tests/case/test_quality_corpus.py).

Category names, judged by what they are (README, "Categories and harm facts"):

1. ``category-catch-all``: an open or circular set: a residual phrase ("any other",
   "including but not limited to", "and the like"), the designator's belief or a
   designation ("deems", "in good faith", "designated"), publication status ("which has
   not been made public"), a later agreement ("as defined by the parties"), who produced
   it ("produced by", "produced in response to"), or "all/any" documents, materials,
   information or data (everything).
2. ``category-conclusory``: the head of the name, the noun it is a kind of, is abstract
   ("information", "data", "material", "matters", "know-how", "secrets", "methods")
   and the name says neither where it is kept ("... contained in the intake logs",
   "... from the drivers' handsets") nor which fields it holds ("..., namely names and
   addresses", "(names, balances)"); or the head is a generic document word
   ("documents", "records", "files", "materials", "communications", "reports") with
   only words of quality, ownership or broad subject in front of it ("internal",
   "business", "financial", "confidential", a party's name).  An adjective never makes
   "information" concrete.

Harm facts, rules applied in order:

1. ``harm-too-short``: fewer than ``MIN_HARM_WORDS`` words.
2. ``harm-no-consequence``: no clause says what disclosure *would* do: no "would",
   "could", "might", "may", "will" or "can" before a verb.  Describing the material, its
   value, its storage, the law that protects it or the parties' agreement is not a harm.
3. ``harm-repeats-category``: nearly every content word of the harm already appears in
   the category's name and description, so the harm adds no fact.
4. ``harm-boilerplate``: no consequence clause says something of its own: once the
   stock words of boilerplate ("competitive harm", "irreparable", "annoyance,
   embarrassment, oppression", "goodwill", "business relationships", "privacy rights",
   "delay") and the category's words are set aside, the clause adds no word the
   sentence had not already said before it ("... would hurt Sunland Burger Systems"),
   or its sentence names fewer than ``MIN_CONSEQUENCE_WORDS`` specific words, or it is
   only "would be harmed in its business".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_HARM_WORDS = 8
MIN_CONSEQUENCE_WORDS = 3
REPEAT_SHARE = 0.8

HARM_EXAMPLE = (
    "e.g. \"Acme's per-customer freight rates would let Borealis's competitors in the "
    'Inland Empire underbid Acme on the 2025 warehouse contracts at issue": what is '
    "disclosed, who could misuse it, and what would follow in this case"
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower().strip("'’-") for w in _WORD.findall(text)]


@dataclass(frozen=True)
class Finding:
    """Why a text fails a heuristic; ``code`` is a stable diagnostic code."""

    code: str
    message: str
    hint: str


# --- categories ------------------------------------------------------------------------

CATCH_ALL = re.compile(
    r"\b(any|all)\s+other\b|\bincluding,?\s+(but\s+)?not\s+limited\s+to\b|\bor\s+otherwise\b"
    r"|\band\s+the\s+like\b|\betc\b\.?|\bamong\s+other\s+things\b|\bwhatsoever\b"
    r"|\bbelieves?\b.*\b(confidential|protect)|\bin\s+good\s+faith\b|\bdeems?\b|\bconsiders?\b"
    r"|\bdesignated\b|\bdesignation\b|\blegend\b"
    r"|\b(not|never)\s+(been\s+)?(made\s+)?(public|publicly)\b|\bnot\s+generally\s+known\b"
    r"|\bas\s+(defined|agreed)\s+by\b|\bthe\s+parties\s+agree\b"
    r"|\bproduced\s+(by|in|during)\b|\bexchanged\s+in\s+discovery\b"
    r"|^\s*(everything|anything)\b|^\s*(all|any)\s+(such\s+)?(documents?|materials?|information|"
    r"data|records?|files?|things|items|communications|papers|writings)\b",
    re.IGNORECASE,
)
ABSTRACT_HEADS = frozenset(
    """information info data material matter matters know-how knowledge secrets secret
    details content contents things items methods practices strategy strategies techniques
    processes affairs""".split()  # noqa: SIM905
)
GENERIC_HEADS = frozenset(
    """documents document records record files file materials papers communications
    correspondence writings reports report""".split()  # noqa: SIM905
)
# Words that say how valuable, private or whose something is, or name a broad subject:
# in front of a generic document word they do not say which documents.
NOT_CONCRETE = frozenset(
    """confidential proprietary sensitive commercially competitively commercial financial
    business internal non-public nonpublic private personal privileged secret strategic
    technical corporate company other certain various relevant related such highly
    protected restricted official important valuable legal general miscellaneous
    additional applicable the a an its their our his her party parties defendant
    defendants plaintiff plaintiffs all any some security-sensitive competitive
    operational economic""".split()  # noqa: SIM905
)
# After an abstract head, these say where the information is kept or what it holds.
_SOURCE = re.compile(
    r"\b(contained|recorded|kept|stored|maintained|listed|shown|entered|logged|found)\s+(in|on)\b"
    r"|\b(in|on|from)\s+(the\s+|a\s+|its\s+|their\s+)?[\w'’-]+(\s+[\w'’-]+){0,4}\s+"
    r"(logs?|reports?|records?|charts?|files?|databases?|systems?|handsets?|devices?|"
    r"forms?|applications?|statements?|returns?|ledgers?|spreadsheets?|accounts?|cards?|"
    r"servers?|exports?|footage|recordings?|notes?)\b"
    r"|\bnamely\b|\bconsisting\s+of\b|\bthat\s+is\b|\bi\.e\.",
    re.IGNORECASE,
)
_CONCRETE_AFTER = re.compile(r"^\s*(with|between|from|exported|sent|received|issued|filed)\b")
_CUT = re.compile(
    r"\s(of|for|from|in|on|at|about|to|with|by|between|under|contained|containing|reflecting|"
    r"relating|related|regarding|concerning|pertaining|showing|identified|exported|produced|"
    r"prepared|commissioned|covering|submitted|maintained|kept|generated|created|sent|"
    r"received|issued|filed|listing|ranking|which|that|who|whose|namely|including|such)\b"
    r"|[,;:]",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\s*\([^)]*\)")


def _heads(name: str) -> tuple[list[tuple[str, list[str]]], str, bool]:
    """The name's head nouns with the words before each, what follows them, and whether a
    parenthesis follows the head (an enumeration of fields)."""
    cut = _CUT.search(name)
    region, after = (name[: cut.start()], name[cut.start() :]) if cut else (name, "")
    enumerated = bool(re.search(r"\(", after)) or bool(re.search(r"\)\s*$", region))
    region = _PAREN.sub(" ", region)
    heads = []
    for conjunct in re.split(r"\s+(?:and|or|&)\s+|/", region):
        words = [w.lower().strip("'’.") for w in conjunct.split() if w.strip("'’.")]
        if words:
            heads.append((words[-1], words[:-1]))
    return heads, after, enumerated


def _concrete(before: list[str]) -> bool:
    return any(w not in NOT_CONCRETE and not w.endswith(("'s", "s'", "’s", "s’")) for w in before)


def judge_category_name(name: str) -> Finding | None:
    """Return why a category name is a catch-all or a label, or None."""
    if CATCH_ALL.search(name):
        return Finding(
            "category-catch-all",
            "category is a catch-all (open-ended, or defined by belief, designation, "
            "publication or who produced it); the court requires a closed list of "
            "concrete document types",
            'name one kind of document per category, e.g. "customer pricing '
            'spreadsheets" or "employee payroll records"',
        )
    heads, after, enumerated = _heads(name)
    for head, before in heads:
        if head in ABSTRACT_HEADS and not (_SOURCE.search(after) or enumerated):
            return Finding(
                "category-conclusory",
                f"category name {name!r} is a label: {head!r} is not a kind of document, "
                "and the name says neither where it is kept nor which fields it holds",
                f'name the record ("... {head} contained in the intake logs") or the fields '
                '("..., namely names and home addresses"), e.g. "patient intake forms"',
            )
        if head in GENERIC_HEADS and not _concrete(before) and not _CONCRETE_AFTER.match(after):
            return Finding(
                "category-conclusory",
                f"category name {name!r} does not say which {head}: the words before "
                f"{head!r} only say whose, how private or what broad subject",
                'say what kind: "payroll records", "personnel files", "supplier '
                'contracts", "failure-analysis reports"',
            )
    return None


def judge_category_description(description: str) -> Finding | None:
    """Return why a description defines the category by belief or catch-all, or None."""
    if _DESCRIPTION_CATCH_ALL.search(description):
        return Finding(
            "category-catch-all",
            "description defines the category by a catch-all or by the designating party's belief",
            "describe which documents are in the category, not who believes they are "
            'confidential; drop "any other" and "including but not limited to"',
        )
    return None


_DESCRIPTION_CATCH_ALL = re.compile(
    r"\b(any|all)\s+other\b|\bincluding,?\s+but\s+not\s+limited\s+to\b|\bor\s+otherwise\b"
    r"|\bbelieves?\b.*\b(confidential|protect)|\bin\s+good\s+faith\b|\bdeems?\b|\bwhatsoever\b",
    re.IGNORECASE,
)

# --- harm facts -----------------------------------------------------------------------

_MODAL = re.compile(
    r"\b(would|could|might|may|will|can|'d)\b(?=[\s,])\s*(not\s+|also\s+|then\s+)?"
    r"|\b(enough|needs?|able)\s+to\b|\bso\s+that\b",
    re.IGNORECASE,
)
_GENERIC_EFFECT = re.compile(
    r"^\s*(be\s+|been\s+)?(harmed|damaged|hurt|injured|prejudiced|disadvantaged|affected|"
    r"impacted|harm|damage|hurt|injure|prejudice|suffer)\b"
    r"(\s+(in|to|with|by)\s+(its|their|his|her|the)(\s+[\w'’-]+){1,3})?\s*$",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\s+(if|when|once|unless|should)\b.*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does for from had has have
    he her hers him his how i if in into is it its itself may might must no nor not of on
    or our ours she should so such than that the their theirs them then there these they
    this those to too under until upon us very was we were what when where which while who
    whom why will with would you your any all other others also only own same both each
    few more most some one cannot given many years""".split()  # noqa: SIM905
)
# The vocabulary of boilerplate: words that say that harm follows without saying what.
STOCK = frozenset(
    """harm harms harmed harmful harming damage damaged damages damaging injure injured
    injury injuries injurious prejudice prejudiced prejudicial hurt suffer suffers suffered
    cause causes caused affect affected impact impacted undermine undermined jeopardize
    compromise compromised disadvantage disadvantaged benefit benefits advantage unfair
    embarrass embarrassed embarrassment annoyance oppression oppressive burden burdensome
    undue irreparable irreparably substantial substantially serious seriously significant
    significantly great greatly severe severely grave competitive competitively
    competitor's business businesses interest interests position positions marketplace
    market relationships relationship goodwill reputation reputational standing privacy
    private invade invaded invasion confidential confidentiality sensitive proprietary
    party parties producing designating disclosure disclose disclosed disclosing public
    publicly information material materials documents document litigation lawsuit case
    action lose losing loss lost edge undone chill chilling candid review ongoing
    investigation investigations contrary unfair security safety commercial commercially
    financial financially secret secrets trade value valuable detriment detrimental
    risk risks threat threaten threatened negatively adversely adverse object objection
    objections request requests litigate litigating delay delaying delayed each motion
    motions dispute disputes court time resources expense cost costs efficient efficiently
    protected protect protection order orders expose exposed exposure result resulting
    partners suppliers vendors customers clients nature industry invested investment
    resources system systems violate violates violated violation infringe rights right
    individuals individual persons person people concerned involved""".split()  # noqa: SIM905
)


def _content(words: list[str]) -> set[str]:
    return {w for w in words if w and w not in STOPWORDS and len(w) > 2}


def _stems(words: set[str]) -> set[str]:
    """Words compared without a plural or possessive ending ("franchisees" = "franchisee")."""
    return {re.sub(r"(?:'s|’s|s'|s’|s)$", "", w) or w for w in words}


def _consequences(harm: str) -> list[tuple[str, str, str]]:
    """(what the sentence says before, the consequence clause, the whole sentence) for
    each consequence marker ("would", "could", "enough to") in ``harm``."""
    out = []
    for match in _MODAL.finditer(harm):
        starts = [m.end() for m in _SENTENCE_END.finditer(harm, 0, match.start())]
        start = starts[-1] if starts else 0
        end = _SENTENCE_END.search(harm, match.end())
        stop = end.start() if end else len(harm)
        clause = harm[match.end() : stop]
        nxt = _MODAL.search(clause)
        out.append(
            (
                harm[start : match.start()],
                clause[: nxt.start()] if nxt else clause,
                harm[start:stop],
            )
        )
    return out


def judge_harm(harm: str, category_name: str, category_description: str) -> Finding | None:
    """Return why ``harm`` is not a specific harm fact, or None when it passes."""
    words = _words(harm)
    if len(words) < MIN_HARM_WORDS:
        return Finding(
            "harm-too-short",
            f"harm fact has {len(words)} words; a specific harm needs at least {MIN_HARM_WORDS}",
            HARM_EXAMPLE,
        )
    clauses = _consequences(harm)
    if not clauses:
        return Finding(
            "harm-no-consequence",
            "harm fact describes the material, its value or the law that protects it, but "
            'never says what disclosure would cause (no "would" or "could" clause)',
            HARM_EXAMPLE,
        )
    known = _stems(_content(_words(f"{category_name} {category_description}")))
    specific = _stems(_content(words) - STOCK)
    if specific and len(specific & known) / len(specific) >= REPEAT_SHARE:
        return Finding(
            "harm-repeats-category",
            "harm fact only repeats the category's name and description; say what "
            "disclosure would do, and to whom",
            HARM_EXAMPLE,
        )
    specific_enough = False
    for before, clause, sentence in clauses:
        if _GENERIC_EFFECT.match(_CONDITION.sub("", clause)):
            continue  # "would be harmed in its business": says that, not how
        new = _stems(_content(_words(clause)) - STOCK) - _stems(_content(_words(before))) - known
        whole = _stems(_content(_words(sentence)) - STOCK) - known
        specific_enough |= len(new) >= 1 and len(whole) >= MIN_CONSEQUENCE_WORDS
    if not specific_enough:
        return Finding(
            "harm-boilerplate",
            "harm fact is boilerplate that could fit any case: it says that harm would "
            "follow, but not who could do what with this material, or what would happen",
            HARM_EXAMPLE,
        )
    return None
