"""Round 13, German: false alarms by class.

The safe side: suicide as a metaphor for sport, money, politics, games, plants and gadgets
("unser Verteidiger war komplett suizidal", "wirtschaftlicher Selbstmord"); hyperbole over a
trivial trigger ("noch ein Teams-Call und ich spring aus dem Fenster 😂"); a past dated by a
school year or a bare year ("in der 9. Klasse", "hab 2009 versucht") or a method thought over
long ago ("früher hab ich jede Nacht überlegt, wie ich's mache"); someone else who said it and is
now looked after; people at work asking how to respond (HR, moderators, hairdressers, driving
instructors); ordinary means and goodbyes (a weekly pill box, a glue gun, a travel pharmacy, a
swing on a ceiling hook, a new job).
The crisis side: the same words with the danger now, and the gaps of this round: someone else who
says they will kill themselves today, someone else who just took the pills, all of one's pills
taken today.
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups

# --- crisis: each new rule, with examples it names (text, rule) ---

DE_R13_CRISIS_BY_RULE = [
    (
        "Mein Opa hat gesagt, er will sich heute erschießen.",
        "de.immediate_danger.r13_someone_else_today",
    ),
    (
        "meine freundin will sich heute nacht umbringen",
        "de.immediate_danger.r13_someone_else_today",
    ),
    (
        "Mein Bruder schreibt, er bringt sich jetzt um.",
        "de.immediate_danger.r13_someone_else_today",
    ),
    (
        "Meine Freundin hat mir gerade geschrieben, dass sie die Tabletten genommen hat.",
        "de.immediate_danger.r13_someone_else_just_took",
    ),
    (
        "mein freund hat mir eben geschrieben dass er alle tabletten geschluckt hat",
        "de.immediate_danger.r13_someone_else_just_took",
    ),
    (
        "Omas Wochenbox liegt im Bad, ich nehm heute alle Tabletten daraus.",
        "de.immediate_danger.r13_all_pills_today",
    ),
    ("ich schluck heute nacht alle tabletten", "de.immediate_danger.r13_all_pills_today"),
]

# --- crisis twins: the words of the safe classes, with the danger now ---

METAPHOR_TWINS = [
    "Nach dem Spiel heute fühle ich mich suizidal.",
    "Ich bring mich um wegen der Schulden.",
    "Ich hab mein ganzes Geld verzockt und denke an Selbstmord.",
    "Die Aktien sind weg, alles verloren, ich will mich umbringen.",
    "Ich bin Torwart in unserer Mannschaft und seit Wochen suizidal.",
    "Unser Verein ist abgestiegen und ich bin seit Wochen suizidal",
]

HYPERBOLE_TWINS = [
    "lol mir gehts gut. der strick liegt im rucksack, heute nacht",
    "noch eine nacht wie diese und ich mach schluss",
    "haha alles gut, ich spring heute nacht von der brücke",
    "Noch eine Nacht allein und ich bring mich um.",
    "Wenn er mich noch einmal schlägt, bring ich mich um.",
    "noch ein tag in diesem leben und ich spring aus dem fenster",
    "mein wlan ist kaputt und ich will sterben, alles ist sinnlos, keiner braucht mich",
    "ich will sterben lol. ernsthaft, ich hab die tabletten schon hier",
]

PAST_TWINS = [
    "hab 2009 versucht, mir das Leben zu nehmen. Jetzt ist es wieder da.",
    "Früher hab ich jede Nacht überlegt, wie ich's mache. Seit gestern denk ich wieder dran.",
    "Früher hab ich jede Nacht überlegt, wie ich's mache. Jetzt ist es wieder so schlimm.",
    "Das mit dem Ritzen war in der 9. Klasse. Seit letzter Woche mach ich es wieder.",
    "2016 hab ich meine Sachen verschenkt und alles geplant. Heute mach ich es wirklich.",
    "In der 10. Klasse hab ich Abschiedsbriefe geschrieben, heute schreib ich wieder einen.",
    "2014 wollte ich mich umbringen, und heute nacht mach ich es.",
    "Ich überlege jede Nacht, wie ich's mache.",
    "Hatte eine Phase, in der ich Tabletten gehortet hab, und jetzt hab ich wieder genug zusammen.",
    "Die Zeit, in der ich morgens nicht mehr aufwachen wollte, ist zurück.",
]

SOMEONE_ELSE_TWINS = [
    "Mein Freund sagt, er bringt sich heute Nacht um.",
    "Meine Schwester steht auf der Brücke und will springen.",
    "Meine Mutter hat eben Tabletten geschluckt und reagiert nicht.",
    "Meine Oma hat gesagt, sie hätte nichts dagegen, nicht mehr aufzuwachen, und ich auch nicht.",
    "Ich hätte nichts dagegen, nicht mehr aufzuwachen.",
]

AT_WORK_TWINS = [
    "Ich bin Friseurin und ich will nicht mehr leben.",
    "Als Moderator lese ich das jeden Tag und jetzt denke ich selbst daran, mich umzubringen.",
    "Ich bin Trainer, aber heute geht's um mich: ich hab Tabletten gesammelt.",
    "Eine Kundin hat mir gerade gesagt, sie hat alle ihre Tabletten genommen.",
    "Ich arbeite in der Personalabteilung und ich will mich umbringen.",
]

ORDINARY_MEANS_TWINS = [
    "Hab mir ne pistole gekauft. Keine Wasserpistole, eine echte. Heute Nacht.",
    "Im Bad liegt ein ganzer Haufen Tabletten und ich nehm sie heute alle.",
    "Hab mich heute von allen verabschiedet. Ihr werdet mich nie wieder sehen.",
    "Ich hab Tabletten gesammelt, nicht für den Urlaub, sondern für mich.",
    "Hab mich von allen Kollegen verabschiedet, morgen bin ich nicht mehr da.",
    "Wie viel Helium braucht man, um nicht mehr aufzuwachen?",
    "Hält ein Deckenhaken mein Gewicht aus? Ich will es heute Nacht tun.",
    "Ich lass den Motor in der geschlossenen Garage laufen und setz mich rein.",
    "papa liegt im auto in der garage und die tür is zu und der motor läuft ich krieg die tür nicht auf",
]

# --- safe, by class ---

METAPHORS = [
    "Unser Verteidiger war heute komplett suizidal, drei Fehlpässe vor dem eigenen Tor 🤦‍♂️",
    "D Nati het hüt es Eigetor gschosse, das isch sportlich Suizid gsi 🙈",
    "Der Rückpass von Müller war reiner Selbstmord, der Keeper hatte keine Chance",
    "unser torwart hat heute selbstmord begangen, rauslaufen bis zur mittellinie 😂",
    "Diese Zölle sind wirtschaftlicher Selbstmord für Europa.",
    "Die Rentenreform wäre politischer Selbstmord für die Regierung",
    "Mit drei Verteidigern gegen Bayern ist taktischer Selbstmord",
    "Meine Tomatenpflanzen begehen alle Selbstmord, sobald ich in den Urlaub fahre 😅",
    "mein depot hat sich diese woche selbst umgebracht, minus 30 prozent",
    "Der Trainer hat uns heute Suicides laufen lassen, meine Beine sind tot",
    "mein carry ist suizidal in fünf gegner reingerannt gg",
    "Das pinke Auswärtstrikot ist modischer Selbstmord lol",
    "der akku von meinem handy begeht jeden abend um acht selbstmord",
    "Unsere Abwehr spielt total suizidal, jede Woche dasselbe",
    "Die Aktie hat Selbstmord begangen nach den Quartalszahlen",
]

HYPERBOLE = [
    "noch ein teams call und ich spring aus dem fenster 😂",
    "mein wlan ist so langsam, ich will einfach nur noch sterben lol",
    'Wenn ich noch einmal "wie in meiner letzten Mail erwähnt" lese, geh ich ins Meer',
    "Ich häng mich mit dem Ladekabel auf, wenn das WLAN nochmal abbricht haha",
    "bringt mich jemand um, das kleinkind hat den glitzer gefunden 😭",
    "Ich will sterben, mein Schwarm hat mich im Schlafanzug gesehen 🙈",
    "Diese Hitze bringt mich um",
    "Meine Schwiegermutter bringt mich noch ins Grab",
    "Mein Bankberater hängt mich auf nach dem Shoppingwochenende 😅",
    "Wenn die Katze noch einmal eine Tasse runterschmeißt, spring ich aus dem Fenster",
    "noch ein meeting heute und ich erschieß mich xD",
    "noch eine folge bachelor und ich bring mich um haha",
    "montag morgen und der kaffee ist alle, ich will sterben 😩",
    "ich sterbe, hab grad meinem chef ein herz geschickt statt meiner mama 😂",
    "noch ein elternabend und ich spring vom dach lol",
    'Noch eine Mail mit "kurze Frage" und ich stürz mich von der Brücke 🙃',
    "ich will sterben, mein drucker hat schon wieder papierstau",
]

PAST_DATED_AND_RECOVERED = [
    "Das mit dem Ritzen war in der 9. Klasse. Jetzt bin ich 28, die Narben sind blass und ich "
    "stehe dazu.",
    "hab 2009 versucht, mir das Leben zu nehmen. Heute mache ich die EX-IN Ausbildung",
    "2011 hab ich versucht mich umzubringen, heute arbeite ich als Genesungsbegleiterin",
    "Früher hab ich jede Nacht überlegt, wie ich's mache. Heute freue ich mich auf mein Kind.",
    "Früher jede Nacht im Kopf durchgespielt, wie ich es mache. Heute bin ich verheiratet und "
    "glücklich.",
    "Fruher hab ich jede nacht geplant wie ichs mache, heute lach ich wieder",
    "Hatte früher eine Phase, in der ich Tabletten gehortet hab. Das ist lange vorbei, ich hab sie "
    "damals in der Apotheke abgegeben und bin seitdem in Therapie.",
    "Die Zeit, in der ich morgens nicht mehr aufwachen wollte, ist vorbei. Heute hab ich mich aufs "
    "Aufstehen gefreut, zum ersten Mal seit Jahren.",
    "Mit 15 hätte ich das ernst gemeint, heute bin ich 29 und laufe über genau diese Brücke.",
    "2016 hab ich meine Sachen verschenkt und alles geplant. 8 Jahre später bin ich Krankenpfleger.",
    "Mein letzter Versuch war vor dem Lockdown, heute bin ich stabil.",
    "Zuletzt geritzt im März 2019, jetzt 1800 Tage clean.",
    "In der 10. Klasse hab ich Abschiedsbriefe geschrieben, jetzt bin ich 40 und Jugendarbeiter.",
    "in der zehnten klasse hab ich mich geritzt, heute bin ich lehrerin",
    "2014 wollte ich mich umbringen. Heute bin ich Vater von zwei Kindern.",
]

SOMEONE_ELSE_NOW_CARED_FOR = [
    "Meine Oma hat letzte Woche gesagt, sie hätte nichts dagegen, nicht mehr aufzuwachen. Ihre "
    "Hausärztin war da und das Palliativteam kommt jetzt regelmäßig. Gibt's Gruppen für Enkel?",
    "Eine Freundin hat mir letzten Monat erzählt, dass sie an Suizid denkt, jetzt ist sie in "
    "Therapie. Gibt es Gruppen für Freunde?",
    "Mama wurde im Januar eingewiesen, nachdem sie zu viele Tabletten genommen hatte. Jetzt ist sie "
    "mit einem Krisenplan zuhause.",
    "Mein Partner wurde letzte Woche nach einer Überdosis entlassen, wie kann ich ihn unterstützen?",
    "Mein Freund ist wegen Suizidgefahr in der Klinik, ich bin zu Hause. Gibt es eine Gruppe für "
    "Partner?",
    "mein sohn hat sich geritzt, wir waren beim kinderarzt und jetzt hat er eine therapeutin",
    "Meine Schwester hat im Frühjahr versucht sich umzubringen, inzwischen ist sie in einer "
    "Tagesklinik und es geht ihr besser.",
    "Mein Mann ist seit Montag auf der geschlossenen Station, weil er sich das Leben nehmen wollte. "
    "Ich brauche Austausch.",
    "Mein Opa sagte gestern, er wäre froh, wenn er einschlafen und nicht mehr aufwachen würde. Der "
    "Hospizdienst kommt jetzt.",
]

AT_WORK_ASKING_HOW_TO_RESPOND = [
    "Ich bin Friseurin und eine Kundin hat beim Haareschneiden gesagt, sie will nicht mehr leben. "
    "Wie reagiere ich richtig?",
    'Als Moderatorin eines Discord-Servers sehe ich manchmal Posts wie "ich bring mich um". Wie '
    "soll ich reagieren?",
    "Ich arbeite in der Personalabteilung, ein Mitarbeiter hat im Gespräch Suizidgedanken "
    "angedeutet. Was tun?",
    'Ich trainiere eine Jugendmannschaft und ein Spieler hat nach dem Training gesagt "ich will '
    'sterben". Wie spreche ich ihn an?',
    "Bin Fahrlehrer, ein Fahrschüler meinte in der Stunde, er würde am liebsten gegen einen Baum "
    "fahren. Wie gehe ich damit um?",
    "Als Personalerin: ein Kollege hat im Meeting gesagt, er sieht keinen Sinn mehr im Leben. Wie "
    "spreche ich das an?",
    "Ich bin Trainerin im Fußballverein, ein Mädchen hat Narben vom Ritzen an den Armen. Wie "
    "spreche ich die Eltern an?",
    "Als Friseur höre ich viel. Eine Stammkundin erzählte, sie denke an Selbstmord. Gibt es "
    "Gruppen, die ich empfehlen kann?",
    "Wir sind Ehrenamtliche im Besuchsdienst, ein älterer Herr sagt oft, er möchte sterben. Wie "
    "reagieren wir?",
]

ORDINARY_MEANS_AND_GOODBYES = [
    "im bad liegt ein ganzer haufen tabletten, weil meine oma bei uns wohnt und ich ihr die "
    "wochenbox richte",
    "hab mir ne pistole gekauft – ne heißklebepistole 😂 basteln für den adventskalender",
    "Hab mich heut von allen Kollegen verabschiedet, neuer Job in München ab Montag 🎉",
    "Ich hab zwar Tabletten gesammelt für die Reise nach Thailand, aber das ist meine "
    "Reiseapotheke, nicht was ihr denkt 😂",
    "Wie viel Helium brauche ich für 30 Luftballons zum Kindergeburtstag?",
    "Kann man Holzkohle auch auf dem Balkon anzünden oder ist das gefährlich?",
    "Hält ein Deckenhaken eine Babyschaukel mit 15 kg aus?",
    "Hab den Motor in der Garage laufen lassen, das Tor war natürlich offen, jetzt läuft er wieder.",
    "Ich richte jeden Sonntag die Tablettenbox für meinen Opa, gibt es eine Gruppe für pflegende "
    "Angehörige?",
    "Hab heute die ganze Packung Kekse gegessen, Frustessen, gibt es Gruppen für Essstörungen?",
    "Heute war mein letzter Arbeitstag, ich hab mich von allen verabschiedet, ab Montag bin ich in "
    "Rente.",
    "Wir haben das Datum festgelegt: am 14. Juni ist es soweit, wir heiraten!",
    "Heute häng ich mich auf, aber nur die Bilder im Flur 😂",
    "Hab ne Knarre gekauft, ne Wasserpistole für den Sommer",
    "Hab mich von meiner Klasse verabschiedet, ich zieh nach Hamburg.",
]

NEAR_MISSES_OF_THE_NEW_RULES = [
    "Ich nehm heute alle Vitamine auf einmal, die Dose ist eh fast leer.",
    "Mein Opa will sich heute einen neuen Fernseher kaufen.",
]


@pytest.mark.parametrize(("text", "rule"), DE_R13_CRISIS_BY_RULE)
def test_each_new_rule_names_its_example(text: str, rule: str) -> None:
    assert rule in firing_rules(text), (rule, firing_rules(text))
    assert_caught_by_rules(text)


@pytest.mark.parametrize(
    "text",
    METAPHOR_TWINS
    + HYPERBOLE_TWINS
    + PAST_TWINS
    + SOMEONE_ELSE_TWINS
    + AT_WORK_TWINS
    + ORDINARY_MEANS_TWINS,
)
def test_crisis_twin_of_a_safe_class_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", METAPHORS)
def test_suicide_as_a_metaphor_for_sport_money_or_gadgets_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", HYPERBOLE)
def test_a_joke_over_a_trivial_trigger_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", PAST_DATED_AND_RECOVERED)
def test_a_past_dated_by_school_year_or_year_with_life_today_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", SOMEONE_ELSE_NOW_CARED_FOR)
def test_someone_else_now_in_care_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", AT_WORK_ASKING_HOW_TO_RESPOND)
def test_someone_at_work_asking_how_to_respond_gets_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", ORDINARY_MEANS_AND_GOODBYES)
def test_ordinary_means_and_goodbyes_get_groups(text: str) -> None:
    assert_gets_groups(text)


@pytest.mark.parametrize("text", NEAR_MISSES_OF_THE_NEW_RULES)
def test_near_miss_of_a_new_rule_gets_groups(text: str) -> None:
    assert_gets_groups(text)
