"""Draft specifications: which case, judge, house style, and which defects are planted.

Every defect is planted by a mutation of the clean model text (sources/base_text.py) and
carries its expected finding.  Quotes are written here in plain ASCII quotes; build.py maps
them onto the rendered text (curly quotes in some styles) and verify.py checks them.
"""

from __future__ import annotations

from .base_text import h1, h2, li, p

# ---------------------------------------------------------------------------
# judges (see /work/shared/domain/judges.md)

JUDGES = {
    "SSC": "Stephanie S. Christensen",
    "MAA": "Maria A. Audero",
    "PD": "Patricia Donahue",
    "PVC": "Pedro V. Castillo",
    "SP": "Sheri Pym",
    "MRW": "Michael R. Wilner",
    "AS": "Alka Sagar",
    "DTB": "David T. Bristow",
    "KES": "Karen E. Scott",
    "JDE": "John D. Early",
    "KK": "Kenly Kiya Kato",
}
NOTATION = {
    "KES": "[Discovery Document: Referred to Magistrate Judge Karen E. Scott]",
    "JDE": "[Discovery Document: Referred to Magistrate Judge John D. Early]",
    "KK": "DISCOVERY MATTER",
}


# ---------------------------------------------------------------------------
# mutation helpers

def rep(key, text):
    return {"op": "replace", "key": key, "text": text}


def sub(key, old, new):
    return {"op": "sub", "key": key, "old": old, "new": new}


def dele(*keys):
    return [{"op": "delete", "key": k} for k in keys]


def dsec(key):
    return {"op": "delete_section", "key": key}


def after(key, *blocks):
    return {"op": "after", "key": key, "blocks": list(blocks)}


def before(key, *blocks):
    return {"op": "before", "key": key, "blocks": list(blocks)}


def retitle(key, title, tc):
    return {"op": "retitle", "key": key, "title": title, "tc": tc}


def E(rule, at, quote, absent=False, severity=None, provision=None):
    d = {"rule": rule, "at": at, "quote": quote}
    if provision:
        d["provision"] = provision
    if absent:
        d["absent"] = True
    if severity:
        d["severity"] = severity
    return d


def X(name, sbn, email, firm, a1, a2, phone, for_line):
    return dict(name=name, sbn=sbn, email=email, firm=firm, addr1=a1, addr2=a2, phone=phone,
                for_line=for_line)


GOOD_CAUSE_KEYS = ("gc.nature", "gc.lead", "gc.cat.1", "gc.cat.2", "gc.cat.3", "gc.why", "gc.tail")

DRAFTS = []


def D(id, **kw):
    kw["id"] = id
    kw.setdefault("kind", "order")
    kw.setdefault("expected", [])
    DRAFTS.append(kw)


# ===========================================================================
# CLEAN drafts

D("C01", case="harbor", judge="SSC", case_no="2:24-cv-03817-SPG-SSC", style="christensen",
  caption="table", paper="pleading", v=0,
  after_caption=["This Stipulated Protective Order follows, in substance, the model protective order "
                 "in Magistrate Judge Stephanie S. Christensen's Procedures (version of July 24, 2023)."],
  notes="Clean; Christensen numbering (subsections run in, as in the filed Christensen orders); no caption notation (none required).")

D("C02", case="alvarez", judge="SSC", case_no="2:25-cv-00418-MWF-SSC", style="christensen",
  caption="tabbed", v=1, judge_line="Magistrate Judge Stephanie S. Christensen",
  notes="Clean; caption in tab-aligned paragraphs with a ')' column; judge named in caption.")

D("C03", case="nguyen", judge="MAA", case_no="2:24-cv-05530 WLH-MAA", style="roman",
  caption="paragraphs", paper="pleading", v=2,
  notes="Clean; Audero-like Roman numbering, sealing acknowledgment folded into I. (cross-reference Section XIII.C).")

D("C04", case="ortega", judge="MAA", case_no="2:25-cv-01162-WLH-MAA", style="roman", caption="table",
  v=1, opts=dict(fre502d=True),
  judge_line=["District Judge: Hon. Wesley L. Hsu", "Magistrate Judge: Hon. Maria A. Audero"],
  notes="Clean; Roman numbering with 502(d) waiver language.")

D("C05", case="fairmont", judge="PD", case_no="2:24-cv-09235 MWF (PDx)", style="pd-form", caption="table",
  paper="pleading", v=0, title_lines=["STIPULATED PROTECTIVE ORDER", "(PD Version)"],
  caption_extra=["[X] Check if submitted without material modifications to PD form"],
  footer_title="STIPULATED PROTECTIVE ORDER (PD VERSION)",
  notes="Clean; Donahue PD form.")

D("C06", case="pacrim", judge="PVC", case_no="2:23-cv-04471-GW-PVCx", style="bold-typed", caption="textbox",
  v=1, notes="Clean; caption in two text boxes.")

D("C07", case="mendez", judge="SP", case_no="5:24-cv-00518-SB (SPx)", style="word-auto", caption="table",
  v=2, judge_line=["[Hon. Stanley Blumenfeld, Jr., District Judge;", "Hon. Sheri Pym, Magistrate Judge]"],
  notes="Clean; Word Heading 1/2 styles with automatic numbering (numbers are not in the text); judges named in caption as Pym's filers do.")

D("C08", case="corvena", judge="MRW", case_no="2:23-cv-06610-AB-MRW", style="word-auto", caption="table",
  v=0, opts=dict(aeo=True, pbar=True, fre502d=True),
  notes="Clean; patent case: AEO tier, prosecution bar with 'including without limitation' and 'ex parte reexamination', 502(d).")

D("C09", case="whitcombe", judge="AS", case_no="2:24-cv-02257-SVW-AS", style="section-underlined",
  caption="textbox", v=1, notes="Clean; SECTION/Section underlined headings; caption in text boxes.")

D("C10", case="rivera", judge="DTB", case_no="5:25-cv-00344-SSS-DTB", style="section-underlined",
  caption="table", paper="pleading", v=0, notes="Clean; pleading paper.")

D("C11", case="tran", judge="AS", case_no="2:25-cv-03140-SVW-AS", style="run-in", caption="paragraphs",
  v=2, notes="Clean; run-in headings ('B. GOOD CAUSE STATEMENT. This action ...').")

D("C12", case="silverline", judge="PVC", case_no="2:24-cv-08812-GW-PVC", style="run-in", caption="table",
  paper="pleading", v=1, notation="DISCOVERY MATTER",
  notes="Clean; run-in headings on pleading paper. Carries a 'DISCOVERY MATTER' notation that Judge Castillo does not require (harmless).")

D("C13", case="brightwater", judge="KES", case_no="8:24-cv-01408-DOC-KES", style="bold-typed", caption="table",
  paper="pleading", v=0, notation=NOTATION["KES"],
  notes="Clean; Judge Scott: bracketed discovery notation present under the case number.")

