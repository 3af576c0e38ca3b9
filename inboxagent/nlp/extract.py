"""Pulls the promised date, the amount and the out-of-office return date out of a reply's new text.

dates.py and amounts.py find every date and amount; this module decides which one is THE one
from the words of the clause around each (clauses are split at punctuation and at "but", "and",
"when", ...; dates and amounts are masked first so their own dots and commas split nothing).

A date is the promised one when its clause is about paying, is not negated ("I can't do
Friday", but "not before the 28th" names the 28th), not in the past ("INV-1 was paid on
Friday"), not reported ("I know I said the 25th") and not about something else ("we're back
on the 3rd", "it falls due on the 1st", "I get paid on the 20th", "the invoice dated 25 May").
Among the dates left the one with the strongest cues wins ("until", "instead", "at the
latest", a question proposing it); a split payment gives its first part; a vague span ("this
week", "end of the month") gives way to a day inside it that the writer also names ("Thursday
at the latest"); "then" / "the same day" point back to the date before them.

The amount is chosen the same way: instalment and total figures beat the balance they divide
or sum, "I can't pay the full £3,200" is not an offer, thresholds ("payments over £500"),
someone else's money ("our customer owes us £40k") and bank fees are never the amount, and in
a dispute the contested figure ("not the £1,572 you've charged", "the £48 ... is a mistake",
"retention of 5% (£1,180.00)") beats the part that will be paid. Pass the classified intent
and the Date header's UTC offset to amount() when known: they settle the cases the words leave
open (an amount already paid inside a promise; a bare "$" written in Australia).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from .amounts import Money, find_amounts
from .bounds import few, readable
from .dates import FoundDate, find_dates

_I = re.IGNORECASE


def message_day(when: datetime | None, fallback: datetime | None = None) -> date:
    """The calendar day of the message in the sender's own time zone (its Date header)."""
    if when is not None:
        return when.date()
    return (fallback or datetime.now()).date()


# ---------------------------------------------------------------------------------------------
# Sentences and clauses

_ABBREVIATIONS = {"no", "nr", "inv", "approx", "mr", "mrs", "ms", "dr", "st", "ltd", "co", "etc", "e.g", "i.e",
                  "vs", "ref", "tel", "ca", "z.b", "bzw", "nos", "pp", "re", "jr", "sr", "inc", "corp", "dept"}
_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"')\]]|$)")
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]–—•]|\s-\s|\.\.\.")
_CLAUSE_WORDS = re.compile(r"\b(?:but|so|and|because|which|when|once|although|though|while|whereas|however|unless|"
                           r"then|otherwise|after|before|aber|mais|pero|ma|maar|men)\b|\bas(?=\s+(?:i|we|you|he|she|it|they|"
                           r"the|our|my|your|there|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", _I)
_MEDIUM_PUNCT = re.compile(r"[;:()–—]|\s-\s")
_MEDIUM_WORDS = re.compile(r"\b(?:but|so|because|although|though|whereas|however|otherwise|aber|mais|pero|maar)\b", _I)


