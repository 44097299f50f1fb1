"""Drafts written after the rules were frozen, to measure them on wording they never saw.

``VEGA`` is a consumer class action order in a third style (Word heading styles, automatic
numbering, plain caption, three /s/ signatories).  The edits below paraphrase each defect
differently from ``corpus.py``.
"""

from __future__ import annotations

from tests.check.drafts.build import Block, caption, h, line, p, page_break
from tests.check.drafts.corpus import Case, _c, _n
from tests.check.drafts.orders import LOPEZ, QUARRY, drop, edit

VEGA: list[Block] = [
    line("Rosa Delgado-Meyer (State Bar No. 276540)"),
    line("rdm@coastalclass.example"),
    line("COASTAL CLASS COUNSEL PC"),
    line("Attorneys for Plaintiff Tomás Vega and the Putative Class"),
    line("UNITED STATES DISTRICT COURT"),
    line("CENTRAL DISTRICT OF CALIFORNIA"),
    line("EASTERN DIVISION"),
    caption(
        [
            "TOMÁS VEGA, on behalf of himself and all others similarly situated,",
            "Plaintiff,",
            "v.",
            "SUNLINE HOME SOLAR, LLC, et al.,",
            "Defendants.",
        ],
        ["Case No. 5:25-cv-00789-JGB-SP", "DISCOVERY MATTER", "STIPULATED PROTECTIVE ORDER"],
    ),
    p(
        "IT IS HEREBY STIPULATED by Plaintiff Tomás Vega and Defendants Sunline Home Solar, LLC "
        "and Brightpath Lending Corp., through their respective counsel, that the Court may enter "
        "the following Protective Order."
    ),
    h("1. Scope and Purpose"),
    p(
        "This Order applies to documents, electronically stored information and testimony "
        "produced in discovery. It does not authorize the filing of anything under seal: any "
        "party that wishes to file designated material under seal must first obtain the Court's "
        "permission under Civil Local Rule 79-5, and the fact that material has been designated "
        "does not by itself justify sealing it."
    ),
    h("2. GOOD CAUSE STATEMENT"),
    p(
        "Mr. Vega alleges that Sunline's door-to-door sales agents in Riverside and San "
        "Bernardino counties enrolled homeowners in Brightpath solar loans without disclosing "
        "the 29.9% dealer fee. Discovery will reach (a) the loan files of roughly 6,200 putative "
        "class members, which contain Social Security numbers, income and credit reports, and "
        "(b) Sunline's agent commission schedules."
    ),
    p(
        "Publishing the loan files would hand identity thieves the Social Security numbers and "
        "credit histories of thousands of homeowners who are not yet parties. Sunline's "
        "commission schedules, if seen by rival installers such as those now recruiting its "
        "agents, would let them outbid Sunline for its top-producing sales staff."
    ),
    h("3. Definitions"),
    p(
        "“Confidential Information” means loan files and commission schedules of the two kinds "
        "described in the Good Cause Statement that are marked CONFIDENTIAL when produced."
    ),
    h("4. Trial and Hearings"),
    p(
        "This Order does not govern the use of Confidential Information at trial. Material "
        "introduced at trial becomes public unless the trial judge, on a showing of compelling "
        "reasons made before trial, orders otherwise."
    ),
    h("5. The Court"),
    p("Neither the Court nor its staff is subject to this Order."),
    h("6. Challenges"),
    p(
        "A party may challenge a designation at any time before the close of fact discovery. "
        "The challenge must follow L.R. 37-1 and L.R. 37-2: a written request to meet and "
        "confer, a conference within ten days, and, if needed, a joint stipulation. The "
        "Designating Party bears the burden of justifying the designation."
    ),
    h("7. Filing Confidential Information"),
    p(
        "A party seeking to file Confidential Information must follow L.R. 79-5. If the Court "
        "declines to seal it, the party may file it on the public docket unless the Court "
        "directs otherwise."
    ),
    h("8. Conclusion of the Case"),
    p(
        "Within 60 days after final judgment or dismissal, each party receiving Confidential "
        "Information shall destroy or return it and certify that it has done so."
    ),
    p("IT IS SO STIPULATED."),
    line("/s/ Rosa Delgado-Meyer, Attorneys for Plaintiff"),
    line("/s/ Kevin Ashworth, Attorneys for Sunline Home Solar, LLC"),
    line("/s/ Mei-Ling Zhou, Attorneys for Brightpath Lending Corp."),
    p(
        "ATTESTATION: Under L.R. 5-4.3.4(a)(2)(i), I, Rosa Delgado-Meyer, attest that all other "
        "signatories listed concur in this filing's content and have authorized the filing."
    ),
    page_break(),
    h("EXHIBIT A – ACKNOWLEDGMENT AND AGREEMENT TO BE BOUND"),
    p(
        "I, ____________, declare under penalty of perjury that I have read and understand the "
        "Stipulated Protective Order entered in Vega v. Sunline Home Solar, LLC, Case No. "
        "5:25-cv-00789-JGB-SP, and I agree to be bound by it."
    ),
    p(
        "I hereby submit to the jurisdiction of the U.S. District Court for the Central "
        "District of California for enforcement of the Order, and I understand this "
        "submission continues after the action is terminated."
    ),
    p("My California agent for service of process is ____________."),
]

