"""The crisis screen: every incoming message passes here first, and a hit stops the flow.

The phrases live in `conversations/lexicons/*.toml` (one file per language, format in the README
there); this module only normalises text, compiles those files once, and decides.

Decision, per hit of a rule (in this order, each step may discard the hit):
1. an idiom or neutral use overlapping the hit discards it ("shoot myself in the foot");
2. a negation cue just before it, across filler words only, discards it ("I'm not suicidal"),
   and so do someone else's words quoted just before it ("when a pupil says ...");
3. a report of the past ("tried to ...", frame "past" or "topic") inside a distant-past frame
   ("years ago", "used to") is discarded, unless the clause says it is recent or the message
   says it is happening again;
4. a bare topic word (frame "topic": "suicide", "self-harm") is discarded when it is about
   someone else ("my brother", "clients who") or asked about in general ("what is ...");
5. a broad co-occurrence (frame "broad": "want ... to die") gets every guard above, and is also
   discarded when a negation or someone else sits inside one of its gaps;
6. a rule with a `context` list fires only when the message also shows one of those cues
   ("I'm ready to go" only next to despair);
7. a warning sign (frame "sign": a goodbye, giving things away, a deadline, means at hand) gets
   the guards of a broad rule and counts only beside a second, different warning sign.
Any surviving hit makes the message a crisis: a present first-person signal always wins.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import pickle
import re
import sys
import tomllib
import unicodedata
import zlib
from collections.abc import Container, Iterator
from dataclasses import dataclass, fields
from enum import StrEnum
from functools import cache, cached_property, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Literal

from anyascii import anyascii
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from rapidfuzz import process
from rapidfuzz.distance import OSA

from conversations.crisis_model import CrisisModel

__all__ = [
    "MODEL_RULE",
    "SAFE",
    "Category",
    "RulesReading",
    "Verdict",
    "compile_all_patterns",
    "firing_rules",
    "message_words",
    "normalise",
    "read_rules",
    "rule_ids",
    "screen",
]

_log = logging.getLogger(__name__)

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
MODEL_PATH = Path(__file__).resolve().parent / "data" / "crisis_model.npz"
# The rule id a verdict names when the learned backstop, not a lexicon rule, handed off.
MODEL_RULE = "model"


class Category(StrEnum):
    """What kind of crisis a message shows."""

    suicidal = "suicidal"  # suicidal thoughts or intent
    self_harm = "self_harm"
    harm_to_others = "harm_to_others"
    immediate_danger = "immediate_danger"  # overdose taken, weapon at hand, on a bridge now...
    abuse_now = "abuse_now"  # abuse or violence happening now / unsafe at home now


@dataclass(frozen=True, slots=True)
class Verdict:
    """The screen's answer. `rule` names the lexicon rule that fired, never the user's words."""

    crisis: bool
    category: Category | None
    rule: str | None


SAFE = Verdict(False, None, None)

# When the screen itself breaks, hand off rather than let a person in danger through.
_FAIL_SAFE = Verdict(True, Category.suicidal, "screen.fail_safe")

# The most urgent category is the one reported when several rules fire.
_PRIORITY = {
    Category.immediate_danger: 0,
    Category.suicidal: 1,
    Category.abuse_now: 2,
    Category.self_harm: 3,
    Category.harm_to_others: 4,
}

# Long messages are screened in overlapping windows so that work per window stays bounded.
_WINDOW = 4096
_OVERLAP = 512

# ---------------------------------------------------------------------------------------------
# Normalisation: the same for messages and for lexicon words, so that both always agree.
# ---------------------------------------------------------------------------------------------

_SENTENCE = "."  # token that separates sentences in normalised text
_CLAUSE = ","  # token that separates clauses


class _InvisibleTable(dict[int, int | str | None]):
    """str.translate table, filled on first sight of each character: format characters and
    combining marks (hidden inside words) are dropped, symbols and emoji become spaces."""

    def __missing__(self, cp: int) -> int | str | None:
        char = chr(cp)
        category = unicodedata.category(char)
        value: int | str | None = cp
        if char in "\r\u2028\u2029\x85":
            value = "\n"
        elif category in ("Cf", "Mn", "Me") or (category == "Cc" and char not in "\t\n"):
            value = None
        elif category in ("So", "Sk", "Cs", "Co", "Zs") or char == "\t":
            value = " "
        self[cp] = value
        return value


_INVISIBLE = _InvisibleTable()
# ASCII text only needs its control characters handled; bytes.translate does that in C.
_ASCII_CONTROLS = bytes(
    ord(" ") if ch in (9, 11, 12) else ord("\n") if ch == 13 else ch for ch in range(256)
)
_ASCII_DROP = bytes(ch for ch in range(32) if ch not in (9, 10, 11, 12, 13)) + b"\x7f"

# Look-alike letters slipped into a word of the other script (e.g. Cyrillic "і" in "kіll").
_TO_LATIN = str.maketrans("асеорхуіјѕԁкмтнвɑαβεικνορτυχγ", "aceopxyijsdkmthbaabeiknoptuxy")
_TO_CYRILLIC = str.maketrans("aceopxykmthb", "асеорхукмтнв")
_MIXED_PAIR = re.compile(r"[a-z][\u0370-\u04ff]|[\u0370-\u04ff][a-z]")
_WORD_CHARS = re.compile(r"[^\W\d_]+")
_LATIN_LETTER = re.compile(r"[a-z]")
# Letters that exist in only one script decide it: "ѕuісіdе" has u and d, so it is Latin;
# "xoчy" has ч, so it is Cyrillic, whatever the count of look-alikes.
_ONLY_LATIN = re.compile(r"[dfgijlnqrsuvwz]")
_ONLY_CYRILLIC = re.compile(r"[бгдёжзийлпфцчшщъыьэюяєїґў]")
_LOOKALIKE_LATIN = re.compile(r"\b[aceopxykmthb]+\b")


def _fold_mixed(match: re.Match[str], cyrillic_text: bool = False) -> str:
    word = match.group()
    latin_only = _ONLY_LATIN.search(word) is not None
    cyrillic_only = _ONLY_CYRILLIC.search(word) is not None
    if latin_only != cyrillic_only:
        return word.translate(_TO_LATIN if latin_only else _TO_CYRILLIC)
    if not _MIXED_PAIR.search(word):
        return word
    latin = len(_LATIN_LETTER.findall(word))
    return word.translate(_TO_LATIN if latin * 2 >= len(word) else _TO_CYRILLIC)


def _fold_scripts(text: str) -> str:
    """Words that mix Latin and Cyrillic look-alikes are folded into one script; in a mostly
    Cyrillic message, so are Latin words made only of look-alikes ("c" for "с")."""
    text = _WORD_CHARS.sub(_fold_mixed, text)
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    if cyrillic > len(_LATIN_LETTER.findall(text)):
        text = _LOOKALIKE_LATIN.sub(lambda m: m.group().translate(_TO_CYRILLIC), text)
    return text


def _translit_table() -> dict[int, str]:
    """anyascii, precomputed for the blocks people actually type (str.translate is C-fast)."""
    blocks = itertools.chain(range(0x80, 0x530), range(0x1E00, 0x1F00), range(0x2000, 0x2070))
    table = {cp: anyascii(chr(cp)) for cp in blocks}
    # Soft and hard signs carry no letter; typists often drop them.
    for sign in "ьъ":
        table[ord(sign)] = ""
    return table


_TRANSLIT = _translit_table()

# A mark followed by a space ends a sentence or clause; inside a word ("kill.my.self") it does not.
_BOUNDARIES = (
    *((f"{mark} ", " \x01 ") for mark in ".!?;"),
    ("\n", " \x01 "),
    (", ", " \x02 "),
)
# Leetspeak symbols survive punctuation stripping; every other ASCII mark becomes a space.
_LEET_KEEP = b"$@!|*"
_PUNCT = bytes(
    ord(_SENTENCE)
    if ch == 1
    else ord(_CLAUSE)
    if ch == 2
    else ch
    if (chr(ch).isalnum() or ch in _LEET_KEEP)
    else ord(" ")
    for ch in range(256)
)
_APOSTROPHES = b"'`"
_LETTER_RUN = re.compile(r"(?<![a-z0-9])[a-z](?: [a-z]){2,}(?![a-z0-9])")
# The same trick in other scripts ("х о ч у"), caught before transliteration turns one letter
# into two; four or more, since Russian has one-letter words ("и я в шоке").
_SPACED_LETTERS = re.compile(r"(?<!\w)[^\W\d_a-zA-Z](?: [^\W\d_a-zA-Z]){3,}(?!\w)")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g", "$": "s", "@": "a"}
# "*" hides a letter ("k*ll", "su*cide"): a vowel, whichever makes a lexicon word.
_LEET_AMBIGUOUS = {"1": "il", "!": "il", "|": "li", "*": "ieaou"}
_REPEAT = re.compile(r"([a-z])\1+")
_LEADING_NUMBER = re.compile(r"^([0-9]{2,})([a-z].*)$")


def _collapse(word: str) -> str:
    # Every run of one letter becomes one letter ("killlll" and "kill" both give "kil").
    return _REPEAT.sub(r"\1", word) if len(word) > 1 else word


@lru_cache(maxsize=16384)
def _word(raw: str) -> str:
    """One raw ASCII token as the matcher sees it: leet undone, repeats collapsed."""
    if raw in (_SENTENCE, _CLAUSE):
        return raw
    if raw.isalpha():
        word = _collapse(raw)
        # Dropped final g ("endin", "killin"): restore it when that makes a lexicon word.
        if word.endswith("in") and word not in _KNOWN and word + "g" in _KNOWN:
            return word + "g"
        return word
    if raw.isdigit():
        return raw
    token = raw.strip("!|*")
    if not token:
        return ""
    if not any(ch.isalpha() for ch in token):
        if len(token) == 1 and token in _LEET:
            return _LEET[token]
        return "".join(ch for ch in token if ch.isdigit())
    leading = _LEADING_NUMBER.match(token)
    if leading:
        return f"{leading.group(1)} {_word(leading.group(2))}"
    plain = "".join(_LEET.get(ch, ch) for ch in token)
    if any(ch in _LEET_AMBIGUOUS for ch in plain):
        options = [
            "".join(choice)
            for choice in itertools.product(*[_LEET_AMBIGUOUS.get(ch, ch) for ch in plain[:24]])
        ]
        options = [_collapse(o) for o in options[:16]]
        known = [o for o in options if o in _KNOWN]
        return known[0] if known else options[0]
    return _collapse("".join(ch for ch in plain if ch.isalnum()))


def _ascii_text(text: str) -> str:
    """NFKC, invisible characters gone, case folded, look-alikes folded, transliterated."""
    if text.isascii():
        raw = text.encode("ascii").translate(_ASCII_CONTROLS, _ASCII_DROP)
        return raw.decode("ascii").lower()
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()
    if not text.isascii():
        if _MIXED_PAIR.search(text):
            text = _fold_scripts(text)
        text = text.translate(_TRANSLIT)
        if not text.isascii():
            text = anyascii(text)
    return text


# Chat spellings written out ("abt" -> "about", "wanna" -> "want to"); filled from the lexicons.
_ALIASES: dict[str, tuple[str, ...]] = {}


def _tokens(text: str) -> tuple[list[str], bool]:
    """Normalised tokens, sentence and clause marks included; True when letters were rejoined."""
    joined = False
    if not text.isascii() and _SPACED_LETTERS.search(text):
        text = _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), text)
        joined = True
    text = _ascii_text(text) + " "
    for mark, boundary in _BOUNDARIES:
        if mark in text:
            text = text.replace(mark, boundary)
    text = text.encode("ascii").translate(_PUNCT, _APOSTROPHES).decode("ascii")
    # "s u i c i d e" and "k-i-l-l": runs of three or more single letters are one word.
    if _LETTER_RUN.search(text):
        text = _LETTER_RUN.sub(lambda m: m.group().replace(" ", ""), text)
        joined = True
    words: list[str] = []
    for raw in text.split():
        words += _parts(raw)
    return words, joined


@lru_cache(maxsize=16384)
def _parts(raw: str) -> tuple[str, ...]:
    """The words one raw token stands for: normalised, split ("22pills"), spelled out ("abt")."""
    word = _word(raw)
    if not word:
        return ()
    parts: list[str] = []
    for part in word.split() if " " in word else (word,):
        parts += _ALIASES.get(part, (part,))
    return tuple(parts)


def message_words(text: str) -> list[str]:
    """The normalised words of a message as the screen reads them, "." and "," included."""
    raw, _ = _tokens(text)
    return [_fuzzy(w) for w in raw]


def normalise(text: str) -> str:
    """The text as the lexicons are matched against it: lowercase ASCII words, "." between
    sentences and "," between clauses, typos of key words corrected. Total on any str."""
    words, _ = _tokens(text)
    return " ".join(_fuzzy(w) for w in words).strip(" .,")


_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _spellings(raw: str) -> tuple[str, ...]:
    """A lexicon word as people type it: "möchte" is also typed "moechte" on keyboards
    without umlauts (and "mochte", which the transliteration already gives)."""
    spelled = raw.translate(_UMLAUTS_SPELLED)
    return (raw,) if spelled == raw else (raw, spelled)


@cache
def _lexicon_words(phrase: str) -> tuple[str, ...]:
    """A lexicon word through the same normalisation as messages (no typo correction)."""
    words, _ = _tokens(phrase)
    return tuple(w for w in words if w not in (_SENTENCE, _CLAUSE))


# ---------------------------------------------------------------------------------------------
# Lexicon files (validated at the edge with pydantic) and the pattern mini-language.
# ---------------------------------------------------------------------------------------------

Frame = Literal["now", "past", "topic", "broad", "sign"]


class _RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    category: Category
    frame: Frame = "now"
    patterns: list[str] = Field(min_length=1)
    context: list[str] = []


class _ModifierSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    negation: list[str] = []
    negation_fillers: list[str] = []
    past: list[str] = []
    past_leads: list[str] = []
    recent: list[str] = []
    recurrence: list[str] = []
    third_person: list[str] = []
    first_person: list[str] = []
    general: list[str] = []
    idioms: list[str] = []
    asked: list[str] = []
    denial: list[str] = []
    explained: list[str] = []
    reported: list[str] = []
    retraction: list[str] = []
    recovered: list[str] = []


class _LexiconSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: str = Field(pattern=r"^[a-z]{2}$")
    fuzzy: list[str] = []
    aliases: dict[str, str] = {}
    skip: list[str] = []
    slots: dict[str, list[str]] = {}
    modifiers: _ModifierSpec = _ModifierSpec()
    rule: list[_RuleSpec] = []
    _file: str = PrivateAttr(default="?")  # the file it came from, for error messages


class LexiconError(ValueError):
    """A lexicon file breaks the format; the message names the file and the pattern."""


# A brace outside a well-formed "{NAME}" is its own token, so the parser names it, not drops it.
_PATTERN_TOKEN = re.compile(
    r"\s+|\.\.\.\d*|\{\w+\}|#{1,4}(?![#\w])|[()\[\]|^$!{}]|[^\s()\[\]|{}^$!]+"
)
_WORD_GAP = " ?"  # words may be glued together ("killmyself") once spacing tricks are undone
_NOT_WORD = "(?![a-z0-9])"
_GAP_BREAK = _NOT_WORD + " ?"
_NUMBERS = {"#": "[0-9]+", "##": "[1-9][0-9]+", "####": "(?:1[89]|20)[0-9]{2}"}

# Words in nearly every message, in the six languages as normalised: a poor anchor (a pattern
# anchored on "the" would run on most messages), chosen only when a pattern has nothing else.
_COMMON = frozenset(
    [
        "i",
        "me",
        "my",
        "im",
        "the",
        "to",
        "a",
        "an",
        "and",
        "it",
        "is",
        "in",
        "of",
        "for",
        "with",
        "on",
        "that",
        "this",
        "you",
        "he",
        "she",
        "they",
        "we",
        "be",
        "do",
        "not",
        "so",
        "just",
        "have",
        "was",
        "at",
        "all",
        "its",
        "but",
        "no",
        "if",
        "or",
        "are",
        "what",
        "when",
        "your",
        "his",
        "her",
        "them",
        "our",
        "from",
        "as",
        "de",
        "la",
        "el",
        "en",
        "y",
        "los",
        "las",
        "se",
        "lo",
        "por",
        "con",
        "para",
        "una",
        "un",
        "es",
        "ya",
        "que",
        "mi",
        "su",
        "al",
        "del",
        "le",
        "les",
        "des",
        "je",
        "pas",
        "ne",
        "qui",
        "il",
        "elle",
        "pour",
        "dans",
        "sur",
        "plus",
        "ce",
        "jai",
        "et",
        "o",
        "e",
        "do",
        "da",
        "em",
        "um",
        "com",
        "nao",
        "os",
        "na",
        "eu",
        "der",
        "die",
        "und",
        "den",
        "von",
        "zu",
        "das",
        "sich",
        "auf",
        "ist",
        "ich",
        "nicht",
        "ein",
        "eine",
        "mich",
        "mir",
        "mein",
        "noch",
        "nur",
        "wie",
        "v",
        "ya",
        "chto",
        "on",
        "s",
        "kak",
        "vse",
        "ona",
        "tak",
        "ego",
        "da",
        "ty",
        "k",
        "u",
        "zhe",
        "vy",
        "za",
        "by",
        "po",
        "mne",
        "menia",
    ]
)

# An anchor is a word (or word start) every match must contain: the prefilter looks for it.
Anchors = frozenset[str] | None


@dataclass(slots=True)
class _Node:
    kind: str  # "word", "seq", "alt", "opt", "gap", "num", "start", "end", "not"
    text: str = ""
    prefix: bool = False
    children: tuple[_Node, ...] = ()


class _PatternParser:
    """Turns one pattern line into a regex and its anchors (see lexicons/README.md)."""

    def __init__(self, slots: dict[str, list[str]], where: str) -> None:
        self._slots = slots
        self._where = where
        self._slot_nodes: dict[str, _Node] = {}
        self._expanding: set[str] = set()

    def parse(self, pattern: str) -> _Node:
        tokens = [t for t in _PATTERN_TOKEN.findall(pattern) if not t.isspace()]
        node, rest = self._alternatives(tokens, 0, pattern)
        if rest != len(tokens):
            raise self._error(pattern, f"unexpected {tokens[rest]!r}")
        return node

    def _error(self, pattern: str, why: str) -> LexiconError:
        return LexiconError(f"{self._where}: pattern {pattern!r}: {why}")

    def _alternatives(self, tokens: list[str], i: int, pattern: str) -> tuple[_Node, int]:
        options: list[_Node] = []
        while True:
            seq, i = self._sequence(tokens, i, pattern)
            options.append(seq)
            if i < len(tokens) and tokens[i] == "|":
                i += 1
                continue
            break
        return (options[0] if len(options) == 1 else _Node("alt", children=tuple(options))), i

    def _sequence(self, tokens: list[str], i: int, pattern: str) -> tuple[_Node, int]:
        items: list[_Node] = []
        while i < len(tokens) and tokens[i] not in ("|", ")", "]"):
            item, i = self._item(tokens, i, pattern)
            items.append(item)
        if not items:
            # "(still|)" reads as "[still]"; only a pattern that is empty as a whole is an error.
            if i >= len(tokens) or tokens[i] not in (")", "]") or tokens[i - 1] != "|":
                raise self._error(pattern, "empty alternative (only '(word|)' may be empty)")
            return _Node("seq"), i
        return (items[0] if len(items) == 1 else _Node("seq", children=tuple(items))), i

    def _item(self, tokens: list[str], i: int, pattern: str) -> tuple[_Node, int]:
        token = tokens[i]
        if token in ("(", "["):
            close = ")" if token == "(" else "]"
            inner, i = self._alternatives(tokens, i + 1, pattern)
            if i >= len(tokens) or tokens[i] != close:
                raise self._error(pattern, f"missing {close!r}")
            return (inner if token == "(" else _Node("opt", children=(inner,))), i + 1
        if token == "!":
            if i + 1 >= len(tokens):
                raise self._error(pattern, "'!' needs a word or a group after it")
            inner, i = self._item(tokens, i + 1, pattern)
            return _Node("not", children=(inner,)), i
        if token == "^":
            return _Node("start"), i + 1
        if token == "$":
            return _Node("end"), i + 1
        if token.startswith("..."):
            count = int(token[3:] or 4)
            if not 1 <= count <= 12:
                raise self._error(pattern, "a gap is ...1 to ...12 words")
            return _Node("gap", text=str(count)), i + 1
        if token in _NUMBERS:
            return _Node("num", text=token), i + 1
        if token in ("{", "}"):
            raise self._error(pattern, "a slot is written {NAME}, letters, digits and _ only")
        if token.startswith("{"):
            return self._slot(token[1:-1], pattern), i + 1
        return self._word(token, pattern), i + 1

    def _word(self, token: str, pattern: str) -> _Node:
        if "?" in token:
            raise self._error(pattern, "write [word] for an optional word, not '?'")
        prefix = token.endswith("*")
        options: list[_Node] = []
        for spelling in _spellings(token.rstrip("*")):
            words = _lexicon_words(spelling)
            if not words:
                raise self._error(pattern, f"{token!r} normalises to nothing")
            if prefix and len(words[-1]) < 2:
                raise self._error(pattern, f"stem {token!r} is too short")
            nodes = [_Node("word", text=w) for w in words]
            nodes[-1].prefix = prefix
            options.append(nodes[0] if len(nodes) == 1 else _Node("seq", children=tuple(nodes)))
        return options[0] if len(options) == 1 else _Node("alt", children=tuple(options))

    def _slot(self, name: str, pattern: str) -> _Node:
        if name in self._slot_nodes:
            return self._slot_nodes[name]
        if name not in self._slots:
            raise self._error(pattern, f"unknown slot {{{name}}}")
        if name in self._expanding:
            raise self._error(pattern, f"slot {{{name}}} refers to itself")
        self._expanding.add(name)
        options = tuple(self.parse(phrase) for phrase in self._slots[name])
        self._expanding.discard(name)
        node = options[0] if len(options) == 1 else _Node("alt", children=options)
        self._slot_nodes[name] = node
        return node


def _trie(words: list[str]) -> str:
    """One regex for a set of words that fails on the first letter that fits none of them
    (a plain alternation tries every word in turn, at every space of every pattern)."""
    heads: dict[str, list[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(head) + _trie(tails) for head, tails in sorted(heads.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in words else body


def _regex(node: _Node) -> str:
    kind = node.kind
    if kind == "word":
        return re.escape(node.text) + ("[a-z0-9]*" if node.prefix else "")
    if kind == "alt":
        return "(?:" + "|".join(_regex(c) for c in node.children) + ")"
    if kind == "opt":
        return "(?:" + _regex(node.children[0]) + ")?"
    if kind == "gap":
        # Captured, so that the screen can look for a negation or a third person inside it;
        # lazy, so that a gap swallows as little as it must ("they *wouldnt even notice*").
        return "((?:[a-z0-9,]+(?: |$)){0," + node.text + "}?)"
    if kind == "num":
        return _NUMBERS[node.text]
    if kind == "start":
        return "(?:^|(?<=, ))"
    if kind == "end":
        return "(?= ?,| *$)"
    if kind == "not":
        return "(?! ?" + _regex(node.children[0]) + _NOT_WORD + ")"
    # A sequence: optional spaces between consuming items; gaps carry their own spaces.
    out: list[str] = []
    previous: str | None = None
    for child in node.children:
        consuming = child.kind not in ("start", "end", "not")
        if consuming and previous not in (None, "gap", "start") and child.kind == "gap":
            # Words in a gap start at a word's end ("plan ...4 die" must not read "plants are
            # dying"); an empty gap still lets the next word be glued on ("shell be" = "she'll").
            out.append("(?:" + _GAP_BREAK + _regex(child) + "|" + _WORD_GAP + ")")
        elif consuming and previous not in (None, "gap", "start"):
            out.append(_WORD_GAP)
            out.append(_regex(child))
        else:
            out.append(_regex(child))
        if consuming or child.kind == "start":
            previous = child.kind
    return "".join(out)


def _anchors(node: _Node) -> Anchors:
    """Word starts of which every match contains one, chosen to be as rare as possible."""
    kind = node.kind
    if kind == "word":
        return frozenset([node.text])
    if kind == "alt":
        found: set[str] = set()
        for child in node.children:
            sub = _anchors(child)
            if sub is None:
                return None
            found |= sub
        return frozenset(found)
    if kind == "seq":
        best: Anchors = None
        for child in node.children:
            sub = _anchors(child)
            if sub is not None and (best is None or _rarity(sub) > _rarity(best)):
                best = sub
        return best
    return None


def _required_anchors(node: _Node) -> list[frozenset[str]]:
    """One or two anchor sets from different parts of a pattern; a message must hit all."""
    if node.kind != "seq":
        single = _anchors(node)
        return [] if single is None else [single]
    found = [a for a in (_anchors(child) for child in node.children) if a is not None]
    found.sort(key=_rarity, reverse=True)
    return found[:2]


def _rarity(anchors: frozenset[str]) -> tuple[bool, int, int]:
    # A content word beats a function word or a glued-on contraction ("ll" in "shell" = "she'll"
    # is no word start); longer words are rarer; fewer alternatives are cheaper.
    plain = not any(len(a) <= 2 or a in _COMMON for a in anchors)
    return (plain, min(len(a) for a in anchors), -len(anchors))


# ---------------------------------------------------------------------------------------------
# The compiled screen.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    rule_id: str
    language: str
    category: Category
    frame: Frame
    context: _PatternSet | None  # cues the message must also show, when the rule needs them


def _lowest_bit(mask: int) -> int:
    return (mask & -mask).bit_length() - 1 if mask else 0


class _PatternSet:
    """Compiled patterns plus an index of their anchor words, so that for a given text only
    the patterns whose anchor words all occur in it are run. Sets of patterns are bit masks
    (bit i = pattern i): a message's candidates are a few integer ORs, done in C."""

    __slots__ = ("_cache", "_compiled", "_index", "_single", "_sources", "_two", "_unanchored")

    def __init__(self, nodes: list[_Node]) -> None:
        # Compiled on first use: compiling thousands of regexes up front would cost seconds of
        # start-up, and most patterns never meet a message that holds their anchor words.
        # Sources are kept deflated until then (2.8 MB of text held as 1.2 MB).
        self._sources = tuple(zlib.compress(_wrap(_regex(node)).encode()) for node in nodes)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(nodes)
        # anchor word -> (patterns it is a first anchor of, patterns it is a second anchor of)
        anchor_map: dict[str, list[int]] = {}
        unanchored = two = 0
        for index, node in enumerate(nodes):
            bit = 1 << index
            required = _required_anchors(node)
            if not required:
                unanchored |= bit
            for slot, anchors in enumerate(required):
                for anchor in anchors:
                    anchor_map.setdefault(anchor, [0, 0])[slot] |= bit
            if len(required) == 2:
                two |= bit
        # First letters -> (anchor, shift, first-anchor mask, second-anchor mask), the masks
        # shifted right to their lowest bit: an anchor's patterns sit close together (one rule,
        # one file), so a mask of ~700 bytes shrinks to a few bytes.
        # Kept flat (the anchors, then three numbers per anchor) rather than a tuple per anchor,
        # which would cost 72 bytes each over some 14,000 anchors.
        index_map: dict[str, tuple[list[str], list[int]]] = {}
        for anchor, (first, second) in anchor_map.items():
            shift = _lowest_bit(first | second)
            stems, numbers = index_map.setdefault(anchor[:3], ([], []))
            stems.append(anchor)
            numbers.extend((shift, first >> shift, second >> shift))
        self._index = {k: (tuple(a), tuple(n)) for k, (a, n) in index_map.items()}
        self._unanchored = unanchored
        self._two = two
        self._single = ((1 << len(nodes)) - 1) & ~two
        self._cache: dict[str, tuple[int, int, int]] = {}

    def __len__(self) -> int:
        return len(self._sources)

    def regex(self, index: int) -> re.Pattern[str]:
        """The compiled regex of one pattern (compiled once, on first use; thread-safe because
        compiling twice gives an equal pattern)."""
        compiled = self._compiled[index]
        if compiled is None:
            source = zlib.decompress(self._sources[index]).decode()
            compiled = self._compiled[index] = re.compile(source)
        return compiled

    def compile_all(self) -> None:
        """Compile every pattern now (a check that the lexicons make valid regexes)."""
        for index in range(len(self._sources)):
            self.regex(index)

    def _masks(self, word: str) -> tuple[int, int, int]:
        """Masks of the patterns this word is a first / second anchor of: the anchors it
        starts with (or, for a long unknown word that may be several glued together,
        "killmyself", contains)."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        first = second = 0
        empty: tuple[tuple[str, ...], tuple[int, ...]] = ((), ())
        for size in (1, 2, 3):
            stems, numbers = self._index.get(word[:size], empty)
            for at, stem in enumerate(stems):
                if word.startswith(stem):
                    shift, one, two = numbers[3 * at : 3 * at + 3]
                    first |= one << shift
                    second |= two << shift
        if len(word) >= 8 and word not in _KNOWN:
            for start in range(1, len(word) - 2):
                stems, numbers = self._index.get(word[start : start + 3], empty)
                for at, stem in enumerate(stems):
                    if word.startswith(stem, start):
                        shift, one, two = numbers[3 * at : 3 * at + 3]
                        first |= one << shift
                        second |= two << shift
        # Bound memory on endless new words; entries are stored shifted, like the index.
        if len(self._cache) > 8_192:
            self._cache.clear()
        shift = _lowest_bit(first | second)
        result = self._cache[word] = (shift, first >> shift, second >> shift)
        return result

    def candidates(self, words: list[str], everything: bool = False) -> list[int]:
        """Indexes of the patterns whose anchor words all occur among these words, ascending."""
        if everything:
            return list(range(len(self._sources)))
        first = second = 0
        cached = self._cache.get
        for word in words:
            masks = cached(word)
            if masks is None:
                masks = self._masks(word)
            shift, one, two = masks
            first |= one << shift
            second |= two << shift
        found = self._unanchored | (first & self._single) | (first & second & self._two)
        indexes: list[int] = []
        while found:
            lowest = found & -found
            indexes.append(lowest.bit_length() - 1)
            found ^= lowest
        return indexes

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match of every pattern that can match in this text."""
        for index in self.candidates(text.split()):
            yield from self.regex(index).finditer(text)

    def search(self, text: str) -> bool:
        """Whether any pattern matches in this text."""
        return any(self.regex(i).search(text) for i in self.candidates(text.split()))


