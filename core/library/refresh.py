"""Refresh: fetch every subscription, politely and concurrently, and store what is new.

The network side runs on one asyncio loop in a thread of its own, with one httpx client:

* a bounded number of connections in all and per host (:class:`Policy`);
* conditional requests: the ETag and Last-Modified of the last success go out as
  If-None-Match and If-Modified-Since, and a 304 ends the feed's refresh there;
* gzip and deflate (httpx decodes them), redirects followed up to a few hops, and a
  subscription whose every hop was permanent (301, 308) takes the new address;
* a connect and read time-out, and a deadline for the whole exchange (a server that drips
  one byte a second never ends otherwise); a size cap on the decoded body, which also
  stops a gzip bomb;
* retries with exponential backoff on 429 and 5xx, waiting what Retry-After asks (seconds
  or an HTTP date) when it asks no more than :attr:`Policy.max_wait`;
* a User-Agent naming newsprism and its version.

The calling thread stores: each feed's entries go through the one reading path
(:func:`core.reading.feed.parse_feed`, which fetches the page of an entry that holds only a
summary, here through the same polite client, and keeps the feed's summary of an entry whose page
fails: that entry counts as the feed's, is said once, and its page is asked for again later,
after :func:`page_wait`, or at once when the refresh is asked to (``retry_pages``: `refresh --force`,
named feeds), while the feed lists it (:func:`pages_waiting`); a feed cut off before its end fails whole), and
each new article is added through
:meth:`core.library.store.Library.add` in its own transaction (story and links with it). An entry
is remembered once its article is stored; the feed's validators are saved only after all its
entries are. A refresh killed half-way therefore loses nothing: the next one fetches the
feed again (its validators are the old ones) and skips the entries already stored.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import queue
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from core.errors import ReadError
from core.library.subscriptions import Seen, Subscription, Subscriptions
from core.text import count

if TYPE_CHECKING:
    import httpx

    from core.config import RefreshSettings

    from core.reading import Fetched

    from core.library.store import Library
    from core.model import Article

__all__ = [
    "FAILURE_WAIT", "FAILURE_WAIT_MAX", "FeedCheck", "FeedOutcome", "FetchError", "Network", "Policy", "Response", "Stats",
    "PageWait", "Unreachable", "check_feed", "due", "failure_wait", "next_due", "page_wait", "pages_waiting", "refresh",
    "site_of", "user_agent",
]


def user_agent() -> str:
    """The User-Agent every request carries: ``newsprism/VERSION (feed reader; +httpx)``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        mine = version("newsprism")
    except PackageNotFoundError:
        mine = "dev"
    return f"newsprism/{mine} (feed reader; httpx)"


def site_of(url: str) -> str:
    """The server a politeness limit (:class:`Policy` ``per_host``, ``host_delay``) counts *url*
    against: its host and port, as robots.txt rules apply (RFC 9309, 2.3: scheme, host and port):
    two ports of one machine are two servers, and "http://a.example" and "http://a.example:80" one."""
    import httpx

    parsed = httpx.URL(url)
    port = parsed.port or {"http": 80, "https": 443}.get(parsed.scheme, 0)
    return f"{parsed.host}:{port}"


