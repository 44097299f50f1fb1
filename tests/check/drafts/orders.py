"""Two complete, compliant orders in wording of our own (not pogen's), and edit helpers.

``LOPEZ`` is an employment case written like a small firm's form: sections numbered
"1.", sub-sections "1.2", a caption table with DISCOVERY MATTER.  ``QUARRY`` is a trade
secret case in another style: Roman numerals, a run-in good-cause heading, the caption
in text boxes with a Santa Ana judge's bracketed notation, the attestation in the
signature block and a differently worded Exhibit A.
"""

from __future__ import annotations

from collections.abc import Sequence

from tests.check.drafts.build import Block, caption, h, line, p, page_break

LOPEZ: list[Block] = [
    line("Elena Alvarez (Cal. Bar No. 301122)"),
    line("ealvarez@alvarezlaw.example"),
    line("ALVAREZ LAW GROUP"),
    line("800 West Sixth Street, Suite 400, Los Angeles, CA 90017"),
    line("Tel. (213) 555-0177"),
    line("Counsel for Plaintiff Maria Lopez"),
    line("UNITED STATES DISTRICT COURT"),
    line("CENTRAL DISTRICT OF CALIFORNIA"),
    caption(
        [
            "MARIA LOPEZ, an individual,",
            "Plaintiff,",
            "v.",
            "HARBOR POINT MEDICAL GROUP, INC.,",
            "Defendant.",
        ],
        ["Case No. 2:25-cv-01234-MWF-AFM", "STIPULATED PROTECTIVE ORDER", "DISCOVERY MATTER"],
    ),
    p(
        "Plaintiff Maria Lopez and Defendant Harbor Point Medical Group, Inc., through their "
        "attorneys, have agreed to the terms below and jointly request that the Court enter them "
        "as an order governing confidential records exchanged in discovery in this case."
    ),
    h("1. PURPOSE OF THIS ORDER"),
    p(
        "Discovery in this case will require the parties to exchange medical, payroll and "
        "scheduling records that are not public. This Order limits how those records may be used "
        "and who may see them. It does not make everything produced confidential; only records "
        "within the categories described in the next section may be designated."
    ),
    h("1.2 GOOD CAUSE STATEMENT"),
    p(
        "Ms. Lopez, a former surgical nurse, claims that Harbor Point dismissed her in March 2024 "
        "after she reported understaffing in its Torrance operating rooms, in violation of "
        "California Labor Code section 1102.5. Two kinds of records will be produced."
    ),
    p(
        "Patient charts for the Torrance surgical unit. Ms. Lopez's claims turn on staffing "
        "during specific procedures, and the charts that record them name patients who are "
        "strangers to this case; releasing those charts would expose those patients' diagnoses "
        "and treatment and breach the privacy that health-privacy statutes give them."
    ),
    p(
        "Payroll and shift records of other nurses. Harbor Point employs about 140 nurses whose "
        "pay rates, overtime and medical leave appear in these records; if they were filed "
        "publicly, co-workers and recruiters could learn each nurse's wages and leave history, "
        "embarrassing people who have no part in this lawsuit."
    ),
    p(
        "A private agreement would not bind the staffing agencies that hold some of these "
        "records; an order of the Court does, and it lets production go forward without "
        "litigating each page."
    ),
    h("1.3 FILING UNDER SEAL"),
    p(
        "Nothing in this Order entitles a party to file anything under seal. A party wishing to "
        "do so must apply under Local Rule 79-5 and obtain leave of Court for the particular "
        "document; being designated under this Order is not by itself a reason for sealing."
    ),
    h("2. DEFINITIONS"),
    p(
        "“Confidential Material” means documents and testimony within one of the two "
        "categories described in the Good Cause Statement that the producing party has marked "
        "CONFIDENTIAL."
    ),
    p("“Producing Party” means any party or non-party that produces documents in this case."),
    h("3. SCOPE"),
    p(
        "This Order covers Confidential Material and any copy, summary or excerpt of it. "
        "Information that is public through no fault of the receiving party is not covered."
    ),
    p(
        "This Order applies to pretrial discovery. How Confidential Material may be used at "
        "trial is for the District Judge to decide at or before trial."
    ),
    p("The Court and its employees are not bound by this Order."),
    h("4. DURATION"),
    p(
        "Once trial begins, Confidential Material offered in evidence becomes part of the public "
        "record unless the party seeking protection has shown the trial judge compelling "
        "reasons beforehand. Otherwise, the limits of this Order continue until the producing "
        "party releases them or the Court orders otherwise."
    ),
    h("5. DESIGNATING MATERIAL"),
    p(
        "A producing party must mark each page that contains Confidential Material with the "
        "word CONFIDENTIAL, and may mark deposition testimony by notice within 21 days after "
        "receiving the transcript. Designations must be made with care and limited to what "
        "qualifies."
    ),
    h("6. CHALLENGES TO DESIGNATIONS"),
    p(
        "A party that disagrees with a designation may raise the disagreement at any time before "
        "the discovery cut-off. It must first send the letter described in Local Rule 37-1 and "
        "meet and confer. If the disagreement remains, it may be presented only through the "
        "joint stipulation procedure of Local Rules 37-2 through 37-2.4. The producing party has "
        "the burden of showing that the designation is proper, and the material stays protected "
        "until the Court decides."
    ),
    h("7. WHO MAY SEE CONFIDENTIAL MATERIAL"),
    p(
        "Confidential Material may be disclosed only to counsel of record and their staff; the "
        "parties' officers and employees who need it for this case; experts and consultants who "
        "have signed Exhibit A; the Court, its staff and court reporters; and deposition "
        "witnesses who have signed Exhibit A."
    ),
    h("8. FILING"),
    p(
        "Before filing Confidential Material, a party must comply with Local Rule 79-5. If the "
        "Court denies an application to seal, the filing party may file the material publicly "
        "unless the Court orders otherwise."
    ),
    h("9. RETURN OF MATERIAL"),
    p(
        "Within 60 days after this case ends, each receiving party must return or destroy "
        "Confidential Material and confirm in writing that it has done so; counsel may keep one "
        "archival copy of the pleadings and work product."
    ),
    h("10. ENFORCEMENT"),
    p(
        "A breach of this Order may be addressed by the Court through contempt or other "
        "sanctions. Any dispute about compliance follows Local Rule 37."
    ),
    p("IT IS SO STIPULATED."),
    line("Dated: January 5, 2027\tALVAREZ LAW GROUP"),
    line("By: /s/ Elena Alvarez"),
    line("Counsel for Plaintiff Maria Lopez"),
    line("Dated: January 5, 2027\tBRIGHTWATER & COLE LLP"),
    line("By: /s/ Thomas Cole"),
    line("Counsel for Defendant Harbor Point Medical Group, Inc."),
    h("SIGNATURE ATTESTATION"),
    p(
        "I, Elena Alvarez, attest that Thomas Cole, on whose behalf this filing is also "
        "submitted, concurs in its content and has authorized its filing."
    ),
    page_break(),
    h("ORDER"),
    p("Good cause appearing, the Court enters the stipulated protective order above."),
    line("Dated: ____________"),
    line("United States Magistrate Judge"),
    page_break(),
    h("EXHIBIT A"),
    h("ACKNOWLEDGMENT AND AGREEMENT TO BE BOUND"),
    p(
        "I, ____________, of ____________, declare under penalty of perjury under the laws of "
        "the United States that I have read the Protective Order entered in Lopez v. Harbor "
        "Point Medical Group, Inc., No. 2:25-cv-01234-MWF-AFM, in the United States District "
        "Court for the Central District of California."
    ),
    p(
        "I agree to comply with that Order, and I understand that failing to do so may subject "
        "me to sanctions and contempt."
    ),
    p(
        "I consent to the jurisdiction of the United States District Court for the Central "
        "District of California to enforce the Order, and this consent continues even after "
        "the case has ended."
    ),
    p("I appoint ____________ of ____________ as my California agent for service of process."),
]

