"""Validate a labelled message folder: DIR/*.eml plus DIR/labels.jsonl in the SPEC format.

Usage: python data/check_labels.py data/labelled/SLICE [...]
Exits 1 and prints every problem as `path:line: reason`.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

INTENTS = {"promise_to_pay", "extension_request", "dispute", "already_paid", "question", "ignore"}
FIELDS = {"file", "intent", "promised_date", "amount", "currency", "invoice_refs", "notes"}
OPTIONAL = {"return_date"}
AMOUNT = re.compile(r"^\d+\.\d{2}$|^\d+$")
CURRENCY = re.compile(r"^[A-Z]{3}$")


def _text_of(path: Path) -> str:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    parts = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                parts.append(part.get_content())
            except Exception:  # noqa: BLE001 - a checker reports, never crashes
                parts.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(parts)


def check(folder: Path) -> list[str]:
    problems: list[str] = []
    labels = folder / "labels.jsonl"
    if not labels.exists():
        return [f"{labels}: missing"]
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    for n, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{labels}:{n}"
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        missing = FIELDS - row.keys()
        extra = row.keys() - FIELDS - OPTIONAL
        if missing:
            problems.append(f"{where}: missing fields {sorted(missing)}")
            continue
        if extra:
            problems.append(f"{where}: unknown fields {sorted(extra)}")
        name = row["file"]
        if name in seen:
            problems.append(f"{where}: duplicate file {name}")
        seen.add(name)
        path = folder / name
        if not path.exists():
            problems.append(f"{where}: {name} does not exist")
            continue
        intent = row["intent"]
        if intent not in INTENTS:
            problems.append(f"{where}: unknown intent {intent!r}")
        counts[intent] += 1
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if not msg.get("Date") or not msg.get("From"):
            problems.append(f"{where}: {name} has no Date or From header")
        pd = row["promised_date"]
        if pd is not None:
            if intent not in {"promise_to_pay", "extension_request"}:
                problems.append(f"{where}: promised_date set for intent {intent}")
            try:
                date.fromisoformat(pd)
            except (TypeError, ValueError):
                problems.append(f"{where}: promised_date {pd!r} is not YYYY-MM-DD")
        amount, currency = row["amount"], row["currency"]
        if amount is not None and not (isinstance(amount, str) and AMOUNT.match(amount)):
            problems.append(f"{where}: amount {amount!r} is not a plain decimal string")
        if currency is not None and not (isinstance(currency, str) and CURRENCY.match(currency)):
            problems.append(f"{where}: currency {currency!r} is not an ISO 4217 code")
        if currency is not None and amount is None:
            problems.append(f"{where}: currency without amount")
        refs = row["invoice_refs"]
        if not isinstance(refs, list):
            problems.append(f"{where}: invoice_refs must be a list")
        else:
            text = _text_of(path).lower()
            for ref in refs:
                if str(ref).lower() not in text:
                    problems.append(f"{where}: invoice ref {ref!r} not found in subject/body of {name}")
        rd = row.get("return_date")
        if rd is not None:
            try:
                date.fromisoformat(rd)
            except (TypeError, ValueError):
                problems.append(f"{where}: return_date {rd!r} is not YYYY-MM-DD")
    on_disk = {p.name for p in folder.glob("*.eml")}
    for name in sorted(on_disk - seen):
        problems.append(f"{folder / name}: not in labels.jsonl")
    print(f"{folder}: {sum(counts.values())} labelled: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return problems


def main(argv: list[str]) -> int:
    problems = [p for arg in argv for p in check(Path(arg))]
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
