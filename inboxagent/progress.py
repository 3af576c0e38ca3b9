"""Progress of long work (the first sync of a large folder, a large invoice import): a bar on a
terminal, plain `event=..._progress` log lines everywhere else (journald, a pipe, a file)."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

log = logging.getLogger("inboxagent")

Step = Callable[[int], None]
# bar(what, total) is entered with the amount of work and yields step(n); the CLI passes a
# click progress bar when stdout is a terminal.
BarFactory = Callable[[str, int], AbstractContextManager[Step]]
Tick = Callable[[], None]

LINES = 10  # plain log lines: one every tenth of the work, plus the start and the end


@contextmanager
def progress(bar: BarFactory | None, event: str, what: str, total: int, field: str = "what",
             shown: bool = True) -> Iterator[Tick]:
    """Yield tick(), to be called once per unit of work done.

    With a bar factory, each tick steps the bar by one. Without, log
    `event=<event> <field>=<what> done=N of=TOTAL` at the start, every tenth of the total and
    at the end (where the work stopped early too, so the last line says how far it got).
    With `shown` false (work too small to be worth reporting), tick() does nothing."""
    if not shown:
        yield _nothing
        return
    if bar is not None:
        with bar(what, total) as step:
            yield lambda: step(1)
        return
    every = max(1, math.ceil(total / LINES))
    done = 0
    logged = -1

    def line() -> None:
        nonlocal logged
        log.info("event=%s %s=%s done=%d of=%d", event, field, what, done, total)
        logged = done

    def tick() -> None:
        nonlocal done
        done += 1
        if done % every == 0 or done == total:
            line()

    line()
    yield tick
    if logged != done:
        line()


def _nothing() -> None:
    pass
