"""The matcher: hard filters, then a score from needs and preferences, with a reason for each result.

Everything that depends only on the catalog is indexed once when a Matcher is built: one column
(a NumPy array) per attribute, so a query is a handful of vectorised operations instead of a Python
loop over groups, and never touches SQLite. Only the few groups shown get a written explanation.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from catalog.model import Cost, Format, Group, Size
from catalog.needs import NEED_LABELS, detect_needs, normalise
from catalog.schedule import day_parts, describe_when, utc_offset_minutes

FORMAT_LABELS = {Format.online: "online", Format.in_person: "in person", Format.hybrid: "hybrid"}
FACILITATION_LABELS = {
    "peer": "peer-led",
    "professional": "led by a professional",
    "mixed": "peer and professional",
}
COST_LABELS = {Cost.free: "free", Cost.donation: "donation", Cost.paid: "paid"}

# Soft-preference weights; the need match dominates so a perfect schedule never beats the right topic.
W_NEED = 60.0
W_NAME = 15.0
W_AUDIENCE = 10.0
W_FACILITATION = 8.0
W_WHEN = 8.0
W_SIZE = 4.0
W_FRESH = 6.0
W_NEAR = 10.0
W_FREE = 2.0
W_HOURS = 3.0

_NAME_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "group",
        "groups",
        "support",
        "circle",
        "meeting",
        "meetings",
        "online",
        "club",
        "of",
        "in",
        "on",
        "at",
        "a",
        "an",
        "de",
        "la",
        "el",
        "los",
        "las",
        "y",
        "para",
        "con",
        "grupo",
        "du",
        "le",
        "les",
        "et",
        "pour",
        "avec",
        "der",
        "die",
        "das",
        "und",
        "fur",
        "mit",
    ]
)


@dataclass(frozen=True, slots=True)
class Query:
    """What the person asked for. Unset fields mean "no preference"."""

    needs: tuple[str, ...] = ()
    text: str = ""
    for_someone_else: bool = False
    format: str = "any"  # online | in_person | any
    near: tuple[float, float] | None = None
    radius_km: float = 25.0
    facilitation: str | None = None
    when: frozenset[str] = frozenset()  # weekday | weekend | daytime | evening
    free_only: bool = False
    size: str | None = None
    audience: str | None = None
    language: str | None = None
    country: str | None = None
    timezone: str | None = None  # the person's, so far-away meeting times rank lower


@dataclass(frozen=True, slots=True)
class Match:
    """One ranked group with its score, a short human reason, and its distance when known."""

    group: Group
    score: float
    why: str
    matched_needs: tuple[str, ...]
    distance_km: float | None = None


@dataclass(frozen=True, slots=True)
class MatchResult:
    """The needs understood (best first), the ranked matches, and which filters were relaxed."""

    needs: tuple[str, ...]
    matches: list[Match]
    relaxed: tuple[str, ...] = ()
    total: int = 0


Mask = npt.NDArray[np.bool_]
Floats = npt.NDArray[np.float64]


@dataclass(slots=True)
class _Filters:
    format: str
    near: tuple[float, float] | None
    radius_km: float
    language: str | None
    free_only: bool
    needs: tuple[str, ...]
    notes: list[str] = field(default_factory=list)


def _freshness(last_verified: date | None, today: date) -> float:
    if last_verified is None:
        return 0.0
    age = (today - last_verified).days
    if age <= 90:
        return 1.0
    if age >= 540:
        return 0.0
    return 1.0 - (age - 90) / 450


class _Columns:
    """The catalog as columns: one boolean mask per value a filter or preference can ask about.

    Filled one group at a time (`add`), so a catalog streamed from the store is never held as
    validated models all at once; `finish` turns the collected values into arrays."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.n = 0
        self._flags: list[tuple[bool, ...]] = []
        self._numbers: list[tuple[float, ...]] = []
        self._keys: dict[str, dict[str, list[int]]] = {
            "topics": {},
            "languages": {},
            "countries": {},
            "audiences": {},
            "facilitation": {},
            "sizes": {},
            "parts": {},
        }
        self._names: list[str] = []

    def add(self, g: Group) -> None:
        i = self.n
        self.n += 1
        parts = day_parts(g)
        self._flags.append(
            (
                g.meets_online,
                g.meets_in_person,
                g.cost is Cost.free,
                not g.languages,
                bool(parts),
                bool(g.audience),
                set(g.audience) == {"family-and-friends"},
            )
        )
        self._numbers.append(
            (
                np.nan if g.latitude is None else g.latitude,
                np.nan if g.longitude is None else g.longitude,
                _freshness(g.last_verified, self.today),
                float(len(g.topics)),
                _start_utc(g, self.today),
            )
        )
        keys = self._keys
        for key, table in (
            *((t, keys["topics"]) for t in g.topics),
            *((lang, keys["languages"]) for lang in g.languages),
            *((a, keys["audiences"]) for a in g.audience),
            *((p, keys["parts"]) for p in parts),
            *(((g.country, keys["countries"]),) if g.country else ()),
            *(((g.facilitation.value, keys["facilitation"]),) if g.facilitation else ()),
            *(((g.size.value, keys["sizes"]),) if g.size else ()),
        ):
            table.setdefault(key, []).append(i)
        self._names.append(g.name.lower())

    def finish(self) -> None:
        n = self.n
        flags = np.array(self._flags, dtype=np.bool_).reshape(n, 7)
        numbers = np.array(self._numbers, dtype=np.float64).reshape(n, 5)
        (
            self.online,
            self.in_person,
            self.free,
            self.no_language,
            self.has_parts,
            self.has_audience,
            self.only_family,
        ) = (np.ascontiguousarray(flags[:, k]) for k in range(7))
        self.lat, self.lon, self.fresh, self.topic_count, self.start_utc = (
            np.ascontiguousarray(numbers[:, k]) for k in range(5)
        )

        def masks(rows: dict[str, list[int]]) -> dict[str, Mask]:
            tables: dict[str, Mask] = {}
            for key, indexes in rows.items():
                column = tables[key] = np.zeros(n, dtype=np.bool_)
                column[indexes] = True
            return tables

        self.topics = masks(self._keys["topics"])
        self.languages = masks(self._keys["languages"])
        self.countries = masks(self._keys["countries"])
        self.audiences = masks(self._keys["audiences"])
        self.facilitation = masks(self._keys["facilitation"])
        self.sizes = masks(self._keys["sizes"])
        self.parts = masks(self._keys["parts"])
        empty = np.zeros(n, dtype=np.bool_)
        self.empty = empty
        self.open_audience = self.audiences.get("adults", empty) | self.audiences.get(
            "family-and-friends", empty
        )
        self.for_carers = self.audiences.get("family-and-friends", empty) | self.topics.get(
            "caregivers", empty
        )
        # Ties break by name, so the same answers always show the same groups.
        self.name_order = np.argsort(np.argsort(np.array(self._names, dtype=str)))
        del self._flags, self._numbers, self._keys, self._names

    def get(self, table: dict[str, Mask], key: str | None) -> Mask:
        return table.get(key, self.empty) if key else self.empty


