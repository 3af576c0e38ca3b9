"""Finds the dates debtors write ("Friday", "the 15th", "end of the month", "in two weeks", "Friday
week", "another 30 days", "lunes 26 de mayo", "15.12.") and resolves each against a base day.

This module finds every date expression and resolves it; which one is THE promised date (or the
return date of an out-of-office notice) is decided in extract.py.

Conventions (the product's, see SPEC.md): "Friday" is the first Friday strictly after the base
day, "the 15th" the first 15th strictly after it, "next week" the Friday of the coming week,
"end of the month" its last day, "Friday week" the Friday after the coming one. A weekday next
to a date ("Friday 24th", "Monday 12/1", "9/5 (Fri)", "lunes 26 de mayo") settles which reading
is meant. "15.12." is always day.month; a bare "10.06" is only a date after "on"/"am"; an
ambiguous "12/05" takes the reading near the message day. A day and month with no year take the
year nearest the message day, leaning to the future, so "paid on 2 May" written in June stays in
the past and "5 January" written in November is next year's.

Not everything date-like is a date: vague spans ("early next week", "a few days", "two to three
weeks", "every Thursday", "Wed-Sun"), holiday names ("Good Friday") and idioms ("at the end of the
day") hold their text so that nothing inside them is read as a date, and bare "sat", "sun",
"wed", "mon" are only days when the context says so ("we sat down" is not Saturday).

Why not dateparser: measured with dateparser 1.5 (PREFER_DATES_FROM=future, RELATIVE_BASE set
to the message day), `search_dates` read "we" as Wednesday and "may" as May, resolved "by the
15th" into the past, and found nothing in "end of the month", "05.12." or "30 more days" (6 wrong
out of 14 typical debtor phrases); re-measured with 1.5.0 on 19 phrases, it read "we" as Wednesday
6 times and got 9 of the intended expressions wrong or not at all. The expressions debtors use
for payment dates are a closed vocabulary, so they are found here with explicit rules that
follow the product's convention. python-dateutil is used where it is better than hand-written
arithmetic: `relativedelta` for month arithmetic ("in two months", "the 5th of next month", end
of next month) and `rrule` for "the last Friday / the last working day of the month".

Speed: the rules are compiled twice; the case-sensitive twins run on the lower-cased text (about
three times faster than IGNORECASE), rules that need a weekday, a month, a unit of time or a digit
are skipped on texts without one, and each hit is matched again with the IGNORECASE pattern at
the same position of the original text, which is what the resolvers see.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from dateutil.rrule import FR, MO, MONTHLY, SA, SU, TH, TU, WE, rrule

MONTHS: dict[str, int] = {}
for _i, _names in enumerate((
    # English, German, Dutch, French, Spanish, Italian, Portuguese, Swedish, Danish, Norwegian
    "january jan januar jänner jaenner januari janvier janv enero ene gennaio janeiro",
    "february feb februar februari février fevrier févr fevr febrero febbraio fevereiro fev",
    "march mar märz maerz mär mrz maart mrt mars marzo março marts",
    "april apr avril avr abril aprile",
    "may mai mei mayo maggio maio maj",
    "june jun juni juin junio giugno giu junho",
    "july jul juli juillet juil julio luglio lug julho",
    "august aug augustus août aout agosto augusti",
    "september sep sept septembre septiembre setiembre settembre setembro",
    "october oct oktober octobre octubre ottobre ott outubro okt",
    "november nov novembre noviembre novembro",
    "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro desember",
), start=1):
    for _name in _names.split():
        MONTHS[_name] = _i

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate((
    "monday mon montag maandag lundi lunes lunedì lunedi segunda-feira segunda måndag mandag",
    "tuesday tue tues dienstag dinsdag mardi martes martedì martedi terça-feira terca-feira terça terca tisdag tirsdag",
    "wednesday wed weds mittwoch woensdag mercredi miércoles miercoles mercoledì mercoledi quarta-feira quarta onsdag",
    "thursday thu thur thurs donnerstag donderdag jeudi jueves giovedì giovedi quinta-feira quinta torsdag",
    "friday fri freitag vrijdag vendredi viernes venerdì venerdi sexta-feira sexta fredag",
    "saturday sat samstag sonnabend zaterdag samedi sábado sabado lördag lordag lørdag",
    "sunday sun sonntag zondag dimanche domingo domenica söndag sondag søndag",
)):
    for _name in _names.split():
        WEEKDAYS[_name] = _i

_DIGIT_WORDS = "one two three four five six seven eight nine".split()
NUMBERS: dict[str, int] = {"a": 1, "an": 1, "one": 1, "couple": 2, "a couple": 2, "couple of": 2, "a couple of": 2, "a dozen": 12, "dozen": 12}
NUMBERS.update({w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split()) if i})
for _t, _tens in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2):
    NUMBERS[_tens] = _t * 10
    for _u, _unit in enumerate(_DIGIT_WORDS, start=1):
        NUMBERS[f"{_tens}-{_unit}"] = _t * 10 + _u


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first, so "march" wins over "mar"."""
    return "|".join(re.escape(w).replace(r"\-", "[- ]") for w in sorted(set(words), key=lambda w: (-len(w), w)))


