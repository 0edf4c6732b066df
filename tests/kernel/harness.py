"""Drives an installed Jupyter kernel through jupyter_client, for the kernel tests and the kernel benchmark.

Every wait has a time limit. Messages on IOPub are matched to the request that caused them by
parent_header.msg_id, so a late message from an earlier cell never leaks into a later one.
"""

from __future__ import annotations

import base64
import os
import queue
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_client.manager import KernelManager

KERNEL_NAME = os.environ.get("LAYERS_KERNEL_NAME", "layers")
STARTUP_TIMEOUT = float(os.environ.get("LAYERS_KERNEL_STARTUP_TIMEOUT", "60"))
CELL_TIMEOUT = 60.0
REQUEST_TIMEOUT = 30.0
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def kernel_spec(name: str = KERNEL_NAME):
    """The installed kernel spec, or None when Jupyter cannot find one by that name."""
    try:
        return KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        return None


def is_png(b64: str) -> bool:
    try:
        return base64.b64decode(b64)[: len(PNG_MAGIC)] == PNG_MAGIC
    except (ValueError, TypeError):
        return False


@dataclass
class Execution:
    """One execute_request and everything that came back for it, with the time each message was received."""

    code: str
    msg_id: str
    sent: float
    reply: dict | None = None
    reply_received: float | None = None
    idle_received: float | None = None
    iopub: list[tuple[float, dict]] = field(default_factory=list)

    # ---- the reply ----

    @property
    def content(self) -> dict:
        return self.reply["content"] if self.reply else {}

    @property
    def status(self) -> str | None:
        return self.content.get("status")

    @property
    def finished(self) -> float | None:
        """When the cell was seen to finish: the earlier of the reply and the idle status."""
        times = [t for t in (self.reply_received, self.idle_received) if t is not None]
        return min(times) if times else None

    # ---- IOPub ----

    def messages(self, *types: str) -> list[dict]:
        return [m for _, m in self.iopub if m["msg_type"] in types]

    def timed(self, *types: str) -> list[tuple[float, dict]]:
        return [(t, m) for t, m in self.iopub if m["msg_type"] in types]

    @property
    def results(self) -> list[dict]:
        return [m["content"] for m in self.messages("execute_result")]

    @property
    def displays(self) -> list[dict]:
        return [m["content"] for m in self.messages("display_data")]

    @property
    def updates(self) -> list[dict]:
        return [m["content"] for m in self.messages("update_display_data")]

    def bundles(self) -> list[dict]:
        """The data of every execute_result, display_data and update_display_data, in order."""
        return [m["content"].get("data", {})
                for m in self.messages("execute_result", "display_data", "update_display_data")]

    def stream(self, name: str = "stdout") -> str:
        return "".join(m["content"].get("text", "") for m in self.messages("stream")
                       if m["content"].get("name") == name)

    @property
    def error_text(self) -> str:
        """Every error the kernel reported, on the shell reply and on IOPub, as plain text."""
        parts = []
        sources = [self.content] if self.status == "error" else []
        sources += [m["content"] for m in self.messages("error")]
        for c in sources:
            parts.append(f"{c.get('ename', '')}: {c.get('evalue', '')}")
            parts.extend(c.get("traceback") or [])
        return strip_ansi("\n".join(parts))

    @property
    def traceback_lines(self) -> list[str]:
        """The lines of the first traceback reported (reply first, then IOPub)."""
        sources = [self.content] if self.status == "error" else []
        sources += [m["content"] for m in self.messages("error")]
        for c in sources:
            if c.get("traceback"):
                return strip_ansi("\n".join(c["traceback"])).splitlines()
        return []

    @property
    def all_text(self) -> str:
        """Streams, the text forms of every result and display, and errors: all a reader could see."""
        parts = [self.stream("stdout"), self.stream("stderr")]
        for data in self.bundles():
            for mime in ("text/plain", "text/html", "text/markdown"):
                if mime in data:
                    parts.append(str(data[mime]))
        parts.append(self.error_text)
        return "\n".join(p for p in parts if p)

    @property
    def result_text(self) -> str:
        """The text/plain of the cell's only execute_result."""
        assert len(self.results) == 1, f"expected exactly one execute_result\n{self.describe()}"
        return self.results[0]["data"].get("text/plain", "")

    def describe(self) -> str:
        """A short account of what came back, for assertion messages."""
        lines = [f"code: {self.code!r}", f"reply status: {self.status}"]
        if self.status == "error":
            lines.append(f"reply error: {self.content.get('ename')}: {self.content.get('evalue')}")
        for t, m in self.iopub:
            c = m["content"]
            kind = m["msg_type"]
            if kind == "status":
                detail = c.get("execution_state")
            elif kind == "stream":
                detail = f"{c.get('name')}: {c.get('text', '')[:300]!r}"
            elif kind in ("execute_result", "display_data", "update_display_data"):
                data = c.get("data", {})
                detail = f"{sorted(data)} {str(data.get('text/plain', ''))[:200]!r}"
                if c.get("transient"):
                    detail += f" transient={c['transient']}"
            elif kind == "error":
                detail = f"{c.get('ename')}: {c.get('evalue')}"
            else:
                detail = str(c)[:200]
            lines.append(f"  +{t - self.sent:6.3f}s {kind}: {detail}")
        return "\n".join(lines)


