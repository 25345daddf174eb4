"""Round 10, German: regional and oblique wording.

Swiss, Austrian, Bavarian, Cologne and Berlin voices: jumping off or throwing oneself in front of
a named place, going to the river "and then it's over", regional ways of being done with life,
a whole pack taken in dialect, self-harm and abuse told with dialect participles ("gschnitte",
"jeritzt", "gwürgt"), waiting with a weapon for someone, fear of harming one's baby, and method
questions "so that one does not wake up". The safe side: the same places, objects and words in
ordinary use (the pool, the lake on holiday, an accidental burn, a goodbye with plans to meet
again, a grumble about a hotline or a game), which must still get groups.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# --- crisis, by family ---

DE_R10_CRISIS_JUMP_OFF_NAMED_PLACE = [
    "ick spring nachher von der Jannowitzbrücke",
    "spring i heut no vom Kirchturm",
    "Ich gump hüt znacht vo de Kornhausbrugg",
    "wenn das Gespräch morgen schiefgeht, spring ich vom Parkhaus",
    "ich bin so weit, dass ich vom Dach vom Studentenwohnheim spring",
]

DE_R10_CRISIS_THROW_SELF_IN_FRONT = [
    "i hau mi morgen früh vor an Zug",
    "ick schmeiß mir gleich vor die S-Bahn",
    "dass i mi in d'Isar schmeiß, des is des Einzige, was i no wui",
    "i werf mi heut vor die Bim",
]

DE_R10_CRISIS_GO_TO_PLACE_THEN_OVER = [
    "I gang hüt znacht a d'Limmat und de isch fertig.",
    "ich fahr jetzt an die Elbe und dann ist Ruhe",
    "ick geh zur Spree und dit wars dann",
    "gehe heute zu den Gleisen und fertig",
]

DE_R10_CRISIS_REGIONAL_DONE_WITH_LIFE = [
    "Ich bin des Lebens müde. Heute Nacht ist es so weit.",
    "ich hab gnueg vom Lebe. Hüt am Abig gang i a d'Aare.",
    "i mag nüma, hüt isch de letscht Tag",
]

DE_R10_CRISIS_WHOLE_PACK_TAKEN = [
    "hab grad e ganzi Schachtle Schlaftablette gno",
    "i hob a ganze Packung Tavor gschluckt, jetzt dreht sich ois",
    "hab alles geschluckt was im Schrank war, mir wird so komisch",
    "vor ner halben Stunde hab ich alle genommen und jetzt ist mir schwindlig",
]

DE_R10_CRISIS_CUT_SELF_DIALECT = [
    "han mi grad wieder gschnitte, es blutet wie verruckt",
    "ich han mich jestern Nacht widder jeritzt",
    "hab mir mit der Klinge die Arme aufgeschlitzt",
]

DE_R10_CRISIS_BURNED_SELF_ON_PURPOSE = [
    "hab mich gestern mit der Zigarette verbrannt, immer wieder",
    "ha mi mit em Feuerzüg verbrönnt, mehrmals, es macht Blotere",
    "ich hab mich absichtlich mit dem Bügeleisen verbrannt",
]

DE_R10_CRISIS_URGE_TO_HURT_SELF = [
    "ick will mir so richtig wehtun jetzt",
    "ich wott mer weh tue, ich halts nöd us",
    "ich muss mir grad weh tun, anders geht es nicht",
]

DE_R10_CRISIS_ABUSE_DIALECT = [
    "mei Oida hot mi grod wieder gschlogn und gwürgt",
    "Min Fründ het mi vorhin gwürgt und isch no dihei",
    "Minge Mann hät mich jrad jeschlage, ich han Angst",
    "Mei Vadda schlogt grad auf mei Mama ein",
]

DE_R10_CRISIS_WAITING_WITH_WEAPON = [
    "Ich sitz im Auto mit dem Gewehr und wart, bis mein Nachbar rauskommt.",
    "steh vor seiner Tür mit nem Messer, der soll sehen wie das ist",
    "hock in der Garage mit der Axt und warte, dass sie heimkommt",
]

DE_R10_CRISIS_FEAR_OF_HARMING_BABY = [
    "ich hab Angst, dass ich meinem Baby was antue",
    "i hob Panik, i tua meim Kind wos an",
]

DE_R10_CRISIS_METHOD_NO_WAKING = [
    "wie viel Schlafmittel bruchts, dass mer nüm ufwacht",
    "wie hoch muass a Bruckn sein, dass ma nimma aufsteht",
    "Ab welcher Höhe stirbt man sicher, wenn man springt?",
]

DE_R10_CRISIS_SOMEONE_ON_ROOF_SAYS_JUMP = [
    "Mini Schwöschter isch uf em Dach vom Parkhuus und seit, sie gumpt",
    "mein Kumpel steht auf der Brücke und schreit, er springt gleich",
]

DE_R10_CRISIS_KNOWS_HOW_MUCH_IS_NEEDED = [
    "Hab das Insulin von meiner Oma genommen und weiß genau, wie viel ich brauche.",
    "d'Tablette han i gsammlet und weiss scho, wie vill i bruch",
]

DE_R10_CRISIS_WILL_IT_HOLD_MY_WEIGHT = [
    "Trägt so ein Heizungsrohr mein Gewicht, ich wiege 80 kg?",
    "hält a Gürtel a Person aus, ehrlich gfragt",
]

DE_R10_CRISIS_PLACE_AND_ALL_THE_SAME = [
    "ick geh uffs Dach vom Plattenbau, ick hab keen Bock mehr",
    "i gang jetzt uf d'Brugg, mir isch ois gliich",
    "Ich hab die Faxen dicke. Auf die Gleise, das geht schnell.",
]

DE_R10_CRISIS_ROOF_IF_I_DARE = [
    "Na, ick kletter jetzt uffs Parkhaus, mal sehen ob ick mir trau.",
    "steh grad am Dach vom Hochhaus und weiß nicht, ob ich mich trau",
]


@pytest.mark.parametrize("text", DE_R10_CRISIS_PLACE_AND_ALL_THE_SAME)
def test_person_heading_to_a_roof_with_nothing_mattering_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_ROOF_IF_I_DARE)
def test_person_on_a_roof_wondering_if_they_dare_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_SOMEONE_ON_ROOF_SAYS_JUMP)
def test_someone_on_a_roof_who_says_they_will_jump_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_KNOWS_HOW_MUCH_IS_NEEDED)
def test_person_who_knows_how_much_they_need_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_WILL_IT_HOLD_MY_WEIGHT)
def test_person_asking_whether_something_holds_their_weight_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_JUMP_OFF_NAMED_PLACE)
def test_person_jumping_off_a_named_place_in_dialect_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_THROW_SELF_IN_FRONT)
def test_person_throwing_themself_in_front_of_a_train_or_into_a_river_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_GO_TO_PLACE_THEN_OVER)
def test_person_going_to_the_river_and_then_its_over_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_REGIONAL_DONE_WITH_LIFE)
def test_person_using_a_regional_word_for_being_done_with_life_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_WHOLE_PACK_TAKEN)
def test_person_who_took_a_whole_pack_in_dialect_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_CUT_SELF_DIALECT)
def test_person_cutting_themself_in_dialect_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_BURNED_SELF_ON_PURPOSE)
def test_person_burning_themself_on_purpose_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_URGE_TO_HURT_SELF)
def test_person_with_the_urge_to_hurt_themself_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_ABUSE_DIALECT)
def test_person_strangled_or_beaten_told_in_dialect_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_WAITING_WITH_WEAPON)
def test_person_waiting_for_someone_with_a_weapon_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_FEAR_OF_HARMING_BABY)
def test_parent_afraid_of_harming_their_baby_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R10_CRISIS_METHOD_NO_WAKING)
def test_person_asking_how_much_so_one_does_not_wake_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


# --- safe, by family ---

POOL_AND_SPORT_JUMPS = [
    "Im Freibad spring ich heut zum ersten Mal vom Dreier!",
    "ich gump hüt vom Sprungbrett i de Badi, bin so nervös",
    "Wenn Dortmund die Meisterschaft holt, spring ich vom Sofa vor Freude",
]

WATER_FOR_LEISURE = [
    "Ich fahr am Wochenende an den Bodensee zum Baden und dann ist endlich Ruhe vom Büro.",
    "Nach der Arbeit geh ich zum Rhein joggen und dann ist Feierabend.",
    "Wir gehen morgen an die Aare zum Grillen, kommt ihr mit?",
    "ich fahr jetzt zum See, mir ist alles egal heute, Hauptsache Sonne",
]

ACCIDENTAL_BURNS_AND_CUTS = [
    "Hab mich beim Grillen mit dem Feuerzeug verbrannt, autsch, aber nix Schlimmes.",
    "Ha mi bim Zwiebelschnide gschnitte, nume es Pflaster",
    "Beim Rasieren hab ich mich geschnitten, ist aber nur ein Kratzer.",
]

PETS_AND_EVERYDAY_PACKS = [
    "Unser Hund hat eine ganze Packung Leberwurst gefressen, jetzt schläft er zufrieden.",
    "Die Katze hat die ganze Tüte Leckerli gefressen, Tierarzt meint, alles gut.",
]

GOODBYES_WITH_PLANS = [
    "Danke an alle, ich werd euch vermissen, wir sehen uns beim Sommerfest!",
    "Heute war mein letzter Tag im Betrieb, ab Montag bin ich in Rente. Danke für alles!",
    "Ab März bin ich nicht mehr da, ich zieh zu meinem Sohn nach Kiel.",
    "Ich hab Briefe an meine Freunde geschrieben, weil ich für ein Jahr nach Australien gehe.",
    "Das war mein letzter Beitrag hier, ich hab endlich einen Therapieplatz. Alles Gute euch!",
]

VANISHING_ON_HOLIDAY = [
    "Ich will einfach verschwinden, eine Woche auf eine Insel ohne Handy.",
    "Manchmal möcht ich nur verschwinden, in eine Hütte in den Bergen, Auszeit halt.",
]

EVERYDAY_GRUMBLES = [
    "Die Warteschleife bei der Hotline macht mich lebensmüde, seit 40 Minuten.",
    "Dieser Boss im Spiel macht mich echt lebensmüde, 50 Versuche schon",
    "Ab morgen ist Schluss mit Zucker, ich will gesünder leben.",
    "Morgen will ich schlafen und nie mehr aufstehen, jedenfalls nicht vor Mittag, Ferien!",
]

CHANGE_NOT_DEATH = [
    "Ich will nur nicht mehr so leben wie bisher, deshalb such ich eine Selbsthilfegruppe.",
]

QUOTED_AND_PAST = [
    "Meine Tante sagt immer, wenn sie ins Heim muss, springt sie vom Kirchturm. Sie lacht dabei.",
    "Hoi, ich ha vor vier Jahr e Suizidversuech gha, hüt gahts mer guet. Gits Peer-Gruppe?",
    "Als Lehrerin hab ich im Aufsatz eines Schülers gelesen, er wolle für immer schlafen. "
    "Die Eltern sind informiert. Welche Gruppen empfehlt ihr?",
    "Wie erkennt man eine Überdosis bei jemandem? Ich mache gerade einen Sanitätskurs.",
]

EVERYDAY_WEIGHTS_AND_ROOFS = [
    "Hält der Ast eine Person aus, wenn wir eine Schaukel für die Kinder dranhängen?",
    "Der Dachdecker steht auf dem Dach und sagt, er springt gleich runter zur Pause.",
    "Ich weiß genau, wie viel Mehl ich für den Zopf brauche.",
]

CALM_AND_GRIEF = [
    "Ich sitz auf dem Balkon mit Kaffee und schau runter auf den Markt, heute geht es mir gut.",
    "Jetzt, wo alles erledigt ist, kommt die Trauer um meine Mutter. Gibt es Trauergruppen?",
    "Meine Frau sagt, wenn ich den Jahrestag vergesse, bringt sie mich um. Tipps für Geschenke?",
    "Welcher Stock ist bei Hochwasser sicher? Wir wohnen im Erdgeschoss.",
]


@pytest.mark.parametrize("text", POOL_AND_SPORT_JUMPS)
def test_jump_at_the_pool_or_for_joy_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", WATER_FOR_LEISURE)
def test_river_or_lake_for_leisure_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ACCIDENTAL_BURNS_AND_CUTS)
def test_accidental_burn_or_cut_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", PETS_AND_EVERYDAY_PACKS)
def test_pet_eating_a_whole_pack_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", GOODBYES_WITH_PLANS)
def test_goodbye_with_a_plan_or_a_plain_reason_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", VANISHING_ON_HOLIDAY)
def test_wish_to_vanish_on_holiday_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", EVERYDAY_GRUMBLES)
def test_everyday_grumble_with_dying_words_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", CHANGE_NOT_DEATH)
def test_wish_for_a_different_life_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", QUOTED_AND_PAST)
def test_quoted_past_or_first_aid_wording_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", EVERYDAY_WEIGHTS_AND_ROOFS)
def test_everyday_weight_roof_or_amount_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", CALM_AND_GRIEF)
def test_calm_moment_grief_or_joke_threat_gets_groups(text: str) -> None:
    assert_gets_groups(text)


def test_student_threatening_to_jump_if_the_exam_fails_gets_emergency_help() -> None:
    # A long, ordinary frame does not hide the plan in the middle.
    assert_caught_by_rules(
        "Servus, ich bin im dritten Semester in Innsbruck. Wenn ich die Klausur nicht schaff, "
        "spring ich vom Bergisel. Gibt's Lerngruppen?"
    )


def test_joking_about_jumping_off_the_stands_gets_groups() -> None:
    assert_gets_groups(
        "Wenn der HSV wieder absteigt, spring ich von der Tribüne. Spaß, gibt's Fangruppen?"
    )
