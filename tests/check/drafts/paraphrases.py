"""Paraphrases of two rejection grounds, written from the court's reasons, with near misses.

Each sentence is placed inside the provision where a drafter would put it, in a clean
draft of two house styles (``LOPEZ``: arabic numbering, Word heading styles, caption in a
table; ``QUARRY``: roman numbering, bold headings, caption in text boxes).  A *defect*
must draw its rule at that sentence and nothing else; a *near miss* is what a correct
order says and must draw nothing.

The sentences were written from the reasons in the domain notes (rejections.md,
``trial-use`` and ``disputes-bypass-l37``; model-order.md, sections 3, 4 and 6), never
from pogen's rules or from the held-out corpus.  The first ten trial defects are the
seed probe's.  ``python -m tests.check.drafts.paraphrases`` prints the hit rate.

Each list ends with six later rounds ("later round N"), written from the same notes
while the rules were being generalized, after the rules had been read.  Rounds 1-5 were
each measured once and then the rules were changed for most of their misses; round 6
was written after the last rule change and never tuned on.  What still fails stands as
strict xfails in test_check_paraphrases.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.check.drafts.build import Block, h, p
from tests.check.drafts.orders import LOPEZ, QUARRY

TRIAL = "trial-use"
DISPUTES = "disputes-bypass-l37"

# (provision, sentence): material controlled at trial or hearings by the order or the parties.
TRIAL_DEFECTS: tuple[tuple[str, str], ...] = (
    # the seed probe
    ("duration", "Confidential documents used at trial shall remain under seal."),
    (
        "duration",
        "Confidential Material shall retain its confidential status at any hearing or at trial.",
    ),
    (
        "duration",
        "The parties shall meet and confer regarding the procedures for handling Protected "
        "Material at trial and shall present an agreed procedure to the trial judge.",
    ),
    ("scope", "This Order shall govern all pretrial and trial proceedings in this Action."),
    (
        "duration",
        "Counsel shall ask that the courtroom be closed to the public whenever Confidential "
        "Material is presented.",
    ),
    (
        "duration",
        "Designated material introduced as an exhibit at trial shall remain confidential, and "
        "the jury shall be instructed not to disclose it.",
    ),
    (
        "duration",
        "The provisions of this Order shall continue to apply to Protected Material used at "
        "trial unless the Court orders otherwise.",
    ),
    ("filing", "Any exhibit containing Confidential Material shall be lodged under seal at trial."),
    (
        "duration",
        "At trial, the Parties agree that Confidential Material will be shown only to the "
        "Court, the jury and counsel.",
    ),
    (
        "duration",
        "Protected Material used during any hearing shall be kept confidential and the "
        "transcript of that portion sealed.",
    ),
    # sealing at trial or hearings
    (
        "filing",
        "Protected Material offered as an exhibit at trial shall be submitted in a sealed "
        "envelope and kept under seal.",
    ),
    (
        "duration",
        "Designated documents shown to the jury shall stay sealed while the trial lasts and "
        "afterwards.",
    ),
    (
        "scope",
        "At any evidentiary hearing, Confidential Material may be presented only in sealed form.",
    ),
    (
        "duration",
        "The portions of any hearing transcript that discuss Confidential Material are to be "
        "sealed without further order.",
    ),
    (
        "duration",
        "Trial exhibits that bear a CONFIDENTIAL legend will stay sealed after they are "
        "admitted into evidence.",
    ),
    (
        "duration",
        "Witnesses who testify at trial about Protected Material shall do so in a closed "
        "session, and that part of the record shall be sealed.",
    ),
    (
        "scope",
        "If Protected Material is used in open court, the Parties stipulate that the record of "
        "that use will be sealed.",
    ),
    (
        "duration",
        "Protected Material does not become part of the public record because it is used at trial.",
    ),
    (
        "duration",
        "Using Confidential Material at a hearing does not strip it of its confidential status.",
    ),
    (
        "duration",
        "Confidential Material received in evidence keeps its designation and may not be made "
        "public.",
    ),
    # the order, not the trial judge, governing trial
    (
        "scope",
        "This Stipulated Protective Order applies to every stage of this Action, including "
        "trial and any appeal.",
    ),
    (
        "scope",
        "The terms of this Order govern the use of Protected Material at trial as well as in "
        "discovery.",
    ),
    (
        "scope",
        "During trial this Order stays binding on the Parties, and its restrictions reach every "
        "exhibit offered there.",
    ),
    (
        "scope",
        "The Parties intend this Order to control how Protected Material is handled at every "
        "hearing and at trial.",
    ),
    (
        "scope",
        "The provisions of this Order extend to the trial of this Action and to any post-trial "
        "motions.",
    ),
    (
        "scope",
        "This Order is not limited to pretrial proceedings; it also covers the presentation of "
        "evidence at trial.",
    ),
    # protection carried through trial, with no compelling-reasons showing
    ("duration", "The confidentiality obligations of this Order continue through trial."),
    (
        "duration",
        "Protected Material keeps the protection of this Order even when it is used at trial.",
    ),
    ("duration", "Designations made under this Order survive the start of trial."),
    ("duration", "Material used at trial remains subject to every restriction in this Order."),
    (
        "duration",
        "Even after Confidential Material is introduced at trial, everyone who received it "
        "must continue to treat it as confidential.",
    ),
    (
        "duration",
        "Nothing about the use of a document at trial ends its protection under this Order.",
    ),
    # the parties deciding admissibility or use at trial
    (
        "access",
        "The Parties agree that a document designated CONFIDENTIAL is admissible at trial "
        "without further foundation.",
    ),
    (
        "access",
        "No Party may offer another Party's Protected Material at trial without that Party's "
        "written consent.",
    ),
    (
        "access",
        "A Party that intends to use Protected Material at trial must give the Designating "
        "Party ten days' notice, and the Designating Party may then prevent that use.",
    ),
    (
        "access",
        "The Parties will decide among themselves how Protected Material will be used at trial.",
    ),
    (
        "access",
        "Confidential Material may be used at a hearing only in the way the Designating Party "
        "approves.",
    ),
    (
        "access",
        "The Parties stipulate that designated material will not be offered in evidence at trial.",
    ),
    (
        "access",
        "At trial, Protected Material may be referred to only by exhibit number and may never "
        "be read aloud.",
    ),
    # closing the courtroom
    (
        "scope",
        "While a witness testifies about Protected Material, everyone not authorized under "
        "Section 7 shall be excluded from the courtroom.",
    ),
    (
        "duration",
        "The public gallery will be cleared before any Confidential exhibit is displayed at trial.",
    ),
    (
        "scope",
        "Any hearing at which Highly Confidential information is discussed shall be held in "
        "camera.",
    ),
    (
        "scope",
        "Members of the press may not be present when designated material is discussed at a "
        "hearing.",
    ),
    # instructions to the jury
    (
        "duration",
        "Jurors shall be instructed that exhibits designated under this Order are confidential "
        "and may not be discussed after the verdict.",
    ),
    (
        "duration",
        "Each juror who sees Protected Material at trial will be asked to sign Exhibit A.",
    ),
    # the parties taking the trial judge's place
    (
        "access",
        "Whether Protected Material may be shown at trial will be settled by agreement of the "
        "Parties rather than by the trial judge.",
    ),
    (
        "access",
        "The Designating Party alone decides which of its Protected Material may be displayed "
        "at trial.",
    ),
    (
        "access",
        "If the Parties cannot agree how Confidential Material will be handled at trial, the "
        "material may not be used there.",
    ),
    (
        "scope",
        "The Parties, not the trial judge, will determine which parts of a hearing are closed "
        "to the public.",
    ),
    (
        "access",
        "Protected Material may be used at trial only under a trial protocol that the Parties "
        "will negotiate and sign.",
    ),
    (
        "access",
        "At any hearing, the Receiving Party shall redact all Confidential Material from "
        "demonstrative exhibits before displaying them.",
    ),
    (
        "duration",
        "Before trial each Party shall mark the Confidential Material it will use, and those "
        "exhibits shall be handled as sealed documents throughout the trial.",
    ),
    # later round 1
    (
        "duration",
        "Confidential exhibits admitted at trial shall be returned to the Producing Party at the "
        "close of evidence and shall not be placed in the public file.",
    ),
    (
        "duration",
        "Any transcript of trial testimony that refers to Protected Material shall be designated "
        "CONFIDENTIAL and maintained under seal.",
    ),
    (
        "scope",
        "The protections conferred by this Stipulation apply equally to pretrial hearings, trial "
        "and post-trial proceedings.",
    ),
    (
        "access",
        "Counsel may display Highly Confidential documents to the jury only on monitors that "
        "cannot be seen from the public seating area.",
    ),
    (
        "duration",
        "A Party may use another Party's Confidential Material at trial only after obtaining the "
        "Designating Party's written permission.",
    ),
    (
        "duration",
        "Protected Material introduced at an evidentiary hearing retains its designation for all "
        "purposes.",
    ),
    (
        "scope",
        "The Parties shall jointly determine, without court involvement, which designated "
        "exhibits may be shown in open court.",
    ),
    (
        "duration",
        "At the conclusion of trial, all exhibits marked CONFIDENTIAL shall be sealed by "
        "stipulation of the Parties.",
    ),
    (
        "access",
        "No witness may be examined at trial about Protected Material unless the Designating "
        "Party's counsel is present and agrees.",
    ),
    (
        "duration",
        "Confidential information that is read into the trial record shall remain confidential "
        "and shall not be disclosed to any person outside the courtroom.",
    ),
    ("scope", "This Order remains in full force and effect during trial."),
    (
        "access",
        "Before any Protected Material is offered at a hearing, the courtroom shall be cleared of "
        "all persons not listed in Section 7.",
    ),
    (
        "duration",
        "Designated deposition testimony played to the jury shall be treated as confidential and "
        "shall not be made available to the public.",
    ),
    (
        "access",
        "The Parties agree that Confidential Material shall be presented at trial in redacted "
        "form only.",
    ),
    (
        "duration",
        "Any Protected Material used at a hearing shall continue to be governed by this Order.",
    ),
    # later round 2
    (
        "scope",
        "The conduct of trial, insofar as it involves Protected Material, shall be governed by "
        "this Order.",
    ),
    (
        "duration",
        "Exhibits bearing a confidentiality legend shall not be shown on courtroom screens "
        "visible to spectators.",
    ),
    (
        "access",
        "Any Party wishing to use the other side's Confidential documents at trial must first "
        "obtain that side's agreement.",
    ),
    (
        "duration",
        "Designated material made part of the trial record will continue to be protected under "
        "this Stipulation.",
    ),
    (
        "scope",
        "All hearings at which Protected Material is discussed shall be conducted outside the "
        "presence of the public.",
    ),
    (
        "duration",
        "Trial testimony about Highly Confidential information shall be taken with the courtroom "
        "doors locked.",
    ),
    (
        "access",
        "The Parties will exchange, before trial, a list of Confidential exhibits that neither "
        "side may publish to the jury.",
    ),
    (
        "duration",
        "Any portion of the trial transcript reflecting Protected Material shall be redacted "
        "before it is filed.",
    ),
    (
        "scope",
        "This Protective Order also binds the Parties at hearings on dispositive motions and at "
        "trial.",
    ),
    (
        "duration",
        "Even at trial, Confidential Material shall be used solely by persons listed in Section 7.",
    ),
    # later round 3
    (
        "duration",
        "Protected Material shown at trial shall be kept from public view, and the Clerk shall "
        "not release it.",
    ),
    (
        "scope",
        "The Parties further stipulate that this Order will remain operative at all evidentiary "
        "hearings and at trial.",
    ),
    (
        "access",
        "Designated documents may be used as trial exhibits provided that each page bears a "
        "CONFIDENTIAL stamp and is removed from the courtroom at the end of each day.",
    ),
    (
        "duration",
        "Any Protected Material disclosed at trial shall be subject to the same protections as "
        "during discovery.",
    ),
    (
        "access",
        "Prior to using Confidential Material at any hearing, the Receiving Party shall obtain "
        "the consent of the Designating Party.",
    ),
    (
        "duration",
        "The confidential nature of designated exhibits survives their admission into evidence.",
    ),
    (
        "scope",
        "Neither side may refer to the contents of Highly Confidential documents in opening "
        "statements or closing arguments.",
    ),
    (
        "duration",
        "Trial exhibits containing Confidential Material shall be placed in a sealed envelope and "
        "held by counsel, not by the Court.",
    ),
    (
        "access",
        "At hearings, Protected Material shall be displayed only on counsel's laptops and not "
        "projected.",
    ),
    (
        "scope",
        "The Parties will work out between themselves the handling of confidential information at "
        "trial.",
    ),
    # later round 4
    (
        "duration",
        "Designated documents that become trial exhibits shall be maintained in the custody of "
        "the Designating Party's counsel and withheld from the public docket.",
    ),
    (
        "scope",
        "The restrictions of this Stipulation shall be observed at every court proceeding in this "
        "Action, trial included.",
    ),
    (
        "access",
        "A Party may not publish another Party's Highly Confidential exhibits to the jury until "
        "the Designating Party has had an opportunity to object and the Parties have agreed on "
        "redactions.",
    ),
    (
        "duration",
        "Confidential testimony given at trial shall be transcribed separately and the separate "
        "volume shall not be available to anyone other than counsel.",
    ),
    (
        "scope",
        "For purposes of any evidentiary hearing, the Parties agree to treat all designated "
        "exhibits as if filed under seal.",
    ),
    ("duration", "Protected Material will not be entered into the public record at trial."),
    (
        "access",
        "Counsel must confer before trial and reach agreement on which Confidential documents "
        "will be presented to the jury.",
    ),
    (
        "duration",
        "Designated material loses none of its protection by being referred to at a hearing or "
        "trial.",
    ),
    (
        "scope",
        "The Parties shall request that the trial be closed whenever Highly Confidential "
        "information is discussed, and neither Party will oppose such a request.",
    ),
    (
        "access",
        "Any Party displaying Confidential Material at trial shall first dim the public monitors "
        "and turn the screen away from the audience.",
    ),
    (
        "duration",
        "All obligations imposed by this Order bind the Parties through the entry of judgment "
        "following trial.",
    ),
    (
        "scope",
        "Confidential Material may be used at a hearing only after notice to and approval by the "
        "Producing Party.",
    ),
    # later round 5
    (
        "duration",
        "Confidential exhibits received at trial shall be kept by the courtroom deputy in a "
        "locked cabinet and shown to no one but the jury and counsel.",
    ),
    (
        "scope",
        "Until judgment is entered, the confidentiality requirements of this Order shall apply to "
        "trial testimony as they do to deposition testimony.",
    ),
    (
        "access",
        "The Parties shall agree on a protocol for presenting Highly Confidential source code at "
        "trial, and no code may be displayed except under that protocol.",
    ),
    (
        "duration",
        "Testimony at any hearing concerning Confidential Material shall be given in chambers.",
    ),
    ("scope", "Designated exhibits used at trial remain covered by this Order."),
    (
        "access",
        "Before using Protected Material at trial, a Party must give the Designating Party an "
        "opportunity to substitute a redacted version, which the using Party must then use "
        "instead.",
    ),
    (
        "duration",
        "No Confidential Material shall become part of the public trial record unless the "
        "Designating Party so agrees.",
    ),
    (
        "scope",
        "The Parties jointly request that all hearings in this Action touching on Protected "
        "Material be sealed, and this Order so provides.",
    ),
    (
        "access",
        "At trial, Confidential documents may be published to the jury on individual screens "
        "only, never on the courtroom's main display.",
    ),
    (
        "duration",
        "Once admitted, a designated exhibit shall continue to carry its CONFIDENTIAL legend and "
        "the restrictions that go with it.",
    ),
    # later round 6 (never tuned on)
    (
        "duration",
        "Protected Material that is marked as a trial exhibit shall be maintained under seal by "
        "the Clerk for the duration of the trial.",
    ),
    (
        "scope",
        "The confidentiality designations made during discovery will carry through to the trial "
        "of this Action.",
    ),
    (
        "access",
        "A Party may question a witness at trial about Highly Confidential material only after "
        "the Designating Party's representatives have been given a chance to leave the room and "
        "the public has been asked to step out.",
    ),
    (
        "duration",
        "Exhibits designated CONFIDENTIAL that are offered at trial shall bear a cover sheet and "
        "shall not be shown on any screen visible to the gallery.",
    ),
    (
        "scope",
        "This Order controls the handling of Protected Material at every stage of the case, from "
        "initial disclosures through the verdict.",
    ),
    (
        "access",
        "At any hearing, the Receiving Party may refer to Protected Material only in a manner the "
        "Producing Party has approved in advance.",
    ),
    (
        "duration",
        "Confidential information disclosed in open court shall nonetheless remain subject to the "
        "use restrictions of Section 7.",
    ),
    (
        "scope",
        "The Parties stipulate that any portion of a trial transcript discussing Protected "
        "Material will be filed under seal.",
    ),
    (
        "access",
        "The jury may view Highly Confidential exhibits only during deliberations and only in the "
        "jury room.",
    ),
    (
        "duration",
        "Nothing said or shown at trial shall deprive designated material of the protections of "
        "this Order.",
    ),
)

# What a correct order says about trial and hearings: the trial judge decides.
TRIAL_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    (
        "scope",
        "This Order does not govern the use of Protected Material at trial; the trial judge "
        "will decide that use.",
    ),
    (
        "scope",
        "Any use of Protected Material at trial shall be governed by the orders of the trial "
        "judge.",
    ),
    (
        "scope",
        "Nothing in this Order controls proceedings at trial, which are for the District Judge "
        "to conduct.",
    ),
    (
        "duration",
        "Material used or introduced as an exhibit at trial becomes public unless compelling "
        "reasons are shown to the trial judge before trial.",
    ),
    (
        "duration",
        "A Party that wants Protected Material kept confidential at trial must ask the trial "
        "judge, in advance of trial, to find compelling reasons for doing so.",
    ),
    (
        "scope",
        "A Party may move the trial judge for an order protecting designated material that it "
        "expects to be offered at trial.",
    ),
    (
        "duration",
        "Protection under this Order ends at the start of trial for any material used there.",
    ),
    (
        "duration",
        "The terms of this Order do not extend beyond the commencement of trial as to material "
        "used at trial.",
    ),
    (
        "duration",
        "Once trial begins, designated material offered in evidence is presumptively available "
        "to the public, including the press.",
    ),
    (
        "duration",
        "Whether any exhibit will be sealed at trial is for the trial judge to decide on a "
        "showing of compelling reasons.",
    ),
    ("scope", "This Order governs discovery and pretrial proceedings; it does not govern trial."),
    (
        "scope",
        "At trial the Parties will follow the trial judge's procedures for confidential exhibits.",
    ),
    (
        "scope",
        "Counsel may raise with the trial judge, at the final pretrial conference, how "
        "Protected Material should be handled at trial.",
    ),
    (
        "scope",
        "A Designating Party may ask the judge presiding at any hearing to protect its "
        "material, and that judge will decide.",
    ),
    (
        "filing",
        "Protected Material lodged with the Court for a hearing is handled under the Court's "
        "own procedures for lodged documents.",
    ),
    (
        "filing",
        "A hearing exhibit containing Protected Material may be filed under seal only under "
        "L.R. 79-5 and with the Court's leave.",
    ),
    (
        "filing",
        "Protected Material used at a hearing is filed under L.R. 79-5 like any other filing, "
        "and its designation alone is not a reason to seal it.",
    ),
    ("access", "Experts may review Protected Material to prepare for trial."),
    (
        "access",
        "Nothing in this Order prevents a Producing Party from using its own Confidential "
        "Material at trial.",
    ),
    (
        "scope",
        "This Order does not restrict what evidence may be offered at trial or whether it is "
        "admissible; those questions are for the trial judge.",
    ),
    (
        "access",
        "Agreeing to this Order waives no objection to the admissibility of any evidence at trial.",
    ),
    (
        "access",
        "By stipulating to this Order, no Party waives any objection to the use of any "
        "material in evidence at a hearing or at trial.",
    ),
    (
        "scope",
        "The Parties may jointly propose to the trial judge measures for using Protected "
        "Material at trial, and the trial judge will decide whether to adopt them.",
    ),
    (
        "duration",
        "A Party seeking to keep material sealed at trial bears the burden of showing "
        "compelling reasons to the trial judge.",
    ),
    (
        "duration",
        "If the trial judge declines to protect it, the material may be used at trial in open "
        "court.",
    ),
    (
        "scope",
        "Use of Protected Material at any hearing is governed by the judge conducting that "
        "hearing.",
    ),
    (
        "duration",
        "For material not used at trial, the obligations of this Order continue until the "
        "Designating Party agrees otherwise in writing or a court order directs otherwise.",
    ),
    (
        "access",
        "Jury and trial consultants and mock jurors who have signed Exhibit A may see "
        "Confidential Material.",
    ),
    (
        "duration",
        "At trial the presumption of public access applies, and only the trial judge may seal "
        "an exhibit, and only for compelling reasons.",
    ),
    (
        "duration",
        "Any request to seal a trial exhibit is made to the trial judge and decided under the "
        "compelling-reasons standard of Kamakana.",
    ),
    (
        "scope",
        "This is a discovery order; it does not decide how evidence will be presented at any "
        "hearing or at trial.",
    ),
    (
        "scope",
        "Any Party may ask the trial judge to close the courtroom during testimony about "
        "Protected Material; whether to do so is for the trial judge.",
    ),
    (
        "scope",
        "A request that the jury be instructed about confidential exhibits is for the trial "
        "judge to grant or deny.",
    ),
    (
        "access",
        "A Party that plans to use Protected Material at a hearing shall give the Designating "
        "Party reasonable notice so that it may seek protection from the judge hearing the "
        "matter.",
    ),
    (
        "filing",
        "Papers filed for a hearing are handled by the Court under its own procedures for "
        "lodged and sealed documents.",
    ),
    (
        "duration",
        "Protected Material becomes public at trial unless the trial judge orders otherwise on "
        "a showing of compelling reasons made before trial.",
    ),
    (
        "duration",
        "The trial judge may take whatever measures the judge finds appropriate to protect "
        "designated material offered at trial.",
    ),
    (
        "duration",
        "Confidential Material used at trial becomes part of the public record unless, before "
        "trial, the Designating Party obtains an order of the trial judge sealing it.",
    ),
    (
        "access",
        "Nothing in this Order restricts a Party's use of Protected Material at trial, which "
        "remains subject to the trial judge's rulings.",
    ),
    ("scope", "This Order shall not govern trial."),
    (
        "filing",
        "A Party that wishes to file Protected Material in support of a motion to be heard at a "
        "hearing must first apply under L.R. 79-5 for leave to file it under seal.",
    ),
    (
        "duration",
        "Designated material that is not used at trial stays protected after trial until the "
        "Designating Party releases it or the Court orders otherwise.",
    ),
    # later round 1
    (
        "scope",
        "The use of Protected Material at trial is a matter for the trial judge and is not "
        "addressed by this Order.",
    ),
    (
        "duration",
        "Once a case proceeds to trial, information designated under this Order that is used or "
        "introduced as an exhibit becomes public, absent a showing of compelling reasons to the "
        "trial judge.",
    ),
    (
        "scope",
        "Any Party may, before trial, ask the District Judge to adopt measures to protect "
        "designated material at trial.",
    ),
    (
        "duration",
        "This Order's protections do not continue at trial for material that is offered there.",
    ),
    ("access", "Outside counsel may use Protected Material in preparing witnesses for trial."),
    (
        "scope",
        "Proceedings at trial are outside the scope of this Order and will be governed by the "
        "District Judge.",
    ),
    (
        "scope",
        "Nothing in this Order limits the trial judge's authority over the presentation of "
        "evidence.",
    ),
    (
        "duration",
        "Whether designated material remains confidential after it is used at trial is for the "
        "trial judge to determine.",
    ),
    (
        "access",
        "A Party intending to offer Protected Material at trial should raise the issue with the "
        "trial judge at the final pretrial conference.",
    ),
    (
        "scope",
        "Any protection for designated material at trial must come from a separate order of the "
        "trial judge.",
    ),
    (
        "duration",
        "Material that is not used at trial remains subject to this Order after the final "
        "disposition of the Action.",
    ),
    ("access", "Each Party may use its own Protected Material at trial as it sees fit."),
    (
        "scope",
        "This Order governs only the pretrial exchange of information; it does not govern any "
        "hearing or trial.",
    ),
    (
        "duration",
        "The presiding judge will decide at trial whether any designated exhibit should be sealed.",
    ),
    (
        "filing",
        "Materials submitted for a hearing on a motion shall be filed in accordance with L.R. "
        "79-5.",
    ),
    # later round 2
    (
        "scope",
        "Questions about confidentiality at trial are reserved to the District Judge presiding "
        "over the trial.",
    ),
    (
        "duration",
        "Protections under this Order cease for any designated document that is introduced at "
        "trial.",
    ),
    (
        "scope",
        "This Order has no application at trial; the District Judge will address the treatment of "
        "confidential exhibits.",
    ),
    (
        "access",
        "Counsel may show Protected Material to a witness while preparing the witness for trial "
        "testimony.",
    ),
    (
        "duration",
        "Designated material used at trial is presumptively public, and a Party that wants it "
        "sealed must apply to the trial judge.",
    ),
    (
        "scope",
        "Before the final pretrial conference, any Party may ask the trial judge to enter a "
        "separate order governing confidential exhibits at trial.",
    ),
    (
        "access",
        "Experts retained for trial who have signed Exhibit A may see Confidential Material.",
    ),
    (
        "filing",
        "A Party filing Protected Material in connection with a motion hearing must comply with "
        "L.R. 79-5.",
    ),
    ("duration", "Nothing in this Order governs the use of Protected Material at trial."),
    (
        "scope",
        "The trial judge alone determines what protection, if any, designated material receives "
        "at trial.",
    ),
    # later round 3
    ("scope", "The handling of designated material at trial is left entirely to the trial judge."),
    (
        "duration",
        "All protections end once Protected Material is introduced at trial, unless the trial "
        "judge rules otherwise in advance.",
    ),
    (
        "access",
        "Counsel may use Protected Material to examine witnesses at deposition and in preparing "
        "for trial.",
    ),
    (
        "scope",
        "This Order does not address and does not limit what the trial judge may do with "
        "designated exhibits.",
    ),
    (
        "duration",
        "Anything used at a trial or hearing in this Action becomes public unless the judge "
        "hearing the matter orders otherwise.",
    ),
    (
        "scope",
        "A Party that wants confidentiality at trial should raise it with the trial judge in its "
        "pretrial filings.",
    ),
    ("access", "The Receiving Party's trial counsel may see Highly Confidential material."),
    ("duration", "This Order's restrictions do not apply at trial."),
    (
        "scope",
        "Requests to limit public access to any hearing must be made to, and decided by, the "
        "judge presiding at that hearing.",
    ),
    (
        "access",
        "Nothing in this Order bars a Party from using at trial documents that it obtained "
        "lawfully outside discovery.",
    ),
    # later round 4
    (
        "scope",
        "Treatment of Protected Material at trial falls outside this Order and will be resolved "
        "by the trial judge.",
    ),
    (
        "duration",
        "Confidentiality under this Order does not carry over to material that is offered or "
        "admitted at trial.",
    ),
    (
        "scope",
        "If a Party anticipates using Protected Material at trial, it may raise the matter with "
        "the trial judge at or before the final pretrial conference.",
    ),
    ("access", "Trial counsel and their staff may see Protected Material."),
    (
        "duration",
        "Information that is presented at trial becomes available to the public, except where the "
        "trial judge has ordered otherwise for compelling reasons.",
    ),
    ("scope", "None of the terms of this Order govern how evidence is presented at trial."),
    (
        "access",
        "Protected Material may be used in preparing exhibits and witness outlines for trial.",
    ),
    (
        "scope",
        "This Order does not limit the authority of the District Judge to manage the trial, "
        "including the handling of confidential exhibits.",
    ),
    (
        "duration",
        "Any sealing of trial exhibits requires an order of the trial judge based on compelling "
        "reasons.",
    ),
    (
        "filing",
        "A Party that intends to rely on Protected Material at a motion hearing must file it in "
        "compliance with L.R. 79-5.",
    ),
    (
        "scope",
        "Nothing in this Order is intended to restrict the presentation of evidence at trial; "
        "that is for the trial judge.",
    ),
    (
        "duration",
        "After the final disposition, Protected Material that was not used at trial stays "
        "confidential under Section 4.",
    ),
    # later round 5
    (
        "scope",
        "How Protected Material is treated at any hearing or at trial will be for the judge "
        "presiding there to decide.",
    ),
    (
        "duration",
        "At trial, the protections of this Order fall away for material offered in evidence.",
    ),
    (
        "access",
        "Protected Material may be discussed with witnesses in preparation for their trial "
        "testimony.",
    ),
    (
        "scope",
        "This Order leaves untouched the trial judge's power to decide what is admitted and "
        "whether any exhibit is sealed.",
    ),
    (
        "duration",
        "Material used at trial is public absent an order of the trial judge entered on a showing "
        "of compelling reasons.",
    ),
    (
        "scope",
        "Any Party may file a motion in limine with the trial judge concerning the use of "
        "Protected Material at trial.",
    ),
    (
        "access",
        "Counsel may bring Protected Material to court for use at a hearing, subject to any order "
        "of the judge hearing the matter.",
    ),
    (
        "duration",
        "Nothing in this Order requires that material used at trial be kept confidential.",
    ),
    ("scope", "This Stipulation governs discovery only and says nothing about trial."),
    (
        "filing",
        "Exhibits to papers for any hearing are filed under seal only if the Court grants an "
        "application under L.R. 79-5.",
    ),
    # later round 6 (never tuned on)
    (
        "scope",
        "Whether and how Protected Material may be used at trial is a question for the trial "
        "judge, not for this Order.",
    ),
    (
        "duration",
        "When Protected Material is offered at trial, this Order no longer protects it, and any "
        "further protection must come from the trial judge.",
    ),
    (
        "access",
        "Protected Material may be used to prepare deposition outlines, expert reports and trial "
        "exhibits.",
    ),
    (
        "scope",
        "This Order does not prevent the trial judge from closing the courtroom or sealing an "
        "exhibit if the judge finds compelling reasons.",
    ),
    (
        "duration",
        "Material introduced at trial is part of the public record unless the trial judge seals "
        "it.",
    ),
    (
        "scope",
        "A Party that wishes to protect designated material at trial must raise the issue with "
        "the trial judge before trial.",
    ),
    ("access", "Trial counsel for each Party may review all Confidential Material."),
    (
        "scope",
        "This Order is confined to discovery; trial is governed by the District Judge's orders.",
    ),
    (
        "filing",
        "Any Party that files Protected Material with a motion set for hearing must comply with "
        "L.R. 79-5.",
    ),
    ("duration", "The use of Protected Material at trial is not addressed by this Order."),
)

# (provision, sentence): a dispute procedure of the parties' own instead of L.R. 37.
DISPUTE_DEFECTS: tuple[tuple[str, str], ...] = (
    (
        "challenges",
        "If the Parties cannot resolve a challenge within seven days, the Challenging Party "
        "may file a noticed motion under Local Rule 7-4.",
    ),
    (
        "challenges",
        "The Designating Party must move for a protective order within ten days after a "
        "written challenge, or the designation is withdrawn.",
    ),
    (
        "challenges",
        "Failure to respond to a challenge within 14 days constitutes a waiver of the designation.",
    ),
    (
        "challenges",
        "A challenged designation lapses unless the Designating Party files a motion within 21 "
        "days after the challenge.",
    ),
    (
        "challenges",
        "The Challenging Party bears the burden of demonstrating that the material is not "
        "confidential.",
    ),
    (
        "challenges",
        "The Party objecting to a designation must prove that the material does not qualify "
        "for protection.",
    ),
    (
        "challenges",
        "Either Party may submit the dispute to the Court by a letter brief of no more than "
        "three pages.",
    ),
    (
        "challenges",
        "After meeting and conferring, either party may move the Court for a ruling on the "
        "challenge.",
    ),
    (
        "challenges",
        "Any dispute about a designation shall be decided by a neutral chosen by the Parties, "
        "whose ruling binds them.",
    ),
    (
        "challenges",
        "Disputes under this Order shall be referred to a discovery referee selected jointly by "
        "the Parties.",
    ),
    (
        "challenges",
        "Challenges shall be heard by motion on 14 days' notice, notwithstanding Local Rule 37.",
    ),
    (
        "violation",
        "Any alleged violation of this Order shall be raised by a motion for sanctions heard "
        "on shortened time.",
    ),
    (
        "violation",
        "A Party claiming that this Order has been breached may apply ex parte for an order to "
        "show cause.",
    ),
    (
        "challenges",
        "Within five court days after the conference of counsel, the Challenging Party shall "
        "file its motion, and the Designating Party shall respond within five court days after "
        "that.",
    ),
    (
        "challenges",
        "After the L.R. 37-1 conference, either Party may file a motion to resolve the dispute "
        "within 10 days.",
    ),
    (
        "challenges",
        "If no agreement is reached, the Designating Party must seek a protective order by "
        "noticed motion; otherwise the material is no longer protected.",
    ),
    (
        "challenges",
        "The designation of any material not defended by motion within 30 days of a challenge "
        "is void.",
    ),
    (
        "challenges",
        "Instead of a joint stipulation, the Parties may present any dispute about "
        "designations at a telephone conference with the Court.",
    ),
    (
        "challenges",
        "A Party that believes a designation is improper may treat the material as "
        "non-confidential after giving 10 days' written notice.",
    ),
    (
        "challenges",
        "Confidentiality challenges will be briefed on the Parties' own schedule: an opening "
        "brief in seven days, an opposition seven days later and a reply three days after that.",
    ),
    (
        "challenges",
        "Unless the Designating Party answers a challenge in writing within three business "
        "days, the challenged material shall be treated as not designated.",
    ),
    (
        "challenges",
        "The Challenging Party shall have the burden of persuasion on any motion concerning a "
        "designation.",
    ),
    ("challenges", "Either Party may submit a designation dispute to binding arbitration."),
    (
        "violation",
        "Alleged violations of this Order shall first be submitted to a mediator chosen by the "
        "Parties, whose determination is final.",
    ),
    # later round 1
    (
        "challenges",
        "If counsel cannot resolve a challenge informally, the Designating Party shall file a "
        "motion to retain confidentiality within fifteen days.",
    ),
    (
        "challenges",
        "Any unresolved challenge may be brought before the Magistrate Judge by a two-page letter "
        "from either side.",
    ),
    (
        "challenges",
        "Absent a motion by the Designating Party within 10 days of the objection, the challenged "
        "material shall automatically lose its confidential status.",
    ),
    (
        "challenges",
        "The Party seeking removal of a designation shall bear the burden of establishing that "
        "the material is not entitled to protection.",
    ),
    (
        "violation",
        "Any Party believing this Order has been violated may file an emergency motion, to be "
        "heard within 48 hours.",
    ),
    (
        "challenges",
        "Disputes over designations shall be resolved by the procedure set out in this Section "
        "rather than under Local Rule 37.",
    ),
    (
        "challenges",
        "Any challenge not resolved by agreement shall be submitted to a retired judge selected "
        "by the Parties for final decision.",
    ),
    (
        "challenges",
        "The Challenging Party may file a motion to de-designate, which the Designating Party "
        "shall oppose within seven days.",
    ),
    (
        "challenges",
        "A Designating Party that does not respond to a written objection within five days waives "
        "the designation.",
    ),
    (
        "violation",
        "Alleged breaches of this Order shall be resolved by motion under Local Rule 7, without a "
        "joint stipulation.",
    ),
    # later round 2
    (
        "challenges",
        "Within ten days after receiving a challenge, the Designating Party shall apply to the "
        "Court for an order preserving the designation.",
    ),
    (
        "challenges",
        "A challenge that the Parties cannot resolve may be raised by either side in a short "
        "joint email to the Magistrate Judge's chambers, without formal briefing.",
    ),
    (
        "challenges",
        "Failure by the Designating Party to seek court intervention within 14 days operates to "
        "remove the designation.",
    ),
    ("challenges", "The Receiving Party must demonstrate good cause for removing any designation."),
    (
        "violation",
        "Any claim that this Order has been breached shall be decided by a special discovery "
        "master appointed at the Parties' joint request.",
    ),
    (
        "challenges",
        "Challenges need not comply with Local Rule 37-2; a regular noticed motion suffices.",
    ),
    ("challenges", "The Challenging Party may move to strike the designation on 7 days' notice."),
    (
        "challenges",
        "Absent a timely response from the Designating Party, the challenge is deemed granted.",
    ),
    # later round 3
    (
        "challenges",
        "If the Designating Party does not file a motion to uphold the designation within twenty "
        "days, the material becomes non-confidential.",
    ),
    (
        "challenges",
        "Designation disputes shall be presented to the Court by stipulated letter, without the "
        "need for a joint stipulation under L.R. 37-2.",
    ),
    (
        "challenges",
        "The burden of justifying de-designation is on the Party who made the challenge.",
    ),
    (
        "violation",
        "A Party that believes this Order has been violated may seek immediate relief by motion "
        "heard on 72 hours' notice.",
    ),
    (
        "challenges",
        "Any challenge the Parties cannot resolve will be submitted to an agreed neutral "
        "evaluator, whose decision the Parties will accept.",
    ),
    ("challenges", "A designation that is not defended within ten days of a challenge expires."),
    (
        "challenges",
        "Either Party may bring a designation dispute to the Court by noticed motion under L.R. "
        "7-3 and 6-1.",
    ),
    (
        "challenges",
        "Where the Designating Party fails to respond to a challenge within a week, the Receiving "
        "Party may disclose the material freely.",
    ),
    # later round 4
    (
        "challenges",
        "Should counsel fail to agree, the Designating Party shall within ten court days file and "
        "serve a motion for a protective order under Rule 26(c).",
    ),
    (
        "challenges",
        "The Parties consent to resolution of designation disputes by the Magistrate Judge on an "
        "informal letter-brief basis, in place of the joint stipulation procedure.",
    ),
    (
        "challenges",
        "If the Designating Party does not seek a ruling within 14 days of the conference, its "
        "designation shall be of no further effect.",
    ),
    (
        "challenges",
        "Whoever challenges a designation must show by a preponderance of the evidence that the "
        "material is not confidential.",
    ),
    (
        "violation",
        "Breaches of this Order shall be resolved through a motion for contempt filed on fourteen "
        "days' notice.",
    ),
    (
        "challenges",
        "Unresolved challenges will be decided by an independent expert jointly retained by the "
        "Parties, and that decision shall be conclusive.",
    ),
    (
        "challenges",
        "The designation of any document the Designating Party fails to justify in writing within "
        "seven days is withdrawn automatically.",
    ),
    (
        "challenges",
        "The Challenging Party may raise any dispute in a telephone call to the Court's clerk, "
        "and the Court will decide it informally.",
    ),
    # later round 5
    (
        "challenges",
        "A Receiving Party that disagrees with a designation may ask the Court to remove it by "
        "filing a motion within 21 days of the designation.",
    ),
    (
        "challenges",
        "Failing agreement, the Designating Party must justify the designation at a hearing "
        "noticed by the Challenging Party on ten days' notice.",
    ),
    (
        "challenges",
        "Designation disputes shall be determined by the Court on the papers, with each side "
        "submitting a three-page statement.",
    ),
    (
        "challenges",
        "Silence by the Designating Party for ten days after a challenge shall be taken as "
        "consent to de-designation.",
    ),
    ("challenges", "The Party challenging confidentiality shall carry the burden throughout."),
    (
        "violation",
        "Claims of non-compliance with this Order shall be adjudicated by an independent "
        "ombudsman whom the Parties will jointly select.",
    ),
    (
        "challenges",
        "The Parties opt out of the joint stipulation requirement of L.R. 37-2 for challenges "
        "under this Section.",
    ),
    (
        "violation",
        "A Party alleging a violation of this Order may proceed by order to show cause, on five "
        "court days' notice, without first meeting and conferring.",
    ),
    # later round 6 (never tuned on)
    (
        "challenges",
        "If the Parties reach an impasse, the Challenging Party may file a motion to "
        "de-designate, which shall be heard on the next available hearing date.",
    ),
    (
        "challenges",
        "Each designation challenge shall be resolved by a telephonic hearing that either Party "
        "may request from the Magistrate Judge's clerk.",
    ),
    (
        "challenges",
        "A designation not supported by a written explanation within ten days of a challenge "
        "shall be considered withdrawn.",
    ),
    (
        "challenges",
        "The objecting Party has the burden of showing that a designation was improper.",
    ),
    (
        "violation",
        "A Party injured by a violation of this Order may recover its damages and attorneys' fees "
        "in a separate action, without involving the Magistrate Judge.",
    ),
    (
        "challenges",
        "The Parties shall submit any unresolved designation dispute to a retired magistrate "
        "judge of their choosing, whose ruling will be final.",
    ),
    (
        "challenges",
        "Rather than a joint stipulation, each side shall file its own brief of no more than five "
        "pages.",
    ),
    (
        "challenges",
        "If the Designating Party does not seek relief from the Court within seven days after the "
        "conference, the Challenging Party may treat the challenged material as public.",
    ),
)

# What a correct challenge or violation provision says: L.R. 37, the Designating Party's burden.
DISPUTE_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    (
        "challenges",
        "Any challenge shall begin with the letter and conference of counsel that L.R. 37-1 "
        "requires.",
    ),
    (
        "challenges",
        "If the challenge is not resolved, it shall be presented to the Court in a joint "
        "stipulation under L.R. 37-2.",
    ),
    (
        "challenges",
        "The Designating Party bears the burden of persuasion in any challenge proceeding.",
    ),
    (
        "challenges",
        "Frivolous challenges, and those made for an improper purpose such as to harass or "
        "impose unnecessary expense and burden on other Parties, may expose the Challenging "
        "Party to sanctions.",
    ),
    (
        "challenges",
        "A challenge that is frivolous, or brought to harass or to burden the other side, may "
        "subject the Challenging Party to sanctions.",
    ),
    (
        "challenges",
        "Until the Court rules on the challenge, every Party shall continue to treat the "
        "material as designated.",
    ),
    (
        "challenges",
        "Before filing the joint stipulation, the Parties shall request an informal telephonic "
        "conference with the Magistrate Judge, in addition to complying with L.R. 37-1 and "
        "37-2.",
    ),
    (
        "challenges",
        "Any Party may challenge a designation at any time consistent with the Court's "
        "Scheduling Order.",
    ),
    ("challenges", "A challenge must be raised before the discovery cut-off."),
    (
        "challenges",
        "The joint stipulation shall take the form that L.R. 37-2.1 and 37-2.2 prescribe; if a "
        "Party fails to cooperate, the other may proceed with the declaration described in "
        "L.R. 37-2.4.",
    ),
    ("challenges", "A Designating Party may withdraw a designation at any time by written notice."),
    (
        "challenges",
        "Unless the Designating Party has waived or withdrawn the designation, the material "
        "keeps its protection until the Court rules.",
    ),
    (
        "challenges",
        "The burden of persuasion stays with the Designating Party even when the Challenging "
        "Party brings the dispute to the Court.",
    ),
    (
        "challenges",
        "Counsel shall confer within ten days after the Challenging Party serves the letter "
        "that L.R. 37-1 describes.",
    ),
    (
        "challenges",
        "The Challenging Party may seek relief from the Court only through the joint "
        "stipulation procedure of L.R. 37-2.",
    ),
    (
        "violation",
        "Nothing in this Section limits the Court's power to address a violation of this Order "
        "by contempt or other sanctions.",
    ),
    (
        "violation",
        "Any violation of this Order may be punished by appropriate measures, including "
        "contempt proceedings and monetary sanctions.",
    ),
    (
        "challenges",
        "If the opposing Party does not provide its portion of the joint stipulation within the "
        "time L.R. 37-2.2 allows, the Challenging Party may file the declaration that "
        "L.R. 37-2.4 describes.",
    ),
    (
        "challenges",
        "The informal discovery conference that the Magistrate Judge's procedures require "
        "supplements, and does not replace, L.R. 37-1 and 37-2.",
    ),
    (
        "challenges",
        "The Challenging Party's L.R. 37-1 letter shall identify each challenged document by "
        "production number and explain the basis for the challenge.",
    ),
    (
        "challenges",
        "A Party does not waive its right to challenge a designation by failing to challenge "
        "it promptly after the designation is made.",
    ),
    (
        "violation",
        "A dispute about compliance with this Order is raised under L.R. 37-1 and 37-2 like "
        "any other discovery dispute.",
    ),
    (
        "challenges",
        "A Party that elects to file a motion concerning a designation shall do so only by way "
        "of a joint stipulation under L.R. 37-2.",
    ),
    # later round 1
    (
        "challenges",
        "The Challenging Party shall initiate the dispute resolution process under L.R. 37-1 et "
        "seq.",
    ),
    (
        "challenges",
        "The burden of persuasion in any challenge proceeding shall be on the Designating Party.",
    ),
    (
        "challenges",
        "All Parties shall continue to afford the material its designated protection until the "
        "Court rules on the challenge.",
    ),
    (
        "challenges",
        "A Party that disputes a designation shall proceed under Local Rules 37-1 and 37-2, "
        "including the joint stipulation.",
    ),
    (
        "challenges",
        "The Parties shall meet and confer in person or by telephone within ten days of the L.R. "
        "37-1 letter.",
    ),
    (
        "violation",
        "Nothing in this Order prevents any Party from seeking sanctions from the Court for a "
        "violation of this Order in accordance with the Local Rules.",
    ),
    (
        "challenges",
        "A challenge may be made at any time before the discovery cut-off set in the Scheduling "
        "Order.",
    ),
    ("challenges", "The Designating Party may voluntarily withdraw a designation at any time."),
    (
        "challenges",
        "Any motion regarding a challenge must comply with the joint stipulation requirements of "
        "L.R. 37-2.",
    ),
    (
        "challenges",
        "Failure to challenge a designation promptly does not waive the right to challenge it "
        "later.",
    ),
    # later round 2
    (
        "challenges",
        "A challenge that the Parties cannot resolve shall be presented in a joint stipulation "
        "under L.R. 37-2.",
    ),
    ("challenges", "The Designating Party shall bear the burden of proof on any challenge."),
    (
        "challenges",
        "Counsel shall exchange the letter and hold the conference that L.R. 37-1 requires before "
        "any challenge reaches the Court.",
    ),
    (
        "challenges",
        "The Challenging Party need not accept a designation it believes improper, but must "
        "follow L.R. 37-1 and 37-2 to contest it.",
    ),
    (
        "violation",
        "Any Party may seek relief from the Court for a violation of this Order in compliance "
        "with L.R. 37-1 and 37-2.",
    ),
    (
        "challenges",
        "The Receiving Party may challenge a designation at any time that is consistent with the "
        "Court's Scheduling Order.",
    ),
    (
        "challenges",
        "Each Party shall treat challenged material as designated until the Court decides the "
        "joint stipulation.",
    ),
    (
        "challenges",
        "A Party that does not challenge a designation promptly does not waive the right to "
        "challenge it later.",
    ),
    # later round 3
    (
        "challenges",
        "Before any challenge is brought to the Court, counsel shall meet and confer under L.R. "
        "37-1.",
    ),
    (
        "challenges",
        "The Designating Party shall carry the burden of justifying the designation in the joint "
        "stipulation.",
    ),
    (
        "challenges",
        "Counsel may e-mail the Magistrate Judge's courtroom deputy to schedule the conference "
        "that precedes a joint stipulation under L.R. 37-2.",
    ),
    ("challenges", "Any challenge shall proceed under L.R. 37-1 through 37-4."),
    (
        "violation",
        "The Court may impose any sanction it finds appropriate for a violation of this Order.",
    ),
    (
        "challenges",
        "The challenged material remains protected while the L.R. 37 process runs its course.",
    ),
    (
        "challenges",
        "A Party that cannot resolve a challenge with the Designating Party shall prepare a joint "
        "stipulation under L.R. 37-2.",
    ),
    (
        "challenges",
        "The Challenging Party must identify the documents it challenges in its L.R. 37-1 letter.",
    ),
    # later round 4
    (
        "challenges",
        "All challenges shall follow the procedure set forth in Local Rule 37-1 et seq.",
    ),
    ("challenges", "In any challenge, the Designating Party must justify its designation."),
    (
        "challenges",
        "No Party may bring a designation dispute to the Court except through the joint "
        "stipulation procedure of L.R. 37-2.",
    ),
    (
        "challenges",
        "If the Parties cannot resolve a challenge through the L.R. 37-1 conference, they shall "
        "prepare a joint stipulation under L.R. 37-2.",
    ),
    (
        "violation",
        "Nothing in this Section displaces the Court's own authority to enforce this Order.",
    ),
    (
        "challenges",
        "Pending a ruling on the joint stipulation, the material shall be treated as designated.",
    ),
    (
        "challenges",
        "The Designating Party may, after reviewing a challenge, withdraw or narrow its "
        "designation.",
    ),
    (
        "challenges",
        "A designation challenge is a discovery dispute and is subject to the Magistrate Judge's "
        "procedures and to L.R. 37.",
    ),
    # later round 5
    (
        "challenges",
        "Challenges shall be resolved under the procedures of L.R. 37-1 through 37-4, and the "
        "Designating Party bears the burden.",
    ),
    (
        "challenges",
        "Each challenge must be raised in writing and discussed in the conference of counsel that "
        "L.R. 37-1 requires.",
    ),
    (
        "challenges",
        "The Designating Party has the burden to show that the challenged material deserves "
        "protection.",
    ),
    (
        "violation",
        "This Section does not create any private process for enforcing this Order; enforcement "
        "is for the Court.",
    ),
    (
        "challenges",
        "The challenged designation stays in effect until the Court decides the dispute presented "
        "in the L.R. 37-2 joint stipulation.",
    ),
    ("challenges", "Challenges made for an improper purpose may lead to sanctions."),
    ("challenges", "A Party seeking to uphold a designation shall bear the burden of persuasion."),
    (
        "challenges",
        "Any challenge must be made before the discovery cut-off so that the L.R. 37 process can "
        "be completed in time.",
    ),
    # later round 6 (never tuned on)
    (
        "challenges",
        "The Challenging Party shall send the letter described in L.R. 37-1, and the Parties "
        "shall then confer as that rule requires.",
    ),
    ("challenges", "In every challenge, the burden of persuasion rests on the Designating Party."),
    (
        "challenges",
        "Unresolved challenges shall be presented by joint stipulation in the form L.R. 37-2.1 "
        "requires.",
    ),
    (
        "violation",
        "Violations of this Order may be addressed by the Court through contempt or other "
        "sanctions it deems appropriate.",
    ),
    (
        "challenges",
        "The Receiving Party must continue to honor a designation while a challenge to it is "
        "pending before the Court under L.R. 37.",
    ),
    ("challenges", "A challenge is timely if it is made before the discovery cut-off."),
    (
        "challenges",
        "If a Party fails to provide its portion of the joint stipulation, the moving Party may "
        "file the declaration described in L.R. 37-2.4.",
    ),
    (
        "challenges",
        "The Designating Party may at any time agree in writing to remove or downgrade a "
        "designation.",
    ),
)


# QUARRY has no access or violation provision of its own; these are clean model wording.
_QUARRY = [
    *QUARRY[: QUARRY.index(next(b for b in QUARRY if b.text == "SO STIPULATED."))],
    h("IX. Access to Protected Material"),
    p(
        "Protected Material may be used only to prosecute, defend or attempt to settle this "
        "action, and may be shown only to outside counsel of record, experts who have signed "
        "Exhibit A, the Court and its personnel, and court reporters."
    ),
    h("X. Violation"),
    p(
        "A violation of this Order may be punished by any appropriate measure, including "
        "contempt proceedings and monetary sanctions."
    ),
    *QUARRY[QUARRY.index(next(b for b in QUARRY if b.text == "SO STIPULATED.")) :],
]


@dataclass(frozen=True)
class House:
    """A clean draft, the style it is built in, and the heading of each provision."""

    name: str
    blocks: list[Block]
    style: dict[str, Any]
    headings: dict[str, str]


HOUSES = (
    House(
        "lopez",
        list(LOPEZ),
        {},
        {
            "scope": "3. SCOPE",
            "duration": "4. DURATION",
            "challenges": "6. CHALLENGES TO DESIGNATIONS",
            "access": "7. WHO MAY SEE CONFIDENTIAL MATERIAL",
            "filing": "8. FILING",
            "violation": "10. ENFORCEMENT",
        },
    ),
    House(
        "quarry",
        _QUARRY,
        {"headings": "bold", "captions": "textbox"},
        {
            "scope": "III. Scope",
            "duration": "IV. Duration",
            "challenges": "VI. Disputes Over Designations",
            "access": "IX. Access to Protected Material",
            "filing": "VII. Filing Protected Material",
            "violation": "X. Violation",
        },
    ),
)


@dataclass(frozen=True)
class Paraphrase:
    """One sentence of the set: a defect of ``rule``, or a near miss of it."""

    id: str  # "trial-use-defect-07"
    rule: str
    defect: bool
    provision: str
    text: str


def _items(rule: str, defect: bool, pairs: tuple[tuple[str, str], ...]) -> list[Paraphrase]:
    kind = "defect" if defect else "near"
    return [
        Paraphrase(f"{rule}-{kind}-{i:02d}", rule, defect, where, text)
        for i, (where, text) in enumerate(pairs, 1)
    ]


PARAPHRASES: list[Paraphrase] = [
    *_items(TRIAL, True, TRIAL_DEFECTS),
    *_items(TRIAL, False, TRIAL_NEAR_MISSES),
    *_items(DISPUTES, True, DISPUTE_DEFECTS),
    *_items(DISPUTES, False, DISPUTE_NEAR_MISSES),
]


def placed_in(house: House, provision: str, sentence: str) -> list[Block]:
    """``house``'s draft with ``sentence`` as a paragraph after the first paragraph of
    ``provision`` (empty: the clean draft unchanged)."""
    blocks = list(house.blocks)
    if not provision:
        return blocks
    heading = house.headings[provision]
    at = next(i for i, b in enumerate(blocks) if b.kind == "h" and b.text == heading)
    blocks.insert(at + 2, p(sentence))
    return blocks


def outcome(house: House, item: Paraphrase) -> tuple[bool, set[str]]:
    """(whether ``pogen check`` judges the sentence right, rules it reported).

    Right for a defect: its rule at the sentence and no other error or warning anywhere;
    for a near miss: no error or warning at all."""
    from pogen.check import check_paragraphs
    from pogen.check.reader import read_docx
    from tests.check.drafts.build import build

    blocks = placed_in(house, item.provision, item.text)
    report = check_paragraphs(read_docx(build(blocks, **house.style), item.id), item.id)
    found = [f for f in report.findings if f.severity.value != "note"]
    rules = {f.rule for f in found}
    if not item.defect:
        return not found, rules
    at_sentence = any(
        f.rule == item.rule and f.excerpt.strip("…").strip() in item.text for f in found
    )
    return at_sentence and rules == {item.rule}, rules


def main() -> int:
    """Print the hit rate of each part of the set, per house, and what was missed."""
    import sys

    misses: list[str] = []
    for rule in (TRIAL, DISPUTES):
        for defect in (True, False):
            items = [i for i in PARAPHRASES if i.rule == rule and i.defect is defect]
            right = 0
            for house in HOUSES:
                for item in items:
                    ok, rules = outcome(house, item)
                    right += ok
                    if not ok:
                        misses.append(f"{house.name} {item.id}: {sorted(rules)} | {item.text}")
            kind = "defects found" if defect else "near misses left alone"
            total = len(items) * len(HOUSES)
            sys.stdout.write(f"{rule:22} {kind:24} {right:3}/{total:3} = {right / total:.2f}\n")
    sys.stdout.write("\n".join(misses) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
