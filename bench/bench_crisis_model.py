"""The crisis model's part of the screen: `uv run python bench/bench_crisis_model.py [--against DIR]`.

Times `CrisisModel.judge` on the same mixed corpus as `bench_crisis.py`, each call made right after
the lexicon rules read the same message, as in the screen itself (timed alone, over and over,
the model looks several times faster: its tables and NumPy's code stay in the CPU's caches).
With `--against DIR` (a checkout of another commit, e.g. `git worktree add /tmp/old 93f4a2c`),
that commit's `conversations/crisis_model.py` and model file are timed in the same passes, in
random order, on the same normalised words: the baseline. Prints median and p99 per message.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

from bench_crisis import _everyday, _median_and_p99, _test_examples  # noqa: E402

from conversations import crisis  # noqa: E402


class _Judge(Protocol):
    def judge(self, words: list[str]) -> str | None: ...


def _other_model(checkout: Path) -> _Judge:
    """The model of another checkout, loaded with that checkout's own code."""
    spec = importlib.util.spec_from_file_location(
        "baseline_crisis_model", checkout / "conversations" / "crisis_model.py"
    )
    if spec is None or spec.loader is None:
        raise SystemExit(f"no conversations/crisis_model.py under {checkout}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    model: _Judge = module.CrisisModel.load(
        checkout / "conversations" / "data" / "crisis_model.npz"
    )
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="a checkout of another commit")
    args = parser.parse_args()
    shipped = crisis._MODEL
    if shipped is None:
        raise SystemExit("the crisis model did not load")
    models: dict[str, _Judge] = {"now": shipped}
    if args.against is not None:
        models["baseline"] = _other_model(args.against)
    rng = random.Random(7)
    corpus = [t for t in _test_examples() + _everyday(rng, 2000) if len(t) <= 4096]
    rng.shuffle(corpus)
    words = [crisis.message_words(text) for text in corpus]
    for text, message in zip(corpus, words, strict=True):  # warm up, as a running bot is
        for model in models.values():
            crisis.read_rules(text)
            model.judge(message)
    timings: dict[str, list[float]] = {name: [] for name in models}
    for _ in range(3):
        for text, message in zip(corpus, words, strict=True):
            order = list(models.items())
            rng.shuffle(order)
            for name, model in order:
                crisis.read_rules(text)  # what runs just before the model in the screen
                start = time.perf_counter_ns()
                model.judge(message)
                timings[name].append((time.perf_counter_ns() - start) / 1000)
    machine = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
    print(f"{len(corpus)} messages, 3 passes, each model call right after the rules; {machine}")
    print()
    print("| model | median µs | p99 µs | mean µs |")
    print("|---|---|---|---|")
    for name, values in timings.items():
        median, p99 = _median_and_p99(values)
        print(f"| {name} | {median:.1f} | {p99:.1f} | {statistics.mean(values):.1f} |")


if __name__ == "__main__":
    main()
