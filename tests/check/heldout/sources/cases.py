"""Fictitious matters used by the corpus.  Every name, firm, bar number, address and
e-mail address is invented; telephone numbers use the 555-01xx fiction range and
e-mail domains end in .example.

Each case: parties, a nature-of-the-action paragraph, and the categories of
information with the specific harm disclosure would cause (the case-specific part of
the GOOD CAUSE STATEMENT).
"""

from __future__ import annotations


def C(name, sbn, email, firm, addr1, addr2, phone, for_line):
    return dict(name=name, sbn=sbn, email=email, firm=firm, addr1=addr1, addr2=addr2,
                phone=phone, for_line=for_line)


CASES = {}


def case(id, **kw):
    kw["id"] = id
    CASES[id] = kw


case("harbor",
     p_full="HARBOR LANTERN LIGHTING, INC., a California corporation", p_short="Harbor Lantern",
     d_full="TIDEWATER FIXTURES, LLC, a Nevada limited liability company; and DOES 1-10",
     d_short="Tidewater", p_role="Plaintiff", d_role="Defendants",
     action="Harbor Lantern Lighting, Inc. v. Tidewater Fixtures, LLC",
     parties='Plaintiff Harbor Lantern Lighting, Inc. ("Harbor Lantern") and Defendant Tidewater Fixtures, LLC ("Tidewater")',
     nature="This action arises from the departure of two Harbor Lantern engineers who joined "
            "Tidewater in 2023. Harbor Lantern alleges that Tidewater misappropriated the design "
            "of its dimmable LED driver circuits and used its pricing to win marine-terminal "
            "lighting contracts at the Ports of Los Angeles and Long Beach. Tidewater denies the "
            "allegations and contends that its driver design was developed independently.",
     categories=[
         ("Circuit schematics, bills of materials, and firmware source code for the Harbor Lantern and Tidewater LED drivers.",
          "These files are the core of each company's product line; a competitor holding them could reproduce the drivers without the two years of development work they reflect."),
         ("Bid files and unit pricing for port and terminal lighting contracts from 2021 to the present.",
          "Both parties are bidding on pending terminal retrofit contracts, and disclosure of either side's unit pricing would let the other, or any rival bidder, undercut it on those specific bids."),
         ("Personnel files and compensation records of the two departed engineers and of the Tidewater engineers who worked on its driver.",
          "These records contain salaries, performance reviews, and home addresses of employees who are not parties, whose privacy interest would be invaded by public disclosure."),
     ],
     aeo_def="CONFIDENTIAL Information or Items consisting of the schematics, bills of materials, "
             "firmware source code, and unit pricing described in categories (a) and (b) of the "
             "Good Cause Statement, disclosure of which to another Party's employees would let "
             "that Party copy the designs or undercut the pricing.",
     counsel=[C("Marisa T. Okonkwo", "274518", "mokonkwo@calder-brook.example", "CALDER & BROOK LLP",
                "700 South Flower Street, Suite 2100", "Los Angeles, California 90017", "(213) 555-0141",
                "Attorneys for Plaintiff HARBOR LANTERN LIGHTING, INC."),
              C("Daniel R. Vossberg", "251903", "dvossberg@pelletierkhan.example", "PELLETIER KHAN LLP",
                "18101 Von Karman Avenue, Suite 900", "Irvine, California 92612", "(949) 555-0177",
                "Attorneys for Defendant TIDEWATER FIXTURES, LLC")],
     date="March 14, 2025")

case("alvarez",
     p_full="ROSA ALVAREZ, individually and on behalf of all others similarly situated", p_short="Plaintiff",
     d_full="COASTLINE LOGISTICS GROUP, INC., a Delaware corporation", d_short="Coastline",
     p_role="Plaintiff", d_role="Defendant",
     action="Alvarez v. Coastline Logistics Group, Inc.",
     parties='Plaintiff Rosa Alvarez and Defendant Coastline Logistics Group, Inc. ("Coastline")',
     nature="This is a putative class action on behalf of non-exempt warehouse workers at "
            "Coastline's three distribution centers in Ontario, Fontana, and Mira Loma. Plaintiff "
            "alleges that Coastline's timekeeping system rounded punches in its favor and that "
            "workers were not relieved for meal periods. Coastline denies the allegations.",
     categories=[
         ("Payroll registers and timekeeping punch data for putative class members.",
          "The data identify each worker by name and employee number alongside wage rates, garnishments, and hours; public disclosure would expose the pay and financial circumstances of thousands of non-party employees."),
         ("Coastline's labor-cost models and per-facility staffing plans.",
          "These models show how Coastline prices its third-party logistics contracts; competing warehouse operators could use them to underbid Coastline with its existing customers."),
         ("Personnel and disciplinary files of supervisors and of the named Plaintiff.",
          "The files contain medical leave records, disciplinary histories, and Social Security numbers whose disclosure would invade the privacy of the individuals involved."),
     ],
     counsel=[C("Leticia M. Barragan", "289114", "lbarragan@inlandwagelaw.example", "INLAND WAGE LAW GROUP, APC",
                "3750 University Avenue, Suite 610", "Riverside, California 92501", "(951) 555-0123",
                "Attorneys for Plaintiff ROSA ALVAREZ"),
              C("Gregory H. Tanaka", "233870", "gtanaka@ashworthpell.example", "ASHWORTH PELL LLP",
                "355 South Grand Avenue, Suite 3300", "Los Angeles, California 90071", "(213) 555-0166",
                "Attorneys for Defendant COASTLINE LOGISTICS GROUP, INC.")],
     date="February 3, 2025")

case("nguyen",
     p_full="ESTATE OF DARNELL NGUYEN, by and through its successor in interest LINDA NGUYEN; and LINDA NGUYEN, individually",
     p_short="Plaintiffs", d_full="CITY OF VISTA LINDA; OFFICER MARK DELANEY; and DOES 1-20",
     d_short="the City", p_role="Plaintiffs", d_role="Defendants",
     action="Estate of Nguyen v. City of Vista Linda",
     parties="Plaintiffs Estate of Darnell Nguyen and Linda Nguyen and Defendants City of Vista Linda and Officer Mark Delaney",
     nature="Plaintiffs allege under 42 U.S.C. section 1983 that Vista Linda police officers used "
            "excessive force during a traffic stop on June 2, 2023, resulting in the death of "
            "Darnell Nguyen. Defendants deny liability and contend the force used was reasonable.",
     categories=[
         ("Peace officer personnel records of the involved officers, including training, discipline, and internal affairs files.",
          "These records are confidential under California Penal Code section 832.7 and contain officers' home addresses and family information; public release would expose officers and their families to harassment and would chill candid internal investigations."),
         ("Body-worn camera and dash camera video showing bystanders and the interior of nearby residences.",
          "The footage depicts non-party residents and a minor bystander who have not consented to its release and whose faces and homes would be exposed."),
         ("The decedent's medical, coroner, and toxicology records.",
          "These records disclose intimate medical information about the decedent and his family's history that the family has a strong interest in keeping private."),
     ],
     counsel=[C("Tomas E. Reyes-Whitfield", "264455", "treyes@reyescivilrights.example", "REYES CIVIL RIGHTS LAW",
                "1100 Wilshire Boulevard, Suite 1800", "Los Angeles, California 90017", "(213) 555-0108",
                "Attorneys for Plaintiffs"),
              C("Anne-Marie Kowalczyk", "240118", "akowalczyk@bennettstraus.example", "BENNETT STRAUS LLP",
                "3601 Vine Street, Suite 400", "Riverside, California 92507", "(951) 555-0152",
                "Attorneys for Defendants CITY OF VISTA LINDA and OFFICER MARK DELANEY")],
     date="April 22, 2025")

case("ortega",
     p_full="MIGUEL ORTEGA and ELENA ORTEGA", p_short="the Ortegas",
     d_full="PINECREST MUTUAL INSURANCE COMPANY, an Ohio corporation", d_short="Pinecrest",
     p_role="Plaintiffs", d_role="Defendant",
     action="Ortega v. Pinecrest Mutual Insurance Company",
     parties='Plaintiffs Miguel and Elena Ortega and Defendant Pinecrest Mutual Insurance Company ("Pinecrest")',
     nature="The Ortegas allege that Pinecrest breached their homeowners policy and the implied "
            "covenant of good faith by denying their claim for smoke and ash damage from the "
            "January 2025 Eaton fire. Pinecrest contends that the claimed damage was pre-existing and "
            "outside the policy's coverage.",
     categories=[
         ("Pinecrest's claims-handling manuals and wildfire adjusting guidelines.",
          "Pinecrest licenses portions of these guidelines from a third-party vendor under a confidentiality agreement, and competing insurers could use them to replicate its claims procedures without the investment that produced them."),
         ("Reserve-setting information and reinsurance communications about the Ortegas' claim.",
          "Reserve figures reflect Pinecrest's internal valuation of pending claims; their disclosure would prejudice Pinecrest in negotiating other open wildfire claims."),
         ("The Ortegas' tax returns, mortgage records, and medical records of Mrs. Ortega relating to smoke exposure.",
          "These records reveal the family's finances and Mrs. Ortega's respiratory treatment, which are private and unrelated to any public interest."),
     ],
     counsel=[C("Priya S. Raman", "298731", "praman@ramanlarkin.example", "RAMAN & LARKIN LLP",
                "225 South Lake Avenue, Suite 300", "Pasadena, California 91101", "(626) 555-0134",
                "Attorneys for Plaintiffs MIGUEL ORTEGA and ELENA ORTEGA"),
              C("Charles W. Ebersole", "211456", "cebersole@haldenmoor.example", "HALDEN MOOR LLP",
                "633 West Fifth Street, Suite 4000", "Los Angeles, California 90071", "(213) 555-0187",
                "Attorneys for Defendant PINECREST MUTUAL INSURANCE COMPANY")],
     date="May 9, 2025")