@dataclass(frozen=True, slots=True)
class Policy:
    """How politely and how hard a refresh fetches. Times in seconds, sizes in bytes."""

    connections: int = 16  # open connections in all
    per_host: int = 2  # requests under way to one server (host and port: site_of) at once
    timeout: float = 15.0  # to connect, and between two reads
    deadline: float = 60.0  # for one whole exchange, body included
    max_bytes: int = 16 * 2**20  # decoded body; above this the response is refused
    retries: int = 3  # further tries after a 429 or a 5xx
    backoff: float = 1.0  # the first wait; doubled at each try, with up to 50% jitter
    max_wait: float = 120.0  # a Retry-After asking longer than this is not waited for
    max_redirects: int = 5
    host_delay: float = 0.0  # between the starts of two requests to one server (site_of)
    fetch_pages: bool = True  # fetch the page of an entry that gives only a summary

    @classmethod
    def from_settings(cls, settings: RefreshSettings) -> Policy:
        """The policy the user's config gives (:func:`core.config.refresh_settings`): its jobs
        are the connections in all, one request at a time per host, its delay between them."""
        return cls(
            connections=settings.jobs, per_host=1, timeout=settings.timeout, deadline=max(60.0, settings.timeout * 4),
            host_delay=settings.host_delay, fetch_pages=settings.fetch_pages,
        )


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched body (``status`` 200) or a 304 (``status`` 304, ``data`` empty)."""

    url: str  # the address that answered, after redirects
    status: int
    data: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    moved_to: str | None  # every redirect was permanent: the subscription's new address


@dataclass(slots=True)
class Stats:
    """What the network side did in one refresh."""

    requests: int = 0  # HTTP requests sent, retries and redirect hops included
    conditional: int = 0  # of those, with If-None-Match or If-Modified-Since
    not_modified: int = 0  # 304 answers
    bytes: int = 0  # decoded body bytes received
    retries: int = 0


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """How one subscription's refresh ended.

    ``status``: "updated" (articles added or revised), "unchanged" (a 304, or nothing new),
    "failed" (``error`` says why, in one line; the articles stored before the failure stay).
    """

    feed: Subscription
    status: Literal["updated", "unchanged", "failed"]
    added: int = 0  # new articles
    revised: int = 0  # articles stored again with a changed body (a new version)
    error: str | None = None
    moved_to: str | None = None
    stories: tuple[int, ...] = ()  # the stories that got new or revised articles
    skipped: tuple[str, ...] = field(default=())  # entries that gave no article, one line each
    #: Entries kept as the feed's summary because their page failed (one line each), said by the
    #: refresh that kept them; their pages are asked for again later (:func:`page_wait`), in silence.
    notes: tuple[str, ...] = field(default=())
    #: The subscription refreshed, where it moved for good to the address of another (``feed``)
    #: and was folded into it (:meth:`Subscriptions.succeeded`): it is no more.
    merged_from: Subscription | None = None
    #: The entries of the feed still kept as its summary after this refresh because their page
    #: failed (:func:`pages_waiting`): when each is asked for again, and why it failed if it was
    #: asked for this time.
    waiting: tuple[PageWait, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        """The outcome as `refresh --json` prints it."""
        return {
            "id": self.feed.id, "url": self.feed.url, "title": self.feed.title, "status": self.status,
            "added": self.added, "revised": self.revised, "error": self.error, "moved_to": self.moved_to,
            "merged_from": self.merged_from and {"id": self.merged_from.id, "url": self.merged_from.url},
            "stories": list(self.stories), "skipped": list(self.skipped), "notes": list(self.notes),
            "waiting": [w.to_json() for w in self.waiting],
        }


class PageWait(NamedTuple):
    """An entry of a feed kept as the feed's summary because its page failed, as
    :func:`pages_waiting` gives it: its page's address (None when the library has none), the
    article the summary is, the failures of its page in a row, when a refresh asks for the page
    again (seconds since the epoch: :func:`page_wait` after the last failure; a refresh of the
    feed by name or ``--force`` asks at once), and why it failed when a refresh just asked for it
    (``error``, one line; None otherwise)."""

    page: str | None
    article: str | None
    failures: int
    due: float
    error: str | None = None

    def to_json(self) -> dict[str, object]:
        """The entry as `refresh --json` and `feeds list --json` give it ("due": ISO 8601, UTC)."""
        from core.library.subscriptions import iso_time

        return {"page": self.page, "article": self.article, "failures": self.failures, "due": iso_time(self.due),
                "error": self.error}


class FetchError(ReadError):
    """A request that gave no usable body; the message is one line without the address."""


class Unreachable(FetchError):
    """No answer worth judging the address by: no connection, no answer in time, or a server in
    trouble (429, 5xx) after the retries. A later try may well succeed."""


class _Unchanged(ReadError):
    """Not fetched: the page of an entry the feed lists unchanged, stored already."""


class GoneError(FetchError):
    """The server says the page is not there (HTTP 404 Not Found, 410 Gone). A feed can list an
    entry before its page is up, so the entry is skipped, not failed, and asked for again."""


def _size(size: int) -> str:
    """A size in bytes as people say it: "16 MB", "512 KB", "300 bytes", "1 byte"."""
    if size >= 2**20:
        return f"{size / 2**20:g} MB"
    return f"{size / 2**10:g} KB" if size >= 2**10 else count(size, "byte")


def _retry_after(value: str | None, now: float) -> float | None:
    """Seconds a Retry-After header asks to wait (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


#: How many fetched feeds wait at most for the calling thread to store them (:meth:`Network.feeds`).
WAITING = 8


class Network:
    """One httpx client on an asyncio loop in a thread of its own; use as a context manager.

    :meth:`feeds` fetches subscriptions concurrently and yields their answers to the calling
    thread as they come; :meth:`page` fetches one page for the calling thread (the reading
    path's fetcher), through the same limits.
    """

    def __init__(self, policy: Policy = Policy(), *, sleep: Callable[[float], Any] | None = None) -> None:
        self.policy = policy
        self.stats = Stats()
        self._sleep = sleep or asyncio.sleep
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="newsprism-refresh", daemon=True)
        self._client: httpx.AsyncClient | None = None
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._next: dict[str, float] = {}  # per host: when the next request may start (host_delay)

    def __enter__(self) -> Network:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._open(), self._loop).result()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def _open(self) -> None:
        import httpx

        limits = httpx.Limits(max_connections=self.policy.connections, max_keepalive_connections=self.policy.connections)
        self._client = httpx.AsyncClient(
            limits=limits, timeout=httpx.Timeout(self.policy.timeout), follow_redirects=True,
            max_redirects=self.policy.max_redirects, headers={"User-Agent": user_agent()},
        )

    def close(self) -> None:
        """Cancel what is under way, close the client and stop the thread."""
        if not self._thread.is_alive():
            return

        async def shutdown() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if self._client is not None:
                await self._client.aclose()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=30)
        self._loop.close()

    # --- one exchange ---------------------------------------------------------------

    async def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET *url* under the policy; :class:`FetchError` (one line) when no body comes."""
        import httpx

        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = site_of(url)
        gate = self._hosts.setdefault(host, asyncio.Semaphore(self.policy.per_host))
        attempt = 0
        while True:
            async with gate:
                if self.policy.host_delay > 0:
                    wait = self._next.get(host, 0.0) - time.monotonic()
                    if wait > 0:
                        await self._sleep(wait)
                    self._next[host] = time.monotonic() + self.policy.host_delay
                try:
                    response = await asyncio.wait_for(self._exchange(url, headers), self.policy.deadline)
                except TimeoutError:
                    raise Unreachable(f"no answer within {self.policy.deadline:g} s") from None
            status = response.status
            if status != 429 and status < 500:
                return response
            asked = response.retry_after if isinstance(response, _Retry) else None
            if attempt >= self.policy.retries:
                raise Unreachable(f"HTTP {status}" + (" (still, after retries)" if attempt else ""))
            if asked is not None and asked > self.policy.max_wait:
                raise Unreachable(f"HTTP {status}; the server asks to wait {asked:.0f} s before trying again")
            wait = asked if asked is not None else self.policy.backoff * 2**attempt * (1 + random.random() / 2)
            attempt += 1
            self.stats.retries += 1
            await self._sleep(wait)

    async def _exchange(self, url: str, headers: dict[str, str]) -> Response:
        import httpx

        assert self._client is not None
        self.stats.requests += 1
        if headers:
            self.stats.conditional += 1
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                self.stats.requests += len(response.history)
                status = response.status_code
                if status == 429 or status >= 500:
                    return _Retry(str(response.url), status, b"", "", None, None, None,
                                  retry_after=_retry_after(response.headers.get("retry-after"), time.time()))
                if status == 304:
                    self.stats.not_modified += 1
                    await response.aread()  # empty; read, so the connection goes back to the pool
                    return self._response(response, b"")
                if status >= 400:
                    error = GoneError if status in (404, 410) else FetchError
                    raise error(f"HTTP {status}" + (f" {response.reason_phrase}" if response.reason_phrase else ""))
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.policy.max_bytes and "content-encoding" not in response.headers:
                    raise FetchError(f"larger than {_size(self.policy.max_bytes)}; not fetched")
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise FetchError(f"larger than {_size(self.policy.max_bytes)}; not fetched")
                    chunks.append(chunk)
                self.stats.bytes += size
                return self._response(response, b"".join(chunks))
        except httpx.TooManyRedirects:
            raise FetchError(f"more than {self.policy.max_redirects} redirects (a redirect loop?)") from None
        except httpx.TimeoutException:
            raise Unreachable(f"timed out (no answer within {self.policy.timeout:g} s)") from None
        except httpx.InvalidURL:
            raise FetchError("not a valid address") from None
        except httpx.ConnectError as exc:
            reason = str(exc).split("\n")[0]
            detail = "" if not reason or "connection attempts failed" in reason else f": {reason}"
            raise Unreachable(f"cannot connect to {httpx.URL(url).host}{detail}") from None
        except httpx.DecodingError:
            raise FetchError("the body does not decode (broken gzip?)") from None
        except httpx.HTTPError as exc:
            reason = str(exc).split("\n")[0] or type(exc).__name__
            raise Unreachable(f"cannot fetch ({reason})") from None

    @staticmethod
    def _response(response: httpx.Response, data: bytes) -> Response:
        moved = None
        if response.history and all(r.status_code in (301, 308) for r in response.history):
            moved = str(response.url)
        return Response(
            str(response.url), response.status_code, data, response.headers.get("content-type", ""),
            response.headers.get("etag"), response.headers.get("last-modified"), moved,
        )

    # --- for the calling thread --------------------------------------------------------

    def feeds(
        self, subscriptions: Sequence[Subscription], *, in_full: Collection[int] = ()
    ) -> Iterator[tuple[Subscription, Response | FetchError]]:
        """Fetch every subscription (conditionally, unless its id is *in_full*), yielding each
        answer as it comes.

        At most :data:`WAITING` answers wait for the caller at once, so a slow caller holds few
        bodies. The others wait for room on the loop, never in a thread: a caller that stops
        (a signal ended the refresh) leaves nothing that :meth:`close` cannot cancel (a thread
        blocked on a full queue kept the process from ever exiting)."""
        answers: queue.SimpleQueue[tuple[Subscription, Response | FetchError]] = queue.SimpleQueue()
        room = asyncio.Semaphore(WAITING)

        async def one(sub: Subscription) -> None:
            etag, modified = (None, None) if sub.id in in_full else (sub.etag, sub.last_modified)
            try:
                result: Response | FetchError = await self.get(sub.url, etag=etag, last_modified=modified)
            except FetchError as exc:
                result = exc
            await room.acquire()  # the caller is behind: wait for room without blocking the loop
            answers.put((sub, result))

        async def every() -> None:
            await asyncio.gather(*(one(s) for s in subscriptions))

        asyncio.run_coroutine_threadsafe(every(), self._loop)
        for _ in subscriptions:
            answer = answers.get()
            self._loop.call_soon_threadsafe(room.release)
            yield answer

    def fetch(self, url: str) -> Response:
        """GET *url* now, from the calling thread: :class:`FetchError` (one line) when no body comes."""
        return asyncio.run_coroutine_threadsafe(self.get(url), self._loop).result()

    def page(self, url: str) -> Fetched:
        """Fetch one page for the reading path (:data:`core.reading.Fetcher`): :class:`ReadError`
        naming *url* when it fails."""
        from core.reading import Fetched

        try:
            response = asyncio.run_coroutine_threadsafe(self.get(url), self._loop).result()
        except GoneError as exc:
            raise GoneError(f"{url}: {exc}") from None
        except FetchError as exc:
            raise ReadError(f"{url}: {exc}") from None
        return Fetched(response.url, response.data, response.content_type)


@dataclass(frozen=True, slots=True)
class _Retry(Response):
    """A 429 or 5xx answer, with what its Retry-After asked."""

    retry_after: float | None = None


# --- entries ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str
    digest: str
    link: str


class Channel(NamedTuple):
    """What a feed says of itself: its title and the address of the site it is the feed of (the
    channel's ``<link>``, an Atom feed's alternate link; http or https only), each None where it
    says none."""

    title: str | None = None
    site: str | None = None


def _entries(data: bytes) -> tuple[bool, Channel, list[_Entry]]:
    """Whether *data* is a feed (RSS, Atom or JSON Feed, maybe without entries), its :class:`Channel` and, for
    each entry in the feed's order, its key (id, else link, else title; an id entries of several
    links share, with the entry's link) and a digest of what the feed says of it (title, link,
    dates, summary, content). :class:`FetchError` (one line) for
    a feed that declares entities or is broken (cut off before its end: :func:`core.reading.feed.cut_off`)."""
    from core.reading.feed import read_feed  # the reading path's own reading, and its refusals

    parsed, refused = read_feed(data)
    if refused:
        raise FetchError(refused)  # as the reading path says of the same file: none of it is read
    if parsed.get("bozo") and not parsed.get("entries") and parsed.get("version"):
        # as the reading path says of the same file (core.reading.feed): broken, not empty
        raise FetchError(f"not a readable feed ({type(parsed.get('bozo_exception')).__name__})")
    found = []
    for entry in parsed.get("entries") or []:
        link = str(entry.get("link") or "")
        # feedparser warns when "updated" falls back to "published": read the keys it stores.
        said = [dict.get(entry, k) for k in ("title", "link", "published", "updated", "summary")]
        said += [c.get("value") for c in entry.get("content") or []]
        digest = hashlib.sha256(json.dumps(said, default=str).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        key = str(entry.get("id") or link or entry.get("title") or digest)
        found.append(_Entry(key, digest, link))
    # An id several entries of other pages share (a site's home page, or one constant, as every
    # item's <guid>) tells none of them apart: each is known by the id and its link.
    links: dict[str, set[str]] = {}
    for e in found:
        links.setdefault(e.key, set()).add(e.link)
    found = [_Entry(f"{e.key} {e.link}", e.digest, e.link) if len(links[e.key]) > 1 else e for e in found]
    from core.sanitize import sanitize

    channel = parsed.get("feed") or {}
    title = sanitize(" ".join(str(channel.get("title") or "").split())) or None
    site = sanitize(str(channel.get("link") or "").strip()) or None
    if site is not None and (not site.lower().startswith(("http://", "https://")) or any(c.isspace() for c in site)):
        site = None
    return bool(parsed.get("version")) or bool(found), Channel(title, site), found


def _feed_link(data: bytes) -> str | None:
    """The feed an HTML page names (``<link rel="alternate" type="application/rss+xml">``, Atom's,
    RDF's, or a JSON Feed's ``application/feed+json``)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(data[:1_000_000])
    except Exception:  # noqa: BLE001 - not HTML enough to say
        return None
    for link in tree.xpath("//link[@href]"):
        rel = str(link.get("rel") or "").lower().split()
        kind = str(link.get("type") or "").lower()
        if "alternate" in rel and kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
                                           "application/feed+json"):
            return str(link.get("href"))
    return None


