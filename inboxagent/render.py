"""Renders the user's Jinja2 templates in a sandbox: StrictUndefined, HTML autoescaped, debtor text as data only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateError as JinjaError
from jinja2 import select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .errors import TemplateError
from .resources import default_dir

SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}


def money(amount: Decimal | str | None, currency: str = "") -> str:
    """1250.5, "GBP" -> "£1,250.50"; codes without a common symbol are written before the number."""
    if amount is None:
        return ""
    value = Decimal(amount)
    text = f"{value:,.2f}"
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{currency} {text}".strip()


def short_date(value: date | None) -> str:
    """A date in a sentence: "13 November"."""
    return "" if value is None else f"{value.day} {value:%B}"


def long_date(value: date | None) -> str:
    """A date as people write it in a letter: "Friday 20 November 2026"."""
    if value is None:
        return ""
    return f"{value:%A} {value.day} {value:%B %Y}"


class Renderer:
    """Loads templates from the user's folder first, then from the packaged defaults."""

    def __init__(self, user_dir: Path | None = None) -> None:
        loaders = [FileSystemLoader(str(user_dir))] if user_dir and user_dir.is_dir() else []
        loaders.append(FileSystemLoader(str(default_dir("templates"))))
        # Immutable sandbox: templates cannot call methods that change data or reach
        # Python internals. Values (including debtor-written text) are never compiled as
        # template code: they only ever arrive through the context.
        self.env = ImmutableSandboxedEnvironment(
            loader=ChoiceLoader(loaders),
            undefined=StrictUndefined,
            autoescape=select_autoescape(enabled_extensions=("html", "htm"), default_for_string=False, default=False),
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["money"] = money
        self.env.filters["long_date"] = long_date
        self.env.filters["short_date"] = short_date

    def first_of(self, *names: str) -> str:
        """The first of `names` that exists (user folder or packaged), e.g. a tone's own
        template before the situation's general one."""
        for name in names:
            try:
                self.env.get_template(name)
                return name
            except TemplateNotFound:
                continue
            except JinjaError as exc:  # it exists but is broken: say where, not that it is missing
                line = getattr(exc, "lineno", None)
                raise TemplateError(f"{getattr(exc, 'filename', None) or name}{':' + str(line) if line else ''}: {exc}") from None
        raise TemplateError(f"none of the templates {', '.join(names)} exists")

    def render_message(self, name: str, context: dict[str, Any]) -> tuple[str, str]:
        """A message template: its first line is "Subject: ...", then a blank line, then the body."""
        text = self.render(name, context)
        first, _, body = text.lstrip("\n").partition("\n")
        if not first.lower().startswith("subject:"):
            raise TemplateError(f"{name}: the first line must be \"Subject: ...\"")
        subject = " ".join(first.split(":", 1)[1].split())
        if not subject:
            raise TemplateError(f"{name}: the subject line is empty")
        return subject, body.strip("\n") + "\n"

    def render(self, name: str, context: dict[str, Any]) -> str:
        try:
            template = self.env.get_template(name)
            return template.render(**context)
        except JinjaError as exc:
            where = getattr(exc, "filename", None) or name
            line = getattr(exc, "lineno", None)
            raise TemplateError(f"{where}{':' + str(line) if line else ''}: {exc}") from None