D("C14", case="lakeshore", judge="KES", case_no="8:25-cv-00219-JVS (KESx)", style="word-auto",
  caption="textbox", v=1, notation=NOTATION["KES"], notation_pos="after_title",
  notes="Clean; Judge Scott notation present, but inside a caption text box (a checker must read text boxes).")

D("C15", case="bayview", judge="JDE", case_no="8:25-cv-00611-MRA (JDEx)", style="bold-typed",
  caption="paragraphs", v=2, notation=NOTATION["JDE"], notation_pos="after_title",
  notes="Clean; Judge Early notation present; three /s/ signers with attestation.")

D("C16", case="marisol", judge="JDE", case_no="8:24-cv-02175-MRA-JDE", style="section-underlined",
  caption="table", paper="pleading", v=1, notation=NOTATION["JDE"],
  notes="Clean; Judge Early notation present; pleading paper.")

D("C17", case="ibarra", judge="KK", case_no="EDCV 16-2214-JGB (KKx)", style="bold-typed", caption="table",
  paper="pleading", v=0, notation=NOTATION["KK"], opts=dict(not_bound=True, nb_v=0),
  notes="Clean; Judge Kato: explicit sentence that the Order does not bind the Court or court personnel (Scope).")

D("C18", case="cole", judge="KK", case_no="5:18-cv-00617-FMO-KK", style="run-in", caption="paragraphs",
  v=1, notation=NOTATION["KK"], opts=dict(not_bound=True, nb_v=2),
  notes="Clean; Judge Kato: court-not-bound sentence in a different wording ('imposes any obligation on the Court').")

D("C19", case="greenfield", judge=None, case_no="2:25-cv-03318", style="bold-typed", caption="table", v=2,
  notes="Clean; no magistrate judge identifiable (no initials in the case number): no notation and no court-not-bound sentence required.")

D("C20", case="westwind", judge=None, case_no="2:25-cv-04096-MWF-TLQx", style="word-auto", caption="table",
  v=0, notes="Clean; magistrate initials TLQ are not in the judge registry (unknown judge): absence of a notation is not an error.")

D("C21", case="quill", judge="SSC", case_no="2:25-cv-02733-SRM-SSC", style="bold-typed", caption="table",
  v=1, opts=dict(aeo=True), smart=False, rev_author="M. Okonkwo",
  mods=[rep("filing.1",
            "[[del:All Protected Material shall be filed under seal. ]][[ins:A Party that seeks to file any "
            "Protected Material under seal must comply with Local Rule 79-5. ]]Protected Material may be filed "
            "under seal only pursuant to a court order authorizing the sealing of the specific Protected Material "
            "at issue. Pending the Court's ruling on an application for leave to file under seal, the papers or "
            "portions of papers that are the subject of the application are lodged conditionally under seal in the "
            "manner Local Rule 79-5 prescribes. If a Party's request to file Protected Material under seal is denied "
            "by the Court, the Receiving Party may file the information in the public record unless the Court "
            "instructs otherwise."),
        rep("finaldisp.2",
            "Notwithstanding this provision, Counsel are entitled to retain an archival copy of all pleadings, "
            "motion papers, trial, deposition, and hearing transcripts, legal memoranda, correspondence, deposition "
            "and trial exhibits, expert reports, attorney work product, and consultant and expert work product, even "
            "if such materials contain Protected Material. Any such archival copies that contain or constitute "
            "Protected Material remain subject to this Order as set forth in «REF:duration» (DURATION)."
            "[[del: At the end of the case the Clerk shall return all sealed exhibits to the Producing Party.]]")],
  comments=[dict(key="filing.1", anchor="lodged conditionally under seal", author="D. Vossberg", initials="DV",
                 text="Accepted. Blanket sealing language removed; the Court will not let us agree to seal everything."),
            dict(key="conf.d", anchor="the Court and its personnel", author="D. Vossberg", initials="DV",
                 text="Earlier draft said 'the Clerk shall return all sealed exhibits'. Deleted; the order cannot bind the Clerk."),
            dict(key="gc.nature", anchor="Quillfeather alleges", author="M. Okonkwo", initials="MO",
                 text="Client to confirm the date of the failed licensing negotiation.")],
  notes="Clean once tracked changes are accepted: the deleted text (w:del) holds a blanket-sealing sentence and a "
        "Clerk-duty sentence, the inserted text (w:ins) is compliant. Comments quote defective language but are "
        "not part of the order. Expectations refer to the accepted text.")

D("C22", case="moreno", judge="PD", case_no="2:25-cv-01947 MWF (PDx)", style="pd-form", caption="table",
  v=2, sig_mode="blank", title_lines=["STIPULATED PROTECTIVE ORDER", "(PD Version)"],
  notes="Clean; unsigned draft with blank signature lines (no /s/), so no L.R. 5-4.3.4 attestation is needed.")

D("C23", case="aurora", judge="SSC", case_no="2:24-cv-10122-SPG-SSC", style="christensen", caption="table",
  v=2, opts=dict(aeo=True, pbar=True, fre502d=True),
  notes="Clean; patent case with prosecution bar ('ex parte reexamination'), AEO tier and 502(d), in plain layout.")

D("C24", case="summit", judge="MAA", case_no="2:25-cv-02208 WLH-MAA", style="roman", caption="paragraphs",
  v=0, opts=dict(fre502d=True, closed_list_def=True),
  notes="Clean; definition of CONFIDENTIAL repeats the closed list of categories.")

D("C25", case="novacrest", judge="MRW", case_no="2:24-cv-07781-AB-MRW", style="run-in", caption="table", v=1,
  opts=dict(not_bound=True, nb_v=1, closed_list_def=True),
  notes="Clean; carries a court-not-bound sentence although Judge Wilner does not require one.")

D("C26", case="perez", judge="SP", case_no="5:25-cv-00902-SB (SPx)", style="section-underlined",
  caption="table", paper="pleading", v=2, notes="Clean; pleading paper.")

# ===========================================================================
# DEFECTIVE drafts

D("D01", case="okafor", judge="AS", case_no="2:24-cv-05561-SVW-AS", style="bold-typed", caption="table", v=0,
  opts=dict(aeo=True), attest=False,
  extra_counsel=[X("Samuel O. Brightwell", "301122", "sbrightwell@gigworkerlaw.example", "GIG WORKER JUSTICE PROJECT",
                   "1055 West Seventh Street, Suite 2800", "Los Angeles, California 90017", "(213) 555-0150",
                   "Co-Counsel for Plaintiff CHIDI OKAFOR")],
  mods=[retitle("intro.goodcause", "BACKGROUND AND REASONS FOR THIS ORDER", "Background and Reasons for This Order")],
  expected=[E("good-cause-heading", "intro.goodcause", "BACKGROUND AND REASONS FOR THIS ORDER"),
            E("signature-attestation", "sig.0.by", "/s/ Adaeze N. Umeh", absent=True)],
  notes="Good-cause facts are case-specific but sit under a different heading. Three /s/ signers, no attestation.")

