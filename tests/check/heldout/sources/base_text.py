"""Model text of a C.D. Cal. stipulated protective order, written for this corpus.

The prose follows the structure described in /work/shared/domain/model-order.md
(common layout: 1.A/1.B/1.C, definitions, scope ... violation, signatures, order,
Exhibit A).  It is paraphrased, not copied from any court's form.

Placeholders, filled in by build.py:
  «P» / «D»          short names of the first plaintiff / first defendant
  «PARTIES»          sentence fragment naming the stipulating parties
  «ACTION»           case title, e.g. "Harbor Lantern Lighting, Inc. v. Tidewater Fixtures, LLC"
  «CASENO»           case number as printed in the caption
  «REF:key»          cross-reference to a section, rendered in the draft's numbering
Blocks are dicts; "key" is a stable id that drafts.py uses to mutate the text.
"""

from __future__ import annotations


def h1(key, title, tc=None):
    return {"t": "h1", "key": key, "title": title, "tc": tc or title.title()}


def h2(key, title, tc=None):
    return {"t": "h2", "key": key, "title": title, "tc": tc or title.title()}


def p(key, text, **kw):
    d = {"t": "p", "key": key, "text": text}
    d.update(kw)
    return d


def li(key, text, **kw):
    d = {"t": "li", "key": key, "text": text}
    d.update(kw)
    return d


def dfn(key, term, text):
    return {"t": "def", "key": key, "term": term, "text": text}


# ---------------------------------------------------------------------------
# Variant sentences.  Clean drafts must contain the court's own standard
# sentences that a naive checker could misread; each comes in several wordings
# so that no single phrasing is learned.

PURPOSES = [
    "Discovery in this action is likely to require the production of confidential, "
    "proprietary, or private information that warrants special protection from public "
    "disclosure and from use for any purpose other than prosecuting, defending, or "
    "settling this litigation. «PARTIES» therefore stipulate to, and ask the Court to "
    "enter, the following Stipulated Protective Order. The parties acknowledge that this "
    "Order does not confer blanket protection on all disclosures or responses to "
    "discovery. The protection it affords from public disclosure and use extends only to "
    "the limited information or items that are entitled to confidential treatment under "
    "the applicable legal principles.",
    "The parties expect that discovery in this action will call for the production of "
    "confidential, proprietary, or private information, and that such information "
    "deserves special protection from public disclosure and from any use other than "
    "the prosecution, defense, or settlement of this case. «PARTIES» accordingly "
    "stipulate to and petition the Court to enter this Stipulated Protective Order. The "
    "parties understand that the Order does not give blanket protection to every "
    "disclosure or discovery response; it protects only the limited information or "
    "items that qualify for confidential treatment under the governing legal "
    "principles.",
]

GC_LEAD = [
    "The parties expect discovery to include the following categories of information, "
    "each of which warrants protection for the reason stated:",
    "Discovery is expected to reach the following categories of documents and "
    "information. For each, the parties state the particular harm that public "
    "disclosure would cause if no protective order were entered:",
]

GC_TAIL = [
    "An order of the Court is therefore justified: it will speed the exchange of "
    "information, allow disputes over confidentiality to be resolved promptly, protect "
    "information the parties are entitled to keep confidential, permit the parties the "
    "reasonably necessary use of such material in preparing for trial, and govern how "
    "the material is handled when the litigation ends.",
    "For these reasons a protective order will expedite the flow of discovery, help "
    "resolve confidentiality disputes quickly, adequately protect information the "
    "parties may properly keep confidential, allow the parties the uses of that "
    "material reasonably needed to prepare for trial, and settle how it is handled at "
    "the end of the case.",
]

TACTICAL = [
    "The parties will not designate information as confidential for tactical reasons, "
    "and nothing will be so designated without a good-faith belief that it has been "
    "maintained in a confidential, non-public manner and that there is good cause why "
    "it should not be part of the public record of this case.",
    "No Party will designate material for tactical reasons; a Party will designate only "
    "material that it believes in good faith has been kept confidential and non-public "
    "and that there is good cause to keep out of the public record.",
]

