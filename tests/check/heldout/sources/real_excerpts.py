"""Real public C.D. Cal. texts (court orders and an entered protective order), as excerpted by
the stored-page search service: only the opening of each page was available, so every
document here is an excerpt and ends with "[...]" where the stored copy breaks off.
Text is reproduced as found (typos included); pleading-paper line numbers that the
PDF-to-text conversion interleaved have been removed, paragraph breaks restored, and (in R6)
counsel e-mail, telephone and fax lines omitted.
Judicial orders are public records; URLs are recorded with each entry."""

from __future__ import annotations

REAL = []


def R(id, url, title, judge, paras, quote_key, quote, notes):
    REAL.append(dict(id=id, url=url, title=title, judge=judge, paras=paras, quote_key=quote_key,
                     quote=quote, notes=notes))


R("R1",
  "https://docs.justia.com/cases/federal/district-courts/california/cacdce/5:2016cv01224/650127/19",
  "Gaylor v. Morin, EDCV 16-1224-JGB (KKx), Dkt. 19 (minute order, May 11, 2017)",
  "Kenly Kiya Kato",
  [
      "UNITED STATES DISTRICT COURT",
      "CENTRAL DISTRICT OF CALIFORNIA",
      "CIVIL MINUTES\u2014GENERAL",
      "Case No. EDCV 16-1224-JGB (KKx)   Date: May 11, 2017",
      "Title: Dorothy Gaylor, et al. v. Trevor D. Morin, et al.",
      "Present: The Honorable KENLY KIYA KATO, UNITED STATES MAGISTRATE JUDGE",
      "DEB TAYLOR   Not Reported",
      "Deputy Clerk   Court Reporter",
      "Attorney(s) Present for Plaintiff(s): None Present   Attorney(s) Present for Defendant(s): None Present",
      "Proceedings: Order re: Stipulated Protective Order [Dkt. 18]",
      "The parties\u2019 proposed Stipulation and Protective Order has been referred by the District Judge to the "
      "Magistrate Judge for consideration. The parties are advised that the Court declines to issue the proposed "
      "protective order to which they have stipulated for the following reasons:",
      "1. While the Court is willing to enter a protective order in accordance with the parties\u2019 stipulation "
      "in order to facilitate the conduct of discovery, the Court is unwilling to include in the protective order "
      "any provisions relating to evidence presented at trial or other court hearings or proceedings. Any use of "
      "Protected Material at trial or other court hearings or proceedings shall be governed by the orders of the "
      "trial judge. The stipulation should, thus, include language to make this explicit.",
      "2. The stipulation needs to be revised to make clear that the terms of the Protective Order do not apply to "
      "the Court and court personnel, who are subject only to the Court\u2019s internal procedures regarding the "
      "handling of material filed or lodged, including material filed or lodged under seal.",
      "3. The parties shall include a statement of good cause, as required by Fed. R. Civ. P. 26(c) [...]",
  ],
  "r.10", "the Court declines to issue the proposed protective order",
  "Real minute order of Magistrate Judge Kato declining a stipulated protective order (excerpt). Not an order's "
  "terms: incomplete-order only.")

