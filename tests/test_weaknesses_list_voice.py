"""A list whose first items each say what someone should do, as the 2023 framework words its findings, ends before
the first item that states a plain fact in another voice: a presentation's next points given in the same marker
style once the findings' nesting is lost ("- The plan was submitted on D.", "- Since the inspection, the proportion
... had risen ...")."""

from __future__ import annotations

from tests.weakness_pages import texts

PRESENTATION = (
    "5. AREA SEND INSPECTION: PROGRESS\n"
    "\n"
    "The Director gave a presentation. The main points were:\n"
    "\n"
    "- Ofsted and the CQC inspected the local area partnership in March 2025 under the framework introduced in 2023.\n"
    "- The inspection identified the following priority actions and areas for improvement:\n"
    "- Leaders should improve the timeliness of EHC needs assessments.\n"
    "- The ICB should reduce the waits for occupational therapy.\n"
    "- Leaders should make sure that families know what support is available.\n"
    "- The Priority Action Plan was submitted to Ofsted on 2 June 2025 and the first review took place in July.\n"
    "- Inspectors had praised the work of the early years inclusion team.\n"
    "- Since the inspection, the share of plans issued within 20 weeks had risen from 40% to 55%.\n"
    "\n"
    "RESOLVED that the presentation be noted.\n"
)


def test_a_should_list_ends_at_the_first_plain_statement():
    assert texts(PRESENTATION) == [
        "Leaders should improve the timeliness of EHC needs assessments.",
        "The ICB should reduce the waits for occupational therapy.",
        "Leaders should make sure that families know what support is available.",
    ]


def test_a_should_list_keeps_a_later_item_that_judges():
    page = PRESENTATION.replace("- The Priority Action Plan was submitted to Ofsted on 2 June 2025 and the first review "
                                "took place in July.\n",
                                "- Too many children wait more than a year for an autism assessment.\n")
    assert "Too many children wait more than a year for an autism assessment." in texts(page)
