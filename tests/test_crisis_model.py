"""The crisis screen's learned backstop: it hands off people whose words no rule lists, never
overrules a reviewer's guard, and is rebuilt from the labelled corpus the same way every time."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from bot.cli import main
from conversations import crisis
from conversations.crisis import MODEL_RULE, read_rules, screen
from conversations.crisis_corpus import (
    CLASSES,
    CorpusError,
    CorpusLine,
    read_corpus,
    train,
)
from conversations.crisis_model import NONE, CrisisModel, fit

# Written for this test, not taken from the corpus or any evaluation set: oblique ways of
# saying it that no lexicon rule lists (the test checks that the rules alone miss them).
OBLIQUE = [
    "nobody will have to put up with me much longer",
    "thinking this weekend will be the last one, everything is sorted",
    "ive been giving my records away to friends, they wont need to clear much out",
    "es el último mensaje que mando, gracias por todo",
    "ja tenho tudo pronto, so falta coragem",
    # "j'ai rangé tous mes papiers pour que ma fille n'ait rien à faire après" is a rule's now.
    "bientôt je ne dérangerai plus personne",
]

# Hard safe lines in several languages: the model must not add an alarm to any of them.
HARD_SAFE = [
    "my back is killing me, any groups for chronic pain?",
    "my daughter cuts herself, is there a group for parents?",
    "I tried to end my life ten years ago and now I volunteer at a helpline",
    "i lost my dad to suicide last spring, is there a group for that",
    "not suicidal, just really tired of my job",
    "ich suche eine Gruppe für Angehörige nach einem Suizid",
    "je cherche un groupe pour l'anxiété, le soir surtout",
    "busco un grupo de duelo, mi madre murió en marzo",
    "estou procurando um grupo para ansiedade perto de Lisboa",
    "ищу группу поддержки для родственников зависимых",
]


@pytest.mark.parametrize("text", OBLIQUE)
def test_a_person_who_says_it_in_words_no_rule_lists_is_still_handed_off(text: str) -> None:
    assert not read_rules(text).fired, "a rule catches this now; pick a line only the model does"
    verdict = screen(text)
    assert verdict.crisis
    assert verdict.rule == MODEL_RULE


CALM_REQUEST = (
    "Hola, busco un grupo de ansiedad en Madrid, mejor por la tarde. Trabajo hasta las seis. "
    "{disclosure}¿Hay algo gratis?"
)


def test_a_disclosure_in_one_sentence_of_a_long_calm_request_is_not_drowned_by_the_rest() -> None:
    buried = CALM_REQUEST.format(disclosure="La verdad es que ya dejé cartas para mis hijos. ")
    assert not read_rules(buried).fired
    assert screen(buried).rule == MODEL_RULE
    assert not screen(CALM_REQUEST.format(disclosure="")).crisis


@pytest.mark.parametrize("text", HARD_SAFE)
def test_people_asking_for_a_group_about_hard_things_are_not_handed_off(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize(
    ("guarded", "crisis_text"),
    [
        ("I don't want to kill myself, I want to feel better", "I want to kill myself"),
        ("no quiero morir, solo estoy cansada", "quiero morir"),
        ("mein Bruder hat sich umgebracht, ich suche eine Trauergruppe", "ich bringe mich um"),
    ],
)
def test_a_reviewers_guard_holds_unless_the_model_is_far_surer_than_usual(
    guarded: str, crisis_text: str
) -> None:
    reading = read_rules(guarded)
    assert reading.guarded and not reading.fired
    assert not screen(guarded).crisis
    assert screen(crisis_text).crisis
    shipped = crisis._MODEL
    assert shipped is not None
    assert shipped.threshold < shipped.guarded_threshold < 1.0


def test_a_vanishing_wish_the_model_is_sure_of_is_handed_off_though_a_guard_spoke() -> None:
    text = (
        "if i just vanished no one would notice for weeks. i keep thinking about making that happen"
    )
    reading = read_rules(text)
    assert reading.guarded and not reading.fired and not reading.firm
    verdict = screen(text)
    assert verdict.crisis and verdict.rule == MODEL_RULE


def test_a_pupils_quoted_words_stay_theirs_however_sure_the_model_is() -> None:
    # A bag of words reads a quote as the writer's own: the model never overrules that guard.
    text = (
        "Ученик девятого класса написал мне «хочу умереть, меня все бесят». Как поступить учителю?"
    )
    shipped = crisis._MODEL
    assert shipped is not None
    whole = shipped.score(crisis.message_words(text), by_sentence=False)
    assert whole >= shipped.guarded_threshold, "the model doubts this now; pick a surer line"
    reading = read_rules(text)
    assert reading.guarded and reading.firm and not reading.fired
    assert not screen(text).crisis


def test_the_model_never_sees_or_keeps_the_message_only_a_category() -> None:
    verdict = screen("nobody will have to put up with me much longer")
    assert verdict.category is not None
    assert verdict.category.value in CLASSES
    assert "nobody" not in repr(verdict)


TINY = [
    ("i want to disappear forever tonight", "suicidal"),
    ("nobody would miss me if i was gone", "suicidal"),
    ("i have the pills ready for tonight", "suicidal"),
    ("i am cutting my arm right now", "self_harm"),
    ("looking for an anxiety group near me", NONE),
    ("this traffic is killing me lol", NONE),
    ("my mum died last year, grief group please", NONE),
    ("any groups for carers on tuesday evenings", NONE),
]


def _tiny_words() -> list[list[str]]:
    return [crisis.message_words(text) for text, _ in TINY]


def test_the_same_lines_always_train_the_same_model() -> None:
    labels = [label for _, label in TINY]
    first = fit(_tiny_words(), labels, CLASSES, min_count=1)
    second = fit(_tiny_words(), labels, CLASSES, min_count=1)
    assert np.array_equal(first.keys, second.keys)
    assert np.array_equal(first.weights, second.weights)


def test_a_trained_model_learns_its_lines_and_survives_its_file(tmp_path: Path) -> None:
    model = fit(_tiny_words(), [label for _, label in TINY], CLASSES, min_count=1)
    path = tmp_path / "model.npz"
    model.save(path)
    loaded = CrisisModel.load(path)
    assert loaded.classes == model.classes and loaded.threshold == model.threshold
    assert loaded.guarded_threshold == model.guarded_threshold
    for words, (_, label) in zip(_tiny_words(), TINY, strict=True):
        assert max(loaded.probabilities(words).items(), key=lambda kv: kv[1])[0] == label
        # Weights are stored as half floats: the file changes a probability only a little.
        stored, fresh = loaded.probabilities(words), model.probabilities(words)
        assert all(abs(stored[c] - fresh[c]) < 0.01 for c in CLASSES)


def test_a_model_file_keyed_another_way_is_refused_rather_than_misread(tmp_path: Path) -> None:
    # Every key of an older file would miss: such a model would silently hand no one off.
    model = fit(_tiny_words(), [label for _, label in TINY], CLASSES, min_count=1)
    path = tmp_path / "model.npz"
    model.save(path)
    with np.load(path) as data:
        arrays = {name: data[name] for name in data.files}
    meta = json.loads(bytes(arrays["meta"]).decode())
    del meta["keys"]
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    np.savez_compressed(path, **arrays)
    with pytest.raises(ValueError, match="keyed another way"):
        CrisisModel.load(path)


def test_the_rows_it_remembers_stay_bounded_and_change_no_answer() -> None:
    model = fit(_tiny_words(), [label for _, label in TINY], CLASSES, min_count=1)
    before = [model.score(words) for words in _tiny_words()]
    # A busy bot meets endless new words: far more than the model remembers rows for.
    for n in range(6000):
        model.score([f"w{n}a", f"w{n}b", ".", f"w{n}c"])
    assert 0 < len(model._seen) <= 8192
    assert [model.score(words) for words in _tiny_words()] == before


def test_a_pair_of_words_is_not_the_same_feature_as_those_words_one_apart() -> None:
    # "not , sad" keeps its clause mark; "kill _ self" (one word between) is not "kill self".
    model = fit(
        [["kill", "self"], ["looking", "group"], ["looking", "group"]],
        ["suicidal", NONE, NONE],
        CLASSES,
        min_count=1,
    )
    assert model.score(["kill", "self"]) > 0.5
    assert model.score(["kill", "my", "self"]) < model.score(["kill", "self"])
    assert model.score(["kill", ".", "self"]) < model.score(["kill", "self"])


def test_the_shipped_corpus_is_labelled_in_every_category_and_language() -> None:
    lines = read_corpus()
    labels = {line.label for line in lines}
    assert labels == set(CLASSES)
    assert sum(line.crisis for line in lines) > 1000
    assert sum(not line.crisis for line in lines) > 1000
    for text in ["morir", "sterben", "mourir", "morrer", "умереть", "die"]:
        assert any(text in line.text.lower() for line in lines), text


def test_the_shipped_model_is_the_one_the_shipped_corpus_trains() -> None:
    lines = read_corpus()
    shipped = crisis._MODEL
    assert shipped is not None, "the screen runs without its model"
    words = [crisis.message_words(line.text) for line in lines]
    refit = fit(words, [line.label for line in lines], CLASSES, threshold=shipped.threshold)
    sample = lines[::25]
    same = sum(
        (shipped.judge(crisis.message_words(line.text)) is None)
        == (refit.judge(crisis.message_words(line.text)) is None)
        for line in sample
    )
    # A line added to the corpus without `groupfinder train-screen` shows up here.
    assert len(shipped.keys) == len(refit.keys), "run `groupfinder train-screen`"
    assert same / len(sample) >= 0.99


def test_a_broken_corpus_line_is_named_by_file_and_line(tmp_path: Path) -> None:
    good = json.dumps({"text": "looking for a group", "crisis": False, "category": "none"})
    (tmp_path / "xx.jsonl").write_text(good + "\n{not json\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"xx\.jsonl, line 2"):
        read_corpus(tmp_path)
    (tmp_path / "xx.jsonl").write_text(
        json.dumps({"text": "hi", "crisis": "perhaps"}) + "\n", encoding="utf-8"
    )
    with pytest.raises(CorpusError, match=r"line 1"):
        read_corpus(tmp_path)


def test_training_keeps_the_models_own_false_alarms_within_the_share_it_was_given() -> None:
    lines = [
        CorpusLine(text=text, crisis=label != NONE, category=None if label == NONE else label)
        for text, label in TINY * 3
    ]
    training = train(lines, folds=3, max_false_alarms=0.0)
    assert training.lines == len(lines)
    assert training.false_alarms <= training.rules_false_alarms
    assert 0.0 < training.model.threshold < 1.0
    # Overruling a reviewer's guard takes at least as much certainty as speaking alone.
    assert training.model.threshold <= training.model.guarded_threshold <= 1.0


def test_train_screen_writes_a_model_the_screen_can_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [{"text": text, "crisis": label != NONE, "category": label} for text, label in TINY * 3]
    (corpus / "en.jsonl").write_text(
        "\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8"
    )
    out = tmp_path / "model.npz"
    assert main(["train-screen", "--corpus", str(corpus), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Trained on 24 lines" in printed and "recall" in printed
    assert CrisisModel.load(out).classes == CLASSES


def test_train_screen_names_a_broken_corpus_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "en.jsonl").write_text("{broken\n", encoding="utf-8")
    out = tmp_path / "model.npz"
    assert main(["train-screen", "--corpus", str(tmp_path), "--out", str(out)]) == 1
    assert "en.jsonl, line 1" in capsys.readouterr().err
    assert not out.exists()


def test_train_screen_refuses_a_share_of_false_alarms_that_is_not_a_share(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "model.npz"
    args = ["train-screen", "--corpus", str(tmp_path), "--out", str(out)]
    assert main([*args, "--max-false-alarms", "1.5"]) == 2
    assert "--max-false-alarms" in capsys.readouterr().err
    assert not out.exists()


def test_a_larger_share_of_false_alarms_lowers_the_threshold(tmp_path: Path) -> None:
    lines = [
        CorpusLine(text=text, crisis=label != NONE, category=None if label == NONE else label)
        for text, label in TINY * 3
    ]
    strict = train(lines, folds=3, max_false_alarms=0.0).model.threshold
    loose = train(lines, folds=3, max_false_alarms=0.5).model.threshold
    assert loose < strict


def test_without_its_model_file_the_screen_says_so_and_still_runs_its_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(crisis, "MODEL_PATH", tmp_path / "missing.npz")
    with caplog.at_level(logging.ERROR, logger="conversations.crisis"):
        assert crisis._load_model() is None
    assert "crisis model not loaded" in caplog.text
    monkeypatch.setattr(crisis, "_MODEL", None)
    assert screen("I want to kill myself").crisis