_GC1 = "Mr. Vega alleges that Sunline's"
_GC2 = "Publishing the loan files"
_CH = "A party may challenge a designation at any time"

HELDOUT: list[Case] = [
    _c("v-clean", VEGA),
    _c("v-clean-bold", VEGA, headings="bold", numbering="auto", captions="textbox"),
    _c(
        "v-gc-heading-rule26",
        edit(VEGA, "2. GOOD CAUSE STATEMENT", "2. Statement of Good Cause Under Rule 26(c)"),
        "good-cause-heading",
    ),
    _c(
        "v-gc-heading-short",
        edit(VEGA, "2. GOOD CAUSE STATEMENT", "2. Good Cause"),
        "good-cause-heading",
        headings="underline",
    ),
    _c(
        "v-gc-generic",
        edit(
            drop(VEGA, _GC2),
            next(b.text for b in VEGA if b.text.startswith(_GC1)),
            "This case involves the exchange of sensitive commercial and personal information. "
            "Absent a protective order, the parties would suffer harm, including competitive "
            "injury and invasion of privacy. Good cause therefore exists.",
        ),
        "good-cause-generic",
    ),
    _c(
        "v-categories-discretion",
        edit(
            VEGA,
            "means loan files and commission schedules of the "
            "two kinds described in the Good Cause Statement that are",
            "refers to any information "
            "a Designating Party in its discretion determines is confidential and",
        ),
        "categories-overbroad",
    ),
    _c(
        "v-categories-other-sensitive",
        edit(
            VEGA,
            "means loan files and commission schedules of "
            "the two kinds described in the Good Cause Statement that are",
            "means documents "
            "containing trade secrets, financial information, and other sensitive material",
        ),
        "categories-overbroad",
    ),
    _c(
        "v-sealing-do-so",
        edit(
            VEGA,
            "directs otherwise.",
            "directs otherwise. Any party filing "
            "Confidential Information with the Court shall do so under seal.",
        ),
        "sealing-blanket",
    ),
    _c(
        "v-sealing-automatic",
        edit(
            VEGA,
            "directs otherwise.",
            "directs otherwise. Designated "
            "materials submitted to the Court will automatically be treated as sealed.",
        ),
        "sealing-blanket",
    ),
    _c(
        "v-sealing-rule-efiling",
        edit(
            edit(
                VEGA,
                "under Civil Local Rule 79-5",
                "under the Court's electronic filing procedures",
            ),
            "must follow L.R. 79-5",
            "must follow the Court's CM/ECF procedures",
        ),
        "sealing-rule-missing",
    ),
    _c(
        "v-l37-waived",
        edit(
            VEGA,
            "The Designating Party bears the burden of justifying the designation.",
            "Should the conference fail, the Designating Party shall, within 21 "
            "days, seek an order from the Court by noticed motion, failing which the designation "
            "is waived.",
        ),
        "disputes-bypass-l37",
    ),
    _c(
        "v-l37-telephone-only",
        edit(
            VEGA,
            "The challenge must follow L.R. 37-1 and L.R. 37-2: "
            "a written request to meet and confer, a conference within ten days, and, if needed, a "
            "joint stipulation.",
            "If counsel cannot agree, they shall request an informal "
            "telephonic conference with the Magistrate Judge, whose ruling shall be final.",
        ),
        "disputes-bypass-l37",
    ),
    # Judge Pym: no notation in her registry entry, so none is asked for.
    _c(
        "v-caption-missing",
        edit(VEGA, "DISCOVERY MATTER", "Hon. Sheri Pym"),
        captions="plain",
    ),
    _c(
        "v-trial-treated-confidential",
        edit(
            VEGA,
            "This Order does not govern the use of "
            "Confidential Information at trial. Material introduced at trial becomes public unless "
            "the trial judge, on a showing of compelling reasons made before trial, orders "
            "otherwise.",
            "At any hearing or trial, Confidential Information shall continue to be "
            "treated as confidential, and the parties shall ask that the courtroom be sealed.",
        ),
        "trial-use",
    ),
    _c(
        "v-binds-clerk-destroy",
        edit(
            VEGA,
            "certify that it has done so.",
            "certify that it has done so. Upon final disposition, the Clerk of Court shall "
            "destroy all sealed exhibits.",
        ),
        "binds-court",
    ),
    _c(
        "v-binds-personnel-sign",
        edit(
            VEGA,
            "Neither the Court nor its staff is subject to this Order.",
            "Court personnel having access to Confidential Information shall sign Exhibit A.",
        ),
        "binds-court",
    ),
    _c("v-exhibit-no-agent", drop(VEGA, "My California agent"), "exhibit-a-missing"),
    _c(
        "v-exhibit-gone",
        drop(
            VEGA, "EXHIBIT A", "I, ____________, declare", "I hereby submit", "My California agent"
        ),
        "exhibit-a-missing",
    ),
    _c("v-attestation-missing", drop(VEGA, "ATTESTATION:"), "signature-attestation"),
    _c(
        "v-duration-continuing",
        edit(
            VEGA,
            "certify that it has done so.",
            "certify that it has "
            "done so. This Court retains continuing jurisdiction over the parties to enforce this "
            "Order.",
        ),
        "duration-retains-jurisdiction",
    ),
    _c(
        "v-duration-survives",
        edit(
            edit(
                VEGA,
                "This Order does not govern the use of Confidential Information at trial. "
                "Material introduced at trial becomes public unless the trial judge, on a "
                "showing of compelling reasons made before trial, orders otherwise.",
                "Use of Confidential Information at trial is for the trial judge.",
            ),
            "certify that it has done so.",
            "certify that it has done so. The terms of this Order "
            "shall survive the termination of this litigation.",
        ),
        "duration-retains-jurisdiction",
    ),
]

