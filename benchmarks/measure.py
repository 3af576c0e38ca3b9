"""The measurements: one account of the throwaway Dovecot per scenario, the agent run in child
processes through its real code path, and imapclient alone for the server's own limit."""

from __future__ import annotations

import json
import os
import re
import signal
import statistics
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

import corpus

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
from servers import Dovecot  # noqa: E402  (the tests' throwaway Dovecot, reused as it is)

PYTHON = sys.executable
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Scenario:
    """One mailbox on the server, a working folder with its config and state, and a ledger."""

    server: Dovecot
    workdir: Path
    n_invoices: int
    user: str = ""
    password: str = ""
    debtors: list[corpus.Debtor] = field(default_factory=list)
    seeded: int = 0  # replies written so far (their Message-IDs are numbered on)

    def __post_init__(self) -> None:
        self.user, self.password = self.server.add_user()
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.config = self.workdir / "inboxagent.toml"
        self.config.write_text(textwrap.dedent(f"""\
            [imap]
            host = "127.0.0.1"
            port = {self.server.port}
            username = "{self.user}"
            password_env = "BENCH_IMAP_PASSWORD"
            security = "none"
            timeout = 60

            [agent]
            from = "Northwind Accounts <{corpus.OURS}>"
            state = "state.json"
            timezone = "Europe/London"
            """))
        ENV["BENCH_IMAP_PASSWORD"] = self.password
        os.environ["BENCH_IMAP_PASSWORD"] = self.password
        with self.client():  # the first login creates the maildir and Drafts/Sent/Trash
            pass
        csv_text, self.debtors = corpus.ledger(self.n_invoices, now().date())
        (self.workdir / "invoices.csv").write_text(csv_text)
        done = subprocess.run([PYTHON, "-m", "inboxagent", "invoices", "import", "invoices.csv", "--config", str(self.config)],
                              cwd=self.workdir, env=ENV, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"invoices import failed: {done.stderr}")

    @property
    def state(self) -> Path:
        return self.workdir / "state.json"

    @property
    def maildir(self) -> Path:
        return self.server.root / "mail" / self.user

    def client(self) -> IMAPClient:
        c = IMAPClient("127.0.0.1", port=self.server.port, ssl=False, timeout=120)
        c.login(self.user, self.password)
        return c

    def replies(self, count: int) -> list[bytes]:
        found = list(corpus.replies(self.debtors, count, self.seeded, now()))
        self.seeded += count
        return found

    def deliver(self, messages: list[bytes]) -> float:
        """Into INBOX as maildir files; the seconds it took, Dovecot's indexing (at a SELECT) included."""
        t0 = time.perf_counter()
        corpus.write_maildir(self.maildir, messages, now(), self.server.uid, self.server.gid)
        with self.client() as c:
            c.select_folder("INBOX", readonly=True)
        return time.perf_counter() - t0

    def uids(self, folder: str) -> list[int]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            return sorted(c.search(["ALL"]))

    def state_size(self) -> int:
        return sum(p.stat().st_size for p in self.workdir.glob("state.json*") if not p.name.endswith((".bak", ".lock")))