case("quill",
     p_full="QUILLFEATHER SOFTWARE, INC., a Delaware corporation", p_short="Quillfeather",
     d_full="BRIGHTPATH ANALYTICS CORP., a California corporation", d_short="Brightpath",
     p_role="Plaintiff", d_role="Defendant",
     action="Quillfeather Software, Inc. v. Brightpath Analytics Corp.",
     parties='Plaintiff Quillfeather Software, Inc. ("Quillfeather") and Defendant Brightpath Analytics Corp. ("Brightpath")',
     nature="Quillfeather alleges that Brightpath copied protected portions of Quillfeather's "
            "claims-routing software after a failed licensing negotiation, in violation of the "
            "Copyright Act and the parties' 2022 non-disclosure agreement. Brightpath denies "
            "copying and asserts that the allegedly copied elements are functional or "
            "unprotectable.",
     categories=[
         ("Source code, object code, and version-control histories of the parties' routing software.",
          "Source code is each party's most valuable asset; access by a competitor would allow it to replicate features and discover security weaknesses that could be exploited against the parties' hospital customers."),
         ("Licensing negotiations, term sheets, and customer contracts with hospital systems.",
          "These documents reveal negotiated prices and discount structures that customers have required the parties to keep confidential and that competitors would use in pending procurements."),
         ("Product roadmaps and unreleased feature specifications for 2025 and 2026.",
          "Disclosure of planned features would let competitors anticipate and pre-empt the parties' product launches."),
     ],
     aeo_def="CONFIDENTIAL Information or Items consisting of source code, object code, "
             "version-control histories, and unreleased feature specifications described in "
             "categories (a) and (c) of the Good Cause Statement, disclosure of which to the "
             "other Party's employees would let that Party replicate the code or anticipate "
             "product launches.",
     counsel=[C("Helen J. Park-Ridley", "257882", "hpark@ridleystone.example", "RIDLEY STONE LLP",
                "2049 Century Park East, Suite 2600", "Los Angeles, California 90067", "(310) 555-0119",
                "Attorneys for Plaintiff QUILLFEATHER SOFTWARE, INC."),
              C("Omar F. Castellanos", "266019", "ocastellanos@vantwest.example", "VANTWEST LAW GROUP",
                "4 Park Plaza, Suite 1500", "Irvine, California 92614", "(949) 555-0148",
                "Attorneys for Defendant BRIGHTPATH ANALYTICS CORP.")],
     date="January 17, 2025")

case("corvena",
     p_full="CORVENA MEDICAL, INC., a Delaware corporation", p_short="Corvena",
     d_full="HALDEN SURGICAL TECHNOLOGIES, LLC, a Minnesota limited liability company", d_short="Halden",
     p_role="Plaintiff", d_role="Defendant",
     action="Corvena Medical, Inc. v. Halden Surgical Technologies, LLC",
     parties='Plaintiff Corvena Medical, Inc. ("Corvena") and Defendant Halden Surgical Technologies, LLC ("Halden")',
     nature="Corvena alleges that Halden's SureFlow steerable catheter infringes U.S. Patent Nos. "
            "10,884,217 and 11,203,558, which claim a braided shaft with variable-stiffness "
            "zones. Halden denies infringement and contends that the patents are invalid.",
     categories=[
         ("Design history files, manufacturing specifications, and bench-test data for the accused and commercial catheters.",
          "These files disclose the braid geometry and polymer formulations of each product; a competitor could use them to shortcut its own development and its FDA submissions."),
         ("Unpublished FDA submissions and correspondence with the agency.",
          "The submissions include clinical data and device descriptions that are exempt from public disclosure and would give competitors a roadmap to clearance of rival devices."),
         ("Sales, cost, and margin data by hospital account.",
          "Hospital purchasing is done by competitive tender; account-level pricing would let rivals target each party's customers at the next tender."),
     ],
     aeo_def="CONFIDENTIAL Information or Items consisting of the design history files, "
             "manufacturing specifications, unpublished FDA submissions, and account-level "
             "pricing described in the Good Cause Statement, disclosure of which to the other "
             "Party's employees would let that Party shortcut its own development or target "
             "the Producing Party's hospital accounts.",
     pbar_subject="steerable catheters and braided catheter shafts",
     counsel=[C("Victoria L. Sandoval-Hsu", "245566", "vsandoval@marlowesquires.example", "MARLOWE SQUIRES LLP",
                "1999 Avenue of the Stars, Suite 1200", "Los Angeles, California 90067", "(310) 555-0172",
                "Attorneys for Plaintiff CORVENA MEDICAL, INC."),
              C("Nathaniel B. Okafor", "262201", "nokafor@grantleyhoward.example", "GRANTLEY HOWARD LLP",
                "650 Town Center Drive, Suite 1100", "Costa Mesa, California 92626", "(714) 555-0190",
                "Attorneys for Defendant HALDEN SURGICAL TECHNOLOGIES, LLC")],
     date="June 2, 2025")

case("sandoval",
     p_full="BEATRIZ SANDOVAL, by and through her guardian ad litem CARMEN SANDOVAL", p_short="Plaintiff",
     d_full="REDWOOD SENIOR LIVING OPERATIONS, LLC; and DOES 1-25", d_short="Redwood",
     p_role="Plaintiff", d_role="Defendants",
     action="Sandoval v. Redwood Senior Living Operations, LLC",
     parties='Plaintiff Beatriz Sandoval and Defendant Redwood Senior Living Operations, LLC ("Redwood")',
     nature="Plaintiff, an 84-year-old resident of Redwood's memory-care facility in Thousand "
            "Oaks, alleges elder neglect and negligence arising from a fall in October 2023 and "
            "from alleged understaffing of the night shift. Redwood denies the allegations.",
     categories=[
         ("Medical and care records of Plaintiff and of other residents who were present on the night of the fall.",
          "These records are protected health information; other residents are not parties, suffer from dementia, and cannot consent to public disclosure of their diagnoses."),
         ("Staffing schedules, payroll, and personnel files of caregivers.",
          "The files contain employees' home addresses, immigration documents, and disciplinary records whose public release would invade their privacy."),
         ("Incident reports and state licensing correspondence not released by the Department of Social Services.",
          "These reports name other residents and their family members, and their disclosure would reveal private information about vulnerable non-parties."),
     ],
     counsel=[C("Jordan K. Whitlock", "281347", "jwhitlock@whitlockelderlaw.example", "WHITLOCK ELDER JUSTICE, P.C.",
                "2801 Townsgate Road, Suite 215", "Westlake Village, California 91361", "(805) 555-0126",
                "Attorneys for Plaintiff BEATRIZ SANDOVAL"),
              C("Samantha Q. Lindqvist", "239904", "slindqvist@porterfieldmace.example", "PORTERFIELD MACE LLP",
                "555 West Fifth Street, Suite 3100", "Los Angeles, California 90013", "(213) 555-0159",
                "Attorneys for Defendant REDWOOD SENIOR LIVING OPERATIONS, LLC")],
     date="July 11, 2025")

case("fairmont",
     p_full="FAIRMONT DAIRY COOPERATIVE, a California agricultural cooperative", p_short="Fairmont",
     d_full="GOLDEN COAST CREAMERY, INC., a California corporation", d_short="Golden Coast",
     p_role="Plaintiff", d_role="Defendant",
     action="Fairmont Dairy Cooperative v. Golden Coast Creamery, Inc.",
     parties='Plaintiff Fairmont Dairy Cooperative ("Fairmont") and Defendant Golden Coast Creamery, Inc. ("Golden Coast")',
     nature="Fairmont alleges that Golden Coast's \"Golden Meadow\" line of butter and cheese "
            "infringes and dilutes Fairmont's registered MEADOW GOLD FARMS trademark. Golden "
            "Coast denies any likelihood of confusion and asserts laches.",
     categories=[
         ("Sales volumes, revenues, and profit margins by product and retail chain since 2019.",
          "The parties compete for shelf space at the same grocery chains, and either side's chain-level margins would let the other bid for placement at the other's expense."),
         ("Distributor and slotting agreements with grocery retailers.",
          "These agreements contain pricing and promotional terms that the retailers require the parties to keep confidential."),
         ("Unreleased marketing plans and consumer research.",
          "The research cost several hundred thousand dollars to commission, and its disclosure would give competitors the benefit of it without cost."),
     ],
     counsel=[C("Rebecca A. Montague", "252017", "rmontague@sierrahartley.example", "SIERRA HARTLEY LLP",
                "1 World Trade Center, Suite 1800", "Long Beach, California 90831", "(562) 555-0111",
                "Attorneys for Plaintiff FAIRMONT DAIRY COOPERATIVE"),
              C("Isaac T. Brennan-Moyo", "270655", "ibrennan@keelerrowe.example", "KEELER ROWE LLP",
                "601 South Figueroa Street, Suite 2500", "Los Angeles, California 90017", "(213) 555-0193",
                "Attorneys for Defendant GOLDEN COAST CREAMERY, INC.")],
     date="August 5, 2025")

case("mendez",
     p_full="ARTURO MENDEZ", p_short="Plaintiff",
     d_full="VALLEY REGIONAL TRANSIT AUTHORITY, a public entity; and DOES 1-10", d_short="VRTA",
     p_role="Plaintiff", d_role="Defendants",
     action="Mendez v. Valley Regional Transit Authority",
     parties='Plaintiff Arturo Mendez and Defendant Valley Regional Transit Authority ("VRTA")',
     nature="Plaintiff, a former bus operator, alleges that VRTA failed to accommodate his "
            "diabetes and terminated him in violation of the Americans with Disabilities Act "
            "and the California Fair Employment and Housing Act. VRTA contends that Plaintiff "
            "was terminated for safety violations.",
     categories=[
         ("Plaintiff's medical records and accommodation file.",
          "These records disclose Plaintiff's diagnosis, treatment, and medications, which he has a strong interest in keeping private."),
         ("Personnel, discipline, and accident records of other bus operators offered as comparators.",
          "The comparators are non-party employees whose disciplinary histories and medical information would be exposed to the public and to co-workers."),
         ("Internal investigation reports concerning the March 2024 collision.",
          "The reports contain statements of passengers and witnesses who were promised confidentiality, and their release would discourage cooperation in future safety investigations."),
     ],
     counsel=[C("Gloria P. Anaya", "276650", "ganaya@anayaworklaw.example", "ANAYA WORKPLACE LAW",
                "3333 West Coast Highway, Suite 200", "Newport Beach, California 92663", "(949) 555-0105",
                "Attorneys for Plaintiff ARTURO MENDEZ"),
              C("Franklin D. Osei", "228891", "fosei@harrowwick.example", "HARROW & WICK LLP",
                "3 Pointe Drive, Suite 300", "Brea, California 92821", "(714) 555-0138",
                "Attorneys for Defendant VALLEY REGIONAL TRANSIT AUTHORITY")],
     date="September 19, 2025")

case("whitcombe",
     p_full="DENISE WHITCOMBE, on behalf of herself and all others similarly situated", p_short="Plaintiff",
     d_full="SARATOGA CONSUMER FINANCE, LLC", d_short="Saratoga",
     p_role="Plaintiff", d_role="Defendant",
     action="Whitcombe v. Saratoga Consumer Finance, LLC",
     parties='Plaintiff Denise Whitcombe and Defendant Saratoga Consumer Finance, LLC ("Saratoga")',
     nature="Plaintiff alleges that Saratoga placed autodialed collection calls to cellular "
            "telephones without consent, in violation of the Telephone Consumer Protection Act. "
            "Saratoga contends that class members consented when they applied for credit.",
     categories=[
         ("Call logs and dialer records listing telephone numbers, account numbers, and call outcomes.",
          "The logs identify hundreds of thousands of non-party consumers and their delinquent accounts; public disclosure would reveal their debts and expose them to further solicitation."),
         ("Contracts and statements of work with Saratoga's dialing-platform vendor.",
          "The vendor contracts contain pricing and technical specifications that the vendor treats as trade secrets and that Saratoga is contractually bound to protect."),
         ("Saratoga's collection scripts and compliance audit reports.",
          "The audit reports identify internal control gaps; publishing them would give fraudsters a guide to exploiting those gaps before they are remediated."),
     ],
     counsel=[C("Kevin J. Marchetti", "283364", "kmarchetti@consumerlitgroup.example", "CONSUMER LITIGATION GROUP, P.C.",
                "10100 Santa Monica Boulevard, Suite 300", "Los Angeles, California 90067", "(310) 555-0163",
                "Attorneys for Plaintiff DENISE WHITCOMBE"),
              C("Lauren E. Fitzhugh", "246677", "lfitzhugh@stanwickbaird.example", "STANWICK BAIRD LLP",
                "400 South Hope Street, Suite 1200", "Los Angeles, California 90071", "(213) 555-0115",
                "Attorneys for Defendant SARATOGA CONSUMER FINANCE, LLC")],
     date="March 3, 2025")