HELDOUT += [
    _c(
        "v-near-sealing-only-if-granted",
        edit(
            VEGA,
            "directs otherwise.",
            "directs otherwise. A "
            "party that wants a document sealed must apply for leave under L.R. 79-5; the document "
            "will be kept under seal only if the Court grants the application.",
        ),
    ),
    _c(
        "v-near-l37-subpoena-order",
        edit(
            VEGA,
            "certify that it has done so.",
            "certify that it "
            "has done so. A party served with a subpoena for Confidential Information shall give "
            "notice so that the Designating Party may seek an order from the issuing court.",
        ),
    ),
]


# Round 2: written after round 1 was fixed; each once fooled a rule or was a near miss.
_TRIAL_TEXT = (
    "This Order does not govern the use of Confidential Information at trial. Material "
    "introduced at trial becomes public unless the trial judge, on a showing of compelling "
    "reasons made before trial, orders otherwise."
)
HELDOUT += [
    _c(
        "r-seal-lodged-clerk",
        edit(
            VEGA,
            "directs otherwise.",
            (
                "directs otherwise. Any pleading that attaches Confidential "
                "Information shall be lodged with the Clerk in a sealed "
                "envelope marked with the case caption."
            ),
        ),
        "sealing-blanket",
    ),
    _c(
        "r-seal-filed-confidentially",
        edit(
            VEGA,
            "directs otherwise.",
            (
                "directs otherwise. Confidential Information may be submitted"
                " to the Court only under seal, and the parties agree not to "
                "oppose such filings."
            ),
        ),
        "sealing-blanket",
    ),
    _c(
        "r-near-seal-court-decides",
        edit(
            VEGA,
            "directs otherwise.",
            (
                "directs otherwise. Whether any document is sealed is for the"
                " Court alone to decide on an application under L.R. 79-5."
            ),
        ),
    ),
    _c(
        "r-l37-expedited",
        edit(
            VEGA,
            ("The Designating Party bears the burden of justifying the designation."),
            (
                "The Designating Party bears the burden of justifying the "
                "designation. Alternatively, either side may bring the "
                "challenge on shortened time by ex parte application."
            ),
        ),
        "disputes-bypass-l37",
    ),
    _c(
        "r-l37-near-informal-call-plus-l37",
        edit(
            VEGA,
            "The Designating Party bears the burden",
            (
                "Before any joint stipulation, counsel will also request the "
                "informal discovery conference the Magistrate Judge's "
                "procedures call for. The Designating Party bears the burden"
            ),
        ),
    ),
    _c(
        "r-trial-hearings-sealed",
        edit(
            VEGA,
            _TRIAL_TEXT,
            _TRIAL_TEXT
            + (" Confidential Information presented at any hearing shall be received under seal."),
        ),
        "trial-use",
    ),
    _c(
        "r-trial-near-judge-decides",
        edit(
            VEGA,
            _TRIAL_TEXT,
            (
                "Any use of Confidential Information at trial shall be "
                "governed by the orders of the trial judge."
            ),
        ),
    ),
    _c(
        "r-binds-near-court-reporters-sign",
        edit(
            VEGA,
            "certify that it has done so.",
            (
                "certify that it has done so. Court reporters retained by the"
                " parties shall sign Exhibit A."
            ),
        ),
    ),
    _c(
        "r-binds-court-maintain",
        edit(
            VEGA,
            "certify that it has done so.",
            (
                "certify that it has done so. The Court shall maintain all "
                "sealed filings in a secure location until the appeal period "
                "has run."
            ),
        ),
        "binds-court",
    ),
    _c(
        "r-categories-all-documents",
        edit(
            VEGA,
            (
                "means loan files and commission schedules of the two kinds "
                "described in the Good Cause Statement that are marked "
                "CONFIDENTIAL when produced."
            ),
            ("means all documents and testimony that a party designates as CONFIDENTIAL."),
        ),
        "categories-overbroad",
    ),
    _c(
        "r-categories-near-concrete-no-tie",
        edit(
            VEGA,
            (
                "means loan files and commission schedules of the two kinds "
                "described in the Good Cause Statement that are marked "
                "CONFIDENTIAL when produced."
            ),
            (
                "means loan application files, credit reports and agent "
                "commission schedules marked CONFIDENTIAL when produced."
            ),
        ),
    ),
    _c(
        "r-gc-generic-names-only",
        edit(
            drop(VEGA, "Publishing the loan files"),
            next(b.text for b in VEGA if b.text.startswith("Mr. Vega alleges")),
            (
                "This is a consumer lending action brought by Tomás Vega "
                "against Sunline Home Solar, LLC and Brightpath Lending Corp."
                " Disclosure of confidential information would harm the "
                "parties and third parties."
            ),
        ),
        "good-cause-generic",
    ),
    _c(
        "r-duration-perpetual",
        edit(
            VEGA,
            "certify that it has done so.",
            (
                "certify that it has done so. The confidentiality obligations"
                " of this Order shall continue in perpetuity."
            ),
        ),
        "duration-retains-jurisdiction",
    ),
    _c(
        "r-exhibit-no-perjury-wording",
        edit(VEGA, "declare under penalty of perjury that I", "certify that I"),
        "exhibit-a-missing",
    ),
    _c("r-caption-notation-lowercase", edit(VEGA, "DISCOVERY MATTER", "Discovery Matter")),
    _c(
        "r-attest-other-wording",
        edit(
            VEGA,
            (
                "ATTESTATION: Under L.R. 5-4.3.4(a)(2)(i), I, Rosa "
                "Delgado-Meyer, attest that all other signatories listed "
                "concur in this filing's content and have authorized the "
                "filing."
            ),
            (
                "The filer certifies that the content of this document is "
                "acceptable to all persons whose signatures appear above and "
                "that each of them has authorized its filing."
            ),
        ),
    ),
]