@dataclass(frozen=True, slots=True)
class _Modifiers:
    # Negation is read in the hit's own language and the message's: French "plus" and
    # Portuguese "n" must not cancel "im exhausted plus i want to die".
    negation: dict[str, _PatternSet]
    fillers: dict[str, frozenset[str]]
    past: _PatternSet
    past_leads: _PatternSet
    recent: _PatternSet
    recurrence: _PatternSet
    # Read in the hit's language and the message's: English "he" is Spanish "he" (I have).
    third_person: dict[str, _PatternSet]
    first_person: dict[str, _PatternSet]
    asked: _PatternSet
    denial: _PatternSet
    # Neutral or professional use ("workshop", "prevention"): loanwords, read in every language.
    general: _PatternSet
    # Read, like negation, in the hit's language and the message's: a German idiom ("doku*")
    # must not discard a Russian hit ("dokumenty").
    idioms: dict[str, _PatternSet]
    # An ordinary reason for goodbyes and giving things away (moving, retiring): signs don't count.
    explained: dict[str, _PatternSet]
    # Someone else's words quoted just before the hit ("when a pupil says ..."): theirs.
    reported: dict[str, _PatternSet]
    # The writer takes a denial back ("not suicidal lol ... ok actually i am"): it no longer counts.
    retraction: dict[str, _PatternSet]
    # A lasting recovery, said anywhere in the message ("That's all behind me now."): it dates a
    # thought or an act told in the past tense in another sentence.
    recovered: dict[str, _PatternSet]