case("delgado",
     p_full="ESTATE OF RAMON DELGADO, by and through its administrator SOFIA DELGADO", p_short="Plaintiff",
     d_full="COUNTY OF SAN GABRIEL VALLEY; SHERIFF JOANNE PRICE; and DOES 1-15", d_short="the County",
     p_role="Plaintiff", d_role="Defendants",
     action="Estate of Delgado v. County of San Gabriel Valley",
     parties="Plaintiff Estate of Ramon Delgado and Defendants County of San Gabriel Valley and Sheriff Joanne Price",
     nature="Plaintiff alleges that jail staff were deliberately indifferent to Ramon Delgado's "
            "withdrawal symptoms during his pretrial detention in January 2024, leading to his "
            "death. Defendants deny the allegations.",
     categories=[
         ("Jail medical records of the decedent and of his two cellmates.",
          "The cellmates are non-parties whose substance-use and mental-health histories would be exposed by public disclosure."),
         ("Inmate classification records and housing logs.",
          "Classification records reveal gang affiliations and informant status; their release could endanger inmates who are still in custody."),
         ("Surveillance video of the housing unit and the jail's post orders.",
          "The video and post orders show camera coverage, blind spots, and staffing patterns that inmates could exploit to plan escapes or assaults."),
     ],
     counsel=[C("Ernesto V. Galindo", "259903", "egalindo@galindocivil.example", "GALINDO CIVIL LITIGATION",
                "1055 East Colorado Boulevard, Suite 500", "Pasadena, California 91106", "(626) 555-0179",
                "Attorneys for Plaintiff ESTATE OF RAMON DELGADO"),
              C("Meredith S. Albright", "241230", "malbright@countycounsel-sgv.example", "OFFICE OF COUNTY COUNSEL",
                "500 West Temple Street, Suite 648", "Los Angeles, California 90012", "(213) 555-0101",
                "Attorneys for Defendants COUNTY OF SAN GABRIEL VALLEY and SHERIFF JOANNE PRICE")],
     date="October 6, 2025")

case("brightwater",
     p_full="BRIGHTWATER POOLS & SPAS, INC.", p_short="Brightwater",
     d_full="AQUASURE CHEMICAL CORPORATION", d_short="AquaSure",
     p_role="Plaintiff", d_role="Defendant",
     action="Brightwater Pools & Spas, Inc. v. AquaSure Chemical Corporation",
     parties='Plaintiff Brightwater Pools & Spas, Inc. ("Brightwater") and Defendant AquaSure Chemical Corporation ("AquaSure")',
     nature="Brightwater, a pool-service company, alleges that AquaSure's stabilized chlorine "
            "tablets were defectively formulated and damaged plaster finishes at more than 300 "
            "customer pools, and seeks damages for breach of warranty. AquaSure denies that its "
            "product was defective.",
     categories=[
         ("AquaSure's product formulations, raw-material specifications, and batch records.",
          "The formulation is a trade secret developed over a decade; disclosure would allow competing manufacturers to duplicate the product."),
         ("Quality-control test results and supplier audit reports.",
          "These results identify AquaSure's raw-material suppliers and their contract terms, which the suppliers have required AquaSure to keep confidential."),
         ("Brightwater's customer lists and service histories.",
          "The lists are Brightwater's principal business asset; competitors would use them to solicit its customers."),
     ],
     counsel=[C("Philip M. Arkwright", "237745", "parkwright@arkwrightlaw.example", "ARKWRIGHT LAW CORPORATION",
                "4000 MacArthur Boulevard, Suite 600", "Newport Beach, California 92660", "(949) 555-0129",
                "Attorneys for Plaintiff BRIGHTWATER POOLS & SPAS, INC."),
              C("Yvonne C. Delacroix", "255510", "ydelacroix@morrowfinch.example", "MORROW FINCH LLP",
                "350 South Grand Avenue, Suite 2800", "Los Angeles, California 90071", "(213) 555-0184",
                "Attorneys for Defendant AQUASURE CHEMICAL CORPORATION")],
     date="November 12, 2024")

case("kessler",
     p_full="HOWARD KESSLER, Trustee of the Kessler Family Trust", p_short="Plaintiff",
     d_full="MONTECITO WEALTH ADVISORS, LLC; and GRANT T. HOLLOWAY", d_short="Montecito",
     p_role="Plaintiff", d_role="Defendants",
     action="Kessler v. Montecito Wealth Advisors, LLC",
     parties='Plaintiff Howard Kessler and Defendants Montecito Wealth Advisors, LLC ("Montecito") and Grant T. Holloway',
     nature="Plaintiff alleges that Montecito and its principal placed the trust's assets in "
            "unsuitable structured notes and concealed the associated fees, in violation of "
            "the Investment Advisers Act and California law. Defendants deny the allegations.",
     categories=[
         ("Account statements, trade confirmations, and suitability questionnaires of other Montecito clients who bought the same notes.",
          "These non-party investors' holdings, net worth, and investment objectives would be exposed to the public and to solicitation."),
         ("Montecito's compliance manuals, internal audit reports, and SEC examination correspondence.",
          "Examination correspondence is non-public by regulation, and the audit reports describe control weaknesses that could be exploited if published."),
         ("Fee-sharing and placement agreements with the note issuers.",
          "These agreements contain negotiated compensation terms that the issuers require to be kept confidential and that competing advisers would use to renegotiate their own arrangements."),
     ],
     counsel=[C("Alexandra R. Petrosyan", "268874", "apetrosyan@petrosyanfirm.example", "THE PETROSYAN FIRM",
                "11601 Wilshire Boulevard, Suite 2000", "Los Angeles, California 90025", "(310) 555-0197",
                "Attorneys for Plaintiff HOWARD KESSLER"),
              C("Desmond L. Achterberg", "219938", "dachterberg@fallbrookcarr.example", "FALLBROOK CARR LLP",
                "1 Montgomery Plaza, Suite 700", "Santa Barbara, California 93101", "(805) 555-0146",
                "Attorneys for Defendant MONTECITO WEALTH ADVISORS, LLC"),
              C("Ingrid M. Solberg", "247712", "isolberg@solberglaw.example", "SOLBERG LAW OFFICES",
                "21 East Carrillo Street", "Santa Barbara, California 93101", "(805) 555-0161",
                "Attorneys for Defendant GRANT T. HOLLOWAY")],
     date="December 1, 2024")

case("pacrim",
     p_full="PACIFIC RIM APPAREL, INC.", p_short="Pacific Rim",
     d_full="LOTUS THREAD MANUFACTURING CO., LTD.", d_short="Lotus Thread",
     p_role="Plaintiff", d_role="Defendant",
     action="Pacific Rim Apparel, Inc. v. Lotus Thread Manufacturing Co., Ltd.",
     parties='Plaintiff Pacific Rim Apparel, Inc. ("Pacific Rim") and Defendant Lotus Thread Manufacturing Co., Ltd. ("Lotus Thread")',
     nature="Pacific Rim, a Los Angeles apparel brand, alleges that Lotus Thread breached a "
            "2022 supply agreement by shipping nonconforming knit fabric and then selling "
            "Pacific Rim's exclusive prints to other brands. Lotus Thread contends that the "
            "fabric conformed to specifications and that the prints were not exclusive.",
     categories=[
         ("Factory cost sheets, yarn pricing, and production-capacity reports.",
          "These documents reveal Lotus Thread's costs and margins, which its other customers would use to demand lower prices."),
         ("Pacific Rim's purchase orders, retailer sell-through data, and line sheets for unreleased seasons.",
          "Release of unreleased designs would let competitors copy the prints before they reach stores, and sell-through data shows which styles Pacific Rim's retail partners are reordering."),
         ("Communications with Lotus Thread's other brand customers about the disputed prints.",
          "These communications identify non-party customers and their order volumes, which those customers consider confidential."),
     ],
     counsel=[C("Sung-min Cho", "285502", "scho@wilshirecommercial.example", "WILSHIRE COMMERCIAL LAW GROUP",
                "3435 Wilshire Boulevard, Suite 2700", "Los Angeles, California 90010", "(213) 555-0131",
                "Attorneys for Plaintiff PACIFIC RIM APPAREL, INC."),
              C("Marguerite H. Baptiste", "253348", "mbaptiste@tollandgrey.example", "TOLLAND GREY LLP",
                "865 South Figueroa Street, Suite 2400", "Los Angeles, California 90017", "(213) 555-0174",
                "Attorneys for Defendant LOTUS THREAD MANUFACTURING CO., LTD.")],
     date="January 28, 2025")

case("tran",
     p_full="KIMBERLY TRAN", p_short="Plaintiff",
     d_full="SUNWARD HEALTH PLAN OF CALIFORNIA, INC.; and SUNWARD EMPLOYEE BENEFITS PLAN", d_short="Sunward",
     p_role="Plaintiff", d_role="Defendants",
     action="Tran v. Sunward Health Plan of California, Inc.",
     parties='Plaintiff Kimberly Tran and Defendants Sunward Health Plan of California, Inc. and Sunward Employee Benefits Plan (together, "Sunward")',
     nature="Plaintiff seeks benefits under ERISA section 502(a)(1)(B) for residential eating-"
            "disorder treatment that Sunward denied as not medically necessary, and alleges "
            "that Sunward's reviewers applied criteria more restrictive than generally accepted "
            "standards of care. Sunward denies the allegations.",
     categories=[
         ("Plaintiff's medical and psychiatric treatment records.",
          "The records describe Plaintiff's eating disorder and mental-health treatment in detail; public disclosure would cause her embarrassment and could affect her employment."),
         ("The licensed medical-necessity criteria used by Sunward's reviewers.",
          "Sunward licenses these criteria from their publisher under an agreement forbidding disclosure; publication would breach that agreement and destroy the criteria's commercial value to the publisher."),
         ("Reviewer compensation and productivity reports.",
          "These reports contain the pay and performance data of non-party physician reviewers whose privacy would be invaded by public release."),
     ],
     counsel=[C("Natalie B. Greer", "291176", "ngreer@greerbenefitslaw.example", "GREER BENEFITS LAW",
                "301 North Lake Avenue, Suite 750", "Pasadena, California 91101", "(626) 555-0116",
                "Attorneys for Plaintiff KIMBERLY TRAN"),
              C("Howard P. Ellingsen", "224405", "hellingsen@quaylelaw.example", "QUAYLE ELLINGSEN LLP",
                "2040 Main Street, Suite 500", "Irvine, California 92614", "(949) 555-0183",
                "Attorneys for Defendants SUNWARD HEALTH PLAN OF CALIFORNIA, INC. and SUNWARD EMPLOYEE BENEFITS PLAN")],
     date="February 20, 2025")