# Round 3: written after round 2 was fixed, on the QUARRY order.
HELDOUT += [
    _c(
        "q-seal-treat-as-sealed",
        edit(
            QUARRY,
            "unless the Court directs otherwise.",
            (
                "unless the Court directs otherwise. The Clerk shall treat "
                "any filing bearing a CONFIDENTIAL legend as a sealed "
                "document."
            ),
        ),
        "sealing-blanket",
        "binds-court",
    ),
    _c(
        "q-seal-parties-stipulate",
        edit(
            QUARRY,
            "unless the Court directs otherwise.",
            (
                "unless the Court directs otherwise. The parties stipulate "
                "that any brief quoting Protected Material will be filed "
                "under seal without further application."
            ),
        ),
        "sealing-blanket",
    ),
    _c(
        "q-l37-court-call",
        edit(
            QUARRY,
            ("and, if unresolved, shall be presented by joint stipulation under L.R. 37-2"),
            (
                "and, if unresolved, the designating party shall move for a "
                "protective order within fourteen days"
            ),
        ),
        "disputes-bypass-l37",
    ),
    _c(
        "q-l37-near-extra-conference",
        edit(
            QUARRY,
            "The designating party bears the burden of persuasion.",
            (
                "The designating party bears the burden of persuasion. "
                "Counsel may also ask for an informal conference with the "
                "Magistrate Judge, which does not replace L.R. 37-2."
            ),
        ),
    ),
    _c(
        "q-trial-exhibits-sealed",
        edit(
            QUARRY,
            (
                "Material that is used or introduced at trial becomes "
                "presumptively public unless compelling reasons are shown to "
                "the trial judge in advance of trial."
            ),
            (
                "Exhibits containing Protected Material shall be kept "
                "confidential during trial and returned to the producing "
                "party at its close."
            ),
        ),
        "trial-use",
    ),
    _c(
        "q-binds-court-return",
        edit(
            QUARRY,
            "certify that they have done so.",
            (
                "certify that they have done so. The Court will return any "
                "lodged Protected Material to the producing party."
            ),
        ),
        "binds-court",
    ),
    _n(
        "q-binds-missing-other-words",
        edit(QUARRY, " It does not bind the Court, the Clerk or chambers staff.", ""),
        "binds-court",
    ),
    _c(
        "q-gc-heading-in-recital",
        edit(
            QUARRY,
            "II. GOOD CAUSE STATEMENT. Quarry alleges",
            "Good cause exists because Quarry alleges",
        ),
        "good-cause-heading",
    ),
    _c(
        "q-categories-including-without-limitation",
        edit(
            QUARRY,
            (
                "Protected Material means source code and bid workpapers in "
                "the two categories the Good Cause Statement identifies"
            ),
            (
                "Protected Material means confidential technical and "
                "commercial material, including without limitation"
            ),
        ),
        "categories-overbroad",
    ),
    _c(
        "q-exhibit-no-jurisdiction-after",
        edit(
            QUARRY, (", even if enforcement proceedings occur after termination of this action"), ""
        ),
        "exhibit-a-missing",
    ),
    _c(
        "q-duration-jurisdiction-passive",
        edit(
            QUARRY,
            "certify that they have done so.",
            (
                "certify that they have done so. Jurisdiction to enforce this"
                " Order shall remain with this Court after the action "
                "concludes."
            ),
        ),
        "duration-retains-jurisdiction",
    ),
    _c("q-near-caption-notation-header-style", QUARRY),
    _c(
        "q-near-attest-concurrence",
        edit(
            QUARRY,
            (
                "pursuant to Civil L.R. 5-4.3.4(a)(2)(i), the filer attests "
                "that all other signatories listed concur in this filing's "
                "content and have authorized it."
            ),
            (
                "I hereby attest that all signatories listed, and on whose "
                "behalf this filing is submitted, concur in the filing's "
                "content and have authorized the filing."
            ),
        ),
    ),
]


