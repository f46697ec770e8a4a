"""What a finder said someone should improve, retold in the past as minutes tell it ("Inspectors had found that the
partnership needed to improve A, B and C"): each object of the series is a finding, as "should improve A, B and C"
already was."""

from __future__ import annotations

from tests.weakness_pages import texts


def test_needed_to_improve_a_series_in_reported_speech():
    page = (
        "The Committee received a report on the outcome of the joint Ofsted and CQC inspection of the local area's "
        "SEND arrangements.\n"
        "The inspectors had found that the local area partnership needed to improve the quality of EHC plans, the "
        "support for pupils at SEN support in secondary schools and the information the local offer gives "
        "families.\n"
        "Members asked when the new plan would be published.\n"
    )
    assert texts(page) == ["the quality of EHC plans", "the support for pupils at SEN support in secondary schools",
                           "the information the local offer gives families"]


def test_had_to_improve_one_object_is_the_whole_request():
    page = (
        "The Committee received a report on the joint Ofsted and CQC inspection of the area's SEND arrangements.\n"
        "The report said that leaders had to improve the oversight of pupils in unregistered alternative "
        "provision, and the Director explained the steps already taken.\n"
    )
    found = texts(page)
    assert all("Director" not in item for item in found)


def test_a_members_view_of_what_the_council_needed_to_improve_is_no_finding():
    page = (
        "The Committee received a report on the joint Ofsted and CQC inspection of the area's SEND arrangements.\n"
        "Councillor Ash said that the council needed to improve the transport offer, the parking at the civic "
        "centre and the webcasting of meetings.\n"
    )
    assert texts(page) == []
