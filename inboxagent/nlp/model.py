"""The trained intent model: a spaCy text classifier shipped inside the package, loaded once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from ..errors import InboxAgentError
from ..records import INTENTS

MODEL_DIR = Path(__file__).resolve().parent / "model"

# Bag-of-words over words and word pairs: measured against the CNN ensemble on the
# development split (see `inboxagent train --help` and the note on issue 3), it was as
# accurate on unseen writers, 7x faster, and a fifth of the size.
ARCHITECTURE: dict[str, Any] = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 2**18,
}


class ModelError(InboxAgentError):
    """The intent model is missing or cannot be loaded."""

    exit_code = 2


def blank_pipeline(architecture: dict[str, Any] | None = None) -> Language:
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": dict(architecture or ARCHITECTURE)})
    for intent in INTENTS:
        textcat.add_label(intent)  # type: ignore[attr-defined]
    return nlp


class IntentModel:
    """Scores texts (see features.model_text) over the six intents; the scores sum to 1."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @classmethod
    def load(cls, path: Path | None = None) -> "IntentModel":
        where = path or MODEL_DIR
        if not (where / "config.cfg").is_file():
            raise ModelError(f"{where}: no trained intent model here (build it with `inboxagent train`)")
        try:
            return cls(spacy.load(where))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{where}: cannot load the intent model: {exc}") from None

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [{k: float(v) for k, v in doc.cats.items()} for doc in self.nlp.pipe(texts, batch_size=256)]

    def save(self, path: Path) -> None:
        self.nlp.to_disk(path)
