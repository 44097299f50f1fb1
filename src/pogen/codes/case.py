"""Codes of the case-file diagnostics: reading, schema and court rules (exit code 1 or 2)."""

from __future__ import annotations

from pogen.codes.entry import Code
from pogen.codes.entry import code as _c
from pogen.codes.form import FORM_CODES

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
    "bad-fax": _c(
        "Malformed fax number",
        "The fax number is not a U.S. number.",
        "Write e.g. (213) 555-0101, or delete the key if there is no fax.",
    ),
    "bad-case-number": _c(
        "Case number written with its label",
        'The case number starts with "Case No.", which pogen prints itself.',
        "Write only the number, e.g. 2:24-cv-07416-SRM-SSC.",
    ),
    "case-number-form": _c(
        "Case number in an unrecognised form (warning)",
        "pogen reads the forms C.D. Cal. prints (2:24-cv-07416-SRM-SSC, "
        "CV 11-00531 CAS (SSx), 8:23-CV-00456MRA(ADSx) and their variants). Another form "
        "is printed exactly as written, but its division and judges' initials are not "
        "checked.",
        "Compare the number with the docket; if it is right, nothing needs to change.",
    ),
    "initials-missing": _c(
        "Case number without a judge's initials (warning)",
        "The case number shows no district or no magistrate judge's initials, so they "
        "cannot be checked against the assigned judges.",
        "Write the number as the docket prints it, initials included, if it has them.",
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
        "Add judges.caption_notation with the judge's required wording, verbatim (or "
        "false if the judge requires none), or correct the name (`pogen judges`).",
    ),
    "judge-not-in-registry": _c(
        "Magistrate judge not in the registry (warning)",
        "The case file states the notation, so pogen can render, but it cannot check the "
        "magistrate judge's initials in the case number.",
        "Check the judge's name against the docket; `pogen judges` lists the registry.",
    ),
    "district-judge-unknown": _c(
        "District judge not in the registry (warning)",
        "pogen's district-judge registry does not know the judge, so it cannot check "
        "the district judge's initials or any caption rule that judge imposes.",
        "Check the name against the docket; `pogen judges` lists the registry.",
    ),
    "judge-former": _c(
        "Former judge (warning)",
        "The registry lists the judge as no longer sitting in that role.",
        "Check the docket for the judge now assigned.",
    ),
    "judge-name-title": _c(
        "Judge's name with a title",
        'The judge\'s name starts with "Hon.", "Honorable" or "Judge"; pogen prints '
        '"Hon." in the caption itself.',
        "Write the name only.",
    ),
    "notation-required": _c(
        "Caption notation required",
        "The judge is in the registry but no sourced discovery notation is on record, "
        "and pogen never guesses one.",
        "Add judges.caption_notation with the wording from the judge's procedures page, "
        "or caption_notation = false if the judge requires none.",
    ),
    "notation-word": _c(
        "A word for 'none' as the notation",
        'caption_notation is "none", "N/A" or the like (or true): printed, the caption '
        "would carry that word as its notation.",
        "Write caption_notation = false (no quotes) for no notation, or the notation itself.",
    ),
    "notation-on-record": _c(
        "No notation where one is required",
        "caption_notation = false, but a judge's current procedures (in pogen's "
        "registry, with the source) require a notation in the caption of discovery "
        "documents.",
        "Leave caption_notation out to use the registry's notation.",
    ),
    "notation-differs": _c(
        "Notation omits a required one (warning)",
        "The case file's notation does not contain the words a judge's procedures require.",
        "Leave caption_notation out to use the registry's notation, or include its words.",
    ),
    "no-notation": _c(
        "No discovery notation (warning)",
        "caption_notation = false: the caption carries no discovery notation, which many "
        "accepted orders do, but pogen has no source either way for these judges.",
        "Confirm on the judges' procedures pages; `pogen check` flags a caption without one.",
    ),
    "judge-initials-mismatch": _c(
        "Judge initials do not match the case number",
        "The district or magistrate judge's initials in the case number are not the "
        "registry's initials (read in filed case numbers) of the judge the case file names.",
        "Check judges.district or judges.magistrate and the case number against the docket.",
    ),
    "judge-initials-unconfirmed": _c(
        "Judge initials not confirmed (warning)",
        "The registry's initials for the judge come from third-party sources or none, so "
        "a difference from the case number is reported but not refused.",
        "Check the case number against the docket; nothing needs to change if it is right.",
    ),
    "duplicate-party": _c(
        "Party listed twice",
        "Two parties share an id or a name.",
        "Delete the duplicate or give each party its own id.",
    ),
    "role-pair": _c(
        "Role without its counterpart",
        "A counterclaimant needs a counter-defendant, a cross-claimant a cross-defendant, "
        "and a third-party plaintiff a third-party defendant (and back).",
        "Give the opposing party its role, or `also = [...]`.",
    ),
    "fictitious-party": _c(
        "Doe defendants cannot appear",
        'A party of kind "fictitious" (DOES 1-10) is shown in the caption and counted in '
        "role plurals, but never appears, signs or files.",
        "Delete its appearance, filer and contact keys.",
    ),
    "pro-se-contact": _c(
        "Pro se party without contact details",
        "L.R. 11-3.8(a) puts a pro se party's name, address, telephone and e-mail on the "
        "first page, like an attorney's.",
        "Add address, phone and email to the party.",
    ),
    "contact-not-pro-se": _c(
        "Contact details on a represented party",
        "Only a party appearing pro se prints its own address, telephone and e-mail; "
        "other parties are reached through counsel.",
        'Delete the keys, or set appearance = "pro-se" if the party appears for itself.',
    ),
    "et-al-not-first": _c(
        "et_al not on the first-named party",
        'et_al says the caption names a side\'s first party "et al." for co-parties not '
        "listed; it belongs to that first party.",
        "Move et_al to the side's first party.",
    ),
    "appearance-conflict": _c(
        "Counsel for a party that has no counsel",
        "counsel.represents names a fictitious party, a party appearing pro se or one "
        "that has not appeared.",
        "Remove the id from `represents`, or correct the party's appearance.",
    ),
    "stipulation-sides": _c(
        "No appearing party on one side",
        "Every party on one side of the caption is fictitious or has not appeared, so "
        "there is no one to stipulate with.",
        "A stipulation waits until a party on each side has appeared.",
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
        "No attorney's `represents` list names this party, and the party is not marked "
        "as appearing pro se or as not yet appeared.",
        'Add the attorney who appeared for it, or set its appearance to "pro-se" or '
        '"not-appeared", whichever is true.',
    ),
    "duplicate-counsel": _c(
        "Attorney listed twice",
        "Two [[counsel]] entries share a bar number.",
        "Merge them: one entry can represent several parties.",
    ),
    "filer-count": _c(
        "Not exactly one filer",
        "Exactly one signatory, an attorney or a party appearing pro se, files the "
        "stipulation and attests to the other signatures (L.R. 5-4.3.4(a)(2)(i)).",
        "Set filer = true on exactly one [[counsel]] entry (or pro se party).",
    ),
    "division-word": _c(
        "A word for 'none' as the division line",
        'caption.division is "none", "N/A" or the like (or true): printed, it would be '
        "the caption's division line.",
        "Write caption.division = false (no quotes) for none, or the line as the court prints it.",
    ),
    "caption-in-re": _c(
        "relates_to without an In re title",
        'caption.relates_to ("This Document Relates To: ...") is printed only under '
        "caption.in_re, so on its own it would be silently dropped.",
        "Add caption.in_re, or delete caption.relates_to.",
    ),
    "page-one-full": _c(
        "Page 1 cannot hold counsel and caption",
        "L.R. 11-3.8 puts every attorney (and pro se party) presenting the document, the "
        "court title, the caption and the title on page 1. pogen groups firm-mates into "
        "one block and uses two columns (the right one from line 8), and still the page "
        "is over by the lines the message gives.",
        'Shorten the caption (caption.parties = "first-named", shorter descriptors) or '
        "list only the attorneys who present this document.",
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
        'Add harm = ["..."]: what disclosure would do, and to whom, in this case; or '
        'harm_from = ["id"] when another category\'s harm facts serve this one.',
    ),
    "unknown-category": _c(
        "harm_from names no category",
        "harm_from lists an id that no [[categories]] entry has.",
        "Give the category whose harm facts are shared an `id`, and use it.",
    ),
    "harm-from": _c(
        "harm_from cannot be followed",
        "harm_from points at the category itself, or at a category with no harm facts of its own.",
        "Point harm_from at the category that states the harm facts.",
    ),
    "harm-too-short": _c(
        "Harm fact too short",
        "A specific harm fact names what would be disclosed, who could misuse it and "
        "what would follow; that takes at least 8 words.",
        "Write a full sentence about this case (see README, What a good harm fact looks like).",
    ),
    "harm-no-consequence": _c(
        "Harm fact states no consequence",
        "The harm fact describes the material, its value, how it is kept, the law that "
        "protects it or the parties' agreement, but no clause says what disclosure would "
        'cause ("would", "could", "enough to").',
        "Say who could get or use the material, what they could do with it and what "
        "would follow in this case.",
    ),
    "harm-boilerplate": _c(
        "Boilerplate harm fact",
        'Once stock words ("competitive harm", "irreparable injury", "annoyance, '
        'embarrassment, oppression", "goodwill", "privacy rights") and the category\'s own '
        "words are set aside, no consequence clause says anything of its own: the harm "
        "fact could fit any case.",
        "Name the person who could misuse the material and the consequence.",
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
        'The category name is a label: its head is abstract ("non-public personal '
        'information", "customer data") without saying where it is kept or which fields '
        "it holds, or a generic document word with only words of quality or ownership "
        'before it ("internal documents", "business records").',
        'Name the documents, e.g. "patient intake forms", or the record and fields: '
        '"information contained in the intake logs", "..., namely names and addresses".',
    ),
    "category-catch-all": _c(
        "Catch-all category",
        'The category is open-ended ("any other", "including but not limited to", "all '
        'documents") or defined by belief, designation, publication status ("which has '
        'not been made public"), a later agreement ("as defined by the parties") or who '
        "produced it.",
        "Name one concrete kind of document per category.",
    ),
    "duplicate-category": _c(
        "Category listed twice",
        "Two categories have the same name or the same id.",
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
    **FORM_CODES,
}