@dataclass(frozen=True, slots=True)
class _Screen:
    rules: tuple[_Rule, ...]
    patterns: _PatternSet
    pattern_rules: tuple[int, ...]  # pattern index -> rule index
    modifiers: _Modifiers
    fuzzy_keys: tuple[str, ...]
    languages: tuple[str, ...]  # every lexicon language, sorted
    # word -> the languages whose lexicons know it, to tell a message's main language
    word_languages: dict[str, tuple[str, ...]]
    skip: re.Pattern[str] | None  # filler words, removed from a second reading of a sentence


def _wrap(body: str) -> str:
    return "(?<![a-z0-9])(?:" + body + ")" + _NOT_WORD


def _read_files(directory: Path) -> list[tuple[str, bytes]]:
    """Every lexicon file's name and bytes, read once: the digest and the compile then see the
    same text even if a file is edited meanwhile."""
    files = [(path.name, path.read_bytes()) for path in sorted(directory.glob("*.toml"))]
    if not files:
        raise LexiconError(f"no lexicon files in {directory}")
    return files


def _load_specs(files: list[tuple[str, bytes]]) -> list[_LexiconSpec]:
    specs: list[_LexiconSpec] = []
    for name, content in files:
        try:
            spec = _LexiconSpec.model_validate(tomllib.loads(content.decode("utf-8")))
        except ValueError as error:  # TOML, UTF-8 and pydantic errors all derive from it
            raise LexiconError(f"{name}: {error}") from error
        spec._file = name
        specs.append(spec)
    return specs