_MONTH = r"(?P<month>" + _alternation(MONTHS) + r")\.?(?!\w)"


_WD = r"(?P<wd>" + _alternation(WEEKDAYS) + r")\.?(?!\w)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|ª|°|\.)?"
_YEAR = r"(?:,?\s*(?P<year>20\d\d)(?!\d))?"
_N = r"(?P<n>\d{1,3}|" + _alternation(k for k in NUMBERS if not k.startswith(("couple", "a couple"))) + r")"
_MORE = r"(?:more|extra|additional|further|added)"
_UNIT = (r"(?:(?P<biz>business|working|banking|bank|calendar|clear)\s+)?"
         r"(?P<unit>days?|weeks?|wks?|fortnights?|months?|mths?|mos)\b")
# "15/12", "12/15/2026", "15.12.2026", "15.12.26"; the separator decides which readings are possible.
_NUMERIC = r"(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?:(?P=sep)(?P<y>(?:20)?\d\d)(?!\d))?"
_NUMERIC_END = r"(?!\d|[.,/]\d|:\d|-\d|\s*%)\.?(?![\d/])"
# Short forms that are ordinary words more often than days.
_AMBIGUOUS_WEEKDAYS = frozenset({"sun", "sat", "mon", "wed", "weds", "segunda", "quarta", "quinta", "sexta"})

_DURATIONS = frozenset({"in_n", "n_more", "n_from_now", "extension_n", "another_unit", "a_unit_will_do", "for_n"})
_WEEK_PERIODS = frozenset({"this_week", "next_week", "week_after_next"})
_MONTH_PERIODS = frozenset({"end_month", "end_next_month", "end_named_month"})


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int
    text: str
    kind: str

    @property
    def is_duration(self) -> bool:
        """A span of time counted from the base day ("in two weeks", "another 30 days")."""
        return self.kind in _DURATIONS

    @property
    def period(self) -> tuple[date, date] | None:
        """The days a vague span covers ("this week": its Monday to Sunday; "end of the month":
        its last ten days), so a day inside it that the writer also names can be preferred."""
        if self.kind in _WEEK_PERIODS:
            monday = self.value - timedelta(days=self.value.weekday())
            return monday, monday + timedelta(days=6)
        if self.kind in _MONTH_PERIODS or self.kind == "end_year":
            return self.value - timedelta(days=9), self.value
        return None


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_weekday(base: date, weekday: int) -> date:
    """The first `weekday` strictly after base."""
    return base + timedelta(days=(weekday - base.weekday()) % 7 or 7)


def _previous_weekday(base: date, weekday: int) -> date:
    """The last `weekday` strictly before base."""
    return base - timedelta(days=(base.weekday() - weekday) % 7 or 7)


def _friday_of_week(base: date) -> date:
    """This week's Friday; from a weekend, the coming one."""
    if base.weekday() <= 4:
        return base + timedelta(days=4 - base.weekday())
    return _next_weekday(base, 4)


def _next_week_friday(base: date) -> date:
    """The Friday of next week; from a weekend, "next week" is the coming one."""
    return _friday_of_week(base) + timedelta(days=7) if base.weekday() <= 4 else _next_weekday(base, 4)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_reading(base: date, day: int, month: int) -> date | None:
    """The year for a day and month written without one: the reading nearest the base day,
    leaning to the future (a day in the past counts as twice as far)."""
    best: tuple[int, date] | None = None
    for year in (base.year - 1, base.year, base.year + 1):
        d = _safe_date(year, month, day)
        if d is None:
            continue
        delta = (d - base).days
        cost = delta if delta >= 0 else -2 * delta
        if best is None or cost < best[0]:
            best = (cost, d)
    return best[1] if best else None


def _day_month(base: date, day: int, month: int, year: int | None) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year:
        return _safe_date(year, month, day)
    return _nearest_reading(base, day, month)


def _year(written: str | None) -> int | None:
    if not written:
        return None
    return int(written) + 2000 if len(written) == 2 else int(written)


def _plausible(base: date, d: date) -> bool:
    """Close enough to the message day to be what a payment reply means."""
    return -31 <= (d - base).days <= 92


def _numeric(base: date, a: int, b: int, y: int | None, month_first: bool, dotted: bool) -> date | None:
    """The intended reading of "a/b" or "a.b": a dotted date is always day.month; otherwise the
    writer's convention (month first in the Americas) unless only the other reading is valid or
    only the other reading is near the message day."""
    day_first = _day_month(base, a, b, y)
    if dotted:
        return day_first
    month_day = _day_month(base, b, a, y)
    if day_first is None or month_day is None:
        return day_first or month_day
    preferred, other = (month_day, day_first) if month_first else (day_first, month_day)
    if not _plausible(base, preferred) and _plausible(base, other):
        return other
    return preferred


