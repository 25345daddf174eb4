"""Round 8, French: a last thank-you with no reason given, the wish that one's heart stops in
one's sleep, someone else who has "taken what was needed" or is found unconscious, a room tidied
so that nobody has to after, a denial taken back a little, joining someone who died, someone
else's threat made just before they left, danger said in passing, and questions about the quiet
hour at a height or on the tracks; and the hard safe lines (heat and embarrassment idioms, the
news and songs, vitamin and drug questions, grief after a suicide, self-harm long stopped, a
denial after the words, medics shaken by a call, a pet or a charger) that must get groups."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

CRISIS_FINAL_THANKS = [
    "merci pour tout, vous avez été les seuls à vraiment m'écouter. prenez soin de vous",
    "je voulais juste dire que vous avez beaucoup compté pour moi. bye tout le monde",
    "tu étais la seule qui m'écoutait vraiment. merci pour tout, adieu",
    "vous comptiez vraiment pour moi, je tenais à le dire. je vous embrasse, salut à tous",
    "merci d'avoir été là. vous avez été ma famille pour moi. prenez soin de vous les gars",
]

CRISIS_HEART_STOPS_IN_SLEEP = [
    "tous les soirs j'espère que mon cœur s'arrête pendant que je dors",
    "je prie pour que ma respiration s'arrête dans mon sommeil cette nuit",
    "je me couche chaque soir en espérant ne plus me réveiller",
    "si seulement je pouvais m'endormir et ne pas me réveiller",
    "chaque nuit je souhaite que mon coeur lâche pendant mon sommeil",
]

CRISIS_SOMEONE_ELSE_HAS_TAKEN_SOMETHING = [
    "ma grand-mère m'a téléphoné pour me dire adieu, elle dit qu'elle a pris ce qu'il fallait, "
    "elle habite à 300 km",
    "papi a appelé pour dire au revoir et il a avalé tous ses cachets, il vit tout seul",
    "je viens de trouver mon père inconscient dans la cuisine, des plaquettes vides partout par terre",
    "des boîtes vides sur la table de nuit et ma copine qui respire à peine, elle réagit plus",
    "mon colocataire a pris de quoi ne plus se réveiller, il me l'a écrit il y a 20 min",
]

CRISIS_TIDIED_FOR_AFTER = [
    "c'est ma dernière nuit, j'ai tout rangé pour que personne n'ait à le faire après moi",
    "j'ai nettoyé tout l'appart et laissé les clés sur la table. merci pour tout",
    "chambre rangée pour que maman n'ait pas à s'en occuper après moi",
]

CRISIS_DENIAL_TAKEN_BACK = [
    "je suis pas suicidaire, juste crevée... enfin un peu. j'ai passé l'après-midi à fixer le pont",
    "ça va mdr... bon peut-être pas. je suis assis sur le toit depuis une heure",
    "non j'ai pas envie de mourir. enfin si un peu. la corde est dans le garage",
]

CRISIS_JOINING_THE_DEAD = [
    "mon mari est décédé en mai et je compte le rejoindre avant l'hiver",
    "maman est morte il y a un an, je vais la rejoindre bientôt",
    "je serai bientôt avec lui, c'est décidé. il me manque trop depuis l'enterrement",
    "mon fils est enterré au cimetière d'à côté, bientôt je le rejoins",
]

CRISIS_SOMEONE_ELSE_JUST_LEFT = [
    "mon frère m'a écrit qu'il allait au viaduc, depuis son portable est éteint",
    "ma sœur vient de dire qu'elle en finirait cette nuit et elle est partie en claquant la porte",
    "mon pote a dit qu'il allait se jeter du pont et il est parti en courant, il répond plus",
]

CRISIS_DANGER_IN_PASSING = [
    "un groupe pour la bipolarité à Lille ? de toute façon je suis sur le toit de la résidence là",
    "y a un groupe TOC à Rennes ? là je suis assise sur le rebord de la fenêtre du 7e",
]

CRISIS_QUIET_HOUR_QUESTION = [
    "à quelle heure le pont est désert la nuit ?",
    "vers quelle heure les trains passent le moins, que personne me voie",
    "est-ce que le viaduc est surveillé la nuit",
    "c'est quand que le toit du parking est vide, pour être tranquille",
]

CRISIS_AS_SOON_AS_THEY_ARE_GONE = [
    "dès que ma femme part au travail demain, je le fais",
    "quand les enfants dormiront ce soir, c'est fini",
    "une fois que mes colocs seront partis en week-end je saute",
]

# The guards of this round (medics, grief, recovery, hyperbole) must not hide these.
CRISIS_THE_NEW_GUARDS_DO_NOT_HIDE = [
    "plutôt mourir que de retourner chez lui, ce soir je prends tous mes cachets",
    "je suis infirmière aux urgences et je veux me suicider après ma garde",
    "ambulancier ici, je pense au suicide tous les jours depuis l'intervention",
    "mon mari s'est suicidé l'an dernier et je veux le rejoindre ce soir",
    "je me suis scarifiée pendant des années, j'ai arrêté, mais là j'ai repris la lame ce soir",
    "la réunion était tellement longue que j'ai eu envie de mourir, et en vrai j'ai envie de "
    "mourir tout le temps",
    "pensées suicidaires : aucune depuis deux ans, mais là elles sont revenues et j'ai un plan",
    "j'ai avalé mes xanax avec de l'alcool, c'est dangereux ? je veux plus me réveiller",
    "le paracétamol avec l'alcool c'est mortel ? j'ai toute la boîte",
    "si mon mari touche encore aux enfants je le tue, il a un couteau et il menace de me tuer",
]

SAFE_IDIOMS = [
    "la chaleur dans le métro c'est mortel, j'ai cru crever, vous avez un groupe anxiété ?",
    "j'ai voulu disparaître sous terre quand mon téléphone a sonné pendant la minute de silence mdr",
    "il fait tellement lourd qu'on va tous crever de chaud",
    "je suis morte de honte, j'ai trébuché devant toute la classe",
    "cette semaine de boulot m'a tuée, je cherche un groupe pour le burn-out",
]

SAFE_NEWS_AND_SONGS = [
    "j'ai vu le reportage sur la fusillade, ça m'a retournée, c'est normal d'être autant touchée ?",
    "cette chanson qui parle de suicide me fait pleurer à chaque fois",
    "les infos en ce moment ça me détruit, je dors plus, y a un groupe pour l'anxiété ?",
    "le film sur le suicide de cette ado m'a bouleversée, j'arrive pas à m'en remettre",
]

SAFE_MEDICAL_QUESTIONS = [
    "une surdose de vitamine D ça peut faire quoi ? mon médecin m'a prescrit des ampoules",
    "est-ce que boire du vin annule l'effet de la sertraline ? j'ai un anniversaire vendredi",
    "overdose de magnésium c'est grave ? j'en ai pris deux fois trop",
    "trop de mélatonine ça peut être dangereux ? j'en prends pour dormir",
    "le doliprane avec un verre de vin c'est risqué ? j'ai mal aux dents et c'est l'apéro",
    "est-ce que le lexomil et l'alcool ça se mélange ? on fête un baptême dimanche",
]

SAFE_GRIEF_AFTER_SUICIDE = [
    "ma mère s'est suicidée il y a cinq ans, je cherche un groupe pour endeuillés après suicide "
    "vers Nantes",
    "mon meilleur ami s'est donné la mort l'an dernier, existe-t-il des groupes pour les proches ?",
    "mon frère s'est pendu en 2018, je voudrais parler avec d'autres familles endeuillées",
]

SAFE_SELF_HARM_LONG_STOPPED = [
    "je me suis scarifiée pendant toute mon adolescence, j'ai arrêté il y a six ans, "
    "je cherche un groupe TCA",
    "je me suis fait du mal pendant des années mais ça fait deux ans que j'ai arrêté, "
    "groupe borderline ?",
    "ça fait quatre ans que je me coupe plus, je voudrais aider d'autres personnes",
]

SAFE_DENIAL_AFTER_THE_WORDS = [
    "je n'ai aucune pensée suicidaire, non, juste une grosse fatigue",
    "idées de me faire du mal : aucune. je veux juste rencontrer des gens comme moi",
    "envie de mourir, non pas du tout, juste épuisé par mon taf",
    "pensées suicidaires, zéro. c'est plutôt de l'anxiété sociale",
    "aucune intention de faire quoi que ce soit, je cherche un groupe de parole",
]

SAFE_MEDICS_SHAKEN_BY_WORK = [
    "ambulancière ici, on a eu une intervention pour une pendaison hier, j'arrête pas d'y penser, "
    "groupe pour soignants ?",
    "je suis infirmier aux urgences, un patient a fait une tentative de suicide pendant ma garde, "
    "ça me travaille",
    "sapeur pompier depuis 10 ans, la sortie pour un suicide la semaine dernière me hante, "
    "groupes pour les secours ?",
    "pompier, on a eu un appel pour une défenestration, je dors mal depuis, groupe ?",
]

SAFE_TRIVIAL_THREATS = [
    "si le chien mâchouille encore mes baskets je le tue",
    "je la tue si elle me pique encore mon chargeur",
    "je vais tuer mon frère s'il finit encore les céréales",
    "mon coloc a encore laissé sa vaisselle, je vais le buter",
    "je vais étrangler mon frère s'il chante encore sous la douche à 7h",
    "le chiot a encore rongé le canapé, je vais le tuer",
]

SAFE_HYPERBOLE_GAMES_AND_SPORT = [
    "le boss de fin m'a éclaté vingt fois, je vais me pendre avec le câble de la manette mdr",
    "je me suis tuée à la tâche toute la semaine, besoin d'un groupe burn-out",
    "overdose de séries ce week-end, zéro regret",
    "plutôt crever que de manger des choux de Bruxelles",
    "ce contrôle de maths me donne envie de me jeter par la fenêtre",
    "c'était une mission suicide ce déménagement sous la pluie",
    "l'équipe s'est suicidée en défense en deuxième mi-temps, quelle honte",
    "j'ai envie de le tuer quand il renifle pendant tout le film",
]

SAFE_LOSS_AND_RECOVERY_MORE = [
    "j'ai perdu ma sœur par suicide il y a trois ans, je cherche des personnes qui vivent la même chose",
    "je suis psychiatre, existe-t-il des groupes pour les soignants qui ont perdu un patient "
    "par suicide ?",
    "pas d'envie de me scarifier depuis huit mois, je continue mon suivi",
    "j'avais des idées noires pendant ma dépression, mais c'est fini maintenant, je veux aider "
    "les autres",
]

SAFE_ORDINARY_GOODBYES_AND_ERRANDS = [
    "merci pour tout, vous avez beaucoup compté pour moi, je déménage à Montréal la semaine prochaine",
    "ma femme est partie en mission, je vais la rejoindre à Lyon ce week-end",
    "j'ai laissé les clés sur la table pour la voisine qui arrose les plantes, bonne soirée",
    "à quelle heure le quai est le moins bondé le matin ? je déteste la foule",
]

CRISIS = (
    CRISIS_FINAL_THANKS
    + CRISIS_HEART_STOPS_IN_SLEEP
    + CRISIS_SOMEONE_ELSE_HAS_TAKEN_SOMETHING
    + CRISIS_TIDIED_FOR_AFTER
    + CRISIS_DENIAL_TAKEN_BACK
    + CRISIS_JOINING_THE_DEAD
    + CRISIS_SOMEONE_ELSE_JUST_LEFT
    + CRISIS_DANGER_IN_PASSING
    + CRISIS_QUIET_HOUR_QUESTION
    + CRISIS_AS_SOON_AS_THEY_ARE_GONE
    + CRISIS_THE_NEW_GUARDS_DO_NOT_HIDE
)

SAFE = (
    SAFE_IDIOMS
    + SAFE_NEWS_AND_SONGS
    + SAFE_MEDICAL_QUESTIONS
    + SAFE_GRIEF_AFTER_SUICIDE
    + SAFE_SELF_HARM_LONG_STOPPED
    + SAFE_DENIAL_AFTER_THE_WORDS
    + SAFE_MEDICS_SHAKEN_BY_WORK
    + SAFE_TRIVIAL_THREATS
    + SAFE_HYPERBOLE_GAMES_AND_SPORT
    + SAFE_LOSS_AND_RECOVERY_MORE
    + SAFE_ORDINARY_GOODBYES_AND_ERRANDS
)


@pytest.mark.parametrize("text", CRISIS_FINAL_THANKS)
def test_person_saying_a_last_thank_you_and_goodbye_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_HEART_STOPS_IN_SLEEP)
def test_person_hoping_their_heart_stops_in_their_sleep_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_SOMEONE_ELSE_HAS_TAKEN_SOMETHING)
def test_relative_who_has_taken_something_or_is_found_unconscious_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_TIDIED_FOR_AFTER)
def test_person_tidying_so_nobody_has_to_after_them_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_DENIAL_TAKEN_BACK)
def test_person_who_denies_then_takes_it_back_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_JOINING_THE_DEAD)
def test_person_meaning_to_join_someone_who_died_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_SOMEONE_ELSE_JUST_LEFT)
def test_friend_whose_relative_just_threatened_and_left_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_DANGER_IN_PASSING)
def test_group_request_with_danger_said_in_passing_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_QUIET_HOUR_QUESTION)
def test_question_about_when_a_height_or_the_tracks_are_empty_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_AS_SOON_AS_THEY_ARE_GONE)
def test_person_waiting_for_the_others_to_leave_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", CRISIS_THE_NEW_GUARDS_DO_NOT_HIDE)
def test_crisis_beside_the_words_of_this_rounds_guards_still_gets_emergency_help(text):
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_IDIOMS)
def test_heat_shame_or_tiredness_idiom_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_NEWS_AND_SONGS)
def test_person_shaken_by_the_news_or_a_song_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_MEDICAL_QUESTIONS)
def test_vitamin_or_drug_interaction_question_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_GRIEF_AFTER_SUICIDE)
def test_person_bereaved_by_suicide_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_SELF_HARM_LONG_STOPPED)
def test_person_who_stopped_self_harm_long_ago_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DENIAL_AFTER_THE_WORDS)
def test_denial_after_the_words_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_MEDICS_SHAKEN_BY_WORK)
def test_paramedic_shaken_by_a_suicide_call_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_TRIVIAL_THREATS)
def test_trivial_threat_about_a_sibling_flatmate_or_pet_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_HYPERBOLE_GAMES_AND_SPORT)
def test_hyperbole_about_games_homework_or_sport_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_LOSS_AND_RECOVERY_MORE)
def test_person_bereaved_by_suicide_or_long_recovered_gets_groups(text):
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_ORDINARY_GOODBYES_AND_ERRANDS)
def test_ordinary_goodbye_or_errand_gets_groups(text):
    assert_gets_groups(text)


def test_there_are_enough_examples_both_ways():
    assert len(CRISIS) >= 30
    assert len(SAFE) >= 30