def _discover(response: Response, network: Network) -> tuple[Response, Channel, list[_Entry]]:
    """The feed *response* is, with its :class:`Channel` and entries; or, when *response* is a web page that
    names its feed (``<link rel="alternate">``, as feed readers discover it), that feed, fetched
    once, as a permanent move to its address (``moved_to``). :class:`FetchError` (one line)
    saying what *response* is otherwise; an :class:`Unreachable` named feed stays one."""
    from dataclasses import replace
    from urllib.parse import urljoin

    is_feed, channel, entries = _entries(response.data)
    if is_feed:
        return response, channel, entries
    named = _feed_link(response.data)
    hint = ""
    if named:
        address = urljoin(response.url, named)
        try:
            found = network.fetch(address)
        except FetchError as exc:
            raise type(exc)(f"not a feed; the page names its feed, {address}, which failed: {exc}") from None
        is_feed, channel, entries = _entries(found.data)
        if is_feed:
            return replace(found, moved_to=found.url), channel, entries
        response, hint = found, f"; the page names its feed, {address}, which is not one either"
    kind = response.content_type.split(";")[0].strip() or "page"
    article = "an" if kind[:1].lower() in ("a", "e", "i", "o", "u") else "a"  # "an application/octet-stream"
    raise FetchError(f"not a feed ({article} {kind} without RSS, Atom or JSON Feed entries){hint}")


