"""Assembles the agent from its parts (config, store, mailbox, rules, classifier, templates)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from collections.abc import Iterator, Sequence
from typing import Any, Callable

from .agent import Agent
from .config import Config
from .daemon import Daemon
from .mail.imap import ImapMailbox
from .mail.parse import parse_message
from .mail.smtp import send_message
from .records import Classification, MailMessage
from .nlp.classify import IntentClassifier
from .render import Renderer
from .liverules import LiveRules
from .nlp.model import IntentModel
from .rules import load_rules
from .store import RunLock, Store


def build_classifier(user_rules: Path | None, model: Path | None = None) -> IntentClassifier:
    return IntentClassifier(load_rules(user_rules), IntentModel.load(model))


BATCH = 256  # messages classified together: the model scores a batch far faster than one by one


def classify_files(classifier: IntentClassifier, paths: Sequence[Path], now: datetime | None) -> Iterator[dict[str, Any]]:
    """The labels.jsonl fields for each .eml file, in order, or that file's error; never raises for a bad file."""
    for start in range(0, len(paths), BATCH):
        chunk = paths[start : start + BATCH]
        parsed: dict[int, MailMessage] = {}
        rows: dict[int, dict[str, Any]] = {}
        for k, path in enumerate(chunk):
            try:
                parsed[k] = parse_message(path.read_bytes())
            except OSError as exc:
                rows[k] = {"file": str(path), "error": f"cannot read: {exc.strerror or exc}"}
            except Exception as exc:  # noqa: BLE001 - parse_message is meant never to raise; report it
                rows[k] = {"file": str(path), "error": f"cannot parse: {type(exc).__name__}: {exc}"}
        keys = sorted(parsed)
        try:
            results = classifier.classify_many([parsed[k] for k in keys], now)
        except Exception:  # noqa: BLE001 - find the one message that fails, classify the rest
            results = []
            for k in keys:
                try:
                    results.append(classifier.classify(parsed[k], now))
                except Exception as exc:  # noqa: BLE001 - one bad file is reported, the rest go on
                    rows[k] = {"file": str(chunk[k]), "error": f"{type(exc).__name__}: {exc}"}
            keys = [k for k in keys if k not in rows]
        for k, c in zip(keys, results):
            rows[k] = classification_row(chunk[k], c)
        for k in range(len(chunk)):
            yield rows[k]


def classification_row(path: Path, c: Classification) -> dict[str, Any]:
    return {
        "file": str(path),
        "intent": c.intent,
        "promised_date": c.promised_date.isoformat() if c.promised_date else None,
        "amount": str(c.amount) if c.amount is not None else None,
        "currency": c.currency if c.amount is not None else None,
        "invoice_refs": list(c.invoice_refs),
        "confidence": c.confidence,
        "auto_reply": c.auto_reply,
        "needs_review": c.needs_review,
        "bounce": c.bounce,
        "return_date": c.return_date.isoformat() if c.return_date else None,
    }


def _record_rules_error(store: Store, exc: Exception) -> None:
    with store.hold():
        store.put_fact("last_error", f"{datetime.now().astimezone().isoformat(timespec='seconds')} rules: {exc}")


def build_daemon(config: Config, clock: Callable[[], datetime]) -> Daemon:
    run_lock = RunLock(config.agent.state)
    run_lock.acquire()  # first: a second daemon on this state fails at once, before loading anything
    try:
        return _assemble(config, clock, run_lock)
    except BaseException:
        run_lock.release()
        raise


def _assemble(config: Config, clock: Callable[[], datetime], run_lock: RunLock) -> Daemon:
    store = Store(config.agent.state)
    model = IntentModel.load(config.agent.model)  # loaded once; only the rules are rebuilt when a rules/ file changes
    live: LiveRules[IntentClassifier] = LiveRules(config.agent.rules, lambda r: IntentClassifier(r, model),
                                                  lambda exc: _record_rules_error(store, exc))
    renderer = Renderer(config.agent.templates)

    smtp = config.smtp
    sender = None
    if config.agent.mode == "send" and smtp is not None:
        def sender(msg: EmailMessage, envelope_from: str, recipients: tuple[str, ...],
                   before_data: Callable[[], None] | None = None) -> None:
            send_message(smtp, msg, envelope_from, recipients, before_data)

    def make_agent(mailbox: ImapMailbox) -> Agent:
        rules, classifier = live.current()
        return Agent(config, store, mailbox, classifier, renderer, rules, clock, sender, refresh=live.current)

    return Daemon(store, make_agent, lambda: ImapMailbox(config.imap),
                  idle_timeout=config.imap.idle_timeout, poll_interval=config.imap.poll_interval, run_lock=run_lock)