case("okafor",
     p_full="CHIDI OKAFOR, individually and on behalf of all others similarly situated", p_short="Plaintiff",
     d_full="MERIDIAN RIDESHARE TECHNOLOGIES, INC.", d_short="Meridian",
     p_role="Plaintiff", d_role="Defendant",
     action="Okafor v. Meridian Rideshare Technologies, Inc.",
     parties='Plaintiff Chidi Okafor and Defendant Meridian Rideshare Technologies, Inc. ("Meridian")',
     nature="Plaintiff alleges that Meridian misclassifies its Los Angeles drivers as "
            "independent contractors and fails to reimburse vehicle expenses. Meridian "
            "contends that drivers are properly classified and that many agreed to arbitrate.",
     categories=[
         ("Trip-level data showing pick-up and drop-off locations, times, fares, and driver earnings.",
          "The data reveal where individual riders live, work, and travel, and what individual drivers earn; their release would expose the movements of non-party riders."),
         ("Meridian's pricing and dispatch algorithm parameters.",
          "These parameters are trade secrets that competing ride-hail companies would use to replicate Meridian's pricing without the cost of developing it."),
         ("Driver deactivation files and background-check reports.",
          "These files contain criminal-history and driving-record information about non-party drivers protected by the Fair Credit Reporting Act and California law."),
     ],
     aeo_def="CONFIDENTIAL Information or Items consisting of the pricing and dispatch "
             "algorithm parameters described in category (b) of the Good Cause Statement, "
             "disclosure of which to anyone other than the persons listed in «REF:access.aeo» "
             "would let competitors replicate Meridian's pricing.",
     counsel=[C("Adaeze N. Umeh", "290027", "aumeh@umehlaborlaw.example", "UMEH LABOR LAW, P.C.",
                "6300 Wilshire Boulevard, Suite 1440", "Los Angeles, California 90048", "(323) 555-0124",
                "Attorneys for Plaintiff CHIDI OKAFOR"),
              C("Theodore J. Lindgren", "238856", "tlindgren@ashbymerritt.example", "ASHBY MERRITT LLP",
                "2029 Century Park East, Suite 3500", "Los Angeles, California 90067", "(310) 555-0158",
                "Attorneys for Defendant MERIDIAN RIDESHARE TECHNOLOGIES, INC.")],
     date="April 8, 2025")

case("silverline",
     p_full="SILVERLINE STUDIOS, LLC", p_short="Silverline",
     d_full="NORTHSTAR PICTURES ENTERTAINMENT, INC.; and DOES 1-10", d_short="Northstar",
     p_role="Plaintiff", d_role="Defendants",
     action="Silverline Studios, LLC v. Northstar Pictures Entertainment, Inc.",
     parties='Plaintiff Silverline Studios, LLC ("Silverline") and Defendant Northstar Pictures Entertainment, Inc. ("Northstar")',
     nature="Silverline alleges that Northstar's feature film \"The Long Tide\" copies the "
            "plot, characters, and sequence of events of Silverline's unproduced screenplay "
            "\"Low Water,\" which Silverline pitched to Northstar in 2021. Northstar denies "
            "access and copying.",
     categories=[
         ("Unproduced screenplays, treatments, and development notes for both projects.",
          "Unproduced scripts lose their market value if published, and development notes would reveal projects that the parties are still pitching to financiers."),
         ("Talent and crew deal memos and compensation terms.",
          "These agreements contain the compensation of non-party actors and writers, which guild members and agents negotiate in confidence and which rival producers would use in negotiations."),
         ("Production budgets, box-office projections, and streaming-license terms.",
          "Distributors and streaming platforms require these terms to be confidential, and their release would prejudice Northstar's pending license negotiations."),
     ],
     counsel=[C("Benjamin A. Roth-Ferreira", "279934", "broth@studiocitylit.example", "STUDIO CITY LITIGATION LLP",
                "12100 Ventura Boulevard, Suite 400", "Studio City, California 91604", "(818) 555-0137",
                "Attorneys for Plaintiff SILVERLINE STUDIOS, LLC"),
              C("Caroline E. Whitaker", "231172", "cwhitaker@lanceholt.example", "LANCE HOLT LLP",
                "10250 Constellation Boulevard, Suite 2300", "Los Angeles, California 90067", "(310) 555-0181",
                "Attorneys for Defendant NORTHSTAR PICTURES ENTERTAINMENT, INC.")],
     date="May 27, 2025")

case("ramirez",
     p_full="JOSE RAMIREZ and ANA RAMIREZ", p_short="Plaintiffs",
     d_full="GOLDEN STATE AUTO GROUP, INC.; and WESTLAKE AUTO FINANCE, LLC", d_short="Golden State",
     p_role="Plaintiffs", d_role="Defendants",
     action="Ramirez v. Golden State Auto Group, Inc.",
     parties='Plaintiffs Jose and Ana Ramirez and Defendants Golden State Auto Group, Inc. ("Golden State") and Westlake Auto Finance, LLC ("Westlake")',
     nature="Plaintiffs allege that the Golden State dealership in Montclair inflated the price "
            "of their used vehicle and added service contracts without disclosure, in violation "
            "of the Truth in Lending Act and California's Consumers Legal Remedies Act. "
            "Defendants deny the allegations.",
     categories=[
         ("Dealer cost, reconditioning, and holdback figures for the vehicle and for comparable vehicles sold in 2023.",
          "These figures show the dealership's acquisition costs and margins; competing dealers would use them to undercut its pricing."),
         ("Finance-and-insurance manager commission plans and sales-training materials.",
          "The commission plans contain employees' compensation and the dealership's negotiating methods, which competitors would copy."),
         ("Credit applications and deal jackets of other customers.",
          "These files contain non-party customers' Social Security numbers, income, and credit histories."),
     ],
     counsel=[C("Rafael O. Quintero", "287741", "rquintero@quinteroconsumer.example", "QUINTERO CONSUMER LAW",
                "3200 Inland Empire Boulevard, Suite 150", "Ontario, California 91764", "(909) 555-0122",
                "Attorneys for Plaintiffs JOSE RAMIREZ and ANA RAMIREZ"),
              C("Stephanie W. Larkspur", "250093", "slarkspur@danforthgale.example", "DANFORTH GALE LLP",
                "444 South Flower Street, Suite 1700", "Los Angeles, California 90071", "(213) 555-0143",
                "Attorneys for Defendant GOLDEN STATE AUTO GROUP, INC."),
              C("Marcus L. Feinberg", "244420", "mfeinberg@feinbergfinance.example", "FEINBERG FINANCIAL LITIGATION",
                "21600 Oxnard Street, Suite 1200", "Woodland Hills, California 91367", "(818) 555-0168",
                "Attorneys for Defendant WESTLAKE AUTO FINANCE, LLC")],
     date="June 16, 2025")

case("bayview",
     p_full="BAYVIEW BIOLOGICS, INC.", p_short="Bayview",
     d_full="CASTELLAN LABORATORIES, INC.; DR. ELENA VOSS; and DR. PETER HALE", d_short="Castellan",
     p_role="Plaintiff", d_role="Defendants",
     action="Bayview Biologics, Inc. v. Castellan Laboratories, Inc.",
     parties='Plaintiff Bayview Biologics, Inc. ("Bayview") and Defendants Castellan Laboratories, Inc. ("Castellan"), Dr. Elena Voss, and Dr. Peter Hale',
     nature="Bayview alleges that two of its former scientists took cell-line development "
            "protocols to Castellan, in violation of the Defend Trade Secrets Act and their "
            "employment agreements. Defendants deny misappropriation.",
     categories=[
         ("Cell-line development protocols, laboratory notebooks, and assay data.",
          "These protocols took Bayview six years to develop and are the basis of its pending biosimilar program; disclosure would allow competitors to skip that work."),
         ("Castellan's research plans and investor presentations.",
          "Castellan is privately held, and its research plans and financing terms would be used by competitors and prospective investors against it."),
         ("Personnel files, compensation, and non-compete negotiations of the individual defendants and other departing scientists.",
          "These files contain the individuals' salaries, equity grants, and personal information."),
     ],
     counsel=[C("Grace Y. Holloway-Tan", "261168", "ghollowaytan@merritonlaw.example", "MERRITON LAW LLP",
                "100 Spectrum Center Drive, Suite 600", "Irvine, California 92618", "(949) 555-0114",
                "Attorneys for Plaintiff BAYVIEW BIOLOGICS, INC."),
              C("Victor A. Nakashima", "242287", "vnakashima@eastbrooke.example", "EASTBROOKE LLP",
                "515 South Flower Street, Suite 1800", "Los Angeles, California 90071", "(213) 555-0189",
                "Attorneys for Defendant CASTELLAN LABORATORIES, INC."),
              C("Lydia R. Osterhout", "258830", "losterhout@osterhoutlaw.example", "OSTERHOUT EMPLOYMENT DEFENSE",
                "5 Park Plaza, Suite 1000", "Irvine, California 92614", "(949) 555-0153",
                "Attorneys for Defendants DR. ELENA VOSS and DR. PETER HALE")],
     date="July 30, 2025")

case("hollis",
     p_full="TANYA HOLLIS", p_short="Plaintiff",
     d_full="CRESTMARK PROPERTY MANAGEMENT, INC.", d_short="Crestmark",
     p_role="Plaintiff", d_role="Defendant",
     action="Hollis v. Crestmark Property Management, Inc.",
     parties='Plaintiff Tanya Hollis and Defendant Crestmark Property Management, Inc. ("Crestmark")',
     nature="Plaintiff alleges that Crestmark refused her rental application at its Inglewood "
            "apartment complex because she uses a housing voucher, in violation of the Fair "
            "Housing Act and California's Fair Employment and Housing Act. Crestmark contends "
            "that the application was declined under neutral screening criteria.",
     categories=[
         ("Rental applications, screening reports, and voucher information of other applicants.",
          "These files contain non-party applicants' income, credit scores, Social Security numbers, and disability information."),
         ("Rent rolls and lease files for the complex.",
          "These documents disclose every tenant's rent, payment history, and household composition."),
         ("Crestmark's tenant-screening software configuration and scoring thresholds.",
          "The thresholds are licensed from a vendor under a confidentiality agreement, and their publication would allow applicants to game the screening model."),
     ],
     counsel=[C("Monique D. Carter-Ellis", "288419", "mcarter@fairhousingcounsel.example", "FAIR HOUSING COUNSEL OF SOUTHERN CALIFORNIA",
                "3731 Wilshire Boulevard, Suite 820", "Los Angeles, California 90010", "(213) 555-0109",
                "Attorneys for Plaintiff TANYA HOLLIS"),
              C("Russell J. Pemberton", "236658", "rpemberton@pembertonhale.example", "PEMBERTON HALE LLP",
                "One Wilshire Plaza, Suite 900", "Los Angeles, California 90017", "(213) 555-0176",
                "Attorneys for Defendant CRESTMARK PROPERTY MANAGEMENT, INC.")],
     date="August 21, 2025")