def _skip_phrase(phrase: str) -> str:
    words = _lexicon_words(phrase)
    if not words:
        raise LexiconError(f"skip word {phrase!r} normalises to nothing")
    return " ".join(words)


def _load_aliases(specs: list[_LexiconSpec]) -> dict[str, tuple[str, ...]]:
    """Every file's chat spellings, keyed by the token the normaliser makes of them."""
    found: dict[str, tuple[str, ...]] = {}
    for spec in specs:
        for short, full in spec.aliases.items():
            keys = _lexicon_words(short)
            words = tuple(_lexicon_words(full))
            if len(keys) != 1 or not words:
                raise LexiconError(f"{spec._file}: alias {short!r} = {full!r}")
            found[keys[0]] = words
    return found


def _known_words(specs: list[_LexiconSpec]) -> frozenset[str]:
    """Every literal word in every lexicon: typo correction leaves these alone."""
    known: set[str] = set()
    word = re.compile(r"[^\s()\[\]|{}^$!#*.]+")
    for spec in specs:
        phrases = [*spec.slots.values(), *spec.modifiers.model_dump().values()]
        phrases += [rule.patterns for rule in spec.rule] + [rule.context for rule in spec.rule]
        phrases += [list(spec.aliases.values()), spec.skip]
        for group in phrases:
            for phrase in group:
                for raw in word.findall(phrase):
                    for spelling in _spellings(raw):
                        known.update(_lexicon_words(spelling))
    return frozenset(known)


