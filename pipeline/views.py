"""The views researchers compare areas with: what each says and the SQL behind it.

``area_timeline`` lists every extracted milestone; ``milestone_checks`` sets each
extracted inspection, outcome letter, re-visit and re-visit outcome beside the
official date it should match; ``area_summary`` puts every English SEND local
area's official and extracted record side by side, with durations in months.
"""

from __future__ import annotations

# An ISO day or month as a day SQLite can count with (a month counts as its 1st).
def day(expr: str) -> str:
    return f"(case when length({expr}) = 7 then {expr} || '-01' else substr({expr}, 1, 10) end)"


def before(a: str, b: str) -> str:
    """SQL: ``a`` is earlier than ``b`` as the papers give them (a month counts as its 1st)."""
    return f"({day(a)} < {day(b)})"


def months(start: str, end: str) -> str:
    """Whole-month-ish duration, one decimal; empty when either date is missing."""
    return f"round((julianday({day(end)}) - julianday({day(start)})) / 30.44, 1)"


VIEWS: dict[str, dict] = {
    "area_timeline": {
        "description": "One row per council and SEND milestone, in date order: when each area was inspected, submitted and had its WSoA approved, was re-visited or directed.",
        "columns": {
            "council_code": "Local-authority code.",
            "council": "Council name.",
            "region": "Region of the council.",
            "type": "Milestone type (see events.type).",
            "start_date": "Date or month of the milestone.",
            "end_date": "End of the milestone when a range.",
            "text": "The clause that states it.",
            "document_id": "The document it was read from.",
            "document": "Title of that document.",
            "page": "Page of the document.",
            "source_link": "The published document at that page.",
            "page_link": "The page inside Datasette with the clause highlighted.",
        },
    },
    "milestone_checks": {
        "description": (
            "Every extracted inspection, outcome-letter, re-visit and re-visit-outcome milestone beside the official date "
            "it should match (official_outcomes): agree when equal within the extracted date's precision (the same day, "
            "or a day within the inspection week; the same month for a month), conflict when the official record covers "
            "that time and says otherwise, no official record when the area has no official date of that kind in a file "
            "covering that time (see official_sources: the 2016 statistics end in August 2022, re-visits after that are not in them)."),
        "columns": {
            "event_id": "The milestone (links to events).",
            "council_code": "Local-authority code.",
            "council": "Council name.",
            "type": "inspection, outcome-letter (official: publication date), revisit or revisit-outcome (official: re-visit publication).",
            "extracted_date": "Date or month read from the papers.",
            "precision": "day or month: how precisely the papers give the date.",
            "official_date": "The nearest official date of that kind for the area (inspection start, publication, re-visit start or publication).",
            "official_end": "Last day of the official inspection (2016-framework inspections lasted five days, Monday to Friday: start + 4 days); an extracted day inside the week agrees.",
            "framework": "Inspection framework of the official record (2016 or 2023).",
            "days_apart": "Days between the extracted date and the official one (0 when they agree; negative: the papers give an earlier date).",
            "verdict": "agree, conflict or no official record.",
            "text": "The clause that states the milestone.",
            "document_id": "The document it was read from.",
            "document": "Title of that document.",
            "page": "Page of the document.",
            "source_link": "The published document at that page.",
            "page_link": "The page inside Datasette with the clause highlighted.",
            "official_outcome_id": "The official row compared with (links to official_outcomes).",
        },
    },
    "area_summary": {
        "description": (
            "Every English SEND local area (153), and any other council with papers, side by side: Ofsted's official "
            "inspection, outcome, WSoA, weaknesses and re-visit beside what the papers say, durations in months, dates "
            "out of order, conflicts with the official record and how many documents we hold."),
        "columns": {
            "council_code": "Local-authority code.",
            "council": "Council name.",
            "region": "Region.",
            "la_number": "DfE's 3-digit LA number.",
            "send_area": "1 for the 153 English SEND local areas.",
            "official_inspection": "Official start of the 2016-framework inspection (Ofsted).",
            "official_wsoa_required": "Official: 1 when a WSoA was required, 0 when not.",
            "official_weaknesses": "Official number of significant weaknesses.",
            "extracted_weaknesses": "Weaknesses extracted from the papers (significant weaknesses and areas for improvement).",
            "official_revisit": "Official start of the re-visit.",
            "official_revisit_outcome": "Official re-visit outcome: sufficient progress in all, some or none of the weaknesses.",
            "inspection_2023": "Official start of the latest 2023-framework inspection.",
            "grade_2023": "Its outcome grade: 1 positive, 2 inconsistent, 3 widespread and/or systemic failings.",
            "next_inspection_due": "When the next full inspection is due by (2023 framework).",
            "first_inspection": "Earliest inspection date stated in the papers.",
            "wsoa_submitted": "Earliest date the papers say the WSoA was (or was due to be) submitted.",
            "wsoa_approved": "Earliest date the papers say the WSoA was approved.",
            "wsoa_approved_by": "Who approved it, where the clause says (a cabinet's approval is not Ofsted's acceptance).",
            "revisit": "Latest re-visit date in the papers.",
            "statutory_direction": "Earliest statutory direction or improvement notice date in the papers.",
            "months_to_wsoa_approved": "Months from the inspection (official, else extracted) to the WSoA's approval (extracted).",
            "months_to_revisit": "Months from the inspection to the re-visit (official dates, else extracted).",
            "months_to_direction": "Months from the inspection to the statutory direction.",
            "dates_out_of_order": "What is out of order among the papers' dates, a month counting as its 1st (WSoA approved before submitted, milestones before the inspection); empty when nothing is. See wsoa_approved_by: a cabinet may approve before the WSoA is submitted to Ofsted.",
            "conflicts": "Extracted milestones that conflict with the official record (see milestone_checks).",
            "themes": "Weakness themes found, as a JSON array.",
            "resolutions": "Number of resolution and recommendation clauses.",
            "send_resolutions": "Of those, how many are about SEND.",
            "documents": "Number of documents we hold.",
            "latest_document_date": "Meeting date of its most recent document.",
        },
    },
}

