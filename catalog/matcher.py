"""The matcher: hard filters, then a score from needs and preferences, with a reason for each result.

Everything that depends only on the catalog is indexed once when a Matcher is built, so a query
looks at the groups tagged with the person's needs (plus those whose names match), never at SQLite
and never at every group.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from math import cos, radians

from rapidfuzz import fuzz, process

from catalog.model import Cost, Format, Group, Size
from catalog.needs import NEED_LABELS, detect_needs, normalise
from catalog.places import distance_km
from catalog.schedule import day_parts, describe_when

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

_NAME_STOPWORDS = frozenset(
    "the and for with group groups support circle meeting meetings online club of in on at a an"
    " de la el los las y para con grupo du le les et pour avec der die das und fur mit".split()
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


@dataclass(slots=True)
class _Entry:
    group: Group
    topics: frozenset[str]
    audience: frozenset[str]
    languages: frozenset[str]
    parts: frozenset[str]
    name_norm: str
    lat: float | None
    lon: float | None
    fresh: float  # 0..1, how recently verified


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


class Matcher:
    """An index over the active groups of a catalog; build once per catalog version, query often."""

    def __init__(self, groups: Iterable[Group], today: date | None = None) -> None:
        self.today = today or date.today()
        self._entries: list[_Entry] = []
        self._by_topic: dict[str, list[int]] = {}
        self._by_name_token: dict[str, list[int]] = {}
        self._online: list[int] = []
        for group in groups:
            if not group.active:
                continue
            index = len(self._entries)
            name_norm = normalise(group.name)
            self._entries.append(
                _Entry(
                    group=group,
                    topics=frozenset(group.topics),
                    audience=frozenset(group.audience),
                    languages=frozenset(group.languages),
                    parts=day_parts(group),
                    name_norm=name_norm,
                    lat=group.latitude,
                    lon=group.longitude,
                    fresh=_freshness(group.last_verified, self.today),
                )
            )
            for topic in group.topics:
                self._by_topic.setdefault(topic, []).append(index)
            for token in set(name_norm.split()):
                if len(token) >= 4 and token not in _NAME_STOPWORDS:
                    self._by_name_token.setdefault(token, []).append(index)
            if group.meets_online:
                self._online.append(index)
        self._name_vocab = list(self._by_name_token)

    def __len__(self) -> int:
        return len(self._entries)

    def groups(self) -> list[Group]:
        return [e.group for e in self._entries]

    def understand(self, text: str) -> tuple[str, ...]:
        """The need ids a person's words speak of, best first."""
        return tuple(m.need for m in detect_needs(text))

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
        filters = _Filters(
            format=query.format,
            near=query.near if query.format != "online" else None,
            radius_km=query.radius_km,
            language=query.language,
            free_only=query.free_only,
            needs=needs,
        )
        scored = self._score_all(query, filters, name_hits)
        for relax in (_widen_distance, _offer_online, _drop_free_only, _drop_language, _any_need):
            if scored:
                break
            if relax(filters):
                scored = self._score_all(query, filters, name_hits)
        scored.sort(key=lambda m: (-m.score, m.group.name))
        return MatchResult(
            needs=needs,
            matches=scored[offset : offset + limit],
            relaxed=tuple(filters.notes),
            total=len(scored),
        )

    def _candidates(self, filters: _Filters, name_hits: dict[int, float]) -> Iterable[int]:
        if not filters.needs:
            return range(len(self._entries))
        seen: set[int] = set(name_hits)
        for need in filters.needs:
            seen.update(self._by_topic.get(need, ()))
        return seen

    def _score_all(
        self, query: Query, filters: _Filters, name_hits: dict[int, float]
    ) -> list[Match]:
        out: list[Match] = []
        near = filters.near
        want_in_person = filters.format == "in_person"
        # A cheap bounding box rejects far groups before the haversine.
        lat_span = lon_span = 0.0
        if near is not None:
            lat_span = filters.radius_km / 111.0
            lon_span = filters.radius_km / max(111.0 * cos(radians(near[0])), 1e-6)
        need_rank = {need: i for i, need in enumerate(filters.needs)}
        for index in self._candidates(filters, name_hits):
            entry = self._entries[index]
            group = entry.group
            if filters.format == "online" and not group.meets_online:
                continue
            if want_in_person and not group.meets_in_person:
                continue
            if filters.free_only and group.cost is not Cost.free:
                continue
            if filters.language and entry.languages and filters.language not in entry.languages:
                continue
            dist: float | None = None
            if group.meets_in_person and filters.format != "online":
                if near is not None:
                    dist = self._distance_within(entry, near, filters.radius_km, lat_span, lon_span)
                    if dist is None and (want_in_person or not group.meets_online):
                        continue
                elif not group.meets_online and not (
                    want_in_person and (query.country is None or group.country == query.country)
                ):
                    # Without a place we cannot tell whether an in-person-only group is near.
                    continue
            out.append(self._score(entry, query, filters, need_rank, name_hits.get(index), dist))
        return out

    @staticmethod
    def _distance_within(
        entry: _Entry, near: tuple[float, float], radius: float, lat_span: float, lon_span: float
    ) -> float | None:
        if entry.lat is None or entry.lon is None:
            return None
        if abs(entry.lat - near[0]) > lat_span or abs(entry.lon - near[1]) > lon_span:
            return None
        dist = distance_km(near[0], near[1], entry.lat, entry.lon)
        return dist if dist <= radius else None

    def _score(
        self,
        entry: _Entry,
        query: Query,
        filters: _Filters,
        need_rank: dict[str, int],
        name_hit: float | None,
        dist: float | None,
    ) -> Match:
        group = entry.group
        matched = tuple(n for n in filters.needs if n in entry.topics)
        score = 0.0
        if matched:
            best = min(need_rank[n] for n in matched)
            # The first need counts most; each further matched need adds a little.
            score += W_NEED * (1.0 - 0.25 * best) + 6.0 * (len(matched) - 1)
            # A focused group beats a catch-all that lists everything.
            score -= 1.5 * max(0, len(entry.topics) - 3)
        elif not filters.needs and "general" in entry.topics:
            score += W_NEED * 0.5
        if name_hit:
            score += W_NAME * name_hit
        if query.audience and query.audience in entry.audience:
            score += W_AUDIENCE
        if query.for_someone_else:
            if "family-and-friends" in entry.audience or "caregivers" in entry.topics:
                score += W_AUDIENCE
        elif entry.audience == {"family-and-friends"}:
            score -= W_AUDIENCE
        if query.facilitation and group.facilitation is not None:
            if group.facilitation.value == query.facilitation:
                score += W_FACILITATION
            elif group.facilitation.value == "mixed":
                score += W_FACILITATION / 2
        if query.when and entry.parts:
            wanted_days = query.when & {"weekday", "weekend"}
            wanted_times = query.when & {"daytime", "evening"}
            ok_days = not wanted_days or bool(wanted_days & entry.parts)
            ok_times = not wanted_times or bool(wanted_times & entry.parts)
            score += W_WHEN * ((ok_days + ok_times) / 2)
        if query.size and group.size is not None and group.size.value == query.size:
            score += W_SIZE
        score += W_FRESH * entry.fresh
        if group.cost is Cost.free:
            score += W_FREE
        if dist is not None:
            score += W_NEAR * max(0.0, 1.0 - dist / max(filters.radius_km, 1.0))
        return Match(group, round(score, 2), explain(group, matched, dist), matched, dist)


def explain(group: Group, matched: Sequence[str], dist: float | None = None) -> str:
    """A one-line reason: "online · peer-led · free · Tuesdays 19:00 (Europe/London) · matches: anxiety"."""
    parts: list[str] = [FORMAT_LABELS[group.format]]
    if group.facilitation is not None:
        parts.append(FACILITATION_LABELS[group.facilitation.value])
    if group.cost is not None:
        parts.append(group.cost_note if group.cost is Cost.paid and group.cost_note else COST_LABELS[group.cost])
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
    filters.notes.append("I found no free group, so I included ones that ask for a fee or donation.")
    return True


def _drop_language(filters: _Filters) -> bool:
    if not filters.language:
        return False
    filters.language = None
    filters.notes.append("I found no group in your language, so I included groups in other languages.")
    return True


def _any_need(filters: _Filters) -> bool:
    if not filters.needs or filters.needs == ("general",):
        return False
    filters.needs = ("general",)
    filters.notes.append("I found no group for exactly that, so here are general support groups.")
    return True
