"""A small headless Chromium driver over the DevTools pipe, for the page test and benchmark.

Chromium started with ``--remote-debugging-pipe`` reads DevTools Protocol commands on file
descriptor 3 and writes replies and events on 4, as NUL-terminated JSON: enough to open a
page, evaluate script, click, watch the network and take a screenshot with the standard
library alone (no Playwright, no websocket client, no driver download).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
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
    "--mute-audio",
    "--remote-debugging-pipe",
)
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")


class BrowserError(RuntimeError):
    """Chromium is missing, did not start, or a DevTools command failed or timed out."""


def find_chromium() -> str | None:
    """Path of a Chromium-like browser (``$CHROMIUM`` first), or None."""
    env = os.environ.get("CHROMIUM")
    if env and Path(env).exists():
        return env
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Chromium:
    """One headless browser with one page (a DevTools session attached to a new tab).

    ``requests`` lists the URL of every request the page made (``Network.requestWillBeSent``).
    Use as a context manager; the browser and its temporary profile go away on exit.
    """

    def __init__(
        self, executable: str | None = None, *, width: int = 1280, height: int = 900
    ) -> None:
        exe = executable or find_chromium()
        if exe is None:
            raise BrowserError("no Chromium found (apt-get install chromium, or set $CHROMIUM)")
        self._profile = tempfile.mkdtemp(prefix="claims-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire() -> None:  # in the child: the pipe ends as fds 3 and 4
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        args = [exe, *FLAGS, f"--user-data-dir={self._profile}",
                f"--window-size={width},{height}", "about:blank"]
        try:
            self._proc = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                close_fds=False,
                preexec_fn=wire,  # noqa: PLW1509 (single-threaded caller)
            )
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self.requests: list[str] = []
        self.session: str | None = None
        try:
            target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)
            attached = self.send(
                "Target.attachToTarget",
                {"targetId": target["targetId"], "flatten": True},
                session=False,
            )
            self.session = attached["sessionId"]
            for domain in ("Page", "Runtime", "Network"):
                self.send(f"{domain}.enable")
            self.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            )
        except Exception:
            self.close()
            raise

    # ------------------------------------------------------------------ protocol
    def send(
        self, method: str, params: dict[str, Any] | None = None, *, session: bool = True,
        timeout: float = 30.0,
    ) -> dict[str, Any]:
        """Send one DevTools command and return its result (events met meanwhile are kept)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._to_child, data):]
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == message["id"]:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self._event(reply)

    def wait_event(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        """The params of the first event ``method`` seen (kept from before, or awaited)."""
        for i, event in enumerate(self._events):
            if event["method"] == method:
                return self._events.pop(i).get("params", {})
        deadline = time.monotonic() + timeout
        while True:
            message = self._read(deadline)
            if message.get("method") == method:
                self._event(message, keep=False)
                return message.get("params", {})
            self._event(message)

    def _event(self, message: dict[str, Any], keep: bool = True) -> None:
        if message.get("method") == "Network.requestWillBeSent":
            self.requests.append(message["params"]["request"]["url"])
        if keep and "method" in message:
            self._events.append(message)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_child], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the DevTools pipe (it crashed or exited)")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)

    # ------------------------------------------------------------------ page
    def open(self, url: str, timeout: float = 60.0) -> float:
        """Navigate to ``url`` and wait for its load event; return the seconds it took."""
        self._events = [e for e in self._events if e["method"] != "Page.loadEventFired"]
        started = time.perf_counter()
        result = self.send("Page.navigate", {"url": url}, timeout=timeout)
        if result.get("errorText"):
            raise BrowserError(f"cannot open {url}: {result['errorText']}")
        self.wait_event("Page.loadEventFired", timeout=timeout)
        return time.perf_counter() - started

    def evaluate(self, expression: str, timeout: float = 30.0) -> Any:
        """Value of a JavaScript expression in the page (JSON-serialisable results)."""
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            timeout=timeout,
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            why = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"script failed: {why}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 10.0) -> Any:
        """Evaluate ``expression`` until it is truthy (after the page's queued events ran);
        its value, or BrowserError after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"still false after {timeout} s: {expression}")
            time.sleep(0.05)

    def click(self, selector: str) -> None:
        """A real mouse click (press and release) in the middle of the first ``selector``,
        once it is scrolled into view and its place has stopped moving (lazily laid-out
        content above it can shift it for a frame or two)."""
        box = self.evaluate(
            f"""(async () => {{
              const frame = () => new Promise(r => requestAnimationFrame(() => r()));
              let el = null;
              for (let i = 0; i < 60 && !el; i++) {{  // elements a script adds: wait a bit
                el = document.querySelector({json.dumps(selector)});
                if (!el) await frame();
              }}
              if (!el) return null;
              let last = null;
              for (let i = 0; i < 20; i++) {{
                el.scrollIntoView({{block: 'center'}});
                await frame(); await frame();
                const r = el.getClientRects()[0];
                const now = [r.left + r.width / 2, r.top + r.height / 2];
                if (last && now[0] === last[0] && now[1] === last[1]) return now;
                last = now;
              }}
              return last;
            }})()"""
        )
        if box is None:
            raise BrowserError(f"nothing matches {selector!r}")
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1},
            )

    def screenshot(self, path: Path, *, full_page: bool = False) -> None:
        """Write a PNG (a JPEG if ``path`` ends in .jpg) of the viewport or whole page."""
        jpeg = str(path).lower().endswith((".jpg", ".jpeg"))
        params: dict[str, Any] = {"format": "jpeg", "quality": 85} if jpeg else {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        Path(path).write_bytes(base64.b64decode(data))

    # ------------------------------------------------------------------ lifetime
    def close(self) -> None:
        """Close the browser (politely, then by force) and remove its profile."""
        with contextlib.suppress(Exception):
            self.send("Browser.close", session=False, timeout=5)
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for fd in (self._to_child, self._from_child):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
