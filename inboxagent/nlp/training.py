"""Builds the intent model from labelled message sets (a folder of .eml plus labels.jsonl), reproducibly."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

from ..errors import InboxAgentError
from ..mail.parse import parse_message
from ..records import INTENTS, MailMessage
from .features import message_features
from .model import IntentModel, blank_pipeline
from .rulematch import RuleMatcher

SEED = 20261201
EPOCHS = 5
DROPOUT = 0.2
BATCH = (8.0, 32.0, 1.01)  # batch sizes grow from 8 to 32 messages


class LabelsError(InboxAgentError):
    """A labelled set is missing or malformed."""

    exit_code = 2


@dataclass(frozen=True)
class Labelled:
    path: Path
    label: dict[str, Any]
    message: MailMessage

    @property
    def intent(self) -> str:
        return str(self.label["intent"])


def read_labels(folder: Path) -> list[dict[str, Any]]:
    labels = folder / "labels.jsonl"
    if not labels.is_file():
        raise LabelsError(f"{labels}: no labels.jsonl in {folder}")
    rows = []
    for n, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LabelsError(f"{labels}:{n}: not JSON: {exc.msg}") from None
        if not isinstance(row, dict) or "file" not in row or row.get("intent") not in INTENTS:
            raise LabelsError(f"{labels}:{n}: needs \"file\" and an \"intent\" out of {', '.join(INTENTS)}")
        rows.append(row)
    return rows


def load_set(folder: Path) -> list[Labelled]:
    """Every labelled message of one folder, parsed exactly as the agent parses mail."""
    out = []
    for row in read_labels(folder):
        path = folder / row["file"]
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise LabelsError(f"{path}: cannot read: {exc.strerror or exc}") from None
        out.append(Labelled(path, row, parse_message(raw)))
    return out


def texts_for(items: Sequence[Labelled], matcher: RuleMatcher) -> list[str]:
    return [message_features(i.message, matcher)[0] for i in items]


def train(texts: Sequence[str], intents: Sequence[str], *, seed: int = SEED, epochs: int = EPOCHS,
          architecture: dict[str, Any] | None = None,
          progress: Callable[[int, float], None] | None = None) -> IntentModel:
    """A fresh model trained on (text, intent) pairs; the same inputs and seed give the same model."""
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = blank_pipeline(architecture)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": {k: float(k == i) for k in INTENTS}})
                for t, i in zip(texts, intents)]
    optimizer = nlp.initialize(lambda: examples)
    order = list(range(len(examples)))
    for epoch in range(epochs):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch([examples[k] for k in order], size=compounding(*BATCH)):
            nlp.update(batch, sgd=optimizer, drop=DROPOUT, losses=losses)
        if progress is not None:
            progress(epoch + 1, losses.get("textcat", 0.0))
    return IntentModel(nlp)


def spacy_version() -> str:
    return str(spacy.__version__)