def _numeric_readings(base: date, a: int, b: int, y: int | None) -> list[date]:
    out = []
    for day, month in ((a, b), (b, a)):
        if 1 <= month <= 12 and 1 <= day <= 31:
            d = _day_month(base, day, month, y)
            if d is not None:
                out.append(d)
    return out


def _number(word: str) -> int | None:
    word = word.lower().replace("-", " ")
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word) or NUMBERS.get(word.replace(" ", "-"))


def _add_business_days(base: date, n: int) -> date:
    d = base
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _plus(base: date, n: int, unit: str, business: bool = False) -> date | None:
    unit = unit.lower()
    if n <= 0 or n > 400:
        return None
    if unit.startswith("fortnight"):
        return base + timedelta(days=14 * n)
    if unit.startswith("w"):
        return base + timedelta(weeks=n)
    if unit.startswith("month"):
        return base + relativedelta(months=n)
    return _add_business_days(base, n) if business else base + timedelta(days=n)


def _unit_word(unit: str) -> str:
    """The unit as _plus reads it ("mths" and "mos" are months)."""
    low = unit.lower()
    return "month" if low.startswith(("mth", "mo")) else low


def _next_day_of_month(base: date, day: int, strictly: bool = True) -> date | None:
    """The first `day` of a month strictly after base (on or after it when not `strictly`)."""
    if not 1 <= day <= 31:
        return None
    probe = base.replace(day=1)
    for _ in range(4):
        d = _safe_date(probe.year, probe.month, day)
        if d is not None and (d > base or (d == base and not strictly)):
            return d
        probe += relativedelta(months=1)
    return None


def _days_of_month_around(base: date, day: int) -> list[date]:
    """`day` in the months around base: the coming ones first, then today and the past ones."""
    coming: list[date] = []
    past: list[date] = []
    probe = base.replace(day=1) - relativedelta(months=2)
    for _ in range(7):
        d = _safe_date(probe.year, probe.month, day)
        if d is not None:
            (coming if d > base else past).append(d)
        probe += relativedelta(months=1)
    return coming + past[::-1]


def _end_of_quarter(d: date) -> date:
    month = (d.month - 1) // 3 * 3 + 3
    return _last_day(d.year, month)


_RRULE_DAYS = (MO, TU, WE, TH, FR, SA, SU)


def _last_of_month(base: date, weekdays: tuple[int, ...]) -> date | None:
    """The last of `weekdays` in base's month, or in the next month once that day is past."""
    rule = rrule(MONTHLY, byweekday=[_RRULE_DAYS[w] for w in weekdays], bysetpos=-1,
                 dtstart=datetime(base.year, base.month, base.day), count=1)
    first = next(iter(rule), None)
    return first.date() if first is not None else None


# ---------------------------------------------------------------------------------------------
# Rules: (kind, pattern). Order matters: longer, more specific expressions first; a later
# match that overlaps an earlier one is ignored. Kinds starting with "vague" resolve to no date
# but hold their span, so "early next week" never yields the "next week" inside it.

_F = re.IGNORECASE
_PRE = r"(?:(?P<pre>this|next|coming|nächsten|nächste|kommenden|prochain|próximo|proximo|prossimo|volgende|on|by|before|until|till|til|from|for|am|le|el|il|op|den|dem|lo|au)\s+)?"

