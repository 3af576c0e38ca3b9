"""Loads the user's rules/ files (or the packaged defaults) into one validated, frozen Rules object."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .cadence import CadenceRules, load_cadence
from .errors import RulesError
from .interest import InterestRules, load_interest
from .tomlfiles import line_of, read_toml
from .records import INTENTS
from .resources import default_dir, find_file

THREADING = "threading.toml"
INTENT_FILE = "intents.toml"
POLICY = "policy.toml"


@dataclass(frozen=True)
class IntentRule:
    intent: str
    weight: float
    negatable: bool
    phrases: tuple[str, ...]
    patterns: tuple[tuple[dict[str, Any], ...], ...]


@dataclass(frozen=True)
class ExtensionPolicy:
    """How much more time the agent may offer on its own (always as a draft for a person)."""

    max_days: int = 30  # beyond the invoice's due date
    max_instalments: int = 3
    min_instalment: Decimal = Decimal("50")  # in the invoice's currency


SITUATIONS = ("reminder/friendly", "reminder/neutral", "reminder/firm", "reminder/final",
              "broken_promise", "remittance_request", "paid_thanks")


@dataclass(frozen=True)
class Rules:
    invoice_patterns: tuple[re.Pattern[str], ...]
    shared_domains: frozenset[str]
    intents: tuple[IntentRule, ...]
    review_threshold: float
    rule_weight: float
    negations: frozenset[str]
    negation_window: int
    send_intents: frozenset[str]
    files: tuple[Path, ...]
    cadence: CadenceRules
    extension: ExtensionPolicy
    opt_out: tuple[re.Pattern[str], ...]
    send_situations: frozenset[str] = frozenset()  # reminder/<tone>, broken_promise, ... sent without review
    interest: InterestRules = InterestRules()  # rules/interest.toml: statutory late-payment interest (off by default)


def _strings(path: Path, text: str, table: dict[str, Any], key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RulesError(path, line_of(text, key), f"{where}.{key} must be a list of non-empty strings")
    return value


UNAVAILABLE_ATTRS = frozenset({"LEMMA", "POS", "TAG", "DEP", "MORPH", "ENT_TYPE", "ENT_IOB", "ENT_ID",
                               "SENT_START", "IS_SENT_START"})


def _pattern_problem(pattern: list[dict[str, Any]]) -> str | None:
    """What spaCy's Matcher says is wrong with one token pattern, in one line, or None."""
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    # The pipeline has no tagger, parser or lemmatizer: these attributes would fail every message.
    needs_pipeline = sorted({k for t in pattern for k in t if k.upper() in UNAVAILABLE_ATTRS})
    if needs_pipeline:
        return (f"{', '.join(needs_pipeline)} needs a tagger, parser or lemmatizer, which the intent pipeline does not "
                "have; use LOWER, TEXT, NORM, IS_DIGIT, LIKE_NUM, IS_PUNCT, SHAPE, LENGTH or OP")
    try:
        Matcher(Vocab(), validate=True).add("check", [pattern])
    except (ValueError, KeyError, TypeError) as exc:
        detail = " ".join(str(exc).split())
        detail = re.sub(r"^Invalid token patterns for matcher rule 'check'\s*Pattern 0:\s*-?\s*", "", detail)
        return detail[:300]
    return None


def _pattern_line(text: str, intent: str, pattern: list[dict[str, Any]]) -> int | None:
    """The line of the first token of a pattern, searched from the intent's table on."""
    start = line_of(text, f"[{intent}]") or 1
    lines = text.splitlines()
    first = pattern[0] if pattern else {}
    needles = [str(v) for v in first.values() if isinstance(v, (str, int, float))] + list(first)
    for n in range(start, len(lines) + 1):
        if any(needle and needle in lines[n - 1] for needle in needles):
            return n
    return start