_SHOWN_KEPT = 64
# Rows deflated together: a block's rows share keys and values (deflate's window is 32 KB).
_ROWS_PER_BLOCK = 32


class _PackedRows:
    """Groups' JSON rows, deflated in blocks of consecutive rows.

    Rows share their keys and most values, so a block packs to about an eighth of its text
    (10,000 groups: ~7 MB of strings held as ~1 MB); reading a row inflates its block (~50 µs)."""

    def __init__(self) -> None:
        self._blocks: list[bytes] = []
        self._ends: list[array[int]] = []  # where each row of a block ends in its inflated bytes
        self._waiting: list[bytes] = []
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def append(self, row: str) -> None:
        # A row's block is found by division: only the last block may be short.
        assert len(self._blocks) * _ROWS_PER_BLOCK == self._count - len(self._waiting), (
            "no row after finish()"
        )
        self._waiting.append(row.encode())
        self._count += 1
        if len(self._waiting) == _ROWS_PER_BLOCK:
            self._pack_waiting()

    def finish(self) -> None:
        """Pack the rows still waiting for their block to fill; call it once, after the last row."""
        self._pack_waiting()

    def _pack_waiting(self) -> None:
        if self._waiting:
            self._blocks.append(zlib.compress(b"".join(self._waiting)))
            self._ends.append(array("L", accumulate(len(data) for data in self._waiting)))
            self._waiting = []

    def __getitem__(self, index: int) -> str:
        if not 0 <= index < self._count:
            raise IndexError(index)
        block, at = divmod(index, _ROWS_PER_BLOCK)
        ends = self._ends[block]
        start = ends[at - 1] if at else 0
        return zlib.decompress(self._blocks[block])[start : ends[at]].decode()

    def __iter__(self) -> Iterator[str]:
        for block, ends in zip(self._blocks, self._ends, strict=True):
            data = zlib.decompress(block)
            start = 0
            for end in ends:
                yield data[start:end].decode()
                start = end