RULES: list[tuple[str, re.Pattern[str]]] = [
    ("vague_holiday", re.compile(r"\b(?:good|black|cyber|holy|maundy|ash|shrove|easter|palm|whit|boxing|super bowl)\s+(?:friday|monday|saturday|sunday|thursday|wednesday|tuesday|day)\b", _F)),
    ("iso", re.compile(r"\b(?P<year>20\d\d)(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})\b", _F)),
    ("vague_idiom", re.compile(r"\bat the end of the day(?=\s*[,;:–—-]|\s+(?:it|it's|we|i|you|they|he|she|this|that|there|the|what|all|"
                               r"everyone|our|my|your|if|when|nobody|someone)\b)", _F)),
    ("vague_idiom", re.compile(r"\b(?:the other day|day to day|day-to-day|these days|one of these days|"
                               r"some day|someday|any day now|from day one|day one|to date|up to date|out of date|"
                               r"up-to-date|out-of-date|every now and then|now and again|from now on|(?:as of|since|until|till|up to|up until|by) now|now that)\b", _F)),
    ("vague_subject", re.compile(r"\b(?:today|tomorrow|tonight)(?:'s|’s)?\s+(?:should be|will be|is|was|has been|is going to be)\s+"
                                 r"(?:a|an|another)\s+(?:\w+\s+)?(?:one|day|nightmare|write-off)\b", _F)),
    ("wd_day_month", re.compile(r"\b" + _PRE + _WD + r",?\s+(?:the\s+|den\s+|le\s+|el\s+|il\s+)?" + _DAY + r"(?:\s+of|\s+de)?\s*[- ]?\s*" + _MONTH + _YEAR, _F)),
    ("wd_month_day", re.compile(r"\b" + _PRE + _WD + r",?\s+" + _MONTH + r"\s+(?:the\s+)?" + _DAY + _YEAR + r"(?!\w)", _F)),
    ("wd_numeric", re.compile(r"\b" + _PRE + _WD + r",?\s+(?:the\s+|den\s+)?(?<![\d.,/])" + _NUMERIC + _NUMERIC_END, _F)),
    ("numeric_wd", re.compile(r"(?<![\d.,/:-])" + _NUMERIC + r"\.?\s*\(\s*" + _WD + r"\s*\)", _F)),
    ("wd_nth", re.compile(r"\b" + _PRE + _WD + r",?\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", _F)),
    ("nth_wd", re.compile(r"\b(?:(?P<pre>on|by|before|until|till|til|for)\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s*(?:,\s*|\(\s*)?" + _WD + r"\)?(?!\s+(?:of|in)\b)", _F)),
    ("wd_bare_day", re.compile(r"\b" + _PRE + _WD + r",?\s+(?P<day>[0-3]?\d)\b(?!\s*(?:am|pm|a\.m|p\.m|:|\.\d|h\b|hrs?|hours|%|x\b|[-/.]\d))", _F)),
    ("vague_range", re.compile(r"\b" + _WD + r"\s*(?:-|–|to|through|thru|till|until)\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b", _F)),
    ("vague_recurring", re.compile(r"\b(?:every|each)\s+(?:other\s+|second\s+|alternate\s+|\w+\s+)?" + _WD, _F)),
    ("vague_period", re.compile(r"\b(?:early|mid|middle of|late|the first half of|the second half of|sometime|some time|some point|the course of)[- ]+(?:the\s+|this\s+|next\s+)?(?:week|month|year|" + _alternation(MONTHS) + r")\b", _F)),
    ("end_next_month", re.compile(r"\b(?:end of (?:the )?next month|next month[- ]end|end of the following month|ende (?:des )?nächsten monats|fin du mois prochain|fin del (?:mes )?próximo mes|fine del mese prossimo)\b", _F)),
    ("last_working_day", re.compile(r"\blast (?:working|business|banking|week)\s?day of (?:the |this )?month\b", _F)),
    ("end_month", re.compile(r"\b(?:the\s+)?last day of (?:the |this )?month\b", _F)),
    ("last_wd_of_month", re.compile(r"\blast " + _WD + r" (?:of|in) (?:the |this )?month\b", _F)),
    ("end_month", re.compile(r"\b(?:(?:the\s+)?end of (?:the |this )?month|(?:this\s+)?month[- ]end|end[- ]of[- ]month|eom|ende (?:des |diesen |dieses )?monats|fin (?:de|du) mois|fin de mes|fine (?:del )?mese|einde van de maand|slutet av månaden|ultimo)\b", _F)),
    ("end_named_month", re.compile(r"\b(?:(?:the\s+)?end of|ende|fin de|fine di|finales de|fines de|eind|einde|slutet av|slutten av|utgången av)\s+" + _MONTH, _F)),
    ("named_month_end", re.compile(r"\b" + _MONTH + r"\s+end\b", _F)),
    ("end_quarter", re.compile(r"\b(?:(?:the\s+)?end of (?:the |this )?(?:current |present )?quarter|quarter[- ]end|(?:this|the current) quarter's end)\b", _F)),
    ("end_next_quarter", re.compile(r"\b(?:the\s+)?end of (?:the )?next quarter\b", _F)),
    ("next_business_day", re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:banking|business|working|bank)\s+day\b", _F)),
    ("end_year", re.compile(r"\b(?:the\s+)?end of (?:the |this )?year\b", _F)),
    ("nth_next_month", re.compile(r"\b(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?:the\s+)?(?P<which>next|this|following|coming)\s+month\b", _F)),
    ("wd_next_week", re.compile(r"\b(?:(?:on|by|before|until|till|til)\s+)?next week\s+(?:on\s+)?" + _WD, _F)),
    ("wd_next_week", re.compile(r"\b(?:(?:on|by|before|until|till|til)\s+)?" + _WD + r"\s+(?:of\s+)?next week\b", _F)),
    ("this_time_next_week", re.compile(r"\b(?:this time|same time) next week\b", _F)),
    ("week_after_next", re.compile(r"\b(?:the\s+)?(?:end of the\s+)?week after next\b", _F)),
    ("next_week", re.compile(r"\b(?:(?:by |before )?(?:the )?end of )?next (?:week|wk)\b|\bnächste woche\b|\bvolgende week\b|\bla semaine prochaine\b|\bla semana que viene\b|\bla próxima semana\b|\bla prossima settimana\b|\bnästa vecka\b", _F)),
    ("this_week", re.compile(r"\b(?:(?:by |before )?(?:the )?end of (?:the |this )?(?:week|wk)|this week|(?:by |before )?eow|by the weekend|before the weekend|before the week is out|before the week's out|later this week|diese woche|deze week|cette semaine|esta semana|questa settimana|denna vecka)\b", _F)),
    ("n_from_now", re.compile(r"\b(?P<n>a|one|two|three|\d{1,2})\s+(?P<unit>weeks?|fortnights?|months?)\s+(?:today|tomorrow)\b", _F)),
    ("n_from_now", re.compile(r"\b" + _N + r"\s+" + _UNIT + r"\s+(?:from\s+(?:now|today|tomorrow)|(?:from|of|after)\s+(?:the date of )?this (?:e-?mail|message|letter|notice)|after today|hence)\b", _F)),
    ("day_after_tomorrow", re.compile(r"\b(?:the\s+)?day after tomorrow\b|\bübermorgen\b|\baprès-demain\b|\bpasado mañana\b|\bdopodomani\b", _F)),
    ("tomorrow", re.compile(r"\b(?:tomorrow|tmrw|tmr|tomoz|tomorow|tommorow|tommorrow|tomorro|2moro|2morrow|2mrw|morgen|demain|mañana|manana|domani|amanhã|amanha|imorgon|i morgen|jutro|yarın)\b", _F)),
    ("today", re.compile(r"\b(?:today|later today|tonight|tonite|2nite|2night|2day|this (?:morning|afternoon|evening|arvo|avo)|(?:by )?(?:the )?end of (?:the )?(?:business )?day|eod|cob|close of (?:business|play)|heute|vandaag|aujourd'hui|aujourd’hui|hoy|oggi|hoje|idag|i dag|dzisiaj|bugün)\b", _F)),
    ("now", re.compile(r"\bnow\b", _F)),
    ("weekday_week", re.compile(r"\b(?:a|one)\s+week\s+(?:on|from|this|come)\s+" + _WD, _F)),
    ("weekday_week", re.compile(r"\b" + _WD + r"\s+week\b(?!\s*(?:end|day|ly))", _F)),
    ("weekday_after_next", re.compile(r"\b(?:the\s+)?" + _WD + r"\s+after\s+next\b", _F)),
    ("the_weekday_after", re.compile(r"\bthe\s+" + _WD + r"\s+after\b(?!\s+(?:the|our|we|that|this|a|an|my|your|his|her|their|it|i|you|they|which|payday|pay|\d)\b)", _F)),
    ("weekday_fortnight", re.compile(r"\b" + _WD + r"\s+fortnight\b", _F)),
    ("weekday_fortnight", re.compile(r"\ba fortnight (?:on|from|this)\s+" + _WD, _F)),
    ("n_more", re.compile(r"\b(?P<n>a couple|couple)\s+(?:of\s+)?more\s+" + _UNIT, _F)),
    ("n_more", re.compile(r"\b(?:another|a further|an extra|an additional)\s+(?P<n>couple of)\s+(?:more\s+)?" + _UNIT, _F)),
    ("vague_duration", re.compile(r"\b(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:-|–|to|or|/)\s*(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+" + _MORE + r"?\s*(?:business\s+|working\s+)?(?:days?|weeks?|months?)\b", _F)),
    ("vague_duration", re.compile(r"\b(?:a\s+)?(?:few|several|couple|some|many|number of)\s+(?:of\s+)?(?:more\s+|extra\s+|further\s+|additional\s+)?(?:business\s+|working\s+)?(?:days|weeks|months)\b", _F)),
    ("in_n", re.compile(r"\b(?:in|within|after|inside)\s+(?:the\s+next\s+|another\s+|an?\s+(?:extra|additional|further)\s+|a\s+further\s+|approximately\s+|about\s+|around\s+|roughly\s+|some\s+)?" + _N + r"\s+" + _MORE + r"?\s*" + _UNIT + r"(?:'s|s'|’s|s’)?(?:\s+time)?", _F)),
    ("n_more", re.compile(r"\b(?:another|an? (?:extra|additional|further)|a further|further|additional|extra)\s+(?:approximately\s+|about\s+)?" + _N + r"\s+" + _UNIT, _F)),
    ("n_more", re.compile(r"\b" + _N + r"\s+" + _MORE + r"\s+" + _UNIT, _F)),
    ("n_more", re.compile(r"\b" + _N + r"\s+" + _UNIT + r"\s+(?:more|extra|additional|further)(?:\s+time)?\b", _F)),
    ("extension_n", re.compile(r"\b(?:extension|deferral|deferment|postponement|delay|grace(?: period)?|respite|moratorium|dilazione|prórroga|prorroga|aufschub|délai|delai)\s+of\s+(?:approximately\s+|about\s+|another\s+|a further\s+)?" + _N + r"\s+" + _MORE + r"?\s*" + _UNIT, _F)),
    ("extension_n", re.compile(r"\b" + _N + r"[- ]" + _UNIT + r"\s+(?:extension|deferral|delay|grace|respite|postponement|moratorium|standstill|payment holiday|pause|breathing space)", _F)),
    ("extension_n", re.compile(r"\b(?:extend|defer|postpone|push|move|delay)\w*\s+(?:\w+\s+){0,5}?by\s+(?:another\s+|a further\s+|an extra\s+)?" + _N + r"\s+" + _MORE + r"?\s*" + _UNIT, _F)),
    ("extension_n", re.compile(r"\b(?:give|allow|grant|have|get)\s+(?:me|us|it|we)?\s*(?:another\s+|a further\s+|an extra\s+|an additional\s+)?" + _N + r"\s+" + _MORE + r"?\s*" + _UNIT, _F)),
    ("extension_n", re.compile(r"\b(?:push|move|put|knock)\w*\s+(?:it|this|that|payment|the \w+)?\s*back\s+(?:by\s+)?(?:another\s+|a further\s+|an extra\s+)?" + _N + r"\s+" + _UNIT, _F)),
    ("extension_n", re.compile(r"\b(?:need|needs|want|require|request|requesting|ask for|asking for)\s+(?:another\s+|a further\s+|an extra\s+|an additional\s+)?" + _N + r"\s+" + _MORE + r"?\s*" + _UNIT + r"(?!\s+(?:to|of|ago|before|after|for))", _F)),
    ("another_unit", re.compile(r"\b(?:another|a further|an extra|an additional|one more)\s+(?P<unit>week|fortnight|month|day)\b", _F)),
    ("a_unit_will_do", re.compile(r"\b(?:a|one)\s+(?P<unit>week|fortnight|month)(?=\s+(?:should|would|will)\s+(?:do|be enough|suffice|cover|help|sort))", _F)),
    ("for_n", re.compile(r"\bfor\s+(?:another\s+|a further\s+|an extra\s+|an additional\s+|approximately\s+|about\s+|the next\s+|a period of\s+)?" + _N + r"\s+" + _MORE + r"?\s*" + _UNIT, _F)),
    ("in_n", re.compile(r"\b(?:in|within)\s+a\s+fortnight(?:'s time)?|\ba\s+fortnight(?:'s|’s)\s+time\b", _F)),
    # Explicit dates.
    ("day_month", re.compile(r"\b" + _DAY + r"(?:\s+of|\s+de|\s+di)?\s*[- ]?\s*" + _MONTH + _YEAR, _F)),
    ("month_day", re.compile(r"\b" + _MONTH + r"\s+(?:the\s+)?" + _DAY + r"(?!\d)" + _YEAR + r"(?![\w:])", _F)),
    ("numeric", re.compile(r"(?<![\d.,/:\-#])" + _NUMERIC + _NUMERIC_END, _F)),
    ("numeric", re.compile(r"(?<![\d.,/:\-#\w])(?P<a>[0-3]?\d)(?P<sep>-)(?P<b>[01]?\d)-(?P<y>20\d\d)\b", _F)),
    ("the_nth", re.compile(r"\b(?:the|on|by|before|until|till|til|from|after|for|starting|latest|around|or|and|to|am|le|el|il|dem|den|zum|bis|vom|ab|al|au)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", _F)),
    ("the_nth", re.compile(r"\b(?:am|zum|bis zum|bis|ab dem|vom|dem)\s+(?P<day>[0-3]?\d)\.(?!\d)", _F)),
    ("weekday", re.compile(r"\b(?:(?P<last>last|this past|past|previous|letzten|vergangenen|dernier)\s+)?" + _PRE + _WD, _F)),
]