CHECKED_TYPES = "('inspection', 'outcome-letter', 'revisit', 'revisit-outcome')"

MILESTONE_CHECKS = f"""
with extracted as (
  select e.id as event_id, e.council_code, coalesce(c.name, e.council) as council, e.type, e.start_date,
    case when length(e.start_date) = 7 then 'month' else 'day' end as precision,
    {day('e.start_date')} as first_day,
    case when length(e.start_date) = 7 then date(e.start_date || '-01', '+1 month', '-1 day')
         else substr(e.start_date, 1, 10) end as last_day,
    e.text, e.document_id, d.title as document, e.page, e.source_link, e.page_link
  from events e
  join documents d on d.id = e.document_id
  left join councils c on c.code = e.council_code
  where e.type in {CHECKED_TYPES} and e.start_date is not null
),
official as (
  select id, council_code, framework, 'inspection' as type, inspection_start as first_day,
         coalesce(inspection_end, case when framework = '2016' then date(inspection_start, '+4 days') end,
                  inspection_start) as last_day
  from official_outcomes where inspection_start is not null
  union all
  select id, council_code, framework, 'outcome-letter', publication_date, publication_date
  from official_outcomes where publication_date is not null
  union all
  select id, council_code, framework, 'revisit', revisit_start, revisit_start
  from official_outcomes where revisit_start is not null
  union all
  select id, council_code, framework, 'revisit-outcome', revisit_publication, revisit_publication
  from official_outcomes where revisit_publication is not null
),
paired as (
  select x.*, o.id as official_outcome_id, o.framework, o.first_day as official_date, o.last_day as official_end,
    case when o.id is null then null
         when x.last_day < o.first_day then julianday(x.last_day) - julianday(o.first_day)
         when x.first_day > o.last_day then julianday(x.first_day) - julianday(o.last_day)
         else 0 end as days_apart,
    row_number() over (partition by x.event_id order by
      abs(case when x.last_day < o.first_day then julianday(x.last_day) - julianday(o.first_day)
               when x.first_day > o.last_day then julianday(x.first_day) - julianday(o.last_day)
               else 0 end)) as nearest
  from extracted x
  left join official o on o.council_code = x.council_code and o.type = x.type
),
covered as (
  select p.event_id, exists (
    select 1 from official_sources s
    where s.framework = p.framework and ',' || s.milestones || ',' like '%,' || p.type || ',%'
      and p.last_day >= s.covers_from and p.first_day <= s.covers_to) as covered
  from paired p where p.nearest = 1
)
select p.event_id, p.council_code, p.council, p.type, p.start_date as extracted_date, p.precision,
  p.official_date, case when p.official_end != p.official_date then p.official_end end as official_end,
  p.framework, cast(p.days_apart as integer) as days_apart,
  case when p.days_apart = 0 then 'agree'
       when p.official_outcome_id is not null and cv.covered then 'conflict'
       else 'no official record' end as verdict,
  p.text, p.document_id, p.document, p.page, p.source_link, p.page_link, p.official_outcome_id
from paired p join covered cv on cv.event_id = p.event_id
where p.nearest = 1
order by p.council, p.start_date, p.type"""

