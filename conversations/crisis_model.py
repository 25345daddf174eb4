"""The crisis screen's learned backstop: a linear model over a message's normalised words.

The lexicon rules catch what reviewers wrote down; people in danger often say it in words nobody
listed ("the pills are in my bag", "I won't need a group after Friday"). This model is trained
on the labelled corpus in `conversations/crisis_corpus/` and is asked when no rule fired (at a
stricter threshold when a guard set a rule's hit aside).
It sees the same normalised words as the rules (typos, leetspeak and scripts already folded).

Features are words, word pairs, words two apart and five-letter stems. Each word has a 63-bit
key (CRC-32 and Adler-32 of its letters, remembered per word); a pair's key is the first word's
key times an odd constant, XOR the second's. The shipped file holds only the keys seen in
training, sorted, beside their weights (half floats). A message is read with plain Python over
arrays, not NumPy, which is for training (see `_rows`).
"""

from __future__ import annotations

import io
import json
import math
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from struct import Struct

import numpy as np
import numpy.typing as npt

__all__ = ["NONE", "CrisisModel", "feature_keys", "fit"]

# The class for "no crisis"; every other class is a crisis category's name.
NONE = "none"

_STEM = 5  # letters kept of a long word, so "killing"/"killed" share a feature
_BITS = (1 << 63) - 1  # keys fit a signed 64-bit integer (array "q", NumPy int64)
# Odd multipliers: a pair "a b" and the same words one apart "a _ b" get different keys.
_PAIR = 0x9E3779B97F4A7C15
_SKIP = 0xC2B2AE3D27D4EB4F
_SEEN = 8192  # keys whose rows are remembered (about 1 MB at most)
# Written into the model file: a file keyed another way is refused, not misread.
_KEY_FORMAT = "adler32-crc32 words, pairs mixed by xor"


def _key(text: str) -> int:
    data = text.encode()
    # Two different checksums: CRC-32 alone would let one unknown word in 40,000 borrow a weight.
    return ((zlib.adler32(data) << 32) | zlib.crc32(data)) & _BITS


@lru_cache(maxsize=8192)  # about 2 MB at most; everyday words recur
def _word_keys(word: str) -> tuple[int, int, int, int]:
    """A word's key, its key as the first of a pair and as the first of two words one apart,
    and its stem's key (0 when the word is too short to have a stem)."""
    key = _key(word)
    stem = _key(word[:_STEM] + "~") if len(word) > _STEM + 1 else 0
    return key, (key * _PAIR) & _BITS, (key * _SKIP) & _BITS, stem


_CLAUSE_KEYS = _word_keys(",")


def feature_keys(words: Sequence[str]) -> list[list[int]]:
    """The features of a message's normalised words ("." and "," mark sentences and clauses),
    as keys, one list per sentence that has any. Features are each word, its stem, each pair of
    neighbours (a clause mark may be the first: "not , just sad" differs from "not sad") and
    each two words one apart; none crosses a sentence. A list may repeat a key."""
    sentences: list[list[int]] = []
    current: list[int] = []
    previous: tuple[int, int, int, int] | None = None
    before: tuple[int, int, int, int] | None = None
    for word in words:
        if word == ".":
            if current:
                sentences.append(current)
                current = []
            previous = before = None
            continue
        if word == ",":
            before, previous = previous, _CLAUSE_KEYS
            continue
        keys = _word_keys(word)
        key = keys[0]
        current.append(key)
        if keys[3]:
            current.append(keys[3])
        if previous is not None:
            current.append(previous[1] ^ key)
        if before is not None and before is not _CLAUSE_KEYS:
            current.append(before[2] ^ key)
        before, previous = previous, keys
    if current:
        sentences.append(current)
    return sentences


def _crisis_odds(logits: list[float]) -> float:
    """The odds of any crisis class against "none" (the first class)."""
    return sum(math.exp(min(z - logits[0], 60.0)) for z in logits[1:])


