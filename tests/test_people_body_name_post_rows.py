"""A board's membership table read as lines of body, name and post ("NHS Westshire ICB | Jo Bloggs |
Director of Commissioning", the cell bars perhaps lost): the organisation's word before the name is the
body's cell, not part of a body's name, when the post after the name opens with a post's own word.
Invented pages."""

from __future__ import annotations

import pytest

from pipeline.extract import people
from pipeline.extract.common.structure import segment
from pipeline.extract.people.names import person_key
from pipeline.records import Page


def run(*texts: str):
    doc = segment([Page(i + 1, t) for i, t in enumerate(texts)])
    return {person_key(p.name): p for p in people.extract(doc)}


MEMBERSHIP = ("Board membership\n"
              "Organisation Member Role on the Board\n"
              "Westshire County Council Rowena Fellbeck Executive Director of Children's Services\n"
              "NHS Westshire ICB Colm Ashworthy Director of Children's Commissioning\n"
              "Westshire Parent Carer Network Lydia Marchmont Co-Chair\n"
              "Schools Ivo Penderell Headteacher, Fenmoor Primary School\n")


@pytest.mark.parametrize("key, kind", [(("fellbeck", "r"), "officer"), (("ashworthy", "c"), "officer"),
                                       (("marchmont", "l"), "other"), (("penderell", "i"), "other")])
def test_a_name_between_a_bodys_cell_and_a_post_is_a_person(key, kind):
    found = run(MEMBERSHIP)
    assert found[key].kind == kind
    assert "body-name-post-row" in found[key].evidence


@pytest.mark.parametrize("text", [
    "The West Combined Authority Chief Executive Office will report.\nMayoral Combined Authority Chief Executive\n",
    "Approved by the Liberal Democrat Leader of the Group\n",
])
def test_a_body_whose_name_runs_into_a_post_is_no_person(text):
    found = run(text)
    assert not any("body-name-post-row" in p.evidence for p in found.values())
