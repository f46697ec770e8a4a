"""A polite HTTP client: named, paced, patient, conditional, and robots-aware.

Councils' sites are small public services. Every request goes through one
place that names the project in its User-Agent, waits between requests to the
same host, backs off (honouring Retry-After) on timeouts, 429 and 5xx, asks
robots.txt first, and sends the validators it was given so that unchanged
documents cost a 304 and no download.

Every request is bounded, whatever the server does: an overall deadline (not
only a per-read timeout, which a server dripping one byte at a time never
trips), a cap on the body's size counted after decompression, at most
``MAX_REDIRECTS`` redirects and only to http(s) URLs, each redirect target's
robots.txt obeyed.
"""

from __future__ import annotations

import contextvars
import email.utils
import hashlib
import re
import ssl
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib import robotparser

import certifi
import httpcore
import httpx

from pipeline.pull.sources import Settings
from pipeline.pull.urls import host_of

CHUNK_BYTES = 1 << 16
ROBOTS_TOKEN = "MinutesMiner"  # the product token robots.txt rules are matched against
MAX_CRAWL_DELAY = 120.0  # a robots.txt Crawl-delay above this is capped, so a run still ends
LOGIN = re.compile(r"log-?[io]n|sign-?in|/adfs/|/sso/|/oauth|/saml|/auth/", re.IGNORECASE)
MAX_REDIRECTS = 10
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309: parse at least the first 500 KiB
DNS_FAILURE = re.compile(r"name or service not known|nodename nor servname|name resolution|getaddrinfo|no address", re.IGNORECASE)


@lru_cache(maxsize=1)
def tls_context() -> ssl.SSLContext:
    """One verifying TLS context for the run: loading the CA bundle per client is slow."""
    return ssl.create_default_context(cafile=certifi.where())


def pause(seconds: float) -> None:
    """The one place the client sleeps (tests replace it and ``now`` with a virtual clock)."""
    time.sleep(seconds)


def now() -> float:
    return time.monotonic()


# The monotonic time by which the request under way must be over (None: no deadline).
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("deadline", default=None)
# The most bytes the body being written may have (set by ``download``).
_body_limit: contextvars.ContextVar[int | None] = contextvars.ContextVar("body_limit", default=None)


class TooLarge(Exception):
    def __init__(self, limit: int):
        super().__init__(f"larger than {limit // (1 << 20) or limit} {'MB' if limit >= 1 << 20 else 'bytes'}")
        self.limit = limit


