"""Areas given only as a tracker's rows spanning the whole table ("Area n: <the area>", wrapped), each over its
ruled action rows, numbered on past the rows and a page break with the header repeated: each banner to its first
row is one area, the label left out. Banners that judge nothing ("Area 1: Communication") are workstreams."""

from __future__ import annotations

from tests.weakness_pages import texts

PAGE_1 = (
    "Appendix A: Written Statement of Action progress tracker, after the Ofsted and CQC inspection of 2019\n"
    "Ref Action Lead Target date Progress RAG\n"
    "Area 1: The lack of a shared strategy for SEND across education, health and social care, and weak\n"
    "joint self-evaluation\n"
    "1.1 | Agree a joint SEND strategy | SEND Board | September 2020 | Agreed | G\n"
    "1.2 | Refresh the self-evaluation | Head of SEND | March 2021 | Done | G\n"
    "Area 2: The long waits for autism assessment, and the lack of support for families while they wait\n"
    "2.1 | Commission extra assessments | CCG | July 2021 | Provider started | A\n"
)
PAGE_2 = (
    "Ref Action Lead Target date Progress RAG\n"
    "Area 3: The poor quality of EHC plans\n"
    "3.1 | Audit plans each month | Head of SEND | November 2020 | Monthly audits | G\n"
)


def test_each_banner_over_ruled_rows_is_one_area():
    assert texts(PAGE_1, PAGE_2) == [
        "The lack of a shared strategy for SEND across education, health and social care, and weak joint "
        "self-evaluation",
        "The long waits for autism assessment, and the lack of support for families while they wait",
        "The poor quality of EHC plans",
    ]


def test_banners_that_judge_nothing_are_workstreams():
    page = PAGE_1.replace("Area 1: The lack of a shared strategy for SEND across education, health and social "
                          "care, and weak\njoint self-evaluation", "Area 1: Strategy and governance") \
        .replace("Area 2: The long waits for autism assessment, and the lack of support for families while they wait",
                 "Area 2: Autism pathway")
    assert texts(page) == []
