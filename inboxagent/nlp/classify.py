"""Decides a reply's intent: header signals first, then the user's phrase and token rules on the new text.

`Classifier.classify(message)` returns a Classification (intent, confidence, extracted
fields). This first version scores the rules of rules/intents.toml; the trained spaCy
model plugs in behind the same interface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import spacy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.util import filter_spans

from ..mail.machine import MachineVerdict, machine_verdict
from ..records import INTENTS, Classification, MailMessage
from ..rules import Rules, find_invoice_refs
from . import extract

# When two intents score the same, the one that protects the relationship most wins.
PRIORITY = ("dispute", "extension_request", "promise_to_pay", "already_paid", "question", "ignore")
REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|vs|antw|ref|rif|r|fw|fwd|wg|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


class Classifier(Protocol):
    def classify(self, msg: MailMessage, now: datetime | None = None) -> Classification: ...


@dataclass(frozen=True)
class RuleHit:
    intent: str
    text: str
    weight: float
    negated: bool
    in_subject: bool


class RuleClassifier:
    """Scores each intent by the rules that match; the best score wins."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.nlp = spacy.blank("en")
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher = Matcher(self.nlp.vocab)
        self.by_intent = {r.intent: r for r in rules.intents}
        for rule in rules.intents:
            if rule.phrases:
                self.phrases.add(rule.intent, [self.nlp.make_doc(p) for p in rule.phrases])
            if rule.patterns:
                self.matcher.add(rule.intent, [list(p) for p in rule.patterns])

    def hits(self, text: str, in_subject: bool = False) -> list[RuleHit]:
        doc = self.nlp.make_doc(text)
        spans = []
        matches = list(self.phrases(doc)) + (list(self.matcher(doc)) if len(self.matcher) else [])
        for match_id, start, end in matches:
            span = doc[start:end]
            span.label_ = self.nlp.vocab.strings[match_id]
            spans.append(span)
        found = []
        for span in filter_spans(spans):  # the longest match wins where rules overlap
            rule = self.by_intent[span.label_]
            window = doc[max(0, span.start - self.rules.negation_window) : span.end]
            negated = rule.negatable and any(t.lower_ in self.rules.negations for t in window)
            found.append(RuleHit(rule.intent, span.text, rule.weight * (0.5 if in_subject else 1.0), negated, in_subject))
        return found

    def scores(self, msg: MailMessage) -> tuple[dict[str, float], list[RuleHit]]:
        subject = REPLY_PREFIX.sub("", msg.subject)
        hits = self.hits(msg.new_text) + self.hits(subject, in_subject=True)
        scores = {intent: 0.0 for intent in INTENTS}
        for hit in hits:
            if not hit.negated:
                scores[hit.intent] += hit.weight
        return scores, hits

    def classify(self, msg: MailMessage, now: datetime | None = None) -> Classification:
        verdict = machine_verdict(msg)
        refs = find_invoice_refs(self.rules, msg.subject, msg.text)
        if verdict is not None and verdict.kind != "own":
            return self._machine(msg, verdict, refs, now)
        scores, hits = self.scores(msg)
        total = sum(scores.values())
        if total == 0:
            intent = "question" if "?" in msg.new_text else "ignore"
            confidence = 0.3
        else:
            best = max(scores.values())
            intent = next(i for i in PRIORITY if scores[i] == best)
            confidence = round(best / (total + 0.5), 3)
        return self._finish(msg, intent, confidence, refs, now, tuple(_explain(h) for h in hits))

    def _machine(self, msg: MailMessage, verdict: MachineVerdict, refs: tuple[str, ...], now: datetime | None) -> Classification:
        base = extract.message_day(msg.date, now)
        return Classification(
            intent="ignore", confidence=1.0, invoice_refs=refs, auto_reply=True,
            bounce=verdict.bounce, return_date=None if verdict.bounce else extract.return_date(msg.new_text or msg.text, base),
            reasons=(f"header: {verdict.reason}",),
        )

    def _finish(self, msg: MailMessage, intent: str, confidence: float, refs: tuple[str, ...],
                now: datetime | None, reasons: tuple[str, ...]) -> Classification:
        base = extract.message_day(msg.date, now)
        text = msg.new_text
        month_first = bool(msg.date and msg.date.utcoffset() and msg.date.utcoffset().total_seconds() < -3 * 3600)  # type: ignore[union-attr]
        when = extract.promised_date(text, base, month_first) if intent in ("promise_to_pay", "extension_request") else None
        amount, currency = extract.money_fields(extract.amount(text)) if intent != "ignore" and intent != "question" else (None, None)
        ooo = extract.return_date(text, base, month_first) if intent == "ignore" else None
        return Classification(
            intent=intent, confidence=confidence, promised_date=when, amount=amount, currency=currency,
            invoice_refs=refs, needs_review=confidence < self.rules.review_threshold,
            return_date=ooo, reasons=reasons,
        )


def _explain(hit: RuleHit) -> str:
    where = "subject" if hit.in_subject else "text"
    state = " (negated)" if hit.negated else ""
    return f"rule {hit.intent}: {hit.text!r} in {where}{state}"