R("R2",
  "https://print.casetext.com/case/leonard-v-metlife-ins-co",
  "Leonard v. MetLife, CV 12-10003 SVW (SSx), memorandum and order of Sept. 17, 2013",
  "Suzanne H. Segal",
  [
      "NO. CV 12-10003 SVW (SSx)",
      "2013-09-17",
      "MEMORANDUM AND ORDER RE: PARTIES' STIPULATED PROTECTIVE ORDER",
      "The Court has received and considered the parties' \"Joint Stipulation And Proposed Order Of "
      "Confidentiality\" (the \"Protective Order\"). The Court cannot adopt the Protective Order as stipulated to by "
      "the parties. The parties may submit a revised stipulated protective order, but must correct the following "
      "deficiencies:",
      "The parties define \"Confidential Information\" to mean the \"confidential and/or proprietary claims manual "
      "documents, or any portion thereof, to be produced by Defendant in this action which are not publicly "
      "available, and which are designated by Defendant as 'Confidential[.]'\" (Protective Order at 2, \u00b6 1). "
      "While the Court believes that this definition of confidential information is sufficiently narrow, the "
      "remaining terms of the protective order are problematic.",
      "The Court cannot agree to the procedure the parties propose for resolving disputes. (Protective Order at 2, "
      "\u00b6 3). Before seeking court intervention in any discovery matter, the parties must strictly comply with "
      "the Central District's Local Rule 37, including the letter and meet and confer requirements set forth in "
      "L.R. 37-1. Both parties must timely file a written joint stipulation containing all issues in dispute. C.D. "
      "Cal. L.R. 37-2, 37-2.1. The form and preparation of this stipulation are expressly laid out in Local Rules "
      "37-2.1 and 37-2.2. C.D. Cal. L.R. 37-2.1, 37-2.2. The Court will not consider the dispute unless the "
      "stipulation or a declaration from the moving party describing how the opposing party failed to cooperate in "
      "formulating the stipulation is timely filed. See C.D. Cal. L.R. 37-2.4.",
      "The Court cannot agree to the parties' stipulation regarding the use of claims manual documents, or any "
      "portion thereof, at any hearing or trial of this case. (See Protective Order at 3, \u00b6 9). [...]",
  ],
  "r.3", "The Court cannot adopt the Protective Order as stipulated to by the parties.",
  "Real memorandum of Magistrate Judge Segal rejecting a stipulated protective order (excerpt). It quotes the "
  "rejected definition and procedures; incomplete-order only.")

R("R3",
  "https://print.casetext.com/case/king-v-citimortgage-2",
  "King v. CitiMortgage, CV 10-3792-DSF (PLAx) and related cases, memorandum and order of Aug. 4, 2011",
  "Paul L. Abrams",
  [
      "No. CV 10-3792-DSF (PLAx) No. CV 10-6292-DSF (PLAx) No. CV 10-7049-DSF (PLAx) No. CV 10-7385-DSF (PLAx)",
      "08-04-2011",
      "BEVERLY KING, et al., Plaintiffs, v. CITIMORTGAGE, INC., etc., Defendants. HANNA BERNARD, etc., Plaintiff, v. "
      "CITIMORTGAGE, INC., Defendant. MARIA BETANCOURT, et al., Plaintiffs, v. CITIMORTGAGE, INC., et al., "
      "Defendants. CARLA CHUI, et al., Plaintiffs, v. CITIMORTGAGE, INC., Defendant.",
      "MEMORANDUM AND ORDER RE: PARTIES' PROPOSED STIPULATED PROTECTIVE ORDER",
      "The Court has received and considered the parties' proposed Stipulated Protective Order (\"Protective "
      "Order\"). The Court is unable to adopt the Protective Order as stipulated to by the parties for the followings "
      "reasons:",
      "First, a protective order must be narrowly tailored and cannot be overbroad. Therefore, the documents, "
      "information, items or materials that are subject to the protective order shall be described in a meaningful "
      "fashion (for example, \"blueprints,\" \"customer lists,\" or \"market surveys,\" etc.). It is not sufficient to "
      "use only conclusory terms such as \"confidential policies, procedures and/or proprietary information,\" and "
      "\"personal information.\" (See pages 3-4, at \u00b6 2).",
      "Second, in the event of a dispute regarding the designation or disclosure of confidential information, the "
      "procedure for obtaining a decision from the Court is that set forth in Local Rule 37. (See, e.g., page 9, at "
      "\u00b6 15). If the parties want to file the Joint Stipulation required by Local Rule 37 under seal, the "
      "parties may file a stipulation to that effect or the moving party may file an ex parte application making "
      "the appropriate request. The parties must set forth good cause in the stipulation or ex parte application as "
      "to why the Joint Stipulation or portions thereof should be filed under seal. [...]",
  ],
  "r.5", "The Court is unable to adopt the Protective Order as stipulated to by the parties",
  "Real memorandum of Magistrate Judge Abrams rejecting a stipulated protective order (excerpt); incomplete-order only.")

