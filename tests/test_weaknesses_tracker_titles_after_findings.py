"""A plan's summary table names each area by a short title ("PR1 Needs assessment") after another table gave the
findings in full: the title is the tracker's name for a finding already taken, not another."""

from __future__ import annotations

from tests.weakness_pages import texts

FINDINGS = [
    "The slow and inconsistent needs assessment process, with too many plans finalised after twenty weeks",
    "Poor information for families about the short breaks and activities available in the borough",
    "The weak oversight of pupils with SEND placed on reduced school timetables",
]
PAGE = (
    "Report of the Director of Children's Services to the Cabinet on the area's Written Statement of\n"
    "Action, which the local area must submit to Ofsted following the joint inspection of the area by\n"
    "Ofsted and the Care Quality Commission in the autumn, and which partners have now agreed.\n"
    "Annex 1: Areas of significant weakness identified by inspectors\n"
    "The inspection letter from Ofsted and the CQC required the area to prepare a Written Statement of\n"
    "Action setting out how it will address the following areas of significant\n"
    "weakness:\n"
    "| Area of significant weakness | Plan priority | Lead\n"
    + "".join(f"{n} | {text} | PR{n} | Head of Service\n" for n, text in enumerate(FINDINGS, start=1))
    + "Annex 2: Written Statement of Action - summary of priorities and actions\n"
    "Priority Actions (summary) Lead officer By\n"
    "PR1 Needs assessment | Restructured assessment team; weekly tracking | Head of SEN | Sep 2020\n"
    "PR2 Information for families | Revised local offer pages; termly newsletters | Head of Early Help | Jul 2020\n"
    "PR3 Reduced timetables | Register of reduced timetables; termly audit | Head of Inclusion | Dec 2020\n"
    "The Cabinet is asked to approve the Written Statement of Action for submission by the end of the\n"
    "month, and to note that progress will be reported to the Children's Scrutiny Committee each term.\n"
)


def test_short_titles_in_a_later_table_are_not_more_findings():
    found = texts(PAGE)
    assert all(finding in found for finding in FINDINGS)
    assert not any(text.startswith("PR") for text in found)
