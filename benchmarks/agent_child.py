"""The agent under measurement, in a process of its own (so its peak RSS is its own).

    python benchmarks/agent_child.py once CONFIG        # `inboxagent run --once`
    python benchmarks/agent_child.py idle CONFIG POLLS   # the daemon's passes on one connection
    python benchmarks/agent_child.py profile CONFIG OUT  # `run --once` under cProfile

Builds the agent exactly as `inboxagent run` does (wiring.build_daemon: state, model, rules,
templates, IMAP) and prints one JSON line: the start-up time (imports + build), the pass
times, the pass report and ru_maxrss. Logging goes to stderr at WARNING.
"""

from __future__ import annotations

import json
import logging
import resource
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    mode, config_file = argv[0], Path(argv[1])
    started = time.perf_counter()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    from inboxagent.config import load_config
    from inboxagent.wiring import build_daemon

    config = load_config(config_file)
    tz = config.agent.timezone

    def clock() -> datetime:
        return datetime.now(tz)

    daemon = build_daemon(config, clock)
    startup = time.perf_counter() - started
    out: dict[str, object] = {"startup_s": startup}
    if mode == "once":
        t0 = time.perf_counter()
        report = daemon.once()
        out.update(pass_s=time.perf_counter() - t0, report=report.summary(), fetched=report.fetched,
                   drafted=report.drafted, errors=report.errors[:3])
    elif mode == "profile":
        import cProfile

        profiler = cProfile.Profile()
        t0 = time.perf_counter()
        profiler.enable()
        report = daemon.once()
        profiler.disable()
        out.update(pass_s=time.perf_counter() - t0, report=report.summary())
        profiler.dump_stats(argv[2])
    elif mode == "idle":
        polls = int(argv[2])
        with daemon._running(), daemon.mailbox_factory() as mailbox:  # as Daemon._serve: one connection, many passes
            agent = daemon.make_agent(mailbox)
            t0 = time.perf_counter()
            first = agent.run_once()
            out["first_pass_s"] = time.perf_counter() - t0
            out["first_report"] = first.summary()
            times = []
            for _ in range(polls):
                t0 = time.perf_counter()
                agent.run_once()
                times.append(time.perf_counter() - t0)
            out["poll_s"] = times
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
