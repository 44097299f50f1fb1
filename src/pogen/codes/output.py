"""Codes of everything that is not a case-file diagnostic: the command line, templates,
the rendered document, writing, PDF conversion, batches and drafts (``error.code``)."""

from __future__ import annotations

from pogen.codes.entry import Code
from pogen.codes.entry import code as _c

RUN_CODES: dict[str, Code] = {
    # The command line and inputs: exit code 2.
    "usage": _c(
        "Usage error",
        "The command line is not usable as given: an unknown option value, a folder or "
        "pattern with no case files, a git reference that does not exist, a file that "
        "already exists.",
        "Read the one-line message; `pogen COMMAND --help` lists the options with examples.",
    ),
    "invalid": _c(
        "Case data invalid",
        "The case file parsed but breaks the schema or a court rule; every problem is "
        "listed above this summary with its own code.",
        "Fix each listed problem; `pogen explain CODE` explains each code.",
    ),
    "schema-stale": _c(
        "Schema file stale",
        "`pogen schema --check` (the pre-commit hook pogen-schema) found a schema file in "
        "schema/ that is missing, was written by another pogen version (usually an older "
        "one, after an upgrade), or differs from what this pogen writes; editors would "
        "check case and firm files against an outdated format.",
        "Run the command the message names (`pogen schema --write`) and commit the "
        "result; when the file is newer than pogen, upgrade pogen and the hooks' rev.",
    ),
    "internal-error": _c(
        "A bug in pogen",
        "Something failed that pogen did not expect; it is not your mistake (exit 70).",
        "Rerun with --debug and report the traceback (it never shows case data) to the "
        "maintainers.",
    ),
    # Templates and the rendered document: exit code 3.
    "template-unusable": _c(
        "Template unusable",
        "The template or the document rendered from it cannot be used.",
        "Read the message; start from a copy of a shipped template (`pogen:NAME`).",
    ),
    "template-unknown": _c(
        "No such shipped template",
        "`pogen:NAME` names a template pogen does not ship.",
        "Use one of the names the message lists, or a path to your own .docx.",
    ),
    "bundle-template": _c(
        "Custom template with the bundle",
        "A custom template is a combined order; the bundle's Stipulation and [Proposed] "
        "Protective Order are rendered from pogen's own templates.",
        "Drop --template (or POGEN_TEMPLATE / the firm file's template), or set [form] "
        'document = "combined".',
    ),
    "redline-missing": _c(
        "Comparison engine not installed",
        "`pogen redline` needs the optional extra pogen[redline] (python-redlines with its "
        "Docxodus engine); `pogen render` does not.",
        'pip install "pogen[redline]" (or "python-redlines[docxodus]==2.0.0") into the same '
        "environment as pogen.",
    ),
    "redline-failed": _c(
        "Comparison failed",
        "The comparison engine stopped with an error, usually because one of the two files "
        "is not a Word document it can read.",
        "Open both files in Word or LibreOffice and save them again as .docx; rerun with "
        "--debug to see the engine's message.",
    ),
    "redline-revision": _c(
        "Case file not at that revision",
        "`pogen redline CASE --since REV` reads the case file as committed at REV with git, "
        "and git could not show it there (an unknown revision, a file not yet committed, "
        "or no git repository).",
        "Check the revision with `git log -- CASE.toml`; the path must be the file's path "
        "in the repository.",
    ),
    "chambers-locked": _c(
        "Locked part in the chambers copy",
        "The Word copy for chambers is the order with nothing locked, so the judge can edit "
        "what the Court signs; the template itself carries a locked content control.",
        "Remove the lock (w:lock) from the template's content controls.",
    ),
    "template-unreadable": _c(
        "Template cannot be read",
        "The template file does not exist or the operating system refused to read it.",
        "Check the path given to --template, POGEN_TEMPLATE or the firm file's `template`.",
    ),
    "template-refused": _c(
        "Template refused",
        "The template could act on its own or reach outside the document: macros, "
        "embedded objects, external links or images, DTDs, DDE or INCLUDE fields, or a zip "
        "that is malformed or a zip bomb (README, Security).",
        "Save the template from Word as a plain .docx without macros, links or embedded objects.",
    ),
    "template-syntax": _c(
        "Template syntax error",
        "A Jinja tag in the template is malformed.",
        "Fix the tag the message quotes; keep each {{ }} or {% %} tag in one run (type it "
        "in one go in Word, or paste it as plain text).",
    ),
    "template-variable": _c(
        "Template uses an unknown variable",
        "The template names a variable pogen does not provide (a typo renders as an "
        "error, never as a blank).",
        "Use the variables listed in README, The document (`case.number`, `blocks`, ...).",
    ),
    "template-sandbox": _c(
        "Template code refused by the sandbox",
        "Template code tried to reach Python internals or to build a huge value.",
        "Remove the expression; templates may only format pogen's variables.",
    ),
    "template-code": _c(
        "Template code failed",
        "An expression in the template failed while rendering (a wrong type, an index "
        "out of range).",
        "Fix the expression the message names.",
    ),
    "template-xml": _c(
        "Template writes broken XML",
        "A part rendered from the template (the body, a header, footer or footnotes) is "
        "not well-formed XML, read strictly before docxtpl's repair step, which would "
        "silently drop whatever follows the break (the end of the order, the signatures). "
        "The message names the part and the template paragraph.",
        "Remove `|safe` and any expression that writes WordprocessingML tags from the "
        "paragraph named; templates insert text, and pogen's parts arrive through their "
        "placeholders.",
    ),
    "template-not-docx": _c(
        "Not a usable .docx template",
        "The template is a zip but not a Word document python-docx can open.",
        "Open it in Word and save it again as a .docx.",
    ),
    "document-broken": _c(
        "Rendered document is broken",
        "The document rendered from the template is not a sound .docx (broken XML, a "
        "missing part); nothing was written.",
        "A template tag probably produced raw XML; remove `|safe` and tags inside runs.",
    ),
    "mandatory-part": _c(
        "Mandatory part missing, altered or hidden",
        "The rendered document lost one of the parts the court insists on (caption with "
        "notation, GOOD CAUSE STATEMENT, L.R. 79-5 sections 1.C and 12.3, L.R. 37 section "
        "6), has it twice or out of order, altered it, or hides it.",
        "Put each `{{p blocks.NAME }}` placeholder, unchanged, on a paragraph of its own in "
        "the body of the template, in order (README, Custom templates).",
    ),
    # Writing and converting: exit code 4.
    "output-unwritable": _c(
        "Output cannot be written",
        "The output folder or file cannot be written (permissions, a full disk); nothing "
        "was changed.",
        "Check the folder given with -o and the free disk space.",
    ),
    "output-conflict": _c(
        "Output kept, not overwritten",
        "An output pogen would replace is not its own unedited rendering of this matter: "
        "it was rendered from another case file, edited since pogen wrote it (its hash "
        "differs from the manifest's), is not in the folder's manifest at all, or its "
        "name differs from another output's only by case or Unicode form (which a "
        "case-insensitive file system would overwrite).  Nothing was written for the "
        "matter; `pogen render --check` lists these as kept.",
        "Carry any edit into the case file or template (the order is generated from "
        "them), rename one of two clashing case files, or pass --force to replace the "
        "file, losing what is in it.",
    ),
    "output-readback": _c(
        "Output did not read back",
        "The file on disk differs from the verified document (a failing disk or a "
        "concurrent writer); it was not put in place.",
        "Run the command again; check the disk if it recurs.",
    ),
    "converter-missing": _c(
        "LibreOffice not installed",
        "A PDF was asked for, but LibreOffice (soffice) is not installed.",
        "Install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui "
        "fonts-liberation fonts-liberation2) and rerun with --pdf.",
    ),
    "pdf-failed": _c(
        "PDF conversion failed",
        "LibreOffice did not produce a PDF for the document, or not a valid one.",
        "Open the .docx in LibreOffice to see whether it loads; rerun with --pdf.",
    ),
    "pdf-timeout": _c(
        "PDF conversion timed out",
        "LibreOffice did not finish converting within the time limit.",
        "Rerun with a larger --timeout, or convert fewer documents at once.",
    ),
    # Batches: a matter's own result.
    "output-clash": _c(
        "Two matters, one output name",
        "Two case files would write the same output file; neither is rendered, so "
        "neither overwrites the other.",
        "Rename one of the case files.",
    ),
    "output-stale": _c(
        "Output missing or stale",
        "`pogen render --check` found an output that is missing or no longer matches its "
        "case file, firm file, template or pogen version.",
        "Run `pogen render` on the matters listed.",
    ),
    "out-of-memory": _c(
        "Out of memory",
        "Rendering the matter named ran out of memory (MemoryError); the other matters went on.",
        "Render the matter alone, or with fewer --jobs; check the template for a value it "
        "builds too large.",
    ),
    "worker-lost": _c(
        "Matter stopped",
        "The matter crashed its worker process or ran past --timeout; the other matters went on.",
        "Rerun the matter alone with --debug; raise --timeout if it is only slow.",
    ),
    # Drafts (`pogen check`): exit code 2.
    "draft-unreadable": _c(
        "Draft cannot be read",
        "The draft is missing, not a .docx or PDF, encrypted or a legacy .doc, or corrupt.",
        "Save it as an unprotected .docx (or a PDF with a text layer) and check that.",
    ),
    "draft-too-large": _c(
        "Draft refused by a bound",
        "The draft passes one of `pogen check`'s bounds for untrusted files (file size, "
        "decompressed size, parts, paragraphs, text, style depth, PDF pages or streams); it "
        "is refused before it can exhaust memory or time.",
        "Check the real order; a stipulated protective order is far below every bound "
        "(see README, Checking a draft).",
    ),
    "draft-timeout": _c(
        "Draft check timed out",
        "Checking the draft took longer than `pogen check`'s time limit (60 s).",
        "Check the real order, or split an unusually long document.",
    ),
}