_PER_LANGUAGE = (
    "idioms",
    "explained",
    "third_person",
    "first_person",
    "reported",
    "retraction",
    "recovered",
)


def _compile(specs: list[_LexiconSpec]) -> _Screen:
    # A word that negates in any language is never filler: dropping "ne" (Russian "не") would
    # turn "I don't want to die" into "I want to die".
    negating = frozenset(
        w for spec in specs for phrase in spec.modifiers.negation for w in _lexicon_words(phrase)
    )
    skip = (
        frozenset(w for spec in specs for phrase in spec.skip for w in [_skip_phrase(phrase)])
        - negating
    )
    rules: list[_Rule] = []
    pattern_nodes: list[_Node] = []
    pattern_rules: list[int] = []
    modifier_nodes: dict[str, list[_Node]] = {
        name: [] for name in _ModifierSpec.model_fields if name not in _PER_LANGUAGE
    }
    fillers: dict[str, set[str]] = {}
    negations: dict[str, list[_Node]] = {}
    per_language: dict[str, dict[str, list[_Node]]] = {name: {} for name in _PER_LANGUAGE}
    fuzzy: list[str] = []
    seen: set[str] = set()
    for spec in specs:
        lang = spec.language
        parser = _PatternParser(spec.slots, spec._file)
        for rule in spec.rule:
            rule_id = f"{lang}.{rule.category.value}.{rule.id}"
            if rule_id in seen:
                raise LexiconError(f"{spec._file}: rule id {rule_id!r} is used twice")
            seen.add(rule_id)
            context = None
            if rule.context:
                context = _PatternSet([parser.parse(cue) for cue in rule.context])
            rules.append(_Rule(rule_id, lang, rule.category, rule.frame, context))
            for pattern in rule.patterns:
                pattern_nodes.append(parser.parse(pattern))
                pattern_rules.append(len(rules) - 1)
        for name, phrases in spec.modifiers.model_dump().items():
            if name == "negation_fillers":
                for phrase in phrases:
                    fillers.setdefault(lang, set()).update(_lexicon_words(phrase))
            elif name == "negation":
                negations.setdefault(lang, []).extend(parser.parse(p) for p in phrases)
            elif name in _PER_LANGUAGE:
                per_language[name].setdefault(lang, []).extend(parser.parse(p) for p in phrases)
            else:
                modifier_nodes[name].extend(parser.parse(phrase) for phrase in phrases)
        for key in spec.fuzzy:
            fuzzy.extend(_lexicon_words(key))
    sets = {name: _PatternSet(nodes) for name, nodes in modifier_nodes.items()}
    by_language = {
        name: {lang: _PatternSet(nodes) for lang, nodes in languages.items()}
        for name, languages in per_language.items()
    }
    modifiers = _Modifiers(
        negation={lang: _PatternSet(nodes) for lang, nodes in negations.items()},
        fillers={lang: frozenset(words) for lang, words in fillers.items()},
        past=sets["past"],
        past_leads=sets["past_leads"],
        recent=sets["recent"],
        recurrence=sets["recurrence"],
        third_person=by_language["third_person"],
        first_person=by_language["first_person"],
        asked=sets["asked"],
        denial=sets["denial"],
        general=sets["general"],
        idioms=by_language["idioms"],
        explained=by_language["explained"],
        reported=by_language["reported"],
        retraction=by_language["retraction"],
        recovered=by_language["recovered"],
    )
    return _Screen(
        rules=tuple(rules),
        patterns=_PatternSet(pattern_nodes),
        pattern_rules=tuple(pattern_rules),
        modifiers=modifiers,
        fuzzy_keys=tuple(dict.fromkeys(fuzzy)),
        languages=tuple(sorted({spec.language for spec in specs})),
        word_languages=_word_languages(specs),
        skip=re.compile("(?<![^ ])" + _trie(sorted(skip)) + " ") if skip else None,
    )


def _word_languages(specs: list[_LexiconSpec]) -> dict[str, tuple[str, ...]]:
    known: dict[str, list[str]] = {}
    for language in sorted({spec.language for spec in specs}):
        for word in _known_words([spec for spec in specs if spec.language == language]):
            known.setdefault(word, []).append(language)
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per combination of languages
    return {word: shared.setdefault(tuple(langs), tuple(langs)) for word, langs in known.items()}


