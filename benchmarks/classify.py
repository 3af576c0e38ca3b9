"""Classification throughput and model load time (issue 3's target: >= 500 messages/s on one core).

Usage: python benchmarks/classify.py [N] [FOLDER...]
Classifies N messages (default 1,000, cycling through the labelled sets in data/labelled)
in one process, as `inboxagent classify` does (read, parse, classify), after the model is
loaded, and prints the load time and the rate. Pinned to one core where the OS allows it.
"""

from __future__ import annotations

import os
import sys
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    n = int(argv[0]) if argv else 1000
    folders = [Path(a) for a in argv[1:]] or sorted(p for p in (ROOT / "data" / "labelled").iterdir() if p.is_dir())
    files = sorted(f for folder in folders for f in folder.glob("*.eml"))
    paths = list(islice(cycle(files), n))

    started = time.perf_counter()
    from inboxagent.wiring import build_classifier, classify_files

    classifier = build_classifier(None)
    loaded = time.perf_counter() - started
    classifier.classify_many([])  # nothing to warm: the first batch below pays its own way

    started = time.perf_counter()
    rows = list(classify_files(classifier, paths, None))
    elapsed = time.perf_counter() - started
    errors = sum(1 for r in rows if "error" in r)

    from inboxagent.mail.parse import parse_message

    raws = [p.read_bytes() for p in paths]
    started = time.perf_counter()
    messages = [parse_message(r) for r in raws]
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    classifier.classify_many(messages)
    classify_s = time.perf_counter() - started

    print(f"model load (import + rules + model):   {loaded:.2f} s")
    print(f"classify {n} files, one core:          {elapsed:.2f} s = {n / elapsed:.0f} messages/s ({errors} errors)")
    print(f"  of which parsing (mail-parser etc.):  {parse_s:.2f} s = {n / parse_s:.0f} messages/s")
    print(f"  of which classification + extraction: {classify_s:.2f} s = {n / classify_s:.0f} messages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
