"""Documents that are not stipulated protective orders (expected finding: incomplete-order).
Prose written for this corpus; the cases are fictitious (sources/cases.py)."""

from __future__ import annotations

from .base_text import p


def line(key, text, indent=0.0, prov="Signature page"):
    return {"t": "line", "key": key, "text": text, "indent": indent, "prov": prov}


def center(key, text, bold=True, prov="Body"):
    return {"t": "center", "key": key, "text": text, "bold": bold, "prov": prov}


def heading(key, text, center_=False, prov="Body"):
    return {"t": "heading_plain", "key": key, "text": text, "center": center_, "prov": prov}


def P(key, text, prov="Body"):
    d = p(key, text)
    d["prov"] = prov
    return d


def judge_sig(judge_name, date_line="Dated: ____________________"):
    return [
        line("jsig.date", date_line, 0, "Order"),
        {"t": "blank"},
        line("jsig.line", "______________________________", 3.0, "Order"),
        line("jsig.name", ("HON. " + judge_name.upper()) if judge_name else "", 3.0, "Order"),
        line("jsig.title", "UNITED STATES MAGISTRATE JUDGE", 3.0, "Order"),
    ]


def memorandum(case, judge_name):
    title = ["MEMORANDUM AND ORDER RE: PARTIES' PROPOSED STIPULATED PROTECTIVE ORDER [Dkt. 22]"]
    body = [
        P("memo.1",
          "The Court has reviewed the parties' proposed Stipulated Protective Order (the \"Proposed Order\"), "
          "lodged on October 21, 2024. The Court cannot enter the Proposed Order as drafted. The parties may "
          "submit a revised stipulated protective order that corrects the deficiencies identified below."),
        P("memo.2",
          "First, the Proposed Order lacks an adequate showing of good cause. A protective order, even a "
          "stipulated one, may issue only on a particularized showing of good cause under Federal Rule of Civil "
          "Procedure 26(c). Kamakana v. City & County of Honolulu, 447 F.3d 1172, 1176 (9th Cir. 2006); Phillips "
          "v. General Motors Corp., 307 F.3d 1206, 1210-11 (9th Cir. 2002). The Proposed Order states only that "
          "\"discovery may involve confidential, proprietary, or private information.\" (Proposed Order at 2.) Any "
          "revised order must include a section with the heading \"GOOD CAUSE STATEMENT\" that describes the "
          "categories of documents the parties expect to exchange in this warranty dispute, such as AquaSure's "
          "formulation and batch records and Brightwater's customer lists, and explains the specific harm that "
          "disclosure of each category would cause if no order were entered."),
        P("memo.3",
          "Second, the Proposed Order provides that \"all documents designated CONFIDENTIAL shall be filed under "
          "seal\" and that \"the Clerk is directed to accept such material under seal.\" (Id. at 7.) The parties "
          "may not agree among themselves to seal material filed with the Court, and the Court will not direct "
          "its Clerk to do so. Any request to file material under seal must comply with Local Rule 79-5, and a "
          "designation under a protective order does not by itself justify sealing."),
        P("memo.4",
          "Third, the Court will not approve the parties' own procedure for challenging designations, under "
          "which \"the objecting party may file a motion\" and the designation \"shall be deemed waived\" unless "
          "the Designating Party responds within ten days. (Id. at 5.) Before seeking the Court's intervention in "
          "any discovery dispute, the parties must comply with Local Rule 37, including the pre-filing letter and "
          "conference required by Local Rule 37-1 and the joint stipulation required by Local Rules 37-2 through "
          "37-2.4."),
        P("memo.5",
          "Fourth, the Proposed Order states that confidential material \"shall remain under seal at trial.\" "
          "(Id. at 9.) This order governs discovery only. The use of designated material at trial is a matter for "
          "the trial judge, and material used at trial becomes presumptively public."),
        P("memo.6",
          "Finally, the Proposed Order refers to an \"Acknowledgment and Agreement to Be Bound\" but does not "
          "attach one. Any revised order must attach the form, including the signer's declaration under penalty "
          "of perjury and consent to this Court's jurisdiction."),
        P("memo.7", "IT IS SO ORDERED."),
    ]
    return dict(title_lines=title, counsel_block=False, body=body, tail=judge_sig(judge_name, "Dated: November 4, 2024"),
                doc_title="MEMORANDUM AND ORDER RE: PROPOSED PROTECTIVE ORDER")


def minutes(case, judge_name, case_no):
    body = [
        center("min.h1", "UNITED STATES DISTRICT COURT"),
        center("min.h2", "CENTRAL DISTRICT OF CALIFORNIA"),
        center("min.h3", "CIVIL MINUTES - GENERAL"),
        P("min.case", "Case No. %s          Date: January 13, 2025" % case_no),
        P("min.title", "Title: %s" % case["action"]),
        P("min.present", "Present: The Honorable %s, United States Magistrate Judge" % judge_name),
        P("min.clerk", "Deputy Clerk: M. Alvarado          Court Reporter: Not Reported"),
        P("min.att", "Attorneys Present for Plaintiff: None Present          Attorneys Present for Defendant: None Present"),
        P("min.proc", "Proceedings: (IN CHAMBERS) ORDER DECLINING TO ENTER STIPULATED PROTECTIVE ORDER [Dkt. 31]"),
        P("min.1",
          "The parties have filed a stipulation asking the Court to enter a protective order. The Court declines "
          "to enter the proposed order in its current form, for the following reasons."),
        P("min.2",
          "1. The proposed order contains no statement of good cause under the heading \"GOOD CAUSE STATEMENT.\" "
          "The parties must describe the categories of documents at issue, such as route-level sales data and "
          "ingredient supplier contracts, and the particular harm disclosure would cause."),
        P("min.3",
          "2. The proposed order provides that confidential documents \"used at trial shall remain under seal.\" "
          "The Court will not include provisions governing evidence at trial or other court proceedings; the "
          "trial judge's orders govern any such use."),
        P("min.4",
          "3. The proposed order provides that \"the Clerk shall return all exhibits\" at the end of the case. The "
          "order must instead state that its terms do not apply to the Court and court personnel, who are subject "
          "only to the Court's internal procedures."),
        P("min.5",
          "4. The caption omits the notation \"[Discovery Document: Referred to Magistrate Judge John D. Early]\" "
          "required by the Court's procedures."),
        P("min.6",
          "The parties may file a revised stipulation and proposed order that addresses these deficiencies."),
        P("min.7", "IT IS SO ORDERED."),
        P("min.init", "Initials of Deputy Clerk: ma"),
    ]
    return dict(title_lines=None, counsel_block=False, body=body, tail=[], court_lines=[], caption="none",
                doc_title="CIVIL MINUTES - GENERAL")


