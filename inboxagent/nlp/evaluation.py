"""Scores predictions against labels.jsonl rows: per-intent precision/recall/F1, confusion, field accuracy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ..records import INTENTS

DATED = ("promise_to_pay", "extension_request")


@dataclass(frozen=True)
class IntentScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class FieldScore:
    """Exact matches of one extracted field, over the messages whose label gives it a value,
    and over every message (where a null label must be predicted null)."""

    correct: int
    labelled: int
    correct_all: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0

    @property
    def accuracy_all(self) -> float:
        return self.correct_all / self.total if self.total else 1.0


@dataclass(frozen=True)
class Report:
    total: int
    accuracy: float
    macro_f1: float
    intents: dict[str, IntentScore]
    confusion: dict[str, dict[str, int]]  # gold -> predicted -> count
    promised_date: FieldScore
    amount: FieldScore
    currency: FieldScore
    invoice_refs: FieldScore
    errors: list[str] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (file, gold, predicted)


def _amount(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _field(pairs: Sequence[tuple[Any, Any]]) -> FieldScore:
    correct = sum(1 for gold, got in pairs if gold is not None and gold == got)
    labelled = sum(1 for gold, _ in pairs if gold is not None)
    return FieldScore(correct, labelled, sum(1 for gold, got in pairs if gold == got), len(pairs))


def score(labels: Sequence[Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]]) -> Report:
    """`predictions` maps each label's "file" to a classify --json row (or a row with "error")."""
    confusion = {g: {p: 0 for p in INTENTS} for g in INTENTS}
    dates: list[tuple[Any, Any]] = []
    amounts: list[tuple[Any, Any]] = []
    currencies: list[tuple[Any, Any]] = []
    refs: list[tuple[Any, Any]] = []
    errors: list[str] = []
    misses: list[tuple[str, str, str]] = []
    for label in labels:
        name = str(label["file"])
        row = predictions.get(name)
        if row is None or "error" in row:
            errors.append(f"{name}: {row.get('error') if row else 'no prediction'}")
            got: Mapping[str, Any] = {}
        else:
            got = row
        gold, predicted = str(label["intent"]), str(got.get("intent", "ignore"))
        confusion[gold][predicted if predicted in INTENTS else "ignore"] += 1
        if gold != predicted:
            misses.append((name, gold, predicted))
        dates.append((label.get("promised_date"), got.get("promised_date")))
        amounts.append((_amount(label.get("amount")), _amount(got.get("amount"))))
        currencies.append((label.get("currency"), got.get("currency")))
        gold_refs = sorted({str(r).upper() for r in label.get("invoice_refs") or []})
        got_refs = sorted({str(r).upper() for r in got.get("invoice_refs") or []})
        refs.append((gold_refs or None, got_refs or None))
    intents = {}
    for intent in INTENTS:
        tp = confusion[intent][intent]
        predicted_n = sum(confusion[g][intent] for g in INTENTS)
        support = sum(confusion[intent].values())
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        intents[intent] = IntentScore(precision, recall, f1, support)
    present = [s for s in intents.values() if s.support]
    total = len(labels)
    return Report(
        total=total,
        accuracy=sum(confusion[i][i] for i in INTENTS) / total if total else 0.0,
        macro_f1=sum(s.f1 for s in present) / len(present) if present else 0.0,
        intents=intents, confusion=confusion,
        promised_date=_field(dates), amount=_field(amounts), currency=_field(currencies),
        invoice_refs=_field(refs), errors=errors, misses=misses,
    )


SHORT = {"promise_to_pay": "promise", "extension_request": "extens", "dispute": "dispute",
         "already_paid": "paid", "question": "question", "ignore": "ignore"}


def render(report: Report) -> str:
    """The report as the text `inboxagent evaluate` prints."""
    lines = [f"{report.total} messages, accuracy {report.accuracy:.3f}, macro-F1 {report.macro_f1:.3f}", ""]
    lines.append(f"{'intent':<18} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for intent, s in report.intents.items():
        lines.append(f"{intent:<18} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.support:>8}")
    lines += ["", "confusion (rows: labelled, columns: predicted)"]
    lines.append(" " * 18 + "".join(f"{SHORT[i]:>9}" for i in INTENTS))
    for gold in INTENTS:
        lines.append(f"{gold:<18}" + "".join(f"{report.confusion[gold][p]:>9}" for p in INTENTS))
    lines.append("")
    for name, f in (("promised date", report.promised_date), ("amount", report.amount),
                    ("currency", report.currency), ("invoice refs", report.invoice_refs)):
        lines.append(f"{name:<14} exact {f.accuracy:.3f} ({f.correct}/{f.labelled} labelled with a value); "
                     f"{f.accuracy_all:.3f} over all messages ({f.correct_all}/{f.total})")
    if report.errors:
        lines += ["", f"{len(report.errors)} message(s) could not be classified:"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)
