"""Decides a reply's intent: header signals first, then the trained spaCy model and the user's rules.

Order of evidence:
1. Headers (RFC 3834 Auto-Submitted, X-Autoreply, Precedence, List-Id, delivery reports,
   our own address) decide `ignore` before any text is read: machines are never answered.
2. The new text of the reply (quoted history and signature removed) and its subject go
   through the rules of rules/intents.toml (spaCy PhraseMatcher/Matcher, negation-aware)
   and the trained text classifier, which sees the rule matches as features.
3. `rule_weight` in rules/intents.toml adds the rules' own scores on top of the model's,
   so a phrase a user adds can tip a decision without retraining.

Below `review_threshold` the best intent is kept but marked needs_review: no follow-up is
ever sent automatically for it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from ..mail.machine import machine_verdict
from ..records import INTENTS, Classification, MailMessage
from ..rules import Rules, find_invoice_refs
from . import extract
from .features import message_features
from .model import IntentModel
from .rulematch import RuleHit, RuleMatcher, rule_scores

# When two intents score the same, the one that protects the relationship most wins.
PRIORITY = ("dispute", "extension_request", "promise_to_pay", "already_paid", "question", "ignore")
DATED = ("promise_to_pay", "extension_request")
WITH_AMOUNT = ("promise_to_pay", "extension_request", "dispute", "already_paid")


class Classifier(Protocol):
    def classify(self, msg: MailMessage, now: datetime | None = None) -> Classification: ...


@dataclass(frozen=True)
class Explanation:
    """Why a message got its intent: what was read, what matched, how each part scored."""

    new_text: str
    model_input: str
    machine: str | None
    hits: tuple[RuleHit, ...]
    rule_scores: dict[str, float]
    model_scores: dict[str, float]
    final_scores: dict[str, float]
    classification: Classification


class IntentClassifier:
    def __init__(self, rules: Rules, model: IntentModel | None = None) -> None:
        self.rules = rules
        self.model = model or IntentModel.load()
        self.matcher = RuleMatcher(rules, self.model.nlp)

    def classify(self, msg: MailMessage, now: datetime | None = None) -> Classification:
        return self.explain_many([msg], now)[0].classification

    def classify_many(self, msgs: Sequence[MailMessage], now: datetime | None = None) -> list[Classification]:
        return [e.classification for e in self.explain_many(msgs, now)]

    def explain(self, msg: MailMessage, now: datetime | None = None) -> Explanation:
        return self.explain_many([msg], now)[0]

    def explain_many(self, msgs: Sequence[MailMessage], now: datetime | None = None) -> list[Explanation]:
        verdicts = [machine_verdict(m) for m in msgs]
        people = [i for i, v in enumerate(verdicts) if v is None or v.kind == "own"]
        features = {i: message_features(msgs[i], self.matcher) for i in people}
        inputs = {i: features[i][0] for i in people}
        hits = {i: features[i][1] for i in people}
        model_scores = dict(zip(people, self.model.scores([inputs[i] for i in people])))
        out = []
        for i, msg in enumerate(msgs):
            refs = find_invoice_refs(self.rules, msg.subject, msg.text)
            verdict = verdicts[i]
            if i not in model_scores:
                assert verdict is not None
                base = extract.message_day(msg.date, now)
                c = Classification(
                    intent="ignore", confidence=1.0, invoice_refs=refs, auto_reply=True, bounce=verdict.bounce,
                    return_date=None if verdict.bounce else extract.return_date(msg.new_text or msg.text, base),
                    reasons=(f"header: {verdict.reason}",),
                )
                out.append(Explanation(msg.new_text, "", verdict.reason, (), {}, {}, {}, c))
                continue
            rules = rule_scores(hits[i])
            final = self._combine(model_scores[i], rules)
            best = max(final.values())
            intent = next(k for k in PRIORITY if final[k] == best)
            reasons = tuple(h.explain() for h in hits[i]) + (
                "model " + ", ".join(f"{k}={v:.2f}" for k, v in sorted(model_scores[i].items(), key=lambda kv: -kv[1])[:3]),)
            c = self._finish(msg, intent, round(best, 3), refs, now, reasons)
            out.append(Explanation(msg.new_text, inputs[i], None, tuple(hits[i]), rules, model_scores[i], final, c))
        return out

    def _combine(self, model: dict[str, float], rules: dict[str, float]) -> dict[str, float]:
        weight = self.rules.rule_weight
        logits = {k: math.log(max(model.get(k, 0.0), 1e-9)) + weight * rules.get(k, 0.0) for k in INTENTS}
        top = max(logits.values())
        exp = {k: math.exp(v - top) for k, v in logits.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    def _finish(self, msg: MailMessage, intent: str, confidence: float, refs: tuple[str, ...],
                now: datetime | None, reasons: tuple[str, ...]) -> Classification:
        base = extract.message_day(msg.date, now)
        text = msg.new_text
        offset = msg.date.utcoffset() if msg.date else None
        month_first = bool(offset is not None and offset.total_seconds() < -3 * 3600)  # the Americas
        when = extract.promised_date(text, base, month_first) if intent in DATED else None
        amount, currency = extract.money_fields(extract.amount(text, intent, offset)) if intent in WITH_AMOUNT else (None, None)
        ooo = extract.return_date(text, base, month_first) if intent == "ignore" else None
        return Classification(
            intent=intent, confidence=confidence, promised_date=when, amount=amount, currency=currency,
            invoice_refs=refs, needs_review=confidence < self.rules.review_threshold,
            return_date=ooo, reasons=reasons,
        )