class Matcher:
    """An index over the active groups of a catalog; build once per catalog version, query often."""

    def __init__(self, groups: Iterable[Group], today: date | None = None) -> None:
        self.today = today or date.today()
        self._build((group, None) for group in groups)

    @classmethod
    def from_json(cls, rows: Iterable[str], today: date | None = None) -> Matcher:
        """A matcher over groups stored as JSON (as `Store.consume_active_group_json` streams
        them), validated one at a time: the whole catalog is never held as models at once."""
        matcher = cls((), today)
        matcher._build((Group.model_validate_json(row), row) for row in rows)
        return matcher

    def _build(self, groups: Iterable[tuple[Group, str | None]]) -> None:
        self._cols = _Columns(self.today)
        self._by_name_token: dict[str, list[int]] = {}
        # Ranking reads only the columns; the few groups shown are unpacked when shown.
        self._packed = _PackedRows()
        # The groups shown lately, unpacked: each search shows a few, often the same ones.
        self._shown: dict[int, Group] = {}
        for group, row in groups:
            if not group.active:
                continue
            index = self._cols.n
            self._cols.add(group)
            for token in set(normalise(group.name).split()):
                if len(token) >= 4 and token not in _NAME_STOPWORDS:
                    self._by_name_token.setdefault(token, []).append(index)
            self._packed.append(row or group.model_dump_json())
        self._packed.finish()
        self._cols.finish()
        self._name_vocab = list(self._by_name_token)

    def __len__(self) -> int:
        return len(self._packed)

    def group(self, index: int) -> Group:
        """The active group at this index, as it was when the matcher was built."""
        shown = self._shown.get(index)
        if shown is None:
            if len(self._shown) >= _SHOWN_KEPT:
                self._shown.clear()
            shown = self._shown[index] = Group.model_validate_json(self._packed[index])
        return shown

    def groups(self) -> list[Group]:
        # Every group, for listing: unpacked afresh rather than through the cache of shown ones.
        return [Group.model_validate_json(row) for row in self._packed]

    def understand(self, text: str) -> tuple[str, ...]:
        """The need ids a person's words speak of, best first; else those of a group they named."""
        needs = tuple(m.need for m in detect_needs(text))
        if needs:
            return needs
        hits = self._name_hits(text)
        if not hits:
            return ()
        best = max(hits, key=lambda i: (hits[i], -i))
        return tuple(self.group(best).topics)

    def _name_hits(self, text: str) -> dict[int, float]:
        """Groups whose names share a (possibly misspelt) distinctive word with the text."""
        hits: dict[int, float] = {}
        if not text or not self._name_vocab:
            return hits
        for token in set(normalise(text).split()):
            if len(token) < 4 or token in _NAME_STOPWORDS:
                continue
            exact = self._by_name_token.get(token)
            found = (
                [(token, 100.0)]
                if exact
                else [
                    (word, score)
                    for word, score, _ in process.extract(
                        token, self._name_vocab, scorer=fuzz.ratio, score_cutoff=84, limit=5
                    )
                ]
            )
            for word, score in found:
                for index in self._by_name_token[word]:
                    hits[index] = max(hits.get(index, 0.0), score / 100)
        return hits

    def rank(self, query: Query, limit: int = 3, offset: int = 0) -> MatchResult:
        """Rank the catalog for `query`; relax hard filters one at a time until something fits."""
        needs = query.needs or self.understand(query.text)
        name_hits = self._name_hits(query.text)
        name_score = np.zeros(self._cols.n)
        if name_hits:
            name_score[list(name_hits)] = list(name_hits.values())
        filters = _Filters(
            format=query.format,
            near=query.near if query.format != "online" else None,
            radius_km=query.radius_km,
            language=query.language,
            free_only=query.free_only,
            needs=needs,
        )
        scored = self._score_all(query, filters, name_score)
        for relax in (_widen_distance, _offer_online, _drop_free_only, _drop_language, _any_need):
            if scored[0].size:
                break
            if relax(filters):
                scored = self._score_all(query, filters, name_score)
        indices, scores, dists = scored
        window = _top(indices, scores, self._cols.name_order, offset + limit)
        matches = []
        for position in window[offset : offset + limit]:
            index = int(indices[position])
            group = self.group(index)
            matched = tuple(n for n in filters.needs if n in group.topics)
            dist = None if np.isnan(dists[position]) else float(dists[position])
            matches.append(
                Match(
                    group,
                    round(float(scores[position]), 2),
                    explain(group, matched, dist),
                    matched,
                    dist,
                )
            )
        return MatchResult(
            needs=needs, matches=matches, relaxed=tuple(filters.notes), total=int(indices.size)
        )

    def _score_all(
        self, query: Query, filters: _Filters, name_score: Floats
    ) -> tuple[npt.NDArray[np.intp], Floats, Floats]:
        """Indices of the groups that pass the hard filters, their scores and distances."""
        c = self._cols
        ok = np.ones(c.n, dtype=np.bool_)
        if filters.format == "online":
            ok &= c.online
        elif filters.format == "in_person":
            ok &= c.in_person
        if filters.free_only:
            ok &= c.free
        if filters.language:
            ok &= c.get(c.languages, filters.language) | c.no_language
        dist = np.full(c.n, np.nan)
        if filters.format != "online":
            if filters.near is not None:
                dist = _haversine(filters.near, c.lat, c.lon)
                near = dist <= filters.radius_km  # NaN (no coordinates) compares False
                dist = np.where(near & c.in_person, dist, np.nan)
                if filters.format == "in_person":
                    ok &= near
                else:
                    ok &= near | c.online
            elif filters.format == "in_person":
                if query.country:
                    ok &= c.get(c.countries, query.country) | c.online
            else:
                # Without a place we cannot tell whether an in-person-only group is near.
                ok &= c.online

        need_part = np.zeros(c.n)
        matched_any = np.zeros(c.n, dtype=np.bool_)
        matched_count = np.zeros(c.n)
        for rank, need in enumerate(filters.needs):
            column = c.get(c.topics, need)
            # The first need counts most; each further matched need adds a little.
            need_part = np.where(column & ~matched_any, W_NEED * (1.0 - 0.25 * rank), need_part)
            matched_any |= column
            matched_count += column
        if filters.needs:
            ok &= matched_any | (name_score > 0)
            # A focused group beats a catch-all that lists everything.
            focus = 6.0 * np.maximum(matched_count - 1, 0) - 1.5 * np.maximum(c.topic_count - 3, 0)
            score = need_part + np.where(matched_any, focus, 0.0)
        else:
            score = np.where(c.get(c.topics, "general"), W_NEED * 0.5, 0.0)
        score += W_NAME * name_score

        if query.audience:
            wanted = c.get(c.audiences, query.audience)
            score += np.where(wanted, W_AUDIENCE, 0.0)
            score -= np.where(~wanted & c.has_audience & ~c.open_audience, W_AUDIENCE, 0.0)
        else:
            # A group only for, say, teens or veterans is a worse guess for someone who didn't say.
            score -= np.where(c.has_audience & ~c.open_audience, W_AUDIENCE, 0.0)
        if query.for_someone_else:
            score += np.where(c.for_carers, W_AUDIENCE, 0.0)
        else:
            score -= np.where(c.only_family, W_AUDIENCE, 0.0)
        if query.facilitation:
            score += np.where(c.get(c.facilitation, query.facilitation), W_FACILITATION, 0.0)
            score += np.where(c.get(c.facilitation, "mixed"), W_FACILITATION / 2, 0.0)
        if query.when:
            days = [p for p in ("weekday", "weekend") if p in query.when]
            times = [p for p in ("daytime", "evening") if p in query.when]
            ok_days = np.ones(c.n, dtype=np.bool_) if not days else c.empty.copy()
            for day in days:
                ok_days |= c.get(c.parts, day)
            ok_times = np.ones(c.n, dtype=np.bool_) if not times else c.empty.copy()
            for daytime in times:
                ok_times |= c.get(c.parts, daytime)
            score += np.where(c.has_parts, W_WHEN * (ok_days.astype(float) + ok_times) / 2, 0.0)
        if query.size:
            score += np.where(c.get(c.sizes, query.size), W_SIZE, 0.0)
        score += W_FRESH * c.fresh + np.where(c.free, W_FREE, 0.0)
        offset = utc_offset_minutes(query.timezone, self.today) if query.timezone else None
        if offset is not None:
            # A meeting at 3 a.m. the person's time is a poor fit however good the topic.
            local = np.mod(c.start_utc + offset, 1440)
            sociable = (local >= 7 * 60) & (local < 22 * 60)
            known = ~np.isnan(c.start_utc)
            score += np.where(known & sociable, W_HOURS, 0.0) - np.where(
                known & ~sociable, 3 * W_HOURS, 0.0
            )
        if filters.near is not None:
            closeness = 1.0 - np.nan_to_num(dist, nan=filters.radius_km) / max(filters.radius_km, 1)
            score += W_NEAR * np.clip(closeness, 0.0, 1.0)
        indices = np.flatnonzero(ok)
        return indices, score[indices], dist[indices]