SEALACK = [
    "The parties further acknowledge, as set forth in «REF:misc.filing» below, that "
    "this Stipulated Protective Order does not entitle them to file confidential "
    "information under seal. Local Rule 79-5 sets forth the procedures that must be "
    "followed, and the standards that will be applied, when a party asks the Court for "
    "permission to file material under seal. See Kamakana v. City & County of Honolulu, "
    "447 F.3d 1172, 1176-80 (9th Cir. 2006). A designation "
    "of material as CONFIDENTIAL does not, by itself, establish good cause or compelling "
    "reasons for sealing, and a document whose confidential portions can be redacted "
    "will not be sealed in its entirety.",
    "The parties also acknowledge, as «REF:misc.filing» explains, that this Order does "
    "not by itself entitle anyone to file confidential information under seal. Local "
    "Rule 79-5 governs the procedure for, and the standards applied to, any request for "
    "permission to file material under seal. See Center for Auto Safety v. Chrysler "
    "Group, LLC, 809 F.3d 1092, 1096-98 (9th Cir. 2016). That "
    "material has been designated under this Order is not, standing alone, a reason to "
    "seal it.",
]

TRIAL_SCOPE = [
    "Any use of Protected Material at trial shall be governed by the orders of the trial "
    "judge. This Order does not govern the use of Protected Material at trial.",
    "This Order governs discovery only. The use of Protected Material at trial, and at "
    "any hearing before the trial judge, is governed by the trial judge's orders and not "
    "by this Order.",
    "This Order does not govern the use of Protected Material at trial; that use will be "
    "governed by the orders of the trial judge.",
]

NOT_BOUND = [
    "This Order does not bind the Court or court personnel. The Court and its personnel "
    "are subject only to the Court's internal procedures for handling material that is "
    "filed or lodged, including material filed or lodged under seal.",
    "The terms of this Order do not apply to the Court or to court personnel, who remain "
    "subject only to the Court's own internal procedures for the handling of filed or "
    "lodged material, including material filed or lodged under seal.",
    "Nothing in this Order imposes any obligation on the Court or its personnel; they "
    "follow only the Court's internal procedures governing material that is filed or "
    "lodged, whether or not under seal.",
]

TRIAL_PUBLIC = [
    "Once this case proceeds to trial, any information that was designated CONFIDENTIAL "
    "or maintained under this Order and that is used or introduced as an exhibit at "
    "trial becomes public and will be presumptively available to all members of the "
    "public, including the press, unless compelling reasons, supported by specific "
    "factual findings, are shown to the trial judge in advance of trial to proceed "
    "otherwise.",
    "If this Action goes to trial, designated material that is used or introduced as an "
    "exhibit at trial will become public and presumptively available to everyone, the "
    "press included, unless the trial judge is shown, before trial, compelling reasons "
    "supported by specific factual findings for treating it otherwise.",
    "Material designated under this Order that is used or introduced as an exhibit at "
    "trial becomes public at trial and is presumptively available to all members of the "
    "public, including the press, unless compelling reasons, supported by specific "
    "factual findings, are shown to the trial judge before trial for keeping it "
    "confidential.",
]

TRIAL_PUBLIC_TAIL = (
    "See Kamakana, 447 F.3d at 1180-81. The terms of this Order therefore do not extend "
    "beyond the commencement of trial as to material used there."
)

FINAL_DISP_DEF = (
    "Final disposition means the later of (1) dismissal of all claims and defenses in "
    "this Action and (2) final judgment after all appeals and reviews are completed or "
    "the time to seek them has expired."
)

FRIVOLOUS = [
    "Frivolous challenges, and challenges made for an improper purpose (e.g., to harass "
    "or to impose unnecessary expense and burdens on other parties), may expose the "
    "Challenging Party to sanctions.",
    "A challenge that is frivolous, or that is brought for an improper purpose (for "
    "example, to harass or to impose unnecessary expense and burdens on other parties), "
    "may expose the Challenging Party to sanctions.",
    "The Challenging Party may be exposed to sanctions for frivolous challenges and for "
    "challenges made for an improper purpose, such as to harass or to impose "
    "unnecessary expense and burdens on other parties.",
]

LODGED = [
    "While an application for leave to file under seal is pending, the material that is "
    "the subject of the application is lodged conditionally under seal, as Local Rule "
    "79-5 directs.",
    "Pending the Court's ruling on an application for leave to file under seal, the "
    "papers or portions of papers that are the subject of the application are lodged "
    "conditionally under seal in the manner Local Rule 79-5 prescribes.",
]

