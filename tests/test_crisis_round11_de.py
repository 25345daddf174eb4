"""Round 11, German: guards and gaps by class.

The safe side: a past dated by an age, a life stage or a year and then recovered ("mit 16",
"im Studium", "2017", "es gab eine Zeit"); someone else's death or wish to die (grief, palliative
care); teachers, social workers, journalists and researchers asking about the topic; hyperbole
("IKEA am Samstag ist Selbstmord", "ich könnt mich erschießen, Schlüssel vergessen"); and
clarifications ("aus Versehen 'lebensmüde' angekreuzt", "ich ritze mich nicht, die Katze").
The crisis side: the same words where the danger is now, and the gaps of this round: whether a
jump kills at once, not looking on purpose when crossing the road, nearly under the train,
a compass on the skin, relapse shorthand, a birthday one will not see, the last time with this
phone, wanting to follow someone who died.
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# --- crisis: each new rule, with examples it names (text, rule) ---

DE_R11_CRISIS_BY_RULE = [
    (
        "Als ich 19 war, wollte ich monatelang nicht mehr leben, und seit gestern ist es wieder genauso.",
        "de.suicidal.r11_wished_to_die_for_a_time",
    ),
    (
        "Meine Frau hat sich 2020 das Leben genommen und ich will jetzt zu ihr.",
        "de.suicidal.r11_follow_the_dead",
    ),
    (
        "mein mann hat sich umgebracht, ich werde es ihm nachmachen",
        "de.suicidal.r11_follow_the_dead",
    ),
    ("Mein Mann hat sich 2019 erhängt und ich will ihm folgen.", "de.suicidal.r11_follow_the_dead"),
    (
        "Tötet ein Sprung von der Köhlbrandbrücke sofort oder tut es weh?",
        "de.suicidal.r11_jump_kills_at_once",
    ),
    (
        "ist man sofort tot wenn man von der Golden Gate springt oder spürt man was",
        "de.suicidal.r11_jump_kills_at_once",
    ),
    (
        "Manchmal schau ich absichtlich nicht, wenn ich über die Straße gehe, vielleicht hab ich ja Glück.",
        "de.suicidal.r11_not_looking_on_purpose",
    ),
    (
        "manchmal guck ich extra nicht beim über die straße gehen, vielleicht hab ich glück",
        "de.suicidal.r11_not_looking_on_purpose",
    ),
    (
        "Hätte mich fast auf dem Heimweg vor den Zug geworfen, schon das dritte Mal diese Woche, "
        "dass ich an die Bahnsteigkante gehe.",
        "de.suicidal.r11_nearly_under_the_train",
    ),
    (
        "Hab mir im Unterricht mit der Zirkelspitze den Arm aufgekratzt, jetzt zuhause will ich mehr.",
        "de.self_harm.r11_school_tool_on_skin",
    ),
    (
        "mit dem zirkel in mathe den arm aufgeritzt und jetzt will ich zuhause weitermachen",
        "de.self_harm.r11_school_tool_on_skin",
    ),
    ("Rückfall. 3 mal heute. hasse mich.", "de.self_harm.r11_relapse_shorthand"),
    ("rückfall gehabt. dreimal heute. ich hasse mich", "de.self_harm.r11_relapse_shorthand"),
    (
        "Meinen Geburtstag nächste Woche werde ich nicht mehr erleben.",
        "de.suicidal.r11_will_not_see_the_day",
    ),
    ("Meinen 18. Geburtstag will ich nicht mehr erleben.", "de.suicidal.r11_will_not_see_the_day"),
    (
        "Das ist das letzte Mal, dass ich dieses Handy benutze.",
        "de.suicidal.r11_last_time_this_phone",
    ),
    ("letztes mal dass ich dieses handy benutze", "de.suicidal.r11_last_time_this_phone"),
]

# --- crisis twins: the words of the safe classes, with the danger now ---

DE_R11_CRISIS_TWINS = [
    "Mit 16 hab ich eine Überdosis genommen und heute Nacht mach ich es wieder.",
    "Mit 19 wollte ich schon sterben und jetzt will ich es wieder.",
    "Es gab eine Zeit, da wollte ich jeden Tag sterben. Jetzt ist es wieder so schlimm, "
    "ich will nicht mehr leben.",
    "Nach meinem Suizidversuch 2017 war ich in der Klinik, jetzt hab ich wieder Tabletten gesammelt.",
    "ex-ritzer, 6 jahre clean, aber gestern hab ich mich wieder geritzt",
    "Im Studium hatte ich einen Plan, mich umzubringen. Jetzt hab ich wieder einen.",
    "mit 17 hab ich mich jeden tag geritzt und gestern hab ich wieder angefangen",
    "Im Studium wollte ich mich umbringen, jetzt will ich es wieder.",
    "Als 15-Jährige habe ich mich geritzt und heute Nacht mach ich es wieder.",
    "Mein Bruder hat sich umgebracht und ich will auch nicht mehr leben.",
    "Mein Opa sagt, er will sterben, und ich will auch nicht mehr leben.",
    "Ich bin Krankenschwester und ich will sterben.",
    "Ich bin Journalistin, aber heute geht es um mich: ich will mich umbringen.",
    "Als Lehrerin muss ich stark sein, aber ich denke jeden Tag an Suizid.",
    "Ich bin Sozialarbeiter und ritze mich selbst seit Wochen.",
    "Ich bin Redakteurin und ich will mich umbringen.",
    "Ich will sterben, ich halte das nicht mehr aus.",
    "ich bring mich um, ehrlich, kein witz",
    "Montags ins Büro ist Selbstmord, und ehrlich, ich denk jeden Tag an Selbstmord.",
    "Ich will sterben, ich halte das alles nicht mehr aus, alle hassen mich.",
    "Die Katze war's nicht, ich ritze mich selbst.",
    "ich ritze mich, die katze war das nicht",
    "Ich hab lebensmüde angekreuzt und das stimmt auch.",
    "Ich hab Suizidgedanken angekreuzt, weil es stimmt.",
    "Ich denke oft an den Tod, an meinen eigenen, ich will nicht mehr.",
    "Rückfall. Zweimal heute. Ich hasse mich so.",
    "Wenn man von der Brücke springt, ist man dann sofort tot oder spürt man den Aufprall?",
    "An meinem Geburtstag bin ich nicht mehr da.",
    "das ist das letzte mal das ich mein handy benutze. danke für alles",
    "Hab mir mit der Zirkelspitze in den Arm gestochen und es hat gut getan.",
    "bin heute wieder an die bahnsteigkante gegangen, das dritte mal diese woche",
    "Ich hab alles genommen, fast die ganze Hausapotheke von meiner Mama, ich will nur schlafen, "
    "ist das normal?",
    "Das ist das letzte Mal, ok? Pass auf dich auf.",
]

# --- safe, by class ---

PAST_AND_RECOVERED = [
    "Mit 16 hab ich eine Überdosis genommen. Heute bin ich 34 und es geht mir gut.",
    "mit 19 wollte ich monatelang sterben, heute bin ich stabil und suche eine Gruppe zum Austausch",
    "Mit 19 wollte ich monatelang sterben. Heute bin ich 34 und glücklich.",
    "Im Studium hatte ich sogar einen Plan, mich umzubringen. Das ist lange vorbei.",
    "Es gab eine Zeit, da wollte ich jeden Tag sterben. Die Therapie hat mich gerettet.",
    "es gab ne zeit wo ich jeden tag sterben wollte, therapie hat mir das leben gerettet",
    "Nach meinem Suizidversuch 2017 war ich lange in der Klinik, jetzt will ich eine Gruppe, "
    "um stabil zu bleiben, nichts Akutes.",
    "nach meinem versuch 2017 war ich lange in der klinik. jetzt suche ich eine gruppe um stabil "
    "zu bleiben. nix akutes",
    "Ehemalige Ritzerin, seit 6 Jahren ritzfrei, ich würde gern in einer Jugendgruppe von meinen "
    "Erfahrungen erzählen.",
    "In der Ausbildung hab ich mich geritzt. Das liegt hinter mir.",
    "Mit 15 hab ich versucht mich umzubringen. Heute geht es mir gut.",
    "Während meines Studiums hatte ich Suizidgedanken. Heute geht's mir gut, ich suche Kontakt "
    "zu anderen Betroffenen.",
    "2015 hab ich versucht, mir das Leben zu nehmen. Das ist zum Glück Geschichte.",
    "Mit Anfang 20 wollte ich nicht mehr leben. Heute bin ich 40 und dankbar.",
    "Damals mit 17 hatte ich Tabletten gesammelt, um mich umzubringen. Die Therapie hat mich gerettet.",
    "mit 17 hab ich mich jeden tag geritzt, heute bin ich 30 und stabil",
    "Im Studium wollte ich mich umbringen, das ist zum Glück lange vorbei.",
    "in der ausbildung hab ich versucht mich umzubringen. heute leite ich selbst eine gruppe",
    "2012 hab ich versucht, mich zu erhängen. Seitdem bin ich stabil und suche Austausch.",
    "Als 15-Jährige habe ich mich geritzt, das liegt hinter mir.",
    "Es gab eine Phase, da hab ich jeden Tag an Suizid gedacht. Die Therapie hat mir geholfen.",
    "Mit Anfang 20 hatte ich Suizidgedanken, heute geht's mir gut, suche eine Gruppe für Depressionen",
]

SOMEONE_ELSE_AND_GRIEF = [
    "Meine Frau hat sich 2020 das Leben genommen, gibt es eine Gruppe für Witwer?",
    "mein mann hat sich letztes jahr umgebracht, ich suche eine gruppe für hinterbliebene",
    "Mein Vater liegt auf der Palliativstation und bittet ständig darum, sterben zu dürfen. "
    "Gibt es Gruppen für Angehörige?",
    "mein papa ist im hospiz und sagt jeden tag er will sterben. gruppen für familien?",
    "Meine beste Freundin hat sich vor den Zug geworfen, ich brauche eine Trauergruppe.",
    "Onkel hat sich erhängt letzten Monat, gibt es Selbsthilfe für Angehörige nach Suizid?",
    "Meine Oma (92) sagt seit Wochen, sie will endlich sterben. Wie gehe ich damit um?",
    "Mein Mann hat sich 2019 erhängt. Gibt es Gruppen für Hinterbliebene in Hamburg?",
    "Mein Opa im Pflegeheim sagt jeden Tag, er möchte endlich sterben. Gruppe für Angehörige?",
    "Meine Mutter ritzt sich, ich bin 15 und weiß nicht was ich machen soll. Gibt es Gruppen für Kinder?",
]

PROFESSIONALS_AND_MEDIA = [
    "Wir veröffentlichen einen Artikel über die steigende Zahl von Suiziden auf dem Land, können "
    "Sie uns eine Hotline-Nummer nennen?",
    "Ich bin Journalistin und recherchiere zu Selbstverletzung bei Jugendlichen. Welche Gruppen gibt es?",
    "Als Sozialarbeiterin habe ich oft mit Jugendlichen zu tun, die sich ritzen. Gibt es Gruppen, "
    "an die ich verweisen kann?",
    "Ich bin Lehrer und ein Schüler hat Suizidgedanken geäußert. Wo kann ich ihn hinschicken?",
    "Redaktion Lokalzeitung: wir planen einen Bericht zum Thema Suizid und wollen Hilfsangebote nennen.",
    "Ich bin Schulsozialarbeiter, bei uns gab es einen Suizid an der Schule. Gibt es Angebote für "
    "die Klasse?",
    "Als Reporter mache ich eine Reportage über Selbstmord bei Männern, welche Nummer soll ich abdrucken?",
    "Ich bin Erzieherin in einer Wohngruppe, ein Mädchen ritzt sich. Welche Gruppen empfehlt ihr?",
    "Als Sozialpädagogin begleite ich Jugendliche, die sich ritzen. Gibt es Gruppen?",
    "Ich bin Redakteurin beim Lokalradio und wir machen einen Beitrag über Suizidprävention. "
    "Welche Nummer?",
]

HYPERBOLE_AND_JOKES = [
    "Bei Glatteis mit dem Rad zur Arbeit ist Selbstmord.",
    "Samstags zu IKEA ist echt Selbstmord.",
    "Mit den Schuhen im Schnee zu wandern ist glatter Selbstmord.",
    "Bei der Hitze in den Bus zu steigen ist Selbstmord haha",
    "Das ist doch Selbstmord auf Raten, was mein Chef da plant",
    "Montags um 7 ins Büro ist doch Selbstmord.",
    "Wenn ich das Lied noch einmal höre, bring ich mich um 😂 egal, gibt es Gruppen in Köln?",
    "Ich will sterben, ich hab meinem Ex aus Versehen eine Sprachnachricht geschickt 😭",
    "ich will sterben 😭 hab aus versehen meinem chef ein herz gesendet",
    "So viele Gruppen, ich könnte sterben vor Freude",
    "Ich könnte sterben vor Aufregung, morgen ist das erste Treffen!",
    "Ich könnt mich erschießen, hab schon wieder den Schlüssel vergessen",
    "Ich könnte mich ohrfeigen, hab das Treffen verpasst. Wann ist das nächste?",
    "Wenn Schalke absteigt, häng ich mich auf 😂",
    "Hab den ganzen Morgen in der Warteschleife beim Jobcenter gehangen.",
    "Ich schlag hier auf der Arbeit die Zeit tot, wann ist das Treffen?",
]

CLARIFICATIONS_AND_DENIALS = [
    "Hab im Fragebogen aus Versehen 'lebensmüde' angekreuzt, ich meinte erschöpft.",
    "Nein, ich ritze mich nicht, die Katze hat mich gekratzt.",
    "Ich denke oft an den Tod, aber nicht an meinen: ich hab Angst, meine Eltern zu verlieren.",
    "Ich hab meiner Ärztin gesagt, ich will 'verschwinden', aber das war nur Erschöpfung von der "
    "Pflege meiner Mutter. Ich will nicht sterben.",
    "Ich hab 'Suizidgedanken: ja' angekreuzt, war ein Versehen, ich meinte nein.",
    "Die Narben am Arm sind von einem Fahrradunfall, nicht vom Ritzen.",
    "Nein, ich verletze mich nicht selbst, das war der Hund beim Spielen.",
    "Hab bei der Umfrage versehentlich 'Suizidgedanken' angeklickt, stimmt aber nicht.",
    "Keine Sorge, ich will mich nicht umbringen, ich brauche nur Leute zum Reden.",
]

NEAR_MISSES_OF_THE_NEW_RULES = [
    "Das ist das letzte Mal, dass ich dieses Handy benutze, morgen kommt das neue!",
    "Rückfall beim Rauchen, 3 Zigaretten heute, ich hasse mich dafür.",
    "Mit dem Zirkel im Unterricht hab ich mir aus Versehen in den Finger gestochen.",
    "Meinen Geburtstag feiere ich dieses Jahr nicht, zu viel Stress.",
    "Manchmal schau ich nicht, wenn ich über die Straße gehe, mein Mann schimpft dann.",
    "Ist die Köhlbrandbrücke für Fahrräder gesperrt?",
    "In der Serie sagt die Figur 'Ich will einfach verschwinden' – genau so hab ich mich früher "
    "gefühlt, heute nicht mehr.",
    'Bei der Bahnhofsmission sagte uns heute ein Mann "ich hätte mich heute fast vor den Zug '
    'geworfen". Wir haben ihn zum Krisendienst gebracht, er ist jetzt dort. Ich bin '
    "Ehrenamtliche und noch aufgewühlt.",
]


@pytest.mark.parametrize(("text", "rule"), DE_R11_CRISIS_BY_RULE)
def test_each_new_rule_names_its_example(text: str, rule: str) -> None:
    assert rule in firing_rules(text), (rule, firing_rules(text))
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DE_R11_CRISIS_TWINS)
def test_crisis_twin_of_a_safe_class_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", PAST_AND_RECOVERED)
def test_past_dated_by_age_or_stage_and_recovered_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SOMEONE_ELSE_AND_GRIEF)
def test_someone_elses_death_or_wish_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", PROFESSIONALS_AND_MEDIA)
def test_professional_or_journalist_asking_about_the_topic_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", HYPERBOLE_AND_JOKES)
def test_hyperbole_or_joke_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", CLARIFICATIONS_AND_DENIALS)
def test_clarification_or_denial_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", NEAR_MISSES_OF_THE_NEW_RULES)
def test_near_miss_of_a_new_rule_gets_groups(text: str) -> None:
    assert_gets_groups(text)