def _start_utc(group: Group, today: date) -> float:
    if not group.time or not group.timezone:
        return float("nan")
    offset = utc_offset_minutes(group.timezone, today)
    if offset is None:
        return float("nan")
    hours, minutes = group.time.split(":")
    return float((int(hours) * 60 + int(minutes) - offset) % 1440)


def _haversine(origin: tuple[float, float], lat: Floats, lon: Floats) -> Floats:
    """Great-circle distances in km from one point to many (NaN where coordinates are missing)."""
    lat1, lon1 = np.radians(origin[0]), np.radians(origin[1])
    lat2, lon2 = np.radians(lat), np.radians(lon)
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    result: Floats = 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    return result


def _top(
    indices: npt.NDArray[np.intp], scores: Floats, name_order: npt.NDArray[np.intp], k: int
) -> npt.NDArray[np.intp]:
    """Positions of the best `k` scores, best first, ties by name; never sorts the whole list."""
    if indices.size == 0 or k <= 0:
        return np.zeros(0, dtype=np.intp)
    if indices.size > k:
        kth = np.partition(scores, indices.size - k)[indices.size - k]
        positions = np.flatnonzero(scores >= kth)
    else:
        positions = np.arange(indices.size)
    order = np.lexsort((name_order[indices[positions]], -scores[positions]))
    return positions[order][:k]