def _build(files: list[tuple[str, bytes]]) -> tuple[dict[str, tuple[str, ...]], _Screen]:
    """Compile the lexicon files: aliases first, then the known words (both shape how every
    later word normalises), then the screen."""
    global _KNOWN
    specs = _load_specs(files)
    _ALIASES.update(_load_aliases(specs))
    known = _KNOWN = _known_words(specs)
    _word.cache_clear()
    _parts.cache_clear()
    _lexicon_words.cache_clear()
    screen = _compile(specs)
    # One table serves both: known words no language claims (alias spellings) map to no language.
    for word in known.difference(screen.word_languages):
        screen.word_languages[word] = ()
    _KNOWN = screen.word_languages
    return dict(_ALIASES), screen


def _cache_path(files: list[tuple[str, bytes]]) -> Path:
    """Where the compiled screen is kept, named by a digest of everything that shapes it."""
    digest = hashlib.sha256()
    for name, content in [(Path(__file__).name, Path(__file__).read_bytes()), *files]:
        digest.update(name.encode() + b"\0" + content)
    versions = (sys.version, unicodedata.unidata_version, metadata.version("anyascii"))
    digest.update(repr(versions).encode())
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "groupfinder" / f"crisis-{digest.hexdigest()[:24]}.pickle"


def _load() -> tuple[dict[str, tuple[str, ...]], _Screen]:
    """The compiled screen from the cache when the lexicons are unchanged (start-up in
    milliseconds instead of seconds), else compiled now and cached for the next start."""
    files = _read_files(LEXICON_DIR)
    path = _cache_path(files)
    try:
        with path.open("rb") as handle:
            aliases, compiled = pickle.load(handle)  # our own file, in our own cache dir
        if isinstance(compiled, _Screen):
            return aliases, compiled
    except Exception:  # a missing, stale or unreadable cache is rebuilt
        pass
    built = _build(files)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, path)
        # Keep the few newest (a checkout or two may share this home); drop older ones.
        caches = sorted(path.parent.glob("crisis-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in caches[:-4]:
            stale.unlink(missing_ok=True)
    except OSError as error:  # a read-only home only costs the next start its seconds
        _log.info("crisis screen cache not written: %s", type(error).__name__)
    return built


# Every lexicon word, filled by _load; _word consults it for ambiguous leet.
_KNOWN: Container[str] = frozenset()
_cached_aliases, _SCREEN = _load()
_KNOWN = _SCREEN.word_languages
_ALIASES.clear()
_ALIASES.update(_cached_aliases)
_word.cache_clear()
_parts.cache_clear()


def compile_all_patterns() -> int:
    """Compile every lexicon pattern now (they otherwise compile on first use) and return how
    many there are; a broken pattern raises `re.error` here instead of at screen time."""
    modifiers = _SCREEN.modifiers
    sets = [_SCREEN.patterns, *(getattr(modifiers, f.name) for f in fields(modifiers))]
    sets += [rule.context for rule in _SCREEN.rules if rule.context is not None]
    total = 0
    for pattern_set in sets:
        if isinstance(pattern_set, _PatternSet):
            pattern_set.compile_all()
            total += len(pattern_set)
    return total


def _load_model() -> CrisisModel | None:
    try:
        return CrisisModel.load(MODEL_PATH)
    except (OSError, ValueError, KeyError) as error:
        # The rules still screen every message; the backstop is missing, so say so loudly.
        _log.error(f"crisis model not loaded ({type(error).__name__})")
        return None


_MODEL = _load_model()


def rule_ids() -> frozenset[str]:
    """Ids of every rule in the lexicons, e.g. "en.suicidal.intent_kill_myself"."""
    return frozenset(rule.rule_id for rule in _SCREEN.rules)


# ---------------------------------------------------------------------------------------------
# Typo tolerance on key words.
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _fuzzy(word: str) -> str:
    """The key word this token is a typo of ("sucide" -> "suicide"), else the token itself."""
    if len(word) < 4 or len(word) > 18 or word in _KNOWN or not word.isalpha():
        return word
    # Two swapped letters are the commonest slip of fast thumbs ("lfie", "goign", "anymroe"),
    # and they rarely turn one word into another: any lexicon word is a fair correction.
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped in _KNOWN:
            return swapped
    if len(word) == 4:
        # Any other edit of a four-letter word makes too many real words.
        return word
    found = process.extractOne(word, _SCREEN.fuzzy_keys, scorer=OSA.distance, score_cutoff=2)
    if found is None:
        return word
    key, distance, _ = found
    allowed = 1 if len(key) < 8 else 2
    return key if distance <= allowed else word


# ---------------------------------------------------------------------------------------------
# Screening.
# ---------------------------------------------------------------------------------------------


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    left = sentence.rfind(f" {_CLAUSE} ", 0, start)
    right = sentence.find(f" {_CLAUSE} ", end)
    return (0 if left < 0 else left + 3), (len(sentence) if right < 0 else right)


def _negated(before: str, languages: tuple[str, ...]) -> bool:
    """A negation cue of one of these languages ends just before the hit, with only that
    language's filler words in between."""
    mods = _SCREEN.modifiers
    for language in languages:
        negation = mods.negation.get(language)
        if negation is None:
            continue
        fillers = mods.fillers.get(language, frozenset())
        for cue in negation.finditer(before):
            between = before[cue.end() :].split()
            if len(between) <= 4 and all(w in fillers for w in between):
                return True
    return False


def _reported(before: str, hit: str, languages: tuple[str, ...]) -> bool:
    """Someone else's words are quoted here: a cue ("a pupil says", "when someone tells you")
    ends at most four words before the hit ("that I want to"), and neither those words nor the
    hit's first two name someone else ("a patient told me HE is going to kill me": a threat)."""
    opening = " ".join(hit.split()[:2])
    for language in languages:
        cues = _SCREEN.modifiers.reported.get(language)
        if cues is None:
            continue
        for cue in cues.finditer(before):
            between = before[cue.end() :]
            if len(between.split()) <= 4 and not _someone_else_in(
                f"{between} {opening}", languages
            ):
                return True
    return False


def _led_by_past(text: str, reach: int = 2) -> bool:
    """A past-tense lead-in ("tried to", "I was") ends within `reach` words of the text's end."""
    leads = _SCREEN.modifiers.past_leads
    return any(len(text[m.end() :].split()) <= reach for m in leads.finditer(text))


class _Message:
    """One window of a message, normalised once; modifier lookups are lazy."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        # Set when a rule matched but a guard (negation, someone else, the past...) said no.
        self.guarded = False
        # Set when that guard was an idiom or someone else's quoted words: the model, which
        # reads a quote or a figure of speech as the writer's own words, never overrules those.
        self.firm = False
        # Set when a warning sign sat beside a stated ordinary reason ("we're emigrating").
        self.explained = False
        self._recurs: bool | None = None
        self._language_scores: dict[str, int] | None = None
        self._main: str | None = None
        self._memo: dict[tuple[str, str], bool | list[tuple[int, int]]] = {}
        self._recovered: dict[tuple[str, ...], bool] = {}

    @property
    def main_language(self) -> str:
        """The language whose lexicons know most of the message's words."""
        if self._main is None:
            scores = self.language_scores()
            self._main = max(_SCREEN.languages, key=lambda lang: scores.get(lang, 0))
        return self._main

    def languages(self, rule_language: str) -> tuple[str, ...]:
        """The rule's language, and the language whose lexicons know most of the message."""
        main = self.main_language
        return (rule_language,) if main == rule_language else (rule_language, main)

    def retracted(self, languages: tuple[str, ...], sentence: str = "", end: int = 0) -> bool:
        """Whether the writer takes a denial or a joke back ("... ok actually i am") after
        position `end` of this sentence, or anywhere in the message when no sentence is given."""
        whole = self.text
        at = whole.find(sentence) if sentence else -1
        # A reading without fillers is not in the text as such: look at the whole message.
        after = whole[at + end :] if at >= 0 else whole
        # Each sentence on its own, so that a cue may sit at a sentence's start ("^ ok doch").
        parts = after.split(f" {_SENTENCE} ")
        return any(self.has_any("retraction", languages, part.strip()) for part in parts)

    def language_scores(self) -> dict[str, int]:
        """Per language, how many of the message's words its lexicons know (one pass)."""
        if self._language_scores is None:
            scores: dict[str, int] = {}
            known = _SCREEN.word_languages.get
            for word in self.words:
                for language in known(word, ()):
                    scores[language] = scores.get(language, 0) + 1
            self._language_scores = scores
        return self._language_scores

    def shows(self, cues: _PatternSet, readings: tuple[str, ...], hit: re.Match[str]) -> bool:
        """Whether the message shows one of a rule's context cues outside the hit itself: in
        the rest of the hit's sentence or in any other sentence."""
        sentence = hit.string
        if cues.search(f"{sentence[: hit.start()]} {_CLAUSE} {sentence[hit.end() :]}"):
            return True
        others = (" ".join(words) for words in _sentences(self.words))
        return any(cues.search(other) for other in others if other != readings[0])

    def recurs(self) -> bool:
        if self._recurs is None:
            self._recurs = _SCREEN.modifiers.recurrence.search(" ".join(self.words))
        return self._recurs

    def idiom_spans(self, sentence: str, languages: tuple[str, ...]) -> list[tuple[int, int]]:
        """Where these languages' idioms sit in this sentence (looked up once per sentence and
        language, not once per hit)."""
        spans: list[tuple[int, int]] = []
        idioms = _SCREEN.modifiers.idioms
        for language in languages:
            key = (f"idioms:{language}", sentence)
            found = self._memo.get(key)
            if found is None:
                cues = idioms.get(language)
                found = self._memo[key] = (
                    [m.span() for m in cues.finditer(sentence)] if cues is not None else []
                )
            assert isinstance(found, list)
            spans += found
        return spans

    def recovered(self, languages: tuple[str, ...]) -> bool:
        """Whether the message tells of a lasting recovery in one of these languages, with no
        recent time outside those words and nothing coming back anywhere in it."""
        found = self._recovered.get(languages)
        if found is None:
            tables = _SCREEN.modifiers.recovered
            said = False
            rest: list[str] = []
            # Each sentence on its own, so that a cue may sit at a sentence's start ("^ that was
            # years ago"); the words of the recovery are then blanked out of it.
            for sentence in self.text.split(f" {_SENTENCE} "):
                sentence = sentence.strip()
                for language in languages:
                    if language in tables:
                        for match in tables[language].finditer(sentence):
                            said = True
                            start, end = match.span()
                            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
                rest.append(sentence)
            # "Today I'm doing much better" names today as the time of the recovery itself.
            found = self._recovered[languages] = (
                said
                and not _SCREEN.modifiers.recent.search(f" {_SENTENCE} ".join(rest))
                and not self.recurs()
            )
        return found

    def has_any(self, name: str, languages: tuple[str, ...], text: str) -> bool:
        """Whether a per-language modifier (`explained`) of one of these languages occurs in
        the text."""
        table: dict[str, _PatternSet] = getattr(_SCREEN.modifiers, name)
        return any(
            self.has(f"{name}:{lang}", table[lang], text) for lang in languages if lang in table
        )

    @cached_property
    def text(self) -> str:
        """The whole window, sentence marks included."""
        return " ".join(self.words)

    def has(self, name: str, cues: _PatternSet, text: str) -> bool:
        """Whether one of these modifier cues occurs in the text (memoised per message)."""
        key = (name, text)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = cues.search(text)
        return bool(found)


def _asked_and_denied(sentence: str, start: int, end: int, message: _Message) -> bool:
    """The hit is inside a question someone else asked ("my therapist asked if I think about
    ending it") and the writer answers no ("and honestly, no"). A "yes", or no answer, keeps it."""
    mods = _SCREEN.modifiers
    if not mods.asked.search(sentence[:start]):
        return False
    whole = " ".join(message.words)
    at = whole.find(sentence)
    after = sentence[end:] if at < 0 else whole[at + end :]
    # Only an answer that comes straight after the question counts ("..., and honestly no").
    words = [_CLAUSE if w == _SENTENCE else w for w in after.split()[:10]]
    return mods.denial.search(" ".join(words))


def _about_someone_else(before: str, hit: str, languages: tuple[str, ...]) -> bool:
    """Someone else ("my son", "she") is named just before the hit, and no "I" comes after them
    ("my family would be happier if *I* vanished" is about me)."""
    mods = _SCREEN.modifiers
    last_other = max(
        (m.end() for lang in languages for m in _cues(mods.third_person, lang, before)), default=-1
    )
    if last_other < 0:
        return False
    text = f"{before} {hit}"
    return not any(
        m.start() >= last_other for lang in languages for m in _cues(mods.first_person, lang, text)
    )


def _cues(table: dict[str, _PatternSet], language: str, text: str) -> Iterator[re.Match[str]]:
    cues = table.get(language)
    return cues.finditer(text) if cues is not None else iter(())


def _someone_else_in(text: str, languages: tuple[str, ...]) -> bool:
    return any(next(_cues(_SCREEN.modifiers.third_person, lang, text), None) for lang in languages)


def _gaps(match: re.Match[str]) -> Iterator[str]:
    """The words a pattern's `...` gaps swallowed (every capturing group is a gap)."""
    for index in range(1, (match.re.groups or 0) + 1):
        gap = match.group(index)
        if gap:
            yield gap


# Words a carer may quote ("a pupil says 'I want to die'"). A quoted overdose, weapon, threat or
# abuse is a danger now, whoever reports it: the `reported` guard never drops those.
_QUOTABLE = frozenset({Category.suicidal, Category.self_harm})
_RECOVERABLE = frozenset({Category.suicidal, Category.self_harm})


def _guard(rule: _Rule, sentence: str, match: re.Match[str], message: _Message) -> str | None:
    """The guard that sets this hit aside ("idiom", "negation", "reported", "past", "someone_else",
    "general", "explained"), or None when the hit stands."""
    mods = _SCREEN.modifiers
    start, end = match.span()
    languages = message.languages(rule.language)
    for idiom_start, idiom_end in message.idiom_spans(sentence, languages):
        if idiom_start < end and start < idiom_end:
            message.firm = True
            return "idiom"
    left, right = _clause_bounds(sentence, start, end)
    before = sentence[left:start]
    if (
        _negated(before, languages) or _asked_and_denied(sentence, start, end, message)
    ) and not message.retracted(languages, sentence, end):
        return "negation"
    if rule.category in _QUOTABLE and _reported(sentence[:start], sentence[start:end], languages):
        message.firm = True
        return "reported"

    def told_in_past() -> bool:
        return (
            _led_by_past(before)
            # German and Spanish put the act in its own clause: "hab ich versucht, mich umzubringen".
            or (not before.strip() and _led_by_past(sentence[:start], 1))
            or _led_by_past(sentence[start:end], 99)
        )

    if (
        message.has("past", mods.past, sentence)
        and (rule.frame != "now" or told_in_past())
        and not message.has("recent", mods.recent, sentence[left:right])
        and not message.recurs()
    ) or (
        # Recovery told in another sentence dates only thoughts and self-harm told in the
        # past tense or named as a topic; an overdose or a danger in the past tense may be
        # minutes old.
        rule.category in _RECOVERABLE
        and (rule.frame in ("past", "topic") or told_in_past())
        and message.recovered(languages)
    ):
        return "past"
    if rule.frame == "topic":
        after = " ".join([sentence[start:end], *sentence[end:right].split()[:3]])
        if (
            _about_someone_else(" ".join(before.split()[-8:]), sentence[start:end], languages)
            or _someone_else_in(after, languages)
            or message.has("general", mods.general, sentence)
        ):
            return "someone_else"
    elif rule.frame in ("broad", "sign"):
        # A sign's gaps and tail may name the people it is for ("a letter for my mum"): only
        # its subject, the words just before it, says whether it is someone else's.
        sign = rule.frame == "sign"
        subject = " ".join(before.split()[-3 if sign else -8 :])
        if _about_someone_else(subject, sentence[start:end], languages):
            return "someone_else"
        for gap in _gaps(match):
            negated = any(
                lang in mods.negation and mods.negation[lang].search(gap) for lang in languages
            )
            if negated and not message.retracted(languages, sentence, end):
                return "negation"
            if not sign and _someone_else_in(gap, languages):
                return "someone_else"
        if message.has("general", mods.general, sentence[left:right]):
            return "general"
        if rule.frame == "sign" and message.has_any("explained", languages, message.text):
            message.explained = True
            return "explained"
    return None


def _sentences(words: list[str]) -> Iterator[list[str]]:
    current: list[str] = []
    for word in words:
        if word == _SENTENCE:
            if current:
                yield current
            current = []
        else:
            current.append(word)
    if current:
        yield current


def _readings(sentence: str) -> tuple[str, ...]:
    """The sentence, and the same without filler words ("i *really just* want to die")."""
    skip = _SCREEN.skip
    if skip is None:
        return (sentence,)
    plain = skip.sub("", sentence + " ").strip()
    return (sentence,) if plain == sentence else (sentence, plain)


def _fires(
    pattern_index: int, rule_index: int, readings: tuple[str, ...], message: _Message
) -> tuple[str, int, int] | None:
    """The first hit of this pattern that survives the modifiers in either reading, as
    (reading, start, end), or None. The reading without fillers is not tried once a guard
    other than a negation set a hit aside in the sentence as written."""
    rule = _SCREEN.rules[rule_index]
    regex = _SCREEN.patterns.regex(pattern_index)
    for sentence in readings:
        # Most candidates do not match at all: one search is cheaper than starting finditer.
        if regex.search(sentence) is None:
            continue
        set_aside = False
        for match in regex.finditer(sentence):
            guard = _guard(rule, sentence, match, message)
            if guard is not None:
                # A lone warning sign is weak evidence, and so is the guard that drops it.
                message.guarded = message.guarded or rule.frame != "sign"
                # Fillers can make a false negation ("de *plus en* plus"); other cues they hide.
                set_aside = set_aside or guard != "negation"
                continue
            if rule.context is None or message.shows(rule.context, readings, match):
                return sentence, match.start(), match.end()
        if set_aside:
            # A guard read the sentence as written; without its filler words ("always says",
            # "lol") the guard's own cue would be gone.
            return None
    return None


def _overlaps(hit: tuple[str, int, int], others: list[tuple[str, int, int]]) -> bool:
    sentence, start, end = hit
    return any(s is sentence and a < end and start < b for s, a, b in others)


def _firing(text: str) -> Iterator[_Rule]:
    """The rules whose hits survive in this text, best first: the most urgent category, a
    specific rule before a bare topic word, then the message's language, then file order.
    Lazy, so the screen stops at the first."""
    raw, joined = _tokens(text)
    return _firing_words(_Message([_fuzzy(w) for w in raw]), joined)


def _firing_words(message: _Message, joined: bool) -> Iterator[_Rule]:
    words = message.words
    scores = message.language_scores()
    queue: list[tuple[tuple[bool, int, bool, int, int], int, tuple[str, ...]]] = []
    for sentence_words in _sentences(words):
        ids = _SCREEN.patterns.candidates(sentence_words, everything=joined)
        if not ids:
            continue
        readings = _readings(" ".join(sentence_words))
        for pattern_index in ids:
            rule_index = _SCREEN.pattern_rules[pattern_index]
            rule = _SCREEN.rules[rule_index]
            urgency = _PRIORITY[rule.category]
            language = -scores.get(rule.language, 0)
            # Warning signs are tried last: alone, none of them is a crisis.
            rank = (rule.frame == "sign", urgency, rule.frame == "topic", language, rule_index)
            queue.append((rank, pattern_index, readings))
    if len({rank[-1] for rank, _, _ in queue if rank[0]}) < 2:
        # Fewer than two kinds of warning sign can never make a crisis: skip their patterns.
        queue = [item for item in queue if not item[0][0]]
    queue.sort(key=lambda item: item[0])
    signs: list[_Rule] = []
    sign_hits: list[tuple[str, int, int]] = []
    for rank, pattern_index, readings in queue:
        rule = _SCREEN.rules[rank[-1]]
        if rule in signs:
            continue
        hit = _fires(pattern_index, rank[-1], readings, message)
        if hit is None:
            continue
        if rule.frame != "sign":
            yield rule
            continue
        # Two different warning signs in one message make a crisis, as a clinician counts
        # them; one phrase read by two signs ("a letter to my MP") is still one.
        if _overlaps(hit, sign_hits):
            continue
        signs.append(rule)
        sign_hits.append(hit)
        if len(signs) == 2:
            yield from signs
        elif len(signs) > 2:
            yield rule


@dataclass(frozen=True, slots=True)
class RulesReading:
    """What the lexicon rules alone made of a message (its first window)."""

    fired: bool  # a rule handed off
    guarded: bool  # a rule matched, a guard said why it is not a crisis, and nothing took it back
    explained: bool = False  # a warning sign sat beside a stated ordinary reason
    firm: bool = False  # the guard was an idiom or quoted words: the model never overrules it


def read_rules(text: str) -> RulesReading:
    """The rules' reading of a message, without the model; for training and reviewers."""
    raw, joined = _tokens(text[:_WINDOW])
    message = _Message([_fuzzy(w) for w in raw])
    fired = next(_firing_words(message, joined), None) is not None
    guarded = _guard_spoke(message)
    firm = guarded and message.firm
    # A lasting recovery told in so many words ("it's all behind me now") counts as a guard.
    guarded = guarded or message.recovered((message.main_language,))
    return RulesReading(fired, guarded, message.explained, firm)


def _guard_spoke(message: _Message) -> bool:
    """A rule matched and a reviewed guard said why it is not a crisis ("I'm not suicidal"), and
    the writer did not take it back ("... ok actually I am")."""
    return message.guarded and not message.retracted((message.main_language,))


def _screen_window(text: str) -> Verdict:
    raw, joined = _tokens(text)
    message = _Message([_fuzzy(w) for w in raw])
    best = next(_firing_words(message, joined), None)
    if best is not None:
        return Verdict(True, best.category, best.rule_id)
    if _MODEL is None:
        return SAFE
    # Where a guard spoke, the model may still hand off, but only when it is far surer than
    # usual, and never against an idiom or a quote.
    guarded = _guard_spoke(message)
    if guarded and message.firm:
        return SAFE
    # No reviewer's rule spoke: the learned backstop reads the words nobody listed.
    # A sentence read alone would lose the reason another sentence gave for a warning sign.
    by_sentence = not message.explained
    category = _MODEL.judge(message.words, by_sentence=by_sentence, guarded=guarded)
    if category is not None and not guarded and message.recovered((message.main_language,)):
        # A lasting recovery counts as a guard. Looked for only now: the guarded reading is
        # stricter, so it can only take back a hand-off, and most messages reach none.
        category = _MODEL.judge(message.words, by_sentence=by_sentence, guarded=True)
    return SAFE if category is None else Verdict(True, Category(category), MODEL_RULE)


def firing_rules(text: str) -> tuple[str, ...]:
    """Ids of every lexicon rule that fires on this text, the one `screen` names first; for
    reviewers and tests (a rule that another one outranks still shows here)."""
    found = [rule.rule_id for window in _windows(text) for rule in _firing(window)]
    return tuple(dict.fromkeys(found))


def _windows(text: str) -> Iterator[str]:
    step = _WINDOW - _OVERLAP
    for start in range(0, len(text), step):
        yield text[start : start + _WINDOW]
        if start + _WINDOW >= len(text):
            return


def screen(text: str) -> Verdict:
    """Whether this message shows a person in crisis, and which rule says so.

    Pure and thread-safe; never raises on any str. Messages longer than a few thousand
    characters are screened whole, in overlapping windows. On an internal error the verdict is
    a crisis (rule "screen.fail_safe"): when unsure, hand off.
    """
    try:
        if len(text) <= _WINDOW:
            return _screen_window(text)
        for window in _windows(text):
            verdict = _screen_window(window)
            if verdict.crisis:
                return verdict
        return SAFE
    except Exception:
        _log.exception("crisis screen failed; handing off to be safe")
        return _FAIL_SAFE