case("duarte",
     p_full="M.D., a minor, by and through his guardian ad litem LUCIA DUARTE", p_short="Plaintiff",
     d_full="WESTBROOK UNIFIED SCHOOL DISTRICT; and DOES 1-10", d_short="the District",
     p_role="Plaintiff", d_role="Defendants",
     action="M.D. v. Westbrook Unified School District",
     parties="Plaintiff M.D., through his guardian ad litem, and Defendant Westbrook Unified School District (the \"District\")",
     nature="Plaintiff, a student with autism, alleges that District staff restrained and "
            "secluded him during the 2023-2024 school year in violation of Section 504 of the "
            "Rehabilitation Act and the Americans with Disabilities Act. The District denies "
            "the allegations.",
     categories=[
         ("Plaintiff's education records, individualized education programs, and behavioral assessments.",
          "These records are protected by the Family Educational Rights and Privacy Act and describe a minor's disability and behavior in detail."),
         ("Incident reports and restraint logs that identify other students.",
          "The reports name other minor students and describe their disabilities and conduct; those students and their parents have not consented to disclosure."),
         ("Personnel and training files of the classroom aides and teachers.",
          "These files contain non-party employees' evaluations, credential records, and home contact information."),
     ],
     counsel=[C("Irene K. Vasquez-Lam", "294412", "ivasquez@childrensadvocacylaw.example", "CHILDREN'S ADVOCACY LAW CENTER",
                "1541 Wilshire Boulevard, Suite 350", "Los Angeles, California 90017", "(213) 555-0144",
                "Attorneys for Plaintiff M.D."),
              C("Warren T. Dabney", "229975", "wdabney@schoollawpartners.example", "SCHOOL LAW PARTNERS LLP",
                "17871 Park Plaza Drive, Suite 200", "Cerritos, California 90703", "(562) 555-0192",
                "Attorneys for Defendant WESTBROOK UNIFIED SCHOOL DISTRICT")],
     date="September 4, 2025")

case("vantage",
     p_full="VANTAGE AEROSPACE SYSTEMS, INC.", p_short="Vantage",
     d_full="KESTREL COMPOSITES, LLC", d_short="Kestrel",
     p_role="Plaintiff", d_role="Defendant",
     action="Vantage Aerospace Systems, Inc. v. Kestrel Composites, LLC",
     parties='Plaintiff Vantage Aerospace Systems, Inc. ("Vantage") and Defendant Kestrel Composites, LLC ("Kestrel")',
     nature="Vantage alleges that Kestrel, its former subcontractor, breached a teaming "
            "agreement by bidding directly against Vantage for a Navy unmanned-aircraft wing "
            "program using Vantage's cost data. Kestrel contends that the teaming agreement had "
            "expired.",
     categories=[
         ("Technical drawings and process specifications for composite wing structures.",
          "Some drawings are controlled under the International Traffic in Arms Regulations, and all of them disclose manufacturing processes that competitors could copy."),
         ("Cost proposals, labor rates, and pricing submitted to the prime contractor and the Navy.",
          "The procurement is ongoing; disclosure of either party's rates would let rival bidders undercut them in the current competition."),
         ("The teaming agreement negotiations and communications with the prime contractor.",
          "The prime contractor, a non-party, requires these communications to be kept confidential under its supplier agreements."),
     ],
     counsel=[C("Jonathan E. Whitford", "240065", "jwhitford@sterlingavenue.example", "STERLING AVENUE LLP",
                "2101 Rosecrans Avenue, Suite 3200", "El Segundo, California 90245", "(310) 555-0127",
                "Attorneys for Plaintiff VANTAGE AEROSPACE SYSTEMS, INC."),
              C("Patricia N. Oyelaran", "263391", "poyelaran@corbelmast.example", "CORBEL MAST LLP",
                "19800 MacArthur Boulevard, Suite 700", "Irvine, California 92612", "(949) 555-0171",
                "Attorneys for Defendant KESTREL COMPOSITES, LLC")],
     date="October 14, 2025")

case("chen",
     p_full="LILY CHEN", p_short="Plaintiff",
     d_full="ORCHARD STREET BANK, N.A.", d_short="the Bank",
     p_role="Plaintiff", d_role="Defendant",
     action="Chen v. Orchard Street Bank, N.A.",
     parties='Plaintiff Lily Chen and Defendant Orchard Street Bank, N.A. (the "Bank")',
     nature="Plaintiff, a former branch manager, alleges that the Bank paid her less than male "
            "branch managers and terminated her after she complained, in violation of the Equal "
            "Pay Act and California Labor Code section 1102.5. The Bank contends that pay "
            "differences reflect branch size and performance.",
     categories=[
         ("Compensation, bonus, and performance records of other branch managers in the Los Angeles region.",
          "The comparators are non-party employees whose salaries and reviews would be exposed to co-workers and the public."),
         ("Branch-level deposit, loan, and profitability reports.",
          "These reports would show competing banks which branches are most profitable and where to target the Bank's customers."),
         ("Customer account information appearing in Plaintiff's work e-mail.",
          "Customer financial information is protected by the Gramm-Leach-Bliley Act and state privacy law."),
     ],
     counsel=[C("Evelyn S. Marquardt", "277760", "emarquardt@marquardtlaw.example", "MARQUARDT EMPLOYMENT LAW",
                "800 West Sixth Street, Suite 1200", "Los Angeles, California 90017", "(213) 555-0112",
                "Attorneys for Plaintiff LILY CHEN"),
              C("Douglas A. Fairchild", "226634", "dfairchild@highcliffe.example", "HIGHCLIFFE LLP",
                "355 South Grand Avenue, Suite 4100", "Los Angeles, California 90071", "(213) 555-0186",
                "Attorneys for Defendant ORCHARD STREET BANK, N.A.")],
     date="November 3, 2025")

case("greenfield",
     p_full="GREENFIELD GROWERS, INC.", p_short="Greenfield",
     d_full="AGRINOVA SEED COMPANY", d_short="Agrinova",
     p_role="Plaintiff", d_role="Defendant",
     action="Greenfield Growers, Inc. v. Agrinova Seed Company",
     parties='Plaintiff Greenfield Growers, Inc. ("Greenfield") and Defendant Agrinova Seed Company ("Agrinova")',
     nature="Greenfield, an Oxnard strawberry grower, alleges that Agrinova sold it seedlings "
            "infected with a fungal pathogen and misrepresented their disease resistance. "
            "Agrinova contends that the infection came from Greenfield's own fields.",
     categories=[
         ("Agrinova's breeding records and genetic data for its proprietary strawberry varieties.",
          "The varieties are protected by plant-variety certificates and trade secrets; the genetic data would allow competitors to reproduce them."),
         ("Grower contracts and pricing with other Agrinova customers.",
          "These contracts reveal the prices Agrinova charges other growers, who would demand the lowest price if they learned of it."),
         ("Greenfield's yield, pesticide-application, and sales records by field.",
          "These records show Greenfield's costs and its contracts with grocery buyers, which competing growers would use to bid for those buyers."),
     ],
     counsel=[C("Hector M. Valdivia", "248825", "hvaldivia@channelislandslaw.example", "CHANNEL ISLANDS LAW GROUP",
                "300 Esplanade Drive, Suite 1100", "Oxnard, California 93036", "(805) 555-0103",
                "Attorneys for Plaintiff GREENFIELD GROWERS, INC."),
              C("Judith L. Carrow", "235519", "jcarrow@fieldstonebeck.example", "FIELDSTONE BECK LLP",
                "865 South Figueroa Street, Suite 3000", "Los Angeles, California 90017", "(213) 555-0165",
                "Attorneys for Defendant AGRINOVA SEED COMPANY")],
     date="December 9, 2024")

case("moreno",
     p_full="DR. ISABEL MORENO", p_short="Dr. Moreno",
     d_full="SUNSET CARDIOLOGY MEDICAL GROUP, INC.", d_short="Sunset Cardiology",
     p_role="Plaintiff", d_role="Defendant",
     action="Moreno v. Sunset Cardiology Medical Group, Inc.",
     parties='Plaintiff Dr. Isabel Moreno and Defendant Sunset Cardiology Medical Group, Inc. ("Sunset Cardiology")',
     nature="Dr. Moreno alleges that Sunset Cardiology terminated her partnership after she "
            "reported billing for cardiac stress tests that were not performed, in retaliation "
            "under the False Claims Act. Sunset Cardiology contends that she was removed for "
            "cause.",
     categories=[
         ("Patient billing and treatment records for the stress tests at issue.",
          "These records are protected health information of non-party patients under HIPAA and the California Confidentiality of Medical Information Act."),
         ("Internal compliance audits and outside billing-consultant reports.",
          "These reports describe coding practices that remain under review; their release would expose the group to unfounded claims and reveal its compliance methods."),
         ("Physician compensation formulas and partnership financial statements.",
          "These documents reveal each partner's income and the group's negotiated payer rates, which competing medical groups would use in contracting."),
     ],
     counsel=[C("Cecilia A. Brandt", "269941", "cbrandt@brandtwhistleblower.example", "BRANDT WHISTLEBLOWER LAW",
                "9454 Wilshire Boulevard, Suite 700", "Beverly Hills, California 90212", "(310) 555-0132",
                "Attorneys for Plaintiff DR. ISABEL MORENO"),
              C("Owen P. Gallagher", "221189", "ogallagher@stirlingcopley.example", "STIRLING COPLEY LLP",
                "1801 Century Park East, Suite 2400", "Los Angeles, California 90067", "(310) 555-0175",
                "Attorneys for Defendant SUNSET CARDIOLOGY MEDICAL GROUP, INC.")],
     date="January 9, 2025")

