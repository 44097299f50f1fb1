"""Each category and harm rule of pogen.case.quality, with names and harms of our own."""

from __future__ import annotations

import pytest

from pogen.case.quality import judge_category_name, judge_harm


@pytest.mark.parametrize(
    "name",
    [
        "payroll records",
        "warehouse routing software source code",
        "time-clock punch exports from the Paycom system",
        "information contained in the claims adjusters' activity logs",
        "personal data of class members, namely names and e-mail addresses",
        "account data (balances and routing numbers)",
        "internal affairs investigation files",
        "the franchisor's confidential operations manual",
        "correspondence with the FDA about the recall",
    ],
)
def test_concrete_kinds_of_document_pass(name: str) -> None:
    assert judge_category_name(name) is None


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("non-public personal information", "information"),
        ("non-public information about the parties' business practices", "information"),
        ("sensitive commercial data", "data"),
        ("proprietary know-how", "know-how"),
        ("confidential business matters", "matters"),
    ],
)
def test_an_abstract_head_is_a_label_whatever_its_adjectives(name: str, head: str) -> None:
    finding = judge_category_name(name)
    assert finding is not None
    assert finding.code == "category-conclusory"
    assert f"{head!r} is not a kind of document" in finding.message


@pytest.mark.parametrize(
    "name", ["internal documents", "Acme's business records", "financial files"]
)
def test_a_generic_document_word_needs_a_concrete_kind(name: str) -> None:
    finding = judge_category_name(name)
    assert finding is not None
    assert finding.code == "category-conclusory"
    assert "does not say which" in finding.message


@pytest.mark.parametrize(
    "name",
    [
        "materials as defined by the parties",
        "information which has not been made public",
        "documents produced by third parties",
        "all documents concerning the accident",
        "pricing spreadsheets and the like",
        "any records a party designates confidential",
    ],
)
def test_catch_alls_are_caught_by_what_they_are(name: str) -> None:
    finding = judge_category_name(name)
    assert finding is not None
    assert finding.code == "category-catch-all"


GOOD = (
    "Two of the supervisors' former customers have already threatened them online, and "
    "their home addresses in these files would let those customers find them."
)


def test_a_harm_that_says_who_could_do_what_passes() -> None:
    assert judge_harm(GOOD, "supervisor personnel files", "") is None
    short = "Rival growers holding the rates would undercut the 2026 bids."
    assert judge_harm(short, "grower contracts", "") is None


@pytest.mark.parametrize(
    "harm",
    [
        "These files are confidential and are protected from disclosure by state law.",
        "The routing code reflects eight years of engineering work and a large investment.",
        "The parties have agreed that these records should be kept confidential.",
    ],
)
def test_describing_the_material_is_no_consequence(harm: str) -> None:
    finding = judge_harm(harm, "routing source code", "")
    assert finding is not None
    assert finding.code == "harm-no-consequence"


@pytest.mark.parametrize(
    "harm",
    [
        "Disclosure would cause Acme irreparable injury and a loss of goodwill with customers.",
        "The defendant would suffer annoyance, embarrassment and oppression from disclosure.",
        "Disclosure of Acme's rate sheets would hurt Acme Widgets.",
        "Acme would be harmed in its licensing business if this came out.",
        "Without an order, each request would have to be litigated one by one, delaying the case.",
    ],
)
def test_a_consequence_made_of_stock_words_is_boilerplate(harm: str) -> None:
    finding = judge_harm(harm, "rate sheets", "")
    assert finding is not None
    assert finding.code == "harm-boilerplate"


def test_a_harm_that_repeats_the_category() -> None:
    finding = judge_harm(
        "Disclosure would reveal the warehouse supervisors' personnel files and reviews.",
        "warehouse supervisors' personnel files",
        "performance reviews of warehouse supervisors",
    )
    assert finding is not None
    assert finding.code == "harm-repeats-category"