D("D02", case="ellison", judge="PVC", case_no="2:25-cv-00877-GW-PVC", style="word-auto", caption="table", v=1,
  exhibit=False,
  mods=[dsec("intro.goodcause"),
        rep("def.confidential",
            "information (however generated, stored, or maintained) or tangible things that qualify for protection "
            "under Federal Rule of Civil Procedure 26(c) and consist of adverse-event reports and pharmacovigilance "
            "data; unpublished regulatory correspondence and clinical study reports; or manufacturing and "
            "formulation records for the drug at issue.")],
  expected=[E("good-cause-heading", "purposes.1", "The parties expect that discovery in this action will call for", absent=True, provision="Good Cause Statement (missing)"),
            E("exhibit-a-missing", "conf.c", "(Exhibit A)", absent=True, provision="Exhibit A (not attached)")],
  notes="No Good Cause Statement at all (section 1.2 removed; purposes paragraph goes straight to sealing "
        "acknowledgment). Categories in 2.3 are concrete, so no categories finding. Exhibit A referred to but not attached.")

D("D03", case="sandoval", judge="MAA", case_no="2:24-cv-06642 WLH-MAA", style="roman", caption="tabbed", v=0,
  mods=[dsec("intro.goodcause"),
        sub("purposes.1", "«PARTIES» therefore stipulate",
            "This action concerns an 84-year-old resident's fall at Redwood's memory-care facility in Thousand Oaks; "
            "discovery will include the medical records of Plaintiff and of other residents with dementia, whose "
            "diagnoses would be exposed by public disclosure, and caregivers' personnel files containing home "
            "addresses and immigration documents. «PARTIES» therefore stipulate"),
        rep("def.confidential",
            "information (however generated, stored, or maintained) or tangible things that qualify for protection "
            "under Federal Rule of Civil Procedure 26(c) and fall within the categories described in «REF:intro.purposes»."),
        after("finaldisp.2", p("finaldisp.retain",
              "This Court shall retain jurisdiction after the termination of this Action to enforce the terms of this Order."))],
  expected=[E("good-cause-heading", "purposes.1", "discovery will include the medical records of Plaintiff and of other residents"),
            E("duration-retains-jurisdiction", "finaldisp.retain", "This Court shall retain jurisdiction after the termination of this Action",
              severity="warning")],
  notes="Good-cause facts buried in the purposes paragraph (I.), no GOOD CAUSE STATEMENT heading. Retention-of-jurisdiction clause (warning).")

D("D04", case="duarte", judge="DTB", case_no="5:24-cv-02050-SSS-DTB", style="section-underlined", caption="table",
  paper="pleading", v=2,
  mods=[retitle("intro.goodcause", "STATEMENT OF GOOD CAUSE", "Statement of Good Cause")],
  expected=[E("good-cause-heading", "intro.goodcause", "Statement of Good Cause")],
  notes="Subtle: case-specific good cause under 'Statement of Good Cause' instead of the required words 'GOOD CAUSE STATEMENT'.")

D("D05", case="hollis", judge="MRW", case_no="2:25-cv-01583-AB-MRW", style="bold-typed", caption="table", v=1,
  mods=[dsec("intro.goodcause"),
        before("intro",
               p("recital.1", "WHEREAS, Plaintiff alleges that Crestmark refused her rental application at its "
                              "Inglewood apartment complex because she uses a housing voucher;"),
               p("recital.2", "WHEREAS, discovery will include rental applications and screening reports of other "
                              "applicants, which contain their income, credit scores, and Social Security numbers, and "
                              "rent rolls disclosing every tenant's rent and household composition;"),
               p("recital.3", "WHEREAS, Crestmark's screening thresholds are licensed from a vendor under a "
                              "confidentiality agreement;"),
               p("recital.4", "NOW, THEREFORE, the Parties stipulate to the following order:")),
        rep("def.confidential",
            "information (however generated, stored, or maintained) or tangible things that qualify for protection "
            "under Federal Rule of Civil Procedure 26(c) and fall within the categories described in the recitals above."),
        rep("filing.1",
            "The parties consent to the filing under seal of any document that contains CONFIDENTIAL material, and "
            "any such document will be filed under seal. If the Court declines to accept such a document under seal, "
            "the Receiving Party may file it in the public record.")],
  expected=[E("good-cause-heading", "recital.2", "WHEREAS, discovery will include rental applications"),
            E("sealing-blanket", "misc.filing", "any such document will be filed under seal")],
  notes="Good cause only in WHEREAS recitals before section 1, no heading. Blanket sealing by the parties' consent in 12.3 "
        "(1.C still names L.R. 79-5, so no sealing-rule finding).")

D("D06", case="vantage", judge="SSC", case_no="2:25-cv-03391-SPG-SSC", style="christensen", caption="table",
  paper="pleading", v=0,
  mods=[rep("gc.nature",
            "This action is likely to involve trade secrets, customer and pricing lists, and other valuable research, "
            "development, commercial, financial, technical, or proprietary information that warrants special "
            "protection from public disclosure. Such material may include confidential business or financial "
            "information, information about confidential business practices, other confidential research, "
            "development, or commercial information, and information that is otherwise generally unavailable to the "
            "public or that may be privileged or protected from disclosure under state or federal law."),
        *dele("gc.lead", "gc.cat.1", "gc.cat.2", "gc.cat.3", "gc.why"),
        rep("def.confidential",
            "information (however generated, stored, or maintained) or tangible things that qualify for protection "
            "under Federal Rule of Civil Procedure 26(c), including technical drawings, process specifications, cost "
            "proposals, labor rates, pricing, and teaming-agreement communications, as well as any other information "
            "the Producing Party deems confidential, whether it is produced in documents, in electronically stored "
            "information, in answers to interrogatories or requests for admission, in deposition testimony, or in "
            "the course of an inspection of premises or tangible things in this Action.")],
  split=dict(key="def.confidential"),
  expected=[E("good-cause-generic", "gc.nature", "other valuable research, development, commercial, financial, technical, or proprietary information"),
            E("categories-overbroad", "def.confidential", "any other information the Producing Party deems confidential")],
  notes="Model boilerplate good-cause paragraph with no case facts; catch-all in the CONFIDENTIAL definition. "
        "In the PDF the definition 2.3 (one long sentence) is split by a page break.")

D("D07", case="chen", judge="SP", case_no="5:25-cv-01020-SB (SPx)", style="run-in", caption="table", v=2,
  mods=[rep("gc.nature", "This is an employment case in which the parties expect to exchange documents."),
        rep("gc.cat.1", "Compensation records. The disclosure of this information could be damaging to the Producing Party."),
        rep("gc.cat.2", "Business reports. The disclosure of this information could be damaging to the Producing Party."),
        rep("gc.cat.3", "Customer information. The disclosure of this information could be damaging to the Producing Party.")],
  expected=[E("good-cause-generic", "gc.cat.1", "could be damaging to the Producing Party")],
  notes="Good-cause harm stated only as 'could be damaging'; nature of the case is one generic sentence.")

