"""Renders the user's Jinja2 templates in a sandbox: StrictUndefined, HTML autoescaped, debtor text as data only."""

from __future__ import annotations

from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateError as JinjaError
from jinja2 import pass_context, select_autoescape
from jinja2.runtime import Context
from jinja2.exceptions import TemplateRuntimeError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .errors import TemplateError
from .money import format_money, format_rate
from .resources import default_dir

# The locale amounts are written in while a template renders: Renderer.render sets it from the
# context's `locale` (the customer's, else [agent] locale), so macros imported without context
# and partials write amounts the same way. Outside a render it is None: en_GB.
_LOCALE: ContextVar[str | None] = ContextVar("inboxagent_locale", default=None)


def money(amount: Decimal | int | str | None, currency: str = "", locale: str | None = None) -> str:
    """An amount in its currency's minor units, in the locale of the message being rendered
    (or `locale`): 1250.5, "GBP" -> "£1,250.50" in en_GB; "EUR" in de_DE -> "1.250,50 €".
    No currency: just the number. None: ""."""
    return format_money(amount, currency, locale or _LOCALE.get())


def percent(rate: Decimal | int | str | None, locale: str | None = None) -> str:
    """A yearly rate in percent, in the message's locale: 13 -> "13%", 12.75 -> "12.75%"."""
    return "" if rate is None else format_rate(rate, locale or _LOCALE.get())


def _context_locale(context: Context) -> str | None:
    locale = context.get("locale")
    return locale if isinstance(locale, str) and locale else None


@pass_context  # never folded at compile time: `{{ 5 | money("EUR") }}` follows each message's locale
def _money_filter(context: Context, amount: Any, currency: str = "", locale: str | None = None) -> str:
    try:
        return money(amount, currency, locale or _context_locale(context))
    except (TypeError, ValueError) as exc:  # a float or text in a template: say where, like any template error
        raise TemplateRuntimeError(f"money: {exc}") from None


@pass_context
def _percent_filter(context: Context, rate: Any, locale: str | None = None) -> str:
    try:
        return percent(rate, locale or _context_locale(context))
    except (TypeError, ValueError) as exc:
        raise TemplateRuntimeError(f"percent: {exc}") from None


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
        self.env.filters["money"] = _money_filter
        self.env.filters["percent"] = _percent_filter
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
        locale = context.get("locale")
        token = _LOCALE.set(locale if isinstance(locale, str) and locale else None)
        try:
            template = self.env.get_template(name)
            return template.render(**context)
        except JinjaError as exc:
            where = getattr(exc, "filename", None) or name
            line = getattr(exc, "lineno", None)
            raise TemplateError(f"{where}{':' + str(line) if line else ''}: {exc}") from None
        finally:
            _LOCALE.reset(token)