def _bounded(timeout: float | None) -> float | None:
    """``timeout`` for one socket operation, shortened to what is left of the deadline."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the request's overall deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream):
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str):
        return self.inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend with the deadline applied to every operation."""

    def __init__(self, inner: httpcore.NetworkBackend):
        self.inner = inner

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return _DeadlineStream(self.inner.connect_tcp(host, port, _bounded(timeout), local_address, socket_options))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        return _DeadlineStream(self.inner.connect_unix_socket(path, _bounded(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def deadline_transport(verify, proxy: str | None = None) -> httpx.HTTPTransport:
    """httpx's transport (through ``proxy`` when given) with the per-request deadline on its sockets."""
    transport = httpx.HTTPTransport(verify=verify, proxy=proxy)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:  # httpcore changed: the deadline is still checked between chunks of the body
        return transport
    pool._network_backend = _DeadlineBackend(backend)
    return transport


def body_chunks(response: httpx.Response, limit: int | None):
    """The decoded (decompressed) body in chunks; raises TooLarge past ``limit`` bytes, and
    httpx.ReadTimeout when the request's deadline passes between chunks."""
    declared = response.headers.get("content-length", "")
    if limit is not None and declared.isdigit() and "content-encoding" not in response.headers and int(declared) > limit:
        raise TooLarge(limit)
    size = 0
    for chunk in response.iter_bytes(CHUNK_BYTES):
        size += len(chunk)
        if limit is not None and size > limit:
            raise TooLarge(limit)
        deadline = _deadline.get()
        if deadline is not None and time.monotonic() > deadline:
            raise httpx.ReadTimeout("the request's overall deadline passed")
        yield chunk


def read_body(response: httpx.Response, limit: int | None) -> bytes:
    return b"".join(body_chunks(response, limit))


def bounded_get(url: str, headers: dict, timeout: float, deadline: float, limit: int) -> tuple[int, dict, bytes]:
    """A plain GET (status, lower-cased headers, body) held to ``deadline`` seconds and ``limit``
    bytes, for the few requests made outside a council's PoliteClient. Raises httpx.HTTPError
    (ReadTimeout past the deadline) or TooLarge."""
    token = _deadline.set(time.monotonic() + deadline)
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                          transport=deadline_transport(tls_context())) as client:
            with client.stream("GET", url, headers=headers) as response:
                body = read_body(response, limit) if response.status_code == 200 else b""
                return response.status_code, {k.lower(): v for k, v in response.headers.items()}, body
    finally:
        _deadline.reset(token)


def write_chunks(response: httpx.Response, handle, digest) -> int:
    """Stream a body to an open file, hashing as it goes (at most the download's size limit)."""
    size = 0
    for chunk in body_chunks(response, _body_limit.get()):
        handle.write(chunk)
        digest.update(chunk)
        size += len(chunk)
    return size


class FetchError(Exception):
    """A URL could not be fetched; ``reason`` is short and meant for the pull report."""

    def __init__(self, url: str, reason: str, status: int | None = None):
        super().__init__(f"{reason} ({url})")
        self.url = url
        self.reason = reason
        self.status = status


class Unreachable(FetchError):
    """No connection to a host that has not answered in this run: DNS failure,
    connection refused, no network. Not retried, so an offline run ends fast."""


class Blocked(FetchError):
    """401/403, or a redirect to a login page: the site does not want us here."""


class Disallowed(FetchError):
    """robots.txt forbids the URL for our user agent."""


class HttpStatus(FetchError):
    """Any other unwanted status (404, 410, 5xx after retries, ...)."""


class _Retry(Exception):
    """A 429/5xx answer: wait (None: back off) and try again, or raise ``error`` if that was the last try."""

    def __init__(self, wait: float | None, error: HttpStatus):
        super().__init__(error.reason)
        self.wait, self.error = wait, error


@dataclass
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 when the validators still hold
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # get(): the body; download(): None
    sha256: str | None = None  # download(): of the file written
    size: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class Hosts:
    """What a run knows about each host, shared by every council's client so that two
    councils on one host (e.g. ``*.moderngov.co.uk``) are paced together and its
    robots.txt is read once."""

    def __init__(self):
        self.last: dict[str, float] = {}  # when the last request to the host ended
        self.answered: set[str] = set()  # hosts that gave any HTTP answer in this run
        self.robots: dict[str, robotparser.RobotFileParser] = {}
        self.robots_notes: dict[str, str] = {}
        self.crawl_delay: dict[str, float] = {}

    def wait(self, host: str, delay: float) -> None:
        if host in self.last:
            remaining = self.last[host] + max(delay, self.crawl_delay.get(host, 0.0)) - now()
            if remaining > 0:
                pause(remaining)

    def done(self, host: str) -> None:
        self.last[host] = now()


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class PoliteClient:
    """One council's view of the web: its own TLS setting, the run's shared pacing."""

    def __init__(self, settings: Settings, hosts: Hosts, delay: float | None = None, verify: bool = True,
                 headers: dict[str, str] | None = None, proxy: str | None = None):
        self.settings = settings
        self.hosts = hosts
        self.delay = settings.delay_seconds if delay is None else delay
        self.requests = 0
        timeout = httpx.Timeout(settings.timeout_seconds, connect=min(settings.connect_timeout_seconds, settings.timeout_seconds))
        tls = tls_context() if verify else False
        self.http = httpx.Client(
            headers={**(headers or {}), "User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout,
            follow_redirects=False,  # followed one by one in _request: each target's robots.txt is asked
            verify=tls,
            transport=deadline_transport(tls, proxy),
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "PoliteClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- robots.txt ---------------------------------------------------------

    def allowed(self, url: str) -> bool:
        host = host_of(url)
        if host not in self.hosts.robots:
            self.hosts.robots[host] = self._load_robots(host)
        return self.hosts.robots[host].can_fetch(ROBOTS_TOKEN, url)

    def _load_robots(self, host: str) -> robotparser.RobotFileParser:
        parser = robotparser.RobotFileParser(host + "/robots.txt")
        try:
            got = self._request(host + "/robots.txt", {}, lambda r: read_body(r, MAX_ROBOTS_BYTES),
                                accept_statuses=None, deadline=self.settings.page_deadline_seconds, robots=False)
        except HttpStatus as error:
            # RFC 9309: a missing robots.txt (4xx) allows everything; an
            # unreachable one (5xx after retries) means assume everything is disallowed.
            if error.status is not None and 400 <= error.status < 500:
                parser.parse([])
            else:
                parser.disallow_all = True
                self.hosts.robots_notes[host] = f"robots.txt unavailable ({error.reason}); nothing fetched from {host}"
            return parser
        except Blocked as error:
            parser.disallow_all = True
            self.hosts.robots_notes[host] = f"robots.txt {error.reason}; nothing fetched from {host}"
            return parser
        except (Disallowed, Unreachable):
            raise
        except FetchError as error:  # a redirect loop, too large, past its deadline: be cautious
            parser.disallow_all = True
            self.hosts.robots_notes[host] = f"robots.txt unusable ({error.reason}); nothing fetched from {host}"
            return parser
        parser.parse(got.body.decode("utf-8", "replace").splitlines())
        crawl_delay = parser.crawl_delay(ROBOTS_TOKEN)
        if crawl_delay:
            self.hosts.crawl_delay[host] = min(float(crawl_delay), MAX_CRAWL_DELAY)
        return parser

    # -- requests -----------------------------------------------------------

    def get(self, url: str, validators: dict | None = None) -> Fetched:
        """The whole body in memory (web-service XML, meeting pages)."""
        self._check_robots(url)
        limit = self.settings.max_page_bytes
        return self._request(url, validators or {}, lambda r: read_body(r, limit),
                             deadline=self.settings.page_deadline_seconds)

    def download(self, url: str, partial: Path, validators: dict | None = None) -> Fetched:
        """Stream a document to ``partial``; the caller moves it into place.

        ``partial`` is removed on any failure or interruption, so no half-written
        file survives. On a 304 nothing is written.
        """
        self._check_robots(url)

        def save(response: httpx.Response) -> tuple[str, int]:
            digest = hashlib.sha256()
            token = _body_limit.set(self.settings.max_document_bytes)
            try:
                with open(partial, "wb") as handle:  # "wb": a retry starts the file again
                    size = write_chunks(response, handle, digest)
            finally:
                _body_limit.reset(token)
            return digest.hexdigest(), size

        partial.parent.mkdir(parents=True, exist_ok=True)
        try:
            fetched = self._request(url, validators or {}, save, deadline=self.settings.deadline_seconds)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return fetched

    def _check_robots(self, url: str) -> None:
        if not self.allowed(url):
            note = self.hosts.robots_notes.get(host_of(url))
            raise Disallowed(url, note or "disallowed by robots.txt")

    def _request(self, url: str, validators: dict, consume, accept_statuses=(200, 304),
                 deadline: float | None = None, robots: bool = True) -> Fetched:
        """One GET with pacing and retries; ``consume`` reads the body (retried with it).

        Each attempt, redirects included, must end within ``deadline`` seconds;
        ``robots``: ask robots.txt of each host a redirect leads to.
        """
        headers = {}
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        attempts = 1 + max(0, self.settings.retries)
        for attempt in range(attempts):
            last = attempt == attempts - 1
            host = host_of(url)
            wait = None
            ends = time.monotonic() + deadline if deadline else None
            token = _deadline.set(ends)
            try:
                return self._attempt(url, headers, consume, accept_statuses, robots)
            except _Retry as retry:
                if last:
                    raise retry.error from None
                wait = retry.wait
            except httpx.ConnectError as error:
                if host not in self.hosts.answered:
                    reason = "DNS lookup failed" if DNS_FAILURE.search(str(error)) else f"cannot connect ({error})"
                    raise Unreachable(url, reason) from None
                if last:
                    raise HttpStatus(url, f"cannot connect after {attempts} attempts ({error})") from None
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as error:
                if isinstance(error, httpx.ConnectTimeout) and host not in self.hosts.answered:
                    raise Unreachable(url, "connection timed out") from None
                if ends is not None and time.monotonic() >= ends - 0.01:  # not retried: it would drip again
                    raise HttpStatus(url, f"took longer than the {deadline:g} s a request may take") from None
                if last:
                    raise HttpStatus(url, f"{type(error).__name__} after {attempts} attempts") from None
            except TooLarge as error:
                raise HttpStatus(url, f"response {error} (the limit for this kind of download)") from None
            except (httpx.UnsupportedProtocol, httpx.InvalidURL, httpx.DecodingError) as error:
                raise HttpStatus(url, f"unusable answer: {type(error).__name__}: {str(error)[:120]}") from None
            finally:
                _deadline.reset(token)
            pause(wait if wait is not None else self._backoff(attempt))
        raise AssertionError("unreachable")  # the loop returns or raises

    def _attempt(self, url: str, headers: dict, consume, accept_statuses, robots: bool) -> Fetched:
        """One try at ``url``, following its redirects one at a time."""
        current, visited = url, [url]
        while True:
            host = host_of(current)
            self.hosts.wait(host, self.delay)
            self.requests += 1
            try:
                with self.http.stream("GET", current, headers=headers) as response:
                    self.hosts.answered.add(host)
                    status = response.status_code
                    if status in REDIRECT_STATUSES and response.headers.get("location"):
                        target = str(response.next_request.url) if response.next_request else ""
                    else:
                        return self._answer(url, visited, response, consume, accept_statuses)
            finally:
                self.hosts.done(host)
            current = self._follow(url, target, visited, robots)

    def _follow(self, url: str, target: str, visited: list[str], robots: bool) -> str:
        """Check a redirect's target before it is requested; returns it."""
        if not target.lower().startswith(("http://", "https://")):
            raise HttpStatus(url, f"redirected to a URL that is not http(s) ({target[:100]})")
        if target in visited:
            raise HttpStatus(url, f"redirect loop ({' -> '.join(visited[-3:])} -> {target})")
        if len(visited) > MAX_REDIRECTS:
            raise HttpStatus(url, f"more than {MAX_REDIRECTS} redirects")
        if robots and host_of(target) != host_of(visited[-1]) and not self.allowed(target):
            note = self.hosts.robots_notes.get(host_of(target))
            raise Disallowed(url, f"redirected to {target}, which {note or 'robots.txt disallows'}")
        visited.append(target)
        return target

    def _answer(self, url: str, visited: list[str], response: httpx.Response, consume, accept_statuses) -> Fetched:
        status = response.status_code
        if status == 429 or status >= 500:
            asked = retry_after(response.headers.get("retry-after"))
            if asked is not None and asked > self.settings.max_retry_after_seconds:
                raise HttpStatus(url, f"HTTP {status} with Retry-After {asked:.0f}s (more than we wait)", status)
            attempts = 1 + max(0, self.settings.retries)
            raise _Retry(asked, HttpStatus(url, f"HTTP {status} after {attempts} attempts", status))
        self._check_answer(url, response, redirected=len(visited) > 1)
        if accept_statuses is None and status != 200:
            raise HttpStatus(url, f"HTTP {status}", status)
        if accept_statuses is not None and status not in accept_statuses:
            raise HttpStatus(url, f"HTTP {status}", status)
        body = consume(response) if status == 200 else None
        fetched = Fetched(str(response.url), status, {k.lower(): v for k, v in response.headers.items()})
        if isinstance(body, tuple):
            fetched.sha256, fetched.size = body
        elif body is not None:
            fetched.body, fetched.size = body, len(body)
        return fetched

    def _backoff(self, attempt: int) -> float:
        return min(self.settings.backoff_seconds * (2 ** attempt), self.settings.max_backoff_seconds)

    def _check_answer(self, url: str, response: httpx.Response, redirected: bool) -> None:
        status = response.status_code
        if status in (401, 403):
            raise Blocked(url, f"HTTP {status} (access refused)", status)
        final = str(response.url)
        if redirected and LOGIN.search(final) and not LOGIN.search(url):
            raise Blocked(url, f"redirected to a login page ({final})", status)