D("D08", case="kessler", judge="AS", case_no="2:25-cv-00964-SVW-AS", style="word-auto", caption="table", v=1,
  mods=[rep("gc.nature", "Good cause exists for entry of this Order because discovery will involve confidential information."),
        *dele("gc.lead", "gc.cat.1", "gc.cat.2", "gc.cat.3", "gc.why", "gc.tail"),
        rep("def.confidential",
            "information (however generated, stored, or maintained) or tangible things that qualify for protection "
            "under Federal Rule of Civil Procedure 26(c) and consist of client account statements, trade "
            "confirmations, and suitability questionnaires; compliance manuals, internal audit reports, and "
            "examination correspondence; or fee-sharing and placement agreements."),
        *dele("scope.trial"),
        rep("duration.1",
            "Protected Material introduced at trial shall remain sealed, and the parties shall use it at trial only "
            "under seal.")],
  expected=[E("good-cause-generic", "gc.nature", "Good cause exists for entry of this Order because discovery will involve confidential information."),
            E("trial-use", "duration.1", "Protected Material introduced at trial shall remain sealed")],
  notes="One-sentence good cause. Duration keeps trial exhibits sealed (and the Scope trial carve-out is gone).")

D("D09", case="baxter", judge="PD", case_no="2:24-cv-10354 MWF (PDx)", style="pd-form", caption="table", v=0,
  title_lines=["STIPULATED PROTECTIVE ORDER", "(PD Version)"],
  mods=[*dele("gc.nature", "gc.lead", "gc.cat.1", "gc.cat.2", "gc.cat.3", "gc.why"),
        rep("def.confidential",
            "information (however generated, stored, or maintained) or tangible things that qualify for protection "
            "under Federal Rule of Civil Procedure 26(c) and consist of officer personnel, training, and "
            "use-of-force review files; internal affairs investigation files; or Plaintiff's medical and "
            "mental-health records."),
        rep("joint.1",
            "If the Challenging Party serves a written objection to a designation, the Designating Party shall move "
            "for a protective order within ten days, and the Designating Party shall automatically waive the "
            "designation if it does not file that motion within that time.")],
  expected=[E("good-cause-generic", "gc.tail", "An order of the Court is therefore justified"),
            E("disputes-bypass-l37", "joint.1", "the Designating Party shall automatically waive the designation if")],
  notes="Good Cause Statement holds only the court's generic closing paragraph, no facts. Active-voice automatic waiver "
        "replaces the joint stipulation.")

D("D10", case="greenfield", judge="MAA", case_no="2:25-cv-02950 WLH-MAA", style="roman", caption="table", v=0,
  mods=[rep("gc.cat.1", "Agrinova's breeding records and genetic data. Disclosure of this information would cause competitive harm."),
        rep("gc.cat.2", "Grower contracts and pricing. Disclosure of this information would cause competitive harm."),
        rep("gc.cat.3", "Greenfield's yield and sales records. Disclosure of this information would cause competitive harm."),
        rep("sealack.1", "The parties acknowledge that this Order does not by itself entitle them to file confidential "
                         "information under seal."),
        rep("filing.1",
            "A Party that wishes to file Protected Material under seal shall seek leave in accordance with the "
            "Court's usual procedures for sealed filings, and if leave is denied the material may be filed publicly.")],
  expected=[E("good-cause-generic", "gc.cat.1", "Disclosure of this information would cause competitive harm."),
            E("sealing-rule-missing", "misc.filing", "the Court's usual procedures")],
  notes="Subtle generic good cause: the case summary is specific, but every category's harm is the same formula. "
        "Sealing clauses never name L.R. 79-5 ('usual procedures').")

D("D11", case="delgado", judge="PVC", case_no="2:25-cv-01455-GW-PVC", style="section-underlined", caption="table",
  v=1, attest=False,
  mods=[rep("def.confidential",
            "any information that the Designating Party believes in good faith is entitled to protection under "
            "Federal Rule of Civil Procedure 26(c)(1)(G).")],
  expected=[E("categories-overbroad", "def.confidential",
              "believes in good faith is entitled to protection under Federal Rule of Civil Procedure 26(c)(1)(G)"),
            E("signature-attestation", "sig.0.by", "/s/ Ernesto V. Galindo", absent=True)],
  notes="CONFIDENTIAL defined by the designator's belief (Robertson). Two /s/ signers, no attestation.")

D("D12", case="harbor", judge="KES", case_no="8:25-cv-00733-DOC-KES", style="bold-typed", caption="table",
  paper="pleading", v=2,
  mods=[rep("def.confidential",
            "non-public information concerning the parties' business practices, including their product "
            "development, sales, and personnel.")],
  expected=[E("categories-overbroad", "def.confidential", "non-public information concerning the parties' business practices"),
            E("caption-discovery-notation", "caption", "Case No. 8:25-cv-00733-DOC-KES", absent=True)],
  notes="Abstract-label definition (Aronson). Judge Scott case without the bracketed notation.")

D("D13", case="ramirez", judge="DTB", case_no="5:25-cv-00512-SSS-DTB", style="run-in", caption="paragraphs", v=0,
  opts=dict(closed_list_def=True),
  mods=[sub("def.confidential", ", each as described in the Good Cause Statement",
            "; and all other confidential, proprietary, or commercially sensitive information, each as described in the Good Cause Statement")],
  expected=[E("categories-overbroad", "def.confidential", "and all other confidential, proprietary, or commercially sensitive information")],
  notes="Closed list of concrete categories followed by a catch-all. Three /s/ signers with attestation (clean).")

D("D14", case="westwind", judge="MRW", case_no="2:25-cv-02611-AB-MRW", style="word-auto", caption="table", v=2,
  mods=[rep("def.confidential", "proprietary information, personal information, and confidential policies and procedures of the Parties."),
        sub("exA.decl", "declare under penalty of perjury that I have read", "state that I have read")],
  expected=[E("categories-overbroad", "def.confidential", "proprietary information, personal information, and confidential policies and procedures"),
            E("exhibit-a-missing", "exA.decl", "state that I have read in its entirety")],
  notes="Bare labels as categories (King). Exhibit A attached but without the penalty-of-perjury declaration.")

