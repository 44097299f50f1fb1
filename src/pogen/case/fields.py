"""Building blocks of the case-file schema: one helper per kind of field, and the item
tables of the case file's arrays (parties, counsel, categories).

Plain data, no Cerberus (``pogen.case.validator`` applies it).  Every field has a
``meta`` label, help text and example: they feed error messages, ``pogen new``, the
generated field reference and the JSON Schema.
"""

from __future__ import annotations

from typing import Any

# Field kinds decide what whitespace means (see README, "Text in case files"):
#   line  - one line; newline and tab are errors
#   prose - running text; line breaks and runs of spaces fold into one space
LINE = "line"
PROSE = "prose"

ID_REGEX = r"[a-z][a-z0-9_-]*"
PHONE_REGEX = r"(\+1 )?\(?[2-9][0-9]{2}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4}( (x|ext\.?) ?[0-9]{1,6})?"
EMAIL_REGEX = r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"


def text(
    label: str,
    help_: str,
    example: str,
    *,
    kind: str = LINE,
    required: bool = True,
    minlength: int = 1,
    maxlength: int = 200,
    **rules: Any,
) -> dict[str, Any]:
    """A string field."""
    return {
        "type": "string",
        "required": required,
        "empty": False,
        "minlength": minlength,
        "maxlength": maxlength,
        "coerce": kind,
        "check_with": kind,
        "meta": {"label": label, "help": help_, "example": example, "kind": kind},
        **rules,
    }


def text_or_false(label: str, help_: str, example: str, *, maxlength: int) -> dict[str, Any]:
    """A one-line string, or ``false`` to say "none" without printing a word."""
    rule = text(label, help_, example, required=False, maxlength=maxlength)
    rule["type"] = ["string", "boolean"]
    rule["meta"]["or_false"] = True
    return rule


def table(
    label: str, help_: str, fields: dict[str, Any], *, required: bool = True
) -> dict[str, Any]:
    """A TOML table with a fixed set of keys."""
    return {
        "type": "dict",
        "required": required,
        "schema": fields,
        "meta": {"label": label, "help": help_},
    }


def flag(label: str, help_: str) -> dict[str, Any]:
    """A true/false option, false when absent."""
    return {
        "type": "boolean",
        "required": False,
        "default": False,
        "meta": {"label": label, "help": help_, "example": "false"},
    }


def choice(
    label: str, help_: str, allowed: list[str], *, default: str | None = None
) -> dict[str, Any]:
    """One of a fixed list of keywords (never printed as typed)."""
    rule: dict[str, Any] = {
        "type": "string",
        "required": default is None,
        "allowed": allowed,
        "meta": {"label": label, "help": help_, "example": default or allowed[0]},
    }
    if default is not None:
        rule["default"] = default
    return rule


def lines(label: str, help_: str, item: dict[str, Any], **rules: Any) -> dict[str, Any]:
    """A list of strings (address lines, harm facts, case numbers)."""
    return {"type": "list", "schema": item, "meta": {"label": label, "help": help_}, **rules}


def date_or_text(label: str, help_: str, example: str) -> dict[str, Any]:
    """A TOML date (printed "March 14, 2025"), or the words to print (e.g. "None set")."""
    rule = text(label, help_, example, required=False, maxlength=40)
    rule["type"] = ["date", "string"]
    return rule


def address(required: bool = True) -> dict[str, Any]:
    return lines(
        "Office address",
        "Street and city lines, one string per line (2 to 4 lines).",
        text(
            "Address line", "One line of the address.", "100 Main Street, Suite 200", maxlength=80
        ),
        required=required,
        minlength=2,
        maxlength=4,
    ) | {
        "meta": {
            "label": "Office address",
            "help": "Street and city lines, one string per line (2 to 4 lines).",
            "example": '["100 Main Street, Suite 200", "Los Angeles, California 90012"]',
        }
    }


def phone(label: str, help_: str, *, required: bool = True) -> dict[str, Any]:
    return text(label, help_, "(213) 555-0100", required=required, maxlength=30, regex=PHONE_REGEX)


def email(help_: str, *, required: bool = True) -> dict[str, Any]:
    return text(
        "E-mail", help_, "jdoe@doeroe.com", required=required, maxlength=120, regex=EMAIL_REGEX
    )


ROLES = [
    "plaintiff",
    "defendant",
    "third-party-defendant",
    "plaintiff-intervenor",
    "defendant-intervenor",
]
ALSO_ROLES = [
    "counterclaimant",
    "counter-defendant",
    "cross-claimant",
    "cross-defendant",
    "third-party-plaintiff",
]
APPEARANCES = ["counsel", "pro-se", "not-appeared"]

