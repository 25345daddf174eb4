"""The crisis screen: people in danger are handed off; idioms, other people's stories, the past
and negations are not. Run with `-s` to see the recall and false-alarm figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conversations.crisis import SAFE, Category, Verdict, normalise, rule_ids, screen

S = Category.suicidal
H = Category.self_harm
X = Category.harm_to_others
D = Category.immediate_danger
A = Category.abuse_now

# Our own examples, written for the rules, not taken from the dev set. (text, category)
CRISIS: list[tuple[str, Category]] = [
    # English: intent, plan and means
    ("I'm going to kill myself tonight", S),
    ("i think i'm going to end my life this weekend", S),
    ("I want to die", S),
    ("honestly i just wanna die", S),
    ("I've decided to end it all", S),
    ("I don't want to live anymore", S),
    ("i have a plan to kill myself and i'm scared", S),
    ("I've been stockpiling my antidepressants for a while now", S),
    ("I bought a rope yesterday", S),
    ("I'm going to take all my pills tonight", S),
    ("I've been thinking about jumping off the bridge near my flat", S),
    ("thinking about ending my life, need someone to talk to", S),
    ("I keep thinking about suicide", S),
    ("I feel suicidal", S),
    ("suicidal again tonight", S),
    ("I'm so suicidal rn", S),
    ("constant suicidal thoughts and nobody to talk to", S),
    ("I tied a noose in my closet", S),
    ("I'm writing my suicide note", S),
    ("Goodbye cruel world", S),
    ("by the time you read this I'll be gone", S),
    ("I wanted to say goodbye before I go", S),
    ("just kill me", S),
    ("i want to kms", S),
    ("kms", S),
    ("thinking about unaliving myself", S),
    ("sewerslide is on my mind a lot lately", S),
    ("I deserve to die", S),
    ("I'd rather be dead than keep feeling like this", S),
    ("I'm gonna hang myself", S),
    ("i want to shoot myself", S),
    ("I'm going to overdose tonight", S),
    ("I'm ready to die", S),
    # English: passive ideation and burden
    ("everyone would be better off if I was dead", S),
    ("my family would be better off without me", S),
    ("I'm a burden to everyone around me", S),
    ("what's the point of living", S),
    ("there is no reason to live anymore", S),
    ("I wish I could go to sleep and never wake up", S),
    ("I hope I don't wake up tomorrow", S),
    ("I wish I was never born", S),
    ("nobody would even notice if I disappeared", S),
    ("I can't go on like this", S),
    ("I'm so tired of living", S),
    ("I don't want to exist", S),
    ("I'm not sure I want to live", S),
    ("I don't know if I want to be alive anymore", S),
    ("life isn't worth living", S),
    ("I have nothing left to live for", S),
    ("I wish I were dead", S),
    ("i hate being alive", S),
    # English: method seeking
    ("how many paracetamol would kill me", S),
    ("what's the most painless way to die", S),
    ("how long does it take to die from hanging", S),
    ("what is a lethal dose of insulin", S),
    ("how do people hang themselves", S),
    ("how high does a bridge need to be to die from the fall", S),
    # English: self-harm now
    ("I want to hurt myself", H),
    ("I cut myself again tonight", H),
    ("i keep cutting my arms", H),
    ("I burned myself with a lighter on purpose", H),
    ("the urge to self harm is so strong tonight", H),
    ("I started self-harming again", H),
    ("I've been cutting again", H),
    ("I relapsed on sh last night", H),
    ("I hit myself when I get angry at myself", H),
    ("I need to cut to feel something", H),
    # English: immediate danger
    ("I have the pills in my hand right now", D),
    ("I took a whole bottle of sleeping pills 20 minutes ago", D),
    ("I just swallowed 40 ibuprofen", D),
    ("I'm standing on the roof and I want to jump", D),
    ("the rope is around my neck", D),
    ("I've got a knife to my wrist", D),
    ("I cut too deep and it won't stop bleeding", D),
    ("my friend just told me she took a bunch of pills", D),
    ("my roommate is unconscious and there are empty pill bottles", D),
    ("my brother says he's going to kill himself tonight", D),
    ("I have a loaded gun and I'm ready", D),
    ("I have a gun in my hand", D),
    # English: past that is not past
    ("I attempted last night and I'm still here", S),
    ("I tried to kill myself yesterday", S),
    ("I tried to kill myself years ago and I feel like doing it again", S),
    # English: harm to others
    ("I want to kill my stepfather", X),
    ("I'm going to stab him when he gets home", X),
    ("I keep thinking about hurting my coworkers", X),
    ("I'm going to shoot up my school", X),
    ("I'm going to kill him", X),
    ("I want to hurt someone so badly", X),
    # English: abuse now
    ("my husband is hitting me right now", A),
    ("my dad beats me when he's drunk", A),
    ("I'm scared to go home tonight", A),
    ("my boyfriend threatened to kill me", A),
    ("my uncle touches me at night", A),
    ("he locked me in the room again", A),
    ("I don't feel safe at home", A),
    ("I'm scared to go home, he'll hurt me", A),
    ("he's hitting me right now", A),
    ("my dad hits me", A),
    ("I'm hiding in the closet, he's looking for me", A),
    # Spanish
    ("quiero morirme", S),
    ("me quiero matar", S),
    ("quiero matarme", S),
    ("ya no quiero vivir", S),
    ("estoy pensando en suicidarme", S),
    ("voy a quitarme la vida esta noche", S),
    ("todos estarían mejor sin mí", S),
    ("no tengo ganas de vivir", S),
    ("quisiera dormir y no despertar", S),
    ("kiero morir", S),
    ("me corto los brazos cuando estoy mal", H),
    ("quiero hacerme daño", H),
    ("me tomé todas las pastillas", D),
    ("mi novio me pega", A),
    ("tengo miedo de volver a casa", A),
    ("lo voy a matar", X),
    # German
    ("ich will sterben", S),
    ("ich bring mich um", S),
    ("ich will mich umbringen", S),
    ("ich denke darüber nach, mich umzubringen", S),
    ("ich habe Selbstmordgedanken", S),
    ("ohne mich wären alle besser dran", S),
    ("ich bin allen nur eine Last", S),
    ("ich will nicht mehr leben", S),
    ("ich bin lebensmüde", S),
    ("keiner würde mich vermissen", S),
    ("ich ritze mich wieder", H),
    ("ich habe alle meine Tabletten genommen", D),
    ("mein Vater schlägt mich", A),
    ("ich habe Angst, nach Hause zu gehen", A),
    ("ich bringe ihn um", X),
    # French
    ("je veux mourir", S),
    ("j'ai envie de me suicider", S),
    ("je vais me tuer", S),
    ("je n'ai plus envie de vivre", S),
    ("je pense à en finir", S),
    ("ils seraient mieux sans moi", S),
    ("je ne veux plus vivre", S),
    ("j'en peux plus de vivre", S),
    ("je me scarifie tous les soirs", H),
    ("j'ai avalé toute la boîte de doliprane", D),
    ("mon mari me frappe", A),
    ("j'ai peur de rentrer chez moi", A),
    ("je vais le tuer", X),
    # Portuguese
    ("quero morrer", S),
    ("vou me matar", S),
    ("não aguento mais viver", S),
    ("estou pensando em suicídio", S),
    ("todos ficariam melhor sem mim", S),
    ("não quero mais viver", S),
    ("eu me corto quando fico triste", H),
    ("tomei uma caixa de remédios", D),
    ("meu padrasto me bate", A),
    ("vou matar ele", X),
    # Russian
    ("хочу умереть", S),
    ("я покончу с собой", S),
    ("не хочу больше жить", S),
    ("думаю о самоубийстве", S),
    ("всем будет лучше без меня", S),
    ("хочу сдохнуть", S),
    ("я режу себе руки", H),
    ("выпила всю пачку таблеток", D),
    ("муж бьет меня", A),
    ("убью его", X),
    # Obfuscations and typos
    ("i want to k!ll mys3lf", S),
    ("feeling $uicidal", S),
    ("s.u.i.c.i.d.e is all I think about", S),
    ("I w@nt to d!e", S),
    ("kіll myself", S),  # Cyrillic і
    ("I want to dіe", S),  # Cyrillic і
    ("sucidal thoughts every night", S),
    ("I keep thinking about suiside", S),
    ("gonna kil myself", S),
    ("unalive myself", S),
    ("KILL MYSELF", S),
    ("kiiiill myseeelf", S),
    ("k-i-l-l myself", S),
    ("kill\u200bmyself", S),
    ("ｉ ｗａｎｔ ｔｏ ｄｉｅ", S),
    ("i want to diiieee", S),
    ("s u i c i d a l", S),
    ("I want to end it all", S),
    ("self-harm has been on my mind again", H),
    ("i want to kill myslef", S),
    ("хочу умереть\u200b", S),
    ("хочy умереть", S),  # Latin y inside a Russian word
    # One more example for each rule of the other languages
    ("they keep telling me to kys", S),
    ("Selbstverletzung ist wieder ein Thema für mich", H),
    ("wie viele Tabletten braucht man um zu sterben", S),
    ("Suizid geht mir nicht aus dem Kopf", S),
    ("tengo autolesiones en las piernas", H),
    ("intenté suicidarme la semana pasada", S),
    ("cuántas pastillas necesito para morir", S),
    ("tengo pensamientos suicidas", S),
    ("el suicidio me parece la única salida", S),
    ("la scarification m'aide à tenir", H),
    ("quelle est la dose mortelle de paracétamol", S),
    ("j'ai des idées suicidaires", S),
    ("le suicide me paraît la seule solution", S),
    ("voltei a me cortar", H),
    ("a automutilação voltou", H),
    ("qual a dose letal de paracetamol", S),
    ("tenho pensamentos suicidas", S),
    ("o suicídio parece a única saída", S),
    ("у меня селфхарм", H),
    ("какая смертельная доза парацетамола", S),
    ("суицид кажется единственным выходом", S),
]

# Hard negatives: idioms, other people's stories, the past, negation, neutral topic words.
NOT_CRISIS: list[str] = [
    # Idioms
    "this traffic is killing me",
    "my feet are killing me after that hike",
    "I'm dying to try the new group in Leeds",
    "I could murder a pizza right now",
    "that joke killed me",
    "I'm dead tired",
    "my boss is going to kill me if I'm late again",
    "I killed it at my presentation today",
    "I'm killing time before my appointment",
    "We need to cut costs at work",
    "I cut myself shaving this morning",
    "I burned myself on the oven",
    "I'm going to shoot myself in the foot with this deadline",
    "I'd kill for a nap",
    "Waiting is the worst, it's killing me",
    "I'm dying of embarrassment lol",
    "I'm going to hang the picture myself",
    "I want to end it on a high note",
    "Hanging out with friends helps me",
    "this heat is unbearable",
    "me muero de hambre",
    "el tráfico me está matando",
    "me muero de risa con este grupo",
    "ich lach mich tot",
    "ich sterbe vor Hunger",
    "die Hitze bringt mich um",
    "je meurs de faim",
    "j'étais mort de rire",
    "ce boulot me tue",
    "je veux en finir avec ce projet",
    "estou morrendo de rir",
    "esse calor está me matando",
    "morrendo de saudade da minha mãe",
    "умираю от смеха",
    "эта работа меня убивает",
    # Other people's stories and family members
    "I lost my brother to suicide last year, looking for a bereavement group",
    "My sister self-harms and I don't know how to support her",
    "my son attempted suicide last year and we're looking for family support",
    "My dad killed himself when I was 12 and I still struggle with it",
    "my friend overdosed last year and I miss her",
    "How can I support a friend who is suicidal?",
    "I'm looking for a group for parents whose kids self-harm",
    "mi tío se suicidó hace dos años y busco apoyo para la familia",
    "mein Bruder hat sich das Leben genommen, ich suche eine Trauergruppe",
    "ma sœur s'est suicidée il y a trois ans",
    "meu pai se suicidou quando eu era criança",
    "мой брат покончил с собой, ищу группу поддержки",
    # The past, recovered
    "I attempted years ago, now I volunteer for a crisis line",
    "I was suicidal as a teenager but therapy really helped me",
    "I used to self-harm but I've been clean for 3 years",
    "When I was 15 I wanted to kill myself, now I want to help teens",
    "früher habe ich mich geritzt, heute geht es mir gut",
    "antes me cortaba, ahora estoy bien",
    "раньше я резала себя, сейчас всё хорошо",
    # Negation
    "I'm not suicidal, just really lonely",
    "no thoughts of hurting myself, just anxious about work",
    "I would never hurt myself",
    "I don't want to kill myself, I just want to feel less alone",
    "no tengo pensamientos suicidas, solo ansiedad",
    "ich bin nicht suizidal, nur erschöpft",
    "je ne suis pas suicidaire",
    "não tenho pensamentos suicidas",
    "у меня нет мыслей о самоубийстве",
    # Topic words in neutral use
    "Is there a suicide prevention training in Manchester?",
    "I'm looking for a group for suicide loss survivors",
    "self-harm awareness week is coming up",
    "what is the difference between self-harm and suicidal behaviour?",
    "I'm a nurse and want to learn more about suicide risk assessment",
    "the movie had a suicide scene that upset me",
    "busco un grupo de prevención del suicidio",
    "My therapist asked if I was suicidal and I said no",
    # Everyday group searches and distress without risk
    "I need a group for people with bipolar disorder",
    "I feel hopeless about finding a job",
    "Honestly I'm exhausted but I'm okay",
    "I don't want to live in this city anymore, any groups in Berlin?",
    "I hate my job",
    "my grandma is dying of cancer and I need support",
    "Any groups for social anxiety on weekday evenings?",
    "I took my meds this morning like my psychiatrist said",
    "Ich suche eine Gruppe für Depressionen in München",
    "Busco un grupo de ansiedad en Sevilla",
    "Je cherche un groupe de parole pour le deuil",
    "Procuro um grupo de apoio para ansiedade em Lisboa",
    "Ищу группу поддержки для людей с депрессией",
    "I want to hurt less, that's why I'm looking for a group",
]

# Each modifier rule, both ways: (what the rule is about, safe text, crisis text).
BOTH_WAYS: list[tuple[str, str, str]] = [
    ("negation", "I'm not suicidal", "I'm suicidal"),
    ("negation vs uncertainty", "I'm not suicidal, just sad", "I'm not sure I want to live"),
    ("negation", "I don't want to kill myself", "I want to kill myself"),
    (
        "negation, then a crisis",
        "I don't want to die",
        "I don't want to die, I want to hurt myself",
    ),
    ("negation es", "no quiero morir", "quiero morir"),
    ("negation de", "ich will nicht sterben", "ich will sterben"),
    ("negation fr", "je ne veux pas mourir", "je veux mourir"),
    ("negation pt", "não quero morrer", "quero morrer"),
    ("negation ru", "я не хочу умирать", "я хочу умереть"),
    ("third person", "my brother killed himself", "I want to kill myself like my brother did"),
    ("third person", "my sister cuts herself", "I cut myself like my sister does"),
    ("third person es", "mi hermano se suicidó", "quiero suicidarme como mi hermano"),
    ("past", "I attempted years ago", "I attempted last night"),
    ("past", "I used to self-harm", "I started cutting again"),
    ("past", "When I was 15 I wanted to kill myself", "I want to kill myself like when I was 15"),
    (
        "past",
        "I tried to kill myself in 2015, I'm doing well now",
        "I tried to kill myself last week",
    ),
    ("past, then again", "I used to cut", "I used to cut, and last night I did it again"),
    ("idiom", "I'm going to shoot myself in the foot", "I'm going to shoot myself"),
    ("idiom", "this traffic is going to kill me", "my husband is going to kill me"),
    ("idiom es", "me muero de ganas de verte", "me quiero morir"),
    ("idiom de", "ich lach mich tot", "ich bring mich um"),
    ("general use", "what is self-harm?", "I self-harm every night"),
]

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "crisis_dev.jsonl"


def _figures(crisis: list[str], safe: list[str]) -> tuple[float, float, list[str], list[str]]:
    missed = [t for t in crisis if not screen(t).crisis]
    alarms = [t for t in safe if screen(t).crisis]
    recall = 1 - len(missed) / len(crisis)
    false_alarms = len(alarms) / len(safe)
    return recall, false_alarms, missed, alarms


def test_our_own_examples_of_people_in_crisis_are_all_handed_off() -> None:
    recall, false_alarms, missed, _ = _figures([t for t, _ in CRISIS], NOT_CRISIS)
    print(
        f"\nown examples: recall {recall:.1%} of {len(CRISIS)}, "
        f"false alarms {false_alarms:.1%} of {len(NOT_CRISIS)}"
    )
    assert not missed, f"recall {recall:.1%}; missed: {missed}"


def test_our_own_hard_negatives_raise_almost_no_false_alarms() -> None:
    _, false_alarms, _, alarms = _figures([t for t, _ in CRISIS], NOT_CRISIS)
    assert false_alarms <= 0.05, f"false alarms {false_alarms:.1%}: {alarms}"


def test_each_crisis_is_named_by_the_right_category() -> None:
    wrong = [(t, c, screen(t).category) for t, c in CRISIS if screen(t).category not in (c, None)]
    assert len(wrong) <= len(CRISIS) // 20, f"wrong categories: {wrong}"


@pytest.mark.parametrize(("about", "safe", "crisis"), BOTH_WAYS)
def test_each_modifier_rule_works_both_ways(about: str, safe: str, crisis: str) -> None:
    assert not screen(safe).crisis, f"{about}: {safe!r} should not hand off"
    assert screen(crisis).crisis, f"{about}: {crisis!r} should hand off"


def test_every_lexicon_rule_has_an_example_here() -> None:
    texts = [t for t, _ in CRISIS] + [c for _, _, c in BOTH_WAYS]
    fired = {screen(t).rule for t in texts}
    silent = sorted(rule_ids() - fired)
    assert not silent, f"rules without an example: {silent}"


def test_the_dev_set_is_caught_with_few_false_alarms() -> None:
    if not DEV_SET.exists():
        pytest.skip(f"dev set not found at {DEV_SET}")
    rows = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line]
    crisis = [r["text"] for r in rows if r["crisis"]]
    safe = [r["text"] for r in rows if not r["crisis"]]
    recall, false_alarms, missed, alarms = _figures(crisis, safe)
    print(
        f"\ndev set: recall {recall:.1%} of {len(crisis)}, "
        f"false alarms {false_alarms:.1%} of {len(safe)}"
    )
    assert recall == 1.0, f"recall {recall:.1%}; missed: {missed}"
    assert false_alarms <= 0.05, f"false alarms {false_alarms:.1%}: {alarms}"


def test_a_crisis_hidden_at_the_end_of_a_very_long_message_is_still_caught() -> None:
    filler = "I am looking for a support group near me on weekday evenings. " * 400
    assert len(filler) > 20_000
    assert screen(filler).crisis is False
    assert screen(filler + "I want to kill myself.").crisis


def test_a_crisis_across_a_window_edge_is_still_caught() -> None:
    for offset in range(4000, 4200, 7):
        text = "a" * offset + " I want to kill myself " + "b" * 6000
        assert screen(text).crisis, offset


def test_the_verdict_names_a_lexicon_rule_and_never_echoes_the_message() -> None:
    marker = "zorblax"
    verdict = screen(f"{marker} I want to kill myself {marker}")
    assert verdict.crisis
    assert verdict.rule in rule_ids()
    assert marker not in repr(verdict)


def test_a_safe_message_gets_the_safe_verdict() -> None:
    assert screen("Any groups for grief in Leeds?") == SAFE == Verdict(False, None, None)


def test_spelling_tricks_normalise_to_the_plain_words() -> None:
    assert normalise("K1LL  MYS3LF!!!") == "kil myself"
    assert normalise("s.u.i.c.i.d.e") == "suicide"
    assert normalise("ｓｕｉｃｉｄｅ") == "suicide"
    assert normalise("sucide") == "suicide"
    assert normalise("kіll") == "kil"  # Cyrillic і folds into the Latin word


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gets_a_verdict_and_never_an_error(text: str) -> None:
    verdict = screen(text)
    assert isinstance(verdict, Verdict)
    assert verdict.rule is None or verdict.rule in rule_ids()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=8))
def test_huge_messages_get_a_verdict(parts: list[str]) -> None:
    assert isinstance(screen(" ".join(parts) * 600), Verdict)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02\x7f",
        "\ud800 lone surrogate",
        "\u202eedisius\u202c",
        "مرحبا كيف حالك",
        "😀😭💀🔪" * 50,
        "#" * 10000,
        "ab" * 50000,
        "a " * 30000,
        "1" * 5000,
        "!" * 5000 + "kill myself",
    ],
)
def test_strange_input_never_breaks_the_screen(text: str) -> None:
    assert isinstance(screen(text), Verdict)