R("R4",
  "http://ca.findacase.com/research/wfrmDocViewer.aspx/xq/fac.20191223_0009918.CCA.htm/qx",
  "Protective order entered by Magistrate Judge Rozella A. Oliver (District Judge Dean D. Pregerson), Dec. 2019; case name not shown in the stored copy",
  "Rozella A. Oliver",
  [
      "United States District Court, C.D. California",
      "HON. DEAN D. PREGERSON JUDGE",
      "PROTECTIVE ORDER",
      "HON. ROZELLA A. OLIVER UNITED STATES MAGISTRATE JUDGE",
      "1. A. PURPOSES AND LIMITATIONS",
      "Discovery in this action is likely to involve production of confidential, proprietary or private information "
      "for which special protection from public disclosure and from use for any purpose other than prosecuting this "
      "litigation may be warranted. Accordingly, the parties hereby stipulate to and petition the Court to enter the "
      "following Stipulated Protective Order. The parties acknowledge that this Order does not confer blanket "
      "protections on all disclosures or responses to discovery and that the protection it affords from public "
      "disclosure and use extends only to the limited information or items that are entitled to confidential "
      "treatment under the applicable legal principles.",
      "B. GOOD CAUSE STATEMENT",
      "This action is likely to involve third party privacy, HIPPA information, peace officer personnel and official "
      "information for which special protection from public disclosure and from use for any purpose other than "
      "prosecution of this action is warranted. Such confidential and proprietary materials and information consist "
      "of, among other things, (including information implicating privacy rights of third parties), information "
      "otherwise generally unavailable to the public, or which may be privileged or otherwise protected from "
      "disclosure under state or federal statutes, court rules, case decisions, or common law. Accordingly, to "
      "expedite the flow of information, to facilitate the prompt resolution of disputes over confidentiality of "
      "discovery materials, to adequately protect information the parties are entitled to keep confidential, to "
      "ensure that the parties are permitted reasonable necessary uses of such material in preparation for and in "
      "the conduct of trial, to address their handling at the end of the litigation, and serve the ends of justice, "
      "a protective order for such information is justified [...]",
  ],
  "r.5", "Discovery in this action is likely to involve production of confidential",
  "Real entered protective order, first page only (sections 1.A and 1.B): incomplete as an excerpt. Read as a "
  "complete order its good-cause text would be close to good-cause-generic, but only incomplete-order is expected.")

