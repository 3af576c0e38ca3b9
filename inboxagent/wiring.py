"""Assembles the agent from its parts (config, store, mailbox, rules, classifier, templates)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Callable

from .agent import Agent
from .config import Config
from .daemon import Daemon
from .mail.imap import ImapMailbox
from .mail.parse import parse_message
from .mail.smtp import send_message
from .nlp.classify import Classifier, RuleClassifier
from .render import Renderer
from .rules import load_rules
from .store import Store


def build_classifier(user_rules: Path | None) -> RuleClassifier:
    return RuleClassifier(load_rules(user_rules))


def classify_file(classifier: Classifier, path: Path, now: datetime | None) -> dict[str, Any]:
    """The labels.jsonl fields for one .eml file, or its error; never raises for a bad file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return {"file": str(path), "error": f"cannot read: {exc.strerror or exc}"}
    try:
        msg = parse_message(raw)
        c = classifier.classify(msg, now)
    except Exception as exc:  # noqa: BLE001 - one bad file is reported, the rest go on
        return {"file": str(path), "error": f"{type(exc).__name__}: {exc}"}
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


def build_daemon(config: Config, clock: Callable[[], datetime]) -> Daemon:
    store = Store(config.agent.state)
    rules = load_rules(config.agent.rules)
    classifier = RuleClassifier(rules)
    renderer = Renderer(config.agent.templates)

    smtp = config.smtp
    sender = None
    if config.agent.mode == "send" and smtp is not None:
        def sender(msg: EmailMessage, envelope_from: str, recipients: tuple[str, ...]) -> None:
            send_message(smtp, msg, envelope_from, recipients)

    def make_agent(mailbox: ImapMailbox) -> Agent:
        return Agent(config, store, mailbox, classifier, renderer, rules, clock, sender)

    return Daemon(store, make_agent, lambda: ImapMailbox(config.imap),
                  idle_timeout=config.imap.idle_timeout, poll_interval=config.imap.poll_interval)
