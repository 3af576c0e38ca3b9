"""The user's intent rules (rules/intents.toml) compiled to spaCy PhraseMatcher/Matcher, with negation."""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..records import INTENTS
from ..rules import Rules

# Tokens that end a negation's reach: "we won't pay late. We will pay Friday" is a promise.
_CLAUSE_BREAKS = frozenset({".", "!", "?", ";", "\n", "but", "however", "although", "though"})


@dataclass(frozen=True)
class RuleHit:
    intent: str
    text: str
    weight: float
    negated: bool
    in_subject: bool

    def explain(self) -> str:
        where = "subject" if self.in_subject else "text"
        state = " (negated)" if self.negated else ""
        return f"rule {self.intent}: {self.text!r} in {where}{state}"


class RuleMatcher:
    """Finds the phrases and token patterns of each intent in a text."""

    def __init__(self, rules: Rules, nlp: Language | None = None) -> None:
        self.rules = rules
        self.nlp = nlp or spacy.blank("en")
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher = Matcher(self.nlp.vocab)
        self.by_intent = {r.intent: r for r in rules.intents}
        for rule in rules.intents:
            if rule.phrases:
                self.phrases.add(rule.intent, [self.nlp.make_doc(p.replace("\u2019", "'")) for p in rule.phrases])
            if rule.patterns:
                self.matcher.add(rule.intent, [list(p) for p in rule.patterns])

    def hits_in(self, doc: Doc, in_subject: bool = False) -> list[RuleHit]:
        spans = []
        matches = list(self.phrases(doc)) + (list(self.matcher(doc)) if len(self.matcher) else [])
        for match_id, start, end in matches:
            span = doc[start:end]
            span.label_ = self.nlp.vocab.strings[match_id]
            spans.append(span)
        found = []
        for span in filter_spans(spans):  # the longest match wins where rules overlap
            rule = self.by_intent[span.label_]
            negated = rule.negatable and self._negated(doc, span.start, span.end)
            found.append(RuleHit(rule.intent, span.text, rule.weight * (0.5 if in_subject else 1.0), negated, in_subject))
        return found

    def hits(self, text: str, in_subject: bool = False) -> list[RuleHit]:
        # Phones and Outlook type curly apostrophes: "we’ll pay" is "we'll pay", "won’t" a negation.
        return self.hits_in(self.nlp.make_doc(text.replace("\u2019", "'").replace("\u2018", "'")), in_subject)

    def _negated(self, doc: Doc, start: int, end: int) -> bool:
        """A negation word within the window before the match (or inside it), same clause."""
        for i in range(end - 1, max(-1, start - self.rules.negation_window - 1), -1):
            word = doc[i].lower_
            if i < start and (word in _CLAUSE_BREAKS or "\n" in doc[i].text):
                return False
            if word in self.rules.negations:
                return True
        return False


def rule_scores(hits: list[RuleHit]) -> dict[str, float]:
    """The summed weight of each intent's un-negated hits."""
    scores = {intent: 0.0 for intent in INTENTS}
    for hit in hits:
        if not hit.negated:
            scores[hit.intent] += hit.weight
    return scores