class _Layout:
    """Sentence and clause boundaries of a text, found with dates and amounts masked out so
    their dots and commas ("15.12.", "£1,250.00", "Friday, May 22") do not split anything."""

    def __init__(self, text: str, spans: list[tuple[int, int]], dates: list[tuple[int, int]] | None = None):
        chars = list(text)
        ends = {e for _, e in spans}
        for s, e in spans:
            for i in range(s, e):
                if chars[i] != "\n" and not (i == e - 1 and chars[i] in ".!?"):
                    chars[i] = "x"  # a final "." ("Thursday.", "15.12.") may still end the sentence
        masked = "".join(chars)
        self.text = text
        sentence = {0, len(text)}
        for m in _SENTENCE_END.finditer(masked):
            word = re.search(r"([\w.]+)$", masked[max(0, m.start() - 40):m.start()])  # no abbreviation is longer
            if m.group(0) == "." and word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            if m.end() in ends and re.match(r"[ \t]*[a-z]", text[m.end():]):
                continue  # "on 25.11. and 25.12.": the date's own dot, not a full stop
            sentence.add(m.end())
        lines = masked.split("\n")
        pos = 0
        for i, line in enumerate(lines[:-1]):
            pos += len(line) + 1
            nxt = lines[i + 1].lstrip()
            if len(line.strip()) < 60 or not line.strip() or re.match(r"[-*•>]|\d+[.)]\s", nxt):
                sentence.add(pos)
        self.sentences = sorted(sentence)
        fine = set(self.sentences)
        medium = set(self.sentences)
        for m in _CLAUSE_PUNCT.finditer(masked):
            fine.add(m.start())
        starts = {s for s, _ in (dates if dates is not None else spans)}
        for m in _CLAUSE_WORDS.finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            if m.group(0).lower() == "and" and m.end() + 1 in starts:
                continue  # "between 20 July and 4 August", "on Monday and Tuesday": one clause
            fine.add(m.start())
        for m in _MEDIUM_PUNCT.finditer(masked):
            medium.add(m.start())
        for m in _MEDIUM_WORDS.finditer(text):
            if not any(s <= m.start() < e for s, e in spans):
                medium.add(m.start())
        self.fine = sorted(fine)
        self.medium = sorted(medium)

    @staticmethod
    def _around(bounds: list[int], start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(bounds, start) - 1
        j = bisect.bisect_left(bounds, end)
        return bounds[max(i, 0)], bounds[min(j, len(bounds) - 1)]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return self._around(self.sentences, start, end)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        return self._around(self.fine, start, end)

    def medium_clause(self, start: int, end: int) -> tuple[int, int]:
        return self._around(self.medium, start, end)


# ---------------------------------------------------------------------------------------------
# Cue words

_ARRIVAL = (r"get paid|gets paid|got paid|pays? (?:me|us)|paid (?:me|us)|paid by (?:my|our|the)|comes? in|come through|"
            r"lands?|arrives?|clears? (?:into|in) (?:my|our)|(?:is|are|'s) (?:received|banked)")
ARRIVAL = re.compile(r"\b(?:" + _ARRIVAL + r")\b", _I)
NEG = re.compile(
    r"\b(?:not|no(?!\s*\.|\s*:|\s*\d|\s+(?:problem|worries|issue|doubt|matter|later|earlier|need|dramas))|never|nothing|"
    r"nobody|none|"
    r"cannot|can ?not|unable|impossible|"
    r"cant|wont|dont|didnt|couldnt|wouldnt|isnt|arent|wasnt|havent|hasnt|"
    r"cannae|canna|canny|dinnae|didnae|wouldnae|couldnae|willnae|isnae|wasnae|havnae|hasnae|nicht|kein\w*|nie|pas|jamais|nunca|niet|"
    r"geen|inte|ikke|non)\b|n['’]t\b",
    _I,
)
# After a negation, these turn it into a date ("won't go through before Tuesday", "not until the 12th").
NEG_RELEASE = re.compile(r"\b(?:until|till|til|before|later than|earlier than|bis|vor|avant|jusqu|antes|hasta|prima|voor|innan|før|"
                         r"action|chase|chasing|reminders?|contact|proceedings|collections?|interest|escalat\w*)\b", _I)
PAST = re.compile(
    r"(?<!, )(?<!is )(?<!are )(?<!be )(?<!get )(?<!got )\bpaid\b|"
    r"\b(?:was|were|went|sent|made|did|had|promised|wrote|e-?mailed|called|rang|phoned|spoke|came|"
    r"took|gave|left|broke|happened|received|arrived|delivered|cleared|transferred|wired|mailed|posted|"
    r"started|ended|suffered|died|passed away|walked|bounced|failed|mentioned|invoiced|charged|"
    r"billed|ordered|shipped|settled|remitted|returned|fell|lost|forgot|missed|yesterday|ago|already|earlier|"
    r"previously|gestern|bezahlt|überwiesen|pagado|pagamos|payé|pagato|betald|betalt|ieri|hier)\b|\blast\s+(?:week|"
    r"month|year|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:have|has|'ve|’ve)\s+"
    r"(?:just\s+|already\s+)?(?:been\s+)?(?:paid|sent|transferred|wired|settled|made|done|cleared|posted|mailed|gone|"
    r"received|told|said|promised)\b",
    _I,
)
FUTURE = re.compile(
    r"\b(?:will|shall|going to|gonna|gunna|can|could|would|should|might|(?<!\d )(?<!\d)may(?!\s*\d)|must|plan\w*|aim\w*|"
    r"intend\w*|"
    r"expect\w*|hope\w*|promise|scheduled|booked|set for|due to|ll|il|ill|im gonna|"
    r"(?:is|are|am|i'm|we're|she's|he's|it's)\s+(?:paying|sending|transferring|settling|doing|releasing|processing|wiring|"
    r"making|putting|going)|to (?:pay|send|transfer|release|process|"
    r"include|settle|make|clear|wire|remit|run|pay|do|get)|tomorrow|next|wird|werden|vamos|allons|sera|kommt|"
    r"coming|comes|goes|going|gehen|sale)\b|['’](?:ll|d)\b",
    _I,
)
REPORTED = re.compile(
    r"\b(?:i|we|you|he|she|they)\s+(?:had\s+)?(?:said|told|promised|mentioned|wrote|agreed|thought|planned|"
    r"was going to|were going to|meant to|intended to)\b|\bas (?:i |we )?(?:promised|said|agreed|planned|discussed|"
    r"mentioned|requested)\b|\blike (?:i|we) (?:said|wrote|promised|told)\b|\bwie (?:versprochen|besprochen|vereinbart)\b|"
    r"\bas your (?:reminder|letter|email) (?:asks|says)\b",
    _I,
)
PAY = re.compile(
    r"\b(?:pay\w*|paid|transfer\w*|settl\w*|send\w*|sent|wir(?:e|ed|ing)|remit\w*|ach|bacs|chaps|cheques?|checks?|"
    r"clear\w*|releas\w*|process\w*|run|batch|(?:go(?:es|ing)?|went|gone) (?:out|through|over|across)|be with you|with you|"
    r"have it|get it|sort\w*|instal+ments?|standing order|direct debit|card|charge it|spei|zell\w*|venmo\w*|paypal\w*|"
    r"suppliers?|post (?:it|them|the che\w+|a che\w+)|schedul\w*|set (?:it |this |that )?up|comes? out|take care of|"
    r"(?:online|internet|mobile) banking|banking app|(?:in|into|hit|reach) your (?:account|bank)|(?-i:TT)|telegraphic|"
    r"(?:your|the) money|money(?:'s|’s| is| will be| should be)? (?:coming|on (?:its|the) way|going)|be there|first (?:part|one|payment|instalment)|next (?:one|payment|instalment)|"
    r"(?:can|could|will|would|'ll|’ll|'d|’d) do|you(?:'ll|’ll| will| should) (?:get|have|see|receive)|the whole lot|"
    r"fix (?:it|this|that) up|square (?:it|this|that|up)|squared|settle up|sort (?:it|this|you) out|get it (?:done|sorted)|"
    r"look after (?:it|this)|deal with (?:it|this)|do the needful|(?:i|we)(?:'ll|’ll| will| can| could| would|'d|’d)? start|mail (?:it|them|the che\w+|a che\w+)|eft|neft|rtgs|imps|upi|"
    r"zahl\w*|überweis\w*|bezahl\w*|betal\w*|pag\w*|transferencia|paiement|payer|virement|règlement|reglement|"
    r"r[ée]gl(?:er|erons|erai|erez|ons|é|ée|ées)|"
    r"bonifico|płat\w*|betaling|overmaken|splát\w*|plat\w*|do it|doing it|put it through|cover it|clear it)\b",
    _I,
)
REQUEST_STRONG = re.compile(
    r"\b(?:until|till|til|untill|bis|jusqu\w*|hasta|fino|tot|instead|stattdessen|plutôt|no later than|not later than|"
    r"at the latest|spätestens|latest|(?:is|be|'s|’s) the earliest|without fail|for definite|definitely|guaranteed|promise|for sure|"
    r"first thing|extension|extend\w*|more time|defer\w*|postpon\w*|aufschub|délai|dilazione|prórroga)\b",
    _I,
)
REQUEST = re.compile(
    r"\b(?:hold|wait|give (?:me|us)|work for you|works for you|would .{0,30}(?:work|ok|okay|alright|all right|acceptable|"
    r"possible|fine|suit|do)|is (?:that|this|it) (?:ok|okay|alright|acceptable|possible|fine)|(?:ok|okay|alright)\s*\?|"
    r"can (?:we|i)|could (?:we|i)|may (?:we|i)|happy to|able to|expect|plan|aim|ask (?:that|you)|request (?:that|you)|"
    r"would ask|we ask|kindly)\b",
    _I,
)
EVENT = re.compile(
    r"\b(?:due(?!\s+date)|overdue|falls? due|year[- ]?end|financial year|fiscal|closing|close (?!of)|closes|closed|closure|"
    r"reopen\w*|back (?:from|in|on|at|to)|be back|i'm back|we're back|return\w*|holidays?|vacation|on leave|annual leave|"
    r"off (?:until|till|work|sick)|starts|started|begins|began|fire|storm|flood|died|funeral|operation|hospital|"
    r"surgery|meeting|meets|talk|speak|chat|discuss|delivery|delivered|invoiced|invoice date|"


    r"call (?:me|us|you|him|her|them|back)|a call|phone call|on the phone|give \w+ a (?:ring|call|bell)|"
    r"(?:ring|phone) (?:me|us|you|him|her|them)|restor\w*|back up and running|online again|"
    r"converts?|conversion|goes live|go live|migrat\w*|merg(?:er|ing)|takeover|"
    r"(?:in|out of) (?:the )?office|back until|back till|not back|is back|are back|"
    r"(?:distributor|wholesaler|platform|marketplace|agency|funder|grant)s?\s+(?:pays?|paid)|pays? out|payout|"

    r"birthday|wedding|christmas|owes? (?:me|us)|owed|(?:client|customer|council|insurer\w*|contractor|tenant|buyer|"
    r"renters?|offices|debtors?)s?(?:['’]ve|['’]ll| have| has| will)?\s+(?:pays?|paid|will pay|has paid|have paid|promised|"
    r"owes?)|(?:they|he|she)(?:['’]ve|['’]ll| have| has| will)?\s+(?:pays? (?:me|us)|paid (?:me|us)|pay (?:me|us)|"
    r"promised|sworn|swore|owes?)|(?:i'm|im|i am|we're|we are|he's|she's)\s+(?:out|away|off)\b|"
    r"(?:be|am|are|is|i'm|we're|'m|'re)\s+away|away (?:on|until|till|from|at)|on site|at a job|takings|salary|wages|payroll|audit|open again|quarter|vat|tax|loan|book(?:s|ed)? close|"
    r"shut|frozen|freeze|" + _ARRIVAL + r")\b",
    _I,
)
# Words that tie the date right after them to something other than a payment: "the invoice dated
# 25 November", "your letter of the 2nd".
ATTRIBUTIVE = re.compile(
    r"\b(?:(?:invoice|letter|e-?mail|order|statement|note|quote|reply|message|call|conversation|visit|delivery)s?\s+"
    r"(?:was\s+|were\s+)?(?:dated|issued|raised|sent|of|on|from)|invoice date|issued on)\s*(?:the\s+)?$",
    _I,
)
COMMUNICATE = re.compile(r"\b(?:check with|let you know|get back to you|come back to you|update you|be in touch|touch base|"
                         r"confirm (?:with|the date|a date|when))\b", _I)
PREP_VERB = re.compile(
    r"\b(?:authori[sz]\w*|approv\w*|instruct\w*|sign\w*|set(?:ting)? up|asked|ask|spoke|speak|discuss\w*|check\w*|"
    r"look\w*|review\w*|forward\w*|rais\w*|submit\w*|pass\w*|book\w*|schedul\w*|load\w*|queue\w*|received|got|"
    r"found|saw|noticed|read|opened)\b",
    _I,
)
HOLD = re.compile(r"\b(?:hold|wait|extension|extend\w*|defer\w*|postpon\w*|delay|more time|grace|pause|off|time|"
                  r"recovery|action|refrain|forbear\w*|patience|bear with|chas\w+|reminders?|stop)\b", _I)
SPLIT_NEXT = re.compile(
    r"\b(?:rest|remainder|balance|remaining|other half|second half|second part|second instalment|second payment|"
    r"half|the other|then|followed by|and another|next (?:one|two|payment|instalment))\b",
    _I,
)
ANAPHOR = re.compile(r"\b(?:then|that day|that date|on the day|by that date|by then|on that day)\b", _I)
SAME_DAY = re.compile(r"\b(?:till|until|til) (?:he|she|they|i|we)(?:'s|’s|'re|’re|'m| is| are| am| gets?)? (?:home|back)\b|"
                      r"\b(?:the same day|that same day|same day|the same (?:afternoon|morning|evening)|"
                      r"that (?:morning|afternoon|evening)|on the same date)\b", _I)
HEDGE = re.compile(r"\b(?:maybe|perhaps|possibly|probably|hopefully|realistically|likely|might)\s+(?:by\s+|on\s+|at\s+|the\s+)*$", _I)
PREP_BEFORE = re.compile(r"\b(?:on|by|before|until|till|til|for|from|am|le|el|op|per|around|this|next|in|within|starting)\s+$", _I)

ANCHOR = re.compile(
    r"\s+(?:of|from|after|following)\s+(?:the\s+|our\s+|your\s+)?(?:\w+\s+){0,2}?(?:statement|invoice|receipt|approval|"
    r"delivery|completion|due date|invoice date|issue|order|date of|month[- ]end|end of (?:the )?month|signing|practical)\w*"
    r"(?:\s+(?:date|of))?", _I)
HEDGE_AFTER = re.compile(r"^(?:\s*or so|-?ish\b|\s*or thereabouts|\s*or two|\s*or more|\s*at the earliest)", _I)
CONDITION = re.compile(r"^\W*(?:when|once|as soon as|after|the minute|the moment|the day)\b", _I)
RESTATES = re.compile(r"^\W*(?:that's|that is|thats|that'll be|that would be|which is|which will be|i\.e\.?|ie|maybe|perhaps|"
                      r"say|how about|what about|or|possibly|ideally|preferably)\b", _I)
FRAGMENT_WORDS = re.compile(r"\b(?:it|is|then|ok|okay|fine|on|by|latest|at|the|first|thing|morning|afternoon|promise|"
                            r"definitely|for|sure|please|pls|thanks|cheers|so|yes|yep|sorry|will|do|be|works?|ta|x+|maybe|perhaps|say|"
                            r"how|what|about|or|hopefully|around|approximately|roughly|ish)\b", _I)
_FORWARD = ("next_week", "this_week", "week_after_next", "tomorrow", "day_after_tomorrow", "in_n", "n_more", "n_from_now",
            "extension_n", "another_unit", "a_unit_will_do", "nth_next_month", "end_next_month", "weekday_week",
            "weekday_after_next", "the_weekday_after", "this_time_next_week")
_REQUEST_DURATIONS = ("n_more", "extension_n", "another_unit", "a_unit_will_do", "n_from_now", "for_n")
_PERIODS = ("this_week", "next_week", "week_after_next", "end_month", "end_next_month", "end_named_month", "end_year")


def _has_past(seg: str) -> bool:
    """A past-tense marker that is not a passive infinitive ("to be made", "will be paid")."""
    return any(not re.search(r"\b(?:be|being|get|gets|getting)\s+$|\b(?:until|till|once|when|before|after|by the time)\s+"
                             r"(?:it|this|that|everything|they|we)(?:'s|’s| is| has been| are| have)?\s+$",
                             seg[max(0, m.start() - 30):m.start()], _I)
               for m in PAST.finditer(seg))


def _tense(text: str, layout: _Layout, start: int, end: int, forward: bool = False) -> str | None:
    """"past", "future" or None for the clause holding [start, end), widening to the comma-joined
    clause when the clause itself carries no tense. `forward` (the expression itself points
    ahead: "next Monday", "tomorrow") stops a past marker in a neighbouring clause from counting."""
    spans = [layout.clause(start, end)]
    if not SPLIT_NEXT.search(text[spans[0][0]:spans[0][1]]):  # "paid half just now, rest on the 21st"
        spans.append(layout.medium_clause(start, end))
    for n, (s, e) in enumerate(spans):
        seg = text[s:start] + " " + text[end:e]
        if FUTURE.search(seg):
            return "future"
        if _has_past(seg) and not (forward and n > 0):
            return "past"
    return None


def _negated(text: str, clause_start: int, pos: int, itself: str = "") -> bool:
    """A negation before `pos` in its clause, unless it is "not before/until X" (which names X)."""
    seg = text[max(clause_start, pos - 80):pos]
    last = None
    for m in NEG.finditer(seg):
        last = m
    if last is None:
        return False
    return not NEG_RELEASE.search(seg[last.end():] + " " + itself)


@dataclass
class _Scored:
    found: FoundDate
    score: float
    rejected: str = ""


def _score_dates(text: str, base: date, found: list[FoundDate], money: list[Money]) -> list[_Scored]:
    layout = _Layout(text, [(f.start, f.end) for f in found] + [(m.start, m.end) for m in money],
                     [(f.start, f.end) for f in found])
    out: list[_Scored] = []
    for f in found:
        cs, ce = layout.clause(f.start, f.end)
        ss, se = layout.sentence(f.start, f.end)
        clause = text[cs:f.start] + " " + text[f.end:ce]
        before = text[cs:f.start]
        sentence = text[ss:se]
        scored = _Scored(f, 0.0)
        out.append(scored)
        if f.value < base:
            scored.rejected = "past date"
            continue
        if _negated(text, cs, f.start, f.text):
            scored.rejected = "negated"
            continue
        if REPORTED.search(before):
            scored.rejected = "reported"
            continue
        forward = f.kind in _FORWARD or bool(re.match(r"(?:next|coming|this coming)\b", f.text, _I))
        if _tense(text, layout, f.start, f.end, forward) == "past":
            scored.rejected = "past tense"
            continue
        if f.kind == "for_n" and not HOLD.search(sentence.replace(f.text, " ")):
            scored.rejected = "duration, not a deferral"
            continue
        if (re.search(r"\bfrom\s+$", text[max(cs, f.start - 6):f.start], _I) or re.match(r"from\b", f.text, _I)) and any(
                0 <= g.start - f.end < 15 and re.match(r"\s*(?:to|until|till|til)\b", text[f.end:g.start] + g.text, _I)
                for g in found):
            scored.rejected = "moved from"  # "move the second instalment from the 15th to the 22nd"
            continue
        if f.is_duration and f.kind != "n_from_now":
            anchor = ANCHOR.match(text, f.end)
            if anchor:  # "30 days from the original due date of 14 May", "within 30 days of statement"
                inner = [g for g in found if anchor.start() <= g.start < anchor.end() + 25 and g is not f]
                if not inner:
                    scored.rejected = "counted from another day"
                    continue
                f = FoundDate(inner[0].value + (f.value - base), f.start, f.end, f.text, f.kind)
                scored.found = f
        hedge = HEDGE_AFTER.match(text[f.end:f.end + 20])
        if hedge and not ("or so" in hedge.group(0) and re.search(r"\d", f.text)):  # "a month or so" (not "30 days or so")
            scored.rejected = "approximate"
            continue
        # A "when/once ..." clause takes its cues from the clause it depends on: "Will clear the
        # balance when the milk cheque comes in on the 20th".
        context = clause
        condition = bool(CONDITION.match(text[cs:f.start]))
        if condition and cs > ss:
            ps, _ = layout.clause(cs - 1, cs - 1)
            context = text[max(ps, ss):cs] + " " + clause
        s = 0.0
        has_money = any(cs <= m.start < ce for m in money)
        if PAY.search(context) or has_money:
            s += 2
        elif PAY.search(sentence):
            s += 1
        if FUTURE.search(context):
            s += 1
        if re.search(r"\b(?:until|till|til|untill|bis|jusqu\w*|hasta|tot)\b", text[max(cs, f.start - 12):f.end], _I):
            s += 3  # "Could we have until the end of next month?"
        elif REQUEST_STRONG.search(context) or REQUEST_STRONG.search(f.text):
            s += 2
        elif REQUEST.search(context):
            s += 1
        if re.search(r"\b(?:could|can|may|might)\s+(?:we|i)\b|\bwould it be (?:possible|ok|okay|alright)\b", context, _I):
            s += 1
        if sentence.rstrip().endswith("?"):
            s += 1
        if PREP_BEFORE.search(text[max(0, f.start - 12):f.start]) or re.match(r"(?:on|by|before|until|till|til|this|next)\b", f.text, _I):
            s += 1
        if f.kind in _REQUEST_DURATIONS:
            s += 2
        if RESTATES.match(text[ss:f.start]) and ss > 0:
            # "Can I have until payday? That's the last Friday of the month."
            ps, pe = layout.sentence(ss - 1, ss - 1)
            prev = text[ps:pe]
            if REQUEST_STRONG.search(prev) or (PAY.search(prev) and (FUTURE.search(prev) or prev.rstrip().endswith("?"))):
                s += 2
        prev_end = max([g.end for g in found if g.end <= f.start] + [cs])
        next_start = min([g.start for g in found if g.start >= f.end] + [ce])
        # the words between this date and its neighbours: "The invoice dated 25 November will be paid on
        # Friday" does not make Friday about the invoice; a far-off "... to pay me" is another matter.
        near = text[cs:f.start] + " " + text[f.end:min(ce, next_start, f.end + 30)]
        talk = COMMUNICATE.search(text[max(cs, prev_end):f.start])
        if talk and not PAY.search(text[talk.end():f.start]):
            near += " meeting"  # "I'll check with accounts on Monday and let you know"
        if ATTRIBUTIVE.search(text[max(cs, prev_end, f.start - 30):f.start]) or EVENT.search(near):
            if not (PAY.search(context) or has_money):
                scored.rejected = "another event"  # "Can we talk on Monday?", "we're back on the 3rd"
                scored.score = s - 4
                continue
            s -= 2 if condition and ARRIVAL.search(near) else 4
        elif re.search(r"\b(?:starts?|begins?)\b", clause, _I) and not re.search(
                r"\b(?:i|we|i'll|we'll|i'd|we'd|can|could|will|would|to|and)\s+(?:\w+\s+)?(?:start|begin)", clause, _I):
            s -= 4  # "the new bookkeeper doesn't start until 3/9" (but "I can start on 1st December")
        if f.kind in ("today", "now") and PREP_VERB.search(clause) and not re.search(
                r"\bto (?:get|pay|send|transfer|release|make)\b", text[cs:f.start], _I):
            s -= 3
        if HEDGE.search(text[max(0, f.start - 25):f.start]):
            s -= 1
        words = re.findall(r"[\w']+", sentence.replace(f.text, " "))
        alone = not re.search(r"\w", clause)
        short = len(words) <= 3 and not re.search(r"\b(?:happy|good|lovely|nice|enjoy|have|great)\b", sentence, _I)
        fragment = bool((len(words) <= 4 and all(FRAGMENT_WORDS.fullmatch(w) for w in words)) or short or (
                alone and re.search(r"\b(?:approved|scheduled|booked|authori[sz]ed|confirmed|done|sorted)\b|"
                                    + PAY.pattern + "|" + FUTURE.pattern, sentence, _I)))
        if fragment:
            s += 1.5  # "Friday.", "On it. Friday.", "So Tuesday it is", "Friday - it's been approved."
        if re.match(r"\s*(?:of\s+)?(?:every|each)\s+(?:month|week)", text[f.end:f.end + 20], _I):
            s -= 1  # "the 1st of every month": a schedule, its first payment is usually named first
        s += 0.5 if not f.is_duration and f.kind not in _PERIODS else (0.25 if f.kind in _PERIODS else 0.0)
        copula = re.search(r"\b(?:it|that|payment)(?:'ll|’ll| will| would|'d|’d|’s going to|'s going to| is going to) be\s+$",
                           text[cs:f.start], _I) or re.match(
            r"\s*(?:is|are|would be|'s|’s|should be) (?:fine|ok|okay|good|better|possible|best|alright)\b|\s*(?:works?|suits?)\b",
            text[f.end:ce], _I)
        if copula:
            s += 1  # "it'll be Monday", "Monday is fine"
        cue = (copula or PAY.search(context) or has_money or PAY.search(sentence) or REQUEST_STRONG.search(context)
               or REQUEST.search(context) or sentence.rstrip().endswith("?") or f.kind in _REQUEST_DURATIONS
               or RESTATES.match(text[ss:f.start]) or f.kind == "for_n")
        if not cue and not fragment:
            s -= 1.5  # "Today should be a big one": nothing says it is about paying
        scored.score = s
    # A split payment gives its first part: "£400 on Friday, but I'd need until the end of August
    # for the other £1,100"; "£250 tonight ... For the balance of £1,050 I need until the 20th".
    for k, later in enumerate(out):
        if later.rejected:
            continue
        ls, le = layout.clause(later.found.start, later.found.end)
        _, se = layout.sentence(later.found.start, later.found.end)
        ss, _ = layout.sentence(later.found.start, later.found.end)
        marker = text[max(ss, later.found.start - 60):later.found.start] + " " + text[later.found.end:min(se, later.found.end + 40)]
        lmoney = any(ls <= mm.start < le for mm in money)
        if not re.search(r"\b(?:the rest|rest|remainder|the balance|balance of|remaining|the other|other half|second half|"
                         r"second part|second instalment|second payment|half|then)\b", marker, _I) and not lmoney:
            continue
        for first in out[:k]:
            if first.rejected or later.found.start - first.found.end > 300 or first.found.value > later.found.value:
                continue
            fs, fe = layout.medium_clause(first.found.start, first.found.end)
            if any(fs <= m.start < fe for m in money) or re.search(r"\b(?:half|part|first|some|one)\b", text[fs:fe], _I):
                first.score += 3
                break
    # "... so it will be paid then", "Could you hold off until then?": the date just before wins.
    anaphors = [(m, False) for m in ANAPHOR.finditer(text)] + [(m, True) for m in SAME_DAY.finditer(text)]
    for m, strong in anaphors:
        if not strong and re.search(r"(?:\band|,|^)\s*$", text[max(0, m.start() - 6):m.start()]):
            continue  # "and then you're first in line" is a sequence, not a reference to a date
        cs, ce = layout.clause(max(m.start() - 1, 0), max(m.start() - 1, 0))
        here = text[cs:m.end()] if not strong else text[cs:layout.clause(m.start(), m.end())[1]]
        money_here = any(cs <= mm.start < layout.clause(m.start(), m.end())[1] for mm in money)
        if not strong and not (PAY.search(here) or REQUEST_STRONG.search(here) or REQUEST.search(here)
                               or (FUTURE.search(here) and money_here)):
            continue
        if _negated(text, cs, m.start()) or any(sc.found.start <= m.start() < sc.found.end for sc in out):
            continue
        previous = [sc for sc in out if sc.found.end <= m.start() and m.start() - sc.found.end < 250
                    and sc.found.value >= base and sc.rejected not in ("negated", "past date", "reported")]
        if previous:
            target = previous[-1]
            target.rejected = ""
            target.score = max(target.score, 1.0) + 3
    return out


def promised_date(text: str, base: date, month_first: bool = False) -> date | None:
    """The date a debtor commits to or proposes (see the module docstring), or None."""
    text = readable(text)
    found = few(find_dates(text, base, month_first))
    if not found:
        return None
    scored = _score_dates(text, base, found, few(find_amounts(text)))
    accepted = [s for s in scored if not s.rejected and s.score >= 1]
    if not accepted:
        return None
    best = max(accepted, key=lambda s: (s.score, -s.found.start))
    period = best.found.period
    if period is not None:
        inside = [s for s in accepted if s is not best and not s.found.is_duration and s.found.kind not in _PERIODS
                  and period[0] <= s.found.value <= period[1]]
        if inside:
            best = max(inside, key=lambda s: (s.score, -s.found.start))
    return best.found.value


# ---------------------------------------------------------------------------------------------
# Amounts

THRESHOLD = re.compile(
    r"\b(?:over|above|below|under|exceeding|more than|less than|up to|in excess of|greater than|maximum(?: of)?|"
    r"minimum(?: of)?|limit(?: of)?|threshold(?: of)?|at least|upwards of|beyond|plus de|más de)\s*(?:the\s+)?$",
    _I,
)
THIRD_PARTY = re.compile(
    r"\b(?:owed to (?:me|us)|owed (?:me|us)|owing (?:me|us)|owes? (?:me|us)|owed by|owing|we are owed|i am owed|i'm owed|"
    r"sitting on|"
    r"receivables?|wants|turnover|revenue|loan|overdraft|grant|sponsor\w*|worth|lost|cheaper|dearer|more expensive|"
    r"(?:vat|tax|hmrc|ato|ird|irs|insurance) (?:refund|rebate|return|payout)|refund's|"
    r"(?:bank|intermediary|correspondent|transfer|wire|transaction|handling|swift|remittance) (?:fees?|charges?)(?: of)?|"
    r"costs? (?:me|us)|cost us|salary|wages|rent|bill from|fine of|garage|mechanic|vat bill|tax bill|"
    r"(?:repair|bill|cost|damage)s? (?:was|were|came to|cost))\b",
    _I,
)
CORRECTION = re.compile(r"^[\s,—–-]{0,3}(?:sorry|correction|i mean|i meant|should read|should say|typo|sorry,)", _I)
FULL = re.compile(
    r"\b(?:full|whole|entire|all of|in one (?:go|hit|payment|lump|sum|amount|instalment)|at once|the lot|in full|"
    r"lump sum|auf einmal|in einem)\b",
    _I,
)
BURDEN = re.compile(r"\b(?:a lot|too much|too big|too high|difficult|hard to|struggl\w*|can't afford|cannot afford|absorb)\b", _I)
INSTALMENT_BEFORE = re.compile(
    r"\b(?:instal+ments?|payments|parts|tranches|raten|cuotas|rate|lots|chunks)\s+of\s+(?:around\s+|about\s+)?$"
    r"|\b(?:each|every one)\s+$",
    _I,
)
INSTALMENT_AFTER = re.compile(
    r"^\s*(?:a|per|an|each|every|/)\s*(?:month|week|fortnight|calendar month|instal+ment|payment|two weeks|mo\b)"
    r"|^\s*(?:monthly|weekly|fortnightly|each\b|every (?:week|month|fortnight|two weeks)|pcm|p/m|pm\b|im monat|par mois|al mes|al mese)",
    _I,
)
TOTAL_BEFORE = re.compile(
    r"\b(?:total(?:ling|ing)?|in total|altogether|together|combined|single payment of|one payment of|"
    r"grand total|that is|that's|thats|which is|which comes to|comes to|coming to|makes|gesamt|insgesamt|totale)"
    r"(?:\s+(?:paid|amount|due|payment|sum|remitted|transferred|value|sent))?\s*(?:of\s+|is\s+|:\s*|=\s*|amount\s+|by \w+\s+)?$"
    r"|=\s*$",
    _I,
)
TOTAL_AFTER = re.compile(r"^\)?[ \t]*(?:total|in total|altogether|combined|in all|insgesamt)\b|"
                         r"^[ \t]*,?\s*(?:which|that) (?:is|was|covers|clears|matches) (?:the )?(?:full|total|whole|entire)", _I)
CHARGED_BEFORE = re.compile(
    r"(?:\binvoices?\s+(?:is|was|says|shows|states|for|at|of|has|charges?|comes to|totals?)|\byou(?:'ve|’ve| have)?\s+"
    r"(?:charged?|invoiced|billed|billing|charging|put)|\bcharg(?:ed|ing)(?:\s+(?:us|me))?(?:\s+(?:at|for))?|\bbill(?:ed|ing)"
    r"(?:\s+(?:us|me))?(?:\s+(?:at|for))?|\bover-?(?:charged|billed)(?:\s+(?:us|me))?(?:\s+by)?|\binvoiced(?:\s+(?:us|me))?"
    r"(?:\s+(?:at|for))?|\bthe full|\bwhat'?s this|\bfee of|\bcharge of|\boff|\bcharged (?:is|was|at|of)|"
    r"\bon (?:the|your) invoice\s*\(?|\b(?:the\s+)?(?:excess|extra|difference|overcharge)(?:\s+(?:of|is|was))?|"
    r"\bbills? (?:\w+\s+){0,3}at)\s*(?:the\s+|a\s+|an\s+|of\s+|at\s+|for\s+)?$",
    _I,
)
CHARGED_AFTER = re.compile(
    r"^\s*(?:you(?:'ve|’ve| have)?\s+(?:charged|invoiced|billed|over-?billed|over-?charged|put|added)|over what|too much|"
    r"more than (?:we |was )?(?:agreed|quoted)|on (?:the|your|this) invoice|overcharge|being claimed|claimed by you|"
    r"(?:\w+\s+)?(?:charge|fee|surcharge|levy)\b)",
    _I,
)
CONTRAST = re.compile(r"\bnot\s+(?:the\s+|a\s+)?$", _I)
AGREED = re.compile(
    r"\b(?:quot\w*|agreed|contract\w*|should (?:be|have been)|offer\w*|proposal|tender\w*|estimate\w*|list|"
    r"price list|budget|approved|signed up|old price\w*|expected|purchase order|(?-i:PO)|order value)\b",
    _I,
)
REFUSE = re.compile(
    r"\b(?:not paying|not going to pay|won't (?:be )?pa(?:y\w*|id)|will not (?:be )?pa(?:y\w*|id)|am not paying|are not paying|"
    r"not (?:prepared|willing|going) to pay|not payable|credit note for|credit for|credit of|"
    r"refuse\w*|with(?:h)?[oe]ld\w*|withholding|not accept\w*|do not accept|don't accept|dispute\w*|contest\w*|"
    r"comes? off|take (?:it|that) off|credit (?:the|for|of|us)|deduct\w*|knock\w* off|not owed|not due|not liable|"
    r"(?:is|was|are) (?:a |an )?(?:mistake|wrong|incorrect|error|overcharge)|in error|never ordered|didn't order|"
    r"did not order|not ordered|never received|not received|never arrived|shouldn't be|should not be|set[- ]?off|"
    r"liquidated damages|retention|retain\w*|pay less notice|(?:but|except|just) not (?:the|for|a|an))\b",
    _I,
)
REMAINING = re.compile(
    r"\b(?:the rest|rest|remaining|remainder|the balance|balance of|the other|leaving|leaves|left)\s*(?:of\s+)?(?:the\s+)?$",
    _I,
)
WHOLE = re.compile(
    r"\b(?:balance of|the full|the whole|the total(?: of)?|owe you|outstanding(?: balance)?(?: of)?|stands at|the entire|"
    r"clear the|clearing the|split the|settle the|pay the|paying the|pay off the|owe|total debt of|debt of)\s*(?:amount\s+of\s+)?$",
    _I,
)
DEBT_STATE = re.compile(r"\b(?:is due|are due|is owed|owes?|owing|we owe|i owe|accepts? that|acknowledg\w* that|stands at|is outstanding|"
                        r"outstanding balance (?:is|of)|total debt|records show)\b", _I)
PAID_PAST = re.compile(
    r"\b(?:(?:we|i|we've|i've|we’ve|i’ve|we have|i have|we had|i had)\s+(?:already\s+|just\s+|now\s+|today\s+)?"
    r"(?:paid|sent|transferred|wired|settled|remitted|made)|(?:was|were|been|is|are)\s+(?:already\s+)?paid|went|gone|"
    r"überwiesen|bezahlt|pagado|pagamos|payé|pagato|betalt|betald)\b",
    _I,
)
RATE_AFTER = re.compile(
    r"^\s*(?:/|per|an?|each)\s*(?:hours?|hr|h\b|unit|item|piece|box|case|litre|liter|kg|label|jar|sheet|m²|m2|sqm|"
    r"square|night|person|head|pallet|bottle|mile|km|day|copy|seat|user|licen[cs]e)|^\s*each\b|^/(?:hr|h|m)",
    _I,
)
_BARE = re.compile(
    r"\b(?:pay|paying|send|sending|transfer|transferring|do|manage|afford)\s+(?:you\s+|over\s+|across\s+|back\s+)?(?:the\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{2,4}(?:[.,]\d{2})?)\b(?!\s*(?:st|nd|rd|th|%|/|\.\d|days?|weeks?|months?|"
    r"hours?|units?|items?|pcs|pieces|x\b|of\b|invoices?|bills?))(?=\s*(?:a|an|per|each|every)\s+(?:week|month|fortnight)|"
    r"\s+(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tonight|now|on|by|this|next|when|in|before|after)\b|\s*[.!,]?\s*$)",
    _I,
)


_BARE_ONLY = re.compile(r"(?<![\w.,])(?P<num>\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+(?:\.\d{2})?)\s*(?:/-|only\b)", _I)


@dataclass
class _ScoredMoney:
    money: Money
    score: float
    rejected: str = ""
    tense: str | None = None
    whole: bool = False
    instalment: bool = False
    dated: bool = False
    refused: bool = False
    contested: bool = False
    weak: bool = False


def _bare_amount(text: str) -> Money | None:
    """A number with no currency that clearly is money: "Paying the 624 Mon"."""
    from .amounts import parse_number

    spans = [(f.start, f.end) for f in find_dates(text, date.today())]
    for m in [*_BARE.finditer(text), *_BARE_ONLY.finditer(text)]:
        raw = m.group("num")
        if any(s <= m.start("num") < e for s, e in spans):
            continue  # "pay 30 June"
        before = text[max(0, m.start("num") - 12):m.start("num")]
        if re.search(r"(?:#|no\.?|inv\w*|invoice|ref|po|order)\s*$", before, _I):
            continue
        if not (m.re is _BARE_ONLY) and re.match(r"\s+(?:of|x)\b", text[m.end("num"):m.end("num") + 4], _I):
            continue
        digits = raw.replace(",", "").split(".")[0]
        if len(digits) == 4 and 1900 <= int(digits) <= 2100:
            continue
        value = parse_number(raw)
        if value is None or value <= 0:
            continue
        return Money(value, None, m.start("num"), m.end("num"), raw)
    return None


def _score_amounts(text: str, money: list[Money], dates: list[FoundDate], intent: str | None) -> list[_ScoredMoney]:
    layout = _Layout(text, [(m.start, m.end) for m in money] + [(f.start, f.end) for f in dates],
                     [(f.start, f.end) for f in dates])
    contested = intent in (None, "dispute")  # cues of a contested figure mean nothing in a payment report
    out: list[_ScoredMoney] = []
    for i, m in enumerate(money):
        cs, ce = layout.clause(m.start, m.end)
        ms, me = layout.medium_clause(m.start, m.end)
        ss, _ = layout.sentence(m.start, m.end)
        before = text[max(0, m.start - 45):m.start]
        after = text[m.end:m.end + 45]
        clause = text[cs:m.start] + " " + text[m.end:ce]
        medium = text[ms:m.start] + " " + text[m.end:me]
        sc = _ScoredMoney(m, 0.0)
        out.append(sc)
        if THRESHOLD.search(before):
            sc.rejected = "threshold"  # "payments over £500 are frozen"
            continue
        if THIRD_PARTY.search(text[cs:m.start]) or THIRD_PARTY.search(text[m.end:min(ce, m.end + 30)]):
            sc.rejected = "someone else's money"
            continue
        if CORRECTION.search(after) and i + 1 < len(money) and money[i + 1].start - m.end < 60:
            sc.rejected = "corrected"  # "S$4,200 - sorry, that should read USD 4,200"
            continue
        contrast = bool(CONTRAST.search(before))  # "the old price, not the £1,572 you've charged"
        negated = _negated(text, cs, m.start) and not contrast
        refuse_text = clause
        if re.match(r"\W*(?:which|that|who)\b", text[ce:ce + 12], _I):  # "..., which I am NOT going to pay for"
            refuse_text += " " + text[ce:layout.clause(ce + 1, ce + 1)[1]]
        if re.search(r"\(\s*$", before):  # "retention of 5% (£1,180.00)": the words before the bracket count
            refuse_text += " " + text[max(ss, m.start - 60):m.start]
        refused = contested and (bool(REFUSE.search(refuse_text)) or (
            negated and intent == "dispute" and bool(re.search(r"\b(?:pay\w*|paid|accept\w*|owe\w*|afford)\b", text[cs:m.start], _I))))
        s = 0.0
        if negated and not refused:
            if FULL.search(medium) or FULL.search(text[cs:m.start]):
                sc.rejected = "cannot pay this much"  # "I can't pay the full £3,200 right now"
                continue
            s -= 1
        sc.tense = _tense(text, layout, m.start, m.end)
        if PAY.search(clause):
            s += 1
        if sc.tense == "future":
            s += 1
        sc.dated = sc.tense != "past" and any(cs <= f.start < ce for f in dates)
        if sc.dated:
            s += 1
        sc.instalment = bool(INSTALMENT_BEFORE.search(before) or INSTALMENT_AFTER.search(after))
        if not sc.instalment and i + 1 < len(money) and re.match(r"[^.?!\n]{0,25}\b(?:and\s+)?then\b", text[m.end:money[i + 1].start], _I):
            sc.instalment = True  # "A$2,000 on Friday 13th and then A$1,500 every fortnight": the first payment
        if sc.instalment:
            s += 3
        elif RATE_AFTER.search(after):
            s -= 1
        if not re.search(r"\bshould\b", text[max(0, m.start - 25):m.start], _I):
            if re.search(r"=\s*$", before):
                s += 3  # "2 x 65 € = 130 €": the writer's own bottom line
            elif TOTAL_BEFORE.search(before):
                s += 2
            if TOTAL_AFTER.search(after):
                s += 2
            elif re.match(r"^\s*together\b", after, _I):
                s += 1
        if re.search(r"\(\s*$", before) and i > 0 and m.start - money[i - 1].end < 25 and RATE_AFTER.search(text[money[i - 1].end:money[i - 1].end + 12]):
            s += 2  # "$140/hr ($840)": the computed figure
        if contested:
            if CHARGED_BEFORE.search(before) or CHARGED_AFTER.search(after):
                s += 2
            if CONTRAST.search(before) and AGREED.search(text[ss:m.start]):
                s += 3  # "we agreed £1.85 a label, not £2.10"
            if refused:
                s += 4
            if AGREED.search(text[max(cs, m.start - 40):m.start]) and not CONTRAST.search(before):
                s -= 2
        if REMAINING.search(before) and not refused:
            s -= 1
        if BURDEN.search(clause):
            s -= 2
            sc.weak = True
        if negated and not refused:
            sc.weak = True
        sc.contested = contested and (refused or bool(CHARGED_BEFORE.search(before) or CHARGED_AFTER.search(after)))
        if intent == "extension_request" and DEBT_STATE.search(clause) and not PAY.search(clause) and not sc.instalment:
            sc.rejected = "the debt, not an offer"  # "Our client accepts that the sum of £18,240.00 is due"
            continue
        sc.whole = bool(WHOLE.search(before)) or bool(re.match(r"\s+in\s+(?:\w+\s+){0,2}(?:instal+ments|payments|parts|goes|lots)", after, _I))
        paid_already = sc.tense == "past" and bool(PAID_PAST.search(clause) or PAID_PAST.search(text[ms:m.start]))
        if intent in ("promise_to_pay", "extension_request") and paid_already:
            sc.rejected = "already paid, not promised"
            continue
        if intent == "dispute" and paid_already and not refused:
            s -= 2
        if intent == "dispute" and not refused and sc.tense == "future" and PAY.search(clause):
            s -= 2  # "we'll pay the £210 for the cups, but the £48 for the urn is a mistake"
        sc.refused = refused
        sc.score = s
    live = [sc for sc in out if not sc.rejected]
    if any(sc.instalment or sc.dated for sc in live if not sc.whole):
        for sc in live:
            if sc.whole and not sc.instalment and not sc.refused:
                sc.score -= 2
    if any(sc.contested for sc in live):
        for sc in live:
            if sc.tense == "past" and not sc.contested and PAID_PAST.search(text[max(0, sc.money.start - 60):sc.money.end + 30]):
                sc.score -= 2  # "We have already paid Rs. 1,80,000/- ... The balance Rs. 12,600/- being claimed ..."
    if intent != "already_paid" and any(sc.tense == "future" for sc in live):
        for sc in live:
            if sc.tense == "past" and not sc.refused and not sc.contested:
                sc.score -= 2
    return out


def amount(text: str, intent: str | None = None, utc_offset: timedelta | None = None) -> Money | None:
    """The amount the debtor states they will pay, have paid or dispute.

    `intent`, when the caller knows it, sharpens the choice: in a promise or an extension
    request an amount said to be already paid is not the promised one; in a dispute the
    contested figure beats the undisputed part and the part already paid; in a payment report
    the words of a dispute ("not the £700 on the invoice") mean nothing. `utc_offset` (of the
    Date header) reads a bare "$" from Australia or New Zealand as AUD or NZD."""
    text = readable(text)
    found = few(find_amounts(text, utc_offset))
    if not found:
        return _bare_amount(text)
    scored = _score_amounts(text, found, few(find_dates(text, date.today())), intent)
    live = [s for s in scored if not s.rejected]
    if not live:
        return None
    best = max(live, key=lambda s: (s.score, -s.money.start))
    if best.score < 0 and best.weak:
        return None  # "$8,900 is a lot to absorb at once": no amount offered
    return best.money


# ---------------------------------------------------------------------------------------------
# Out-of-office return dates

RETURN_STRONG = re.compile(
    r"\b(?:back|return\w*|reopen\w*|re-open\w*|(?:we|i|office|team|business|we'll|i'll)\s+(?:will\s+)?resum\w*|"
    r"resum\w* (?:work|business|normal|operations|trading|our)|respond\w*|reply|replies|answer|available|in the office|"
    r"wieder|zurück|ab dem|de retour|retour|rentre\w*|riapri\w*|rientr\w*|terug|tillbaka|tilbage|vuelta|regres\w*|"
    r"reabr\w*|rouvr\w*|reprise|open again|be in touch|attend to)\b",
    _I,
)
UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|til|through|thru|bis(?: zum| einschließlich)?|hasta(?: el)?|jusqu'au|jusqu’au|jusqu'à|tot en met|"
    r"tot|fino al|al|to|and including|-|–)\s*(?:and including\s+)?(?:the\s+)?$",
    _I,
)
FROM_BEFORE = re.compile(r"\b(?:from|starting|since|vom|dal|du|desde|van|fra|från|between)\s*(?:the\s+)?$", _I)
AWAY = re.compile(r"\b(?:holiday|leave|away|out of (?:the )?office|vacation|closed|absent|urlaub|vacances|ferie|"
                  r"vacaciones|semester|travel\w*|off)\b", _I)