R("R5",
  "https://docs.justia.com/cases/federal/district-courts/california/cacdce/2:2012cv05600/536241/273",
  "Wishtoyo Foundation v. Magic Mountain LLC, 2:12-cv-5600-SVW (MANx), Dkt. 273 (protective order entered by Magistrate Judge Margaret A. Nagle)",
  "Margaret A. Nagle",
  [
      "UNITED STATES DISTRICT COURT",
      "CENTRAL DISTRICT OF CALIFORNIA",
      "WISHTOYO FOUNDATION and its VENTURA COASTKEEPER program, a non-profit corporation, LOS ANGELES COASTKEEPER "
      "d/b/a SANTA MONICA BAYKEEPER, a non-profit corporation, and FRIENDS OF THE SANTA CLARA RIVER, a non-profit "
      "corporation, Plaintiffs, vs. MAGIC MOUNTAIN LLC, a California Limited Liability Company; SIX FLAGS THEME "
      "PARKS, INC., a Delaware Corporation, Defendants.",
      "Case No.: 2:12-cv-5600-SVW (MANx)",
      "PROTECTIVE ORDER ENTERED PURSUANT TO THE STIPULATION OF THE PARTIES",
      "Pursuant to Rule 26(c) of the Federal Rules of Civil Procedure and based on the parties\u2019 Stipulated "
      "Protective Order Regarding Confidential Materials (\u201cStipulation\u201d) filed on December 4, 2014, the "
      "terms of the protective order to which the parties have agreed are adopted as a protective order of this "
      "Court (which generally shall govern the pretrial phase of this action) except to the extent, as set forth "
      "below, that those terms have been substantively modified by the Court\u2019s amendment of paragraphs 2, 3, 5, "
      "7, 9, and 10 of the Stipulation.",
      "The parties are expressly cautioned that the designation of any information, document, or thing as "
      "Confidential, Confidential \u2013 Attorney\u2019s Eyes Only, or other designation(s) used by the parties, does "
      "not, in and of itself, create any entitlement to file such information, document, or thing, in whole or in "
      "part, under seal. Accordingly, reference to this Protective Order or to the parties\u2019 designation of any "
      "information, document, or thing as Confidential, Confidential \u2013 Attorney\u2019s Eyes Only, or other "
      "designation(s) used by the parties, is wholly insufficient to warrant a filing under seal. [...]",
  ],
  "r.6", "the terms of the protective order to which the parties have agreed are adopted",
  "Real court-entered protective order, opening paragraphs only (excerpt); incomplete-order only.")

R("R6",
  "https://docs.justia.com/cases/federal/district-courts/california/cacdce/2:2024cv07416/939372/39",
  "Keith Feder, M.D., Inc. v. Amazon.com, Inc., 2:24-cv-07416-SRM-SSC, Dkt. 39 (stipulated protective order entered by Magistrate Judge Stephanie S. Christensen)",
  "Stephanie S. Christensen",
  [
      "SHANNON L. ERNSTER (SBN: 264940)",
      "HELA VAKNIN (SBN: 342083)",
      "GORDON REES SCULLY MANSUKHANI, LLP",
      "633 West Fifth Street, 52nd Floor",
      "Los Angeles, California 90071",
      "Attorneys for Defendant AMAZON.COM, INC.",
      "JONATHAN A. STIEGLITZ (SBN 278028)",
      "THE LAW OFFICES OF JONATHAN A. STIEGLITZ",
      "11845 W. Olympic Blvd., Suite 800",
      "Los Angeles, California 90064",
      "Attorney for Plaintiff KEITH FEDER, M.D., INC.",
      "UNITED STATES DISTRICT COURT",
      "CENTRAL DISTRICT OF CALIFORNIA",
      "KEITH FEDER, M.D., INC. Plaintiff(s), v. AMAZON.COM, INC. and DOES 1-10, Defendant(s).",
      "Case No. 2:24-cv-07416-SRM-SSC",
      "STIPULATED PROTECTIVE ORDER",
      "This Stipulated Protective Order is substantially based on the model protective order provided under "
      "Magistrate Judge Stephanie S. Christensen\u2019s Procedures as of 24 July 2023.",
      "1. INTRODUCTION",
      "1.1 Purposes and Limitations. Discovery in this action is likely to involve production of confidential, "
      "proprietary, or private information for which special protection from public disclosure and from use for "
      "any purpose other than prosecuting this litigation may be warranted. Accordingly, Plaintiff Keith Feder, M.D., "
      "Inc. (\u201cPlaintiff\u201d) and Defendant Amazon.com, Inc. (\u201cDefendant\u201d) (Plaintiff and Defendant are "
      "collectively referred to herein as the \u201cParties\u201d) hereby stipulate to and petition the court to enter "
      "the following Stipulated Protective Order.",
      "This Protective Order shall govern any record of information produced in this action and designated pursuant "
      "to this Protective Order, including all designated deposition testimony, all designated [...]",
  ],
  "r.18", "hereby stipulate to and petition the court to enter the following Stipulated Protective Order",
  "Real entered stipulated protective order, first page only (excerpt; the stored copy breaks off in section 1.1); "
  "incomplete-order only.")