AREA_SUMMARY = f"""
with areas as (
  select code from councils where send_area = 1
  union select council_code from documents where council_code is not null
),
o2016 as (
  select * from official_outcomes o where framework = '2016'
    and id = (select max(id) from official_outcomes x where x.council_code = o.council_code and x.framework = '2016')
),
o2023 as (
  select * from official_outcomes o where framework = '2023'
    and id = (select id from official_outcomes x where x.council_code = o.council_code and x.framework = '2023'
              order by x.inspection_start desc limit 1)
),
ev as (
  select council_code,
    min(case when type = 'inspection' then start_date end) as first_inspection,
    min(case when type = 'wsoa-submitted' then start_date end) as wsoa_submitted,
    min(case when type = 'wsoa-approved' then start_date end) as wsoa_approved,
    max(case when type = 'revisit' then start_date end) as revisit,
    min(case when type = 'statutory-direction' then start_date end) as statutory_direction
  from events where council_code is not null group by council_code
),
base as (
  select a.code as council_code, c.name as council, c.region, c.dfe_la_number as la_number,
    coalesce(c.send_area, 0) as send_area,
    o.inspection_start as official_inspection, o.wsoa_required as official_wsoa_required,
    o.significant_weaknesses as official_weaknesses,
    (select count(*) from weaknesses w where w.council_code = a.code) as extracted_weaknesses,
    o.revisit_start as official_revisit, o.revisit_outcome as official_revisit_outcome,
    n.inspection_start as inspection_2023, n.outcome_grade as grade_2023, n.next_inspection_due,
    ev.first_inspection, ev.wsoa_submitted, ev.wsoa_approved,
    (select e.approved_by from events e where e.council_code = a.code and e.type = 'wsoa-approved'
       and e.start_date = ev.wsoa_approved and e.approved_by is not null limit 1) as wsoa_approved_by,
    ev.revisit, ev.statutory_direction,
    coalesce(o.inspection_start, ev.first_inspection) as inspected
  from areas a
  join councils c on c.code = a.code
  left join o2016 o on o.council_code = a.code
  left join o2023 n on n.council_code = a.code
  left join ev on ev.council_code = a.code
)
select b.council_code, b.council, b.region, b.la_number, b.send_area,
  b.official_inspection, b.official_wsoa_required, b.official_weaknesses, b.extracted_weaknesses,
  b.official_revisit, b.official_revisit_outcome, b.inspection_2023, b.grade_2023, b.next_inspection_due,
  b.first_inspection, b.wsoa_submitted, b.wsoa_approved, b.wsoa_approved_by, b.revisit, b.statutory_direction,
  case when b.wsoa_approved >= b.inspected then {months('b.inspected', 'b.wsoa_approved')} end as months_to_wsoa_approved,
  case when coalesce(b.official_revisit, b.revisit) >= b.inspected
       then {months('b.inspected', 'coalesce(b.official_revisit, b.revisit)')} end as months_to_revisit,
  case when b.statutory_direction >= b.inspected then {months('b.inspected', 'b.statutory_direction')} end as months_to_direction,
  nullif(trim(
    case when {before('b.wsoa_approved', 'b.wsoa_submitted')} then 'WSoA approved before submitted; ' else '' end ||
    case when {before('b.wsoa_submitted', 'b.inspected')} then 'WSoA submitted before the inspection; ' else '' end ||
    case when {before('b.wsoa_approved', 'b.inspected')} then 'WSoA approved before the inspection; ' else '' end ||
    case when {before('b.revisit', 'b.inspected')} then 're-visit before the inspection; ' else '' end, '; '), '') as dates_out_of_order,
  (select count(*) from milestone_checks m where m.council_code = b.council_code and m.verdict = 'conflict') as conflicts,
  (select json_group_array(distinct t.value) from weaknesses w,
          json_each(case when json_valid(w.themes) then w.themes else '[]' end) t
     where w.council_code = b.council_code) as themes,
  (select count(*) from resolutions r where r.council_code = b.council_code) as resolutions,
  (select count(*) from resolutions r where r.council_code = b.council_code and r.about_send = 1) as send_resolutions,
  (select count(*) from documents d where d.council_code = b.council_code) as documents,
  (select max(meeting_date) from documents d where d.council_code = b.council_code) as latest_document_date
from base b
order by b.council"""

VIEW_SQL = {
    "area_timeline": """
select e.council_code, coalesce(c.name, e.council) as council, c.region, e.type, e.start_date, e.end_date,
       e.text, e.document_id, d.title as document, e.page, e.source_link, e.page_link
from events e
join documents d on d.id = e.document_id
left join councils c on c.code = e.council_code
order by council, e.start_date, e.type""",
    "milestone_checks": MILESTONE_CHECKS,
    "area_summary": AREA_SUMMARY,
}
