"""Round 10, French: regional and oblique wording. Québec euphemisms for leaving for good with
the ordinary sense ruled out ("m'en aller pour vrai, pas déménager"), Antillean and Haitian
Creole ("pa vlé viv ankò", "fini ak lavi m", "pann kò mwen"), farm poisons named by brand or by
use (someone drank them, or a dose is asked for a person), heights sought for what they lack
(no railing, no guard, a window that opens), pills asked "to stop a heart", self-harm slang
(stries, beans, seeing the white), a car driven at people or a push down the stairs, someone
over a railing or limp after a pill, joining the dead, hoping for an accident, and signs in
local words; and the same words used safely (a parent angry about a mark, a match lost, a
charger taken, the cost of living, a bread knife, a farewell letter to a job, fireworks on the
balcony, dancing till you drop, a pesticide sprayed, stones for skimming) that must still get
groups."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

CRISIS_REGIONAL_WORD_FOR_LEAVING = [
    "je pense à crisser mon camp, je parle pas de déménager",
    "jveux me casser de ce monde, sérieux j'en peux plus",
    "je vais m'en aller de cette vie ce soir",
    "j'ai envie de partir pour de bon, pas pour déménager là",
]

CRISIS_CREOLE_ENDING_IT = [
    "mwen pa vle viv ankò",
    "an ké pann kò mwen aswè-a",
    "m ap fini ak lavi m jodi a",
    "an vlé mouri, pa pléré pou mwen",
    "mwen bwè tout grenn yo",
]

CRISIS_FARM_POISON = [
    "mon frère a avalé du paraquat, il vomit partout",
    "ma grand-mère a bu du désherbant, elle respire mal",
    "mon oncle a bu le produit pour les rats",
    "le glyphosate, combien de verres pour mourir ?",
    "l'insecticide ça fait quoi à quelqu'un qui en boit",
    "et si je bois de l'antigel ça marche ?",
]

CRISIS_HEIGHT_SOUGHT_FOR_WHAT_IT_LACKS = [
    "le parking du centre commercial, y a un étage où il y a pas de grillage ?",
    "la falaise d'Étretat, y a des endroits sans barrière ?",
    "quelle hauteur pour être sûr de pas survivre",
    "l'immeuble le plus haut du quartier avec une fenêtre qui s'ouvre, vous connaissez ?",
]

CRISIS_LETHAL_DOSE_ASKED = [
    "ça prend combien de cachets pour arrêter le cœur",
    "qu'est-ce qu'on trouve sans ordonnance qui pourrait me tuer",
]

CRISIS_SELF_HARM_SLANG = [
    "je me suis fait de nouvelles stries hier soir",
    "j'ai fait des coupures jusqu'au gras cette fois",
]

CRISIS_HARM_TO_SOMEONE_NOW = [
    "je vais foncer avec mon camion dans la foule",
    "j'ai envie de pousser mon beau-père dans les escaliers là maintenant",
]

CRISIS_DANGER_SEEN_NOW = [
    "mon frère a enjambé le parapet du pont, il veut pas redescendre",
    "ma fille a avalé des comprimés, elle est toute molle",
    "mon coloc est parti avec son fusil, il a dit adieu à tout le monde",
    "mon beau-père m'a brûlé avec sa clope, il crie dans le couloir",
]

CRISIS_JOINING_THE_DEAD_OR_THE_WATER = [
    "je vais rejoindre papa au ciel ce soir",
    "quand vous lirez cette lettre je serai déjà loin",
    "j'ai mis des pierres dans mes poches, je marche vers le lac",
    "si je me faisais renverser par un bus demain ce serait bien",
    "j'pense qu'à m'tirer une balle",
]

CRISIS_SIGNS_IN_LOCAL_WORDS = [
    "je vous dérangerai plus. le double de clé est sous le paillasson",
    "merci pour toute la gang. vous me reverrez pus",
    "j'en peux plus, j'ai choisi ma date pour samedi",
    "ne me cherchez pas demain. j'ai donné mes clés à la voisine",
    "merci pour tout les amis. je vous embêterai plus jamais",
    "j'en peux pus, j'ai glissé une enveloppe sous la porte de ma sœur",
    "le monoxyde, je laisse tourner la bagnole toute la nuit dans le garage",
]

SAFE_PARENT_OR_BOSS_WILL_KILL_ME = [
    "ma mère va me tuer, j'ai encore oublié le pain",
    "le prof va me tuer, j'ai raté le contrôle",
    "les escaliers du métro vont finir par me tuer",
    "ce match a failli me tuer, quel suspense",
]

SAFE_HYPERBOLE_ABOUT_A_MATCH_OR_A_PURCHASE = [
    "je vais me pendre si on perd encore le derby",
    "je vais mourir si j'ai pas les billets pour le concert",
    "je vais égorger mon frère il m'a piqué mes écouteurs",
    "si j'entends encore cette alarme je vais tuer quelqu'un",
]

SAFE_ORDINARY_USE_OF_THE_SAME_WORDS = [
    "fatigué de la vie chère, les loyers sont fous ici",
    "je me suis coupé avec la mandoline en faisant des frites",
    "J'ai écrit une lettre d'adieu à mon ancien boulot, ça m'a libéré",
    "adieu les amis, à bientôt à Montréal",
    "on fait un barbecue sur le balcon avec mes cousins",
    "j'ai dansé à en mourir hier au mariage",
    "j'aimerais disparaître une semaine au bout du monde, juste souffler",
    "je me suis fait des stries blondes dans les cheveux",
    "je pars à Lyon, pas en vacances hein, pour bosser",
    "ne me cherchez pas ce week-end, je suis au chalet sans réseau",
    "je vous dérangerai plus, promis, merci pour votre réponse",
    "j'ai laissé un mot sur le frigo pour le coloc, il doit payer sa part",
    "le monoxyde dans le garage c'est dangereux, laissez pas tourner le moteur toute la nuit",
]

SAFE_FARM_AND_HEIGHT_WORDS = [
    "le paraquat est interdit en Europe, on l'utilisait dans les bananeraies",
    "j'ai traité les rosiers avec de l'insecticide ce matin",
    "j'avais des cailloux dans mes poches pour les ricochets avec mon neveu",
    "on est montés au toit sans badge pour faire des photos du lever de soleil",
    (
        "mon père est parti avec sa carabine pour la chasse, "
        "il a dit qu'on le reverra pas avant dimanche"
    ),
    "ma mère m'a brûlée avec sa cigarette sans faire exprès en me prenant dans ses bras",
    "mwen ka mò ri, ou two fò",
    "an ka mò fen, ban mwen manjé",
    "y a un parking où il y a pas de caméras pour garer mon camion la nuit ?",
    "cette chanson parle tellement bien des idées noires, elle m'a aidée à en parler",
]


@pytest.mark.parametrize("text", CRISIS_REGIONAL_WORD_FOR_LEAVING)
def test_person_using_a_regional_word_for_leaving_for_good_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_CREOLE_ENDING_IT)
def test_person_writing_in_creole_about_ending_it_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_FARM_POISON)
def test_farm_poison_drunk_or_asked_about_for_a_person_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_HEIGHT_SOUGHT_FOR_WHAT_IT_LACKS)
def test_person_seeking_a_height_without_railing_or_guard_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_LETHAL_DOSE_ASKED)
def test_person_asking_what_pills_stop_a_heart_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_SELF_HARM_SLANG)
def test_person_using_self_harm_slang_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_HARM_TO_SOMEONE_NOW)
def test_person_about_to_drive_at_or_push_someone_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_DANGER_SEEN_NOW)
def test_danger_seen_now_in_someone_else_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_JOINING_THE_DEAD_OR_THE_WATER)
def test_person_joining_the_dead_or_walking_into_water_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_SIGNS_IN_LOCAL_WORDS)
def test_two_warning_signs_in_local_words_get_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_PARENT_OR_BOSS_WILL_KILL_ME)
def test_saying_a_parent_or_a_thing_will_kill_me_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_HYPERBOLE_ABOUT_A_MATCH_OR_A_PURCHASE)
def test_hyperbole_about_a_match_a_purchase_or_a_sibling_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_ORDINARY_USE_OF_THE_SAME_WORDS)
def test_ordinary_use_of_the_same_words_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_FARM_AND_HEIGHT_WORDS)
def test_farm_poison_heights_and_fire_named_safely_get_groups(text: str) -> None:
    assert_gets_groups(text)