PARTY = table(
    "Party",
    "One party in the caption, named as captioned.",
    {
        "id": text(
            "Party id",
            "Short key used by `counsel.represents` (letters, digits, -, _).",
            "acme",
            maxlength=40,
            regex=ID_REGEX,
        ),
        "name": text(
            "Name",
            "The party's name exactly as captioned, without its descriptor (\"Acme "
            'Widgets, Inc.", "DOES 1 through 20, inclusive").',
            "Acme Widgets, Inc.",
            maxlength=160,
        ),
        "descriptor": text(
            "Descriptor",
            'What the caption says after the name ("a Delaware corporation", "individually '
            'and on behalf of all others similarly situated"); shown in the caption only, '
            "never in running text.",
            "a Delaware corporation",
            required=False,
            maxlength=200,
        ),
        "role": choice(
            "Role",
            "The party's side: plaintiff, defendant, third-party-defendant, "
            "plaintiff-intervenor or defendant-intervenor.",
            ROLES,
        ),
        "also": lines(
            "Further roles",
            "Roles the caption adds to the side's role word (\"Defendant and "
            'Counterclaimant"): counterclaimant, counter-defendant, cross-claimant, '
            "cross-defendant, third-party-plaintiff.",
            {"type": "string", "allowed": ALSO_ROLES},
            required=False,
            maxlength=4,
        )
        | {
            "meta": {
                "label": "Further roles",
                "help": "Roles the caption adds to the party's role word (\"Defendant and "
                'Counterclaimant"): counterclaimant, counter-defendant, cross-claimant, '
                "cross-defendant, third-party-plaintiff.",
                "example": '["counterclaimant"]',
            }
        },
        "kind": choice(
            "Kind",
            'An entity (company, agency), a person, or "fictitious" for Doe defendants '
            "(shown in the caption and counted in role plurals; they never sign).",
            ["entity", "individual", "fictitious"],
        ),
        "et_al": flag(
            "Et al.",
            'True when the caption names this first-named party "et al." for co-parties '
            "the case file does not list; the role word becomes plural.",
        ),
        "appearance": choice(
            "Appearance",
            '"counsel" (represented by a [[counsel]] entry), "pro-se" (appears for itself '
            'and signs; give address, phone and e-mail) or "not-appeared" (not yet served '
            "or appeared; does not sign, and the stipulation says so).",
            APPEARANCES,
            default="counsel",
        ),
        "address": address(required=False),
        "phone": phone("Telephone", "A pro se party's telephone.", required=False),
        "fax": phone("Fax", "A pro se party's fax number, if any.", required=False),
        "email": email("A pro se party's e-mail address.", required=False),
        "filer": flag(
            "Filer",
            "True for a pro se party who files the document (when no attorney files it).",
        ),
    },
)

COUNSEL = table(
    "Counsel",
    "One attorney who signs the stipulation; attorneys of one firm share a block.",
    {
        "attorney": text(
            "Firm attorney",
            "Handle of an [attorneys.<handle>] table in a firm file; copies that "
            "attorney's name, bar number, firm, address, phone, fax and e-mail (README, "
            "Firm defaults). Keys written here win.",
            "jdoe",
            required=False,
            maxlength=40,
            regex=r"[A-Za-z][A-Za-z0-9_-]*",
        ),
        "name": text(
            "Attorney name", "Full name as on the State Bar roll.", "Jane Q. Doe", maxlength=80
        ),
        "bar_number": text(
            "California bar number",
            "State Bar of California number, digits only.",
            "123456",
            maxlength=6,
            regex=r"[1-9][0-9]{3,5}",
        ),
        "firm": text("Firm", "Law firm or office.", "Doe & Roe LLP", maxlength=100),
        "address": address(),
        "phone": phone("Telephone", "Office telephone, U.S. format."),
        "fax": phone("Fax", "Office fax number, if the firm prints one.", required=False),
        "email": email("The attorney's e-mail address."),
        "represents": {
            "type": "list",
            "required": True,
            "minlength": 1,
            "schema": {"type": "string", "empty": False},
            "meta": {
                "label": "Represents",
                "help": "Ids of the parties this attorney represents.",
                "example": '["acme"]',
            },
        },
        "filer": flag(
            "Filer",
            "True for the one attorney who files the document and attests "
            "to the others' signatures (L.R. 5-4.3.4(a)(2)(i)).",
        ),
    },
)

CATEGORY = table(
    "Category",
    "One concrete kind of document to protect, and why.",
    {
        "id": text(
            "Category id",
            "Short key, needed only when another category's `harm_from` refers to this one.",
            "payroll",
            required=False,
            maxlength=40,
            regex=ID_REGEX,
        ),
        "name": text(
            "Category name",
            'A concrete document type, not a label such as "personal information".',
            "Customer freight-rate schedules",
            maxlength=120,
        ),
        "description": text(
            "Description",
            "What documents fall in the category, concretely.",
            "Rate sheets and amendments negotiated with each shipper, 2019-2024.",
            kind=PROSE,
            minlength=30,
            maxlength=1200,
        ),
        "harm": {
            "type": "list",
            "required": False,
            "minlength": 1,
            "maxlength": 8,
            "schema": text(
                "Harm fact",
                "What would happen, to whom, if this were disclosed "
                "without an order; specific to this case.",
                "Competitors could use the rate sheets to underbid Acme on the "
                "2025 warehouse contracts at issue.",
                kind=PROSE,
                maxlength=1200,
            ),
            "meta": {
                "label": "Harm facts",
                "help": "One or more specific harm facts; each becomes part of the GOOD "
                "CAUSE STATEMENT. May be left out when `harm_from` names a category "
                "whose harm facts serve this one.",
                "example": '["..."]',
            },
        },
        "harm_from": {
            "type": "list",
            "required": False,
            "minlength": 1,
            "maxlength": 4,
            "schema": {"type": "string", "empty": False},
            "meta": {
                "label": "Harm shared from",
                "help": "Ids of categories whose harm facts also serve this category; "
                "the GOOD CAUSE STATEMENT refers to them instead of repeating them.",
                "example": '["payroll"]',
            },
        },
        "tier": choice(
            "Tier",
            '"highly-confidential" marks a category that may be designated HIGHLY '
            "CONFIDENTIAL – ATTORNEYS' EYES ONLY; needs options.attorneys_eyes_only.",
            ["confidential", "highly-confidential"],
            default="confidential",
        ),
    },
)
