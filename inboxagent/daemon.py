"""Keeps the agent running: IDLE (or polling) between passes, reconnects with backoff, stops cleanly on SIGTERM/SIGINT."""

from __future__ import annotations

import logging
import random
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from types import FrameType

from .agent import Agent, PassReport
from .errors import InboxAgentError, MailError, PermanentMailError
from .mail.imap import ImapMailbox
from .store import RunLock, Store

log = logging.getLogger("inboxagent")

PERMANENT_FACTOR = 10.0  # a refused login or a missing folder waits ten times longer: ~10 s, 20 s, ... 15 min
MAX_WAIT = 900.0


class Backoff:
    """Exponential delays with jitter, reset after a healthy pass.

    Not tenacity: its Retrying counts attempts for the life of one loop, while a daemon's
    backoff must start again after every healthy pass, and its sleep must wake at once on
    SIGTERM; these few lines say that more plainly than adapting it.
    """

    def __init__(self, first: float = 1.0, ceiling: float = 300.0) -> None:
        self.first = first
        self.ceiling = ceiling
        self.failures = 0

    def next(self) -> float:
        delay = min(self.ceiling, self.first * 2 ** self.failures)
        self.failures += 1
        return delay * random.uniform(0.8, 1.0)

    def reset(self) -> None:
        self.failures = 0


class Daemon:
    def __init__(self, store: Store, make_agent: Callable[[ImapMailbox], Agent], mailbox_factory: Callable[[], ImapMailbox],
                 idle_timeout: float, poll_interval: float, run_lock: RunLock | None = None) -> None:
        self.store = store
        self.run_lock = run_lock  # held from build_daemon until once() or serve() returns
        self.make_agent = make_agent
        self.mailbox_factory = mailbox_factory
        self.idle_timeout = idle_timeout
        self.poll_interval = poll_interval
        self.stop = threading.Event()
        self.backoff = Backoff()

    def request_stop(self, signum: int | None = None, _frame: FrameType | None = None) -> None:
        if not self.stop.is_set():
            log.info("event=stopping signal=%s: finishing the message in hand", signum)
        self.stop.set()

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)

    @contextmanager
    def _running(self) -> Iterator[None]:
        """Hold the run lock (taken again if an earlier run gave it back) until the run ends."""
        if self.run_lock is not None and not self.run_lock.held:
            self.run_lock.acquire()
        try:
            yield
        finally:
            if self.run_lock is not None:
                self.run_lock.release()

    def once(self) -> PassReport:
        with self._running():
            try:
                with self.mailbox_factory() as mailbox:
                    return self.make_agent(mailbox).run_once(self.stop.is_set)
            except MailError as exc:
                self._record_error(exc)  # status shows why the last pass failed, as for the daemon
                raise

    def serve(self) -> None:
        """Run until stopped, holding the run lock: a second daemon on the same state refuses to start."""
        with self._running():
            self._serve()

    def _serve(self) -> None:
        """Run until stopped. Connection trouble is logged and retried; nothing is lost."""
        log.info("event=daemon_started")
        while not self.stop.is_set():
            mailbox = self.mailbox_factory()
            try:
                mailbox.connect()
                agent = self.make_agent(mailbox)
                folder = agent.config.imap.folder
                while not self.stop.is_set():
                    agent.run_once(self.stop.is_set)
                    self.backoff.reset()
                    if self.stop.is_set():
                        break
                    # IDLE is a doorbell; a pass also runs every poll_interval to see Drafts and Sent.
                    mailbox.wait(folder, min(self.idle_timeout, self.poll_interval), self.stop.is_set)
            except MailError as exc:
                self._pause(exc, PERMANENT_FACTOR if isinstance(exc, PermanentMailError) else 1)
            except InboxAgentError:
                raise  # bad config or state: a person must fix it, retrying cannot
            except Exception as exc:  # noqa: BLE001 - a library error not mapped at the edge must not end the daemon
                log.exception("event=unexpected_error error=%s", exc)
                self._pause(exc, 1)
            finally:
                mailbox.close()
        log.info("event=daemon_stopped")

    def _pause(self, exc: Exception, factor: float) -> None:
        """Record the error (status shows it) and wait before reconnecting; SIGTERM ends the wait."""
        self._record_error(exc)
        delay = min(self.backoff.next() * factor, MAX_WAIT)
        if factor > 1:
            log.error("event=reconnect_wait seconds=%.1f error=%s: retrying will not help until a person "
                      "fixes this; trying again anyway", delay, exc)
        else:
            log.warning("event=reconnect_wait seconds=%.1f error=%s", delay, exc)
        self.stop.wait(delay)

    def _record_error(self, exc: Exception) -> None:
        try:
            with self.store.hold():
                self.store.put_fact("last_error", f"{datetime.now().astimezone().isoformat(timespec='seconds')} {exc}")
        except Exception:  # noqa: BLE001 - recording an error must not become one
            log.exception("event=record_error_failed")
