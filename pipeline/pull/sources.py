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
# LGSF's cms_type labels -> the platform names sources.yml uses; an adapter exists for some.
PLATFORMS = {"ModernGov": "moderngov", "CMIS": "cmis", "Custom HTML": "custom-html", "": "unknown"}
# Keys a council entry may carry. Everything about how to reach one council is data here.
SETTING_KEYS = ("delay_seconds", "timeout_seconds", "connect_timeout_seconds", "backoff_seconds",
                "max_backoff_seconds", "max_retry_after_seconds", "deadline_seconds", "page_deadline_seconds")
SIZE_SETTING_KEYS = ("max_document_bytes", "max_page_bytes")
INTEGER_SETTING_KEYS = ("retries", "settle_after_days", "max_meeting_attempts")
COUNCIL_KEYS = {
    "name", "slug", "local_authority_code", "gss_code", "platform", "base_url", "papers_base_url",
    "alternate_base_urls", "committees", "extra_committees", "exclude_committees", "extra_exclude_committees",
    "keywords", "extra_keywords", "window", "meeting_documents", "include_expired_committees",
    "delegated_decisions", "verify_tls", "http", "user_agent", "contact", "lookahead_days", "cmis", "notes",
    "lgsf_base_url", *SETTING_KEYS, *INTEGER_SETTING_KEYS, *SIZE_SETTING_KEYS,
}
HTTP_KEYS = {"verify_tls", "headers", "proxy"}


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
    max_meeting_attempts: int = 5  # runs a meeting may fail before the pull gives up on it (reported)
    deadline_seconds: float = 600.0  # a document download, all of it, redirects and body included
    page_deadline_seconds: float = 120.0  # a web-service answer, a meeting page or robots.txt
    max_document_bytes: int = 200 * 1024 * 1024  # a document's size, counted after decompression
    max_page_bytes: int = 20 * 1024 * 1024  # XML and HTML read into memory


@dataclass
class Council:
    name: str  # official name, as written in every sidecar
    slug: str  # the corpus folder name
    local_authority_code: str
    gss_code: str
    base_url: str  # ModernGov: the folder holding mgWebService.asmx; CMIS: the site folder; ending in "/"
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
    platform: str = "moderngov"  # moderngov | cmis | custom-html | unknown (see PLATFORMS)
    papers_base_url: str | None = None  # papers on another host than the councillor pages LGSF records
    exclude_committees: list[str] = field(default_factory=list)  # never followed, even when a pattern matches
    delegated_decisions: bool = True  # ModernGov: read the delegated (officer) decision lists too
    settings: Settings | None = None  # the run's settings with this council's overrides applied
    headers: dict[str, str] = field(default_factory=dict)  # extra request headers (e.g. Referer)
    proxy: str | None = None
    cmis: dict = field(default_factory=dict)  # CMIS: calendar_url override ("...Date/{date}/Default.aspx")

    def window(self, today: dt.date) -> tuple[dt.date, dt.date]:
        return self.date_from, self.date_to or today + dt.timedelta(days=self.lookahead_days)

    @property
    def papers_url(self) -> str:
        """Where the adapter starts: the papers host when it differs from the councillor host."""
        return self.papers_base_url or self.base_url

    def committee_matches(self, title: str) -> bool:
        if any(re.search(pattern, title, re.IGNORECASE) for pattern in self.exclude_committees):
            return False
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


MIN_DELAY_SECONDS = 1.0  # councils' sites are small public services


def _polite_delay(value: float, where: str) -> float:
    if value < MIN_DELAY_SECONDS:
        raise SourcesError(f"{where}: {value:g} s between requests is too fast for a council's site; "
                           f"use at least {MIN_DELAY_SECONDS:g} s")
    return value


def _base_url(value: Any, where: str) -> str:
    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc:
        raise SourcesError(f"{where}: expected an http(s) URL of the site's folder (ModernGov: the one holding "
                           f"mgWebService.asmx), got {value!r}")
    return value if value.endswith("/") else value + "/"


def _any_url(value: Any, where: str) -> str:
    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc:
        raise SourcesError(f"{where}: expected an http(s) URL, got {value!r}")
    return value


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
    for key in SETTING_KEYS:
        if key in raw:
            setattr(settings, key, _number(raw[key], f"{where}.{key}"))
    _polite_delay(settings.delay_seconds, f"{where}.delay_seconds")
    for key in ("deadline_seconds", "page_deadline_seconds"):
        if getattr(settings, key) <= 0:
            raise SourcesError(f"{where}.{key} must be more than 0")
    for key in SIZE_SETTING_KEYS:
        if key in raw:
            setattr(settings, key, int(_number(raw[key], f"{where}.{key}", minimum=1024)))
    for key in INTEGER_SETTING_KEYS:
        if key in raw:
            setattr(settings, key, int(_number(raw[key], f"{where}.{key}")))
    if settings.timeout_seconds <= 0:
        raise SourcesError(f"{where}.timeout_seconds must be more than 0")
    return settings


def _patterns(value: Any, where: str) -> list[str]:
    patterns = _strings(value, where)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise SourcesError(f"{where}: {pattern!r} is not a regular expression ({error})") from None
    return patterns


