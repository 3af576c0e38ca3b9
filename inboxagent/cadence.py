"""The dunning cadence of rules/cadence.toml: stages relative to the due date, per-customer cadences, guards."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from .errors import RulesError
from .tomlfiles import line_of, read_toml
from .resources import find_file

CADENCE_FILE = "cadence.toml"
TONES = ("friendly", "neutral", "firm", "final")
NONE = "none"  # the cadence of a customer who is never chased automatically
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Stage:
    name: str
    days: int  # relative to the due date: -3 is three days before it
    tone: str
    template: str  # reminder/<tone>.txt unless the stage names its own

    def __str__(self) -> str:
        when = f"{-self.days} days before the due date" if self.days < 0 else (
            "on the due date" if self.days == 0 else f"{self.days} day{'s' if self.days != 1 else ''} after it")
        return f"{self.name} ({when}, {self.tone})"


@dataclass(frozen=True)
class CadenceRules:
    cadences: dict[str, tuple[Stage, ...]]
    default: str
    customers: dict[str, str] = field(default_factory=dict)  # customer name or key (case-folded) -> cadence
    promise_grace_days: int = 2
    default_promise_days: int = 7
    paid_claim_grace_days: int = 5
    max_per_week: int = 3
    quiet_start: time = time(20, 0)
    quiet_end: time = time(8, 0)
    weekends: bool = False
    timezone: str = ""
    enabled: bool = True  # false: no reminders or follow-ups at all, only replies to debtors
    path: Path | None = None

    def zone(self, default: tzinfo) -> tzinfo:
        """The customers' time zone when their mail gives none: [settings] timezone, else `default`."""
        return ZoneInfo(self.timezone) if self.timezone else default

    def cadence_of(self, customer_key: str, customer_name: str = "") -> str:
        for name in (customer_name, customer_key):
            found = self.customers.get(name.casefold())
            if found:
                return found
        return self.default

    def stages_of(self, customer_key: str, customer_name: str = "") -> tuple[Stage, ...]:
        name = self.cadence_of(customer_key, customer_name)
        return () if name == NONE else self.cadences[name]


def stage_for(stages: tuple[Stage, ...], due: date, today: date) -> Stage | None:
    """The latest stage an invoice due on `due` has reached today (None before the first)."""
    reached = [s for s in stages if (today - due).days >= s.days]
    return max(reached, key=lambda s: s.days) if reached else None


def stage_rank(stages: tuple[Stage, ...], name: str | None) -> int:
    """Position of a stage in its cadence (-1 for none, or one no longer in the file)."""
    ordered = sorted(stages, key=lambda s: s.days)
    return next((i for i, s in enumerate(ordered) if s.name == name), -1)


def firmer(tone: str, steps: int = 1) -> str:
    return TONES[min(TONES.index(tone) + steps, len(TONES) - 1)] if tone in TONES else tone


def firmest(*tones: str) -> str:
    return max((t for t in tones if t in TONES), key=TONES.index, default="friendly")


# ---- loading ---------------------------------------------------------------------------------

def _int(path: Path, text: str, table: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RulesError(path, line_of(text, key), f"{key} must be a whole number from {low} to {high}, got {value!r}")
    return value


def _time(path: Path, text: str, value: Any) -> time:
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}", value):
        hours, minutes = (int(x) for x in value.split(":"))
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise RulesError(path, line_of(text, "quiet_hours"), f"quiet_hours must be two times like [\"20:00\", \"08:00\"], got {value!r}")


