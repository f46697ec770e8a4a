"""Load and check ``sources.yml``: which councils to follow, and how politely.

The file is data, not code, so adding a council never means editing Python.
Every mistake is reported with the council and key it concerns, because the
person fixing it is usually a researcher, not the author of this module.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

PROJECT_NAME = "Minutes Miner"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Sent unless sources.yml says otherwise; {project_url} and {contact} are filled in.
DEFAULT_USER_AGENT = "MinutesMiner/0.1 (Minutes Miner, research on SEND inspections; +{project_url}{contact})"
DEFAULT_MEETING_DOCUMENTS = ["printed minutes", "printed draft minutes", "printed decisions"]


class SourcesError(Exception):
    """sources.yml is missing or wrong; the message says what to fix."""


@dataclass
class Settings:
    """How the client behaves; the defaults are the polite production ones."""

    user_agent: str
    delay_seconds: float = 2.0  # between two requests to the same host
    timeout_seconds: float = 60.0  # council-hosted installs can take a minute
    connect_timeout_seconds: float = 10.0  # no network should fail fast, not after a minute
    retries: int = 3  # extra attempts after timeouts, dropped connections, 429 and 5xx
    backoff_seconds: float = 2.0  # first back-off; doubles on each retry
    max_backoff_seconds: float = 120.0
    max_retry_after_seconds: float = 600.0  # a longer Retry-After gives up on that URL for this run
    settle_after_days: int = 180  # fully pulled meetings older than this are not re-polled


@dataclass
class Council:
    name: str  # official name, as written in every sidecar
    slug: str  # the corpus folder name
    local_authority_code: str
    gss_code: str
    base_url: str  # the folder holding mgWebService.asmx, ending in "/"
    committees: list[str]  # regular expressions, matched case-insensitively anywhere in the title
    keywords: list[str]
    date_from: dt.date
    date_to: dt.date | None  # None: up to today plus lookahead_days (agendas are published ahead)
    alternate_base_urls: list[str] = field(default_factory=list)  # tried when base_url has no web service
    meeting_documents: list[str] = field(default_factory=lambda: list(DEFAULT_MEETING_DOCUMENTS))
    include_expired_committees: bool = True  # committees get renamed; history matters for research
    verify_tls: bool = True
    delay_seconds: float | None = None  # this council only (e.g. a slow host)
    lookahead_days: int = 60
    notes: str = ""

    def window(self, today: dt.date) -> tuple[dt.date, dt.date]:
        return self.date_from, self.date_to or today + dt.timedelta(days=self.lookahead_days)

    def committee_matches(self, title: str) -> bool:
        return any(re.search(pattern, title, re.IGNORECASE) for pattern in self.committees)


@dataclass
class Sources:
    path: Path
    settings: Settings
    councils: list[Council]

    def select(self, slugs: list[str] | None) -> list[Council]:
        if not slugs:
            return list(self.councils)
        known = {c.slug: c for c in self.councils}
        unknown = [s for s in slugs if s not in known]
        if unknown:
            raise SourcesError(
                f"{self.path}: no council with slug {', '.join(unknown)}; "
                f"known slugs: {', '.join(sorted(known))}"
            )
        return [known[s] for s in slugs]


def find_sources(corpus: Path, explicit: str | None, repo_default: Path) -> Path:
    """``--sources``, else ``<corpus>/sources.yml``, else the repository's ``corpus/sources.yml``."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise SourcesError(f"sources file {path} does not exist; pass --sources <file> or create it")
        return path
    for candidate in (Path(corpus) / "sources.yml", repo_default):
        if candidate.is_file():
            return candidate
    raise SourcesError(
        f"no sources file: looked for {Path(corpus) / 'sources.yml'} and {repo_default}; "
        "pass --sources <file> (see the README section on adding a council)"
    )


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise SourcesError(f"{where}: {value!r} is not a date; write YYYY-MM-DD") from None


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourcesError(f"{where}: expected a list of non-empty strings")
    return [v.strip() for v in value]


def _number(value: Any, where: str, minimum: float = 0) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise SourcesError(f"{where}: expected a number >= {minimum}, got {value!r}")
    return float(value)


def _base_url(value: Any, where: str) -> str:
    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc:
        raise SourcesError(f"{where}: expected an http(s) URL of the folder holding mgWebService.asmx, got {value!r}")
    return value if value.endswith("/") else value + "/"


