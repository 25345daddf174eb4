"""The crisis screen's learned backstop: a linear model over a message's normalised words.

The lexicon rules catch what reviewers wrote down; people in danger often say it in words nobody
listed ("the pills are in my bag", "I won't need a group after Friday"). This model is trained
on the labelled corpus in `conversations/crisis_corpus/` and is asked when no rule fired (at a
stricter threshold when a guard set a rule's hit aside).
It sees the same normalised words as the rules (typos, leetspeak and scripts already folded).

Features are words, word pairs, words two apart and five-letter stems, each hashed with CRC-32
so the shipped file holds only the features seen in training, sorted, beside their weights.
"""

from __future__ import annotations

import io
import json
import math
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

__all__ = ["NONE", "CrisisModel", "features", "fit"]

# The class for "no crisis"; every other class is a crisis category's name.
NONE = "none"

_STEM = 5  # letters kept of a long word, so "killing"/"killed" share a feature


def features(words: Sequence[str]) -> list[str]:
    """The feature names of one message, from its normalised words ("." and "," mark
    sentences and clauses; pairs never cross a sentence)."""
    out: list[str] = []
    previous = ""
    before = ""
    for word in words:
        if word == ".":
            previous = before = ""
            continue
        if word == ",":
            # A clause mark is kept inside pairs: "not , just sad" differs from "not sad".
            before, previous = previous, ","
            continue
        out.append(word)
        if len(word) > _STEM + 1:
            out.append(word[:_STEM] + "~")
        if previous:
            out.append(previous + " " + word)
        if before and before != ",":
            out.append(before + " _ " + word)
        before, previous = previous, word
    return out


def _sentence_features(words: Sequence[str]) -> list[list[str]]:
    """Each sentence's distinct feature names; sentences without any are left out."""
    out: list[list[str]] = []
    start = 0
    for end in [*(i for i, word in enumerate(words) if word == "."), len(words)]:
        names = list(dict.fromkeys(features(words[start:end])))
        if names:
            out.append(names)
        start = end + 1
    return out


def _crisis_odds(logits: list[float]) -> float:
    """The odds of any crisis class against "none" (the first class)."""
    return sum(math.exp(min(z - logits[0], 60.0)) for z in logits[1:])