# Round 4: written after round 3 was fixed, on the LOPEZ order.
_GC_LOPEZ = next(b.text for b in LOPEZ if b.text.startswith("Ms. Lopez"))
HELDOUT += [
    _c(
        "w-seal-designated-docs-sealed-upon-filing",
        edit(
            LOPEZ,
            "unless the Court orders otherwise.",
            ("unless the Court orders otherwise. Upon filing, any designated document is sealed."),
        ),
        "sealing-blanket",
    ),
    _c(
        "w-seal-near-application-required",
        edit(
            LOPEZ,
            "unless the Court orders otherwise.",
            (
                "unless the Court orders otherwise. No document is sealed "
                "merely because it was designated; each requires an order "
                "granting an application."
            ),
        ),
    ),
    _c(
        "w-l37-dispute-to-special-master",
        edit(
            LOPEZ,
            (
                "it may be presented only through the joint stipulation "
                "procedure of Local Rules 37-2 through 37-2.4"
            ),
            (
                "it shall be submitted to a special master chosen by the "
                "parties, whose decision is binding"
            ),
        ),
        "disputes-bypass-l37",
    ),
    _c(
        "w-l37-near-stip-deadline-by-rule",
        edit(
            LOPEZ,
            "It must first send the letter described in Local Rule 37-1",
            (
                "It must first send, within the discovery period, the letter "
                "described in Local Rule 37-1"
            ),
        ),
    ),
    _c(
        "w-trial-stipulate-redactions",
        edit(
            LOPEZ,
            (
                "How Confidential Material may be used at trial is for the "
                "District Judge to decide at or before trial."
            ),
            (
                "How Confidential Material may be used at trial is for the "
                "District Judge to decide at or before trial. At trial, the "
                "parties will redact all Confidential Material from exhibits "
                "shown to the jury."
            ),
        ),
        "trial-use",
    ),
    _c(
        "w-binds-court-staff-comply",
        edit(
            LOPEZ,
            "The Court and its employees are not bound by this Order.",
            ("Court staff handling Confidential Material must comply with this Order."),
        ),
        "binds-court",
    ),
    _c(
        "w-categories-any-nonpublic",
        edit(
            LOPEZ,
            (
                "documents and testimony within one of the two categories "
                "described in the Good Cause Statement that the producing "
                "party has marked CONFIDENTIAL"
            ),
            "any non-public information",
        ),
        "categories-overbroad",
    ),
    _c(
        "w-gc-generic-privacy-only",
        edit(
            drop(LOPEZ, "Patient charts for", "Payroll and shift", "A private agreement"),
            _GC_LOPEZ,
            (
                "This employment case will involve personnel and medical "
                "records. These records are private and their disclosure "
                "would violate the privacy rights of the individuals "
                "concerned."
            ),
        ),
        "good-cause-generic",
    ),
    _c("w-exhibit-a-in-table", LOPEZ, headings="table"),
    _c(
        "w-duration-until-destroyed",
        edit(
            LOPEZ,
            "Within 60 days after this case ends",
            (
                "This Order remains binding after the conclusion of this "
                "litigation. Within 60 days after this case ends"
            ),
        ),
    ),
    _n(
        "w-caption-notation-in-header-only",
        edit(LOPEZ, "DISCOVERY MATTER", "Case filed 2025"),
        "caption-discovery-notation",
    ),
    _c(
        "w-attestation-three-signers-one-attest-wrong",
        edit(
            LOPEZ,
            (
                "I, Elena Alvarez, attest that Thomas Cole, on whose behalf "
                "this filing is also submitted, concurs in its content and "
                "has authorized its filing."
            ),
            "Signed electronically by counsel.",
        ),
        "signature-attestation",
    ),
]


