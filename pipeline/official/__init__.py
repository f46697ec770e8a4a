"""Ofsted's official area SEND outcomes beside what councils wrote.

Councils' papers say when an area was inspected, what was found and how the
WSoA and re-visit went; Ofsted and DfE publish the same milestones officially.
This package loads the official records (``official_outcomes``), gives
``councils`` DfE's LA numbers and follows GSS code changes, so that every
extracted milestone can be checked against Ofsted's date (``milestone_checks``)
and every English SEND local area compared side by side (``area_summary``).

The files are read from a reference folder (``--reference DIR``; by default the
copies ``make pull`` refreshed into ``<work>/reference/``, else
``../shared/reference``). The ADCS summary in that folder has no licence to
republish and is never read here.
"""

from pipeline.official.load import load_official  # noqa: F401
