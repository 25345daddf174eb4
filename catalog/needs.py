"""The need vocabulary: the ids a group's topics use, their labels, and free-text need detection.

How a need is found in someone's words (see `explain_needs` for the evidence behind a result):
1. Both the text and the vocabulary (catalog/data/needs.toml) go through `normalise`.
2. Each word of the text is read as a vocabulary word: as is, joined with the next word
   ("post natal" -> "postnatal"), split in two ("selfharm" -> "self harm"), or, failing those,
   corrected to the closest vocabulary word with the same first letter (rapidfuzz ratio).
3. Phrasings are matched as whole-word runs of that reading. A strong phrasing scores more than a
   weak one, a longer one more than a shorter one, a typo-corrected one a little less, and one
   inside a longer phrasing of another need counts little ("depression" in "postnatal depression").
4. A person named shortly before someone's condition ("my son ... schizophrenia") adds `caregivers`
   (and `relationships` for a partner) just below that condition.
5. Evidence is combined per need: the best hit plus a little for each further one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import product
from typing import Any, Literal

from anyascii import anyascii
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

# Order is the order of the intake's buttons and of tie-breaks.
NEED_LABELS: dict[str, str] = {
    "anxiety": "Anxiety and panic",
    "depression": "Depression and low mood",
    "bipolar": "Bipolar",
    "grief": "Grief and loss",
    "suicide-loss": "Losing someone to suicide",
    "self-harm": "Self-harm",
    "trauma": "Trauma and PTSD",
    "ocd": "OCD",
    "psychosis": "Psychosis and schizophrenia",
    "eating-disorders": "Eating disorders",
    "perinatal": "Pregnancy and new parents",
    "alcohol": "Alcohol",
    "drugs": "Drugs",
    "gambling": "Gambling",
    "adhd": "ADHD",
    "loneliness": "Loneliness",
    "stress": "Stress and burnout",
    "chronic-illness": "Living with long-term illness",
    "caregivers": "Caring for someone",
    "relationships": "Relationships and family",
    "abuse": "Abuse and domestic violence",
    "general": "General emotional support",
}
NEED_IDS: frozenset[str] = frozenset(NEED_LABELS)

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de", "pt")

# Scores of one hit, before its need's weight: strong/weak base, per extra word, ceilings.
_STRONG = 85.0
_WEAK = 55.0
_PER_WORD = 4.0
_STRONG_CAP = 98.0
_WEAK_CAP = 68.0
# A phrasing found inside a longer phrasing of another need is mostly that other need's words.
_CONTAINED = 0.6
# Each further hit of a need closes this share of the gap to 100, scaled by its own score.
_CORROBORATION = 0.3
# Caregivers (and relationships, for a partner) land this far below the condition they come from.
_CARER_GAP = 8.0
_PARTNER_GAP = 15.0
# Typo correction: shortest word tried and least rapidfuzz ratio accepted. Words of four to six
# letters may only gain or lose a letter ("evry"): one changed letter turns too many real words
# into others ("tiene" -> "tense", "cancel" -> "cancer").
_TYPO_MIN_LEN = 4
_TYPO_SHORT_LEN = 6
_TYPO_CUTOFF = 80.0
_TYPO_CUTOFF_SHORT = 85.0
# Needs scoring below this are too faint to offer (e.g. a weak word inside another need's phrase).
_MIN_SCORE = 40.0
# Bounds the work on a pasted essay; a need is said in far fewer words.
_MAX_WORDS = 400
# No vocabulary word is longer; longer runs of letters are not worth correcting or splitting.
_LONGEST_WORD = 40

_TIE_ORDER = {need: i for i, need in enumerate(NEED_LABELS)}


@dataclass(frozen=True, slots=True)
class NeedMatch:
    """One need found in a person's words, with a 0-100 confidence."""

    need: str
    score: float


@dataclass(frozen=True, slots=True)
class NeedEvidence:
    """Why a need was found: the phrasing (or carer cue), the person's words it matched, a score.

    `how` is "exact" (the words as typed), "typo" (after a spelling correction) or "carer"
    (someone named before another person's condition).
    """

    need: str
    phrasing: str
    words: str
    score: float
    how: Literal["exact", "typo", "carer"]