D("D15", case="moreno", judge="SSC", case_no="2:25-cv-04020-SRM-SSC", style="christensen", caption="table",
  paper="pleading", v=0,
  mods=[rep("filing.1",
            "Confidential material shall be filed under seal, and any Party that files a motion, opposition, reply, "
            "declaration, exhibit, or other paper that contains, quotes, summarizes, or attaches Protected Material "
            "shall file that paper, or the portions of it that contain Protected Material, under seal through the "
            "Court's electronic filing system, without any further application, so that the Protected Material never "
            "appears on the public docket of this Action."),
        rep("scope.trial", "Protected Material that is used at trial shall remain under seal and shall not become part of the public record."),
        *dele("duration.1")],
  split=dict(key="filing.1"),
  expected=[E("sealing-blanket", "misc.filing", "Confidential material shall be filed under seal"),
            E("trial-use", "scope.trial", "Protected Material that is used at trial shall remain under seal")],
  notes="Blanket sealing stated as fact (12.3; in the PDF this sentence is split by a page break). Trial sealing in Scope; "
        "the Duration paragraph about trial becoming public is removed.")

D("D16", case="nguyen", judge="SP", case_no="5:24-cv-01732-SB (SPx)", style="bold-typed", caption="table", v=1,
  mods=[rep("filing.1",
            "A Party that seeks to file Protected Material must comply with Local Rule 79-5. The Clerk of the Court is "
            "directed to accept for filing under seal any document that a Party has designated CONFIDENTIAL.")],
  expected=[E("sealing-blanket", "misc.filing", "The Clerk of the Court is directed to accept for filing under seal"),
            E("binds-court", "misc.filing", "The Clerk of the Court is directed to accept for filing under seal")],
  notes="The Clerk directed to accept designated material under seal: blanket sealing and a duty on the Clerk.")

D("D17", case="ortega", judge="AS", case_no="2:25-cv-03877-SVW-AS", style="section-underlined", caption="paragraphs",
  v=0,
  mods=[rep("filing.1",
            "Any Party may file Protected Material under seal without further order of the Court by lodging it with a "
            "cover page bearing the legend \"FILED UNDER SEAL PURSUANT TO PROTECTIVE ORDER.\""),
        after("duration.2", p("duration.forever",
              "The confidentiality obligations of this Order shall survive the final disposition of this Action and "
              "shall remain in effect in perpetuity."))],
  expected=[E("sealing-blanket", "misc.filing", "under seal without further order of the Court"),
            E("duration-retains-jurisdiction", "duration.forever", "shall remain in effect in perpetuity", severity="warning")],
  notes="Sealing without a court order. Confidentiality kept in force forever (warning).")

D("D18", case="tran", judge="MAA", case_no="2:25-cv-00390 WLH-MAA", style="roman", caption="table", v=1,
  mods=[rep("filing.1",
            "The parties agree that any Protected Material submitted to the Court will be lodged under seal and will "
            "remain under seal for the duration of this Action."),
        rep("joint.1",
            "If the parties cannot resolve the challenge within seven days, either party may submit a letter brief of "
            "no more than three pages to the Magistrate Judge, and the dispute will be resolved on the letter briefs.")],
  expected=[E("sealing-blanket", "misc.filing", "will be lodged under seal and will remain under seal"),
            E("disputes-bypass-l37", "joint.1", "either party may submit a letter brief of no more than three pages")],
  notes="Parties agree everything submitted stays under seal. Letter-brief procedure instead of the L.R. 37-2 joint stipulation.")

D("D19", case="aurora", judge="JDE", case_no="8:25-cv-01188-MRA (JDEx)", style="bold-typed", caption="table",
  paper="pleading", v=1, opts=dict(aeo=True),
  mods=[sub("sealack.1", " That material has been designated under this Order is not, standing alone, a reason to seal it.", ""),
        sub("filing.1", "Protected Material may be filed under seal only pursuant to a court order authorizing the sealing of the specific Protected Material at issue.",
            "A Party's designation of material as CONFIDENTIAL constitutes good cause for filing that material under seal.")],
  expected=[E("sealing-blanket", "misc.filing", "constitutes good cause for filing that material under seal"),
            E("caption-discovery-notation", "caption", "Case No. 8:25-cv-01188-MRA (JDEx)", absent=True)],
  notes="Subtle blanket sealing: the designation itself is declared good cause for sealing. Judge Early case without the notation.")

D("D20", case="fairmont", judge="PVC", case_no="2:25-cv-02471-GW-PVC", style="word-auto", caption="table", v=0,
  attest=False,
  extra_counsel=[X("Ruth E. Kaminski", "259877", "rkaminski@centralvalleyag.example", "CENTRAL VALLEY AG COUNSEL",
                   "2300 Tulare Street, Suite 230", "Fresno, California 93721", "(559) 555-0142",
                   "Co-Counsel for Plaintiff FAIRMONT DAIRY COOPERATIVE")],
  mods=[dsec("intro.sealack"), dsec("misc.filing")],
  expected=[E("sealing-rule-missing", "objections.1", "no Party waives any right to object on any ground", absent=True, provision="Filing Protected Material / sealing acknowledgment (missing)"),
            E("signature-attestation", "sig.0.by", "/s/ Rebecca A. Montague", absent=True)],
  notes="No sealing acknowledgment and no filing section at all. Three /s/ signers, no attestation.")

D("D21", case="alvarez", judge="AS", case_no="2:25-cv-01874-SVW-AS", style="run-in", caption="table", v=0,
  mods=[sub("sealack.1", "Local Rule 79-5 sets forth",
            "The Court's Pilot Project for the Electronic Submission and Filing of Under Seal Documents sets forth"),
        rep("filing.1",
            "A Party that seeks to file Protected Material under seal must follow the procedures of the Court's Pilot "
            "Project for the Electronic Submission and Filing of Under Seal Documents, and may file the material under "
            "seal only with the Court's approval.")],
  expected=[E("sealing-rule-missing", "misc.filing", "Pilot Project for the Electronic Submission and Filing of Under Seal Documents")],
  notes="Superseded procedure (the pilot project) cited in place of L.R. 79-5, in 1.C and 12.3.")

D("D22", case="quill", judge="PD", case_no="2:25-cv-03305 MWF (PDx)", style="pd-form", caption="table", v=1,
  title_lines=["STIPULATED PROTECTIVE ORDER", "(PD Version)"],
  mods=[dsec("intro.sealack"),
        rep("filing.1", "A Party may request leave to file Protected Material under seal, and no Protected Material "
                        "shall be filed under seal unless the Court grants leave."),
        rep("conf.d", "the Court and its personnel, provided that any law clerk, courtroom deputy, or other court staff "
                      "member who reviews Protected Material first signs the \"Acknowledgment and Agreement to Be "
                      "Bound\" (Exhibit A);")],
  expected=[E("sealing-rule-missing", "misc.filing", "A Party may request leave to file Protected Material under seal"),
            E("binds-court", "conf.d", "other court staff member who reviews Protected Material first signs")],
  notes="No 1.C acknowledgment and a filing clause that never names L.R. 79-5. Court staff required to sign Exhibit A.")