@dataclass(frozen=True, slots=True)
class FeedCheck:
    """What one look at an address said before subscribing to it (:func:`check_feed`).

    ``status``: "feed" (``url`` is a feed: subscribe to it; ``page`` is the web page that named
    it, when the address given was one), "refused" (there is no feed there: ``reason``), or
    "unreachable" (it could not be judged now: ``reason``; a refresh will).
    """

    status: Literal["feed", "refused", "unreachable"]
    url: str  # the address to subscribe to
    title: str | None = None  # the feed's own title
    reason: str | None = None
    page: str | None = None
    site: str | None = None  # the site it is the feed of (:class:`Channel`)


def check_feed(url: str, *, policy: Policy = Policy()) -> FeedCheck:
    """Fetch *url* once, as a refresh would, and say whether it is a feed to subscribe to.

    A web page that names its feed gives that feed's address (the subscription a refresh would
    move to); a permanent redirect gives its target. Refused: an HTTP error such as 404, a page
    that is no feed and names none, a broken feed. Unreachable (no connection, no answer in
    time, a server in trouble): the caller may subscribe all the same and let a refresh judge.
    """
    with Network(policy) as network:
        try:
            response = network.fetch(url)
            found, channel, _ = _discover(response, network)
        except Unreachable as exc:
            return FeedCheck("unreachable", url, reason=str(exc))
        except ReadError as exc:
            return FeedCheck("refused", url, reason=str(exc))
    named = found is not response
    return FeedCheck("feed", found.moved_to or url, channel.title, page=url if named else None, site=channel.site)


