"""An inspection that "asked the partnership to improve in two respects: ensuring that A, and ensuring that B"
names its areas after the colon, each item whole with its gerund; "to improve in four areas." with no colon names
none of them."""

from __future__ import annotations

from tests.weakness_pages import texts


def test_gerund_items_after_counted_respects():
    page = ("12 AREA SEND INSPECTION\n\nThe Head of SEND presented the outcome of the area SEND inspection of the "
            "local area partnership, which Ofsted and the CQC carried out in June 2025.\n\n"
            "Officers explained that inspectors had asked the partnership to improve in two respects: ensuring that "
            "transition plans for young people are written by Year 9 and reviewed each year, and ensuring that "
            "children waiting for therapy are offered support while they wait, including advice for parents.\n\n"
            "An action plan had been agreed.\n")
    assert texts(page) == [
        "ensuring that transition plans for young people are written by Year 9 and reviewed each year",
        "ensuring that children waiting for therapy are offered support while they wait, including advice for "
        "parents",
    ]


def test_improve_in_counted_areas_without_a_colon_names_none():
    page = ("Ofsted and the CQC inspected the local area partnership in June 2025. Inspectors asked the partnership "
            "to improve in four areas. An action plan has been written.\n")
    assert not any("four areas" in text for text in texts(page))