def load_cadence(user_dir: Path | None = None) -> CadenceRules:
    path = find_file("rules", user_dir, CADENCE_FILE)
    data, text = read_toml(path)
    for key in data:
        if key not in ("settings", "cadence", "customers"):
            raise RulesError(path, line_of(text, key), f"unknown table [{key}] (known: settings, cadence, customers)")
    settings = data.get("settings", {})
    known = {"enabled", "cadence", "promise_grace_days", "default_promise_days", "paid_claim_grace_days", "max_per_week",
             "quiet_hours", "weekends", "timezone"}
    for key in settings:
        if key not in known:
            raise RulesError(path, line_of(text, key), f"unknown setting {key!r} (known: {', '.join(sorted(known))})")
    raw = data.get("cadence", {})
    if not isinstance(raw, dict) or not raw:
        raise RulesError(path, None, "no cadence defined: add [[cadence.standard]] stages")
    cadences: dict[str, tuple[Stage, ...]] = {}
    for name, stages in raw.items():
        if not _NAME.match(name) or name == NONE:
            raise RulesError(path, line_of(text, name), f"cadence name {name!r} must be lower-case letters, digits, - or _ (and not 'none')")
        if not isinstance(stages, list) or not stages:
            raise RulesError(path, line_of(text, name), f"[[cadence.{name}]] must be a list of stages")
        built = []
        for stage in stages:
            built.append(_stage(path, text, name, stage))
        names = [s.name for s in built]
        if len(set(names)) != len(names):
            raise RulesError(path, line_of(text, name), f"cadence {name!r} repeats a stage name")
        if len({s.days for s in built}) != len(built):
            raise RulesError(path, line_of(text, name), f"cadence {name!r} has two stages on the same day")
        cadences[name] = tuple(sorted(built, key=lambda s: s.days))
    default = settings.get("cadence", next(iter(cadences)))
    if default not in cadences:
        raise RulesError(path, line_of(text, "cadence ="), f"settings.cadence {default!r} is not defined (defined: {', '.join(cadences)})")
    customers = {}
    for who, which in data.get("customers", {}).items():
        if not isinstance(which, str) or (which not in cadences and which != NONE):
            raise RulesError(path, line_of(text, who), f"customer {who!r}: cadence {which!r} is not defined (use one of {', '.join(cadences)} or \"none\")")
        customers[who.casefold()] = which
    quiet = settings.get("quiet_hours", ["20:00", "08:00"])
    if not isinstance(quiet, list) or len(quiet) != 2:
        raise RulesError(path, line_of(text, "quiet_hours"), "quiet_hours must be two times like [\"20:00\", \"08:00\"]")
    weekends = settings.get("weekends", False)
    enabled = settings.get("enabled", True)
    for key, value in (("weekends", weekends), ("enabled", enabled)):
        if not isinstance(value, bool):
            raise RulesError(path, line_of(text, key), f"{key} must be true or false")
    tz = settings.get("timezone", "")
    if not isinstance(tz, str):
        raise RulesError(path, line_of(text, "timezone"), "timezone must be a name like Europe/London, or \"\"")
    if tz:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise RulesError(path, line_of(text, "timezone"), f"unknown time zone {tz!r}") from None
    return CadenceRules(
        cadences=cadences, default=default, customers=customers,
        promise_grace_days=_int(path, text, settings, "promise_grace_days", 2, 0, 60),
        default_promise_days=_int(path, text, settings, "default_promise_days", 7, 1, 90),
        paid_claim_grace_days=_int(path, text, settings, "paid_claim_grace_days", 5, 0, 60),
        max_per_week=_int(path, text, settings, "max_per_week", 3, 0, 20),
        quiet_start=_time(path, text, quiet[0]), quiet_end=_time(path, text, quiet[1]),
        weekends=weekends, timezone=tz, enabled=enabled, path=path,
    )


def _stage(path: Path, text: str, cadence: str, stage: Any) -> Stage:
    where = f"[[cadence.{cadence}]]"
    if not isinstance(stage, dict):
        raise RulesError(path, line_of(text, cadence), f"{where} entries must be tables")
    for key in stage:
        if key not in ("name", "days", "tone", "template"):
            raise RulesError(path, line_of(text, key), f"{where}: unknown key {key!r} (known: name, days, tone, template)")
    name = stage.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise RulesError(path, line_of(text, "name"), f"{where}: every stage needs a name of lower-case letters, digits, - or _")
    line = line_of(text, f'"{name}"')
    days = stage.get("days")
    if isinstance(days, bool) or not isinstance(days, int) or not -60 <= days <= 365:
        raise RulesError(path, line, f"{where} {name}: days must be a whole number from -60 to 365, got {days!r}")
    tone = stage.get("tone")
    if tone not in TONES:
        raise RulesError(path, line, f"{where} {name}: tone must be one of {', '.join(TONES)}, got {tone!r}")
    template = stage.get("template", f"reminder/{tone}.txt")
    if not isinstance(template, str) or not template.endswith(".txt") or ".." in template:
        raise RulesError(path, line, f"{where} {name}: template must be a .txt file under templates/, got {template!r}")
    return Stage(name, days, tone, template)
