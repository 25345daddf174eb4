"""Matcher speed against generated catalogs, side by side with a naive baseline and the cdist floor.

Run: uv run python bench/bench_matcher.py [--sizes 1000,10000,100000] [--queries 200]
Prints a markdown table: median and p99 per query for the matcher, for a Python loop scoring
every group with fuzz.WRatio (the naive baseline), and for one rapidfuzz.process.cdist of the
query over every group's text (the floor of any matcher that scores every group).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from rapidfuzz import fuzz, process

from catalog.matcher import Matcher, Query
from catalog.model import Group
from catalog.needs import NEED_LABELS

CITIES = [
    ("London", "GB", 51.507, -0.128, "Europe/London"),
    ("Manchester", "GB", 53.481, -2.244, "Europe/London"),
    ("New York", "US", 40.713, -74.006, "America/New_York"),
    ("Chicago", "US", 41.878, -87.630, "America/Chicago"),
    ("Toronto", "CA", 43.653, -79.383, "America/Toronto"),
    ("Berlin", "DE", 52.520, 13.405, "Europe/Berlin"),
    ("Madrid", "ES", 40.417, -3.704, "Europe/Madrid"),
    ("Sydney", "AU", -33.869, 151.209, "Australia/Sydney"),
]
WORDS = [
    "calm",
    "harbour",
    "circle",
    "lantern",
    "bridge",
    "river",
    "meadow",
    "open",
    "door",
    "hope",
    "path",
    "together",
    "steady",
    "north",
    "south",
    "east",
    "west",
    "morning",
    "evening",
    "light",
    "anchor",
    "compass",
    "garden",
    "kitchen",
    "table",
]
QUERIES = [
    "panic attacks",
    "lost my mum",
    "drinking too much",
    "my son has schizophrenia",
    "can't sleep, stressed at work",
    "depresion",
    "gambling debts",
    "lonely since I moved",
    "postnatal depression",
    "flashbacks from the war",
]


def generate(n: int, seed: int = 7) -> list[Group]:
    """`n` valid groups with a realistic spread of topics, formats, places and schedules."""
    rng = random.Random(seed)
    needs = list(NEED_LABELS)
    today = date(2026, 11, 24)
    groups: list[Group] = []
    for i in range(n):
        fmt = rng.choice(["online", "in_person", "in_person", "hybrid"])
        city, cc, lat, lon, tz = rng.choice(CITIES)
        fields: dict[str, object] = {
            "id": f"g{i}",
            "name": " ".join(rng.sample(WORDS, 2)).title() + f" {NEED_LABELS[rng.choice(needs)]}",
            "description": "A generated group for benchmarking.",
            "topics": ";".join(rng.sample(needs, rng.choice([1, 1, 2, 3]))),
            "format": fmt,
            "facilitation": rng.choice(["peer", "professional", "mixed"]),
            "days": rng.choice(["mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon;thu"]),
            "time": f"{rng.randint(8, 21):02d}:{rng.choice(['00', '30'])}",
            "timezone": tz,
            "cost": rng.choice(["free", "free", "donation", "paid"]),
            "size": rng.choice(["small", "medium", "large"]),
            "languages": rng.choice(["en", "en", "es", "de", "fr"]),
            "last_verified": (today - timedelta(days=rng.randint(0, 700))).isoformat(),
            "active": rng.random() > 0.03,
        }
        if fmt != "online":
            fields.update(
                city=city,
                country=cc,
                latitude=lat + rng.uniform(-0.2, 0.2),
                longitude=lon + rng.uniform(-0.2, 0.2),
            )
        groups.append(Group.model_validate(fields))
    return groups


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(
        "| groups | matcher median | matcher p99 | naive WRatio loop median | "
        "cdist floor median | naive / matcher | cdist / matcher | build |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for n in (int(s) for s in args.sizes.split(",")):
        print(row(n, args.queries))


def row(n: int, count: int) -> str:
    """One table row: every figure for a catalog of `n` generated groups."""
    groups = generate(n)
    start = time.perf_counter()
    matcher = Matcher(groups, today=date(2026, 11, 24))
    build = time.perf_counter() - start
    texts = [f"{g.name} {' '.join(g.topics)} {g.description}" for g in groups if g.active]
    rng = random.Random(1)
    queries = [
        Query(
            text=rng.choice(QUERIES),
            format=rng.choice(["any", "online", "in_person"]),
            near=(51.5, -0.12) if rng.random() < 0.5 else None,
            facilitation=rng.choice([None, "peer"]),
            when=frozenset({"evening"}),
        )
        for _ in range(count)
    ]
    iterator = iter(queries * 2)
    matcher.rank(queries[0])  # warm caches once, as a running bot would be
    ours = timed(lambda: matcher.rank(next(iterator)), count)
    few = max(5, count // 20)
    text = queries[0].text

    def naive_top3() -> object:
        return sorted(((fuzz.WRatio(text, t), i) for i, t in enumerate(texts)), reverse=True)[:3]

    naive = timed(naive_top3, few)
    floor = timed(lambda: process.cdist([text], texts, scorer=fuzz.WRatio), few)
    med = statistics.median(ours)
    return (
        f"| {n:,} | {med * 1e3:.2f} ms | {p99(ours) * 1e3:.2f} ms | "
        f"{statistics.median(naive) * 1e3:.1f} ms | {statistics.median(floor) * 1e3:.1f} ms | "
        f"{statistics.median(naive) / med:.0f}x | {statistics.median(floor) / med:.0f}x | "
        f"{build:.1f} s |"
    )


if __name__ == "__main__":
    main()