F502D = (
    "Pursuant to Federal Rule of Evidence 502(d), the production in this Action of a "
    "document protected by the attorney-client privilege or the work-product doctrine, "
    "whether inadvertent or otherwise, is not a waiver of the privilege or protection in "
    "this Action or in any other federal or state proceeding. This paragraph shall be "
    "interpreted to give the maximum protection Rule 502(d) allows, and a Producing "
    "Party need not show that a production was inadvertent or that it took reasonable "
    "steps to prevent it. Because an agreement that is not made part of a court order "
    "binds only its parties under Rule 502(e), the parties ask the Court to include this "
    "paragraph in its Order."
)

WHY_ORDER = [
    "A court order, rather than a private agreement, is needed because some of this "
    "material will come from Non-Parties and deponents who are bound by no agreement.",
    "A private agreement would not suffice: Non-Parties who produce documents under "
    "subpoena need the assurance of an enforceable order.",
]


def cats_sentence(case):
    """Closed list of categories, used in definition 2.3 when the draft enumerates them."""
    names = [c[0].rstrip(".") for c in case["categories"]]
    names = [n[0].lower() + n[1:] if not n[:2].isupper() else n for n in names]
    if len(names) == 1:
        lst = names[0]
    else:
        lst = "; ".join(names[:-1]) + "; and " + names[-1]
    return lst


