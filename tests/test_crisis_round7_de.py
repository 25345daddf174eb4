"""Round 7, German: crisis wordings that slipped past the rules (doses of a named medicine, a
joke taken back, standing at the edge described, a gun within reach, harm on the way, a blade
taken out of a sharpener, veiled plans) and hard safe lines that must get groups (a goodbye with
an ordinary reason, a stated denial, idioms, professionals quoting, recovery, hyperbole)."""

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

DE_R7_CRISIS = [
    "wenn er mich nochmal anschreit spring ich vom dach",
    "sterben will ich nicht, aber ich will auch nicht mehr leben",
    "ich hab von meiner beerdigung geträumt und wünschte es wäre wahr, ich hab die tabletten schon",
    "wie viele mg amitriptylin braucht man bis es tödlich ist",
    "reicht eine ganze packung zopiclon eigentlich aus?",
    "ich hab 45 escitalopram gebunkert. ist das genug?",
    "hab über monate 80 venlafaxin zusammengespart, reicht das?",
    "wieviel insulin müsste ich mir spritzen damit ich nicht mehr aufwache",
    "was ist die letale dosis von tilidin",
    "hahaha nee bin nicht suizidal keine sorge 😂 ... naja doch. der plan steht schon seit letzter woche",
    "lol ich mach doch nix dummes. ehrlich gesagt doch, die tabletten liegen hier",
    "ich steh hier am bahnsteig und der nächste ice fährt hier ohne halt durch",
    "sitz schon ne stunde am rand vom parkhaus, die beine hängen über der kante",
    "ich sitz auf dem dach und lass die beine baumeln, ist ganz ruhig hier oben",
    "mein mitbewohner steht auf dem fenstersims und will nicht reinkommen",
    "meine oma hat eine handvoll von ihren schlaftabletten genommen, sie sagt sie ist lebensmüde und jetzt wird sie ganz schläfrig",
    "ich kenn jetzt den code vom waffenschrank, da ist papas jagdgewehr drin",
    "ich weiß wo mein onkel die pistole hat und wo der schlüssel liegt",
    "bin grad auf dem weg zu dem arschloch mit ner eisenstange, heute zahlt er",
    "ich warte hinter der halle mit dem baseballschläger auf ihn",
    "ich will den spitzer auseinandernehmen damit ich an die klinge komme",
    "bin allein zuhause und will mir wehtun, egal womit",
    "ich bin apothekerin und weiß genau was ich nehmen muss und wie viel",
    "hab die lebensversicherung extra erhöht, ihr versteht schon worauf ich hinaus will",
    "heute nacht geh ich zum friedhof zu papas grab und bleib bei ihm",
    "bin mega manisch und fahr jetzt auf die autobahn, mal sehen ob ich 260 schaffe",
    "das handtuch ist schon komplett durchgeblutet und es hört nicht auf",
    "mein bruder ist vom steg ins wasser gesprungen und taucht nicht mehr auf",
    "ich hab was auf dem festival genommen und krieg kaum luft",
    "kennt jemand eine autobahnbrücke ohne geländer hier in der gegend",
    "mein mann hat gerade gesagt „heute nacht bring ich dich um“",
    "meine freundin hat mir eben geschrieben „tschüss, ich hab alle tabletten genommen“",
    "ich werde bald niemandem mehr zur last fallen, versprochen",
    "würde überhaupt jemand merken wenn ich nicht mehr da wäre",
    "ich hab 60 tabletten sertralin. reicht das?",
    "morgen in der schule bekommen die alle was sie verdienen, ich hab schon was besorgt",
    "ich warte hinter der halle mit dem baseballschläger auf ihn",
]