def _hashes(names: Iterable[str]) -> npt.NDArray[np.uint32]:
    return np.fromiter((zlib.crc32(n.encode()) for n in names), dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class CrisisModel:
    """Weights per hashed feature and class; `threshold` is the crisis probability at which a
    message no rule caught is handed off, and `guarded_threshold` the stricter one for a message
    where a rule matched but a guard ("not", "my brother", "years ago") set it aside."""

    classes: tuple[str, ...]
    keys: npt.NDArray[np.uint32]  # sorted feature hashes
    weights: npt.NDArray[np.float16]  # one row per key, one column per class; half floats
    bias: npt.NDArray[np.float32]
    threshold: float
    guarded_threshold: float = 1.0  # 1.0: a guard always wins

    def _logits(self, words: Sequence[str], by_sentence: bool = True) -> npt.NDArray[np.float32]:
        """One row of class logits per reading: the whole message, then (if `by_sentence`)
        each sentence alone when there are several (a disclosure in one sentence of a long, calm
        request is not drowned by the rest). Every feature is looked up once."""
        per_sentence = _sentence_features(words)
        unique = dict.fromkeys(name for names in per_sentence for name in names)
        if not unique or not len(self.keys):
            return np.atleast_2d(self.bias)
        hashes = np.array([zlib.crc32(name.encode()) for name in unique], dtype=np.uint32)
        # A hash above every key lands one past the end: bring it back onto the last key.
        where = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
        known = (self.keys[where] == hashes).astype(np.float32)
        rows = self.weights[where].astype(np.float32)
        message = self.bias + known @ rows
        if len(per_sentence) < 2 or not by_sentence:
            return np.atleast_2d(message)
        rows *= known[:, None]
        position = {name: i for i, name in enumerate(unique)}
        order = [position[name] for names in per_sentence for name in names]
        starts = np.cumsum([0, *(len(names) for names in per_sentence[:-1])])
        sentences = self.bias + np.add.reduceat(rows[order], starts, axis=0)
        logits: npt.NDArray[np.float32] = np.vstack([message, sentences])
        return logits

    def probabilities(self, words: Sequence[str]) -> dict[str, float]:
        """Each class's probability for a message's normalised words, read whole."""
        logits = self._logits(words)[0].astype(np.float64)
        exp = np.exp(logits - logits.max())
        probs = exp / exp.sum()
        return {name: float(p) for name, p in zip(self.classes, probs, strict=True)}

    def judge(
        self, words: Sequence[str], *, by_sentence: bool = True, guarded: bool = False
    ) -> str | None:
        """The crisis category this message most likely shows, or None when neither the whole
        message nor (if `by_sentence`) any one of its sentences reaches the threshold. If
        `guarded` (a guard set a rule's hit aside), only the whole message is read, against
        the guarded threshold: a sentence alone would lose the context the guard saw."""
        threshold = self.guarded_threshold if guarded else self.threshold
        if threshold >= 1.0:
            return None
        cutoff = threshold / (1.0 - threshold)
        for logits in self._logits(words, by_sentence and not guarded).tolist():
            if _crisis_odds(logits) >= cutoff:
                return self.classes[max(range(1, len(logits)), key=logits.__getitem__)]
        return None

    def score(self, words: Sequence[str], *, by_sentence: bool = True) -> float:
        """The highest probability of any crisis, over the whole message and (if `by_sentence`)
        each sentence: what `judge` compares with the threshold."""
        odds = max(_crisis_odds(logits) for logits in self._logits(words, by_sentence).tolist())
        return odds / (1.0 + odds)

    def __post_init__(self) -> None:
        if not self.classes or self.classes[0] != NONE:
            raise ValueError(f"the first class must be {NONE!r}")

    def save(self, path: Path) -> None:
        """Write the model as one compressed NumPy file."""
        buffer = io.BytesIO()
        meta = json.dumps(
            {
                "classes": list(self.classes),
                "threshold": self.threshold,
                "guarded_threshold": self.guarded_threshold,
            }
        )
        np.savez_compressed(
            buffer,
            keys=self.keys,
            weights=self.weights,
            bias=self.bias,
            meta=np.frombuffer(meta.encode(), dtype=np.uint8),
        )
        path.write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> CrisisModel:
        """Read a model written by `save`."""
        with np.load(path) as data:
            meta = json.loads(bytes(data["meta"]).decode())
            return cls(
                classes=tuple(meta["classes"]),
                keys=data["keys"].astype(np.uint32),
                weights=data["weights"].astype(np.float16),
                bias=data["bias"].astype(np.float32),
                threshold=float(meta["threshold"]),
                guarded_threshold=float(meta.get("guarded_threshold", 1.0)),
            )


def fit(
    messages: Sequence[Sequence[str]],
    labels: Sequence[str],
    classes: Sequence[str],
    *,
    threshold: float = 0.5,
    l2: float = 1e-4,
    epochs: int = 200,
    min_count: int = 3,
) -> CrisisModel:
    """A multinomial logistic regression over `features`, trained full-batch with Adam.

    Deterministic: the same messages and labels give the same model. Classes are weighted so
    that crisis and no-crisis lines count equally whatever their numbers. Features seen in
    fewer than `min_count` messages are left out: they would only memorise single lines.
    """
    if not classes or classes[0] != NONE:
        raise ValueError(f"the first class must be {NONE!r}")
    class_index = {c: i for i, c in enumerate(classes)}
    per_message = [dict.fromkeys(features(words)) for words in messages]
    counts = Counter(name for names in per_message for name in names)
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for row, names in enumerate(per_message):
        for name in names:
            if counts[name] >= min_count:
                rows.append(row)
                columns.append(vocabulary.setdefault(name, len(vocabulary)))
    n, v, k = len(messages), len(vocabulary), len(classes)
    row_of = np.asarray(rows, dtype=np.int64)
    column_of = np.asarray(columns, dtype=np.int64)
    target = np.zeros((n, k))
    target[np.arange(n), [class_index[label] for label in labels]] = 1.0
    is_none = target[:, class_index[NONE]] == 1.0
    sample = np.where(is_none, 0.5 / max(is_none.sum(), 1), 0.5 / max((~is_none).sum(), 1))
    weights = np.zeros((v, k))
    bias = np.zeros(k)
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros(k), np.zeros(k)]
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        logits = np.zeros((n, k))
        for c in range(k):
            logits[:, c] = np.bincount(row_of, weights=weights[column_of, c], minlength=n)
        logits += bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - target) * sample[:, None]
        grad_w = np.empty_like(weights)
        for c in range(k):
            grad_w[:, c] = np.bincount(column_of, weights=error[row_of, c], minlength=v)
        grad_w += l2 * weights
        grad_b = error.sum(axis=0)
        for param, grad, m, s in (
            (weights, grad_w, moments[0], moments[1]),
            (bias, grad_b, moments[2], moments[3]),
        ):
            m *= beta1
            m += (1 - beta1) * grad
            s *= beta2
            s += (1 - beta2) * grad * grad
            m_hat = m / (1 - beta1**step)
            s_hat = s / (1 - beta2**step)
            param -= rate * m_hat / (np.sqrt(s_hat) + eps)
    keys = _hashes(vocabulary)
    order = np.argsort(keys, kind="stable")
    return CrisisModel(
        classes=tuple(classes),
        keys=keys[order],
        weights=weights[order].astype(np.float16),
        bias=bias.astype(np.float32),
        threshold=threshold,
    )
