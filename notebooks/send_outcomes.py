# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # SEND inspection outcomes across areas
#
# Three questions about local area SEND inspections, answered from the Minutes Miner
# database (`make all` builds it):
#
# 1. How long did each area take from its inspection to an approved Written Statement of Action?
# 2. Which weakness themes recur most across areas?
# 3. Which areas had statutory directions (or improvement notices), and when?
# 4. Where do the papers agree with Ofsted's official record, and where not?
#
# The database is `extracted/minutes.db`, or the file named by the `MINUTES_DB` environment
# variable. Every answer is read from committee papers by the pipeline, so it is only as complete
# as the corpus and the extractors: an area missing below may simply have no paper in the corpus
# that states the date. Where a question has no answer in this database the notebook says so.
#
# This file is the source (jupytext percent format, reviewed in git). `make notebook` runs it against
# the database and writes `notebooks/send_outcomes.ipynb` (open it in Jupyter) and
# `notebooks/send_outcomes.html` (open it in any browser); neither is committed.
# `python notebooks/send_outcomes.py` also runs it, printing tables instead of drawing them.

# %%
import json
import os
import sqlite3
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
import pandas as pd
from IPython.display import Markdown, display

DB = Path(os.environ.get("MINUTES_DB", "extracted/minutes.db"))
if not DB.is_absolute() and not DB.exists() and Path.cwd().name == "notebooks":
    DB = Path.cwd().parent / DB  # Jupyter runs the kernel in notebooks/; the default path is from the project root
if not DB.exists():
    raise FileNotFoundError(
        f"No database at {DB.resolve()}: build it with 'make all' "
        "(or set MINUTES_DB to a database built by the pipeline)"
    )
conn = sqlite3.connect(f"file:{DB.resolve()}?mode=ro", uri=True)
TABLES = {name for (name,) in conn.execute("select name from sqlite_master where type in ('table', 'view')")}


def read(sql: str, needs: tuple[str, ...] = ()) -> pd.DataFrame:
    """A query's rows, or an empty frame (and a note) when a table it needs is not in this database."""
    missing = [name for name in needs if name not in TABLES]
    if missing:
        print(f"Note: this database has no {', '.join(missing)}; the answer below is empty.")
        return pd.DataFrame()
    return pd.read_sql_query(sql, conn)


def to_date(value) -> pd.Timestamp:
    """ISO day or month (YYYY-MM counts as the 1st) to a timestamp; NaT when absent or malformed."""
    if not isinstance(value, str) or not value:
        return pd.NaT
    return pd.to_datetime(value + "-01" if len(value) == 7 else value[:10], errors="coerce")


plt.rcParams.update({"figure.dpi": 100, "axes.spines.top": False, "axes.spines.right": False})
print(f"Database: {DB}")

# %% [markdown]
# ## The corpus
#
# What the answers rest on: documents and facts per area.

# %% tags=["corpus"]
documents = read(
    """select coalesce(c.name, d.council, '(unknown council)') as council, count(*) as documents,
              min(d.meeting_date) as earliest, max(d.meeting_date) as latest
       from documents d left join councils c on c.code = d.council_code
       group by 1 order by documents desc""",
    needs=("documents", "councils"),
)
counts = {
    name: conn.execute(f"select count(*) from {name}").fetchone()[0]
    for name in ("documents", "events", "weaknesses", "resolutions")
    if name in TABLES
}
display(Markdown(", ".join(f"**{n}** {name}" for name, n in counts.items())))
if documents.empty:
    print("No documents in this database: nothing below can be answered.")
else:
    display(documents)
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.28 * len(documents))))
    ax.barh(documents["council"], documents["documents"], color="#4c78a8")
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel("Documents in the corpus (log scale)")
    ax.set_title("Documents per area")
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## 1. From inspection to an approved Written Statement of Action
#
# For each area: its inspection, and the first WSoA approval dated after it (with the
# submission, when a paper states it). Dates given as a month count as its 1st, so
# durations are good to about a month.

# %%
events = read(
    """select council_code, council, region, type, start_date, end_date, text, document, page, source_link
       from area_timeline""",
    needs=("area_timeline",),
)
if not events.empty:
    events["date"] = events["start_date"].map(to_date)
    events = events.dropna(subset=["date"])
print(f"{len(events)} dated milestones in {events['council'].nunique() if len(events) else 0} areas")


# %% tags=["wsoa"]
def first_after(area: pd.DataFrame, kind: str, after: pd.Timestamp) -> pd.Timestamp:
    dates = area.loc[(area["type"] == kind) & (area["date"] >= after), "date"]
    return dates.min() if len(dates) else pd.NaT


