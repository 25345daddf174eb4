"""German guards of the crisis screen: someone else's words, quoted by the person who teaches,
treats, coaches or serves them (de_reported.toml), are not the writer's crisis; the writer's own
words, an abuser's threat and someone in danger right now still are, quoted or not."""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules, screen

# Someone the writer looks after is quoted, in any tense, often with words between the speaker
# and the quote; or a "when someone says" question; or a phrase quoted as a phrase.
REPORTED_SAFE_DE: list[str] = [
    "Ich bin Klassenlehrerin. Ein Schüler sagte in der Pause 'ich will sterben', weil er sein "
    "Handy verloren hatte. Wie gehe ich damit um?",
    "Als Fußballtrainer hab ich erlebt, wie ein Spieler nach dem verlorenen Finale meinte "
    "'ich will nicht mehr leben'. Wie spreche ich das beim nächsten Training an?",
    "Eine Klientin hat mir letzte Woche geschrieben 'ich will einfach tot sein'. Sie ist jetzt "
    "in der Tagesklinik. Gibt es Supervision für Beraterinnen?",
    "Viele meiner Patienten sagen nach der Chemo 'ich will nicht mehr leben'. Gibt es "
    "Fortbildungen für Onkologie-Pflegekräfte?",
    "Wie reagiere ich, wenn ein Jugendlicher im Jugendzentrum sagt, er will sich umbringen?",
    "Was antworte ich, wenn jemand am Telefon sagt 'ich will sterben'? Ich fange nächste Woche "
    "bei der Telefonseelsorge an.",
    "Falls ein Kind in der Kita sagt 'ich will tot sein', was sollten Erzieherinnen dann tun?",
    "Im Hospiz hören wir immer wieder Sätze wie 'ich will endlich sterben dürfen'. Wie gehen "
    "andere Ehrenamtliche damit um?",
    "Wie gehe ich als Ausbilder mit dem Satz 'ich bring mich um' um, wenn ein Azubi ihn im "
    "Scherz sagt?",
    "Ein Bewohner unseres Pflegeheims sagt jeden Abend 'lasst mich doch endlich sterben'. Die "
    "Ärztin ist informiert. Gibt es Angebote für Pflegende?",
    "Eine Anruferin erzählte gestern, sie wolle sich das Leben nehmen, und wir haben gemeinsam "
    "den Notdienst gerufen. Wie verarbeite ich so ein Gespräch?",
    "Ich bin Schulsozialarbeiter. Eine Schülerin hat in ihr Heft geschrieben 'ich will mich "
    "umbringen'. Sie ist inzwischen in Behandlung. Welche Gruppen kann ich der Klasse empfehlen?",
    "Ein Kunde an der Bar meinte gestern 'ich spring gleich von der Brücke', als sein Verein "
    "verloren hat. Muss ich als Barkeeperin sowas ernst nehmen?",
    "Unser Fahrgast rief beim Aussteigen 'ich bring mich um', weil er den Anschlusszug verpasst "
    "hatte. Als Busfahrer weiß ich nicht, ob ich was hätte tun sollen.",
    "Wie reagiere ich am besten auf 'ich will nicht mehr leben', wenn es in meiner "
    "Selbsthilfegruppe fällt?",
    "Mit so einem Satz wie 'ich bring mich um' kann ich als Vertrauenslehrerin nicht umgehen. "
    "Gibt es Schulungen?",
    "Mein Konfirmand sagte in der Freizeit 'ich will sterben', nachdem er beim Spiel verloren "
    "hat. Als Pfarrer frage ich mich, wie ernst das ist.",
    "In dem Lied heißt es 'ich will sterben', und meine Tochter singt das ständig. Ist das "
    "bedenklich?",
    "Die Figur in der Serie sagt dauernd 'ich bring mich um' und alle lachen. Findet ihr das okay?",
    "Wenn jemand in der Gruppe sagt, dass er nicht mehr leben will, wie reagiere ich als "
    "Moderatorin?",
    "Was sage ich, wenn ein Kollege meint, er will sich umbringen, und dann lacht? Ich bin "
    "Betriebsrat.",
    "Ein Mitarbeiter hat nach dem Personalgespräch gesagt 'dann bring ich mich halt um'. Er hat "
    "sich entschuldigt. Als Teamleiterin suche ich Rat.",
    "Ein Patient erzählte bei der Visite, er wolle sterben, und wir haben den Konsildienst "
    "geholt. Wie redet man im Team darüber?",
    "Als Nachhilfelehrer hör ich von meinen Schülern oft Sprüche wie 'ich will sterben', wenn "
    "Mathe dran ist. Wie ernst ist das?",
    "Meine Klienten in der Schuldnerberatung meinen manchmal 'ich will einfach tot sein'. Wohin "
    "kann ich sie verweisen?",
    "Wie reagiert man richtig, wenn ein Gast im Hotel sagt 'ich spring gleich vom Balkon'? Ich "
    "arbeite an der Rezeption.",
    "Ein Häftling sagte beim Hofgang 'ich will nicht mehr leben'. Der psychologische Dienst ist "
    "eingeschaltet. Gibt es Austausch für Justizvollzugsbeamte?",
]

