"""Round 8, German: crisis wordings that slipped past the rules (a thank-you goodbye with no
reason, hoping the heart stops in sleep, someone else found unconscious or phoning to say goodbye
after taking something, a room tidied and the keys left out, a denial taken back and then a
height, joining someone who died, someone else's threat just made before they ran off, danger
said in passing inside a group request, asking when a height or the tracks are empty) and hard
safe lines that must get groups (embarrassment and tiredness idioms, news about a rampage, a
vitamin overdose or a drink with a prescription, grief after a suicide, past self-harm, a denial
after the noun, professionals shaken by a call, a sibling threatened over a charger)."""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

DE_R8_CRISIS_THANKS_AND_FAREWELL = [
    "danke für alles, ihr wart echt die einzigen, die mir mal richtig zugehört haben. passt auf euch auf",
    "wollt euch nur noch sagen, dass ihr mir ziemlich viel bedeutet habt. tschüss",
    "ihr wart die einzigen, die mich ernst genommen haben. macht's gut",
    "danke dass ihr für mich da wart. ich werde euch nie vergessen. lebt wohl",
    "Danke euch für alles. Passt gut auf euch auf ❤️",
    "ihr wart immer für mich da, dafür danke. passt auf euch auf",
]

DE_R8_CRISIS_DIE_IN_SLEEP = [
    "jede nacht hoffe ich, dass mein herz im schlaf einfach stehen bleibt",
    "ich bete abends immer, dass mein herz endlich aufhört",
    "hoffentlich sterbe ich heute nacht einfach im schlaf",
    "wär so schön, einfach einzuschlafen und das wars",
]

DE_R8_CRISIS_SOMEONE_ELSE_TOOK_SOMETHING = [
    "oma hat grad angerufen um sich zu verabschieden, sie meinte sie hätte genommen was nötig ist. sie wohnt allein, 300 km weg",
    "hab meine mutter bewusstlos auf der couch gefunden, überall leere blister, sie atmet ganz langsam",
    "mein vater liegt im bett, neben ihm leere tablettenschachteln, er wacht nicht auf",
    "mein opa hat mir aufs band gesprochen um sich zu verabschieden und gesagt er hat genug genommen",
    "meine mitbewohnerin liegt regungslos im bad, daneben eine leere packung schlaftabletten",
    "hab meinen sohn im zimmer gefunden, er ist nicht ansprechbar und atmet komisch, überall pillen",
]

DE_R8_CRISIS_FINALITY_PREPARED = [
    "heut ist meine letzte nacht hier. zimmer ist aufgeräumt damit mama das nicht machen muss",
    "hab alles geputzt und die schlüssel auf den küchentisch gelegt",
    "die ganze wohnung ist blitzblank und die schlüssel liegen auf dem tisch. danke für alles",
]

DE_R8_CRISIS_DENIAL_TAKEN_BACK = [
    "bin nicht suizidal, nur müde... naja ein bisschen schon. hab den ganzen nachmittag die brücke angestarrt",
    "nee nee alles gut lol... ok vielleicht doch nicht, bin seit ner stunde auf dem dach",
    "nicht suizidal keine sorge 😅 ok ein bisschen. bin grad aufm parkhausdach",
    "mir gehts gut haha... na gut, nicht wirklich. ich sitz seit zwei stunden auf dem balkongeländer",
]

DE_R8_CRISIS_JOIN_THE_DEAD = [
    "mein sohn ist im märz gestorben und ich will vor weihnachten bei ihm sein",
    "bald bin ich wieder bei dir mama, ich hab mich entschieden",
    "ich bin bald wieder bei ihr. ich hab mich entschieden",
    "seit ostern ist meine frau tot. ich folge ihr bald nach",
    "mein papa ist letzten monat gestorben, bald bin ich bei ihm",
]

DE_R8_CRISIS_SOMEONE_ELSE_THREAT_AND_GONE = [
    "mein mitbewohner hat gesagt er wirft sich vor die u-bahn und ist vor 10 minuten rausgerannt",
    "mein bruder hat geschrieben er geht zur brücke und jetzt ist sein handy aus",
    "mein kumpel hat gesagt er legt sich auf die gleise und ist rausgerannt",
    "meine schwester schrieb sie nimmt heute alle tabletten und jetzt geht sie nicht mehr ans handy",
    "meine freundin hat gesagt sie bringt sich um und ist einfach weggelaufen",
    "meine schwester hat geschrieben sie geht zu den gleisen und antwortet nicht mehr",
]

