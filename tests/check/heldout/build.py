#!/usr/bin/env python3
"""Regenerate every file in drafts/ and labels.json from the sources in sources/.

    /work/main/.venv/bin/python build.py            # .docx + PDFs + labels.json
    /work/main/.venv/bin/python build.py --no-pdf   # skip LibreOffice

Deterministic: the .docx files are byte-identical between runs (fixed zip timestamps, fixed
core properties and revision/comment dates).  PDFs come from LibreOffice (one soffice call,
private profile) and differ between runs only in their creation-date metadata.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import render as R  # noqa: E402
from lib import textx  # noqa: E402
from sources import base_text as BT  # noqa: E402
from sources.cases import CASES  # noqa: E402
from sources.drafts import DRAFTS, JUDGES  # noqa: E402
from sources.other_docs import OTHER  # noqa: E402
from sources.real_excerpts import REAL  # noqa: E402

OUT = os.path.join(HERE, "drafts")
PADS_FILE = os.path.join(HERE, "sources", "split_pads.json")

RULES = ["good-cause-heading", "good-cause-generic", "categories-overbroad", "sealing-blanket",
         "sealing-rule-missing", "disputes-bypass-l37", "caption-discovery-notation", "trial-use",
         "binds-court", "exhibit-a-missing", "signature-attestation", "duration-retains-jurisdiction",
         "incomplete-order"]


# ---------------------------------------------------------------------------
# mutations

def find(blocks, key):
    for i, b in enumerate(blocks):
        if b.get("key") == key:
            return i
    return None


def apply_mods(body, tail, mods):
    for m in mods:
        op = m["op"]
        lst = body if find(body, m["key"]) is not None else tail
        i = find(lst, m["key"])
        if i is None:
            raise KeyError("mod target missing: %s %s" % (op, m["key"]))
        if op == "replace":
            lst[i]["text"] = m["text"]
        elif op == "sub":
            if m["old"] not in lst[i]["text"]:
                raise KeyError("sub text not found in %s: %r" % (m["key"], m["old"][:60]))
            lst[i]["text"] = lst[i]["text"].replace(m["old"], m["new"], 1)
        elif op == "delete":
            del lst[i]
        elif op == "delete_section":
            lvl = lst[i]["t"]
            j = i + 1
            stop = ("h1",) if lvl == "h1" else ("h1", "h2")
            while j < len(lst) and lst[j]["t"] not in stop:
                j += 1
            del lst[i:j]
        elif op == "after":
            lst[i + 1:i + 1] = copy.deepcopy(m["blocks"])
        elif op == "before":
            lst[i:i] = copy.deepcopy(m["blocks"])
        elif op == "retitle":
            lst[i]["title"] = m["title"]
            lst[i]["tc"] = m["tc"]
        else:
            raise ValueError(op)


def truncate(blocks, key):
    i = find(blocks, key)
    lvl = blocks[i]["t"]
    stop = ("h1",) if lvl == "h1" else ("h1", "h2")
    j = i + 1
    while j < len(blocks) and blocks[j]["t"] not in stop:
        j += 1
    return blocks[:j]


# ---------------------------------------------------------------------------
# tail: signatures, attestation, order, Exhibit A

def L(key, text, indent=0.0, prov="Signature page"):
    return {"t": "line", "key": key, "text": text, "indent": indent, "prov": prov}


def make_tail(spec, case, counsel, judge_name, v):
    T = []
    sp = {"prov": "Signature page"}
    T.append(dict(BT.p("sig.intro", "IT IS SO STIPULATED, THROUGH COUNSEL OF RECORD."), **sp))
    mode = spec.get("sig_mode", "/s/")
    compact = spec.get("paper") == "pleading"
    for i, c in enumerate(counsel):
        T += [L("sig.%d.date" % i, "Dated: " + spec.get("date", case["date"])),
              L("sig.%d.firm" % i, c["firm"], 3.0),
              L("sig.%d.by" % i, ("By: /s/ " + c["name"]) if mode == "/s/" else "By: ______________________________", 3.0)]
        if not compact or mode != "/s/":
            T.append(L("sig.%d.name" % i, c["name"], 3.0))
        T.append(L("sig.%d.for" % i, c["for_line"], 3.0))
        if not compact:
            T.append({"t": "blank"})
    attest = spec.get("attest", mode == "/s/" and len(counsel) > 1)
    if attest:
        T.append({"t": "heading_plain", "key": "attest.head", "text": BT.ATTESTATION_HEADINGS[v % 3],
                  "prov": "Signature page", "center": v % 2 == 0})
        T.append(dict(BT.p("attest.1", BT.ATTESTATION[v % 3]), **sp))
        T.append(L("attest.sig", "/s/ «FILER»", 3.0))
    op = {"prov": "Order"}
    T.append({"t": "heading_plain", "key": "order.head", "text": "ORDER", "center": True, "prov": "Order"})
    T.append(dict(BT.p("order.1", BT.ORDER_LINES[spec.get("order_line", 0)]), **op))
    T += [L("order.date", "Dated: ____________________", 0, "Order"), {"t": "blank"},
          L("order.sigline", "______________________________", 3.0, "Order"),
          L("order.name", ("HON. " + judge_name.upper()) if judge_name else "", 3.0, "Order"),
          L("order.title", "United States Magistrate Judge", 3.0, "Order")]
    if spec.get("exhibit", True):
        ep = {"prov": "Exhibit A"}
        T.append({"t": "pb"})
        T.append({"t": "center", "key": "exA.title", "text": "EXHIBIT A", "bold": True, "prov": "Exhibit A"})
        T.append({"t": "center", "key": "exA.sub", "text": "ACKNOWLEDGMENT AND AGREEMENT TO BE BOUND", "bold": True,
                  "prov": "Exhibit A"})
        for k, t in BT.EXHIBIT_A:
            T.append(dict(BT.p(k, t), **ep))
        for i, t in enumerate(BT.EXHIBIT_A_LINES):
            T.append(L("exA.line%d" % i, t, 0, "Exhibit A"))
    return T


# ---------------------------------------------------------------------------

def slug(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:40].rstrip("-")


def prepare(spec):
    """Return (spec, case, blocks, tail, ctx, judge_name)."""
    spec = copy.deepcopy(spec)
    case = copy.deepcopy(CASES[spec["case"]])
    counsel = case["counsel"] + spec.get("extra_counsel", [])
    # keep the extra co-counsel next to the party they represent
    if spec.get("extra_counsel"):
        counsel = sorted(counsel, key=lambda c: (0 if "Plaintiff" in c["for_line"] else 1))
    spec["_counsel"] = counsel
    judge_name = JUDGES.get(spec.get("judge")) if spec.get("judge") else None
    v = spec.get("v", 0)
    opts = dict(spec.get("opts", {}))
    opts["v"] = v
    ctx = {"P": case["p_short"], "D": case["d_short"], "PARTIES": case["parties"], "ACTION": case["action"],
           "CASENO": spec["case_no"], "FILER": counsel[0]["name"]}
    if spec["kind"] == "order":
        body = BT.build_blocks(case, opts)
        tail = make_tail(spec, case, counsel, judge_name, v)
    else:
        doc = OTHER[spec["doc"]](case, judge_name, spec["case_no"]) if spec["doc"] == "minutes" else \
            OTHER[spec["doc"]](case, judge_name)
        body = copy.deepcopy(doc["body"])
        tail = copy.deepcopy(doc["tail"])
        if doc.get("title_lines"):
            spec["title_lines"] = doc["title_lines"]
        spec["counsel_block"] = doc["counsel_block"]
        if "court_lines" in doc:
            spec["court_lines"] = doc["court_lines"]
        if doc.get("caption"):
            spec["caption"] = doc["caption"]
        spec["doc_title"] = doc["doc_title"]
    apply_mods(body, tail, spec.get("mods", []))
    body = R.style_transform(body, spec["style"])
    refs = R.number_blocks(body, spec["style"])
    if spec.get("truncate_after"):
        body = truncate(body, spec["truncate_after"])
        tail = []
    for b in body + tail:
        for f in ("text",):
            if f in b:
                b[f] = R.subst(b[f], ctx, refs)
    for b in tail:
        b.setdefault("prov", "Signature page")
    return spec, case, body, tail, ctx, judge_name


def render_order(spec, path, pads=None):
    spec, case, body, tail, ctx, judge_name = prepare(spec)
    if pads:
        spec["_pad"] = pads
    r = R.Renderer(spec, case, judge_name)
    if spec.get("caption") != "none":
        r.first_page(ctx)
    r.body(body)
    r.body(tail)
    r.attach_comments()
    r.save(path)
    return spec, r


def render_real(item, path):
    spec = {"id": item["id"], "style": "real-excerpt", "paper": "plain", "doc_title": item["title"][:60],
            "footer_title_plain": False}
    r = R.Renderer(spec, None, item["judge"])
    for i, t in enumerate(item["paras"]):
        r.para("p", "r.%d" % i, "Body", t, first=0.0)
    r.save(path)
    return spec, r


# ---------------------------------------------------------------------------
# labels

def resolve(exp, records, spec_id):
    q = exp["quote"]
    cands = [rec for rec in records if q in rec["raw"]]
    if not cands:
        raise AssertionError("%s: quote not found: %r" % (spec_id, q))
    best = next((c for c in cands if c["key"] == exp["at"]), None)
    if best is None:
        at_prov = next((c["prov"] for c in records if c["key"] == exp["at"]), None)
        best = next((c for c in cands if c["prov"] == at_prov), cands[0])
    idx = best["raw"].index(q)
    start = best.get("prefix_len", 0) + idx
    final = best["text"][start:start + len(q)]
    if R.smart(q) != final and q != final:
        raise AssertionError("%s: quote mapping failed %r -> %r" % (spec_id, q, final))
    out = {"rule": exp["rule"], "provision": exp.get("provision") or best["prov"], "quote": final}
    if exp.get("severity"):
        out["severity"] = exp["severity"]
    if exp.get("absent"):
        out["absent"] = True
    return out


def file_names():
    """Neutral, stable file names: po-NNN-<plaintiff>-v-<defendant>.docx, numbered in sha1 order of the id."""
    ids = [d["id"] for d in DRAFTS] + [x["id"] for x in REAL]
    order = sorted(ids, key=lambda i: hashlib.sha1(i.encode()).hexdigest())
    names = {}
    for n, i in enumerate(order, 1):
        if i.startswith("R"):
            item = next(x for x in REAL if x["id"] == i)
            t = item["title"].split(",")[0]
            if " v. " in t:
                a, b = t.split(" v. ", 1)
                s = slug(a.split()[0]) + "-v-" + slug(b.split()[0])
            else:
                s = "entered-order-" + slug(item["judge"].split()[-1])
        else:
            d = next(x for x in DRAFTS if x["id"] == i)
            c = CASES[d["case"]]
            s = d["case"] + "-v-" + slug(c["d_short"].replace("the ", "").split()[0])
        names[i] = "po-%03d-%s" % (n, s)
    return names


def sentence_around(text, quote):
    """The sentence of `text` that contains `quote`."""
    i = text.index(quote)
    start = max(text.rfind(". ", 0, i), text.rfind(": ", 0, i))
    start = 0 if start < 0 else start + 2
    end = text.find(". ", i + len(quote))
    end = len(text) if end < 0 else end + 1
    return text[start:end].strip()


def pdf_pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    pages = []
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout
        pages.append(t)
    return pages


def norm(t):
    lines = [ln for ln in t.splitlines() if not re.fullmatch(r"\s*\d{1,2}\s*", ln)]
    t = " ".join(lines)
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", t)


def check_split(pdf, sentence):
    """Return (page_start, page_end) if the sentence starts on one page and ends on the next."""
    s = norm(sentence)
    words = s.split()
    head = " ".join(words[:6])
    tail = " ".join(words[-6:])
    pages = [norm(p) for p in pdf_pages(pdf)]
    for i, pg in enumerate(pages[:-1]):
        if head in pg and tail not in pg and tail in pages[i + 1] and head not in pages[i + 1]:
            return i + 1, i + 2
    return None


def soffice(files, outdir):
    prof = "file:///tmp/lo_corpus_%d" % os.getpid()
    cmd = ["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf", "--outdir", outdir] + files
    subprocess.run(cmd, check=True, capture_output=True, timeout=1800)
    shutil.rmtree("/tmp/lo_corpus_%d" % os.getpid(), ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--search-pads", action="store_true", help="search the padding that makes split clauses straddle a page break")
    args = ap.parse_args()

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    pads = json.load(open(PADS_FILE)) if os.path.exists(PADS_FILE) else {}
    names = file_names()
    labels = {}
    pdf_specs = []
    for d in DRAFTS:
        name = names[d["id"]] + ".docx"
        path = os.path.join(OUT, name)
        padmap = None
        if d.get("split"):
            pv = pads.get(d["id"], {"v": d.get("v", 0), "n": 0})
            d = dict(d, v=pv["v"])
            padmap = padmap_for(d, pv["n"])
        spec, r = render_order(d, path, padmap)
        exp = [resolve(e, r.records, d["id"]) for e in d["expected"]]
        judge = JUDGES.get(d.get("judge")) if d.get("judge") else None
        lab = {"id": d["id"], "judge": judge, "expected": exp, "clean": not exp,
               "errors": sum(1 for e in exp if e.get("severity") != "warning"),
               "style": d["style"], "caption": spec.get("caption", "table"), "paper": d.get("paper", "plain"),
               "source": "synthetic", "case_no": d["case_no"], "notes": d.get("notes", "")}
        if r.smart:
            lab["quotes"] = "curly"
        if d.get("comments") or "[[" in json.dumps(d.get("mods", [])):
            lab["revisions"] = "tracked changes and/or comments; expectations refer to the accepted text"
        labels[name] = lab
        if d.get("paper") == "pleading":
            pdf_specs.append((d, name, r))
    for item in REAL:
        name = names[item["id"]] + ".docx"
        path = os.path.join(OUT, name)
        spec, r = render_real(item, path)
        q = {"rule": "incomplete-order", "quote": item["quote"], "at": item["quote_key"]}
        exp = [resolve(q, r.records, item["id"])]
        exp[0]["provision"] = "Whole document"
        labels[name] = {"id": item["id"], "judge": item["judge"], "expected": exp, "clean": False, "errors": 1,
                        "style": "real-excerpt", "caption": "none", "paper": "plain", "source": "real",
                        "url": item["url"], "notes": item["title"] + ". " + item["notes"] + " Source: " + item["url"]}
    for name, lab in labels.items():
        if lab["expected"] and lab["expected"][0]["rule"] == "incomplete-order":
            for e in lab["expected"]:
                e["provision"] = "Whole document"

    if not args.no_pdf:
        files = [os.path.join(OUT, n) for _, n, _ in pdf_specs]
        soffice(files, OUT)
        for d, name, r in pdf_specs:
            pdf = os.path.join(OUT, name[:-5] + ".pdf")
            lab = dict(labels[name])
            lab["pdf_of"] = name
            if d.get("split"):
                key = d["split"]["key"]
                rec = next(x for x in r.records if x["key"] == key)
                quote = next(e["quote"] for e in d["expected"] if e["quote"] in rec["raw"])
                raw_sentence = sentence_around(rec["raw"], quote)
                if rec["kind"] == "def":
                    raw_sentence = sentence_around(rec["raw"], rec["raw"][:30])
                sent = R.smart(raw_sentence) if labels[name].get("quotes") == "curly" else raw_sentence
                res = check_split(pdf, sent)
                if res is None and args.search_pads:
                    if search_pad(d, name, sent, pads):
                        json.dump(pads, open(PADS_FILE, "w"), indent=1, sort_keys=True)
                        raise SystemExit("found padding for %s; run build.py again" % d["id"])
                if res is None:
                    raise SystemExit("split check failed for %s (%s); run with --search-pads" % (name, d["id"]))
                lab["split"] = {"provision": next(x["prov"] for x in r.records if x["key"] == key),
                                "sentence_start": " ".join(sent.split()[:8]),
                                "sentence_end": " ".join(sent.split()[-8:]),
                                "pages": list(res)}
                labels[name]["split_in_pdf"] = lab["split"]
            labels[name[:-5] + ".pdf"] = lab
        json.dump(pads, open(PADS_FILE, "w"), indent=1, sort_keys=True)

    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(dict(sorted(labels.items())), f, indent=1, ensure_ascii=False)
        f.write("\n")
    if not args.no_pdf:
        write_readme_tables(labels)
    print("wrote %d drafts (%d .docx, %d .pdf)" % (len(labels), sum(n.endswith(".docx") for n in labels),
                                                  sum(n.endswith(".pdf") for n in labels)))


def write_readme_tables(labels):
    """Refresh the generated part of README.md (counts and catalogue) from labels.json."""
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        return
    text = open(path).read()
    a, b = "<!-- BEGIN GENERATED -->", "<!-- END GENERATED -->"
    if a not in text:
        return
    docx_l = {n: l for n, l in labels.items() if n.endswith(".docx")}
    pdfs = sorted(n for n in labels if n.endswith(".pdf"))
    drafts_per_rule = {r: 0 for r in RULES}
    inst_per_rule = {r: 0 for r in RULES}
    for l in docx_l.values():
        for r in set(e["rule"] for e in l["expected"]):
            drafts_per_rule[r] += 1
        for e in l["expected"]:
            inst_per_rule[e["rule"]] += 1
    n_clean = sum(l["clean"] for l in docx_l.values())
    n_real = sum(l.get("source") == "real" for l in docx_l.values())
    n_io = drafts_per_rule["incomplete-order"]
    out = [a, "",
           "Totals: %d drafts (.docx), of which %d clean, %d defective complete or near-complete orders, "
           "%d incomplete-order documents (%d synthetic, %d real excerpts); %d PDFs on pleading paper, "
           "%d of them with a clause split by a page break." % (
               len(docx_l), n_clean, len(docx_l) - n_clean - n_io, n_io, n_io - n_real, n_real, len(pdfs),
               sum(1 for n in pdfs if labels[n].get("split"))),
           "", "| rule | drafts | planted instances |", "|---|---|---|"]
    for r in RULES:
        sev = " (warning)" if r == "duration-retains-jurisdiction" else ""
        out.append("| `%s`%s | %d | %d |" % (r, sev, drafts_per_rule[r], inst_per_rule[r]))
    out += ["", "Counts are per .docx; each PDF repeats the labels of its .docx.", "",
            "| file | id | judge | style | caption | paper | expected |", "|---|---|---|---|---|---|---|"]
    for n, l in sorted(docx_l.items()):
        exp = ", ".join(e["rule"] + (" (w)" if e.get("severity") else "") for e in l["expected"]) or "clean"
        pdf = " + .pdf" if (n[:-5] + ".pdf") in labels else ""
        if labels.get(n[:-5] + ".pdf", {}).get("split"):
            pdf += " (split)"
        out.append("| %s%s | %s | %s | %s | %s | %s | %s |" % (n, pdf, l["id"], l["judge"] or "-", l["style"],
                                                            l.get("caption"), l.get("paper"), exp))
    out += ["", b]
    i, j = text.index(a), text.index(b) + len(b)
    open(path, "w").write(text[:i] + "\n".join(out) + text[j:])


def padmap_for(d, n):
    """n blank 24-pt lines, one before each of the first n headings (after the first) that
    precede the split target: small, spread-out shifts that move the target clause."""
    _, _, body, _, _, _ = prepare(d)
    keys = []
    for b in body:
        if b.get("key") == d["split"]["key"]:
            break
        if b["t"] in ("h1", "h2"):
            keys.append(b["key"])
    keys = keys[1:]
    pad = {}
    for i in range(n):
        k = keys[i % len(keys)]
        pad[k] = pad.get(k, 0) + 1
    return pad


def search_pad(d, name, sent, pads):
    """Try text variants v and 0..20 spread blank lines until the split clause straddles a page end."""
    tmp = tempfile.mkdtemp(prefix="corpus_pad_", dir=HERE)
    try:
        vs = [d.get("v", 0)] + [x for x in (0, 1, 2) if x != d.get("v", 0)]
        for n in range(0, 21):
            batch = []
            for v in vs:
                dv = dict(d, v=v)
                path = os.path.join(tmp, "%s_v%d_n%d.docx" % (d["id"], v, n))
                render_order(dv, path, padmap_for(dv, n))
                batch.append((v, path))
            soffice([p for _, p in batch], tmp)
            for v, path in batch:
                _, _, body, _, _, _ = prepare(dict(d, v=v))
                res = check_split(path[:-5] + ".pdf", sent)
                if res:
                    pads[d["id"]] = {"v": v, "n": n}
                    print("pad for %s: v=%d n=%d" % (d["id"], v, n))
                    return "again"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return None


if __name__ == "__main__":
    main()