def load_rules(user_dir: Path | None = None) -> Rules:
    """Every rules file, from `user_dir` where the user has one, else the packaged default."""
    threading_path = find_file("rules", user_dir, THREADING)
    data, text = read_toml(threading_path)
    numbers = data.get("invoice_numbers", {})
    compiled = []
    for source in _strings(threading_path, text, numbers, "patterns", "invoice_numbers"):
        try:
            pattern = re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise RulesError(threading_path, line_of(text, source), f"invalid regular expression {source!r}: {exc}") from None
        if pattern.groups > 1:
            raise RulesError(threading_path, line_of(text, source), f"pattern {source!r} has {pattern.groups} groups; use at most one (the reference)")
        if pattern.search(""):
            raise RulesError(threading_path, line_of(text, source), f"pattern {source!r} matches empty text")
        compiled.append(pattern)
    if not compiled:
        raise RulesError(threading_path, None, "invoice_numbers.patterns is empty: no invoice number could ever be found")
    shared = _strings(threading_path, text, data.get("customers", {}), "shared_domains", "customers")

    intents_path = find_file("rules", user_dir, INTENT_FILE)
    idata, itext = read_toml(intents_path)
    settings = idata.get("settings", {})
    threshold = settings.get("review_threshold", 0.6)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise RulesError(intents_path, line_of(itext, "review_threshold"), "settings.review_threshold must be a number from 0 to 1")
    rule_weight = settings.get("rule_weight", 0.25)
    if isinstance(rule_weight, bool) or not isinstance(rule_weight, (int, float)) or not 0 <= rule_weight <= 10:
        raise RulesError(intents_path, line_of(itext, "rule_weight"), "settings.rule_weight must be a number from 0 to 10")
    window = settings.get("negation_window", 4)
    if isinstance(window, bool) or not isinstance(window, int) or not 0 <= window <= 20:
        raise RulesError(intents_path, line_of(itext, "negation_window"), "settings.negation_window must be an integer from 0 to 20")
    negations = _strings(intents_path, itext, settings, "negations", "settings")
    for name in idata:
        if name != "settings" and name not in INTENTS:
            raise RulesError(intents_path, line_of(itext, f"[{name}]"), f"unknown intent [{name}] (known: {', '.join(INTENTS)})")
    rules = []
    for intent in INTENTS:
        table = idata.get(intent, {})
        if not isinstance(table, dict):
            raise RulesError(intents_path, line_of(itext, intent), f"[{intent}] must be a table")
        weight = table.get("weight", 1.0)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight < 0:
            raise RulesError(intents_path, line_of(itext, f"[{intent}]"), f"[{intent}] weight must be a non-negative number")
        patterns = table.get("patterns", [])
        if not isinstance(patterns, list) or not all(isinstance(p, list) and p and all(isinstance(t, dict) for t in p) for p in patterns):
            raise RulesError(intents_path, line_of(itext, "patterns"), f"[{intent}] patterns must be a list of token lists like [{{LOWER = \"pay\"}}]")
        for pattern in patterns:
            problem = _pattern_problem(pattern)
            if problem:
                raise RulesError(intents_path, _pattern_line(itext, intent, pattern), f"[{intent}] bad token pattern {pattern}: {problem}")
        rules.append(IntentRule(
            intent=intent,
            weight=float(weight),
            negatable=bool(table.get("negatable", False)),
            phrases=tuple(p.lower() for p in _strings(intents_path, itext, table, "phrases", intent)),
            patterns=tuple(tuple(t for t in p) for p in patterns),
        ))
    policy_path = find_file("rules", user_dir, POLICY)
    pdata, ptext = read_toml(policy_path)
    for table in pdata:
        if table not in ("send", "extension", "opt_out"):
            raise RulesError(policy_path, line_of(ptext, f"[{table}]"), f"unknown table [{table}] (known: send, extension, opt_out)")
    send = pdata.get("send", {})
    send_intents = _strings(policy_path, ptext, send, "intents", "send")
    for intent in send_intents:
        if intent not in INTENTS:
            raise RulesError(policy_path, line_of(ptext, intent), f"unknown intent {intent!r} in send.intents")
        if intent in ("dispute", "ignore"):
            raise RulesError(policy_path, line_of(ptext, intent), f"{intent!r} can never be answered automatically")
    situations = _strings(policy_path, ptext, send, "situations", "send")
    for situation in situations:
        if situation not in SITUATIONS:
            raise RulesError(policy_path, line_of(ptext, situation), f"unknown situation {situation!r} in send.situations (known: {', '.join(SITUATIONS)})")
    extension = _extension(policy_path, ptext, pdata.get("extension", {}))
    # Opt-out is a guard no edit can switch off by accident: the packaged phrases always
    # count, and the user's own [opt_out] phrases are added to them.
    phrases = _strings(policy_path, ptext, pdata.get("opt_out", {}), "phrases", "opt_out")
    default_policy = default_dir("rules") / POLICY
    if policy_path != default_policy:
        ddata, dtext = read_toml(default_policy)
        phrases = _strings(default_policy, dtext, ddata.get("opt_out", {}), "phrases", "opt_out") + phrases
    opt_out = []
    for phrase in dict.fromkeys(p.lower() for p in phrases):
        words = [re.escape(w) for w in phrase.split()]
        opt_out.append(re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE))
    cadence = load_cadence(user_dir)
    interest = load_interest(user_dir)
    return Rules(
        invoice_patterns=tuple(compiled),
        shared_domains=frozenset(d.lower() for d in shared),
        intents=tuple(rules),
        review_threshold=float(threshold),
        rule_weight=float(rule_weight),
        negations=frozenset(n.lower() for n in negations),
        negation_window=window,
        send_intents=frozenset(send_intents),
        files=(threading_path, intents_path, policy_path) + ((cadence.path,) if cadence.path else ())
        + ((interest.path,) if interest.path else ()),
        cadence=cadence,
        extension=extension,
        opt_out=tuple(opt_out),
        send_situations=frozenset(situations),
        interest=interest,
    )


