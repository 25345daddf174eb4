"""Speed of the crisis screen: `uv run python bench/bench_crisis.py`.

A mixed corpus (the test file's examples plus generated everyday messages of varied length,
some long) is screened repeatedly; prints median and p99 microseconds per message, messages
per second, the machine, and a markdown table. Baseline, timed in the same passes: `normalise`
alone (case, accents, look-alikes, leetspeak, spacing tricks and typo correction), the part
of the work any screen must do before it matches a single phrase; and the lexicon rules
alone (`read_rules`), so that what the learned model adds shows.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conversations.crisis import normalise, read_rules, screen  # noqa: E402

OPENINGS = [
    "Hi,",
    "Hello!",
    "hey",
    "Good evening.",
    "Hola,",
    "Hallo,",
    "Bonjour,",
    "Olá,",
    "Привет,",
    "",
]
NEEDS = [
    "I'm looking for a support group for anxiety",
    "is there a grief group near me",
    "my mum passed away in March and I can't cope",
    "I keep having panic attacks on the bus",
    "any groups for new parents who feel overwhelmed",
    "I need an online group for ADHD adults",
    "busco un grupo de apoyo para la depresión",
    "ich suche eine Selbsthilfegruppe für Angststörungen",
    "je cherche un groupe de parole pour le deuil",
    "procuro um grupo de apoio para ansiedade",
    "ищу группу поддержки для людей с депрессией",
    "this traffic is killing me, anyway I need a group for stress",
    "I lost my job and feel really low",
    "we're caring for my dad with dementia and it's exhausting",
]
DETAILS = [
    "in Leeds",
    "on weekday evenings",
    "that meets on Saturdays",
    "for people in their 30s",
    "preferably free",
    "near the city centre",
    "online is fine",
    "in Spanish if possible",
    "I've never been to one before",
    "my therapist suggested it",
    "I work nights",
]


def _load(name: str) -> ModuleType | None:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / f"{name}.py")
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _test_examples() -> list[str]:
    texts: list[str] = []
    screen_tests = _load("test_crisis_screen")
    if screen_tests is not None:
        texts += list(screen_tests.OWN_CRISIS) + list(screen_tests.OWN_NOT_CRISIS)
        texts += [t for _, safe, crisis in screen_tests.BOTH_WAYS for t in (safe, crisis)]
    english = _load("test_crisis_en")
    if english is not None:  # the English rounds: the longest, most varied messages
        texts += [t for _, crisis, safe in english.ROUNDS for t in (*crisis, *safe)]
    return texts


def _everyday(rng: random.Random, count: int) -> list[str]:
    messages = []
    for _ in range(count):
        parts = [rng.choice(OPENINGS), rng.choice(NEEDS)]
        parts += rng.sample(DETAILS, rng.randint(0, 4))
        text = " ".join(p for p in parts if p) + rng.choice([".", "?", "!", ""])
        if rng.random() < 0.05:  # some long ones, up to a Telegram message and beyond
            text = " ".join([text] * rng.randint(20, 120))
        messages.append(text)
    return messages


def _median_and_p99(values: list[float]) -> tuple[float, float]:
    ranked = sorted(values)
    return statistics.median(ranked), ranked[int(len(ranked) * 0.99) - 1]


def main() -> None:
    rng = random.Random(7)
    examples = _test_examples()
    everyday = _everyday(rng, 2000)
    corpus = examples + everyday
    rng.shuffle(corpus)
    for text in corpus:  # warm the caches once, as a running bot would be
        screen(text)
    timings: list[float] = []
    floor: list[float] = []
    rules_only: list[float] = []
    by_text: dict[str, float] = {}
    elapsed = 0.0
    for _ in range(3):
        for text in corpus:
            t0 = time.perf_counter_ns()
            screen(text)
            t1 = time.perf_counter_ns()
            # The baseline, in the same pass: normalising the text alone, which any screen
            # that reads "k1ll mys3lf" as "kill myself" pays before it matches anything.
            normalise(text)
            t2 = time.perf_counter_ns()
            # The lexicon rules alone, without the learned model: what the model adds.
            read_rules(text)
            t3 = time.perf_counter_ns()
            took = (t1 - t0) / 1000
            timings.append(took)
            floor.append((t2 - t1) / 1000)
            rules_only.append((t3 - t2) / 1000)
            by_text[text] = min(took, by_text.get(text, took))
            elapsed += took / 1e6
    everyday_median = statistics.median(by_text[t] for t in everyday)
    examples_median = statistics.median(by_text[t] for t in examples)
    median, p99 = _median_and_p99(timings)
    rate = len(timings) / elapsed
    long_share = sum(len(t) > 1000 for t in corpus) / len(corpus)
    python = platform.python_version()
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cpu, Python {python}"
    print(f"corpus: {len(corpus)} messages ({long_share:.1%} longer than 1000 chars), 3 passes")
    print(f"machine: {machine} ({platform.processor() or 'unknown cpu'})")
    print(f"median {median:.1f} µs, p99 {p99:.1f} µs, {rate:,.0f} messages/s")
    print(
        f"median (best of 3) of everyday messages {everyday_median:.1f} µs, "
        f"of the test file's crisis and hard-negative examples {examples_median:.1f} µs"
    )
    floor_median, floor_p99 = _median_and_p99(floor)
    rules_median, rules_p99 = _median_and_p99(rules_only)
    print()
    print("| machine | messages | what | median µs | p99 µs | ratio to baseline |")
    print("|---|---|---|---|---|---|")
    print(
        f"| {machine} | {len(timings)} | screen | {median:.1f} | {p99:.1f} "
        f"| {median / floor_median:.1f}x |"
    )
    print(
        f"| | | rules alone, no model | {rules_median:.1f} | {rules_p99:.1f} "
        f"| {rules_median / floor_median:.1f}x |"
    )
    print(f"| | | baseline: normalise only | {floor_median:.1f} | {floor_p99:.1f} | 1.0x |")


if __name__ == "__main__":
    main()