# --- normalisation ---------------------------------------------------------------------------

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc`\u00b4]")
# "can't" -> "cant", "i'm" -> "im": how people type them when they skip the apostrophe.
_JOINED_CONTRACTION = re.compile(r"'(t|m)\b")
# "husband's" -> "husband", "i've" -> "i": the suffix adds nothing a phrasing needs.
_DROPPED_CONTRACTION = re.compile(r"'(s|d|ll|re|ve)\b")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    """Lowercase ASCII words separated by single spaces: accents and other scripts transliterated
    (anyascii), English contractions folded ("can't" -> "cant", "mum's" -> "mum"), every other
    non-alphanumeric run turned into one space. The same on both sides of every comparison."""
    ascii_text = anyascii(text).lower()
    ascii_text = _APOSTROPHES.sub("'", ascii_text)
    ascii_text = _JOINED_CONTRACTION.sub(r"\1", ascii_text)
    ascii_text = _DROPPED_CONTRACTION.sub("", ascii_text)
    return _NOT_ALNUM.sub(" ", ascii_text).strip()


# --- the vocabulary, loaded once -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Phrase:
    need: str
    words: tuple[str, ...]
    weak: bool
    about_someone: bool  # expanded from a {slot} template: names a person ("my {relative} drinks")


@dataclass(slots=True)
class _Node:
    """A word trie: each phrasing is the path of its words; `ends` are the phrasings ending here."""

    children: dict[str, _Node] = field(default_factory=dict)
    ends: list[_Phrase] = field(default_factory=list)

    def add(self, phrase: _Phrase) -> None:
        node = self
        for word in phrase.words:
            node = node.children.setdefault(word, _Node())
        node.ends.append(phrase)


@dataclass(frozen=True, slots=True)
class _Cue:
    words: tuple[str, ...]
    partner: bool


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    trie: _Node
    phrasings: Mapping[str, tuple[str, ...]]
    weights: Mapping[str, float]
    known: frozenset[str]
    bands: Mapping[tuple[str, int], tuple[str, ...]]  # (first letter, length) -> typo candidates
    anagrams: Mapping[str, tuple[str, ...]]  # sorted letters -> vocabulary words
    aliases: Mapping[str, tuple[str, float]]  # vocabulary word -> its nearest other one
    cues_by_first: Mapping[str, tuple[_Cue, ...]]
    first_person: frozenset[str]
    conditions: frozenset[str]
    window: int


_SLOT = re.compile(r"\{([a-z_]+)\}")


def _length_slack(length: int) -> int:
    # "gaming" is not "gambling": short words may gain or lose one letter, long ones two.
    return 1 if length < 8 else 2


def _closest(
    word: str,
    bands: Mapping[tuple[str, int], tuple[str, ...]],
    anagrams: Mapping[str, tuple[str, ...]],
) -> tuple[str, float] | None:
    """The other vocabulary word `word` is most likely a misspelling of, with the ratio."""
    if not _TYPO_MIN_LEN <= len(word) <= _LONGEST_WORD or not word.isalpha():
        return None
    # Typos rarely change the first letter; it also keeps "other" from becoming "mother".
    choices = bands.get((word[0], len(word)), ())
    cutoff = _TYPO_CUTOFF_SHORT if len(word) <= _TYPO_SHORT_LEN else _TYPO_CUTOFF
    for found, score, _ in process.extract(
        word, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=2
    ):
        if found != word:
            return found, float(score)
    # Two swapped neighbours ("swigns") are one slip of the fingers, whatever the length.
    for known in anagrams.get("".join(sorted(word)), ()):
        if known != word and OSA.distance(word, known) == 1:
            return known, float(fuzz.ratio(word, known))
    return None


def _expand(template: str, slots: Mapping[str, Sequence[str]]) -> list[str]:
    """Every phrasing a template stands for: each {slot} replaced by each of its words."""
    names = _SLOT.findall(template)
    if not names:
        return [template]
    pieces = _SLOT.split(template)  # literal, name, literal, name, ..., literal
    expanded = []
    for choice in product(*(slots[name] for name in names)):
        text = pieces[0]
        for value, literal in zip(choice, pieces[2::2], strict=True):
            text += value + literal
        expanded.append(text)
    return expanded


def _read_toml() -> dict[str, Any]:
    source = resources.files("catalog").joinpath("data", "needs.toml")
    with source.open("rb") as handle:
        return tomllib.load(handle)


def _load(data: Mapping[str, Any]) -> _Vocabulary:
    slots: dict[str, list[str]] = data.get("slots", {})
    phrases: dict[tuple[str, tuple[str, ...]], _Phrase] = {}
    phrasings: dict[str, list[str]] = {need: [] for need in NEED_LABELS}
    weights: dict[str, float] = {}
    for need, entry in data["needs"].items():
        if need not in NEED_IDS:
            raise ValueError(f"needs.toml names an unknown need id: {need!r}")
        weights[need] = float(entry.get("weight", 1.0))
        for language in LANGUAGES:
            for raw in entry.get(language, []):
                weak = raw.startswith("~")
                about_someone = "{" in raw
                for text in _expand(raw.lstrip("~"), slots):
                    words = tuple(normalise(text).split())
                    if not words:
                        continue
                    key = (need, words)
                    # A phrasing listed strong anywhere stays strong.
                    if key not in phrases or not weak:
                        phrases[key] = _Phrase(need, words, weak, about_someone)
    trie = _Node()
    for phrase in phrases.values():
        trie.add(phrase)
        phrasings[phrase.need].append(" ".join(phrase.words))

    carers: Mapping[str, Any] = data.get("carers", {})
    cues: dict[str, list[_Cue]] = {}
    for kind, partner in (("people", False), ("partners", True)):
        for text in carers.get(kind, []):
            words = tuple(normalise(text).split())
            if words:
                cues.setdefault(words[0], []).append(_Cue(words, partner))

    known = {word for phrase in phrases.values() for word in phrase.words}
    known.update(word for found in cues.values() for cue in found for word in cue.words)
    by_initial: dict[tuple[str, int], list[str]] = {}
    anagrams: dict[str, list[str]] = {}
    for word in sorted(known):
        if len(word) >= _TYPO_MIN_LEN - 1 and word.isalpha():
            by_initial.setdefault((word[0], len(word)), []).append(word)
            anagrams.setdefault("".join(sorted(word)), []).append(word)
    bands: dict[tuple[str, int], tuple[str, ...]] = {}
    for initial in {initial for initial, _ in by_initial}:
        for length in range(_TYPO_MIN_LEN, _LONGEST_WORD + 1):
            slack = _length_slack(length)
            band = tuple(
                word
                for other in range(length - slack, length + slack + 1)
                for word in by_initial.get((initial, other), ())
            )
            if band:
                bands[initial, length] = band
    frozen_anagrams = {letters: tuple(words) for letters, words in anagrams.items()}
    aliases = {
        word: alias
        for word in known
        if (alias := _closest(word, bands, frozen_anagrams)) is not None
    }
    return _Vocabulary(
        trie=trie,
        phrasings={need: tuple(dict.fromkeys(found)) for need, found in phrasings.items()},
        weights=weights,
        known=frozenset(known),
        bands=bands,
        anagrams=frozen_anagrams,
        aliases=aliases,
        cues_by_first={first: tuple(found) for first, found in cues.items()},
        first_person=frozenset(normalise(" ".join(carers.get("first_person", []))).split()),
        conditions=frozenset(carers.get("conditions", [])),
        window=int(carers.get("window", 6)),
    )


@cache
def _vocabulary() -> _Vocabulary:
    # Built on first use (about 0.1 s), not at import: the bot answers /start without it.
    return _load(_read_toml())


def load_vocabulary() -> None:
    """Build the need vocabulary now (the bot does this off the event loop at start-up)."""
    _vocabulary()


def phrasings(need: str) -> tuple[str, ...]:
    """The normalised phrasings the matcher looks for for `need` (templates expanded, every
    language); empty for an unknown need id."""
    return _vocabulary().phrasings.get(need, ())


# --- reading the person's words --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    text: str  # the vocabulary word it was read as (or the typed word, if none)
    typed: str  # what the person typed for it
    similarity: float  # 100 unless a typo was corrected
    # A near vocabulary word it may also be, for phrasings of several words only:
    # "depresion" is Spanish, but "postnatal depresion" is still "postnatal depression".
    alias: tuple[str, float] | None = None


@lru_cache(maxsize=16384)
def _correct(word: str) -> tuple[str, float] | None:
    """The vocabulary word an unknown `word` is most likely a misspelling of, with its ratio."""
    return _closest(word, _vocabulary().bands, _vocabulary().anagrams)


@lru_cache(maxsize=16384)
def _split(word: str) -> tuple[str, str] | None:
    """Two vocabulary words that `word` is written as without a space ("selfharm")."""
    known = _vocabulary().known
    if len(word) > 2 * _LONGEST_WORD:
        return None
    for cut in range(3, len(word) - 2):
        if word[:cut] in known and word[cut:] in known:
            return word[:cut], word[cut:]
    return None


def _read(typed: Sequence[str]) -> list[_Word]:
    known = _vocabulary().known
    words: list[_Word] = []
    i = 0
    while i < len(typed):
        word = typed[i]
        if word in known:
            words.append(_Word(word, word, 100.0, _vocabulary().aliases.get(word)))
            i += 1
            continue
        if i + 1 < len(typed) and word + typed[i + 1] in known:
            words.append(_Word(word + typed[i + 1], f"{word} {typed[i + 1]}", 100.0))
            i += 2
            continue
        halves = _split(word) if len(word) >= 6 else None
        if halves is not None:
            words.extend(_Word(half, word, 100.0) for half in halves)
        else:
            corrected = _correct(word)
            if corrected is None:
                words.append(_Word(word, word, 100.0))
            else:
                words.append(_Word(corrected[0], word, corrected[1]))
        i += 1
    return words


def _reading(word: _Word, wanted: str) -> float | None:
    """How well `word` reads as the vocabulary word `wanted` (None: not at all)."""
    if word.text == wanted:
        return word.similarity
    if word.alias is not None and word.alias[0] == wanted:
        return word.alias[1]
    return None


# --- finding and weighing the evidence -------------------------------------------------------


@dataclass(slots=True)
class _Hit:
    need: str
    start: int
    end: int
    phrasing: str
    score: float
    similarity: float
    about_someone: bool = False

    def inside(self, other: _Hit) -> bool:
        return (
            other.start <= self.start
            and self.end <= other.end
            and (other.end - other.start) > (self.end - self.start)
        )


def _phrasings_from(words: Sequence[_Word], start: int) -> Iterator[tuple[_Phrase, float]]:
    """The phrasings the words from `start` on read as, each with its worst word's similarity."""
    # (trie node, next word, similarity so far, whether a near-word alias was used)
    frontier = [(_vocabulary().trie, start, 100.0, False)]
    while frontier:
        node, position, similarity, aliased = frontier.pop()
        for phrase in node.ends:
            # A known word stands for its near neighbour only inside a longer phrasing.
            if not (aliased and len(phrase.words) == 1):
                yield phrase, similarity
        if position == len(words):
            continue
        word = words[position]
        child = node.children.get(word.text)
        if child is not None:
            frontier.append((child, position + 1, min(similarity, word.similarity), aliased))
        if word.alias is not None:
            child = node.children.get(word.alias[0])
            if child is not None:
                frontier.append((child, position + 1, min(similarity, word.alias[1]), True))


def _hits(words: Sequence[_Word]) -> list[_Hit]:
    best: dict[tuple[str, int, int], _Hit] = {}
    for start in range(len(words)):
        for phrase, similarity in _phrasings_from(words, start):
            if phrase.weak and similarity < 100:
                continue  # a hint is only a hint when typed as it is
            end = start + len(phrase.words)
            base, cap = (_WEAK, _WEAK_CAP) if phrase.weak else (_STRONG, _STRONG_CAP)
            score = min(cap, base + _PER_WORD * (len(phrase.words) - 1))
            # A corrected typo costs at most half of what it missed by.
            score *= (0.5 + similarity / 200) * _vocabulary().weights.get(phrase.need, 1.0)
            key = (phrase.need, start, end)
            if key not in best or best[key].score < score:
                best[key] = _Hit(
                    phrase.need,
                    start,
                    end,
                    " ".join(phrase.words),
                    score,
                    similarity,
                    phrase.about_someone,
                )
    hits = list(best.values())
    by_start: dict[int, list[_Hit]] = {}
    for hit in hits:
        by_start.setdefault(hit.start, []).append(hit)
    longest = max((hit.end - hit.start for hit in hits), default=0)
    kept: list[_Hit] = []
    for hit in hits:
        outer = [
            other
            for start in range(max(0, hit.end - longest), hit.start + 1)
            for other in by_start.get(start, ())
            if hit.inside(other)
        ]
        if any(other.need == hit.need for other in outer):
            continue  # already counted by its need's longer phrasing
        if outer:
            hit.score *= _CONTAINED
        kept.append(hit)
    return kept


def _carer_hits(words: Sequence[_Word], hits: Sequence[_Hit]) -> list[_Hit]:
    texts = [word.text for word in words]
    cues: list[tuple[int, int, _Cue]] = []
    for start, first in enumerate(texts):
        for cue in _vocabulary().cues_by_first.get(first, ()):
            end = start + len(cue.words)
            if tuple(texts[start:end]) == cue.words:
                cues.append((start, end, cue))
    added: list[_Hit] = []
    for hit in hits:
        if hit.need not in _vocabulary().conditions:
            continue
        # The nearest person before the condition is the one it belongs to.
        for start, end, cue in reversed(cues):
            # "my husband drinks" names the person itself; "bad mother" does not.
            inside = hit.about_someone and hit.start <= start and end <= hit.end
            before = end <= hit.start and hit.start - end <= _vocabulary().window
            if before and _vocabulary().first_person.intersection(texts[end : hit.start]):
                before = False  # "my wife left me and I drink": the drinking is the writer's
            if not (inside or before):
                continue
            phrasing = " ".join(cue.words)
            added.append(
                _Hit("caregivers", start, hit.end, phrasing, hit.score - _CARER_GAP, 100.0)
            )
            if cue.partner:
                added.append(
                    _Hit("relationships", start, hit.end, phrasing, hit.score - _PARTNER_GAP, 100.0)
                )
            break
    return added


def _evidence(text: str) -> list[NeedEvidence]:
    typed = normalise(text).split()[:_MAX_WORDS]
    if not typed:
        return []
    words = _read(typed)
    hits = _hits(words)

    def said(hit: _Hit) -> str:
        return " ".join(dict.fromkeys(word.typed for word in words[hit.start : hit.end]))

    evidence = [
        NeedEvidence(
            hit.need,
            hit.phrasing,
            said(hit),
            round(hit.score, 1),
            "exact" if hit.similarity >= 100 else "typo",
        )
        for hit in hits
    ]
    evidence.extend(
        NeedEvidence(hit.need, hit.phrasing, said(hit), round(hit.score, 1), "carer")
        for hit in _carer_hits(words, hits)
    )
    evidence.sort(key=lambda e: (-e.score, _TIE_ORDER[e.need]))
    return evidence


def explain_needs(text: str) -> list[NeedEvidence]:
    """Every piece of evidence behind `detect_needs(text)`, strongest first (for reviewers/logs)."""
    return _evidence(text)


def _combine(scores: Iterable[float]) -> float:
    ordered = sorted(scores, reverse=True)
    total = ordered[0]
    for score in ordered[1:]:
        total += (100.0 - total) * _CORROBORATION * score / 100.0
    return min(100.0, total)


def detect_needs(text: str, limit: int = 3) -> list[NeedMatch]:
    """Return the needs `text` speaks of, best first; empty when it names none."""
    if limit <= 0:
        return []
    per_need: dict[str, list[float]] = {}
    for item in _evidence(text):
        per_need.setdefault(item.need, []).append(item.score)
    matches = [
        NeedMatch(need, round(combined, 1))
        for need, scores in per_need.items()
        if (combined := _combine(scores)) >= _MIN_SCORE
    ]
    matches.sort(key=lambda m: (-m.score, _TIE_ORDER[m.need]))
    return matches[:limit]