D("D23", case="lakeshore", judge="SSC", case_no="2:25-cv-04418-SPG-SSC", style="christensen", caption="paragraphs",
  v=0,
  mods=[sub("sealack.1", "Local Rule 79-5 sets forth", "Local Rule 141 sets forth"),
        rep("filing.1", "A Party that seeks to file Protected Material under seal shall comply with Local Rule 141, and "
                        "may file under seal only with the Court's approval."),
        sub("exA.decl", "Central District of California", "Northern District of California"),
        sub("exA.juris", "Central District of California", "Northern District of California")],
  expected=[E("sealing-rule-missing", "misc.filing", "shall comply with Local Rule 141"),
            E("exhibit-a-missing", "exA.juris", "United States District Court for the Northern District of California")],
  notes="Wrong sealing rule (E.D. Cal. L.R. 141) in 1.3 and 12.3. Exhibit A copied from another district: jurisdiction "
        "of the Northern District, not C.D. Cal.")

D("D24", case="bayview", judge="KES", case_no="8:25-cv-00452-JVS-KES", style="section-underlined", caption="table",
  paper="pleading", v=2,
  mods=[rep("joint.1",
            "If the Challenging Party serves a written objection identifying the challenged material and the parties "
            "cannot resolve it, the Designating Party shall file a motion for a protective order within 21 days of the "
            "objection, and if the Designating Party does not file a motion within 21 days, the designation shall be "
            "deemed waived and the challenged material may thereafter be used and disclosed as though it had never "
            "been designated under this Order.")],
  split=dict(key="joint.1"),
  expected=[E("disputes-bypass-l37", "joint.1", "if the Designating Party does not file a motion within 21 days, the designation shall be deemed waived"),
            E("caption-discovery-notation", "caption", "Case No. 8:25-cv-00452-JVS-KES", absent=True)],
  notes="Waiver phrased as a negated condition; in the PDF this sentence is split by a page break. Judge Scott case "
        "without the notation. Three /s/ signers with attestation (clean).")

D("D25", case="summit", judge="DTB", case_no="5:25-cv-01266-SSS-DTB", style="word-auto", caption="table", v=1,
  mods=[rep("timing.1", "A Party may challenge a designation at any time by filing a noticed motion under Local Rule 7, "
                        "which shall be heard on 14 days' notice."),
        rep("confer.1", "Before filing such a motion, counsel shall confer by telephone."),
        *dele("joint.1"),
        rep("scope.trial", "This Order shall govern the use of Protected Material at trial and at all hearings in this Action."),
        *dele("duration.1")],
  expected=[E("disputes-bypass-l37", "timing.1", "at any time by filing a noticed motion under Local Rule 7"),
            E("trial-use", "scope.trial", "This Order shall govern the use of Protected Material at trial")],
  notes="Challenges 'at any time' by a party-designed noticed motion (no L.R. 37-1 letter, no joint stipulation). "
        "The Order claims to govern trial.")

D("D26", case="silverline", judge="MAA", case_no="2:25-cv-04702 WLH-MAA", style="roman", caption="paragraphs", v=2,
  mods=[sub("joint.2", "The burden of persuasion in any such challenge proceeding shall be on the Designating Party.",
            "The Challenging Party shall bear the burden of showing that the challenged material does not qualify for protection.")],
  expected=[E("disputes-bypass-l37", "joint.2", "The Challenging Party shall bear the burden of showing")],
  notes="Subtle: L.R. 37 route kept, but the burden is shifted to the Challenging Party.")

D("D27", case="chen", judge="MRW", case_no="2:25-cv-03019-AB-MRW", style="bold-typed", caption="table", v=0,
  mods=[rep("violation.1",
            "If a Party believes that another Party has violated this Order, it may give written notice of the "
            "violation, and if the violation is not cured within five days the aggrieved Party may apply ex parte for "
            "an order to show cause, and the violating Party shall pay liquidated damages of $10,000 for each violation."),
        after("finaldisp.2", p("finaldisp.retain",
              "This Court shall retain jurisdiction indefinitely to enforce this Order after the termination of this Action."))],
  expected=[E("disputes-bypass-l37", "violation.1", "the aggrieved Party may apply ex parte for an order to show cause"),
            E("duration-retains-jurisdiction", "finaldisp.retain", "This Court shall retain jurisdiction indefinitely",
              severity="warning")],
  notes="Private enforcement procedure for violations (Section 14). Court retains jurisdiction indefinitely (warning).")

D("D28", case="pacrim", judge="SSC", case_no="2:25-cv-02156-SRM-SSC", style="christensen", caption="table",
  paper="pleading", v=1,
  mods=[rep("joint.1",
            "If the parties cannot agree within five days after a challenge is made, the objecting party may file a "
            "motion, and the challenged material shall lose its protection under this Order unless the Designating "
            "Party files its own motion to retain the designation within ten days after the objecting party's motion "
            "is served, in which event the two motions will be heard together on the regular law-and-motion calendar."),
        rep("exA.juris", "I further agree that any dispute about my compliance with the Stipulated Protective Order "
                         "will be resolved by the courts of the State of California.")],
  split=dict(key="joint.1"),
  expected=[E("disputes-bypass-l37", "joint.1", "the objecting party may file a motion"),
            E("exhibit-a-missing", "exA.juris", "will be resolved by the courts of the State of California")],
  notes="Party-designed motion schedule with loss of protection (rejections.md example); split across pages in the PDF. "
        "Exhibit A lacks consent to C.D. Cal. jurisdiction.")

D("D29", case="brightwater", judge="JDE", case_no="8:25-cv-00870-MRA-JDE", style="run-in", caption="table", v=2,
  notation="DISCOVERY MATTER",
  expected=[E("caption-discovery-notation", "caption", "DISCOVERY MATTER")],
  notes="Judge Early requires '[Discovery Document: Referred to Magistrate Judge John D. Early]' verbatim; the caption "
        "carries the generic 'DISCOVERY MATTER' instead.")

D("D30", case="marisol", judge="JDE", case_no="8:25-cv-01342-MRA (JDEx)", style="bold-typed", caption="table",
  paper="pleading", v=0, attest=False,
  extra_counsel=[X("Paloma R. Estrada", "300451", "pestrada@solismontero.example", "SOLIS MONTERO LLP",
                   "5000 Birch Street, Suite 4000", "Newport Beach, California 92660", "(949) 555-0107",
                   "Attorneys for Plaintiff MARISOL FOODS, INC."),
                 X("Kenneth A. Morrow", "229310", "kmorrow@crosbyhale.example", "CROSBY HALE LLP",
                   "633 West Fifth Street, Suite 2800", "Los Angeles, California 90071", "(213) 555-0157",
                   "Attorneys for Defendant SOL HARVEST DISTRIBUTORS, INC.")],
  expected=[E("caption-discovery-notation", "caption", "Case No. 8:25-cv-01342-MRA (JDEx)", absent=True),
            E("signature-attestation", "sig.0.by", "/s/ Javier R. Solis", absent=True)],
  notes="Judge Early case without the notation. Four /s/ signers, no attestation.")