def child(mode: str, config: Path, *args: str, timeout: float = 3600) -> dict[str, Any]:
    done = subprocess.run([PYTHON, str(HERE / "agent_child.py"), mode, str(config), *args], cwd=config.parent, env=ENV,
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"agent child {mode} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---- the server's own limit ------------------------------------------------------------------

def raw_fetch(sc: Scenario, uids: list[int], batch: int = 200) -> float:
    """imapclient alone: UID FETCH of the messages' bodies and flags, in the agent's batch size."""
    with sc.client() as c:
        c.select_folder("INBOX")
        t0 = time.perf_counter()
        for start in range(0, len(uids), batch):
            c.fetch(uids[start:start + batch], ["BODY.PEEK[]", "FLAGS"])
        return time.perf_counter() - t0


def raw_append(sc: Scenario, drafts: list[bytes]) -> float:
    """imapclient alone: APPEND of the same drafts one by one into Drafts (as full as the agent
    found it), INBOX selected as the agent has it; removed again afterwards."""
    with sc.client() as c:
        c.select_folder("INBOX")
        t0 = time.perf_counter()
        uids = []
        for raw in drafts:
            found = APPENDUID.search(c.append("Drafts", raw, flags=[b"\\Draft", b"\\Seen"]))
            uids.append(int(found.group(1)) if found else 0)
        elapsed = time.perf_counter() - t0
        c.select_folder("Drafts")
        c.delete_messages([u for u in uids if u])
        c.uid_expunge([u for u in uids if u])
        return elapsed


APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")


def drafts_after(sc: Scenario, last_uid: int) -> list[bytes]:
    with sc.client() as c:
        c.select_folder("Drafts", readonly=True)
        uids = [u for u in c.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
        found = []
        for start in range(0, len(uids), 500):
            data = c.fetch(uids[start:start + 500], ["BODY.PEEK[]"])
            found += [data[u][b"BODY[]"] for u in sorted(data)]
        return found


def seeding(server: Dovecot, workdir: Path, count: int) -> dict[str, float]:
    """Messages per second into an empty INBOX: maildir files vs MULTIAPPEND batches of 500."""
    out = {}
    a = Scenario(server, workdir / "seed-maildir", 2)
    msgs = a.replies(count)
    out["maildir"] = count / a.deliver(msgs)
    b = Scenario(server, workdir / "seed-append", 2)
    with b.client() as c:
        c.select_folder("INBOX")
        t0 = time.perf_counter()
        corpus.multiappend(c, "INBOX", msgs, now())
        out["multiappend"] = count / (time.perf_counter() - t0)
    return out


# ---- the daemon running: idle CPU and latency -------------------------------------------------

class RunningDaemon:
    """`inboxagent run` (the real command line) in the background, its log in the work folder."""

    def __init__(self, sc: Scenario) -> None:
        self.sc = sc
        self.log = sc.workdir / "daemon.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> RunningDaemon:
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen([PYTHON, "-m", "inboxagent", "run", "--config", str(self.sc.config)],
                                         cwd=self.sc.workdir, env=ENV, stdout=out, stderr=subprocess.STDOUT)
        self.wait_passes(1, 1800)
        return self

    def passes(self) -> int:
        return self.log.read_text(errors="replace").count("event=pass ")

    def wait_passes(self, n: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.passes() < n:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"the daemon exited: {self.log.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError("the daemon never finished its first pass")
            time.sleep(0.1)

    def cpu_seconds(self) -> float:
        assert self.proc is not None
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def __exit__(self, *_: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def idle_cpu(daemon: RunningDaemon, seconds: float) -> tuple[float, int]:
    """CPU seconds the idle daemon used over `seconds`, and the passes it ran meanwhile."""
    time.sleep(1.0)  # let the first pass's tail (state write, IDLE set-up) finish
    before, passes = daemon.cpu_seconds(), daemon.passes()
    time.sleep(seconds)
    return daemon.cpu_seconds() - before, daemon.passes() - passes


IN_REPLY_TO = re.compile(rb"In-Reply-To:\s*(<[^>]+>)", re.I)


def latency(sc: Scenario, count: int, gap: float) -> list[float]:
    """Seconds from each reply's APPEND into INBOX (answered) to its draft being in Drafts,
    watched from another connection every 20 ms. Replies go in one at a time, `gap` apart."""
    messages = list(corpus.clear_replies(sc.debtors, count, sc.seeded, now()))
    sc.seeded += count
    ids = [re.search(rb"Message-ID:\s*(<[^>]+>)", m, re.I).group(1) for m in messages]  # type: ignore[union-attr]
    appended: dict[bytes, float] = {}
    seen: dict[bytes, float] = {}
    stop = threading.Event()

    def watch() -> None:
        with sc.client() as c:
            c.select_folder("Drafts", readonly=True)
            last = max(c.search(["ALL"]) or [0])
            while not stop.is_set():
                new = [u for u in c.search(["UID", f"{last + 1}:*"]) if u > last]
                if new:
                    at = time.perf_counter()
                    for uid, item in c.fetch(new, ["BODY.PEEK[HEADER.FIELDS (IN-REPLY-TO)]"]).items():
                        raw = next(v for k, v in item.items() if k.startswith(b"BODY[HEADER"))
                        found = IN_REPLY_TO.search(raw or b"")
                        if found:
                            seen.setdefault(found.group(1), at)
                    last = max(new)
                time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    time.sleep(0.5)
    with sc.client() as c:
        for mid, raw in zip(ids, messages):
            c.append("INBOX", raw)
            appended[mid] = time.perf_counter()
            deadline = time.monotonic() + 30
            while mid not in seen and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(gap)
    stop.set()
    watcher.join(timeout=5)
    return [seen[m] - appended[m] for m in ids if m in seen] + [float("inf")] * sum(m not in seen for m in ids)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def store_writes(sc: Scenario, count: int = 300) -> dict[str, float]:
    """The state store alone, on a copy of the scenario's state: load time, then `count` batches
    of what one message writes (its log, its conversation, the folder's watermark), timed."""
    import shutil
    import tempfile
    from dataclasses import replace

    sys.path.insert(0, str(ROOT))
    from inboxagent.records import MessageLog, SyncState
    from inboxagent.store import Store

    folder = Path(tempfile.mkdtemp(prefix="ia-store-"))
    try:
        for p in sc.workdir.glob("state.json*"):
            if not p.name.endswith((".lock", ".bak")):
                shutil.copy2(p, folder / p.name)
        t0 = time.perf_counter()
        store = Store(folder / "state.json")
        logs = store.messages()
        load_s = time.perf_counter() - t0
        conversations = store.conversations()
        sample = logs[-1]
        t0 = time.perf_counter()
        for k in range(count):
            with store.hold():
                log = replace(sample, key=f"<store-bench-{k}@x>", uid=10_000_000 + k)
                store.put_message(log)
                if conversations:
                    c = conversations[k % len(conversations)]
                    store.put_conversation(replace(c, message_ids=c.message_ids + (log.key,)))
                store.put_sync(SyncState("INBOX", 1, 10_000_000 + k, now()))
        write_s = time.perf_counter() - t0
        assert isinstance(logs[0], MessageLog)
        return {"load_s": load_s, "write_ms": 1000 * write_s / count, "records": float(len(logs))}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