def _store_article(
    library: Library, article: Article, source: str, *, brief: bool = False, known: str | None = None
) -> tuple[Literal["added", "revised", "present"], str, int]:
    """Store one article read from a feed through :meth:`core.library.store.Library.add`; when the
    library holds the same article (:mod:`core.library.identity`: its address) with another body, it
    changed since: the body becomes a new version (:func:`core.library.changes.revise`; with *brief*, a
    feed's summary kept for want of its page, not over a longer text). With *brief* and *known*
    (the article the entry gave before, which the library holds), the summary is of that article,
    whatever its address: its page stored before may name another (its canonical address), and a
    page failing for a while gave a second, summary-only copy of the outlet's report (a tester's).
    What happened, the article's id in the library, and its story."""
    from core.library.changes import revise

    if brief and known is not None and (story := library.story_of(known)) is not None:
        revised = revise(library, known, article, source=source, brief=True)
        return ("revised", revised.article, revised.story) if revised is not None else ("present", known, story)
    outcome = library.add(article, source=source)
    if outcome.new:
        return "added", article.id, outcome.story
    held = outcome.existing or article.id
    if outcome.changed:
        revised = revise(library, held, article, source=source, brief=brief)
        if revised is not None:
            return "revised", revised.article, revised.story
    return "present", held, outcome.story


#: The digest an entry is remembered by while its article is the feed's summary because pages were
#: not fetched (``Policy.fetch_pages``): it counts as the feed's article, and never matches what the
#: feed says of it, so the next refresh reads the entry again, for its page. (A digest is 16 hex digits.)
PAGE_WANTED = "page wanted"


def _page_failed(digest: str, tries: int) -> str:
    """How an entry is remembered while its article is the feed's summary because its page failed
    *tries* times in a row: what the feed said of it (*digest*), "+", *tries* ("3f2a9c0b1e07d4a5+2")."""
    return f"{digest}+{tries}"


def _failures(remembered: str) -> tuple[str, int] | None:
    """The digest and the failures of its page in a row of an entry remembered as :func:`_page_failed`
    says; None for any other entry."""
    digest, plus, tries = remembered.partition("+")
    return (digest, int(tries)) if plus and tries.isdigit() else None