rows = []
for council, area in (events.groupby("council") if len(events) else []):
    approvals = area.loc[area["type"] == "wsoa-approved", "date"].sort_values()
    inspections = area.loc[area["type"] == "inspection", "date"].sort_values()
    for approved in approvals:
        before = inspections[inspections <= approved]
        if len(before):  # the latest inspection before the first approval: that cycle
            inspected = before.max()
            rows.append({
                "area": council,
                "inspection": inspected.date(),
                "wsoa_submitted": first_after(area, "wsoa-submitted", inspected),
                "wsoa_approved": approved.date(),
                "days": (approved - inspected).days,
            })
            break
wsoa = pd.DataFrame(rows)
inspected_areas = sorted(events.loc[events["type"] == "inspection", "council"].unique()) if len(events) else []
if wsoa.empty:
    print("No area in this database has both an inspection date and a later WSoA approval date, "
          "so the time to approval cannot be measured yet.")
    if inspected_areas:
        print(f"Areas with an inspection date but no approval date found: {', '.join(inspected_areas)}")
else:
    wsoa["months"] = (wsoa["days"] / 30.44).round(1)
    wsoa["wsoa_submitted"] = wsoa["wsoa_submitted"].map(lambda d: d.date() if pd.notna(d) else None)
    wsoa = wsoa.sort_values("days").reset_index(drop=True)
    display(wsoa)
    display(Markdown(
        f"Median **{wsoa['months'].median():.1f} months** from inspection to approval "
        f"over {len(wsoa)} area(s); range {wsoa['months'].min():.1f} to {wsoa['months'].max():.1f}."
    ))
    without = [a for a in inspected_areas if a not in set(wsoa["area"])]
    if without:
        print(f"Inspected, but no WSoA approval date found in the corpus: {', '.join(without)}")
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.4 * len(wsoa))))
    ax.barh(wsoa["area"], wsoa["months"], color="#2ca02c", label="inspection to WSoA approval")
    submitted = wsoa.dropna(subset=["wsoa_submitted"])
    if len(submitted):
        months = [(pd.Timestamp(s) - pd.Timestamp(i)).days / 30.44
                  for s, i in zip(submitted["wsoa_submitted"], submitted["inspection"])]
        ax.scatter(months, submitted["area"], color="#1f77b4", zorder=3, label="WSoA submitted")
    ax.invert_yaxis()
    ax.set_xlabel("Months after the inspection")
    ax.set_title("Time from inspection to an approved WSoA")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.35 if len(wsoa) < 5 else -0.12), ncol=2, frameon=False)
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## 2. Weakness themes that recur
#
# Each weakness an inspection found carries one or two themes from the annotation
# guidelines' vocabulary. A theme *recurs* when it is found in many areas, not just
# many times in one.

# %% tags=["themes"]
weaknesses = read(
    """select coalesce(c.name, d.council) as council, w.id, w.text, w.themes
       from weaknesses w join documents d on d.id = w.document_id
       left join councils c on c.code = d.council_code""",
    needs=("weaknesses", "documents", "councils"),
)


def themes_of(value) -> list[str]:
    try:
        themes = json.loads(value) if isinstance(value, str) else []
    except json.JSONDecodeError:
        return []
    return [t for t in themes if isinstance(t, str)] if isinstance(themes, list) else []


if not weaknesses.empty:
    weaknesses["theme"] = weaknesses["themes"].map(themes_of)
    themed = weaknesses.explode("theme").dropna(subset=["theme"])
else:
    themed = pd.DataFrame(columns=["council", "id", "theme"])
if themed.empty:
    print("No themed weaknesses in this database yet, so recurring themes cannot be counted.")
