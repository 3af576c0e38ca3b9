"""Named points in processing where a test can kill the process (SIGKILL), to prove crash safety.

Inactive unless armed: by the environment variable INBOXAGENT_FAILPOINT set when the
process starts, or by `arm()` (in a forked test process), as "NAME:N": the N-th time NAME
is reached, the process kills itself, exactly as a power cut or the OOM killer would (no
cleanup, no flush, no exception handlers).
Points: after_fetch, after_classify, after_append, after_send, after_keywords,
state_write (the new state is written but not yet renamed into place), state_replaced.
"""

from __future__ import annotations

import os
import signal

ENV = "INBOXAGENT_FAILPOINT"
_name = ""
_left = 0


def arm(spec: str | None) -> None:
    """Kill the process at the N-th time NAME is reached ("NAME:N"); None disarms."""
    global _name, _left
    name, _, count = (spec or "").partition(":")
    _name, _left = name, int(count) if count.isdigit() else 0


arm(os.environ.get(ENV))


def reached(name: str) -> None:
    global _left
    if _left and name == _name:
        _left -= 1
        if _left == 0:
            os.kill(os.getpid(), signal.SIGKILL)