def explain(group: Group, matched: Sequence[str], dist: float | None = None) -> str:
    """A one-line reason: "online · peer-led · free · Tuesdays 19:00 (Europe/London) · matches: anxiety"."""
    parts: list[str] = [FORMAT_LABELS[group.format]]
    if group.facilitation is not None:
        parts.append(FACILITATION_LABELS[group.facilitation.value])
    if group.cost is not None:
        parts.append(
            group.cost_note
            if group.cost is Cost.paid and group.cost_note
            else COST_LABELS[group.cost]
        )
    if group.size is Size.small:
        parts.append("small group")
    when = describe_when(group)
    if when:
        parts.append(when)
    if dist is not None:
        parts.append(f"{dist:.0f} km away" if dist >= 1 else "under 1 km away")
    if matched:
        parts.append("matches: " + ", ".join(NEED_LABELS[n].lower() for n in matched))
    return " · ".join(parts)


def _widen_distance(filters: _Filters) -> bool:
    if filters.near is None or filters.format != "in_person" or filters.radius_km >= 100:
        return False
    old = filters.radius_km
    filters.radius_km = max(100.0, old * 4)
    filters.notes.append(
        f"I found nothing within {old:.0f} km, so I looked up to {filters.radius_km:.0f} km away."
    )
    return True


def _offer_online(filters: _Filters) -> bool:
    if filters.format != "in_person":
        return False
    filters.format = "online"
    filters.near = None
    filters.notes.append("I found no in-person group near you, so here are online groups.")
    return True


def _drop_free_only(filters: _Filters) -> bool:
    if not filters.free_only:
        return False
    filters.free_only = False
    filters.notes.append(
        "I found no free group, so I included ones that ask for a fee or donation."
    )
    return True


def _drop_language(filters: _Filters) -> bool:
    if not filters.language:
        return False
    filters.language = None
    filters.notes.append(
        "I found no group in your language, so I included groups in other languages."
    )
    return True


def _any_need(filters: _Filters) -> bool:
    if not filters.needs or filters.needs == ("general",):
        return False
    filters.needs = ("general",)
    filters.notes.append("I found no group for exactly that, so here are general support groups.")
    return True