def _page_due(entry: Seen, now: float, at_once: bool = False) -> bool:
    """Whether the page of *entry* is to be asked for again *now*: it failed, and :func:`page_wait`
    has passed since (or, *at_once*, whenever it failed)."""
    failed = _failures(entry.digest)
    return failed is not None and (at_once or now >= entry.at + page_wait(failed[1]))


def pages_waiting(subs: Subscriptions, feed: int, errors: dict[str, str] | None = None) -> list[PageWait]:
    """The entries of *feed* kept as the feed's summary because their page failed, while the feed
    lists them (:class:`PageWait`: the page, when it is asked for again), the longest waiting first;
    *errors* (page -> why it failed) names why, for pages a refresh just asked for."""
    seen = sorted(((s, f[1]) for s in subs.seen(feed).values() if (f := _failures(s.digest)) is not None), key=lambda e: e[0].at)
    pages = subs.addresses(s.article for s, _ in seen if s.article)
    waits = []
    for entry, failures in seen:
        page = pages.get(entry.article) if entry.article else None
        waits.append(PageWait(page, entry.article, failures, entry.at + page_wait(failures),
                              (errors or {}).get(page) if page else None))
    return waits


def _store_feed(
    library: Library, subs: Subscriptions, sub: Subscription, response: Response, network: Network,
    retry_pages: bool = False,
) -> FeedOutcome:
    """Store the new and changed entries of one fetched feed; then its validators. The pages of
    entries kept as the feed's summary are asked for again when due, or at once with *retry_pages*.

    A web page that is no feed but names its feed (``<link rel="alternate">``, as feed readers
    discover it) is followed once (:func:`_discover`): its feed is read, and the subscription
    moves to the feed's address, as for a permanent redirect (``FeedOutcome.moved_to``)."""
    from urllib.parse import urljoin

    from core.reading import Item
    from core.reading.feed import FeedText, parse_feed
    from core.reading.sources import is_url

    if response.status == 304:
        subs.succeeded(sub.id, etag=response.etag or sub.etag, last_modified=response.last_modified or sub.last_modified)
        return FeedOutcome(sub, "unchanged", waiting=tuple(pages_waiting(subs, sub.id)))
    response, channel, entries = _discover(response, network)
    # An entry's link as the reading path reads it (core.reading.feed): a relative one ("/a/story.html")
    # against the feed's address, so the article it gives is known for the entry's.
    entries = [_Entry(e.key, e.digest, urljoin(sub.url, e.link)) if e.link and not is_url(e.link) else e for e in entries]
    seen = subs.seen(sub.id)
    now = time.time()

    def settled_entry(entry: _Entry) -> bool:
        """Stored, and the feed says the same of it; or kept as its summary, its page not due again yet."""
        if (remembered := seen.get(entry.key)) is None:
            return False
        failed = _failures(remembered.digest)
        return remembered.digest == entry.digest or (
            failed is not None and failed[0] == entry.digest and not _page_due(remembered, now, retry_pages))

    listed = {e.key for e in entries}
    for key, remembered in seen.items():
        if (failed := _failures(remembered.digest)) is not None and key not in listed:
            # Kept as its summary, and no longer listed: its page is not asked for again (nor the feed in full for it).
            subs.mark_entry(sub.id, key, failed[0], remembered.article)
    settled = {e.key for e in entries if settled_entry(e)}
    changed = [e for e in entries if e.key not in settled]
    added = revised = 0
    stories: dict[int, None] = {}
    skipped: list[str] = []
    notes: list[str] = []
    transient: dict[str, str] = {}  # page -> why it failed, for entries that gave nothing else
    gone: set[str] = set()  # pages the server says are not there
    pending: set[str] = set()  # entries stored from the feed's summary, their page not fetched (Policy.fetch_pages)
    kept: set[str] = set()  # entries stored from the feed's summary, their page failed: asked for later (page_wait)
    why: dict[str, str] = {}  # page -> why it failed, for entries kept as the feed's summary (PageWait.error)
    if changed:
        unchanged_links = {e.link for e in entries if e.key in settled and e.link}
        # A page several entries link (a feed listing one report over and over) is fetched once.
        listed_twice = {link for link, times in Counter(e.link for e in entries if e.link).items() if times > 1}
        fetched: dict[str, Fetched | ReadError] = {}

        def fetch(url: str) -> Fetched:
            if url in unchanged_links:  # an old entry whose page is stored already
                raise _Unchanged(f"{url}: unchanged")
            page = fetched.get(url)
            if page is None:
                try:
                    page = network.page(url)
                except GoneError as exc:
                    gone.add(url)  # skipped this time (said so), asked for again next time; no failure
                    page = exc
                except ReadError as exc:
                    transient[url] = str(exc)
                    page = exc
                if url in listed_twice:
                    fetched[url] = page
            if isinstance(page, ReadError):
                raise page
            return page

        fetching = network.policy.fetch_pages
        # Pages not fetched, a summary-only entry is stored as the brief it is rather than lost; it
        # stays unread, so a refresh that fetches pages replaces it by its page (a new version).
        # parse_feed gives one result for each entry, in the order of the entries read above (both
        # read the feed through core.reading.feed.read_feed): each article is known for its entry's,
        # whatever address its page names, and two entries of one link are two entries.
        results = parse_feed(response.data, source=sub.url, fetch=fetch if fetching else None, briefs=not fetching)
        for entry, result in zip(entries, results):
            if entry.key in settled:
                continue  # unchanged since it was stored (or listed twice)
            if not isinstance(result, Item):
                if not result.message.endswith(": unchanged"):
                    skipped.append(str(result))
                continue
            # A summary kept for want of its page (it failed, or pages are not fetched): stored (a brief
            # is an article) and counted as the feed's, but not settled: a later refresh asks for the page.
            wanted = isinstance(result, FeedText)
            lost = isinstance(result, FeedText) and result.lost
            if isinstance(result, FeedText):
                if isinstance(result.error, _Unchanged):
                    continue
                # Its page failed, but the feed gave its text: no failure, nor an entry left unread.
                transient.pop(result.page, None)
                gone.discard(result.page)
            # Failures of its page in a row before this one: the summary kept was said then, once.
            failed = _failures(seen[entry.key].digest) if entry.key in seen else None
            tries = failed[1] if failed is not None else 0
            if wanted:
                (kept if lost else pending).add(entry.key)
            known = seen[entry.key].article if entry.key in seen else None
            stored = _store_article(library, result.article, result.source, brief=wanted, known=known)
            if isinstance(result, FeedText) and result.lost:
                why[result.page] = str(result.error).removeprefix(f"{result.page}: ")
            if isinstance(result, FeedText) and result.lost and not tries:
                # (said once; where the entry's page was stored before, that text stays, not the summary)
                notes.append(result.note if stored[0] != "present" or known is None
                             else result.note.replace("kept the feed's summary instead", "the text stored before stays"))
            if stored[0] == "added":
                added += 1
            elif stored[0] == "revised":
                revised += 1
            if stored[0] != "present":
                stories[stored[2]] = None
            mark = _page_failed(entry.digest, tries + 1) if lost else PAGE_WANTED if wanted else entry.digest
            subs.mark_entry(sub.id, entry.key, mark, stored[1])
            if not wanted:
                settled.add(entry.key)
    if transient:
        # The pages that failed are tried again next time: the feed's old validators stay.
        first = next(iter(transient.values()))
        pages = count(len(changed), "new entry's page", "new entries' pages")
        subs.failed(sub.id, f"{len(transient)} of {pages} failed; first: {first}",
                    stored=bool(added or revised))
        return FeedOutcome(sub, "failed", added, revised, subs.get(sub.id).error, response.moved_to,
                           tuple(stories), tuple(skipped), tuple(notes), waiting=tuple(pages_waiting(subs, sub.id, why)))
    for entry in changed:
        # It gave no article (no text, no link): not read again unless it changes. With pages not
        # fetched, an entry with only a summary stays unread, for a refresh that fetches them.
        if entry.key not in settled | pending | kept and network.policy.fetch_pages and entry.link not in gone:
            subs.mark_entry(sub.id, entry.key, entry.digest, None)
    unread = bool(gone or pending) or not network.policy.fetch_pages and any(e.key not in settled for e in changed)
    # Entries left unread (pages not fetched, or not there yet) keep the old validators, so the feed is read again.
    # An entry kept as its summary does not: the feed is asked for in full when its page is due (refresh).
    etag, modified = (sub.etag, sub.last_modified) if unread else (response.etag, response.last_modified)
    now_id = subs.succeeded(sub.id, etag=etag, last_modified=modified, title=channel.title, url=response.moved_to, site=channel.site)
    status: Literal["updated", "unchanged"] = "updated" if added or revised else "unchanged"
    return FeedOutcome(subs.get(now_id), status, added, revised, None, response.moved_to, tuple(stories), tuple(skipped),
                       tuple(notes), merged_from=sub if now_id != sub.id else None,
                       waiting=tuple(pages_waiting(subs, now_id, why)))