D("D31", case="mendez", judge="SP", case_no="5:25-cv-00733-SB (SPx)", style="section-underlined", caption="table", v=1,
  mods=[rep("scope.trial", "At any hearing or at trial, a Designating Party may require that all persons not authorized "
                           "under «REF:access.conf» leave the courtroom before its CONFIDENTIAL material is discussed or "
                           "displayed.")],
  expected=[E("trial-use", "scope.trial", "leave the courtroom before its CONFIDENTIAL material is discussed")],
  notes="Parties purport to close the courtroom at hearings and trial.")

D("D32", case="whitcombe", judge="MAA", case_no="2:25-cv-01799 WLH-MAA", style="roman", caption="table", v=0,
  mods=[*dele("scope.trial", "duration.1")],
  expected=[E("trial-use", "scope.1", "The protections conferred by this Order cover not only Protected Material", absent=True, provision="Scope and Duration (trial carve-out missing)")],
  notes="Subtle: no trial carve-out anywhere (Scope silent on trial; Duration has only the final-disposition definition).")

D("D33", case="novacrest", judge="PVC", case_no="2:25-cv-03563-GW-PVCx", style="run-in", caption="paragraphs", v=2,
  mods=[*dele("scope.trial"),
        rep("duration.1", "The parties will meet and confer before trial and will agree among themselves on the manner in "
                          "which Protected Material may be used at trial and at any hearing, and that agreement shall govern "
                          "such use."),
        dele("exA.agent")[0],
        sub("exA.decl", "declare under penalty of perjury that", "acknowledge that")],
  expected=[E("trial-use", "duration.1", "agree among themselves on the manner in which Protected Material may be used at trial"),
            E("exhibit-a-missing", "exA.decl", "acknowledge that I have read in its entirety")],
  notes="Parties decide trial use among themselves. Exhibit A lacks penalty of perjury and the California agent.")

D("D34", case="lopez", judge="KK", case_no="EDCV 17-0452-JGB (KKx)", style="bold-typed", caption="table",
  paper="pleading", v=1, notation=NOTATION["KK"],
  mods=[after("duration.2", p("duration.forever",
              "Even after final disposition of this litigation, the confidentiality obligations imposed by this Order "
              "shall remain in effect until a Designating Party agrees otherwise in writing or a court order otherwise directs."))],
  expected=[E("binds-court", "scope.1", "The protections conferred by this Order cover not only Protected Material", absent=True, provision="Scope (court-not-bound sentence missing)"),
            E("duration-retains-jurisdiction", "duration.forever", "shall remain in effect until a Designating Party agrees otherwise",
              severity="warning")],
  notes="Judge Kato: no sentence exempting the Court and court personnel. Old-form perpetual confidentiality (warning).")

D("D35", case="mojave", judge="KK", case_no="5:17-cv-02210-JGB-KK", style="word-auto", caption="table", v=0,
  notation=NOTATION["KK"], attest=False,
  expected=[E("binds-court", "scope.1", "The protections conferred by this Order cover not only Protected Material", absent=True, provision="Scope (court-not-bound sentence missing)"),
            E("signature-attestation", "sig.0.by", "/s/ Wendell J. Prater", absent=True)],
  notes="Judge Kato: no court-not-bound sentence. Three /s/ signers, no attestation.")

D("D36", case="hollis", judge="SSC", case_no="2:25-cv-04877-SPG-SSC", style="christensen", caption="table", v=2,
  mods=[after("finaldisp.2", p("finaldisp.clerk",
              "Within 30 days after final disposition, the Clerk of the Court shall return to the Producing Party all "
              "exhibits designated CONFIDENTIAL that were lodged or filed in this Action."))],
  expected=[E("binds-court", "finaldisp.clerk", "the Clerk of the Court shall return to the Producing Party all exhibits")],
  notes="The Clerk is given a duty to return exhibits.")

D("D37", case="perez", judge="AS", case_no="2:25-cv-02690-SVW-AS", style="section-underlined", caption="textbox", v=0,
  mods=[after("basic.2", p("basic.court",
              "The Court and its personnel shall maintain all Protected Material in a locked location and shall destroy "
              "it upon final disposition of this Action.")),
        sub("def.confidential", "listed in the Good Cause Statement in «REF:intro.goodcause».",
            "listed in the Good Cause Statement in «REF:intro.goodcause», or any other sensitive information that a "
            "Party wishes to keep confidential.")],
  expected=[E("binds-court", "basic.court", "The Court and its personnel shall maintain all Protected Material"),
            E("categories-overbroad", "def.confidential", "or any other sensitive information that a Party wishes to keep confidential")],
  notes="Duty imposed on the Court and its personnel. Catch-all appended to an otherwise proper definition.")

D("D38", case="sandoval", judge="PVC", case_no="2:25-cv-03951-GW-PVC", style="bold-typed", caption="table", v=1,
  exhibit=False,
  mods=[after("duration.2", p("duration.forever",
              "The obligations of this Order shall continue in full force after the final disposition of this Action, "
              "without limit of time.")),
        after("finaldisp.2", p("finaldisp.retain",
              "The Court retains jurisdiction after the final disposition of this Action to enforce this Order and to "
              "impose sanctions for any violation."))],
  expected=[E("exhibit-a-missing", "conf.c", "(Exhibit A)", absent=True, provision="Exhibit A (not attached)"),
            E("duration-retains-jurisdiction", "duration.forever", "without limit of time", severity="warning"),
            E("duration-retains-jurisdiction", "finaldisp.retain", "The Court retains jurisdiction after the final disposition",
              severity="warning")],
  notes="Exhibit A not attached. Perpetual obligations and retained jurisdiction (both warnings).")

D("D39", case="duarte", judge="MRW", case_no="2:25-cv-04155-AB-MRW", style="run-in", caption="table",
  paper="pleading", v=0,
  mods=[after("duration.2", p("duration.forever",
              "Even after final disposition of this litigation, the confidentiality obligations imposed by this Order "
              "shall remain in effect until a Designating Party agrees otherwise in writing or a court order otherwise directs.")),
        after("finaldisp.2", p("finaldisp.retain",
              "This Court shall retain jurisdiction over the parties and this Order for as long as any Protected "
              "Material remains in existence."))],
  expected=[E("duration-retains-jurisdiction", "duration.forever", "shall remain in effect until a Designating Party agrees otherwise",
              severity="warning"),
            E("duration-retains-jurisdiction", "finaldisp.retain", "This Court shall retain jurisdiction over the parties",
              severity="warning")],
  notes="Warnings only (no error): old-form perpetual duration and retention of jurisdiction. Counted as not clean "
        "for warnings, but it has no error-level finding.")