else:
    recurring = (themed.groupby("theme")
                 .agg(areas=("council", "nunique"), weaknesses=("id", "nunique"))
                 .sort_values(["areas", "weaknesses"], ascending=False))
    display(recurring)
    top = recurring.index[0]
    display(Markdown(
        f"The most widespread theme is **{top}**: found in {recurring.loc[top, 'areas']} of "
        f"{themed['council'].nunique()} areas with themed weaknesses."
    ))
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.35 * len(recurring))))
    ax.barh(recurring.index, recurring["areas"], color="#e6550d")
    for y, (areas, count) in enumerate(zip(recurring["areas"], recurring["weaknesses"])):
        ax.text(areas, y, f" {count} weaknesses", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("Areas where the theme was found")
    ax.set_title("Weakness themes, by how many areas they recur in")
    ax.xaxis.get_major_locator().set_params(integer=True)
    plt.tight_layout()
    plt.show()

    grid = pd.crosstab(themed["council"], themed["theme"])
    fig, ax = plt.subplots(figsize=(max(6, 0.6 * grid.shape[1] + 3), max(2.5, 0.32 * grid.shape[0] + 1.5)))
    image = ax.imshow(grid.values, cmap="Oranges", aspect="auto")
    ax.set_xticks(range(grid.shape[1]), grid.columns, rotation=40, ha="right")
    ax.set_yticks(range(grid.shape[0]), grid.index)
    for (row, col), value in pd.DataFrame(grid.values).stack().items():
        if value:
            ax.text(col, row, int(value), ha="center", va="center", fontsize=8)
    fig.colorbar(image, ax=ax, label="Weaknesses").locator = MaxNLocator(integer=True)
    ax.set_title("Weakness themes by area")
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## 3. Statutory directions
#
# Areas where a paper records a statutory direction or improvement notice, with the
# area's other milestones for context and the source of each direction.

# %% tags=["directions"]
directions = events[events["type"] == "statutory-direction"] if len(events) else events
if directions.empty:
    print("No statutory direction is recorded in this database.")
else:
    directed = (directions.sort_values("date")
                .groupby("council", as_index=False)
                .agg(region=("region", "first"), first_direction=("date", "min"),
                     stated_in=("document", "first"), page=("page", "first"),
                     source_link=("source_link", "first"), text=("text", "first")))
    directed["first_direction"] = directed["first_direction"].dt.date
    display(Markdown(f"**{len(directed)} area(s)** had a statutory direction: "
                     + ", ".join(directed["council"]) + "."))
    display(directed)
    context = events[events["council"].isin(directed["council"])]
    order = list(directed.sort_values("first_direction")["council"])
    styles = {"inspection": ("o", "#d62728"), "wsoa-approved": ("P", "#2ca02c"),
              "revisit": (">", "#9467bd"), "statutory-direction": ("X", "black")}
    fig, ax = plt.subplots(figsize=(9, max(2.5, 0.5 * len(order) + 1)))
    for council in order:
        area = context[context["council"] == council]
        ax.plot([area["date"].min(), area["date"].max()], [council, council], color="#cccccc", zorder=1)
    for kind, (marker, colour) in styles.items():
        points = context[context["type"] == kind]
        if len(points):
            size = 110 if kind == "statutory-direction" else 70
            ax.scatter(points["date"], points["council"], marker=marker, color=colour, s=size, label=kind, zorder=3)
    ax.invert_yaxis()
    ax.set_title("Areas with statutory directions, and their inspection cycle")
    ax.legend(loc="upper left", bbox_to_anchor=(1, 1), frameon=False)
    plt.tight_layout()
    plt.show()

# %% [markdown]
# ## 4. The papers against Ofsted's official record
#
# Each inspection, outcome letter and re-visit date read from the papers, beside the official
# date it should match (`milestone_checks`; the official dates are Ofsted's published outcomes
# in `official_outcomes`). A conflict is worth a look before quoting either date: the paper may
# give a meeting date or a planned date, or the extractor may have misread it. The source link
# opens the page the date was read from.

# %% tags=["official"]
checks = read(
    """select council, type, extracted_date, official_date, days_apart, verdict, document, page, source_link
       from milestone_checks""",
    needs=("milestone_checks",),
)
if checks.empty:
    print("No inspection, outcome-letter or re-visit dates were read from the papers: nothing to check.")
else:
    verdicts = checks.groupby(["type", "verdict"]).size().unstack(fill_value=0)
    display(verdicts)
    agree = int((checks["verdict"] == "agree").sum())
    checked = int(checks["verdict"].isin(["agree", "conflict"]).sum())
    display(Markdown(f"**{agree} of {checked}** milestones with an official record agree with it "
                     f"({agree / checked:.0%})." if checked else
                     "No extracted milestone falls in a period the official record covers."))
    conflicts = checks[checks["verdict"] == "conflict"].sort_values(["council", "type"])
    if len(conflicts):
        display(Markdown("Conflicts, to check against the source page:"))
        display(conflicts)
    apart = checks.loc[checks["verdict"].isin(["agree", "conflict"]), "days_apart"].dropna()
    if len(apart):
        fig, ax = plt.subplots(figsize=(8, 3))
        ax.hist(apart.clip(-365, 365), bins=40, color="#4c78a8")
        ax.set_xlabel("Days from the official date to the papers' date (clipped at one year)")
        ax.set_ylabel("Milestones")
        ax.set_title("How far the papers' dates are from Ofsted's")
        plt.tight_layout()
        plt.show()
