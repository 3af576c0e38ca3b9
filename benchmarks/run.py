"""Benchmarks against the mail server's own limit (issue 7): a throwaway Dovecot, seeded fast,
the agent run through its real code path, and a table.

    python benchmarks/run.py --quick            # about a minute: small sizes, short waits
    python benchmarks/run.py                     # the full run (under ~30 minutes)
    python benchmarks/run.py --markdown out.md   # also write the table as Markdown

For each ledger size (--invoices) one mailbox grows through the mailbox sizes (--sizes): the
backlog up to each size minus --new is delivered and processed by one `run --once` (which is
how the store grows), then --new fresh replies arrive and a second, timed `run --once` reads,
classifies, threads and drafts them. In the same run imapclient alone UID FETCHes those
messages and APPENDs the same drafts: the server's own limit. Then the daemon's idle pass is
timed on the grown mailbox. On the largest mailbox the real `inboxagent run` daemon is
started for its idle CPU and the APPEND-to-draft latency. Peak RSS comes from fresh
mailboxes of --memory messages and of one --big-mb message; classification from
benchmarks/classify.py. Needs Dovecot (`apt-get install dovecot-imapd`), run as root.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import measure as m  # noqa: E402


@dataclass
class Row:
    section: str
    measure: str
    value: str
    target: str = ""
    verdict: str = ""


def ok(good: bool) -> str:
    return "ok" if good else "MISSED"


class Table:
    def __init__(self) -> None:
        self.rows: list[Row] = []

    def add(self, section: str, measure: str, value: str, target: str = "", verdict: str = "") -> None:
        row = Row(section, measure, value, target, verdict)
        self.rows.append(row)
        print(f"  {section:<12} {measure:<58} {value:<34} {target:<14} {verdict}", flush=True)

    def markdown(self) -> str:
        lines = ["| | measure | value | target | |", "|---|---|---|---|---|"]
        lines += [f"| {r.section} | {r.measure} | {r.value} | {r.target} | {r.verdict} |" for r in self.rows]
        return "\n".join(lines) + "\n"


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="small sizes and short waits (about a minute)")
    p.add_argument("--sizes", help="mailbox sizes, comma separated (full: 1000,10000,100000)")
    p.add_argument("--invoices", help="open-invoice counts, comma separated (full: 1000,10000)")
    p.add_argument("--largest-with", type=int, help="only this invoice count grows to the largest size (full: 10000)")
    p.add_argument("--new", type=int, help="new replies per throughput run (full: 1000)")
    p.add_argument("--polls", type=int, default=10, help="idle passes timed per mailbox size")
    p.add_argument("--idle-seconds", type=float, help="how long the idle daemon's CPU is measured (full: 60)")
    p.add_argument("--latency", type=int, help="replies appended one by one for the latency (full: 40)")
    p.add_argument("--memory", type=int, help="messages of the peak-RSS run (full: 10000)")
    p.add_argument("--big-mb", type=float, default=25.0, help="size of the one large message")
    p.add_argument("--classify", type=int, help="messages for benchmarks/classify.py (full: 3000)")
    p.add_argument("--seed-count", type=int, help="messages for the seeding comparison (full: 10000)")
    p.add_argument("--markdown", type=Path, help="also write the table here")
    p.add_argument("--keep", action="store_true", help="keep the server's and the agent's folders")
    a = p.parse_args(argv)
    quick = a.quick
    a.sizes = [int(x) for x in (a.sizes or ("300,1000" if quick else "1000,10000,100000")).split(",")]
    a.invoices = [int(x) for x in (a.invoices or ("1000" if quick else "1000,10000")).split(",")]
    a.largest_with = a.largest_with or (a.invoices[-1])
    a.new = a.new or (200 if quick else 1000)
    a.idle_seconds = a.idle_seconds or (10.0 if quick else 60.0)
    a.latency = a.latency or (10 if quick else 40)
    a.memory = a.memory or (1000 if quick else 10000)
    a.classify = a.classify or (500 if quick else 3000)
    a.seed_count = a.seed_count or (1000 if quick else 10000)
    if quick:
        a.polls = min(a.polls, 5)
    return a


def growth(table: Table, sc: m.Scenario, sizes: list[int], new: int, polls: int) -> None:
    """Grow one mailbox through `sizes`; throughput vs the raw limit, store growth, idle pass at each."""
    inv = f"{sc.n_invoices // 1000}k inv" if sc.n_invoices >= 1000 else f"{sc.n_invoices} inv"
    done = 0
    for size in sizes:
        backlog = size - new - done
        if backlog > 0:
            sc.deliver(sc.replies(backlog))
            store_before = done
            r = m.child("once", sc.config)
            done += r["fetched"]
            table.add("store", f"{inv}: catch-up of {backlog:,} (store {store_before:,} -> {done:,} msgs)",
                      f"{1000 * r['pass_s'] / max(1, r['fetched']):.2f} ms/msg, state {sc.state_size() / 1e6:.1f} MB")
        drafts_before = max(sc.uids("Drafts") or [0])
        inbox_before = max(sc.uids("INBOX") or [0])
        sc.deliver(sc.replies(new))
        uids = [u for u in sc.uids("INBOX") if u > inbox_before]
        r = m.child("once", sc.config)
        done += r["fetched"]
        agent_rate = r["fetched"] / r["pass_s"]
        drafts = m.drafts_after(sc, drafts_before)
        fetch_s = m.raw_fetch(sc, uids)
        append_s = m.raw_append(sc, drafts)
        raw_rate = len(uids) / (fetch_s + append_s)
        table.add("throughput", f"{inv}, mailbox {size:,}: run --once on {new:,} new ({len(drafts)} drafts)",
                  f"{agent_rate:.0f} msg/s (+{r['startup_s']:.1f} s start-up)")
        table.add("throughput", f"{inv}, mailbox {size:,}: imapclient FETCH {len(uids):,} + APPEND {len(drafts):,}",
                  f"{raw_rate:.0f} msg/s (fetch {len(uids) / fetch_s:.0f}/s, append {len(drafts) / max(append_s, 1e-9):.0f}/s)")
        table.add("throughput", f"{inv}, mailbox {size:,}: agent / raw", f"{100 * agent_rate / raw_rate:.0f} %", ">= 50 %",
                  ok(agent_rate / raw_rate >= 0.5))
        table.add("store", f"{inv}: the {new:,} new (store {done - r['fetched']:,} -> {done:,} msgs)",
                  f"{1000 * r['pass_s'] / max(1, r['fetched']):.2f} ms/msg, state {sc.state_size() / 1e6:.1f} MB")
        alone = m.store_writes(sc)
        table.add("store", f"{inv}: the store alone at {alone['records']:,.0f} msgs: load, then one message's write",
                  f"{alone['load_s']:.2f} s, {alone['write_ms']:.2f} ms/msg")
        idle = m.child("idle", sc.config, str(polls))
        cold = idle["first_pass_s"]
        marginal = (r["pass_s"] - cold) / max(1, r["fetched"])
        table.add("throughput", f"{inv}, mailbox {size:,}: per message, less the pass's fixed cost ({cold:.1f} s)",
                  f"{1000 * marginal:.2f} ms/msg = {1 / marginal:.0f} msg/s")
        poll_ms = 1000 * m.median(idle["poll_s"])
        table.add("idle", f"{inv}, mailbox {size:,}: run --once, nothing new (start-up {idle['startup_s']:.1f} s more)",
                  f"{1000 * cold:.0f} ms")
        table.add("idle", f"{inv}, mailbox {size:,}: daemon's pass, nothing new (median of {polls})",
                  f"{poll_ms:.1f} ms (max {1000 * max(idle['poll_s']):.1f})", "< 50 ms", ok(poll_ms < 50))


def daemon_checks(table: Table, sc: m.Scenario, seconds: float, count: int) -> None:
    with m.RunningDaemon(sc) as daemon:
        cpu, passes = m.idle_cpu(daemon, seconds)
        table.add("idle", f"daemon CPU over {seconds:.0f} s idle (IDLE; {passes} passes), {sc.seeded:,} msgs",
                  f"{cpu:.2f} s ({100 * cpu / seconds:.1f} % of a core)", "no busy loop", ok(cpu / seconds < 0.05))
        lat = m.latency(sc, count, 0.3)
    p50, p95 = m.percentile(lat, 50), m.percentile(lat, 95)
    table.add("latency", f"APPEND -> draft in Drafts, daemon running ({len(lat)} replies, p50)", f"{p50:.2f} s",
              "< 1 s", ok(p50 < 1))
    table.add("latency", f"same, p95 (max {max(lat):.2f} s)", f"{p95:.2f} s", "< 2 s", ok(p95 < 2))


def memory(table: Table, server: m.Dovecot, work: Path, count: int, big_mb: float) -> None:
    sc = m.Scenario(server, work / "memory", 1000)
    sc.deliver(sc.replies(count))
    r = m.child("once", sc.config)
    table.add("memory", f"peak RSS, run --once on {count:,} messages ({r['fetched'] / r['pass_s']:.0f} msg/s)",
              f"{r['maxrss_mb']:.0f} MB", "< 300 MB", ok(r["maxrss_mb"] < 300))
    big = m.Scenario(server, work / "big", 10)
    raw = corpus.big_reply(big.debtors[0], m.now(), int(big_mb * 1e6))
    big.deliver([raw])
    r = m.child("once", big.config)
    table.add("memory", f"peak RSS, run --once on one {len(raw) / 1e6:.0f} MB message ({r['pass_s']:.1f} s)",
              f"{r['maxrss_mb']:.0f} MB", "", "")


def classification(table: Table, n: int) -> None:
    done = subprocess.run([m.PYTHON, str(HERE / "classify.py"), str(n)], env=m.ENV, capture_output=True, text=True, check=True)
    for line in done.stdout.splitlines():
        name, _, value = line.partition(":")
        if name.startswith("model load"):
            table.add("classify", "model load (imports + rules + model)", value.strip())
        elif name.startswith("classify"):
            table.add("classify", f"read + parse + classify {n:,} files, one core", value.strip().split(" = ")[-1])


def main(argv: list[str]) -> int:
    a = parse(argv)
    started = time.perf_counter()
    print(f"inboxagent benchmarks, {datetime.now().astimezone():%Y-%m-%d %H:%M %Z} on {platform.node()}: "
          f"sizes {a.sizes}, invoices {a.invoices}, {a.new} new per run", flush=True)
    work = Path(tempfile.mkdtemp(prefix="ia-bench-"))
    server = m.Dovecot(tls=False).start()
    table = Table()
    try:
        rates = m.seeding(server, work, a.seed_count)
        table.add("seeding", f"{a.seed_count:,} messages into INBOX: maildir files / MULTIAPPEND x500",
                  f"{rates['maildir']:.0f} / {rates['multiappend']:.0f} msg/s")
        classification(table, a.classify)
        largest = None
        for n in a.invoices:
            sizes = a.sizes if n == a.largest_with else [s for s in a.sizes if s < max(a.sizes)] or a.sizes[:1]
            sc = m.Scenario(server, work / f"inv-{n}", n)
            growth(table, sc, sizes, a.new, a.polls)
            if n == a.largest_with:
                largest = sc
        assert largest is not None
        daemon_checks(table, largest, a.idle_seconds, a.latency)
        memory(table, server, work, a.memory, a.big_mb)
    finally:
        server.cleanup()
        if a.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\ntotal {time.perf_counter() - started:.0f} s\n")
    print(table.markdown())
    if a.markdown:
        a.markdown.write_text(table.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