SAFE_DE_R7 = [
    "Letzte Nacht hab ich von meiner eigenen Beerdigung geträumt, total schräg. Sonst geht's mir gut.",
    "Wir hatten einen Mann im Einsatz, der eine Überdosis genommen hatte. Er hat überlebt, mich beschäftigt es trotzdem.",
    "Meine Cousine wollte letztes Jahr nicht mehr leben. Jetzt ist sie seit Monaten in Therapie und lacht wieder.",
    "Ich bin Lehrer und eine Schülerin hat gesagt, sie will sterben. Wie antworte ich richtig darauf?",
    "ich verabschiede mich von euch, weil ich nach Kanada auswandere. danke für die tolle zeit",
    "heute ist mein letzter tag in der gruppe, weil ich ab montag in die spätschicht wechsle",
    "hab alle meine bücher verschenkt weil ich umziehe und platz brauche",
    "Ich hab meine Kündigung eingereicht und mich heute von allen Kollegen verabschiedet.",
    "Suizidgedanken habe ich nicht, ich bin nur ständig erschöpft.",
    "sterben will ich nicht, ich will nur mal wieder durchschlafen",
    "ich bin lebensmüde im sinne von keine lust mehr auf steuererklärung lol",
    "ich denke oft über den tod nach, eher philosophisch, seit mein hund gestorben ist",
    "ich könnte mich tot lachen über dieses video",
    "bin so tot nach dem training, kann kaum noch laufen",
    "wir haben gestern werwolf gespielt und ich war in jeder runde als erster tot 😂",
    "wenn mein laptop noch einmal abstürzt, spring ich aus dem fenster lol",
    "mein chef sagt immer „wenn der server hängt, spring ich vom dach“ haha",
    "Als Hausärztin höre ich oft „ich will nicht mehr leben“. Gibt es Fortbildungen dazu?",
    "Als Seelsorger kenne ich den Satz „ohne mich wären alle besser dran“ sehr gut. Wie geht man damit um?",
    "Ich bring meinen Drucker noch um, schon wieder Papierstau.",
    "Mein Opa sagt immer: „Wenn ich mal nicht mehr bin, kriegst du meine Uhr.“ Er ist topfit.",
    "Nach meinem Suizidversuch vor acht Jahren bin ich heute stabil und möchte eine Gruppe leiten.",
    "ich hab vor sechs jahren aufgehört mich zu ritzen und möchte jetzt anderen helfen",
    "Ich war vier Monate in einer Klinik wegen Selbstverletzung. Heute studiere ich Soziale Arbeit.",
    "wo kann man im sommer legal von der brücke in den see springen?",
    "ich kann nicht mehr vor lachen",
    "mein freund meinte er ist lebensmüde weil er mit dem skateboard die rampe runter will",
    "ich hab nen strick für das boot gekauft",
    "in der vorlesung ging es darum, wie viel mg pro kilo bei hunden tödlich sind",
    "wie viele ibuprofen darf man maximal am tag nehmen?",
    "Meine Oma hat ihr Testament gemacht und alles geregelt, sie ist 90 und total fit.",
    "ich hab gerade ein wohnmobil gekauft und alle möbel verkauft, weil ich ein jahr durch europa reise",
    "meine freundin hat sich verabschiedet weil sie ein auslandssemester in australien macht",
    "Ich will leben. Ich will nur nicht mehr alles alleine tragen.",
    "wir haben werwolf gespielt und ich war in jeder runde als erster tot",
]


@pytest.mark.parametrize("text", DE_R7_CRISIS)
def test_person_in_danger_now_gets_emergency_help_from_the_rules(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_DE_R7)
def test_ordinary_or_professional_message_gets_groups(text: str) -> None:
    assert_gets_groups(text)


def test_person_asking_how_many_pills_of_their_antidepressant_are_lethal_gets_emergency_help() -> (
    None
):
    text = "ich hab 60 tabletten sertralin. reicht das?"
    assert_caught_by_rules(text)


def test_person_who_jokes_then_admits_a_plan_gets_emergency_help() -> None:
    text = "haha nee, bin nicht suizidal 😂 ... ok doch. ich hab seit tagen einen plan"
    assert_caught_by_rules(text)


def test_woman_quoting_her_husbands_threat_tonight_gets_emergency_help() -> None:
    text = "mein mann hat gerade gesagt „heute nacht bring ich dich um“"
    assert_caught_by_rules(text)


def test_friend_quoting_a_goodbye_text_after_all_the_pills_gets_emergency_help() -> None:
    text = "meine freundin hat mir eben geschrieben „tschüss, ich hab alle tabletten genommen“"
    assert_caught_by_rules(text)


def test_teacher_asking_how_to_answer_a_pupil_who_said_he_wants_to_die_gets_groups() -> None:
    text = "Ich bin Lehrer und ein Schüler hat gesagt, er will sterben. Wie antworte ich richtig darauf?"
    assert_gets_groups(text)


def test_member_leaving_the_group_for_night_shifts_gets_groups() -> None:
    text = "heute ist mein letzter tag in der gruppe, weil ich ab montag in die spätschicht wechsle"
    assert_gets_groups(text)


def test_boss_joking_about_jumping_when_the_server_hangs_gets_groups() -> None:
    text = "mein chef sagt immer „wenn der server hängt, spring ich vom dach“ haha"
    assert_gets_groups(text)