DE_R8_CRISIS_DANGER_IN_PASSING = [
    "gibt es eine adhs gruppe in porto? vielleicht brauch ich sie gar nicht mehr, ich sitz im 9. stock im fenster und lass die beine raushängen",
    "suche eine gruppe für soziale angst in bremen. ach egal, ich sitz eh schon auf dem balkongeländer",
    "kennt ihr was für essstörungen? bin grad auf der dachkante und mir ist alles egal",
    "hallo, suche depressionsgruppe in leipzig. sitze gerade auf der fensterbank im 10. stock, beine draußen",
]

DE_R8_CRISIS_WHEN_NOBODY_SEES = [
    "um wie viel uhr fahren die züge am seltensten? damit mich keiner sieht",
    "wann ist das parkhausdach nachts leer",
    "wann ist auf der brücke nachts niemand unterwegs",
    "welche uhrzeit ist die autobahnbrücke menschenleer",
    "wann fährt der güterzug hier ohne halt durch",
    "welche brücke hat keine kameras und wann ist da keiner",
    "zu welcher zeit sind die wenigsten leute auf der brücke? will nicht dass mich jemand aufhält",
]

DE_R8_CRISIS_THREAT_QUOTED_BY_THE_VICTIM = [
    "mein mann hat gesagt er bringt mich um",
    "mein freund sagt er bringt mich um wenn ich gehe",
    "ich bring mich um wenn er nochmal mein handy kontrolliert",
]

SAFE_DE_R8_IDIOMS = [
    "ich wollte sterben als ich vor der ganzen klasse gestolpert bin 😂",
    "bin vor scham fast gestorben, als mir das tablett runtergefallen ist",
    "so müde, ich könnte tot umfallen. gibt es gruppen für schlafprobleme?",
    "so heiß heute, man könnte eingehen",
]

SAFE_DE_R8_NEWS_AND_MEDIA = [
    "hab in der zeitung über den amoklauf gelesen, das hat mich echt mitgenommen, ist das normal?",
    "die nachricht über den anschlag in unserer stadt hat mich sehr beschäftigt, gibt es gesprächsgruppen?",
    "das lied über suizidgedanken hat mich total berührt",
    "In den Nachrichten hieß es, die Suizidrate bei Studierenden steigt. Ich studiere selbst und suche Austausch.",
]

SAFE_DE_R8_MEDICAL_QUESTIONS = [
    "kann man probleme von einer vitamin d überdosis kriegen? mein arzt hat hohe dosen verschrieben",
    "hebt alkohol die wirkung von escitalopram auf? am samstag ist eine hochzeit",
    "kann ich zu meinem sertralin ein glas wein trinken? hab nächste woche geburtstag",
    "darf man mit escitalopram alkohol trinken? wir feiern am freitag",
]

SAFE_DE_R8_GRIEF_AFTER_SUICIDE = [
    "mein vater hat sich vor drei jahren das leben genommen, ich suche eine gruppe für suizidhinterbliebene in der nähe von nantes",
    "meine mutter hat sich 2019 umgebracht, gibt es eine gruppe für angehörige nach suizid in hamburg?",
    "mein zwillingsbruder ist an einer überdosis gestorben, ich suche eine trauergruppe",
]

SAFE_DE_R8_PAST_SELF_HARM = [
    "ich hab mich in meinen zwanzigern ständig geritzt, hab vor 4 jahren aufgehört, suche eine borderline gruppe",
    "als teenager hab ich mich verletzt, seit sechs jahren nicht mehr, suche eine gruppe für essstörungen",
    "hab mir beim gemüse schneiden in den finger geschnitten, alles gut. gibt es gruppen gegen prüfungsangst?",
]

SAFE_DE_R8_NEGATION_AFTER_THE_WORDS = [
    "ich hab keine suizidgedanken, nein, bin nur erschöpft von der arbeit",
    "gedanken mich zu verletzen — keine. ich will einfach meine leute finden",
    "suizidgedanken: keine. aber ich brauche austausch",
    "ich hab nicht vor mir was anzutun, ich will nur reden",
    "Meine Ärztin hat gefragt, ob ich Suizidgedanken habe. Ich habe ehrlich nein gesagt. Welche Gruppe passt bei Erschöpfung?",
]

SAFE_DE_R8_PROFESSIONALS = [
    "bin sanitäter, gestern hatten wir einen suizid einsatz, ich krieg das nicht aus dem kopf, gibt es gruppen für rettungskräfte?",
    "ich bin notfallsanitäterin und hatte letzte woche einen einsatz nach einem suizid, gibt es supervision?",
]