def sig_blocks(case, counsel, mode="/s/", attest=True, filer=None):
    out = [P("sig.intro", "IT IS SO STIPULATED.", prov="Signature page")]
    for i, c in enumerate(counsel):
        out += [line("sig.%d.date" % i, "Dated: " + case["date"]),
                line("sig.%d.firm" % i, c["firm"], 3.0),
                line("sig.%d.by" % i, "By: /s/ " + c["name"] if mode == "/s/" else "By: ____________________", 3.0),
                line("sig.%d.name" % i, c["name"], 3.0),
                line("sig.%d.for" % i, c["for_line"], 3.0),
                {"t": "blank"}]
    if attest:
        out += [heading("attest.head", "ATTESTATION", prov="Signature page"),
                P("attest.1", "Pursuant to Civil Local Rule 5-4.3.4(a)(2)(i), I, %s, attest that all other signatories "
                              "listed, and on whose behalf this filing is submitted, concur in the filing's content and "
                              "have authorized the filing." % (filer or counsel[0]["name"]), prov="Signature page"),
                line("attest.sig", "/s/ " + (filer or counsel[0]["name"]), 3.0)]
    return out


def extend(case, judge_name):
    c = case
    title = ["JOINT STIPULATION TO EXTEND TIME FOR DEFENDANTS TO RESPOND TO COMPLAINT BY NOT MORE THAN 30 DAYS "
             "(L.R. 8-3)"]
    body = [
        P("ext.0", "Complaint served: April 21, 2025"),
        P("ext.0b", "Current response date: May 12, 2025"),
        P("ext.0c", "New response date: June 11, 2025"),
        P("ext.1",
          "Plaintiff %s and Defendants %s, through their counsel of record, stipulate to extend the time for "
          "Defendants to respond to the Complaint by thirty days, from May 12, 2025 to June 11, 2025." %
          ("Daniel Rivera", "TransPacific Freight Lines, Inc. and Keith Bowman")),
        P("ext.2",
          "Under Local Rule 8-3, the parties may extend the time to respond to an initial complaint by not more "
          "than 30 days without approval of the Court. This is the first extension sought, and it does not alter "
          "any date set by the Court."),
        P("ext.3",
          "The extension will allow the parties to exchange the driver's electronic logging data and Plaintiff's "
          "initial medical records informally and to discuss whether a stipulated protective order will be needed "
          "before formal discovery begins."),
    ]
    return dict(title_lines=title, counsel_block=True, body=body,
                tail=sig_blocks(case, case["counsel"], "/s/", attest=True),
                doc_title="JOINT STIPULATION TO EXTEND TIME (L.R. 8-3)")


def cover(case, judge_name):
    title = ["JOINT STIPULATION FOR ENTRY OF PROTECTIVE ORDER"]
    body = [
        P("cov.1",
          "Plaintiff Rosa Alvarez and Defendant Coastline Logistics Group, Inc., through their counsel of record, "
          "submit this joint stipulation and state as follows:"),
        P("cov.2",
          "WHEREAS, Plaintiff has served requests for production that call for payroll registers, timekeeping "
          "punch data, and labor-cost models, and Coastline contends that these documents contain confidential "
          "employee and business information;"),
        P("cov.3",
          "WHEREAS, the parties have negotiated the terms of a stipulated protective order, a copy of which is "
          "lodged concurrently with this Stipulation;"),
        P("cov.4",
          "NOW, THEREFORE, the parties stipulate and respectfully request that the Court enter the proposed "
          "Stipulated Protective Order lodged with this Stipulation."),
    ]
    return dict(title_lines=title, counsel_block=True, body=body,
                tail=sig_blocks(case, case["counsel"], "/s/", attest=False),
                doc_title="JOINT STIPULATION FOR ENTRY OF PROTECTIVE ORDER")


def bareorder(case, judge_name):
    title = ["[PROPOSED] ORDER GRANTING JOINT STIPULATION FOR PROTECTIVE ORDER"]
    body = [
        P("bare.1",
          "The Court has considered the parties' Joint Stipulation for Protective Order (Dkt. 27). Good cause "
          "appearing, the stipulation is GRANTED, and the Court enters the parties' Stipulated Protective Order as "
          "filed."),
        P("bare.2", "IT IS SO ORDERED."),
    ]
    return dict(title_lines=title, counsel_block=True, body=body, tail=judge_sig(judge_name),
                doc_title="[PROPOSED] ORDER GRANTING STIPULATION")


OTHER = {"memorandum": memorandum, "minutes": minutes, "extend": extend, "cover": cover,
         "bareorder": bareorder}