def _extension(path: Path, text: str, table: dict[str, Any]) -> ExtensionPolicy:
    for key in table:
        if key not in ("max_days", "max_instalments", "min_instalment"):
            raise RulesError(path, line_of(text, key), f"[extension] unknown key {key!r} (known: max_days, max_instalments, min_instalment)")
    values: dict[str, Any] = {}
    for key, low, high in (("max_days", 0, 365), ("max_instalments", 1, 24)):
        value = table.get(key, getattr(ExtensionPolicy, key))
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise RulesError(path, line_of(text, key), f"[extension] {key} must be a whole number from {low} to {high}, got {value!r}")
        values[key] = value
    minimum = table.get("min_instalment", ExtensionPolicy.min_instalment)
    try:
        values["min_instalment"] = Decimal(str(minimum))
    except InvalidOperation:
        raise RulesError(path, line_of(text, "min_instalment"), f"[extension] min_instalment must be an amount, got {minimum!r}") from None
    return ExtensionPolicy(**values)


def normalise_ref(ref: str) -> str:
    """The comparison form of an invoice reference: letters and digits, upper case."""
    return re.sub(r"[^0-9A-Za-z]", "", ref).upper()


def find_invoice_refs(rules: Rules, *texts: str) -> tuple[str, ...]:
    """Invoice references in the texts, as first written, each once, in order of appearance."""
    found: dict[str, str] = {}
    for text in texts:
        hits: list[tuple[int, str]] = []
        for pattern in rules.invoice_patterns:
            for m in pattern.finditer(text):
                ref = (m.group(1) if pattern.groups else m.group(0)).strip()
                hits.append((m.start(), ref))
        for _, ref in sorted(hits):
            key = normalise_ref(ref)
            if key and not any(key == k or k.endswith(key) or key.endswith(k) for k in found):
                found[key] = ref
    return tuple(found.values())