# The writer's own words, an abuser's threat, someone in danger now, a voice giving orders.
STILL_CRISIS_DE: list[str] = [
    "Ich hab meiner Therapeutin gesagt 'ich will sterben' und sie hat nur genickt. Ich will "
    "wirklich nicht mehr leben.",
    "In meinem Kopf läuft immer nur 'bring dich endlich um'. Ich will sterben.",
    "Ich sage mir jeden Abend: ich will nicht mehr leben. Heute ist es schlimmer als sonst.",
    "Mein Mann hat gerade gesagt, er bringt mich heute Nacht um. Ich hab mich im Bad "
    "eingeschlossen.",
    "Mein Freund hat gesagt er bringt mich um, wenn ich ihn verlasse. Ich habe solche Angst.",
    "Er hat gesagt, wenn ich zur Polizei gehe, bin ich tot. Er steht vor der Tür.",
    "Mein Vater hat gestern gesagt, er schlägt mich tot, wenn ich wieder zu spät komme.",
    "Meine beste Freundin hat mir eben geschrieben, dass sie alle Tabletten genommen hat. Was "
    "soll ich tun?",
    "Mein Bruder hat gerade angerufen und gesagt, er steht auf der Brücke und springt.",
    "Meine Mitbewohnerin hat geschrieben, sie schneidet sich gerade und kann nicht aufhören.",
    "Ein Schüler hat mir gerade geschrieben: ich hab alle Tabletten genommen, tschüss.",
    "Eine Klientin hat eben angerufen, sie sitzt auf dem Dach und will springen.",
    "Meine Tochter hat geschrieben: ich hab alle Tabletten genommen. Sie geht nicht ans Handy.",
    "Ich hab meiner Mutter gesagt, dass ich mich umbringen will, und sie hat aufgelegt.",
    "Ich will sterben. Das hab ich auch meinem Arzt gesagt, aber niemand hört zu.",
    "Mein Ex schreibt mir ständig, dass er mich umbringt, wenn er mich sieht. Heute stand er vor "
    "meiner Arbeit.",
    "Ich habe allen gesagt, dass es mir gut geht, aber ich will mich heute umbringen.",
    "Mein Stiefvater hat gesagt, er bringt mich um, wenn ich es jemandem erzähle.",
    "Meine Therapeutin meint, ich soll in die Klinik. Ich hab die Tabletten schon gesammelt und "
    "will heute Nacht Schluss machen.",
    "Als Lehrerin bin ich am Ende. Ich will nicht mehr leben.",
    "Als Pflegekraft höre ich viel, aber jetzt bin ich selbst dran: ich will sterben.",
    "Wie reagiere ich, wenn ich selbst nicht mehr leben will? Ich bringe mich heute um.",
    "Wie reagiere ich, wenn ich nicht mehr leben will und keiner es merkt?",
    "Mein Kumpel sitzt grad im Auto und sagt er fährt gegen einen Baum.",
    "Ein Patient hat mir gesagt, er bringt mich um, wenn ich ihn entlasse.",
    "Meine Schwester hat mir vorhin geschrieben 'verzeih mir', und jetzt ist sie nicht "
    "erreichbar. Sie hat gesagt sie will sterben.",
    "Ich schreibe in mein Tagebuch immer 'ich will tot sein'. Heute meine ich es ernst.",
    "Mein Mann sagt, heute Nacht bin ich dran, und er hat ein Messer.",
    "Ich höre Stimmen, die sagen, ich soll mich umbringen.",
]