QUARRY: list[Block] = [
    line("Priya Natarajan, SBN 288761"),
    line("pnatarajan@ridgeline.example"),
    line("RIDGELINE LEGAL LLP, 19800 MacArthur Blvd., Irvine, California 92612"),
    line("(949) 555-0123"),
    line("Attorneys for Plaintiff Quarry Analytics, Inc."),
    line("UNITED STATES DISTRICT COURT"),
    line("CENTRAL DISTRICT OF CALIFORNIA – SOUTHERN DIVISION"),
    caption(
        [
            "QUARRY ANALYTICS, INC.,",
            "Plaintiff,",
            "vs.",
            "MERIDIAN SURVEY CO., et al.,",
            "Defendants.",
        ],
        [
            "No. 8:25-cv-00456-DOC-KES",
            "[Discovery Document: Referred to Magistrate Judge Karen E. Scott]",
            "STIPULATION FOR PROTECTIVE ORDER",
        ],
    ),
    p(
        "The parties to this action, by and through their undersigned counsel, hereby stipulate "
        "to and petition the Court to enter the following Protective Order concerning the "
        "treatment of confidential materials produced in discovery."
    ),
    h("I. INTRODUCTION AND LIMITS"),
    p(
        "The protections conferred by this stipulation do not extend to all disclosures or "
        "responses to discovery, and the parties acknowledge that this Order creates no "
        "entitlement to file confidential information under seal; Civil L.R. 79-5 sets out the "
        "procedures that must be followed and the standards the Court applies."
    ),
    p(
        "II. GOOD CAUSE STATEMENT. Quarry alleges that two former Quarry engineers took its "
        "LiDAR point-cloud classification code to Meridian in 2023 and that Meridian used it to "
        "win the Caltrans District 12 survey contract. Discovery will reach Quarry's "
        "classification source code and Meridian's bid workpapers for that contract."
    ),
    p(
        "If Meridian's engineers saw Quarry's source code, they could rebuild the classifier "
        "Quarry spent six years developing, and Quarry would lose the pricing edge it holds in "
        "the pending Orange County Transportation Authority bid."
    ),
    p(
        "Meridian's bid workpapers show the unit labor rates it quotes public agencies; in the "
        "hands of Quarry's sales staff they would let Quarry undercut Meridian on the next "
        "Caltrans solicitation."
    ),
    h("III. Scope"),
    p(
        "The Order governs Protected Material in pretrial discovery only and shall not govern "
        "proceedings at trial, which the trial judge will control. It does not bind the Court, "
        "the Clerk or chambers staff."
    ),
    h("IV. Duration"),
    p(
        "Material that is used or introduced at trial becomes presumptively public unless "
        "compelling reasons are shown to the trial judge in advance of trial."
    ),
    h("V. Designation"),
    p(
        "Protected Material means source code and bid workpapers in the two categories the "
        "Good Cause Statement identifies, marked “CONFIDENTIAL – SOURCE CODE” or "
        "“CONFIDENTIAL”."
    ),
    h("VI. Disputes Over Designations"),
    p(
        "Any challenge to a designation shall proceed under Civil L.R. 37-1 et seq., beginning "
        "with a meet-and-confer letter, and, if unresolved, shall be presented by joint "
        "stipulation under L.R. 37-2. The designating party bears the burden of persuasion."
    ),
    h("VII. Filing Protected Material"),
    p(
        "A party seeking to file Protected Material must comply with Civil L.R. 79-5. If a "
        "request to file under seal is denied, the material may be filed in the public record "
        "unless the Court directs otherwise."
    ),
    h("VIII. Final Disposition"),
    p(
        "Within sixty days of final disposition, receiving parties shall return or destroy all "
        "Protected Material and certify that they have done so."
    ),
    p("SO STIPULATED."),
    line("RIDGELINE LEGAL LLP    By: /s/ Priya Natarajan, Attorneys for Plaintiff"),
    line("OAKMONT & FENN LLP    By: /s/ Daniel Okoro, Attorneys for Defendants"),
    p(
        "Filer's attestation: pursuant to Civil L.R. 5-4.3.4(a)(2)(i), the filer attests that "
        "all other signatories listed concur in this filing's content and have authorized it."
    ),
    page_break(),
    h("EXHIBIT A"),
    p(
        "I, ______________ [print name], residing at ______________, declare under penalty of "
        "perjury that I have read in its entirety the Protective Order issued by the United "
        "States District Court for the Central District of California in Quarry Analytics, "
        "Inc. v. Meridian Survey Co., No. 8:25-cv-00456-DOC-KES."
    ),
    p(
        "I agree to abide by the Order and will not disclose Protected Material except as it "
        "permits."
    ),
    p(
        "I submit to the jurisdiction of the Central District of California for enforcement of "
        "the Order, even if enforcement proceedings occur after termination of this action."
    ),
    p("I designate ______________ as my California agent for service of process."),
]


def edit(blocks: Sequence[Block], old: str, new: str) -> list[Block]:
    """Replace ``old`` (which must occur exactly once) with ``new`` in block texts."""
    hits = [b for b in blocks if old in b.text or any(old in e for e in b.extra)]
    assert len(hits) == 1, f"{old!r} occurs in {len(hits)} blocks"
    out = []
    for original in blocks:
        block = original
        if block is hits[0]:
            block = Block(
                block.kind,
                block.text.replace(old, new),
                tuple(e.replace(old, new) for e in block.extra),
            )
        out.append(block)
    return out


def drop(blocks: Sequence[Block], *starts: str) -> list[Block]:
    """Remove every block whose text starts with one of ``starts``."""
    out = [b for b in blocks if not any(b.text.startswith(s) for s in starts)]
    assert len(out) < len(blocks), f"nothing starts with {starts}"
    return out