case("aurora",
     p_full="AURORA SOLAR HOLDINGS, INC.", p_short="Aurora",
     d_full="HELIOS MOUNTING SYSTEMS, INC.", d_short="Helios",
     p_role="Plaintiff", d_role="Defendant",
     action="Aurora Solar Holdings, Inc. v. Helios Mounting Systems, Inc.",
     parties='Plaintiff Aurora Solar Holdings, Inc. ("Aurora") and Defendant Helios Mounting Systems, Inc. ("Helios")',
     nature="Aurora alleges that Helios's TrackPoint single-axis solar tracker infringes U.S. "
            "Patent No. 11,447,902, which claims a self-locking torque-tube coupling. Helios "
            "denies infringement and asserts invalidity based on prior art.",
     categories=[
         ("Engineering drawings, finite-element analyses, and wind-tunnel test reports for the trackers.",
          "These documents disclose structural designs that competitors could copy, and the wind-tunnel reports cost each party more than one million dollars to obtain."),
         ("Project bids and pricing for utility-scale solar projects.",
          "Tracker suppliers bid against one another on each project; disclosure of bid pricing would let competitors undercut the parties on pending bids."),
         ("Supplier agreements for steel tube and drive components.",
          "These agreements contain volume pricing that the suppliers require to be kept confidential."),
     ],
     aeo_def="CONFIDENTIAL Information or Items consisting of the engineering drawings, "
             "analyses, test reports, and project pricing described in categories (a) and (b) "
             "of the Good Cause Statement, disclosure of which to the other Party's employees "
             "would let that Party copy the designs or undercut the bids.",
     pbar_subject="solar tracker structures and torque-tube couplings",
     counsel=[C("Stuart R. Lindholm", "247789", "slindholm@norwoodpatent.example", "NORWOOD PATENT LITIGATION LLP",
                "3 MacArthur Place, Suite 800", "Santa Ana, California 92707", "(714) 555-0118",
                "Attorneys for Plaintiff AURORA SOLAR HOLDINGS, INC."),
              C("Kaori M. Tanabe", "265530", "ktanabe@ridgecrestip.example", "RIDGECREST IP LLP",
                "1925 Century Park East, Suite 1700", "Los Angeles, California 90067", "(310) 555-0156",
                "Attorneys for Defendant HELIOS MOUNTING SYSTEMS, INC.")],
     date="February 11, 2025")

case("lakeshore",
     p_full="LAKESHORE HOTELS & RESORTS, LLC", p_short="Lakeshore",
     d_full="RIDGEWAY HOSPITALITY SOFTWARE, INC.", d_short="Ridgeway",
     p_role="Plaintiff", d_role="Defendant",
     action="Lakeshore Hotels & Resorts, LLC v. Ridgeway Hospitality Software, Inc.",
     parties='Plaintiff Lakeshore Hotels & Resorts, LLC ("Lakeshore") and Defendant Ridgeway Hospitality Software, Inc. ("Ridgeway")',
     nature="Lakeshore alleges that Ridgeway breached its software-services agreement by "
            "failing to patch a vulnerability in its reservation platform, leading to a 2024 "
            "breach that exposed guest payment data. Ridgeway contends that Lakeshore's own "
            "credentials were compromised.",
     categories=[
         ("Forensic investigation reports, penetration-test results, and system logs.",
          "These documents describe vulnerabilities in systems still in use by Ridgeway's other hotel customers; publishing them would give attackers a guide to those systems."),
         ("Guest reservation and payment data affected by the breach.",
          "The data contain non-party guests' names, addresses, travel dates, and partial card numbers."),
         ("The parties' contract pricing and service-level terms.",
          "Ridgeway's pricing to Lakeshore is confidential by contract, and other hotel groups would use it to renegotiate their own agreements."),
     ],
     counsel=[C("Natasha V. Orlov", "273321", "norlov@brightoncole.example", "BRIGHTON COLE LLP",
                "600 Anton Boulevard, Suite 1400", "Costa Mesa, California 92626", "(714) 555-0135",
                "Attorneys for Plaintiff LAKESHORE HOTELS & RESORTS, LLC"),
              C("Gabriel S. Whitcombe", "249948", "gwhitcombe@parkerdunmore.example", "PARKER DUNMORE LLP",
                "777 South Figueroa Street, Suite 3700", "Los Angeles, California 90017", "(213) 555-0199",
                "Attorneys for Defendant RIDGEWAY HOSPITALITY SOFTWARE, INC.")],
     date="March 24, 2025")

case("novacrest",
     p_full="NOVACREST COSMETICS, INC.", p_short="NovaCrest",
     d_full="BELLA FORMA BEAUTY, LLC", d_short="Bella Forma",
     p_role="Plaintiff", d_role="Defendant",
     action="NovaCrest Cosmetics, Inc. v. Bella Forma Beauty, LLC",
     parties='Plaintiff NovaCrest Cosmetics, Inc. ("NovaCrest") and Defendant Bella Forma Beauty, LLC ("Bella Forma")',
     nature="NovaCrest alleges that Bella Forma's advertising claims that its serum is "
            "\"clinically proven to reduce wrinkles by 40%\" are false, in violation of the "
            "Lanham Act. Bella Forma contends that its claims are substantiated by clinical "
            "testing.",
     categories=[
         ("Clinical study protocols, raw data, and participant records.",
          "The participant records identify non-party volunteers and their skin conditions, and the protocols are proprietary methods each party paid outside laboratories to develop."),
         ("Product formulations and supplier specifications.",
          "The serum formulations are trade secrets that competitors would reproduce if they were disclosed."),
         ("Sales data by retailer and consumer survey results.",
          "This data would let competitors identify each party's best-performing retail channels and marketing messages."),
     ],
     counsel=[C("Delphine R. Aubert", "280016", "daubert@aubertsloane.example", "AUBERT SLOANE LLP",
                "9100 Wilshire Boulevard, Suite 725E", "Beverly Hills, California 90212", "(310) 555-0128",
                "Attorneys for Plaintiff NOVACREST COSMETICS, INC."),
              C("Harrison B. Kwan", "256674", "hkwan@thornhillgage.example", "THORNHILL GAGE LLP",
                "550 South Hope Street, Suite 2000", "Los Angeles, California 90071", "(213) 555-0169",
                "Attorneys for Defendant BELLA FORMA BEAUTY, LLC")],
     date="April 30, 2025")

case("rivera",
     p_full="DANIEL RIVERA", p_short="Plaintiff",
     d_full="TRANSPACIFIC FREIGHT LINES, INC.; and KEITH BOWMAN", d_short="TransPacific",
     p_role="Plaintiff", d_role="Defendants",
     action="Rivera v. TransPacific Freight Lines, Inc.",
     parties='Plaintiff Daniel Rivera and Defendants TransPacific Freight Lines, Inc. ("TransPacific") and Keith Bowman',
     nature="Plaintiff alleges that he suffered spinal injuries when a TransPacific tractor-"
            "trailer driven by Keith Bowman struck his car on Interstate 10 near Redlands in "
            "2023. Defendants dispute liability and the extent of Plaintiff's injuries.",
     categories=[
         ("Driver qualification files, drug-test results, and hours-of-service records.",
          "These records contain the driver's medical certificate, drug-test history, and personal identifiers, which are confidential under federal motor-carrier regulations."),
         ("Electronic logging device and telematics data for TransPacific's fleet.",
          "The fleet data reveal routes and schedules for high-value cargo, which could be used to target shipments for theft."),
         ("Plaintiff's medical, employment, and tax records.",
          "These records describe Plaintiff's injuries, treatment, and finances, which he is entitled to keep private."),
     ],
     counsel=[C("Andres T. Maldonado", "292284", "amaldonado@maldonadoinjury.example", "MALDONADO INJURY LAWYERS",
                "1950 Compton Avenue, Suite 111", "Corona, California 92881", "(951) 555-0147",
                "Attorneys for Plaintiff DANIEL RIVERA"),
              C("Colleen F. Breckenridge", "232207", "cbreckenridge@tylerbanks.example", "TYLER BANKS LLP",
                "3750 University Avenue, Suite 250", "Riverside, California 92501", "(951) 555-0194",
                "Attorneys for Defendants TRANSPACIFIC FREIGHT LINES, INC. and KEITH BOWMAN")],
     date="May 15, 2025")

case("summit",
     p_full="SUMMIT RIDGE CAPITAL PARTNERS, L.P.", p_short="Summit Ridge",
     d_full="CORONADO ENERGY PARTNERS, LLC; and CORONADO GP, INC.", d_short="Coronado",
     p_role="Plaintiff", d_role="Defendants",
     action="Summit Ridge Capital Partners, L.P. v. Coronado Energy Partners, LLC",
     parties='Plaintiff Summit Ridge Capital Partners, L.P. ("Summit Ridge") and Defendants Coronado Energy Partners, LLC and Coronado GP, Inc. (together, "Coronado")',
     nature="Summit Ridge, a limited partner, alleges that Coronado's general partner breached "
            "the partnership agreement and its fiduciary duties by selling the partnership's "
            "battery-storage projects to an affiliate below market value. Coronado denies the "
            "allegations.",
     categories=[
         ("Investor lists, capital-account statements, and side letters of other limited partners.",
          "The other limited partners are non-parties whose identities and investment terms are confidential under the partnership agreement."),
         ("Valuation models, bids, and data-room materials from the sale process.",
          "These materials contain project-level cash-flow projections that competing developers and buyers would use in pending transactions."),
         ("Power-purchase and interconnection agreements for the projects.",
          "The utility counterparties require these agreements to remain confidential, and their pricing terms are commercially sensitive."),
     ],
     counsel=[C("Fiona L. Harrington", "255083", "fharrington@castlerockllp.example", "CASTLE ROCK LLP",
                "1999 Avenue of the Stars, Suite 1600", "Los Angeles, California 90067", "(310) 555-0104",
                "Attorneys for Plaintiff SUMMIT RIDGE CAPITAL PARTNERS, L.P."),
              C("Raymond K. Ashcroft", "218870", "rashcroft@delmarwhite.example", "DELMAR WHITE LLP",
                "2 Park Plaza, Suite 1200", "Irvine, California 92614", "(949) 555-0167",
                "Attorneys for Defendants CORONADO ENERGY PARTNERS, LLC and CORONADO GP, INC.")],
     date="June 25, 2025")

case("perez",
     p_full="ANGELICA PEREZ", p_short="Plaintiff",
     d_full="INLAND EMPIRE PACKAGING SOLUTIONS, INC.", d_short="IEPS",
     p_role="Plaintiff", d_role="Defendant",
     action="Perez v. Inland Empire Packaging Solutions, Inc.",
     parties='Plaintiff Angelica Perez and Defendant Inland Empire Packaging Solutions, Inc. ("IEPS")',
     nature="Plaintiff alleges that IEPS terminated her while she was on pregnancy-related "
            "medical leave, in violation of the Family and Medical Leave Act and the California "
            "Family Rights Act. IEPS contends that her position was eliminated in a reduction in "
            "force.",
     categories=[
         ("Plaintiff's medical and leave records.",
          "These records describe Plaintiff's pregnancy complications and treatment."),
         ("Reduction-in-force selection matrices and the personnel files of other employees considered for layoff.",
          "These files contain non-party employees' evaluations, ages, medical leaves, and pay."),
         ("IEPS's customer contracts and production forecasts relied on to justify the reduction in force.",
          "The forecasts and contract volumes would reveal to competitors which customers IEPS is losing or gaining."),
     ],
     counsel=[C("Sofia G. Lindstrom", "293305", "slindstrom@lindstromworklaw.example", "LINDSTROM WORK LAW",
                "8300 Utica Avenue, Suite 200", "Rancho Cucamonga, California 91730", "(909) 555-0139",
                "Attorneys for Plaintiff ANGELICA PEREZ"),
              C("Bradley M. Holcomb", "237712", "bholcomb@holcombreyes.example", "HOLCOMB REYES LLP",
                "3403 Tenth Street, Suite 700", "Riverside, California 92501", "(951) 555-0182",
                "Attorneys for Defendant INLAND EMPIRE PACKAGING SOLUTIONS, INC.")],
     date="July 7, 2025")

