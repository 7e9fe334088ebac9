"""Kolada's open REST API over HTTP: one session with timeouts, retries with backoff, paging,
and requests that name too many ids split in two.

Built on requests with urllib3's ``Retry``: a 429 (rate limit) or a 5xx answer and a failed
connection are tried again after 0.5 s, 1 s, 2 s … (``backoff``), waiting what a
``Retry-After`` header asks, at most ``MAX_WAIT`` seconds. v2 (``api.kolada.se/v2``, the
documented one) and v3 share the paths; the base address is configurable.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ReadTimeoutError
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from ambition.importing.kolada import Observation, parse_response
from ambition.importing.problems import ImportRefused, Problem
from ambition.messages.reasons import errno_reason
from ambition.messages.text import Text, text

DEFAULT_BASE_URL = "https://api.kolada.se/v2"
PER_PAGE = 5000
"""Items per page asked for (Kolada's largest page)."""
MAX_WAIT = 60.0
"""The longest wait, in seconds, that a ``Retry-After`` header can ask between two tries."""
RETRIED = (429, 500, 502, 503, 504)
TOO_MANY_IDS = 422
"""Kolada's answer to a request that names too many ids: the request is split in two."""

Progress = Callable[[int, int], None]
"""Called with (requests done, requests known so far) as paging and splitting find more."""


class _CappedRetry(Retry):
    def get_retry_after(self, response: BaseHTTPResponse) -> float | None:
        wait = super().get_retry_after(response)
        return None if wait is None else min(wait, MAX_WAIT)


@dataclass
class KoladaClient:
    """A client of Kolada's data endpoint at ``base_url`` (no trailing slash needed).

    ``timeout`` is seconds to connect and to wait for an answer; ``retries`` how many times a
    failed request is tried again; ``backoff`` the first wait in seconds, doubled each time.
    """

    base_url: str = DEFAULT_BASE_URL
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5
    session: requests.Session = field(default_factory=requests.Session)

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        retry = _CappedRetry(
            total=self.retries,
            backoff_factor=self.backoff,
            backoff_max=MAX_WAIT,
            status_forcelist=RETRIED,
            allowed_methods={"GET"},
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["Accept"] = "application/json"
        self.session.headers["User-Agent"] = "ambition (kommunal uppföljning)"

    def url(self, kpis: Iterable[str], municipality: str, years: Iterable[int]) -> str:
        """The address of the values of ``kpis`` for ``municipality`` in ``years``."""
        return (
            f"{self.base_url}/data/kpi/{','.join(kpis)}/municipality/{municipality}"
            f"/year/{','.join(str(y) for y in years)}?per_page={PER_PAGE}"
        )

    def data(
        self,
        kpis: list[str],
        municipality: str,
        years: list[int],
        progress: Progress | None = None,
    ) -> list[Observation]:
        """Every observation of ``kpis`` for ``municipality`` in ``years``, all pages.

        A request answered 422 is split (the ids in halves, then the years) until it is
        accepted. Raises ImportRefused naming the request: a timeout, no connection, an HTTP
        error after the retries, a rate limit, a body that is not a Kolada answer, a paging
        link to another host.
        """
        pending = [(kpis, years)]
        done = 0
        found: list[Observation] = []
        while pending:
            names, wanted = pending.pop(0)
            link: str | None = self.url(names, municipality, wanted)
            while link is not None:
                status, body = self._get(link)
                if status == TOO_MANY_IDS and (len(names) > 1 or len(wanted) > 1):
                    pending[:0] = _halves(names, wanted)
                    break
                if status != 200:
                    raise ImportRefused([Problem(link, _http_message(status, body))])
                page = parse_response(body, link)
                found.extend(page.observations)
                link = self._checked_link(page.next_link, link)
                done += 1
                if progress is not None:
                    progress(done, done + len(pending) + (link is not None))
        return found

    def municipality_group(self, group: str) -> tuple[str, bytes]:
        """The address and body of Kolada's answer about the municipality group ``group``
        (``G…``: ``/municipality_groups/G…``, its members). Raises ImportRefused naming the
        request, as ``data`` does."""
        link = f"{self.base_url}/municipality_groups/{group}"
        status, body = self._get(link)
        if status != 200:
            raise ImportRefused([Problem(link, _http_message(status, body))])
        return link, body

    def _get(self, url: str) -> tuple[int, bytes]:
        try:
            response = self.session.get(url, timeout=self.timeout)
        except requests.Timeout:
            message = self._timed_out()
        except requests.ConnectionError as error:
            # After the retries, requests reports a read timeout as a ConnectionError.
            cause = error.args[0] if error.args else None
            if isinstance(getattr(cause, "reason", None), ReadTimeoutError):
                message = self._timed_out()
            else:
                message = text("import.kolada.no-connection", reason=errno_reason(_reason(error)))
        except requests.RequestException as error:
            message = text("import.kolada.request-failed", reason=type(error).__name__)
        else:
            return response.status_code, response.content
        raise ImportRefused([Problem(url, message)])

    def _timed_out(self) -> Text:
        whole = float(self.timeout).is_integer()
        key = "import.kolada.timeout" if whole else "import.kolada.timeout.fraction"
        return text(key, seconds=float(self.timeout))

    def _checked_link(self, link: str | None, current: str) -> str | None:
        if link is None:
            return None
        if urlsplit(link).netloc != urlsplit(self.base_url).netloc:
            raise ImportRefused([Problem(current, text("import.kolada.other-host", link=link))])
        return link


def _halves(names: list[str], years: list[int]) -> list[tuple[list[str], list[int]]]:
    if len(names) > 1:
        middle = len(names) // 2
        return [(names[:middle], years), (names[middle:], years)]
    middle = len(years) // 2
    return [(names, years[:middle]), (names, years[middle:])]


def _reason(error: requests.ConnectionError) -> str:
    found = re.search(r"\[Errno -?\d+\][^'\")]*", str(error))
    return found.group(0).strip() if found else type(error).__name__


def _http_message(status: int, body: bytes) -> Text:
    excerpt = body[:200].decode("utf-8", "replace").strip()
    said = text("import.kolada.answer", excerpt=excerpt) if excerpt else ""
    if status == 429:
        return text("import.kolada.http-429", said=said)
    if status >= 500:
        return text("import.kolada.http-5xx", status=status, said=said)
    if status == TOO_MANY_IDS:
        return text("import.kolada.http-422", said=said)
    return text("import.kolada.http-other", status=status, said=said)