@dataclass(frozen=True, slots=True)
class CrisisModel:
    """Weights per feature key and class; `threshold` is the crisis probability at which a
    message no rule caught is handed off, and `guarded_threshold` the stricter one for a message
    where a rule matched but a guard ("not", "my brother", "years ago") set it aside."""

    classes: tuple[str, ...]
    keys: npt.NDArray[np.int64]  # sorted feature keys
    weights: npt.NDArray[np.float16]  # one row per key, one column per class
    bias: npt.NDArray[np.float32]
    threshold: float
    guarded_threshold: float = 1.0  # 1.0: a guard always wins
    # Read from plain Python arrays, not NumPy: a message needs only a few dozen numbers, and
    # between two messages the rules' work pushes NumPy's code out of the CPU's caches, so one
    # small NumPy call costs more than the whole sum in Python.
    _ordered: array[int] = field(init=False, repr=False, compare=False)  # the keys
    _flat: bytes = field(init=False, repr=False, compare=False)  # rows of half floats
    _row: Struct = field(init=False, repr=False, compare=False)  # reads one row
    _start: tuple[float, ...] = field(init=False, repr=False, compare=False)  # the bias
    # Rows of recently seen keys (-1: unknown): words recur from message to message.
    _seen: dict[int, int] = field(init=False, repr=False, compare=False)

    def _rows(self, keys: Iterable[int]) -> dict[int, int]:
        """Each of these keys' row, or -1 for a key the model never saw."""
        seen = self._seen
        ordered = self._ordered
        size = len(ordered)
        rows: dict[int, int] = {}
        for key in keys:
            row = seen.get(key)
            if row is None:
                at = bisect_left(ordered, key)
                row = at if at < size and ordered[at] == key else -1
                if len(seen) >= _SEEN:
                    seen.clear()  # thread-safe: a reader that misses just searches again
                seen[key] = row
            rows[key] = row
        return rows

    def _sum(self, rows: Iterable[int]) -> list[float]:
        """The class logits of a reading whose features have these rows (each once)."""
        flat = self._flat
        read = self._row.unpack_from
        size = self._row.size
        parts = [read(flat, row * size) for row in rows if row >= 0]
        parts.append(self._start)
        # A row is one unpack (one cache line); zip turns the rows into per-class columns.
        return [sum(column) for column in zip(*parts, strict=True)]

    def _logits(self, words: Sequence[str], by_sentence: bool = True) -> list[list[float]]:
        """One row of class logits per reading: the whole message, then (if `by_sentence`)
        each sentence alone when there are several (a disclosure in one sentence of a long, calm
        request is not drowned by the rest). A feature counts once per reading."""
        sentences = feature_keys(words)
        if not sentences:
            return [self._sum(())]
        every = sentences[0] if len(sentences) == 1 else [k for s in sentences for k in s]
        row_of = self._rows(dict.fromkeys(every))
        message = self._sum(row_of.values())
        if len(sentences) < 2 or not by_sentence:
            return [message]
        # Distinct keys have distinct rows, all but the unknown ones (which `_sum` skips).
        each = (self._sum([row_of[key] for key in dict.fromkeys(keys)]) for keys in sentences)
        return [message, *each]

    def probabilities(self, words: Sequence[str]) -> dict[str, float]:
        """Each class's probability for a message's normalised words, read whole."""
        logits = np.array(self._logits(words)[0], dtype=np.float64)
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
        for logits in self._logits(words, by_sentence and not guarded):
            if _crisis_odds(logits) >= cutoff:
                return self.classes[max(range(1, len(logits)), key=logits.__getitem__)]
        return None

    def score(self, words: Sequence[str], *, by_sentence: bool = True) -> float:
        """The highest probability of any crisis, over the whole message and (if `by_sentence`)
        each sentence: what `judge` compares with the threshold."""
        odds = max(_crisis_odds(logits) for logits in self._logits(words, by_sentence))
        return odds / (1.0 + odds)

    def __post_init__(self) -> None:
        if not self.classes or self.classes[0] != NONE:
            raise ValueError(f"the first class must be {NONE!r}")
        shape = (len(self.keys), len(self.classes))
        if self.keys.dtype != np.int64 or self.weights.shape != shape:
            raise ValueError("keys must be 64-bit, with one row of weights per key")
        half = np.ascontiguousarray(self.weights, dtype=np.float16).tobytes()
        ordered = array("q", self.keys.astype(np.int64).tobytes())
        object.__setattr__(self, "_flat", half)
        object.__setattr__(self, "_row", Struct(f"<{len(self.classes)}e"))
        object.__setattr__(self, "_ordered", ordered)
        object.__setattr__(self, "_start", tuple(self.bias.astype(np.float64).tolist()))
        # The NumPy fields are views of the same memory: one copy, not two.
        rows = np.frombuffer(half, dtype=np.float16).reshape(shape)
        object.__setattr__(self, "weights", rows)
        object.__setattr__(self, "keys", np.frombuffer(ordered, dtype=np.int64))
        object.__setattr__(self, "_seen", {})

    def save(self, path: Path) -> None:
        """Write the model as one compressed NumPy file."""
        buffer = io.BytesIO()
        meta = json.dumps(
            {
                "classes": list(self.classes),
                "threshold": self.threshold,
                "guarded_threshold": self.guarded_threshold,
                "keys": _KEY_FORMAT,
            }
        )
        np.savez_compressed(
            buffer,
            keys=self.keys,
            weights=self.weights.astype(np.float16),  # half floats: half the file
            bias=self.bias,
            meta=np.frombuffer(meta.encode(), dtype=np.uint8),
        )
        path.write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> CrisisModel:
        """Read a model written by `save`."""
        with np.load(path) as data:
            meta = json.loads(bytes(data["meta"]).decode())
            if meta.get("keys") != _KEY_FORMAT:
                # Keys made another way would all miss: the model would silently say nothing.
                raise ValueError("the model's features are keyed another way: retrain it")
            return cls(
                classes=tuple(meta["classes"]),
                keys=data["keys"].astype(np.int64),
                weights=data["weights"],
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
    """A multinomial logistic regression over `feature_keys`, trained full-batch with Adam.

    Deterministic: the same messages and labels give the same model. Classes are weighted so
    that crisis and no-crisis lines count equally whatever their numbers. Features seen in
    fewer than `min_count` messages are left out: they would only memorise single lines.
    """
    if not classes or classes[0] != NONE:
        raise ValueError(f"the first class must be {NONE!r}")
    class_index = {c: i for i, c in enumerate(classes)}
    per_message = [
        dict.fromkeys(key for keys in feature_keys(words) for key in keys) for words in messages
    ]
    counts = Counter(key for seen in per_message for key in seen)
    vocabulary: dict[int, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for row, seen in enumerate(per_message):
        for key in seen:
            if counts[key] >= min_count:
                rows.append(row)
                columns.append(vocabulary.setdefault(key, len(vocabulary)))
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
    known = np.fromiter(vocabulary, dtype=np.int64, count=len(vocabulary))
    order = np.argsort(known, kind="stable")
    return CrisisModel(
        classes=tuple(classes),
        keys=known[order],
        weights=weights[order].astype(np.float16),
        bias=bias.astype(np.float32),
        threshold=threshold,
    )
