"""Keeps the agent running: IDLE (or polling) between passes, reconnects with backoff, stops cleanly on SIGTERM/SIGINT."""

from __future__ import annotations

import logging
import random
import signal
import threading
from collections.abc import Callable
from datetime import datetime
from types import FrameType

from .agent import Agent, PassReport
from .errors import MailError, PermanentMailError
from .mail.imap import ImapMailbox
from .store import Store

log = logging.getLogger("inboxagent")


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
                 idle_timeout: float, poll_interval: float) -> None:
        self.store = store
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

    def once(self) -> PassReport:
        with self.mailbox_factory() as mailbox:
            return self.make_agent(mailbox).run_once(self.stop.is_set)

    def serve(self) -> None:
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
                self._record_error(exc)
                delay = self.backoff.next() * (10 if isinstance(exc, PermanentMailError) else 1)
                delay = min(delay, 900.0)
                log.warning("event=reconnect_wait seconds=%.1f error=%s", delay, exc)
                self.stop.wait(delay)
            finally:
                mailbox.close()
        log.info("event=daemon_stopped")

    def _record_error(self, exc: Exception) -> None:
        try:
            with self.store.hold():
                self.store.put_fact("last_error", f"{datetime.now().astimezone().isoformat(timespec='seconds')} {exc}")
        except Exception:  # noqa: BLE001 - recording an error must not become one
            log.exception("event=record_error_failed")