D("D40", case="castaneda", judge="DTB", case_no="5:25-cv-01808-SSS-DTB", style="bold-typed", caption="table", v=2,
  mods=[rep("gc.nature", "The parties anticipate that discovery will involve confidential and proprietary information, "
                         "the disclosure of which could harm the parties' business and privacy interests. The parties "
                         "therefore believe good cause exists for this Order."),
        *dele("gc.lead", "gc.cat.1", "gc.cat.2", "gc.why"),
        rep("def.confidential", "information (however generated, stored, or maintained) or tangible things that qualify "
                                "for protection under Federal Rule of Civil Procedure 26(c) and consist of payroll and "
                                "time records of packing-house employees or Sunrise's grower contracts and per-carton pricing."),
        rep("filing.1", "All documents designated CONFIDENTIAL shall be filed under seal."),
        rep("joint.1", "If the parties cannot resolve a challenge, the Challenging Party may file a motion within 14 days, "
                       "and the material shall remain protected only if the Designating Party opposes that motion within 7 days.")],
  expected=[E("good-cause-generic", "gc.nature", "could harm the parties' business and privacy interests"),
            E("sealing-blanket", "misc.filing", "All documents designated CONFIDENTIAL shall be filed under seal."),
            E("disputes-bypass-l37", "joint.1", "the Challenging Party may file a motion within 14 days")],
  notes="Typical bad first draft with three errors.")

D("D41", case="oceanic", judge="SSC", case_no="2:25-cv-05012-SRM-SSC", style="bold-typed", caption="table", v=0,
  smart=False, rev_author="E. Montrose",
  mods=[rep("joint.1",
            "[[del:If the parties cannot resolve the challenge, any challenge submitted to the Court shall be presented "
            "in a joint stipulation under Local Rule 37-2, prepared in the form and manner that Local Rules 37-2.1 and "
            "37-2.2 prescribe.]][[ins:If the parties cannot resolve the challenge, the Designating Party shall file a "
            "motion to retain the designation, and if the Designating Party does not file a motion within 21 days of "
            "the challenge, the designation shall be deemed waived.]]"),
        rep("finaldisp.2",
            "Notwithstanding this provision, Counsel are entitled to retain an archival copy of all pleadings, motion "
            "papers, trial, deposition, and hearing transcripts, legal memoranda, correspondence, deposition and trial "
            "exhibits, expert reports, attorney work product, and consultant and expert work product, even if such "
            "materials contain Protected Material. Any such archival copies that contain or constitute Protected "
            "Material remain subject to this Order as set forth in «REF:duration» (DURATION).[[del: The Clerk shall "
            "return all exhibits to the Producing Party at the conclusion of the case.]]")],
  comments=[dict(key="confer.1", anchor="Local Rule 37-1 et seq.", author="L. Dimas", initials="LD",
                 text="We cannot accept this: L.R. 37 requires the joint stipulation. Reject before filing.")],
  expected=[E("disputes-bypass-l37", "joint.1", "if the Designating Party does not file a motion within 21 days of the challenge, the designation shall be deemed waived")],
  notes="Tracked changes: the L.R. 37-2 sentence is deleted (w:del) and a waiver-by-inaction procedure inserted (w:ins). "
        "A deleted Clerk-duty sentence must NOT be reported. A comment objects to the insertion. Expectations refer "
        "to the text with all changes accepted.")

D("D42", case="pinnacle", judge="SP", case_no="5:25-cv-01455-SB (SPx)", style="christensen", caption="table", v=1,
  attest=False,
  mods=[rep("scope.trial", "Protected Material may be used at hearings and at trial only under seal, and the parties shall "
                           "ask that any such exhibits be kept under seal after trial."),
        *dele("duration.1")],
  expected=[E("trial-use", "scope.trial", "may be used at hearings and at trial only under seal"),
            E("signature-attestation", "sig.0.by", "/s/ Celeste N. Ambrose", absent=True)],
  notes="Trial and hearing use only under seal. Two /s/ signers, no attestation.")

# ===========================================================================
# INCOMPLETE / not a protective order (synthetic)

D("I01", case="novacrest", judge="SSC", case_no="2:25-cv-05230-SPG-SSC", style="christensen", caption="table", v=1,
  truncate_after="defs",
  expected=[E("incomplete-order", "def.receiving", "a Party that receives Disclosure or Discovery Material")],
  notes="Draft stops after the definitions (no scope, challenges, filing, signatures, order or Exhibit A).")

D("I06", case="ellison", judge="MAA", case_no="2:25-cv-05001 WLH-MAA", style="roman", caption="paragraphs", v=0,
  truncate_after="intro.goodcause",
  expected=[E("incomplete-order", "gc.tail", "An order of the Court is therefore justified")],
  notes="Draft stops after the Good Cause Statement (sections I and II only).")

D("I02", kind="other", doc="memorandum", case="brightwater", judge="KES", case_no="8:24-cv-01408-DOC-KES",
  style="plain-memo", caption="table",
  expected=[E("incomplete-order", "memo.1", "The Court has reviewed the parties' proposed Stipulated Protective Order")],
  notes="A magistrate judge's memorandum rejecting a stipulated protective order. It quotes the rejected clauses "
        "(blanket sealing, a party-designed challenge procedure, a Clerk duty); none of them is a finding.")

D("I03", kind="other", doc="minutes", case="marisol", judge="JDE", case_no="8:24-cv-02175-MRA-JDE",
  style="plain-memo", caption="none",
  expected=[E("incomplete-order", "min.proc", "ORDER DECLINING TO ENTER STIPULATED PROTECTIVE ORDER")],
  notes="Civil minute order declining to enter a protective order; lists missing good-cause heading, trial and court-personnel terms.")

D("I04", kind="other", doc="extend", case="rivera", judge="DTB", case_no="5:25-cv-00344-SSS-DTB",
  style="bold-typed", caption="table",
  expected=[E("incomplete-order", "ext.1", "stipulate to extend the time for Defendants to respond")],
  notes="Unrelated stipulation (extension of time to respond to the complaint, L.R. 8-3).")

D("I05", kind="other", doc="cover", case="alvarez", judge="SSC", case_no="2:25-cv-00418-MWF-SSC",
  style="christensen", caption="table",
  expected=[E("incomplete-order", "cov.3", "lodged concurrently with this Stipulation")],
  notes="Stipulation asking for entry of a protective order that is not attached; two /s/ signers without attestation "
        "(only incomplete-order is expected).")

D("I07", kind="other", doc="bareorder", case="hollis", judge="PVC", case_no="2:25-cv-02280-GW-PVC",
  style="bold-typed", caption="table",
  expected=[E("incomplete-order", "bare.1", "the Court enters the parties' Stipulated Protective Order")],
  notes="One-page proposed order granting the stipulation 'as filed' without setting out any terms (L.R. 52-4.1).")
