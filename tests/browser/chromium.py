"""A small driver of headless Chromium over the DevTools protocol, standard library only.

Chromium is started with ``--remote-debugging-pipe``: it reads protocol commands from file
descriptor 3 and writes responses and events to file descriptor 4, each message a JSON object
ended by a NUL byte. That avoids a WebSocket client and any open port. Used by the browser tests
and by ``python -m tests.browser.screenshots``.
"""

import base64
import fcntl
import json
import os
import selectors
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--hide-scrollbars",
    "--mute-audio",
)
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")


class BrowserError(RuntimeError):
    """Chromium could not be started, answered with an error, or did not answer in time."""


def find_chromium() -> str | None:
    """The path of a Chromium binary (``$CHROMIUM``, then the usual names on PATH), or None."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """A running headless Chromium and one page (tab) attached to it."""

    def __init__(self, binary: str, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="ambition-chromium-")
        commands_read, self._commands = os.pipe()
        self._responses, responses_write = os.pipe()

        def child_fds() -> None:
            # Move the pipe ends to fds 3 and 4 in the child (via high fds, so they never clash).
            high_read = fcntl.fcntl(commands_read, fcntl.F_DUPFD, 10)
            high_write = fcntl.fcntl(responses_write, fcntl.F_DUPFD, 10)
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        self._process = subprocess.Popen(
            [
                binary,
                *FLAGS,
                "--remote-debugging-pipe",
                f"--user-data-dir={self._profile.name}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=child_fds,  # a single-threaded test helper
        )
        os.close(commands_read)
        os.close(responses_write)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        self.session: str = attached["sessionId"]

    def _read_message(self, deadline: float) -> dict[str, Any]:
        selector = selectors.DefaultSelector()
        selector.register(self._responses, selectors.EVENT_READ)
        try:
            while b"\0" not in self._buffer:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not selector.select(remaining):
                    raise BrowserError("Chromium did not answer in time")
                chunk = os.read(self._responses, 1 << 20)
                if not chunk:
                    raise BrowserError("Chromium closed the DevTools pipe")
                self._buffer += chunk
        finally:
            selector.close()
        message, self._buffer = self._buffer.split(b"\0", 1)
        result: dict[str, Any] = json.loads(message)
        return result

    def send(
        self, method: str, params: dict[str, Any] | None = None, *, session: bool = False
    ) -> dict[str, Any]:
        """Send a command (to the page's session when ``session``) and return its result.

        Raises BrowserError when Chromium answers with an error.
        """
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            self.events.append(answer)

    def page(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send a command to the page."""
        return self.send(method, params, session=True)

    def wait_for(self, event: str) -> dict[str, Any]:
        """Wait for the page's next ``event`` (e.g. 'Page.loadEventFired') and return it."""
        deadline = time.monotonic() + self.timeout
        for index, seen in enumerate(self.events):
            if seen.get("method") == event:
                return self.events.pop(index)
        while True:
            message = self._read_message(deadline)
            if message.get("method") == event:
                return message
            self.events.append(message)

    def open(
        self, url: str, *, bypass_csp: bool = False, width: int = 1280, height: int = 900
    ) -> None:
        """Load ``url`` in the page and wait for its load event. Network requests are recorded
        (see :meth:`requests`); ``bypass_csp`` turns the page's Content-Security-Policy off."""
        self.page("Page.enable")
        self.page("Network.enable")
        self.page(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        self.page("Page.setBypassCSP", {"enabled": bypass_csp})
        self.page("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def requests(self) -> list[str]:
        """URLs of every request the page has made since it was opened."""
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises awaited).

        Raises BrowserError when the expression throws.
        """
        answer = self.page(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
        )
        if "exceptionDetails" in answer:
            raise BrowserError(f"script failed: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def screenshot(
        self, path: Path, *, full_page: bool = False, y: int = 0, height: int = 0
    ) -> None:
        """Save a PNG of the viewport, of the whole page, or of ``height`` pixels from ``y``."""
        params: dict[str, Any] = {
            "format": "png",
            "captureBeyondViewport": full_page or bool(height),
        }
        if full_page or height:
            size = self.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
            )
            clip_height = height or size[1]
            params["clip"] = {"x": 0, "y": y, "width": size[0], "height": clip_height, "scale": 1}
        data = self.page("Page.captureScreenshot", params)["data"]
        path.write_bytes(base64.b64decode(data))

    def pdf(self, path: Path) -> None:
        """Print the page to PDF with its print stylesheet (A4 from ``@page``)."""
        data = self.page("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})[
            "data"
        ]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        """Close Chromium and remove its profile."""
        with suppress(BrowserError, OSError):
            self.send("Browser.close")
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for fd in (self._commands, self._responses):
            with suppress(OSError):
                os.close(fd)
        self._profile.cleanup()


@contextmanager
def chromium(binary: str, timeout: float = 60.0) -> Iterator[Browser]:
    """A headless Chromium for the length of a ``with`` block."""
    browser = Browser(binary, timeout)
    try:
        yield browser
    finally:
        browser.close()