case("marisol",
     p_full="MARISOL FOODS, INC.", p_short="Marisol",
     d_full="SOL HARVEST DISTRIBUTORS, INC.; and DOES 1-10", d_short="Sol Harvest",
     p_role="Plaintiff", d_role="Defendants",
     action="Marisol Foods, Inc. v. Sol Harvest Distributors, Inc.",
     parties='Plaintiff Marisol Foods, Inc. ("Marisol") and Defendant Sol Harvest Distributors, Inc. ("Sol Harvest")',
     nature="Marisol, a tortilla manufacturer, alleges that Sol Harvest terminated their "
            "exclusive distribution agreement without cause and diverted Marisol's grocery "
            "accounts to a competing brand. Sol Harvest contends that Marisol breached first by "
            "missing delivery windows.",
     categories=[
         ("Route-level sales data and account lists for Southern California grocery stores.",
          "These lists identify every store Sol Harvest serves and its volume there; competing distributors would use them to poach accounts."),
         ("Marisol's production costs and ingredient supplier contracts.",
          "These documents reveal Marisol's margins, which its grocery customers would use to demand price reductions."),
         ("Communications with the competing brand about the diverted accounts.",
          "The competing brand is a non-party whose pricing and promotional terms are confidential."),
     ],
     counsel=[C("Javier R. Solis", "284190", "jsolis@solismontero.example", "SOLIS MONTERO LLP",
                "5000 Birch Street, Suite 4000", "Newport Beach, California 92660", "(949) 555-0107",
                "Attorneys for Plaintiff MARISOL FOODS, INC."),
              C("Deborah T. Wainwright", "230048", "dwainwright@crosbyhale.example", "CROSBY HALE LLP",
                "633 West Fifth Street, Suite 2800", "Los Angeles, California 90071", "(213) 555-0157",
                "Attorneys for Defendant SOL HARVEST DISTRIBUTORS, INC.")],
     date="August 13, 2025")

case("ellison",
     p_full="MARGARET ELLISON", p_short="Plaintiff",
     d_full="HARTWELL PHARMACEUTICALS, INC.; and HARTWELL PHARMA USA, LLC", d_short="Hartwell",
     p_role="Plaintiff", d_role="Defendants",
     action="Ellison v. Hartwell Pharmaceuticals, Inc.",
     parties='Plaintiff Margaret Ellison and Defendants Hartwell Pharmaceuticals, Inc. and Hartwell Pharma USA, LLC (together, "Hartwell")',
     nature="Plaintiff alleges that Hartwell's anticoagulant caused a gastrointestinal "
            "hemorrhage and that Hartwell failed to warn of the risk at her dose. Hartwell "
            "contends that the label adequately warned of bleeding risks.",
     categories=[
         ("Adverse-event reports and pharmacovigilance databases.",
          "These reports identify non-party patients and reporting physicians whose identities are confidential under FDA regulations."),
         ("Unpublished regulatory correspondence and clinical study reports.",
          "These documents are exempt from public disclosure and would give competitors insight into Hartwell's development and regulatory strategy."),
         ("Manufacturing and formulation records for the drug.",
          "These records contain trade-secret processes that generic manufacturers could use."),
     ],
     counsel=[C("Vanessa J. Cordero", "282276", "vcordero@corderopharmalaw.example", "CORDERO PHARMACEUTICAL INJURY LAW",
                "3580 Wilshire Boulevard, Suite 1620", "Los Angeles, California 90010", "(213) 555-0121",
                "Attorneys for Plaintiff MARGARET ELLISON"),
              C("Lionel A. Brightman", "216650", "lbrightman@kingsleyorr.example", "KINGSLEY ORR LLP",
                "2049 Century Park East, Suite 1900", "Los Angeles, California 90067", "(310) 555-0196",
                "Attorneys for Defendants HARTWELL PHARMACEUTICALS, INC. and HARTWELL PHARMA USA, LLC")],
     date="September 26, 2025")

case("baxter",
     p_full="CALVIN BAXTER", p_short="Plaintiff",
     d_full="CITY OF SANTA PAULINA; OFFICER LUIS ORTIZ; and OFFICER DANA MERCER", d_short="the City",
     p_role="Plaintiff", d_role="Defendants",
     action="Baxter v. City of Santa Paulina",
     parties="Plaintiff Calvin Baxter and Defendants City of Santa Paulina, Officer Luis Ortiz, and Officer Dana Mercer",
     nature="Plaintiff alleges that Santa Paulina police officers arrested him without probable "
            "cause at a 2022 protest and used a taser on him after he was handcuffed. "
            "Defendants contend that the arrest was lawful and the force reasonable.",
     categories=[
         ("Personnel, training, and use-of-force review files of the individual officers.",
          "These files are confidential under California Penal Code section 832.7 and Evidence Code section 1043, and include officers' family and home information."),
         ("Internal affairs investigation files concerning the protest.",
          "The files include statements of non-party officers and witnesses given on the understanding that they would be kept confidential."),
         ("Plaintiff's medical and mental-health records.",
          "These records describe Plaintiff's injuries and psychiatric treatment after the arrest."),
     ],
     counsel=[C("Renee A. Gutierrez", "286613", "rgutierrez@peoplesrightslaw.example", "PEOPLE'S RIGHTS LAW OFFICE",
                "1000 Town Center Drive, Suite 300", "Oxnard, California 93036", "(805) 555-0117",
                "Attorneys for Plaintiff CALVIN BAXTER"),
              C("Michael J. Dunleavy", "227745", "mdunleavy@dunleavypublic.example", "DUNLEAVY PUBLIC ENTITY DEFENSE",
                "300 South Grand Avenue, Suite 2600", "Los Angeles, California 90071", "(213) 555-0178",
                "Attorneys for Defendant CITY OF SANTA PAULINA"),
              C("Karen L. Ostrowski", "243361", "kostrowski@ostrowskidefense.example", "OSTROWSKI DEFENSE GROUP",
                "225 South Lake Avenue, Suite 1200", "Pasadena, California 91101", "(626) 555-0145",
                "Attorneys for Defendants OFFICER LUIS ORTIZ and OFFICER DANA MERCER")],
     date="October 28, 2025")

case("westwind",
     p_full="WESTWIND CHARTER ACADEMIES, a California nonprofit public benefit corporation", p_short="Westwind",
     d_full="EDULOGIX LEARNING SYSTEMS, INC.", d_short="Edulogix",
     p_role="Plaintiff", d_role="Defendant",
     action="Westwind Charter Academies v. Edulogix Learning Systems, Inc.",
     parties='Plaintiff Westwind Charter Academies ("Westwind") and Defendant Edulogix Learning Systems, Inc. ("Edulogix")',
     nature="Westwind alleges that Edulogix's student-information platform failed to perform as "
            "warranted, corrupting attendance and grade records at its six campuses during the "
            "2023-2024 school year. Edulogix contends that the failures were caused by "
            "Westwind's data migration.",
     categories=[
         ("Student records, attendance data, and grade histories extracted from the platform.",
          "These records are protected by FERPA and identify thousands of minor students."),
         ("Edulogix's platform architecture documents, database schemas, and incident tickets.",
          "These documents describe how the platform stores student data for other school districts and could be used to attack it."),
         ("The parties' pricing, implementation budgets, and communications with other charter networks.",
          "Edulogix's pricing to Westwind is confidential by contract, and other districts would use it in their own negotiations."),
     ],
     counsel=[C("Theresa M. Obi", "278845", "tobi@obieducationlaw.example", "OBI EDUCATION LAW",
                "350 North Glendale Avenue, Suite 400", "Glendale, California 91206", "(818) 555-0125",
                "Attorneys for Plaintiff WESTWIND CHARTER ACADEMIES"),
              C("Carl E. Lundquist", "231983", "clundquist@matheson-reid.example", "MATHESON REID LLP",
                "18500 Von Karman Avenue, Suite 600", "Irvine, California 92612", "(949) 555-0198",
                "Attorneys for Defendant EDULOGIX LEARNING SYSTEMS, INC.")],
     date="November 18, 2025")

case("ibarra",
     p_full="ROBERTO IBARRA", p_short="Plaintiff",
     d_full="COUNTY OF RIVERBEND; and DEPUTY STEVEN HALE", d_short="the County",
     p_role="Plaintiff", d_role="Defendants",
     action="Ibarra v. County of Riverbend",
     parties="Plaintiff Roberto Ibarra and Defendants County of Riverbend and Deputy Steven Hale",
     nature="Plaintiff alleges that a sheriff's deputy shot him during a welfare check at his "
            "home in 2016, in violation of the Fourth Amendment. Defendants contend that the "
            "deputy acted in self-defense.",
     categories=[
         ("The deputy's personnel file, training records, and prior use-of-force reports.",
          "These records are confidential under California Penal Code section 832.7 and contain the deputy's home address and family information."),
         ("The homicide-team investigation file, including witness interviews and crime-scene photographs.",
          "The file contains interviews of Plaintiff's minor children and photographs of the interior of the family home."),
         ("Plaintiff's medical records and psychiatric history.",
          "These records describe Plaintiff's mental-health crisis on the day of the shooting and his later treatment."),
     ],
     counsel=[C("Alicia M. Fuentes", "270118", "afuentes@fuentescivilrights.example", "FUENTES CIVIL RIGHTS LAW",
                "3880 Lemon Street, Suite 520", "Riverside, California 92501", "(951) 555-0113",
                "Attorneys for Plaintiff ROBERTO IBARRA"),
              C("Gordon T. Whitlow", "219947", "gwhitlow@whitlowpublic.example", "WHITLOW PUBLIC ENTITY LAW",
                "3801 University Avenue, Suite 560", "Riverside, California 92501", "(951) 555-0188",
                "Attorneys for Defendants COUNTY OF RIVERBEND and DEPUTY STEVEN HALE")],
     date="March 2, 2017")

