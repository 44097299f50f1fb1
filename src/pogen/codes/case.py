"""Codes of the case-file diagnostics: reading, schema and court rules (exit code 1 or 2)."""

from __future__ import annotations

from pogen.codes.entry import Code
from pogen.codes.entry import code as _c

CASE_CODES: dict[str, Code] = {
    # Reading the file (pogen.load, pogen.case.firm): exit code 2, or 1 for firm problems.
    "not-toml": _c(
        "Not a .toml file",
        "Case files are TOML files whose name ends in .toml.",
        "Rename the file or pass the right path.",
    ),
    "file-not-found": _c(
        "No such case file",
        "The path does not exist or is a directory.",
        "Check the path; `pogen new PATH.toml` starts a new case file.",
    ),
    "file-unreadable": _c(
        "Case file cannot be read",
        "The operating system refused to open the file.",
        "Check the file's permissions.",
    ),
    "file-too-large": _c(
        "Case file too large",
        "A case file is a few kilobytes; pogen refuses files over 1,000,000 bytes.",
        "Check that you passed the case file and not a document or an archive.",
    ),
    "encoding": _c(
        "Not UTF-8",
        "The file is saved in another encoding (UTF-16, Latin-1, Windows-1252).",
        "Save the file as UTF-8 in your editor.",
    ),
    "empty-file": _c(
        "Empty file",
        "The case file has no content.",
        "Start from `pogen new PATH.toml` or copy a file from case_data/.",
    ),
    "toml-syntax": _c(
        "TOML syntax error",
        "The file is not valid TOML at the line and column shown.",
        "Check quotes, brackets and commas, and that each key appears once in its table.",
    ),
    "too-deep": _c(
        "Values nested too deep",
        "Arrays or inline tables are nested more than 50 levels deep; no case file needs "
        "that, and thousands of levels would overflow the TOML parser.",
        "Remove the extra brackets at the line and column shown.",
    ),
    "firm-file": _c(
        "Firm file problem",
        "The firm file named by `extends` does not exist or cannot be read.",
        "Fix the `extends` path (relative to the case file) or the firm file itself.",
    ),
    "unknown-attorney": _c(
        "Unknown firm attorney",
        "A [[counsel]] entry's `attorney` handle names no [attorneys.<handle>] table in "
        "the firm files that apply to this case file.",
        "Correct the handle or add the attorney to the firm file.",
    ),
    "placeholder": _c(
        "Placeholder left",
        "A <<...>> placeholder written by `pogen new` has not been replaced, so the "
        "order cannot be rendered.",
        "Replace the placeholder with the real value; the message names the field.",
    ),
    # Schema (pogen.case.validate): exit code 1.
    "unknown-key": _c(
        "Unknown key",
        "The key is not part of the case-file format (or of the firm-file format). "
        "Unknown keys are errors so that a typo never silently drops a clause.",
        "Fix the spelling (the hint suggests the closest key) or delete the key.",
    ),
    "missing-key": _c(
        "Required key missing",
        "A required field is absent.",
        "Add the key; docs/reference/case-fields.md lists every field with an example.",
    ),
    "wrong-type": _c(
        "Wrong type",
        "The value has the wrong TOML type (e.g. a number where text is expected, or a "
        "string where a list is expected).",
        'Quote text ("..."), use [ ... ] for lists and true/false (unquoted) for options; '
        "a date is year-month-day, 2026-11-20.",
    ),
    "not-allowed": _c(
        "Value not allowed",
        "The field takes one of a fixed set of values.",
        "Use one of the values the message lists.",
    ),
    "empty-value": _c(
        "Empty value",
        "A required text field is an empty string.",
        "Write the value, or delete the key if it is optional.",
    ),
    "too-short": _c(
        "Too short",
        "Text or a list is shorter than the field allows (e.g. a one-word nature of "
        "the action, a one-line address, a single party).",
        "Add what is missing; the message gives the minimum.",
    ),
    "too-long": _c(
        "Too long",
        "Text or a list is longer than the field allows (e.g. a short title that "
        "would not fit the footer).",
        "Shorten it; the message gives the maximum.",
    ),
    "schema": _c(
        "Other schema rule",
        "A schema rule without a more specific code failed.",
        "Read the message; docs/reference/case-fields.md describes the field.",
    ),
    "bad-id": _c(
        "Malformed party id",
        "Party ids are short keys: lowercase letters, digits, - and _, starting with a letter.",
        'Use e.g. id = "acme" and refer to it in counsel.represents.',
    ),
    "bad-bar-number": _c(
        "Malformed bar number",
        "A State Bar of California number is 4 to 6 digits, not starting with 0.",
        "Write the digits only, e.g. 123456.",
    ),
    "bad-phone": _c(
        "Malformed telephone number",
        "The telephone is not a U.S. number.",
        "Write e.g. (213) 555-0100, optionally with an extension: (213) 555-0100 x12.",
    ),
    "bad-email": _c(
        "Malformed e-mail address",
        "The e-mail address is not of the form name@domain.tld.",
        "Write e.g. jdoe@doeroe.com.",
    ),
    "bad-attorney": _c(
        "Malformed attorney handle",
        "Attorney handles start with a letter and use letters, digits, - and _.",
        'Use the table name from the firm file, e.g. attorney = "jdoe".',
    ),
    "multi-line": _c(
        "Line break in a one-line field",
        "Names, address lines, e-mail and the case number must be on one line.",
        "Join the lines; only `address` takes several lines, as a list of strings.",
    ),
    "control-character": _c(
        "Invisible control character",
        "The text contains a control, bidirectional-override or other character that "
        "cannot appear in a court filing (often pasted in from a PDF or e-mail).",
        "Delete the character named in the message (retype the text around it).",
    ),
    "whitespace": _c(
        "Stray whitespace",
        "A value starts or ends with a tab, line break or other non-space whitespace.",
        "Remove the leading or trailing whitespace.",
    ),
    # Court rules and cross-field checks (pogen.case.validate): exit code 1.
    "bad-case-number": _c(
        "Malformed case number",
        "The case number is not written as C.D. Cal. captions it, with the district "
        "and magistrate judges' initials.",
        "Write e.g. 2:24-cv-07416-SRM-SSC or CV 11-00531 CAS (SSx).",
    ),
    "division-mismatch": _c(
        "Case number and division disagree",
        "The case number's office prefix belongs to another division.",
        "2:/CV = western, 8:/SACV = southern, 5:/EDCV = eastern; fix one of the two.",
    ),
    "judge-unknown": _c(
        "Magistrate judge not in the registry",
        "pogen does not know the magistrate judge, so it does not know the discovery "
        "notation the caption needs, and it never guesses.",
        "Add judges.caption_notation with the judge's required wording, verbatim, or "
        "correct the name (`pogen judges` lists the registry).",
    ),
    "notation-required": _c(
        "Caption notation required",
        "The judge is in the registry but no sourced discovery notation is on record.",
        "Add judges.caption_notation with the wording from the judge's procedures page.",
    ),
    "judge-initials-mismatch": _c(
        "Judge initials do not match the case number",
        "The magistrate initials in the case number are not the registry initials of "
        "judges.magistrate.",
        "Check judges.magistrate against the case number on the docket.",
    ),
    "duplicate-party": _c(
        "Party listed twice",
        "Two parties share an id or a name.",
        "Delete the duplicate or give each party its own id.",
    ),
    "party-sides": _c(
        "Caption lacks a side",
        "No party is a plaintiff, or none is a defendant.",
        "Set `role` on each party; a caption needs both sides.",
    ),
    "unknown-party": _c(
        "Counsel represents an unknown party",
        "counsel.represents names an id that no [[parties]] entry has.",
        "Use a party id (the hint suggests the closest).",
    ),
    "unrepresented-party": _c(
        "Party without counsel",
        "No attorney's `represents` list names this party.",
        "Add the party's id to some counsel's `represents`.",
    ),
    "duplicate-counsel": _c(
        "Attorney listed twice",
        "Two [[counsel]] entries share a bar number.",
        "Merge them: one entry can represent several parties.",
    ),
    "filer-count": _c(
        "Not exactly one filer",
        "Exactly one attorney files the stipulation and attests to the other "
        "signatures (L.R. 5-4.3.4(a)(2)(i)).",
        "Set filer = true on exactly one [[counsel]] entry.",
    ),
    "good-cause-missing": _c(
        "No categories",
        "Without categories of protected information the GOOD CAUSE STATEMENT has no "
        "facts, and the court rejects the order.",
        "Add at least one [[categories]] table with specific harm facts.",
    ),
    "harm-missing": _c(
        "Category without harm facts",
        "Each category needs at least one harm fact for the GOOD CAUSE STATEMENT.",
        'Add harm = ["..."]: what disclosure would do, and to whom, in this case.',
    ),
    "harm-too-short": _c(
        "Harm fact too short",
        "A specific harm fact names what would be disclosed, who could misuse it and "
        "what would follow; that takes at least 12 words.",
        "Write a full sentence about this case (see README, What a good harm fact looks like).",
    ),
    "harm-boilerplate": _c(
        "Boilerplate harm fact",
        'Once stock phrases ("competitive harm", "irreparable injury") are removed, '
        "the harm fact names fewer than 5 concrete words: it could fit any case.",
        "Name the information, the person who could misuse it and the consequence.",
    ),
    "harm-repeats-category": _c(
        "Harm fact repeats the category",
        "The harm fact only repeats the category's name and description.",
        "Say what disclosure would do, and to whom.",
    ),
    "duplicate-harm": _c(
        "Harm fact used twice",
        "The same harm fact appears in two places; each must be specific to its category.",
        "Write a harm fact particular to each category.",
    ),
    "category-conclusory": _c(
        "Category is a label",
        'The category name is a label ("personal information", "proprietary '
        'information"), not a type of document.',
        'Name the documents, e.g. "patient intake forms", and describe them.',
    ),
    "category-catch-all": _c(
        "Catch-all category",
        'The category is open-ended ("any other", "including but not limited to") or '
        "defined by the designating party's belief.",
        "Name one concrete kind of document per category.",
    ),
    "duplicate-category": _c(
        "Category listed twice",
        "Two categories have the same name.",
        "Merge them or name each precisely.",
    ),
    "tier-needs-aeo": _c(
        "Highly confidential tier without AEO option",
        'A category has tier = "highly-confidential" but options.attorneys_eyes_only is off.',
        "Turn on options.attorneys_eyes_only or set the tier to confidential.",
    ),
    "aeo-unjustified": _c(
        "AEO tier without a category",
        "The ATTORNEYS' EYES ONLY tier is on, but no category is marked "
        "highly-confidential, so the good cause for it is not shown.",
        'Mark the category that needs it tier = "highly-confidential", or turn the option off.',
    ),
}
