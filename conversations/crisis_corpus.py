"""The labelled corpus the crisis model learns from, and the training that ships the model.

`conversations/crisis_corpus/<language>.jsonl` holds one message per line with its label, written
by hand as people write to a support-group bot: crisis lines of every kind and hard safe lines
(idioms, grief, family members, past recovery, professionals' questions). A reviewer who adds
lines runs `groupfinder train-screen` to refit the model and choose its threshold again.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from conversations.crisis import MODEL_PATH, Category, message_words, read_rules
from conversations.crisis_model import NONE, CrisisModel, fit

# How sure the model must be to overrule a reviewer's guard ("I'm not suicidal", "my brother",
# "years ago"). Linear word features read negation and quotes poorly: on the project's own hard
# negatives, "I don't want to kill myself" alone scores about 0.9.
GUARDED_THRESHOLD = 0.95
# The share of the corpus's safe lines the model may add to the rules' false alarms in
# cross-validation. 4% gains about a point of recall on unseen sets, but it hands off on the
# project's own everyday lines ("on the roof fixing the antenna", a lone warning sign).
MAX_FALSE_ALARMS = 0.03

__all__ = [
    "CORPUS_DIR",
    "MAX_FALSE_ALARMS",
    "CorpusError",
    "CorpusLine",
    "Training",
    "read_corpus",
    "train",
]

CORPUS_DIR = Path(__file__).resolve().parent / "crisis_corpus"
CLASSES = (NONE, *(c.value for c in Category))


class CorpusError(ValueError):
    """A corpus file that cannot be read, naming the file and line."""


class CorpusLine(BaseModel):
    """One labelled message."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    text: str = Field(min_length=1, max_length=4096)
    crisis: bool
    category: Category | None = None
    kind: str = ""

    @model_validator(mode="before")
    @classmethod
    def _none_is_no_category(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("category") == NONE:
            return {**data, "category": None}
        return data

    @property
    def label(self) -> str:
        """The class the model learns for this line: a category, or "none"."""
        if not self.crisis:
            return NONE
        # A crisis line without a category is taught as suicidal, the most common one.
        return (self.category or Category.suicidal).value


def read_corpus(directory: Path = CORPUS_DIR) -> list[CorpusLine]:
    """Every line of every `*.jsonl` file in the directory, in file and line order."""
    lines: list[CorpusLine] = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            try:
                lines.append(CorpusLine.model_validate(json.loads(raw)))
            except (json.JSONDecodeError, ValidationError) as error:
                reason = type(error).__name__
                message = f"{path.name}, line {number}: not a labelled line ({reason})"
                raise CorpusError(message) from error
    return lines


@dataclass(frozen=True, slots=True)
class Training:
    """A fitted model and how it did on lines it had not seen (cross-validation)."""

    model: CrisisModel
    lines: int
    rules_recall: float  # share of crisis lines the lexicon rules alone catch
    rules_false_alarms: float  # share of safe lines the rules alone hand off
    recall: float  # rules or model, each line scored by a model trained without it
    false_alarms: float  # the same, on safe lines


def _threshold(safe_scores: Sequence[float], allowed: int) -> float:
    """The lowest threshold at which at most `allowed` of these safe lines would fire."""
    ranked = sorted(safe_scores, reverse=True)
    if allowed >= len(ranked):
        return 0.5
    # Just above the score of the first safe line that must not fire.
    return min(0.99, float(np.nextafter(ranked[allowed], 1.0)))


def train(
    lines: Sequence[CorpusLine],
    *,
    folds: int = 5,
    max_false_alarms: float = MAX_FALSE_ALARMS,
    guarded_threshold: float = GUARDED_THRESHOLD,
) -> Training:
    """Fit the model on every line, with the threshold at which the model adds, in
    cross-validation, at most `max_false_alarms` (a share of all safe lines) to the false
    alarms the lexicon rules already raise; it overrules a guard at `guarded_threshold` (never
    below the other). Deterministic for the same lines."""
    if folds < 2 or len(lines) < folds:
        raise ValueError("need at least two folds and a line per fold")
    words = [message_words(line.text) for line in lines]
    labels = [line.label for line in lines]
    readings = [read_rules(line.text) for line in lines]
    ruled = np.array([reading.fired for reading in readings])
    scores = np.zeros(len(lines))
    for fold in range(folds):
        held = [i for i in range(len(lines)) if i % folds == fold]
        kept = [i for i in range(len(lines)) if i % folds != fold]
        model = fit([words[i] for i in kept], [labels[i] for i in kept], CLASSES)
        for i in held:
            # Where a guard spoke, the screen reads only the whole message (see `judge`).
            by_sentence = not (readings[i].explained or readings[i].guarded)
            scores[i] = model.score(words[i], by_sentence=by_sentence)
    crisis = np.array([line.crisis for line in lines])
    # The screen asks the model at its usual threshold when no rule fired and no guard spoke;
    # when a guard spoke, at the stricter one.
    asked = np.array([not (reading.fired or reading.guarded) for reading in readings])
    guarded = np.array(
        [reading.guarded and not (reading.fired or reading.firm) for reading in readings]
    )
    open_safe = scores[~crisis & asked].tolist()
    threshold = _threshold(open_safe, int(max_false_alarms * (~crisis).sum()))
    guarded_threshold = max(threshold, guarded_threshold)
    final = fit(words, labels, CLASSES, threshold=threshold)
    final = dataclasses.replace(final, guarded_threshold=guarded_threshold)
    fired = ruled | (asked & (scores >= threshold)) | (guarded & (scores >= guarded_threshold))
    return Training(
        model=final,
        lines=len(lines),
        rules_recall=_share(ruled[crisis]),
        rules_false_alarms=_share(ruled[~crisis]),
        recall=_share(fired[crisis]),
        false_alarms=_share(fired[~crisis]),
    )


def _share(flags: npt.NDArray[np.bool_]) -> float:
    return float(flags.mean()) if len(flags) else 0.0


def train_and_save(
    corpus: Path = CORPUS_DIR, out: Path = MODEL_PATH, *, max_false_alarms: float = MAX_FALSE_ALARMS
) -> Training:
    """Read the corpus, train, and write the model the screen loads."""
    training = train(read_corpus(corpus), max_false_alarms=max_false_alarms)
    training.model.save(out)
    return training