@pytest.mark.parametrize("text", REPORTED_SAFE_DE)
def test_someone_elses_words_quoted_by_their_carer_are_not_a_crisis(text: str) -> None:
    assert not screen(text).crisis, firing_rules(text)


@pytest.mark.parametrize("text", STILL_CRISIS_DE)
def test_own_words_threats_and_danger_now_are_still_a_crisis(text: str) -> None:
    assert screen(text).crisis


def test_coach_quoting_a_boy_who_said_he_wanted_to_die_is_not_a_crisis() -> None:
    text = (
        "Ich trainiere eine U14. Ein Junge sagte nach dem verlorenen Spiel 'ich will sterben'. "
        "Wie spreche ich das beim Training an?"
    )
    assert not screen(text).crisis


def test_nurse_hearing_patients_say_they_want_to_die_is_not_a_crisis() -> None:
    text = "Als Pflegerin höre ich oft von alten Patienten 'ich will einfach sterben'. Tipps?"
    assert not screen(text).crisis


def test_woman_quoting_her_husbands_threat_tonight_is_a_crisis() -> None:
    assert screen("Mein Mann hat gesagt, er bringt mich heute Nacht um.").crisis


def test_teacher_whose_pupil_took_pills_just_now_is_a_crisis() -> None:
    assert screen("Eine Schülerin hat mir eben geschrieben: ich hab alle Tabletten genommen").crisis


def test_writer_quoting_their_own_words_to_the_therapist_is_a_crisis() -> None:
    assert screen("Ich hab meinem Therapeuten gesagt: ich will sterben. Es stimmt.").crisis


def test_voices_telling_the_writer_to_die_are_a_crisis() -> None:
    assert screen("Ich höre ständig Stimmen, die sagen, ich soll mich umbringen.").crisis


@pytest.mark.parametrize(
    "text",
    [
        "das lied ist so geil, für die band würd ich sterben",
        "für einen kaffee würde ich jetzt sterben",
        "für diese schuhe würde ich sterben lol",
    ],
)
def test_wanting_something_so_much_one_would_die_for_it_is_not_a_crisis(text: str) -> None:
    assert not screen(text).crisis


def test_dying_for_an_end_to_the_pain_is_still_a_crisis() -> None:
    assert screen("für ein ende dieser schmerzen würde ich sterben").crisis


# German puts the act in its own clause after a comma: "hab ich versucht, mich umzubringen".
def test_attempt_years_ago_told_across_a_comma_gets_groups() -> None:
    text = (
        "Vor acht Jahren hab ich versucht, mich umzubringen. Heute leite ich eine Gruppe "
        "und suche Austausch mit anderen Peers."
    )
    assert not screen(text).crisis


def test_attempt_days_ago_told_across_a_comma_is_still_a_crisis() -> None:
    assert screen("vor ein paar Tagen hab ich versucht, mich umzubringen").crisis
    assert screen("ich hab versucht, mich umzubringen, und will es wieder tun").crisis