def _http(raw: Any, where: str) -> dict:
    """``http:`` overrides: verify_tls, headers (name: value), proxy (a URL)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - HTTP_KEYS:
        raise SourcesError(f"{where}: expected a mapping with any of {', '.join(sorted(HTTP_KEYS))}")
    headers = raw.get("headers") or {}
    if not isinstance(headers, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
        raise SourcesError(f"{where}.headers: expected header names mapped to strings")
    if any(k.lower() == "user-agent" for k in headers):
        raise SourcesError(f"{where}.headers: set user_agent on the council instead (it must still name {PROJECT_NAME})")
    proxy = raw.get("proxy")
    if proxy is not None and (not isinstance(proxy, str) or urlsplit(proxy).scheme not in ("http", "https", "socks5")):
        raise SourcesError(f"{where}.proxy: expected a proxy URL, got {proxy!r}")
    return {"verify_tls": raw.get("verify_tls"), "headers": dict(headers), "proxy": proxy}


def parse_council(raw: Any, defaults: dict, index: int, seen: set[str]) -> Council:
    where = f"councils[{index}]"
    if not isinstance(raw, dict):
        raise SourcesError(f"{where}: each council is a mapping with name, slug, codes and base_url")
    for key in ("name", "slug", "local_authority_code", "gss_code", "base_url"):
        if not raw.get(key):
            raise SourcesError(f"{where} ({raw.get('slug') or raw.get('name') or '?'}): missing {key}")
    slug = str(raw["slug"])
    where = f"councils[{index}] ({slug})"
    unknown = sorted(set(raw) - COUNCIL_KEYS)
    if unknown:
        raise SourcesError(f"{where}: unknown key {', '.join(unknown)}; known keys: {', '.join(sorted(COUNCIL_KEYS))}")
    if not SLUG.match(slug):
        raise SourcesError(f"{where}: slug must be lower-case words joined by '-', like the corpus folder")
    if slug in seen:
        raise SourcesError(f"{where}: slug {slug} is listed twice")
    seen.add(slug)
    if not re.match(r"^[EWSN]\d{8}$", str(raw["gss_code"])):
        raise SourcesError(f"{where}.gss_code: {raw['gss_code']!r} is not a GSS code like E10000016")
    platform = str(raw.get("platform") or "moderngov")
    if platform not in PLATFORMS.values():
        raise SourcesError(f"{where}.platform: {platform!r} is not one of {', '.join(PLATFORMS.values())}")
    window = {**(defaults.get("window") or {}), **(raw.get("window") or {})}
    date_from = _date(window.get("from"), f"{where}.window.from")
    if date_from is None:
        raise SourcesError(f"{where}: give window.from (here or in defaults)")
    date_to = _date(window.get("to"), f"{where}.window.to")
    if date_to and date_to < date_from:
        raise SourcesError(f"{where}: window.to is before window.from")
    committees = _patterns(raw.get("committees", defaults.get("committees")), f"{where}.committees")
    committees += _patterns(raw.get("extra_committees"), f"{where}.extra_committees")
    excluded = _patterns(raw.get("exclude_committees", defaults.get("exclude_committees")), f"{where}.exclude_committees")
    excluded += _patterns(raw.get("extra_exclude_committees"), f"{where}.extra_exclude_committees")
    keywords = _strings(raw.get("keywords", defaults.get("keywords")), f"{where}.keywords")
    keywords += _strings(raw.get("extra_keywords"), f"{where}.extra_keywords")
    if not committees or not keywords:
        raise SourcesError(f"{where}: needs committees and keywords (here or in defaults)")
    adapted = platform in ("moderngov", "cmis")
    base_url = _base_url(raw["base_url"], f"{where}.base_url") if adapted else _any_url(raw["base_url"], f"{where}.base_url")
    # Overrides: any client setting, the User-Agent, and HTTP options, on top of the defaults.
    overrides = {k: raw[k] for k in ("user_agent", "contact", *SETTING_KEYS, *INTEGER_SETTING_KEYS, *SIZE_SETTING_KEYS)
                 if k in raw}
    settings = parse_settings({**defaults, **overrides}, where if overrides else "defaults")
    http = _http(raw.get("http"), f"{where}.http")
    verify = http.get("verify_tls") if http.get("verify_tls") is not None else raw.get("verify_tls", True)
    cmis = raw.get("cmis") or {}
    if not isinstance(cmis, dict) or set(cmis) - {"calendar_url"}:
        raise SourcesError(f"{where}.cmis: expected a mapping with calendar_url")
    if cmis.get("calendar_url") and "{date}" not in str(cmis["calendar_url"]):
        raise SourcesError(f"{where}.cmis.calendar_url: must contain {{date}} where the month's first day goes")
    council = Council(
        name=str(raw["name"]),
        slug=slug,
        local_authority_code=str(raw["local_authority_code"]),
        gss_code=str(raw["gss_code"]),
        base_url=base_url,
        committees=committees,
        keywords=list(dict.fromkeys(keywords)),
        date_from=date_from,
        date_to=date_to,
        alternate_base_urls=[_base_url(u, f"{where}.alternate_base_urls") for u in raw.get("alternate_base_urls") or []],
        meeting_documents=_strings(raw.get("meeting_documents", defaults.get("meeting_documents", DEFAULT_MEETING_DOCUMENTS)),
                                   f"{where}.meeting_documents"),
        include_expired_committees=bool(raw.get("include_expired_committees", defaults.get("include_expired_committees", True))),
        verify_tls=bool(verify),
        lookahead_days=int(_number(raw.get("lookahead_days", defaults.get("lookahead_days", 60)), f"{where}.lookahead_days")),
        notes=str(raw.get("notes") or ""),
        platform=platform,
        papers_base_url=_base_url(raw["papers_base_url"], f"{where}.papers_base_url") if raw.get("papers_base_url") else None,
        exclude_committees=excluded,
        delegated_decisions=bool(raw.get("delegated_decisions", defaults.get("delegated_decisions", True))),
        settings=settings,
        headers=http.get("headers") or {},
        proxy=http.get("proxy"),
        cmis=dict(cmis),
    )
    if "delay_seconds" in raw:
        council.delay_seconds = settings.delay_seconds
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