def build_blocks(case, o):
    """Return the list of blocks of a complete, clean order for `case` with options `o`."""
    v = o.get("v", 0)
    B = []
    B.append(h1("intro", "INTRODUCTION", "Introduction"))
    B.append(h2("intro.purposes", "PURPOSES AND LIMITATIONS", "Purposes and Limitations"))
    B.append(p("purposes.1", PURPOSES[v % 2]))
    B.append(h2("intro.goodcause", "GOOD CAUSE STATEMENT", "Good Cause Statement"))
    B.append(p("gc.nature", case["nature"]))
    B.append(p("gc.lead", GC_LEAD[v % 2]))
    for i, (cat, harm) in enumerate(case["categories"]):
        B.append(li("gc.cat.%d" % (i + 1), "%s %s" % (cat, harm)))
    B.append(p("gc.why", case.get("why") or WHY_ORDER[v % 2]))
    B.append(p("gc.tail", GC_TAIL[v % 2] + ((" " + TACTICAL[(v // 2) % 2]) if v % 2 == 0 or o.get("tactical") else "")))
    B.append(h2("intro.sealack", "ACKNOWLEDGMENT OF PROCEDURE FOR FILING UNDER SEAL",
                "Acknowledgment of Procedure for Filing Under Seal"))
    B.append(p("sealack.1", SEALACK[v % 2]))

    # ---- 2. Definitions
    B.append(h1("defs", "DEFINITIONS", "Definitions"))
    B.append(dfn("def.action", "Action", "the federal lawsuit «ACTION», Case No. «CASENO»."))
    B.append(dfn("def.challenging", "Challenging Party",
                 "a Party or Non-Party that challenges the designation of information or "
                 "items under this Order."))
    if o.get("closed_list_def"):
        conf = ("information (however generated, stored, or maintained) or tangible things "
                "that qualify for protection under Federal Rule of Civil Procedure 26(c) and "
                "that consist of one of the following: " + cats_sentence(case) +
                ", each as described in the Good Cause Statement in «REF:intro.goodcause».")
    else:
        conf = ("information (however generated, stored, or maintained) or tangible things "
                "that qualify for protection under Federal Rule of Civil Procedure 26(c) and "
                "that fall within one of the categories of information listed in the Good "
                "Cause Statement in «REF:intro.goodcause».")
    B.append(dfn("def.confidential", '"CONFIDENTIAL" Information or Items', conf))
    if o.get("aeo"):
        B.append(dfn("def.aeo", '"HIGHLY CONFIDENTIAL - ATTORNEYS\' EYES ONLY" Information or Items',
                     case["aeo_def"]))
    B.append(dfn("def.counsel", "Counsel",
                 "Outside Counsel of Record and House Counsel, as well as their support staff."))
    B.append(dfn("def.designating", "Designating Party",
                 "a Party or Non-Party that designates information or items that it produces "
                 "in disclosures or in responses to discovery as \"CONFIDENTIAL\"" +
                 (" or \"HIGHLY CONFIDENTIAL - ATTORNEYS' EYES ONLY.\"" if o.get("aeo") else ".")))
    B.append(dfn("def.material", "Disclosure or Discovery Material",
                 "all items or information, in whatever medium (including testimony, "
                 "transcripts, and tangible things), that are produced, disclosed, or generated "
                 "in disclosures or responses to discovery in this matter."))
    B.append(dfn("def.expert", "Expert",
                 "a person with specialized knowledge or experience in a matter pertinent to "
                 "the litigation who has been retained by a Party or its counsel as an expert "
                 "witness or consultant in this Action."))
    B.append(dfn("def.house", "House Counsel",
                 "attorneys who are employees of a party to this Action. House Counsel does "
                 "not include Outside Counsel of Record or any other outside counsel."))
    B.append(dfn("def.nonparty", "Non-Party",
                 "any natural person or other legal entity that is not named as a Party to "
                 "this Action."))
    B.append(dfn("def.outside", "Outside Counsel of Record",
                 "attorneys who are not employees of a party to this Action but are retained "
                 "to represent a party in this Action and have appeared on its behalf or are "
                 "affiliated with a law firm that has appeared on its behalf."))
    B.append(dfn("def.party", "Party",
                 "any party to this Action, including all of its officers, directors, "
                 "employees, consultants, retained experts, and Outside Counsel of Record "
                 "(and their support staffs)."))
    B.append(dfn("def.producing", "Producing Party",
                 "a Party or Non-Party that produces Disclosure or Discovery Material in this "
                 "Action."))
    B.append(dfn("def.vendors", "Professional Vendors",
                 "persons or entities that provide litigation support services (e.g., copying, "
                 "videotaping, translating, preparing exhibits, or managing data) and their "
                 "employees and subcontractors."))
    B.append(dfn("def.protected", "Protected Material",
                 "any Disclosure or Discovery Material that is designated as \"CONFIDENTIAL\"" +
                 (" or \"HIGHLY CONFIDENTIAL - ATTORNEYS' EYES ONLY.\"" if o.get("aeo") else ".")))
    B.append(dfn("def.receiving", "Receiving Party",
                 "a Party that receives Disclosure or Discovery Material from a Producing "
                 "Party."))

    # ---- 3. Scope
    B.append(h1("scope", "SCOPE", "Scope"))
    B.append(p("scope.1",
               "The protections conferred by this Order cover not only Protected Material "
               "(as defined above) but also (1) any information copied or extracted from "
               "Protected Material; (2) all copies, excerpts, summaries, or compilations of "
               "Protected Material; and (3) any testimony, conversations, or presentations "
               "by Parties or their Counsel that might reveal Protected Material."))
    B.append(p("scope.2",
               "The Order does not cover information that is or later becomes public other "
               "than through a violation of this Order."))
    B.append(p("scope.trial", TRIAL_SCOPE[v % 3]))
    if o.get("not_bound"):
        B.append(p("scope.court", NOT_BOUND[o.get("nb_v", v) % 3]))

    # ---- 4. Duration
    B.append(h1("duration", "DURATION", "Duration"))
    B.append(p("duration.1", TRIAL_PUBLIC[v % 3] + " " + TRIAL_PUBLIC_TAIL))
    B.append(p("duration.2", FINAL_DISP_DEF))

    # ---- 5. Designating
    B.append(h1("designating", "DESIGNATING PROTECTED MATERIAL", "Designating Protected Material"))
    B.append(h2("designating.restraint",
                "EXERCISE OF RESTRAINT AND CARE IN DESIGNATING MATERIAL FOR PROTECTION",
                "Exercise of Restraint and Care in Designating Material for Protection"))
    B.append(p("restraint.1",
               "Each Party or Non-Party that designates information or items for protection "
               "under this Order must limit the designation to specific material that "
               "qualifies under the appropriate standards and, where practical, to only "
               "those parts of documents, items, or communications that qualify."))
    B.append(p("restraint.2",
               "Mass, indiscriminate, or routinized designations are prohibited. "
               "Designations that are shown to be clearly unjustified, or that have been "
               "made for an improper purpose (for example, to encumber the case development "
               "process needlessly or to impose unnecessary expense and burdens on other "
               "parties), may expose the Designating Party to sanctions. A Designating Party "
               "that learns that material it designated does not qualify must promptly "
               "notify all other Parties that it is withdrawing the designation."))
    B.append(h2("designating.manner", "MANNER AND TIMING OF DESIGNATIONS",
                "Manner and Timing of Designations"))
    B.append(p("manner.1",
               "Unless otherwise stipulated or ordered, material that qualifies for "
               "protection must be designated before it is disclosed or produced, as follows:"))
    legend = '"CONFIDENTIAL"' + (' or "HIGHLY CONFIDENTIAL - ATTORNEYS\' EYES ONLY"' if o.get("aeo") else "")
    B.append(li("manner.a",
                "For documents (paper or electronic, but not deposition transcripts), the "
                "Producing Party affixes the legend " + legend + " to each page that contains "
                "protected material, marking the protected portions if only part of a page "
                "qualifies. Documents made available for inspection need not be designated "
                "until the inspecting Party has selected the documents it wants produced; "
                "until then, all of the material made available for inspection shall be "
                "deemed CONFIDENTIAL."))
    B.append(li("manner.b",
                "For testimony given in a deposition, the Designating Party identifies the "
                "protected testimony on the record, before the close of the deposition."))
    B.append(li("manner.c",
                "For other tangible items and electronically stored information produced in "
                "native form, the Producing Party affixes the legend in a prominent place on "
                "the exterior of the container or medium in which the information is stored."))
    B.append(h2("designating.inadvertent", "INADVERTENT FAILURE TO DESIGNATE",
                "Inadvertent Failure to Designate"))
    B.append(p("inadvertent.1",
               "If timely corrected, an inadvertent failure to designate qualified "
               "information does not, standing alone, waive the Designating Party's right to "
               "secure protection for it; after the correction, the Receiving Party must make "
               "reasonable efforts to treat the material in accordance with this Order."))

    # ---- 6. Challenges
    B.append(h1("challenge", "CHALLENGING CONFIDENTIALITY DESIGNATIONS",
                "Challenging Confidentiality Designations"))
    B.append(h2("challenge.timing", "TIMING OF CHALLENGES", "Timing of Challenges"))
    B.append(p("timing.1",
               "Any Party or Non-Party may challenge a designation of confidentiality at any "
               "time that is consistent with the Court's Scheduling Order."))
    B.append(h2("challenge.confer", "MEET AND CONFER", "Meet and Confer"))
    B.append(p("confer.1",
               "The Challenging Party shall initiate the dispute resolution process under "
               "Local Rule 37-1 et seq., beginning with the letter and the conference of "
               "counsel that Local Rule 37-1 requires."))
    B.append(h2("challenge.joint", "JOINT STIPULATION AND BURDEN", "Joint Stipulation and Burden"))
    B.append(p("joint.1",
               "If the parties cannot resolve the challenge, any challenge submitted to the "
               "Court shall be presented in a joint stipulation under Local Rule 37-2, "
               "prepared in the form and manner that Local Rules 37-2.1 and 37-2.2 "
               "prescribe."))
    B.append(p("joint.2",
               "The burden of persuasion in any such challenge proceeding shall be on the "
               "Designating Party. " + FRIVOLOUS[v % 3] + " Unless the Designating Party has "
               "waived or withdrawn the confidentiality designation, all parties shall "
               "continue to afford the material in question the level of protection to "
               "which it is entitled under the Producing Party's designation until the Court "
               "rules on the challenge."))

    # ---- 7. Access
    B.append(h1("access", "ACCESS TO AND USE OF PROTECTED MATERIAL",
                "Access to and Use of Protected Material"))
    B.append(h2("access.basic", "BASIC PRINCIPLES", "Basic Principles"))
    B.append(p("basic.1",
               "A Receiving Party may use Protected Material produced by another Party or by a "
               "Non-Party only for prosecuting, defending, or attempting to settle this Action, "
               "and may disclose it only to the persons and under the conditions described in "
               "this Order. When the Action ends, a Receiving Party must comply with "
               "«REF:finaldisp» (FINAL DISPOSITION)."))
    B.append(p("basic.2",
               "Protected Material must be stored securely so that access is limited to the "
               "persons authorized under this Order."))
    B.append(h2("access.conf", 'DISCLOSURE OF "CONFIDENTIAL" INFORMATION OR ITEMS',
                'Disclosure of "CONFIDENTIAL" Information or Items'))
    B.append(p("conf.1",
               "Unless otherwise ordered by the Court or permitted in writing by the "
               "Designating Party, a Receiving Party may disclose any information or item "
               "designated CONFIDENTIAL only to:"))
    who = [
        ("conf.a", "the Receiving Party's Outside Counsel of Record in this Action and their "
                   "employees to whom disclosure is reasonably necessary for this Action;"),
        ("conf.b", "the officers, directors, and employees of the Receiving Party, including "
                   "without limitation its House Counsel, to whom disclosure is reasonably "
                   "necessary for this Action;"),
        ("conf.c", "Experts (as defined in this Order) of the Receiving Party to whom "
                   "disclosure is reasonably necessary for this Action and who have signed "
                   "the \"Acknowledgment and Agreement to Be Bound\" (Exhibit A);"),
        ("conf.d", "the Court and its personnel;"),
        ("conf.e", "court reporters and their staff;"),
        ("conf.f", "professional jury or trial consultants, mock jurors, and Professional "
                   "Vendors to whom disclosure is reasonably necessary and who have signed "
                   "Exhibit A;"),
        ("conf.g", "the author or recipient of a document containing the information, or a "
                   "custodian or other person who otherwise possessed or knew the "
                   "information;"),
        ("conf.h", "during their depositions, witnesses in the Action, and attorneys for "
                   "witnesses, to whom disclosure is reasonably necessary, provided that the "
                   "deposing party requests that the witness sign Exhibit A; pages of "
                   "transcribed testimony or exhibits that reveal Protected Material may be "
                   "separately bound by the court reporter; and"),
        ("conf.i", "any mediator or settlement officer, and supporting personnel, agreed upon "
                   "by the parties."),
    ]
    for k, t in who:
        B.append(li(k, t))
    if o.get("aeo"):
        B.append(h2("access.aeo",
                    "DISCLOSURE OF \"HIGHLY CONFIDENTIAL - ATTORNEYS' EYES ONLY\" INFORMATION OR ITEMS",
                    "Disclosure of \"HIGHLY CONFIDENTIAL - ATTORNEYS' EYES ONLY\" Information or Items"))
        B.append(p("aeo.1",
                   "Unless otherwise ordered by the Court or permitted in writing by the "
                   "Designating Party, a Receiving Party may disclose information or items "
                   "designated HIGHLY CONFIDENTIAL - ATTORNEYS' EYES ONLY only to the persons "
                   "described in «REF:access.conf», paragraphs (a), (c), (d), (e), (f), and "
                   "(g), and to no more than two House Counsel of the Receiving Party who have "
                   "no involvement in competitive decision-making, to whom disclosure is "
                   "reasonably necessary for this Action, and who have signed Exhibit A."))
    if o.get("pbar"):
        B.append(h2("access.pbar", "PROSECUTION BAR", "Prosecution Bar"))
        B.append(p("pbar.1",
                   "Absent the Producing Party's written consent, any individual who "
                   "personally reviews another Party's HIGHLY CONFIDENTIAL - ATTORNEYS' EYES "
                   "ONLY technical material shall not take part in the prosecution of patents "
                   "or patent applications relating to " + case["pbar_subject"] + ", "
                   "including without limitation the patents asserted in this Action and any "
                   "patent or application claiming priority to or from them, before any "
                   "foreign or domestic agency, including the United States Patent and "
                   "Trademark Office. For purposes of this paragraph, \"prosecution\" means "
                   "drafting, amending, advising on, or otherwise affecting the scope or "
                   "maintenance of patent claims, directly or indirectly. Prosecution does not "
                   "include representing a party that challenges a patent before a domestic "
                   "or foreign agency (including, without limitation, in a reissue protest, "
                   "ex parte reexamination, inter partes review, or post-grant review). The "
                   "bar begins when the individual first receives such material and ends two "
                   "years after the final disposition of this Action."))

    # ---- 8. Subpoenas
    B.append(h1("subpoena", "PROTECTED MATERIAL SUBPOENAED OR ORDERED PRODUCED IN OTHER LITIGATION",
                "Protected Material Subpoenaed or Ordered Produced in Other Litigation"))
    B.append(p("subpoena.1",
               "If a Party is served with a subpoena or a court order issued in other "
               "litigation that compels disclosure of any information or items designated in "
               "this Action as CONFIDENTIAL, that Party must:"))
    B.append(li("subpoena.a", "promptly notify the Designating Party in writing, and include "
                              "a copy of the subpoena or court order;"))
    B.append(li("subpoena.b", "promptly notify the party who caused the subpoena or order to "
                              "issue that the material is subject to this Order, and include a "
                              "copy of this Order; and"))
    B.append(li("subpoena.c", "cooperate with all reasonable procedures the Designating Party "
                              "pursues to protect its material."))
    B.append(p("subpoena.2",
               "If the Designating Party timely seeks a protective order, the Party served "
               "shall not produce the designated material before the issuing court rules, "
               "unless the Designating Party consents. The Designating Party bears the burden "
               "and expense of seeking protection in that court, and nothing in this Order "
               "authorizes a Party to disobey a lawful directive from another court."))

    # ---- 9. Non-parties
    B.append(h1("nonparty", "A NON-PARTY'S PROTECTED MATERIAL SOUGHT TO BE PRODUCED IN THIS LITIGATION",
                "A Non-Party's Protected Material Sought to Be Produced in This Litigation"))
    B.append(li("nonparty.a",
                "This Order applies to information produced by a Non-Party in this Action and "
                "designated as CONFIDENTIAL, and nothing in it prevents a Non-Party from "
                "seeking additional protections."))
    B.append(li("nonparty.b",
                "If a Party must produce a Non-Party's confidential information that the "
                "Party has agreed with the Non-Party not to produce, the Party shall promptly "
                "notify the Requesting Party and the Non-Party in writing, give the Non-Party "
                "a copy of this Order and of the relevant discovery request, and make the "
                "information available for the Non-Party's inspection if requested."))
    B.append(li("nonparty.c",
                "If the Non-Party fails to seek a protective order from this Court within 14 "
                "days of receiving the notice, the Receiving Party may produce the responsive "
                "information. If the Non-Party timely seeks a protective order, the Receiving "
                "Party shall not produce the information before the Court rules, and the "
                "Non-Party bears the burden and expense of seeking that protection."))

    # ---- 10. Unauthorized disclosure
    B.append(h1("unauth", "UNAUTHORIZED DISCLOSURE OF PROTECTED MATERIAL",
                "Unauthorized Disclosure of Protected Material"))
    B.append(p("unauth.1",
               "A Receiving Party that learns it has disclosed Protected Material to anyone "
               "not authorized under this Order must immediately (a) notify the Designating "
               "Party in writing, (b) use its best efforts to retrieve all unauthorized "
               "copies, (c) inform the recipients of the terms of this Order, and (d) ask "
               "them to sign the \"Acknowledgment and Agreement to Be Bound\" attached as "
               "Exhibit A."))

    # ---- 11. Privilege
    B.append(h1("privilege", "INADVERTENT PRODUCTION OF PRIVILEGED OR OTHERWISE PROTECTED MATERIAL",
                "Inadvertent Production of Privileged or Otherwise Protected Material"))
    B.append(p("privilege.1",
               "When a Producing Party gives notice that inadvertently produced material is "
               "subject to a claim of privilege or other protection, the obligations of the "
               "Receiving Parties are those set forth in Federal Rule of Civil Procedure "
               "26(b)(5)(B)."))
    if o.get("fre502d"):
        B.append(p("privilege.502d", F502D))
    else:
        B.append(p("privilege.502",
                   "Pursuant to Federal Rule of Evidence 502(d) and (e), insofar as the "
                   "parties reach an agreement on the effect of disclosure of a communication "
                   "or information covered by the attorney-client privilege or work-product "
                   "protection, the parties may incorporate their agreement in a stipulated "
                   "order submitted to the Court."))

    # ---- 12. Miscellaneous
    B.append(h1("misc", "MISCELLANEOUS", "Miscellaneous"))
    B.append(h2("misc.relief", "RIGHT TO FURTHER RELIEF", "Right to Further Relief"))
    B.append(p("relief.1",
               "Nothing in this Order abridges the right of any person to seek its "
               "modification by the Court in the future."))
    B.append(h2("misc.objections", "RIGHT TO ASSERT OTHER OBJECTIONS", "Right to Assert Other Objections"))
    B.append(p("objections.1",
               "By stipulating to this Order, no Party waives any right it otherwise would "
               "have to object to producing any information or item on any ground not "
               "addressed in this Order, and no Party waives any right to object on any "
               "ground to the use in evidence of any of the material covered by this Order."))
    B.append(h2("misc.filing", "FILING PROTECTED MATERIAL", "Filing Protected Material"))
    B.append(p("filing.1",
               "A Party that seeks to file any Protected Material under seal must comply "
               "with Local Rule 79-5. Protected Material may be filed under seal only "
               "pursuant to a court order authorizing the sealing of the specific Protected "
               "Material at issue. " + LODGED[v % 2] + " If a Party's request to file "
               "Protected Material under seal is denied by the Court, the Receiving Party may "
               "file the information in the public record unless the Court instructs "
               "otherwise."))

    # ---- 13. Final disposition
    B.append(h1("finaldisp", "FINAL DISPOSITION", "Final Disposition"))
    B.append(p("finaldisp.1",
               "Within 60 days after the final disposition of this Action, as defined in "
               "«REF:duration», each Receiving Party must return all Protected Material to "
               "the Producing Party or destroy it, including all copies, abstracts, "
               "compilations, and summaries. By the same deadline the Receiving Party must "
               "send the Producing Party (and, if different, the Designating Party) a written "
               "certification that identifies, by category where appropriate, the material "
               "returned or destroyed and affirms that no copies, abstracts, compilations, or "
               "summaries were kept."))
    B.append(p("finaldisp.2",
               "Counsel may nevertheless keep an archival copy of pleadings, motion papers, "
               "transcripts, legal memoranda, correspondence, exhibits, expert reports, and "
               "attorney and consultant work product, even if they contain Protected "
               "Material. Archival copies remain subject to this Order as set forth in "
               "«REF:duration» (DURATION)."))

    # ---- 14. Violation
    B.append(h1("violation", "VIOLATION", "Violation"))
    B.append(p("violation.1",
               "Any violation of this Order may be punished by any and all appropriate "
               "measures including, without limitation, contempt proceedings and/or monetary "
               "sanctions."))
    return B


EXHIBIT_A = [
    # (key, text); «DATE_BLANK» etc. are literal blanks
    ("exA.decl",
     "I, _____________________________ [print or type full name], of "
     "_____________________________ [print or type full address], declare under penalty of "
     "perjury that I have read in its entirety and understand the Stipulated Protective "
     "Order that was issued by the United States District Court for the Central District of "
     "California on _______________ [date] in the case of «ACTION», Case No. «CASENO»."),
    ("exA.agree",
     "I agree to comply with and to be bound by all the terms of that Stipulated Protective "
     "Order, and I understand and acknowledge that failure to comply could expose me to "
     "sanctions and punishment in the nature of contempt. I solemnly promise that I will not "
     "disclose in any manner any information or item that is subject to the Stipulated "
     "Protective Order to any person or entity except in strict compliance with its "
     "provisions."),
    ("exA.juris",
     "I further agree to submit to the jurisdiction of the United States District Court for "
     "the Central District of California for the purpose of enforcing the terms of the "
     "Stipulated Protective Order, even if such enforcement proceedings occur after "
     "termination of this action."),
    ("exA.agent",
     "I hereby appoint _____________________________ [print or type full name] of "
     "_____________________________ [print or type full address and telephone number] as my "
     "California agent for service of process in connection with this action or any "
     "proceedings related to enforcement of the Stipulated Protective Order."),
]

EXHIBIT_A_LINES = [
    "Date: ____________________",
    "City and State where sworn and signed: ____________________",
    "Printed name: ____________________",
    "Signature: ____________________",
]

ATTESTATION = [
    "Pursuant to Civil Local Rule 5-4.3.4(a)(2)(i), I, «FILER», attest that all other "
    "signatories listed above, and on whose behalf this filing is submitted, concur in the "
    "filing's content and have authorized the filing.",
    "I, «FILER», am the CM/ECF user whose credentials are used to file this stipulation. "
    "Under L.R. 5-4.3.4(a)(2)(i), I attest that each other signatory listed above, on whose "
    "behalf this filing is submitted, concurs in its content and has authorized its filing.",
    "The filer, «FILER», attests under L.R. 5-4.3.4(a)(2)(i) that all other signatories "
    "listed, on whose behalf this filing is submitted, concur in the content of this "
    "document and have authorized its filing.",
]

ATTESTATION_HEADINGS = ["ATTESTATION", "ATTESTATION REGARDING SIGNATURES",
                        "L.R. 5-4.3.4 ATTESTATION"]

ORDER_LINES = ["GOOD CAUSE APPEARING, IT IS SO ORDERED.",
               "FOR GOOD CAUSE SHOWN, IT IS SO ORDERED.",
               "PURSUANT TO STIPULATION, AND GOOD CAUSE APPEARING, IT IS SO ORDERED."]