SAFE_DE_R8_TRIVIAL_THREATS = [
    "ich bring meinen bruder um wenn er nochmal mein ladekabel nimmt",
    "ich bring meine schwester um wenn sie nochmal meinen pulli klaut",
    "wenn mein mitbewohner nochmal meinen joghurt isst, bring ich ihn um",
]

SAFE_DE_R8_ORDINARY_GOODBYES_AND_QUESTIONS = [
    "danke für alles, ihr habt mir echt geholfen. ich melde mich nach dem ersten treffen wieder",
    "danke für alles! ich freu mich aufs nächste treffen, tschüss",
    "danke für alles ihr lieben, macht's gut und bis bald",
    "ich hoffe, meine oma stirbt nicht im schlaf, sie ist so krank",
    "meine tochter hat angerufen und sich verabschiedet, sie fliegt heute nach australien",
    "ich verabschiede mich aus der gruppe, weil ich nach münchen ziehe. danke für alles, passt auf euch auf",
    "ich hoffe, dass mein herz nicht stehen bleibt, ich habe herzrhythmusstörungen und angst",
    "mein opa ist im schlaf gestorben, so wie er es sich immer gewünscht hat",
    "meine mutter wurde nach der op kurz ohnmächtig, der arzt meinte das ist normal",
    "um wie viel uhr fahren die züge am seltensten, ich hab am wochenende frei",
    "wann ist das parkhaus am hbf leer, ich hab angst beim einparken",
    "mein vater hat früher immer gesagt, wenn er alt ist, geht er ins wasser. jetzt ist er 75 und lacht darüber",
    "heute ist mein letzter abend bei euch, weil ich ab märz in die spätschicht wechsle",
    "ich bin sozialarbeiterin und hab einen klienten nach suizidgedanken gefragt, er hat keine. wie frage ich so was gut?",
    "ich bring meinen mitbewohner um, wenn er wieder das bad nicht putzt 🙄",
    "verträgt sich ibuprofen mit bier? wir grillen am samstag",
    "selbstverletzung ist bei mir seit jahren kein thema mehr, ich suche eine adhs gruppe",
    "meine schwester hat sich vor zwei jahren das leben genommen. gibt es eine gruppe für geschwister nach suizid?",
]


@pytest.mark.parametrize("text", DE_R8_CRISIS_THANKS_AND_FAREWELL)
def test_person_thanking_everyone_and_saying_farewell_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R8_CRISIS_DIE_IN_SLEEP)
def test_person_hoping_their_heart_stops_in_their_sleep_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R8_CRISIS_SOMEONE_ELSE_TOOK_SOMETHING)
def test_relative_found_unconscious_or_phoning_goodbye_after_taking_pills_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R8_CRISIS_FINALITY_PREPARED)
def test_person_who_tidied_up_and_left_the_keys_out_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R8_CRISIS_DENIAL_TAKEN_BACK)
def test_person_taking_back_a_denial_while_at_a_height_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R8_CRISIS_JOIN_THE_DEAD)
def test_person_meaning_to_join_someone_who_died_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R8_CRISIS_SOMEONE_ELSE_THREAT_AND_GONE)
def test_friend_who_announced_suicide_and_ran_off_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R8_CRISIS_DANGER_IN_PASSING)
def test_group_request_mentioning_sitting_on_a_ledge_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R8_CRISIS_WHEN_NOBODY_SEES)
def test_person_asking_when_a_height_or_the_tracks_are_unwatched_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R8_CRISIS_THREAT_QUOTED_BY_THE_VICTIM)
def test_threat_against_the_writer_still_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", SAFE_DE_R8_IDIOMS)
def test_embarrassment_heat_and_tiredness_idioms_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R8_NEWS_AND_MEDIA)
def test_person_shaken_by_news_or_a_song_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R8_MEDICAL_QUESTIONS)
def test_medical_question_about_a_vitamin_or_a_drink_with_medication_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R8_GRIEF_AFTER_SUICIDE)
def test_person_bereaved_by_suicide_or_overdose_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R8_PAST_SELF_HARM)
def test_person_recovered_from_self_harm_or_cut_by_accident_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R8_NEGATION_AFTER_THE_WORDS)
def test_denial_after_the_words_or_to_a_doctor_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R8_PROFESSIONALS)
def test_paramedic_shaken_by_a_suicide_call_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R8_TRIVIAL_THREATS)
def test_sibling_threatened_over_a_charger_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SAFE_DE_R8_ORDINARY_GOODBYES_AND_QUESTIONS)
def test_ordinary_goodbye_health_worry_or_timetable_question_gets_groups(text: str) -> None:
    assert_gets_groups(text)