class Kernel:
    """A kernel started from the installed spec, with a blocking client."""

    def __init__(self, name: str = KERNEL_NAME, startup_timeout: float = STARTUP_TIMEOUT):
        self.name = name
        self.km = KernelManager(kernel_name=name)
        self.km.shutdown_wait_time = 3.0
        self.started = time.monotonic()
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kernel_info: dict = {}
        self.ready_after = self._wait_ready(startup_timeout)

    def _wait_ready(self, timeout: float) -> float:
        """Waits until the kernel answers kernel_info_request on the shell channel and its IOPub messages reach
        this client (a subscriber misses what is published before its subscription is in place). Returns the
        seconds from starting the kernel to the first kernel_info reply."""
        deadline = self.started + timeout
        ready_after = None
        while True:
            msg_id = self.kc.kernel_info()
            retry_at = min(time.monotonic() + 1.0, deadline)
            replied = False
            while not replied and time.monotonic() < retry_at:
                try:
                    reply = self.kc.get_shell_msg(timeout=max(0.0, retry_at - time.monotonic()))
                except queue.Empty:
                    break
                if reply.get("parent_header", {}).get("msg_id") == msg_id:
                    replied = True
                    self.kernel_info = reply["content"]
                    if ready_after is None:
                        ready_after = time.monotonic() - self.started
            if replied:
                iopub_until = min(time.monotonic() + 0.5, deadline)
                while time.monotonic() < iopub_until:
                    try:
                        msg = self.kc.get_iopub_msg(timeout=max(0.0, iopub_until - time.monotonic()))
                    except queue.Empty:
                        break
                    if msg.get("parent_header", {}).get("msg_id") == msg_id:
                        self._drain_iopub()
                        return ready_after
            alive = self.km.is_alive()
            if not alive or time.monotonic() >= deadline:
                self.stop()
                what = "publish on IOPub" if replied else "answer kernel_info"
                raise RuntimeError(f"kernel '{self.name}' did not {what} within {timeout:.0f} s "
                                   f"(the process {'is still running' if alive else 'exited'}; "
                                   f"its own output above may say why)")

    def _drain_iopub(self, quiet_for: float = 0.1) -> None:
        while True:
            try:
                self.kc.get_iopub_msg(timeout=quiet_for)
            except queue.Empty:
                return

    # ---- lifecycle ----

    @property
    def pid(self) -> int | None:
        prov = getattr(self.km, "provisioner", None)
        proc = getattr(prov, "process", None) if prov is not None else getattr(self.km, "kernel", None)
        return getattr(proc, "pid", None)

    def is_alive(self) -> bool:
        return self.km.is_alive()

    def interrupt(self) -> None:
        self.km.interrupt_kernel()

    def stop(self) -> None:
        try:
            self.kc.stop_channels()
            # Closing the client's ZeroMQ context now keeps its finaliser quiet at interpreter exit.
            if getattr(self.kc, "context", None) is not None and not self.kc.context.closed:
                self.kc.context.destroy(linger=0)
        finally:
            if self.km.has_kernel:
                try:
                    self.km.shutdown_kernel(now=False)
                except Exception:
                    self.km.shutdown_kernel(now=True)

    # ---- execute ----

    def send(self, code: str) -> Execution:
        sent = time.monotonic()
        msg_id = self.kc.execute(code, stop_on_error=False, allow_stdin=False)
        return Execution(code=code, msg_id=msg_id, sent=sent)

    def collect(self, ex: Execution, timeout: float = CELL_TIMEOUT) -> Execution:
        """Reads IOPub and the shell reply for ex until both the reply and the idle status arrived.

        IOPub is read with a blocking poll, so its receive times are exact; the shell socket is checked
        between IOPub polls, so the reply's receive time is late by at most about 5 ms.
        """
        deadline = ex.sent + timeout
        while ex.reply is None or ex.idle_received is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                missing = "execute_reply" if ex.reply is None else "idle status"
                raise TimeoutError(f"no {missing} within {timeout:.0f} s\n{ex.describe()}")
            if ex.idle_received is None:
                try:
                    msg = self.kc.get_iopub_msg(timeout=min(0.005, remaining))
                except queue.Empty:
                    msg = None
                if msg is not None and msg.get("parent_header", {}).get("msg_id") == ex.msg_id:
                    now = time.monotonic()
                    ex.iopub.append((now, msg))
                    if msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle":
                        ex.idle_received = now
            if ex.reply is None:
                try:
                    reply = self.kc.get_shell_msg(timeout=0 if ex.idle_received is None else min(0.05, remaining))
                except queue.Empty:
                    reply = None
                if reply is not None and reply.get("parent_header", {}).get("msg_id") == ex.msg_id:
                    ex.reply = reply
                    ex.reply_received = time.monotonic()
        return ex

    def execute(self, code: str, timeout: float = CELL_TIMEOUT) -> Execution:
        return self.collect(self.send(code), timeout)

    def ok(self, code: str, timeout: float = CELL_TIMEOUT) -> Execution:
        """Executes code and checks that it succeeded."""
        ex = self.execute(code, timeout)
        assert ex.status == "ok", f"cell failed\n{ex.describe()}\n{ex.error_text}"
        return ex

    def value(self, code: str, timeout: float = CELL_TIMEOUT) -> str:
        """Executes code that ends in an expression and returns the text/plain of its value."""
        return self.ok(code, timeout).result_text

    # ---- other requests ----

    def request(self, kind: str, *args, timeout: float = REQUEST_TIMEOUT, **kwargs) -> dict:
        """Sends complete/inspect/is_complete/kernel_info/... and returns the matching shell reply."""
        msg_id = getattr(self.kc, kind)(*args, **kwargs)
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no reply to {kind} within {timeout:.0f} s")
            try:
                reply = self.kc.get_shell_msg(timeout=remaining)
            except queue.Empty:
                continue
            if reply.get("parent_header", {}).get("msg_id") == msg_id:
                return reply

    # ---- memory ----

    def rss_kb(self) -> int:
        """Resident memory of the kernel process and its children, in KiB (Linux)."""
        return process_tree_rss_kb(self.pid) if self.pid else 0

    def cpu_s(self) -> float:
        """CPU time (user + system) the kernel process has used since it started, in seconds (Linux). Unlike wall
        time, it hardly changes when other programs load the machine."""
        if not self.pid:
            return 0.0
        try:
            text = Path(f"/proc/{self.pid}/stat").read_text()
            fields = text[text.rindex(")") + 2:].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return 0.0

    def peak_rss_kb(self) -> int:
        """The kernel process's peak resident memory (VmHWM), in KiB (Linux)."""
        return proc_status_kb(self.pid, "VmHWM") if self.pid else 0


def proc_status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            ppid = int(text[text.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            kids.append(int(stat.parent.name))
    return kids


def process_tree_rss_kb(pid: int) -> int:
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        total += proc_status_kb(p, "VmRSS")
        todo.extend(_children(p))
    return total
