"""Bounds on what the intent pipeline reads of one message, so that hostile text costs linear time.

A reply's own new text is a few hundred characters. What is far longer is pasted history,
a statement or a base64 blob, and some of it is quadratic to read: spaCy's tokenizer peels a
run of punctuation one character at a time (5,000 "=" took 8.5 s), and extract.py scores each
date and amount candidate against its clause (300 amounts on one line took 2.8 s, 2,000 took
two minutes). So the classifier and the extractors read at most READ_CHARS characters, with
runs of punctuation cut to MAX_RUN characters, and score at most the first and last few
candidates (a remittance table's total is usually its last amount).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

READ_CHARS = 20_000
MAX_RUN = 20
FIRST_CANDIDATES, LAST_CANDIDATES = 32, 8

_PUNCTUATION_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_RUN + 1))

T = TypeVar("T")


def readable(text: str) -> str:
    """The part of `text` the classifier and the extractors read (see the module docstring)."""
    return _PUNCTUATION_RUN.sub(lambda m: m.group(0)[:MAX_RUN], text[:READ_CHARS])


def few(candidates: Sequence[T]) -> list[T]:
    """The candidates worth scoring: all of a normal message's, the first and last of a flood."""
    if len(candidates) <= FIRST_CANDIDATES + LAST_CANDIDATES:
        return list(candidates)
    return [*candidates[:FIRST_CANDIDATES], *candidates[-LAST_CANDIDATES:]]