# The same patterns without IGNORECASE, run on the lower-cased text: about three times faster.
# Every pattern above is written in lower case, so on lower-cased text they find the same spans.
# A rule built on a weekday, a month, a unit of time or a digit cannot match a text without one,
# so it is skipped when a quick look at the text finds none.
_NEEDS: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {
    "weekday": ((_WD,), re.compile(_WD)),
    "month": ((_MONTH,), re.compile(_MONTH)),
    "unit": ((_UNIT,), re.compile(_UNIT)),
    "digit": ((_NUMERIC, r"(?P<day>[0-3]?\d)", r"(?P<a>[0-3]?\d)", r"(?P<year>20\d\d)(?P<s>"), re.compile(r"\d")),
}
assert not any(re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]|\(\?P[<=]", "", p.pattern)) for _, p in RULES), "RULES must be lower case"
_LOWER_RULES: list[tuple[str, re.Pattern[str], re.Pattern[str], tuple[str, ...]]] = [
    (kind, re.compile(p.pattern, p.flags & ~re.IGNORECASE), p,
     tuple(need for need, (parts, _) in _NEEDS.items() if any(part in p.pattern for part in parts)))
    for kind, p in RULES
]


@functools.lru_cache(maxsize=64)
def _matches(text: str, fast: bool = True) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every (kind, match) of RULES in order, matched on the original text. Cached: extraction
    looks at the same text for its date, its amount and its return date."""
    out: list[tuple[str, re.Match[str]]] = []
    lowered = text.lower() if fast else text
    if not fast or len(lowered) != len(text):
        for kind, pattern in RULES:
            out.extend((kind, m) for m in pattern.finditer(text))
        return tuple(out)
    present: dict[str, bool] = {}
    for kind, lower, pattern, needs in _LOWER_RULES:
        if not all(present[n] if n in present else present.setdefault(n, bool(_NEEDS[n][1].search(lowered)))
                   for n in needs):
            continue
        for hit in lower.finditer(lowered):
            # The real match on the original text, whose capitals _resolve and _weekday_ok read.
            m = pattern.match(text, hit.start())
            if m is not None:
                out.append((kind, m))
    return tuple(out)


def find_dates(text: str, base: date, month_first: bool = False, fast: bool = True) -> list[FoundDate]:
    """Every date expression in `text`, resolved against `base`, in order of appearance."""
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    for kind, m in _matches(text, fast):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if kind.startswith("vague"):
            taken.append((m.start(), m.end()))
            continue
        value = _resolve(kind, m, text, base, month_first)
        if value is None:
            continue
        taken.append((m.start(), m.end()))
        found.append(FoundDate(value, m.start(), m.end(), m.group(0), kind))
    found.sort(key=lambda f: f.start)
    return found


def _month_of(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _weekday_ok(m: re.Match[str], text: str) -> bool:
    """Bare short forms ("sat", "sun", "wed", "mon") are words more often than days: take them
    only capitalised, or after a preposition, "this"/"next", or "it" ("will do it wed")."""
    word = m.group("wd")
    low = word.lower().rstrip(".")
    if low not in _AMBIGUOUS_WEEKDAYS:
        return True
    if m.groupdict().get("pre"):
        return True
    before = text[max(0, m.start("wd") - 12):m.start("wd")].lower()
    if re.search(r"\b(?:it|this|that|them|pay|paying|do|send|sending|by|on|till|til|until|next)\s+$", before):
        return True
    # Capitalised inside a sentence ("Paying the 624 Mon"), but not "Sun"/"Sat" (a newspaper, a test).
    return word[:1].isupper() and low not in ("sun", "sat") and bool(re.search(r"[\w,]\s+$", before))


def _with_weekday(candidates: list[date], weekday: int) -> date | None:
    for d in candidates:
        if d.weekday() == weekday:
            return d
    return candidates[0] if candidates else None


_NOW_ADVERB_BEFORE = re.compile(
    r"\b(?:i|we|they|he|she|who|which|have|has|had|is|are|was|were|am)\s+$|['’](?:ve|s|re|m|d)\s+$", _F)
_NOW_DISCOURSE_AFTER = re.compile(r"^(?:\s*,|\s+(?:the|that|then|this|about|as|for|if|look|listen|regarding|onto|on to|where|what|how|i|we)\b)", _F)


def _adverbial_now(m: re.Match[str], text: str) -> bool:
    """"now" that means "at this point" rather than the day of payment: "they have now confirmed",
    "my wife and I now hold", "Now, the awkward bit" (but "£100 now", "I'll pay it now")."""
    if _NOW_ADVERB_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
        return True
    before = text[:m.start()].rstrip(" \t")
    sentence_start = not before or before[-1] in ".!?\n"
    return sentence_start and bool(_NOW_DISCOURSE_AFTER.match(text[m.end():m.end() + 12]))


_MONTH_BEFORE = re.compile(r"\b(?P<month>" + _alternation(k for k in MONTHS if len(k) > 3) + r")\b[^.!?\n\d]{0,12}$", _F)


def _month_named_before(text: str, pos: int) -> int | None:
    """A month named just before "the 4th" in the same sentence: "in September, on the 4th"."""
    m = _MONTH_BEFORE.search(text[max(0, pos - 30):pos])
    return _month_of(m.group("month")) if m else None


_FRACTIONS = frozenset({(1, 2), (1, 3), (2, 3), (1, 4), (3, 4)})
_FRACTION_AFTER = re.compile(r"\s*(?:of|now|up ?front|today|later|and|the|payment|deposit|paid|on account)\b", _F)
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:usd|eur|gbp|chf|aud|cad|nzd|rs|inr|sek|nok|dkk)\.?)\s?$", _F)


def _resolve(kind: str, m: re.Match[str], text: str, base: date, month_first: bool) -> date | None:
    g = m.groupdict()
    wd = WEEKDAYS.get(g["wd"].lower().rstrip(".").replace(" ", "-")) if g.get("wd") else None
    if kind == "iso":
        try:
            return date(int(g["year"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
    if kind in ("wd_day_month", "wd_month_day"):
        month = _month_of(g["month"])
        if month is None or wd is None:
            return None
        day, year = int(g["day"]), int(g["year"]) if g.get("year") else None
        if year:
            return _day_month(base, day, month, year)
        by_year = [d for d in (_day_month(base, day, month, y) for y in (base.year, base.year + 1)) if d]
        near = _nearest_reading(base, day, month)
        ordered = ([near] if near else []) + [d for d in by_year if d != near]
        return _with_weekday(ordered, wd)
    if kind in ("wd_numeric", "numeric_wd"):
        if wd is None:
            return None
        y = _year(g.get("y"))
        dotted = g["sep"] == "."
        preferred = _numeric(base, int(g["a"]), int(g["b"]), y, month_first, dotted)
        others = [] if dotted else _numeric_readings(base, int(g["a"]), int(g["b"]), y)
        candidates = ([preferred] if preferred else []) + [d for d in others if d != preferred]
        if y is None:  # the weekday may also settle the year: "Friday 9/5" of next year
            for d in list(candidates):
                later = _safe_date(d.year + 1, d.month, d.day)
                if later is not None:
                    candidates.append(later)
        return _with_weekday(candidates, wd)
    if kind in ("wd_nth", "nth_wd"):
        day = int(g["day"])
        if wd is None or not 1 <= day <= 31:
            return None
        return _with_weekday(_days_of_month_around(base, day), wd)
    if kind == "wd_bare_day":
        # "Monday 30": a bare number only names the day when the weekday agrees with it, so
        # "Thursday, 8 900 kr" is Thursday with an amount after it.
        day = int(g["day"])
        if wd is None or not 1 <= day <= 31 or not _weekday_ok(m, text):
            return None
        around = _days_of_month_around(base, day)
        nearby = [d for d in around if d > base][:2] + [d for d in around if d <= base][:1]
        return next((d for d in nearby if d.weekday() == wd), None)
    if kind == "end_next_month":
        nxt = base + relativedelta(months=1)
        return _last_day(nxt.year, nxt.month)
    if kind == "last_working_day":
        return _last_of_month(base, (0, 1, 2, 3, 4))
    if kind == "end_month":
        return _last_day(base.year, base.month)
    if kind == "last_wd_of_month":
        return None if wd is None else _last_of_month(base, (wd,))
    if kind in ("end_named_month", "named_month_end"):
        month = _month_of(g["month"])
        if month is None:
            return None
        candidates = [_last_day(y, month) for y in (base.year - 1, base.year, base.year + 1)]
        return min(candidates, key=lambda d: (d - base).days if d >= base else 2 * (base - d).days)
    if kind == "end_quarter":
        return _end_of_quarter(base)
    if kind == "end_next_quarter":
        return _end_of_quarter(_end_of_quarter(base) + timedelta(days=1))
    if kind == "next_business_day":
        return _add_business_days(base, 1)
    if kind == "end_year":
        return date(base.year, 12, 31)
    if kind == "nth_next_month":
        which = base if g["which"].lower() == "this" else base + relativedelta(months=1)
        return _safe_date(which.year, which.month, int(g["day"]))
    if kind == "wd_next_week":
        if wd is None:
            return None
        monday = _next_week_friday(base) - timedelta(days=4)
        return monday + timedelta(days=wd)
    if kind == "this_time_next_week":
        return base + timedelta(days=7)
    if kind == "week_after_next":
        return _next_week_friday(base) + timedelta(days=7)
    if kind == "next_week":
        return _next_week_friday(base)
    if kind == "this_week":
        return _friday_of_week(base)
    if kind == "day_after_tomorrow":
        return base + timedelta(days=2)
    if kind == "tomorrow":
        return base + timedelta(days=1)
    if kind == "now":
        return None if _adverbial_now(m, text) else base
    if kind == "today":
        return base
    if kind in ("weekday_week", "weekday_after_next", "the_weekday_after"):
        if wd is None or not _weekday_ok(m, text):
            return None
        return _next_weekday(base, wd) + timedelta(days=7)
    if kind == "weekday_fortnight":
        if wd is None:
            return None
        return _next_weekday(base, wd) + timedelta(days=14)
    if kind in _DURATIONS:
        if not g.get("n"):
            n = 1
        else:
            number = _number(g["n"])
            if number is None:
                return None
            n = number
        unit = _unit_word(g["unit"]) if g.get("unit") else "fortnight"
        start = base
        if kind == "n_from_now" and re.search(r"\btomorrow\b", m.group(0), _F):
            start = base + timedelta(days=1)
        biz = (g.get("biz") or "").lower()
        return _plus(start, n, unit, business=biz in ("business", "working", "banking", "bank"))
    if kind in ("day_month", "month_day"):
        month = _month_of(g["month"])
        if month is None:
            return None
        return _day_month(base, int(g["day"]), month, int(g["year"]) if g.get("year") else None)
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        y = _year(g.get("y"))
        dotted = g["sep"] == "."
        if _CURRENCY_BEFORE.search(text[max(0, m.start() - 5):m.start()]):
            return None  # "£12.10."
        if y is None and g["sep"] == "/" and ((a, b) == (24, 7) or (
                (a, b) in _FRACTIONS and _FRACTION_AFTER.match(text, m.end()))):
            return None  # "24/7", "1/2 now and 1/2 next month", "2/3 of the balance"
        if dotted and y is None and not m.group(0).endswith("."):
            # "4.5" is far more often a number than a date: "10.06" only after "on"/"am".
            if not re.search(r"\b(?:on|am)\s+$", text[max(0, m.start() - 4):m.start()], _F):
                return None
        return _numeric(base, a, b, y, month_first, dotted)
    if kind == "the_nth":
        day = int(g["day"])
        named = _month_named_before(text, m.start())
        if named is not None:  # "in the first week of September, on the 4th"
            in_month = _day_month(base, day, named, None)
            if in_month is not None and in_month > base:
                return in_month
        return _next_day_of_month(base, day)
    if kind == "weekday":
        if wd is None or not _weekday_ok(m, text):
            return None
        if g.get("last"):
            return _previous_weekday(base, wd)
        return _next_weekday(base, wd)
    return None