#: How long a feed that failed twice in a row waits after its last attempt before a scheduled
#: refresh polls it again (seconds); it waits twice as long after each further failure.
FAILURE_WAIT = 15 * 60
#: The longest a failing feed waits (seconds), unless the refresh interval is longer: a dead site is
#: polled about once a day, and a site that comes back is read within a day.
FAILURE_WAIT_MAX = 24 * 3600


def page_wait(failures: int) -> float:
    """Seconds before the page of an entry kept as its feed's summary is asked for again, after
    *failures* failures of it in a row: :data:`FAILURE_WAIT` after the first (a scheduled refresh
    tries again), doubled after each further one (15 min, 30 min, 1 h, ...), up to
    :data:`FAILURE_WAIT_MAX`: a page gone (404) is not asked for at every refresh, and a page put
    up late, or back, still replaces the summary, within a day, for as long as the feed lists it.
    A refresh asked to (:func:`refresh`'s ``retry_pages``: named feeds, ``--force``, the reader's
    key) asks for it at once: the user put the page up, or wants to know."""
    return float(min(FAILURE_WAIT * 2 ** min(max(failures, 1) - 1, 32), FAILURE_WAIT_MAX))


def failure_wait(failures: int, *, interval: float) -> float:
    """Seconds a feed whose last *failures* refreshes failed waits after the last attempt before a
    scheduled refresh polls it again: none after one failure (it may have been the network's or
    the server's for a moment, and what it missed is wanted), then :data:`FAILURE_WAIT`, doubled
    after each further failure (15 min, 30 min, 1 h, ...) up to :data:`FAILURE_WAIT_MAX` or
    *interval* (minutes), whichever is longer.

    Exponential backoff with a cap, as feed readers back off from a dead site: Miniflux stops
    polling a feed after ``POLLING_PARSING_ERROR_LIMIT`` errors until its user refreshes it,
    and its users asked instead for a backoff "up to a day or three" that never gives up
    (https://github.com/miniflux/miniflux/issues/306); that is what this does. A refresh of
    named feeds, ``--force`` and the reader's refresh key poll a failing feed at once."""
    if failures <= 1:
        return 0.0
    return float(min(FAILURE_WAIT * 2 ** min(failures - 2, 32), max(interval * 60, FAILURE_WAIT_MAX)))


