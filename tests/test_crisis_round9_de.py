"""Round 9, German: emergencies described rather than named. Someone else with blue lips or foam
at the mouth who will not wake, a locked room that smells of gas, someone found hanging; a poison
or barbiturate bought or sought, pills gathered so nobody asks, a knot "not for camping"; a gun
within reach while alone; the insurance as the reason; words meant to be read after; affairs
wound up; danger sought on purpose; a time set by someone else's sleep; abuse and anger now. And
the same objects and words used safely, which must still get groups (a rifle for the season, gas
reported to the landlord, a sailing knot, an insurance question, rent paid before a holiday, a
paramedic's call, rat poison for rats)."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

DE_R9_CRISIS_SOMEONE_WONT_WAKE = [
    "mein kumpel wacht nach der party nicht mehr auf, seine lippen sind ganz blau",
    "meine freundin hat schaum vorm mund und reagiert nicht",
    "mein bruder hat blaue lippen und ist nicht wach zu kriegen",
    "sie hat schaum vor dem mund und zuckt die ganze zeit",
    "er liegt am boden, lippen blau, atmet kaum",
    "meine mitbewohnerin ist total bläulich um die lippen und reagiert auf nichts, was soll ich tun",
    "er kriegt keine luft mehr und seine lippen werden blau",
    "seine augen sind verdreht und er hat schaum vorm mund",
    "mein kumpel hat zu viel getrunken und ist jetzt ganz blau im gesicht",
    "der kleine hat blaue lippen nach dem baden im see, er atmet kaum",
]

DE_R9_CRISIS_GAS_OR_HANGING = [
    "mein sohn hat sich im zimmer eingeschlossen und es riecht nach gas",
    "meine mutter hat sich im bad eingesperrt und es riecht total nach gas",
    "hab meinen papa in der garage hängend gefunden, er bewegt sich noch, was soll ich tun",
    "mein bruder hängt am treppengeländer, hilfe",
    "bin mit dem auto in den graben gefahren, das bein klemmt und es riecht nach benzin",
]

DE_R9_CRISIS_MEANS_ACQUIRED = [
    "wo bekomme ich nembutal her",
    "hab auf dem markt rattengift gekauft",
    "hab mir rattengift besorgt",
    "woher kriegt man natriumnitrit",
    "hab in drei verschiedenen apotheken je eine packung geholt damit keiner fragt",
    "wie macht man einen knoten der hält, nicht fürs campen",
    "hab mir pentobarbital aus dem ausland bestellt",
    "hab rattengift im schrank, nur für den fall",
]

DE_R9_CRISIS_GUN_WHILE_ALONE = [
    "opa hat sein jagdgewehr noch im haus und ich bin hier ganz allein",
    "der karabiner von meinem mann liegt im schrank und er ist auf montage",
    "die pistole von papa liegt im nachttisch, mama ist verreist",
    "mein vater hat seine dienstwaffe zuhause gelassen und ich bin allein",
]

DE_R9_CRISIS_INSURANCE_AS_REASON = [
    "meine frau wäre mit der versicherung besser dran als mit mir",
    "hab vor kurzem ne lebensversicherung abgeschlossen, dann kriegen sie wenigstens was",
    "ohne mich wäre mehr geld für die kinder übrig",
    "die lebensversicherung zahlt mehr als ich je verdienen werde",
    "meine familie hat mehr von meiner lebensversicherung als von mir",
]

DE_R9_CRISIS_WORDS_FOR_AFTER = [
    "bitte sagt meinem sohn später, dass es nicht seine schuld war",
    "schwesterherz, wenn du das liest, ich hab dich lieb, tut mir leid dass es so ist",
    "sagt mama dass ich sie lieb hab, es tut mir leid",
    "falls ihr das hier lest, es tut mir leid",
]

DE_R9_CRISIS_AFFAIRS_WOUND_UP = [
    "hab die miete einen monat im voraus bezahlt, die fische gefüttert und den schlüssel bei der nachbarin gelassen",
    "hab eine liste gemacht wer welche sachen von mir bekommt, hängt am kühlschrank",
    "hab meiner besten freundin meinen handycode geschickt und gesagt sie soll meine pflanzen behalten",
]

DE_R9_CRISIS_DANGER_ON_PURPOSE = [
    "bin gestern extra ohne zu gucken über die kreuzung gelaufen",
    "wenn das flugzeug auf dem rückflug abstürzt wär mir das recht",
    "seit drei tagen nicht gegessen und nicht geschlafen und lauf an der bahnsteigkante lang, da ist es ruhiger",
    "bin absichtlich bei rot über die straße gegangen, war mir egal ob ein auto kommt",
    "bin absichtlich ohne licht nachts auf der landstraße gefahren",
]

DE_R9_CRISIS_TIMING = [
    "heute nacht sobald mein sohn schläft",
    "wenn ich einschlafe hoffe ich jedes mal dass es das war",
    "sobald meine frau schläft ist es soweit",
]

DE_R9_CRISIS_ABUSE_AND_ANGER_NOW = [
    "mein onkel übernachtet wieder bei uns, dann kommt er immer zu mir. ich bin 12",
    "mein trainer will dass ich nach dem training wieder allein bei ihm bleibe und ich hab angst vor heute",
    "ich bin so wütend, ich schlag gleich meine mutter, ich kann mich kaum noch zurückhalten",
    "ich hab so ne wut, gleich schlag ich meinen vater",
    "mein stiefbruder kommt heute wieder und ich hab angst dass er wieder in mein zimmer kommt",
]

SAFE_DE_R9_HUNTING_AND_GUNS = [
    "bereite mein jagdgewehr für die saison vor, kennt jemand eine gruppe für jäger mit depression",
    "opa hat sein jagdgewehr im waffenschrank, er geht jeden herbst auf die jagd",
    "mein mann ist auf montage und ich fühl mich einsam",
    "ich bin polizist und meine dienstwaffe liegt abends im tresor, bin oft allein im dienst",
    "im schützenverein reinige ich nach dem training immer meine pistole, das beruhigt mich",
]

SAFE_DE_R9_ORDINARY_HOUSEHOLD = [
    "hat jemand tipps für segelknoten? ich suche auch eine selbsthilfegruppe",
    "hab die miete im voraus bezahlt, weil ich zwei monate in urlaub fahre",
    "wir haben rattengift gegen die ratten im keller ausgelegt",
    "hab rattengift gekauft, die mäuse im dachboden nerven",
    "die pflanzen meiner freundin gieße ich während sie im urlaub ist",
    "hab eine liste gemacht was ich für den umzug noch erledigen muss",
    "hab mir ein seil zum klettern gekauft",
    "hab in der apotheke ibuprofen gekauft gegen kopfschmerzen",
    "wo kann man natriumnitrit für wurst pökeln kaufen",
    "ich hab rattengift gekauft, aber für die schnecken im garten",
    "hab den schlüssel bei der nachbarin gelassen weil die handwerker kommen",
    "wir haben die miete im voraus bezahlt und den schlüssel der nachbarin gegeben, weil wir drei wochen nach italien fahren",
]

SAFE_DE_R9_MONEY_QUESTIONS = [
    "ich hab eine frage zur lebensversicherung, zahlt die bei depression",
    "die versicherung zahlt nicht für meine therapie, was kann ich tun",
    "wie sag ich meinem sohn, dass die scheidung nicht seine schuld ist",
]

SAFE_DE_R9_MEDICAL_AND_PROFESSIONAL = [
    "mein baby wacht aus dem mittagsschlaf nicht auf, ist das normal dass kinder so lange schlafen",
    "als sanitäter hatte ich gestern einen einsatz, der patient hatte blaue lippen, das beschäftigt mich",
    "meine katze hat schaum vorm mund nach der wurmkur, ist das normal",
    "mein vater ist nach dem schlaganfall schwer wach zu kriegen, pflegegruppe gesucht",
    "im erste hilfe kurs haben wir gelernt, was man bei blauen lippen macht",
    "die lippen vom kleinen sind blau vom eis essen, hilfe war nur die heidelbeere",
    "mein baby ist beim schreien ganz blau im gesicht angelaufen, ist das normal",
    "ich suche eine gruppe für angehörige, mein sohn hat sich im zimmer eingeschlossen und redet nicht mit mir",
]

SAFE_DE_R9_ORDINARY_DAY = [
    "ich habe angst vorm fliegen, gibt es dafür eine gruppe",
    "wenn mein sohn schläft hab ich endlich zeit für mich",
    "heute abend sobald die kinder schlafen, gönn ich mir ein bad",
    "mein trainer ist super nett, ich suche aber eine gruppe für sportler mit angst",
    "ich bin so wütend auf meine mutter, sie hört mir nie zu",
    "danke für alles, bis nächste woche in der gruppe",
    "schwesterherz wenn du das liest, alles gute zum geburtstag",
    "ich laufe jeden tag an der bahnsteigkante vorbei zur arbeit",
    "bin extra bei rot über die ampel weil ich spät dran war, blöd ich weiß",
    "ich schlafe schlecht, wenn ich einschlafe träume ich schlecht",
    "ich schlag gleich meinen bruder beim mario kart",
    "mein mann hat sich im arbeitszimmer eingeschlossen, weil er telefoniert, es riecht nach grill von den nachbarn",
]


@pytest.mark.parametrize("text", DE_R9_CRISIS_SOMEONE_WONT_WAKE)
def test_friend_who_will_not_wake_up_with_blue_lips_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R9_CRISIS_GAS_OR_HANGING)
def test_someone_locked_in_with_gas_or_found_hanging_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R9_CRISIS_MEANS_ACQUIRED)
def test_poison_or_barbiturate_bought_without_a_reason_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R9_CRISIS_GUN_WHILE_ALONE)
def test_gun_within_reach_while_alone_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R9_CRISIS_INSURANCE_AS_REASON)
def test_family_better_off_with_the_insurance_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R9_CRISIS_WORDS_FOR_AFTER)
def test_message_meant_to_be_read_afterwards_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R9_CRISIS_AFFAIRS_WOUND_UP)
def test_rent_paid_ahead_and_keys_left_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R9_CRISIS_DANGER_ON_PURPOSE)
def test_crossing_blind_on_purpose_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R9_CRISIS_TIMING)
def test_time_set_by_someone_elses_sleep_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R9_CRISIS_ABUSE_AND_ANGER_NOW)
def test_child_afraid_of_an_adult_tonight_or_anger_about_to_hit_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_DE_R9_HUNTING_AND_GUNS)
def test_hunter_cleaning_a_rifle_for_the_season_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R9_ORDINARY_HOUSEHOLD)
def test_rat_poison_for_rats_or_rent_paid_before_a_holiday_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R9_MONEY_QUESTIONS)
def test_ordinary_insurance_question_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R9_MEDICAL_AND_PROFESSIONAL)
def test_paramedic_or_pet_owner_describing_symptoms_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R9_ORDINARY_DAY)
def test_ordinary_evening_plans_and_anger_gets_groups(text: str) -> None:
    assert_gets_groups(text)
