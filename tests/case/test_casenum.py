"""Case numbers in the forms C.D. Cal. dockets print: read, never rewritten."""

from __future__ import annotations

import pytest

from pogen.case.casenum import parse_case_number

# (as printed, division, district judge's initials, magistrate judge's initials); every
# form below was seen on a filed C.D. Cal. document (docs/reference/judges.md sources) or
# is named in issue 11.
FORMS = [
    ("2:24-cv-07416-SRM-SSC", "western", "SRM", "SSC"),
    ("2:19cv01234-AB-KS", "western", "AB", "KS"),
    ("8:23-CV-00456MRA(ADSx)", "southern", "MRA", "ADS"),
    ("5:20-cv-01166-SB (SPx)", "eastern", "SB", "SP"),
    ("8:24-cv-00074-MRA (JDEx)", "southern", "MRA", "JDE"),
    ("2:22-cv-05227 WLH-MAA", "western", "WLH", "MAA"),
    ("2:20-cv-07872-GW-PVCx", "western", "GW", "PVC"),
    ("5:15-CV-01417-DSF (JCG)", "eastern", "DSF", "JCG"),
    ("2:15-cv-08021-ODW (GJS)", "western", "ODW", "GJS"),
    ("2:15-cv-7354-BRO(AFMx)", "western", "BRO", "AFM"),
    ("2:22-cv-04302 SVW(JEMx)", "western", "SVW", "JEM"),
    ("CV 11-00531 CAS (SSx)", "western", "CAS", "SS"),
    ("CV 17-465-GW (GJSx)", "western", "GW", "GJS"),
    ("CV17-08691-FMO(AFMx)", "western", "FMO", "AFM"),
    ("CV14-9183 GW (JPRx)", "western", "GW", "JPR"),
    ("CV 21-8827-DDP (KK)", "western", "DDP", "KK"),
    ("EDCV 16-1224-JGB (KKx)", "eastern", "JGB", "KK"),
    ("EDCV 10-00973 VAP(DTBx)", "eastern", "VAP", "DTB"),
    ("SACV14-1886 JVS (DFMx)", "southern", "JVS", "DFM"),
    ("SA CV 15-0687-DOC (DFMx)", "southern", "DOC", "DFM"),
    ("ED CV 16-1472-JGB (KKx)", "eastern", "JGB", "KK"),
    ("2:24-cv-07416-srm-ssc", "western", "SRM", "SSC"),
    ("5:13-cv-01469-JAK-PLAx", "eastern", "JAK", "PLA"),
    ("2:12-CV-10669-ODW (PLAx)", "western", "ODW", "PLA"),
    ("2:24-cv-07416-SRM", "western", "SRM", ""),
    ("2:24-cv-07416", "western", "", ""),
    ("2:25-cv-01234 (MARx)", "western", "", "MAR"),
]


@pytest.mark.parametrize(("text", "division", "district", "magistrate"), FORMS)
def test_forms_the_court_prints_are_read(
    text: str, division: str, district: str, magistrate: str
) -> None:
    number = parse_case_number(text)
    assert number.recognised
    assert number.text == text  # printed exactly as given
    assert (number.division, number.district_initials, number.magistrate_initials) == (
        division,
        district,
        magistrate,
    )


@pytest.mark.parametrize(
    "text",
    ["MC JFW(SKx)", "3:24-cv-01234-ABC-DEF", "2:24-cr-00123-ABC", "24-cv-1234", "Case No. 2:24"],
)
def test_other_forms_are_unknown_not_guessed(text: str) -> None:
    number = parse_case_number(text)
    assert not number.recognised
    assert (number.text, number.division, number.magistrate_initials) == (text, "", "")
