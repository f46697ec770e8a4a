"""A web page's table given one cell a paragraph may have four columns, the findings first or after a reference
column ("Ref / Finding / Lead / Target date" over "PA1 / <finding> / <lead> / <date>"): each row's findings cell
is an item, as in the two- and three-column tables."""

from __future__ import annotations

from tests.weakness_pages import texts

ROWS = [
    ("PA1", "Leaders should work together to improve the timeliness of EHC needs assessments.", "Director of Education",
     "March 2026"),
    ("PA2", "Leaders should reduce the time children wait for autism assessments.", "ICB Place Director",
     "March 2026"),
    ("AFI1", "Leaders should make sure that families know what support is available.", "Head of SEND",
     "September 2025"),
]
PAGE = "\n\n".join(
    ["Decision details", "Area SEND inspection: Priority Action Plan",
     "The inspection by Ofsted and the Care Quality Commission in March 2025 found inconsistent experiences for "
     "children with SEND. The findings, and the lead for each, are summarised in the table below.",
     "Ref", "Finding", "Lead", "Target date"]
    + [cell for row in ROWS for cell in row]
    + ["Progress will be reviewed at six-monthly stocktake meetings."]) + "\n"


def test_a_four_column_web_table_with_a_reference_column_gives_its_findings_cells():
    assert texts(PAGE) == [row[1] for row in ROWS]


def test_a_four_column_web_table_with_the_findings_first():
    page = PAGE.replace("Ref\n\nFinding\n\nLead\n\nTarget date", "Finding\n\nLead\n\nTarget date\n\nRAG")
    for ref, *_ in ROWS:
        page = page.replace(f"\n\n{ref}\n\n", "\n\n")
    page = page.replace("March 2026\n\n", "March 2026\n\nAmber\n\n").replace("September 2025\n\n",
                                                                          "September 2025\n\nGreen\n\n")
    assert texts(page) == [row[1] for row in ROWS]
