"""The need vocabulary: the ids a group's topics use, their labels, and free-text need detection."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class NeedMatch:
    """One need found in a person's words, with a 0-100 confidence."""

    need: str
    score: float


def detect_needs(text: str, limit: int = 3) -> list[NeedMatch]:
    """Return the needs `text` speaks of, best first; empty when it names none."""
    raise NotImplementedError