def return_date(text: str, base: date, month_first: bool = False) -> date | None:
    """When an out-of-office notice says its writer is back: "returning on Monday 5 January"
    beats "closed until 2 January inclusive"; a stated last day away ("until the 28th",
    "through May 22") is taken as written."""
    text = readable(text)
    found = few([f for f in find_dates(text, base, month_first) if f.value >= base])
    if not found:
        return None
    layout = _Layout(text, [(f.start, f.end) for f in found])
    best: tuple[int, date] | None = None
    for f in found:
        cs, ce = layout.medium_clause(f.start, f.end)
        ss, se = layout.sentence(f.start, f.end)
        before = text[max(ss, f.start - 40):f.start]
        score = 0
        if RETURN_STRONG.search(text[cs:f.start] + " " + text[f.end:ce]):
            score = 3
        elif UNTIL_BEFORE.search(before) or re.match(r"(?:until|till|til|through|thru|bis)\b", f.text, _I):
            score = 2
        elif FROM_BEFORE.search(before) or re.match(r"(?:from)\b", f.text, _I):
            score = -1
        elif AWAY.search(text[ss:se]):
            score = 1
        if score >= 1 and (best is None or (score, f.value) > best):
            best = (score, f.value)
    return best[1] if best else None


def money_fields(m: Money | None) -> tuple[Decimal | None, str | None]:
    return (m.amount, m.currency) if m else (None, None)