# Round 5: written after round 4 was fixed.  One miss stays unfixed and out of the corpus:
# a good-cause statement with names and "would be harmful if disclosed to competitors"
# passes as specific (see the README's list of what can fool the check).
HELDOUT += [
    _c(
        "x-seal-agree-to-seal",
        edit(
            VEGA,
            "directs otherwise.",
            (
                "directs otherwise. The parties consent to the sealing of any"
                " filing that quotes Confidential Information."
            ),
        ),
        "sealing-blanket",
    ),
    _c(
        "x-seal-near-public-version",
        edit(
            VEGA,
            "directs otherwise.",
            (
                "directs otherwise. A party whose application to seal is "
                "denied will file an unredacted public version within seven "
                "days."
            ),
        ),
    ),
    _c(
        "x-l37-motion-to-compel-designation",
        edit(
            VEGA,
            (
                "The challenge must follow L.R. 37-1 and L.R. 37-2: a written"
                " request to meet and confer, a conference within ten days, "
                "and, if needed, a joint stipulation."
            ),
            (
                "If the parties cannot agree, the challenging party may bring"
                " a motion under Federal Rule of Civil Procedure 26(c) on "
                "regular notice."
            ),
        ),
        "disputes-bypass-l37",
    ),
    _c(
        "x-l37-near-rule-cited-twice",
        edit(
            VEGA,
            "The Designating Party bears the burden",
            (
                "Nothing in this paragraph alters L.R. 37-2.4. The "
                "Designating Party bears the burden"
            ),
        ),
    ),
    _c(
        "x-trial-order-governs-trial",
        edit(
            VEGA,
            (
                "This Order does not govern the use of Confidential "
                "Information at trial. Material introduced at trial becomes "
                "public unless the trial judge, on a showing of compelling "
                "reasons made before trial, orders otherwise."
            ),
            (
                "This Order governs the handling of Confidential Information "
                "through trial and any appeal."
            ),
        ),
        "trial-use",
    ),
    _c(
        "x-binds-clerk-notify",
        edit(
            VEGA,
            "certify that it has done so.",
            (
                "certify that it has done so. The Clerk of the Court is "
                "directed to notify the producing party before releasing any "
                "sealed exhibit."
            ),
        ),
        "binds-court",
    ),
    _c(
        "x-categories-commercially-sensitive",
        edit(
            VEGA,
            (
                "means loan files and commission schedules of the two kinds "
                "described in the Good Cause Statement that are marked "
                "CONFIDENTIAL when produced."
            ),
            "means commercially sensitive or personal information.",
        ),
        "categories-overbroad",
    ),
    _c(
        "x-gc-heading-near-allcaps-runin-bold",
        edit(VEGA, "2. GOOD CAUSE STATEMENT", "GOOD CAUSE STATEMENT:"),
    ),
    _c("x-duration-court-jurisdiction-exhibit-only", VEGA),
    _c(
        "x-exhibit-a-california-agent-missing-word",
        edit(
            VEGA,
            "My California agent for service of process is ____________.",
            ("I name ____________ to accept service of process for me in California."),
        ),
    ),
]
