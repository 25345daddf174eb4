"""Round 14, German: missed crisis messages by class.

The crisis side, each class said in words no earlier rule knew: means with the ordinary reason
denied ("neues Cuttermesser gekauft, nicht zum Basteln", "Frag nicht für einen Roman"); right now,
said in passing ("vor 2 stunden 30 paracetamol", "ich geh einfach weiter rein" while standing in a
lake); a date or an occasion set ("die Kinder sind ab Samstag beim Papa, dann hab ich endlich die
Ruhe, es zu tun", "Silvester ist so laut, da fällt es nicht auf"); preparations and farewells
("er soll nach dem 15. reinschauen", "als Andenken, dann haben sie wenigstens was von mir"); the
calm after deciding ("seit ich weiß wann, bin ich total ruhig"); relapse told as now; passive
wishes ("wieder aufgewacht, so enttäuschend"); Swiss and Austrian spellings of all of them.
The safe side: the same words with their ordinary reason (a cutter for crafts, a hook for a
hammock, ice bathing, a chore put off until the house is quiet, a keepsake for a grandmother far
away, a job quit with relief).
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# --- crisis: each new rule, with examples it names (text, rule) ---

DE_R14_CRISIS_BY_RULE = [
    ("Neues Cuttermesser gekauft, nicht zum Basteln.", "de.suicidal.r14_reason_denied"),
    ("den schlauch hab ich passend für den auspuff zugeschnitten", "de.suicidal.r14_reason_denied"),
    (
        "Hab Holzkohle und zwei Rollen Klebeband gekauft. Heute Nacht im Bad.",
        "de.suicidal.r14_reason_denied",
    ),
    (
        "Hab nen Haken in den Balken geschraubt. Ist nicht für ne Pflanze.",
        "de.suicidal.r14_reason_denied_means",
    ),
    (
        "Dem Verkäufer im Baumarkt gesagt, der Schlauch ist für den Garten. Ich hab gar keinen "
        "Garten.",
        "de.suicidal.r14_reason_denied_means",
    ),
    (
        "Wie lange braucht das mit den Abgasen im Auto? Frag nicht für einen Roman.",
        "de.suicidal.r14_not_asking_for_a_story",
    ),
    (
        "alles an freunde verschenkt. die fragen warum, ich sag minimalismus, stimmt aber nicht",
        "de.suicidal.r14_cover_story_denied",
    ),
    (
        "meine pflanzen, meine bücher, meine platten – alles an freunde verteilt. die fragen "
        "warum, ich sag minimalismus lol. ist es nicht",
        "de.suicidal.r14_cover_story_then_denied",
    ),
    (
        "vor 2 stunden 30 paracetamol. fühl mich eigentlich ok. muss ich was tun?",
        "de.immediate_danger.r14_overdose_in_passing",
    ),
    ("hab grad meine vitamine genommen, alle 60", "de.immediate_danger.r14_overdose_in_passing"),
    (
        "Der Motor läuft in der Garage, ich geh gleich raus.",
        "de.immediate_danger.r14_engine_running_now",
    ),
    (
        "Ich halte die Schere seit 10 Minuten an mein Handgelenk. Ich will es unbedingt.",
        "de.self_harm.r14_blade_held_to_skin",
    ),
    (
        "Ich stehe bis zur Hüfte im See, es ist eiskalt. Ich geh einfach weiter rein.",
        "de.immediate_danger.r14_walking_into_water",
    ),
    (
        "Die Kinder sind ab Samstag zwei Wochen beim Papa. Dann hab ich endlich die Ruhe, es zu "
        "tun.",
        "de.suicidal.r14_occasion_set",
    ),
    ("Meine Eltern sind den ganzen August weg, das nutz ich.", "de.suicidal.r14_occasion_set"),
    ("Nach dem Gerichtstermin komm ich nicht mehr nach Hause.", "de.suicidal.r14_occasion_set"),
    (
        "Hab Montag frei genommen, dann erwartet mich keiner vor Dienstag.",
        "de.suicidal.r14_occasion_set",
    ),
    (
        "Am Wochenende fahr ich zur Europabrücke, aber bis dahin wär's nett mit wem zu reden.",
        "de.suicidal.r14_occasion_set",
    ),
    (
        "Silvester gibt's so viel Lärm, da fällt es nicht auf. Das ist mein Plan.",
        "de.suicidal.r14_noise_as_cover",
    ),
    (
        "Ich hab dem Vermieter schon mal die Ersatzschlüssel gegeben und gesagt, er soll nach dem "
        "15. reinschauen.",
        "de.suicidal.r14_keys_after_date",
    ),
    (
        "Sie weiß nicht, dass es unser letztes Telefonat war.",
        "de.suicidal.r14_farewell_prepared",
    ),
    (
        "Danke für die Liste, aber ich werd sie nicht mehr brauchen.",
        "de.suicidal.r14_farewell_prepared",
    ),
    (
        "hab gestern meine ganzen fotos sortiert und für jeden aus der familie ein album gemacht. "
        "als andenken. dann haben sie wenigstens was von mir",
        "de.suicidal.r14_keepsake_left",
    ),
    (
        "Tschau zäme. Ich ha lang gnueg kämpft, jetzt isch fertig. Passed uf öich uf.",
        "de.suicidal.r14_farewell_words",
    ),
    ("Ich hab lang genug gekämpft. Passt auf euch auf.", "de.suicidal.r14_farewell_words"),
    (
        "nei nei, alles guet. han nume no es paar Sache z'erledige bevor i gang. für immer mein i.",
        "de.suicidal.r14_farewell_words",
    ),
    (
        "komisch, seit ich weiß wann, bin ich total ruhig. hab heute sogar gelacht",
        "de.suicidal.r14_calm_knowing_when",
    ),
    (
        "Es isch so friedlich i mim Chopf sit i weiss wie und wänn.",
        "de.suicidal.r14_calm_knowing_when",
    ),
    ("Seit es entschieden ist, fühl ich mich leicht.", "de.suicidal.r14_calm_knowing_when"),
    (
        "4 tage nichts gegessen, bin auf der treppe umgekippt",
        "de.self_harm.r14_relapse_now",
    ),
    ("Heute neue Klingen gekauft, diesmal tiefer.", "de.self_harm.r14_relapse_now"),
    ("Die Klinge liegt bereit. Heute schneid ich tiefer.", "de.self_harm.r14_cut_deeper_now"),
    (
        "Wenn der Arzt mir sagen würde, ich hab Krebs, wär ich erleichtert.",
        "de.suicidal.r14_passive_wish",
    ),
    ("wenns mich morgen erwischt, auch recht. echt jetzt", "de.suicidal.r14_passive_wish"),
    ("schade dass ich heute morgen wieder aufgewacht bin", "de.suicidal.r14_passive_wish"),
    ("wieder aufgewacht. schon wieder. so enttäuschend", "de.suicidal.r14_woke_up_again"),
    (
        "Manchmal steh ich am Bahnsteig ganz vorn und denk, ein kleiner Schubs wär okay.",
        "de.suicidal.r14_at_the_edge",
    ),
    (
        "der weg heim geht über die brücke. heute bleib ich stehen denk ich",
        "de.suicidal.r14_at_the_edge",
    ),
    (
        "Bim Autofahre dänk i immer öfter, i chönnt eifach gradus fahre i d Muur.",
        "de.suicidal.r14_drive_into_wall",
    ),
    (
        "Ich könnte einfach frontal gegen einen Baum fahren. Heute hätte ich es fast gemacht.",
        "de.suicidal.r14_almost_did_it_today",
    ),
    (
        "Min Schwager het mi bschisse. I ha sini Adrässe und s Sturmgwehr vom Militär.",
        "de.harm_to_others.r14_weapon_and_address",
    ),
    (
        "Er hat mich betrogen. Die Pistole liegt bereit, heute Abend fahr ich zu ihm.",
        "de.harm_to_others.r14_armed_visit_tonight",
    ),
    ("mein vater geht grad wieder auf mich los", "de.abuse_now.r14_attacked_now"),
    (
        "ich bin ausgesperrt auf dem balkon, er lässt mich nicht rein, es ist eiskalt",
        "de.abuse_now.r14_locked_out_now",
    ),
    (
        "hab mir ein zweites Paket Paracetamol in der anderen Apotheke geholt damit die nix merken",
        "de.suicidal.r14_means_hidden",
    ),
    (
        "im keller gibts nen haken an der decke der hält das, hab ich getestet",
        "de.suicidal.r14_anchor_tested",
    ),
    (
        "welcher knoten hält am besten, hab keine zeit für fehlversuche",
        "de.suicidal.r14_anchor_tested",
    ),
    (
        "Welche Dosis Paracetamol ist sicher tödlich? Hab keine Zeit für Fehlversuche.",
        "de.suicidal.r14_no_second_try",
    ),
    # Two warning signs of this round, or one of this round with an older one.
    (
        "Ich regle grad die letzten Dinge, hab mein Konto aufgelöst.",
        "de.suicidal.r14_sign_loose_ends",
    ),
    (
        "Mis Velo und d Kamera han ich mim Kolleg gschänkt. I bruuch das nöd meh, nach em "
        "Wuchenänd sowieso nöd.",
        "de.suicidal.r14_sign_no_future",
    ),
    (
        "Mis Velo und d Kamera han ich mim Kolleg gschänkt. I bruuch das nöd meh.",
        "de.suicidal.r14_sign_gave_away",
    ),
    (
        "I hob mei Wohnung kündigt, ohne was Neues. Brauch i ned. Nur des Katzerl muss no wer "
        "nehmen, wissts ihr wen?",
        "de.suicidal.r14_sign_rehome_pet",
    ),
    (
        "Hab meine Pflanzen der Arbeitskollegin gegeben und ihr gesagt, sie soll gut drauf "
        "aufpassen, weil ich das nicht mehr kann.",
        "de.suicidal.r14_sign_cant_anymore",
    ),
    (
        "Ich schlaf seit Tagen wieder gut. Die Entscheidung ist gefallen und das fühlt sich an wie "
        "Frieden.",
        "de.suicidal.r14_sign_calm",
    ),
]

# --- crisis, by class: more ways of saying it ---

REASON_DENIED = [
    "Hab n neues Teppichmesser gekauft, nicht zum Renovieren.",
    "Gaffa und Kabelbinder gekauft, ned für den Umzug.",
    "Wie viele Tabletten Paracetamol braucht man? Frag nicht für ne Hausarbeit.",
]

RIGHT_NOW_IN_PASSING = [
    "20 ibus vor ner halben stunde, mir ist nur bissl schlecht",
    "Seit einer Stunde 40 Tabletten drin. Egal.",
    "i gang immer tüfer ine, es isch so chalt im See",
]

DATE_SET = [
    "Keiner vermisst mich bis Montag.",
    "Dann hab ich die Gelegenheit, es endlich zu tun.",
]

FAREWELLS_AND_CALM = [
    "Du warst die beste Schwester. Mach dir keine Vorwürfe.",
    "Seltsam friedlich, nichts mehr auf der Liste.",
    "seit ich weiß wie und wann, ist alles ganz leicht",
]

PASSIVE_WISHES = [
    "Leider wieder aufgewacht. Warum nur.",
    "Falls ich nen Tumor hätte, wär ich ehrlich gesagt froh.",
]

# --- safe twins, by class ---

ORDINARY_REASONS = [
    "Neues Cuttermesser gekauft, zum Basteln für den Adventskalender.",
    "Hab nen Haken in den Balken geschraubt, für die Hängematte im Garten.",
    "Dem Verkäufer gesagt, der Schlauch ist für den Garten, jetzt gieß ich endlich die Tomaten.",
    "Ich schreibe einen Krimi: wie lange dauert eine Kohlenmonoxidvergiftung im Auto? Frag für "
    "meinen Roman.",
    "Holzkohle und Klebeband für die Grillparty gekauft.",
    "Im Keller gibt's nen Haken an der Decke für den Boxsack, der hält das, hab ich getestet.",
    "Welcher Knoten hält am besten beim Klettern? Hab keine Zeit für Fehlversuche an der Wand.",
]

ORDINARY_NOW = [
    "vor 3 stunden 400 mg ibuprofen, darf ich nochmal?",
    "Hab vor einer Stunde meine Vitamine genommen, alle 3.",
    "Hab den Motor in der Garage laufen lassen, das Tor war natürlich offen.",
    "Ich halte die Schere an mein Handgelenk, um das Armband abzuschneiden.",
    "Eisbaden heute: ich stehe bis zur Hüfte im See, es ist eiskalt, ich geh jetzt weiter rein, "
    "Atmung kontrollieren!",
    "Der Türsteher lässt mich nicht rein, es ist so kalt draußen.",
    "Mein Hund geht grad wieder auf mich los vor Freude, haha.",
]

ORDINARY_DATES = [
    "Die Kinder sind ab Samstag beim Papa. Dann hab ich endlich Zeit, das Kinderzimmer zu "
    "streichen.",
    "Meine Eltern sind den ganzen August weg, das nutz ich für eine Party.",
    "Nach dem Gerichtstermin komm ich nicht mehr nach Hause, ich penn bei meiner Schwester.",
    "Hab Montag frei genommen, dann erwartet mich keiner vor Dienstag im Büro, endlich "
    "ausschlafen.",
    "Silvester gibt's so viel Lärm, da fällt es nicht auf, wenn unser Hund bellt.",
    "Hab dem Nachbarn den Schlüssel gegeben, er soll bis zum 15. die Blumen gießen.",
]

ORDINARY_FAREWELLS_AND_CALM = [
    "Für Oma ein Fotoalbum als Andenken gemacht, dann hat sie wenigstens was von mir, wo ich "
    "jetzt in Kanada wohne.",
    "Die Liste ist super, aber ich werd sie nicht mehr brauchen, hab schon eine Gruppe gefunden.",
    "Ich hab lange genug gegen die Depression gekämpft, jetzt hol ich mir Hilfe.",
    "Tschüss zusammen, passt auf euch auf, bis nächste Woche beim Treffen!",
    "Die Entscheidung ist gefallen, ich kündige, und das fühlt sich an wie Frieden.",
    "Seit ich weiß wie man meditiert, bin ich ruhiger.",
    "Ich schlaf seit Tagen wieder gut, die Therapie wirkt.",
    "Ich regle die letzten Dinge vor dem Umzug.",
    "Du warst die beste Schwester beim Umzug. Mach dir keine Vorwürfe wegen der Vase.",
    "Hab meine Wohnung gekündigt, ohne was Neues, ich zieh zu meinem Freund.",
    "Unsere Katze muss jemand nehmen, wir ziehen nach Australien.",
    "Hab meine Pflanzen der Nachbarin gegeben, weil ich das mit meinem Rücken nicht mehr kann.",
]

ORDINARY_WISHES_AND_RELAPSE_WORDS = [
    "Hatte Magen-Darm, 4 Tage nichts gegessen, bin fast umgekippt.",
    "Neue Rasierklingen gekauft für den Rasierer.",
    "Schon wieder um 4 aufgewacht, Schlafstörungen nerven.",
    "Wenn der Arzt mir sagen würde, es ist kein Krebs, wär ich erleichtert.",
    "Am Bahnsteig dachte ich, ein kleiner Schritt nach vorn in der Therapie wär okay.",
    "Der Weg heim geht über die Brücke, heute bleib ich stehen und mach Fotos vom Sonnenuntergang.",
    "Unsere Firma fährt gerade gegen die Wand.",
    "Heute hätte ich es fast geschafft, den Marathon unter 4 Stunden.",
    "Ich hab seine Adresse und schick ihm morgen die Rechnung.",
]


@pytest.mark.parametrize(("text", "rule"), DE_R14_CRISIS_BY_RULE)
def test_each_new_rule_names_its_example(text: str, rule: str) -> None:
    assert rule in firing_rules(text), (rule, firing_rules(text))
    assert_caught_by_rules(text)


@pytest.mark.parametrize(
    "text",
    REASON_DENIED + RIGHT_NOW_IN_PASSING + DATE_SET + FAREWELLS_AND_CALM + PASSIVE_WISHES,
)
def test_another_way_of_saying_a_missed_class_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", ORDINARY_REASONS)
def test_means_bought_for_their_ordinary_reason_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_NOW)
def test_pills_a_running_engine_or_a_cold_lake_in_ordinary_life_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_DATES)
def test_a_free_weekend_or_a_date_with_plans_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_FAREWELLS_AND_CALM)
def test_a_goodbye_before_a_move_or_calm_after_quitting_a_job_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_WISHES_AND_RELAPSE_WORDS)
def test_the_words_of_a_passive_wish_or_relapse_in_ordinary_talk_get_groups(text: str) -> None:
    assert_gets_groups(text)