def parse_settings(raw: dict, where: str) -> Settings:
    project_url = raw.get("project_url")
    if not isinstance(project_url, str) or not project_url.startswith(("http://", "https://")):
        raise SourcesError(f"{where}.project_url: give the project's public URL; it goes in the User-Agent")
    contact = raw.get("contact")
    agent = raw.get("user_agent") or DEFAULT_USER_AGENT
    agent = agent.format(project_url=project_url, contact=f"; {contact}" if contact else "")
    if PROJECT_NAME.replace(" ", "").lower() not in agent.replace(" ", "").lower() or project_url not in agent:
        raise SourcesError(f"{where}.user_agent must name {PROJECT_NAME} and contain project_url ({project_url})")
    settings = Settings(user_agent=agent)
    for key in ("delay_seconds", "timeout_seconds", "connect_timeout_seconds", "backoff_seconds",
                "max_backoff_seconds", "max_retry_after_seconds"):
        if key in raw:
            setattr(settings, key, _number(raw[key], f"{where}.{key}"))
    for key in ("retries", "settle_after_days"):
        if key in raw:
            setattr(settings, key, int(_number(raw[key], f"{where}.{key}")))
    if settings.timeout_seconds <= 0:
        raise SourcesError(f"{where}.timeout_seconds must be more than 0")
    return settings


def parse_council(raw: Any, defaults: dict, index: int, seen: set[str]) -> Council:
    where = f"councils[{index}]"
    if not isinstance(raw, dict):
        raise SourcesError(f"{where}: each council is a mapping with name, slug, codes and base_url")
    for key in ("name", "slug", "local_authority_code", "gss_code", "base_url"):
        if not raw.get(key):
            raise SourcesError(f"{where} ({raw.get('slug') or raw.get('name') or '?'}): missing {key}")
    slug = str(raw["slug"])
    where = f"councils[{index}] ({slug})"
    if not SLUG.match(slug):
        raise SourcesError(f"{where}: slug must be lower-case words joined by '-', like the corpus folder")
    if slug in seen:
        raise SourcesError(f"{where}: slug {slug} is listed twice")
    seen.add(slug)
    if not re.match(r"^[EWSN]\d{8}$", str(raw["gss_code"])):
        raise SourcesError(f"{where}.gss_code: {raw['gss_code']!r} is not a GSS code like E10000016")
    window = {**(defaults.get("window") or {}), **(raw.get("window") or {})}
    date_from = _date(window.get("from"), f"{where}.window.from")
    if date_from is None:
        raise SourcesError(f"{where}: give window.from (here or in defaults)")
    date_to = _date(window.get("to"), f"{where}.window.to")
    if date_to and date_to < date_from:
        raise SourcesError(f"{where}: window.to is before window.from")
    committees = _strings(raw.get("committees", defaults.get("committees")), f"{where}.committees")
    committees += _strings(raw.get("extra_committees"), f"{where}.extra_committees")
    for pattern in committees:
        try:
            re.compile(pattern)
        except re.error as error:
            raise SourcesError(f"{where}.committees: {pattern!r} is not a regular expression ({error})") from None
    keywords = _strings(raw.get("keywords", defaults.get("keywords")), f"{where}.keywords")
    keywords += _strings(raw.get("extra_keywords"), f"{where}.extra_keywords")
    if not committees or not keywords:
        raise SourcesError(f"{where}: needs committees and keywords (here or in defaults)")
    council = Council(
        name=str(raw["name"]),
        slug=slug,
        local_authority_code=str(raw["local_authority_code"]),
        gss_code=str(raw["gss_code"]),
        base_url=_base_url(raw["base_url"], f"{where}.base_url"),
        committees=committees,
        keywords=list(dict.fromkeys(keywords)),
        date_from=date_from,
        date_to=date_to,
        alternate_base_urls=[_base_url(u, f"{where}.alternate_base_urls") for u in raw.get("alternate_base_urls") or []],
        meeting_documents=_strings(raw.get("meeting_documents", defaults.get("meeting_documents", DEFAULT_MEETING_DOCUMENTS)),
                                   f"{where}.meeting_documents"),
        include_expired_committees=bool(raw.get("include_expired_committees", defaults.get("include_expired_committees", True))),
        verify_tls=bool(raw.get("verify_tls", True)),
        lookahead_days=int(_number(raw.get("lookahead_days", defaults.get("lookahead_days", 60)), f"{where}.lookahead_days")),
        notes=str(raw.get("notes") or ""),
    )
    if "delay_seconds" in raw:
        council.delay_seconds = _number(raw["delay_seconds"], f"{where}.delay_seconds")
    return council


def load_sources(path: Path) -> Sources:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise SourcesError(f"cannot read {path}: {error}") from None
    except yaml.YAMLError as error:
        raise SourcesError(f"{path} is not valid YAML: {error}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("councils"), list) or not raw["councils"]:
        raise SourcesError(f"{path}: expected a mapping with 'defaults' and a non-empty 'councils' list")
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise SourcesError(f"{path}: 'defaults' must be a mapping")
    try:
        settings = parse_settings(defaults, "defaults")
        seen: set[str] = set()
        councils = [parse_council(c, defaults, i, seen) for i, c in enumerate(raw["councils"])]
    except SourcesError as error:
        raise SourcesError(f"{path}: {error}") from None
    return Sources(path=path, settings=settings, councils=councils)