case("cole",
     p_full="SHARON COLE", p_short="Plaintiff",
     d_full="HIGH DESERT MEDICAL CENTER; and DR. ALAN PRICE", d_short="High Desert",
     p_role="Plaintiff", d_role="Defendants",
     action="Cole v. High Desert Medical Center",
     parties='Plaintiff Sharon Cole and Defendants High Desert Medical Center ("High Desert") and Dr. Alan Price',
     nature="Plaintiff, a former nurse, alleges that High Desert retaliated against her for "
            "reporting unsafe staffing ratios, in violation of the False Claims Act and "
            "California Health and Safety Code section 1278.5. Defendants deny the allegations.",
     categories=[
         ("Patient census, staffing-ratio, and acuity records for the emergency department.",
          "These records identify patients by medical record number and describe their conditions; they are protected health information."),
         ("Peer-review and quality-committee records.",
          "These records are privileged under California Evidence Code section 1157, and their disclosure would discourage candid peer review."),
         ("Personnel files of Plaintiff and of the nurses and supervisors involved.",
          "These files contain non-party employees' evaluations, discipline, and medical leaves."),
     ],
     counsel=[C("Olivia P. Sandberg", "286004", "osandberg@sandbergnurseslaw.example", "SANDBERG NURSES' LAW",
                "14350 Civic Drive, Suite 270", "Victorville, California 92392", "(760) 555-0133",
                "Attorneys for Plaintiff SHARON COLE"),
              C("Russell E. Cahill", "214478", "rcahill@cahillwren.example", "CAHILL WREN LLP",
                "3750 University Avenue, Suite 400", "Riverside, California 92501", "(951) 555-0162",
                "Attorneys for Defendants HIGH DESERT MEDICAL CENTER and DR. ALAN PRICE")],
     date="August 9, 2018")

case("castaneda",
     p_full="LUIS CASTANEDA, individually and on behalf of all others similarly situated", p_short="Plaintiff",
     d_full="SUNRISE HARVEST PACKING, LLC; and DOES 1-50", d_short="Sunrise",
     p_role="Plaintiff", d_role="Defendants",
     action="Castaneda v. Sunrise Harvest Packing, LLC",
     parties='Plaintiff Luis Castaneda and Defendant Sunrise Harvest Packing, LLC ("Sunrise")',
     nature="Plaintiff alleges that Sunrise failed to pay packing-house workers in Coachella "
            "for pre-shift sanitation time and did not provide heat-recovery breaks. Sunrise "
            "denies the allegations.",
     categories=[
         ("Payroll and time records of packing-house employees.",
          "These records identify non-party employees with their pay rates and hours."),
         ("Sunrise's grower contracts and per-carton pricing.",
          "Competing packing houses would use the pricing to bid for Sunrise's growers."),
     ],
     counsel=[C("Marisela J. Ochoa", "297718", "mochoa@desertworkerslaw.example", "DESERT WORKERS LAW CENTER",
                "73-710 Fred Waring Drive, Suite 204", "Palm Desert, California 92260", "(760) 555-0151",
                "Attorneys for Plaintiff LUIS CASTANEDA"),
              C("Trevor A. Lindsey", "244871", "tlindsey@coachellaag.example", "COACHELLA AG DEFENSE LLP",
                "3801 University Avenue, Suite 700", "Riverside, California 92501", "(951) 555-0106",
                "Attorneys for Defendant SUNRISE HARVEST PACKING, LLC")],
     date="October 2, 2025")

case("lopez",
     p_full="ANTONIO LOPEZ", p_short="Plaintiff",
     d_full="COUNTY OF RIO SECO; DEPUTY AARON FLYNN; and DOES 1-10", d_short="the County",
     p_role="Plaintiff", d_role="Defendants",
     action="Lopez v. County of Rio Seco",
     parties="Plaintiff Antonio Lopez and Defendants County of Rio Seco and Deputy Aaron Flynn",
     nature="Plaintiff alleges that a deputy used a police dog on him after he surrendered "
            "following a vehicle pursuit, in violation of the Fourth Amendment. Defendants "
            "contend that Plaintiff was resisting.",
     categories=[
         ("The deputy's personnel file and the canine unit's deployment records.",
          "These records are confidential under California Penal Code section 832.7 and describe the deputy's family and home."),
         ("Patrol-car and helicopter video of the pursuit and arrest.",
          "The video shows the faces and license plates of non-party motorists and residents."),
         ("Plaintiff's medical records for the dog-bite injuries and his probation file.",
          "These records describe Plaintiff's injuries and criminal history, which he is entitled to keep private."),
     ],
     counsel=[C("Hilda R. Carranza", "261145", "hcarranza@carranzarights.example", "CARRANZA CIVIL RIGHTS",
                "3890 Eleventh Street, Suite 210", "Riverside, California 92501", "(951) 555-0130",
                "Attorneys for Plaintiff ANTONIO LOPEZ"),
              C("Dennis P. Moravec", "208817", "dmoravec@moravecpublic.example", "MORAVEC PUBLIC LAW",
                "2855 East Guasti Road, Suite 400", "Ontario, California 91761", "(909) 555-0173",
                "Attorneys for Defendants COUNTY OF RIO SECO and DEPUTY AARON FLYNN")],
     date="June 12, 2017")

case("mojave",
     p_full="MOJAVE TRAILS OUTFITTERS, INC.", p_short="Mojave Trails",
     d_full="DESERT SUN RENTALS, LLC; and JARED COLLINS", d_short="Desert Sun",
     p_role="Plaintiff", d_role="Defendants",
     action="Mojave Trails Outfitters, Inc. v. Desert Sun Rentals, LLC",
     parties='Plaintiff Mojave Trails Outfitters, Inc. ("Mojave Trails") and Defendants Desert Sun Rentals, LLC ("Desert Sun") and Jared Collins',
     nature="Mojave Trails alleges that its former manager, Jared Collins, took its customer "
            "list and booking software when he left to found Desert Sun, an off-road vehicle "
            "rental company near Joshua Tree. Defendants deny the allegations.",
     categories=[
         ("Customer lists and booking histories.",
          "The lists identify thousands of non-party customers and their contact and payment details, and competitors would use them to solicit Mojave Trails' repeat customers."),
         ("Source code and configuration files of the parties' booking systems.",
          "The code is proprietary and would allow competitors to copy the systems."),
         ("Financial statements, pricing, and seasonal revenue reports.",
          "These reports show each company's margins and its peak-season pricing strategy."),
     ],
     counsel=[C("Wendell J. Prater", "239961", "wprater@highdesertlaw.example", "HIGH DESERT BUSINESS LAW",
                "15490 Civic Drive, Suite 103", "Victorville, California 92392", "(760) 555-0149",
                "Attorneys for Plaintiff MOJAVE TRAILS OUTFITTERS, INC."),
              C("Ines M. Calderwood", "250384", "icalderwood@calderwoodfirm.example", "CALDERWOOD FIRM",
                "3403 Tenth Street, Suite 525", "Riverside, California 92501", "(951) 555-0185",
                "Attorneys for Defendant DESERT SUN RENTALS, LLC"),
              C("Peter K. Hollingsworth", "246029", "phollingsworth@hollingsworthdefense.example", "HOLLINGSWORTH DEFENSE",
                "10535 Foothill Boulevard, Suite 300", "Rancho Cucamonga, California 91730", "(909) 555-0110",
                "Attorneys for Defendant JARED COLLINS")],
     date="February 26, 2018")

case("pinnacle",
     p_full="PINNACLE RIDGE HOMEOWNERS ASSOCIATION", p_short="the Association",
     d_full="TERRA FIRMA BUILDERS, INC.; and DOES 1-30", d_short="Terra Firma",
     p_role="Plaintiff", d_role="Defendants",
     action="Pinnacle Ridge Homeowners Association v. Terra Firma Builders, Inc.",
     parties='Plaintiff Pinnacle Ridge Homeowners Association (the "Association") and Defendant Terra Firma Builders, Inc. ("Terra Firma")',
     nature="The Association alleges that Terra Firma built the 212-home Pinnacle Ridge "
            "development in Temecula with defective slope drainage, causing soil movement and "
            "cracking. Terra Firma contends that the damage results from homeowner irrigation.",
     categories=[
         ("Terra Firma's subcontracts, bid packages, and job-cost reports.",
          "These documents reveal Terra Firma's costs and subcontractor pricing, which competing builders would use to outbid it."),
         ("Homeowners' repair records, insurance claims, and home-sale documents.",
          "These records contain non-party homeowners' financial information and sale prices."),
         ("Geotechnical investigation reports commissioned for pending sales of adjacent parcels.",
          "The reports were prepared for prospective buyers under confidentiality agreements and would affect pending land sales if released."),
     ],
     counsel=[C("Celeste N. Ambrose", "268092", "cambrose@ambroseconstructionlaw.example", "AMBROSE CONSTRUCTION LAW",
                "41000 Main Street, Suite 300", "Temecula, California 92590", "(951) 555-0102",
                "Attorneys for Plaintiff PINNACLE RIDGE HOMEOWNERS ASSOCIATION"),
              C("Graham T. Sutcliffe", "233416", "gsutcliffe@sutcliffewade.example", "SUTCLIFFE WADE LLP",
                "3200 Park Center Drive, Suite 900", "Costa Mesa, California 92626", "(714) 555-0160",
                "Attorneys for Defendant TERRA FIRMA BUILDERS, INC.")],
     date="September 8, 2025")

case("oceanic",
     p_full="OCEANIC CONTAINER SERVICES, INC.", p_short="Oceanic",
     d_full="PORTSIDE DRAYAGE COMPANY; and DOES 1-10", d_short="Portside",
     p_role="Plaintiff", d_role="Defendants",
     action="Oceanic Container Services, Inc. v. Portside Drayage Company",
     parties='Plaintiff Oceanic Container Services, Inc. ("Oceanic") and Defendant Portside Drayage Company ("Portside")',
     nature="Oceanic alleges that Portside breached a 2023 drayage services agreement by "
            "diverting containers to a competing terminal operator and overbilling detention "
            "charges. Portside contends that the charges were authorized.",
     categories=[
         ("Container movement records, terminal appointment data, and GPS logs.",
          "These records reveal the cargo owners, routes, and schedules of non-party importers, and could be used to target high-value shipments."),
         ("Rate sheets, detention-billing records, and customer contracts.",
          "Drayage rates are negotiated confidentially, and their disclosure would let competitors undercut the parties with their existing shippers."),
         ("Communications with the competing terminal operator.",
          "The terminal operator is a non-party whose pricing and capacity plans are confidential."),
     ],
     counsel=[C("Lorenzo V. Dimas", "280449", "ldimas@harborgatelaw.example", "HARBORGATE LAW LLP",
                "100 Oceangate, Suite 1200", "Long Beach, California 90802", "(562) 555-0120",
                "Attorneys for Plaintiff OCEANIC CONTAINER SERVICES, INC."),
              C("Esther K. Montrose", "237354", "emontrose@montrosefaber.example", "MONTROSE FABER LLP",
                "515 South Figueroa Street, Suite 1100", "Los Angeles, California 90071", "(213) 555-0191",
                "Attorneys for Defendant PORTSIDE DRAYAGE COMPANY")],
     date="November 4, 2025")