def next_due(feed: Subscription, *, interval: float) -> float | None:
    """When a scheduled refresh polls *feed* again (seconds since the epoch), or None when it
    was never polled (at once): *interval* minutes after its last refresh, or, when that failed,
    :func:`failure_wait` after it."""
    if feed.checked is None:
        return None
    if feed.error is None:
        return feed.checked + interval * 60
    return feed.checked + failure_wait(max(1, feed.failures), interval=interval)


def due(feeds: Sequence[Subscription], *, interval: float, now: float | None = None) -> list[Subscription]:
    """The subscriptions a polite scheduled refresh polls (:func:`next_due` is now or past): those
    never refreshed, those whose last refresh is *interval* minutes old or more, and those whose
    last refresh failed once (tried again at the next refresh, whatever *interval*) or, failing
    again and again, whose :func:`failure_wait` is over."""
    now = time.time() if now is None else now
    return [f for f in feeds if (when := next_due(f, interval=interval)) is None or when <= now]


def refresh(
    library: Library,
    feeds: Sequence[Subscription] | None = None,
    *,
    policy: Policy = Policy(),
    progress: Callable[[int, int, FeedOutcome], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    retry_pages: bool = False,
) -> tuple[list[FeedOutcome], Stats]:
    """Refresh *feeds* (default: every subscription of *library*) and store what is new.

    Args:
        library: the open library; its subscriptions and articles are read and written here.
        feeds: the subscriptions to refresh.
        policy: limits, time-outs, retries (:class:`Policy`).
        progress: called after each feed with (feeds done, feeds in all, its outcome).
        cancelled: polled between feeds; when it says True the refresh stops there (what is
            stored stays, and the next refresh completes the rest).
        retry_pages: ask at once for the pages of entries kept as their feed's summary because
            their page failed, not only those whose :func:`page_wait` is over (a refresh the user
            asked for: named feeds, ``--force``, the reader's key).

    Returns:
        One outcome per feed refreshed, in the order they finished, and the network's figures.
        A feed that fails is recorded as failed (its error kept for `feeds list`), never raised.
    """
    subs = Subscriptions(library)
    chosen = list(subs.all() if feeds is None else feeds)
    outcomes: list[FeedOutcome] = []
    now = time.time()
    # A feed with an entry kept as its summary whose page is due again is read in full (a 304 would
    # hide the entry); its validators were saved, so until then it costs a 304.
    in_full = {s.id for s in chosen if any(_page_due(entry, now, retry_pages) for entry in subs.seen(s.id).values())}
    with Network(policy) as network:
        for sub, answer in network.feeds(chosen, in_full=in_full):
            if isinstance(answer, FetchError):
                outcome = FeedOutcome(sub, "failed", error=str(answer))
                subs.failed(sub.id, str(answer))
            else:
                subs.storing(sub.id)
                try:
                    outcome = _store_feed(library, subs, sub, answer, network, retry_pages)
                except ReadError as exc:
                    outcome = FeedOutcome(sub, "failed", error=str(exc))
                    subs.failed(sub.id, str(exc))
            outcomes.append(outcome)
            if progress is not None:
                progress(len(outcomes), len(chosen), outcome)
            if cancelled():
                break
    library.relink()  # the stories that grew, linked as one run over their articles links them
    return outcomes, network.stats
