"""The text the intent model reads: the reply's new text and its subject, normalised so it generalises.

Specific figures carry no intent, so they are replaced by placeholders: an amount becomes
"zmoney", an invoice number "zinvoice", another number "znum". Words after a negation,
up to the end of the clause, get a "not_" twin ("we will not pay" also yields "not_pay"),
so the bag-of-words model can tell a refusal from a promise. The user's rule matches are
appended as tokens ("zrule_dispute", "zrule_promise_to_pay_negated"), so the trained model
has learned how far to trust each intent's rules and a rule a user adds has effect at once.
The subject (without "Re:"/"AW:" prefixes) is read as more words: measured on held-out
slices, marking subject words apart ("subj_dispute") did slightly worse than plain words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import MailMessage
from .amounts import PREFIXED, SUFFIXED
from .bounds import readable
from .rulematch import RuleHit, RuleMatcher

REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|vs|antw|ref|rif|r|fw|fwd|wg|tr|rv|enc)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_SUBJECT_NOISE = re.compile(r"\[(?:external|ext|extern)\]|\bexternal\s*:", re.IGNORECASE)
_INVOICE = re.compile(r"\b[a-z]{1,5}[-_/#]?\d{3,}[\w/-]*|#\s?\d{3,}")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_WORD = re.compile(r"[a-z][a-z'’]*")
_NEGATION = re.compile(
    r"\b(?:not|no|never|cannot|can't|cant|won't|wont|don't|dont|didn't|didnt|haven't|havent|hasn't|"
    r"isn't|isnt|aren't|wasn't|weren't|couldn't|shouldn't|wouldn't|unable|nor|without|nothing)\b|n't\b"
)
_CLAUSE_END = re.compile(r"[.!?;\n]|\bbut\b|\bhowever\b|\bthough\b")
MAX_CHARS = 4000  # the new text of a reply; a longer one is mostly pasted history


def clean_subject(subject: str) -> str:
    return _SUBJECT_NOISE.sub(" ", REPLY_PREFIX.sub("", subject or "")).strip()


def mask(text: str) -> str:
    """Lower case, with amounts, invoice numbers and other numbers replaced by placeholders."""
    text = text.lower()
    for pattern in (PREFIXED, SUFFIXED):
        text = pattern.sub(" zmoney ", text)
    text = _INVOICE.sub(" zinvoice ", text)
    return _NUMBER.sub(" znum ", text)


def negation_marks(text: str) -> str:
    """'not_<word>' for every word between a negation and the end of its clause."""
    marks: list[str] = []
    for m in _NEGATION.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        stretch = text[m.end() : end.start() if end else len(text)]
        marks.extend("not_" + w for w in _WORD.findall(stretch)[:6])
    return " ".join(marks)


def rule_tokens(hits: Iterable[RuleHit]) -> str:
    return " ".join(f"zrule_{h.intent}{'_negated' if h.negated else ''}" for h in hits)


def attachment_tokens(names: Iterable[str]) -> str:
    """'zatt_remittance zatt_pdf' for remittance.pdf: what is attached is a hint."""
    return " ".join("zatt_" + w for name in names for w in _WORD.findall(name.lower()))


def model_text(subject: str, new_text: str, hits: Iterable[RuleHit] = (), attachments: Iterable[str] = ()) -> str:
    """One string for the text classifier: body, negation twins, subject, rule and attachment tokens."""
    body = mask(new_text[:MAX_CHARS]) or " zempty "
    parts = (body, negation_marks(body), mask(clean_subject(subject)), rule_tokens(hits), attachment_tokens(attachments))
    return "\n".join(part for part in parts if part)


def message_features(msg: MailMessage, matcher: RuleMatcher) -> tuple[str, list[RuleHit]]:
    """The model's input for one message and the rule matches it includes; training and
    classification both use this, so the model always sees what it was trained on."""
    text, subject = readable(msg.new_text), readable(msg.subject)
    hits = matcher.hits(text) + matcher.hits(subject, in_subject=True)
    return model_text(subject, text, hits, msg.attachments), hits
