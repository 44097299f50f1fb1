#!/usr/bin/env python3
"""Check the corpus: labels <-> files, quotes, PDF splits, composition minimums.

    /work/main/.venv/bin/python verify.py                 # all checks
    /work/main/.venv/bin/python verify.py --determinism   # also rebuild the .docx files in a
                                                          # temp dir and compare bytes

Quotes are checked against the text of each .docx read back with python-docx
(lib/textx.py: every w:p in document order, including table cells and text boxes, with
tracked insertions kept and deletions dropped).  A quote must lie inside one paragraph.
PDF entries are checked against their .docx source; split clauses are re-checked with
pdftotext (sentence starts on page p and ends on page p+1).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import textx  # noqa: E402

RULES = {"good-cause-heading", "good-cause-generic", "categories-overbroad", "sealing-blanket",
         "sealing-rule-missing", "disputes-bypass-l37", "caption-discovery-notation", "trial-use",
         "binds-court", "exhibit-a-missing", "signature-attestation", "duration-retains-jurisdiction",
         "incomplete-order"}
NOTATION = {"Karen E. Scott": "[Discovery Document: Referred to Magistrate Judge Karen E. Scott]",
            "John D. Early": "[Discovery Document: Referred to Magistrate Judge John D. Early]"}

errors = []


def err(msg):
    errors.append(msg)
    print("FAIL", msg)


def norm(t):
    lines = [ln for ln in t.splitlines() if not re.fullmatch(r"\s*\d{1,2}\s*", ln)]
    t = " ".join(lines)
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", t)


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--determinism", action="store_true")
    args = ap.parse_args()
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    ddir = os.path.join(HERE, "drafts")
    files = set(os.listdir(ddir))
    if files != set(labels):
        err("files without labels: %s; labels without files: %s" % (sorted(files - set(labels)), sorted(set(labels) - files)))

    n_quotes = 0
    pydocx_misses = []
    for name, lab in sorted(labels.items()):
        for k in ("judge", "expected", "clean", "style", "notes"):
            if k not in lab:
                err("%s: missing key %s" % (name, k))
        if lab["clean"] != (lab["expected"] == []):
            err("%s: clean flag disagrees with expected" % name)
        rules = [e["rule"] for e in lab["expected"]]
        for e in lab["expected"]:
            if e["rule"] not in RULES:
                err("%s: unknown rule %s" % (name, e["rule"]))
            if (e["rule"] == "duration-retains-jurisdiction") != (e.get("severity") == "warning"):
                err("%s: severity wrong for %s" % (name, e["rule"]))
            for k in ("rule", "provision", "quote"):
                if not e.get(k):
                    err("%s: expectation lacks %s" % (name, k))
        if "incomplete-order" in rules and set(rules) != {"incomplete-order"}:
            err("%s: incomplete-order must be the only finding" % name)
        src = lab.get("pdf_of", name)
        if not src.endswith(".docx"):
            err("%s: no .docx source" % name)
            continue
        paras = textx.paragraphs(os.path.join(ddir, src))
        plain = textx.plain_python_docx_text(os.path.join(ddir, src))
        for e in lab["expected"]:
            n_quotes += 1
            if not any(e["quote"] in p for p in paras):
                err("%s: quote not found in %s: %r" % (name, src, e["quote"]))
            elif not any(e["quote"] in p for p in plain) and name.endswith(".docx"):
                pydocx_misses.append((name, e["quote"]))
        # judge-specific sanity: notation drafts
        if lab.get("judge") in NOTATION and lab.get("source") == "synthetic" and not name.endswith(".pdf"):
            has = any(NOTATION[lab["judge"]] in p for p in paras)
            flagged = "caption-discovery-notation" in rules
            if "incomplete-order" not in rules and has == flagged:
                err("%s: notation present=%s but caption-discovery-notation expected=%s" % (name, has, flagged))
        if name.endswith(".pdf"):
            sp = lab.get("split")
            if sp:
                pages = [norm(p) for p in pdf_pages(os.path.join(ddir, name))]
                a, b = sp["pages"]
                head, tail = norm(sp["sentence_start"]), norm(sp["sentence_end"])
                if not (head in pages[a - 1] and tail not in pages[a - 1] and tail in pages[b - 1]
                        and head not in pages[b - 1]):
                    err("%s: split clause not straddling pages %d/%d" % (name, a, b))

    # tracked changes: deleted text must not be in the accepted view
    for name, lab in labels.items():
        if name.endswith(".docx") and lab.get("revisions"):
            import docx
            from docx.oxml.ns import qn
            d = docx.Document(os.path.join(ddir, name))
            dels = ["".join(t.text for t in el.iter(qn("w:delText"))) for el in d.element.body.iter(qn("w:del"))]
            ins = ["".join(t.text for t in el.iter(qn("w:t"))) for el in d.element.body.iter(qn("w:ins"))]
            paras = textx.paragraphs(os.path.join(ddir, name))
            joined = "\n".join(paras)
            for t in dels:
                if t.strip() and t.strip() in joined:
                    err("%s: deleted text leaks into accepted view: %r" % (name, t[:60]))
            if not dels and not ins and "comments" not in lab["revisions"]:
                err("%s: no revisions found" % name)

    # composition
    docx_labels = {n: l for n, l in labels.items() if n.endswith(".docx")}
    pdfs = [n for n in labels if n.endswith(".pdf")]
    per_rule = collections.Counter()
    for n, l in docx_labels.items():
        for r in set(e["rule"] for e in l["expected"]):
            per_rule[r] += 1
    clean = [n for n, l in docx_labels.items() if l["clean"]]
    splits = [n for n in pdfs if labels[n].get("split")]
    styles = collections.Counter(l["style"] for l in docx_labels.values())
    captions = collections.Counter(l.get("caption") for l in docx_labels.values())
    real = [n for n, l in docx_labels.items() if l.get("source") == "real"]

    def judge_cases(judge, rule):
        err_ = [n for n, l in docx_labels.items() if l["judge"] == judge and any(e["rule"] == rule for e in l["expected"])]
        ok = [n for n, l in docx_labels.items() if l["judge"] == judge and l.get("source") == "synthetic"
              and not any(e["rule"] in (rule, "incomplete-order") for e in l["expected"])]
        return err_, ok

    kes_e, kes_ok = judge_cases("Karen E. Scott", "caption-discovery-notation")
    jde_e, jde_ok = judge_cases("John D. Early", "caption-discovery-notation")
    kk_e, kk_ok = judge_cases("Kenly Kiya Kato", "binds-court")
    unknown = [n for n, l in docx_labels.items() if l["judge"] is None and l.get("source") == "synthetic"]

    print()
    print("drafts (.docx): %d   PDFs: %d (split clauses: %d)   clean: %d   real: %d   quotes checked: %d"
          % (len(docx_labels), len(pdfs), len(splits), len(clean), len(real), n_quotes))
    print("per rule (drafts):")
    for r in sorted(RULES):
        print("  %-30s %d" % (r, per_rule[r]))
    print("styles:", dict(styles))
    print("captions:", dict(captions))
    print("notation KES error/clean: %d/%d  JDE: %d/%d   Kato binds-court error/clean: %d/%d   unknown judge: %d"
          % (len(kes_e), len(kes_ok), len(jde_e), len(jde_ok), len(kk_e), len(kk_ok), len(unknown)))
    if pydocx_misses:
        print("note: %d quotes are invisible to python-docx's Paragraph.text (tracked insertions / text boxes):"
              % len(pydocx_misses))
        for n, q in pydocx_misses:
            print("   ", n, repr(q[:60]))

    mins = [(len(docx_labels) >= 70, "at least 70 drafts"), (len(pdfs) >= 15, "at least 15 PDFs"),
            (len(splits) >= 3, "at least 3 split clauses"), (len(clean) >= 20, "at least 20 clean"),
            (len(docx_labels) - len(clean) >= 35, "at least 35 defective"),
            (per_rule["incomplete-order"] >= 5, "incomplete-order in >= 5"),
            (len(kes_e) + len(jde_e) >= 2 and len(kes_ok) + len(jde_ok) >= 2, "notation 2 error + 2 clean"),
            (len(kk_e) >= 2 and len(kk_ok) >= 2, "Kato 2 error + 2 clean"), (len(unknown) >= 2, "2 unknown-judge drafts"),
            (len(styles) >= 5, "5 house styles"), (len(real) <= 6, "at most 6 real excerpts")]
    for r in RULES - {"incomplete-order"}:
        mins.append((per_rule[r] >= 4, "rule %s in >= 4 drafts" % r))
    for ok, what in mins:
        if not ok:
            err("composition: " + what)

    if args.determinism:
        import shutil
        tmp = tempfile.mkdtemp(prefix="verify_det_", dir=HERE)
        try:
            import build
            build.OUT = tmp
            sys.argv = ["build.py", "--no-pdf"]
            saved = open(os.path.join(HERE, "labels.json")).read()
            saved_readme = open(os.path.join(HERE, "README.md")).read()
            build.main()
            open(os.path.join(HERE, "labels.json"), "w").write(saved)
            open(os.path.join(HERE, "README.md"), "w").write(saved_readme)
            for f in sorted(os.listdir(tmp)):
                h1 = hashlib.sha256(open(os.path.join(tmp, f), "rb").read()).hexdigest()
                h2 = hashlib.sha256(open(os.path.join(ddir, f), "rb").read()).hexdigest()
                if h1 != h2:
                    err("not deterministic: %s" % f)
            print("determinism: rebuilt %d .docx files and compared bytes" % len(os.listdir(tmp)))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    print()
    print("RESULT: %s (%d problems)" % ("PASS" if not errors else "FAIL", len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
