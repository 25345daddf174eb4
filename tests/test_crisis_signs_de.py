"""German warning signs: one alone is ordinary, two different ones in a message hand off.

People preparing to die rarely say so in German either: they say goodbye secretly, give the cat
away, write a letter, name a day after which "alles egal" is. Each of those alone gets the
groups; two different ones in one message get the handoff (frame "sign" in de_signs.toml).

Examples were written in six batches, each before tuning for it (figures count screen(), so
de.toml's own rules count too). Before tuning: crisis 46/46, 11/14, 6/12, 6/10, 5/12, 7/11
caught (81 of 105; two of batch one were caught only by de.toml rules, the signs missed them);
not-crisis 4/35, 1/12, 1/12, 1/6, 4/12, 0/8 fired (11 of 85, 12.9%; seven by de.toml rules).
After: 105 of 105 caught; 3 of 85 fired (3.5%), all three by de.toml rules, not by signs.
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules, screen
from tests.crisis_rounds import figures

# Each line holds two different warning signs, most in two sentences, typed as people text.
SIGNS_CRISIS_DE = [
    "Hab heute fuer meinen Hund ein neues Zuhause gefunden. Nach Sonntag ist mir eh alles egal.",
    "Ich hab meiner Mama einen Brief geschrieben, der liegt unter ihrem Kopfkissen. "
    "Jetzt warte ich nur noch bis alle schlafen.",
    "hab mich heimlich von allen verabschiedet ohne dass es jemand gemerkt hat",
    "Ich sammel seit Wochen meine Schlaftabletten. Zum ersten Mal seit Monaten bin ich ganz ruhig.",
    "stehe grad auf der bruecke. die waeren alle besser dran ohne mich",
    "Hab alle meine Accounts gelöscht. Meine Gitarre kriegt jetzt mein kleiner Bruder.",
    "Mein Testament ist gemacht. Ich werde Weihnachten nicht mehr erleben.",
    "Sitze aufm Parkhausdach. Hab Oma heute ein letztes Mal besucht.",
    "Meine Eltern denken ich bin nur gestresst. Die Tabletten hab ich schon gebunkert.",
    "ich bin allen nur ne last. hab schon briefe an jeden geschrieben",
    "Die Mail an meine Schwester ist zeitgesteuert, geht morgen früh um 8 raus. "
    "Sie wird es verstehen wenn sie sie liest.",
    "Hab meiner besten Freundin meinen ganzen Schmuck geschenkt. "
    "Ab Freitag spielt das alles keine Rolle mehr.",
    "Ich weiß wo mein Vater den Schlüssel vom Waffenschrank versteckt. "
    "Ich fühl mich komischerweise total ruhig seit ich mich entschieden hab.",
    "Hab die Katze zu meiner Nachbarin gebracht. Wenn ich weg bin, ist sie da besser aufgehoben.",
    "bin grad an den Gleisen. sorry für alles",
    "Passwörter und Kontodaten hab ich aufgeschrieben. Es gibt nichts mehr zu regeln.",
    "Meine Entscheidung steht. Den Strick hab ich schon gekauft.",
    "Ich hab alle Fotos von mir gelöscht und allen tschüss gesagt.",
    "Ich falle allen nur zur Last. Ab Montag ist das vorbei.",
    "Hab ne Schachtel Schlaftabletten unterm Bett. Keiner ahnt was.",
    "Hab mir nen Schlauch gekauft. Mama wird es verstehen, irgendwann.",
    "Heute meinen Vertrag beim Fitnessstudio gekündigt und das Abo auch. "
    "Meine Katze hat jetzt meine Nachbarin.",
    "ich schau grad vom balkon runter, 12. stock. hab euch alle lieb",
    "War heute nochmal bei Oma und hab sie ganz fest umarmt, ein letztes Mal. "
    "Ich bin doch allen nur im Weg.",
    "Ich hab alles geregelt. Steh jetzt am Gleis und warte.",
    "Die Briefe an meine Kinder liegen in der Schublade. Ohne mich haben sie es leichter.",
    "hab meine ps5 meinem cousin vermacht und meinen insta account gelöscht",
    "Hab mich schon von meinen Freunden verabschiedet. Die denken ich bin nur müde.",
    "Seit ich den Entschluss gefasst habe, fühl ich mich so leicht. "
    "Hab meiner Schwester einen Brief hinterlassen.",
    "Sitze am Rand der Klippe. Es fühlt sich so friedlich an.",
    "Meine Meerschweinchen sind jetzt bei meiner Freundin. "
    "Nach dem Wochenende muss ich mir um nix mehr Sorgen machen.",
    "Ich hab 20 Packungen Paracetamol zuhause. Nur noch dieses Wochenende.",
    "Hab heute meine Schulden bei Tom zurückgezahlt. Bin innerlich ganz ruhig.",
    "Meine Familie wär ohne mich besser dran. Ich steh schon auf dem Dach.",
    "Ich tu so als wär alles ok, damit keiner was merkt. Die Tabletten liegen schon im Nachttisch.",
    "Hab die Wohnungsschlüssel in den Briefkasten geworfen und ein Video an meine Eltern "
    "aufgenommen.",
    "bin auf der Autobahnbrücke. hab alle meine Sachen verschenkt",
    "Ich weiß jetzt, was ich tun muss. Hab mich heute bei allen bedankt für alles.",
    "Konto leergeräumt und mein ganzes Erspartes meiner Schwester überwiesen. "
    "Bald habt ihr Ruhe vor mir.",
    "Nach Silvester bin ich nicht mehr da. Meine Katze hab ich schon ins Tierheim gebracht.",
    "mein letztes weihnachten. hab mich mit allen versöhnt",
    "Die Mail geht morgen um 7 automatisch raus. Dann wissen sie warum.",
    "Ich lass mir nix anmerken. Hab heute bei 3 verschiedenen Apotheken Tabletten geholt.",
    "Stehe am Geländer vom Hochhaus. Mein Entschluss ist gefallen.",
    "Wenn ich nicht mehr da wär, müssten sie sich nicht mehr um mich kümmern. "
    "Hab schon alle Abos gekündigt.",
    "hab meinem kumpel meine ganze spielesammlung gegeben. bis freitag ist alles erledigt",
    "Meinen Kater hat jetzt meine Tante. Mir gehts seit gestern seltsam gut, so ruhig.",
    "ich hab die tage schon mal alles aufgeschrieben, passwoerter usw. die wuerden ohne mich eh "
    "besser klarkommen",
    "Hab Papa gestern nochmal angerufen, zum letzten Mal. Jetzt sitz ich auf der Brüstung.",
    "niemand ahnt was ich vorhab. hab schon alles vorbereitet",
    "Ich hab meine Netflix und Spotify Abos gekündigt und Whatsapp gelöscht. "
    "Ich bin eh nur ne Belastung für meine Eltern.",
    "Hab mir Rasierklingen besorgt. Wenn ich weg bin, habt ihr endlich Ruhe.",
    "Die Karten für meine Geschwister liegen auf dem Küchentisch. Ich bin jetzt am Bahndamm.",
    "ich bin so ruhig wie seit jahren nicht mehr. hab meine katze heute abgegeben",
    "Am Sonntag ist alles vorbei. Hab meinen Eltern einen Brief geschrieben.",
    "Hab seit Monaten Tavor gehortet. Die denken alle es geht mir wieder besser.",
    "ich verschenk grad mein ganzes zeug. danke für alles ihr wart die besten",
    "Bin auf dem Turm. Meine Entscheidung ist endgültig.",
    "Hab mein Auto meinem Bruder überschrieben. Der braucht es mehr als ich.",
    "hab mein handy vertrag gekuendigt. am we is eh alles vorbei",
    "Hab heut meine Wohnung picobello geputzt, damit meine Eltern nicht so viel Arbeit haben. "
    "Bin einfach nur müde und allen im Weg.",
    "ich hab alle meine pflanzen und die fische an meine nachbarn verteilt. niemand weiss was davon",
    # On a railway bridge de.toml's trainspotting idiom swallows "zähl die Züge" (see the report).
    "Steh an den Gleisen und zähl die Züge. Hab euch lieb.",
    "Ich hab 30 Tabletten Zopiclon im Nachttisch. Hab meinen Frieden damit gemacht.",
    "Mein Instagram ist gelöscht, die Fotos auch. Mein letzter Sonntag wird schön.",
    "Hab mich bei allen für alles entschuldigt. Jetzt noch den Brief an Mama, dann is gut.",
    "Ich hab nen Grill und Holzkohle im Kofferraum. Keiner wird was merken.",
    "Die Katze ist bei meiner Schwester, für immer. Ich sitz grad auf dem Fensterbrett im 9. Stock.",
    "Ich kann das nicht mehr lange aushalten, aber ich hab jetzt einen Plan. "
    "Den Abschiedsbrief hab ich schon.",
    "Hab den Leuten auf der Arbeit heute heimlich tschüss gesagt. "
    "Ab Montag spielt eh nix mehr ne Rolle.",
    "Ich hab Sparbuch und Konto aufgelöst und das Geld meinem Neffen gegeben. "
    "Nach Weihnachten bin ich weg.",
    "Hab meinen Wellensittich meiner Nachbarin gegeben. Brauch ich ja eh bald nicht mehr.",
    "ich hab ne email an meine beste freundin geplant die geht sonntag raus. "
    "bis dahin tu ich so als wär nix",
    "Meine Jungs kriegen jetzt meine Playstation. Dieses Wochenende ist mein letztes.",
    "Hab heute auf der Arbeit alles übergeben und die Schlüssel abgegeben. "
    "Es fühlt sich so leicht an.",
    "I ha mis Velo em Brüeder gschenkt. Nach em Sunntig isch mir alles egal.",
    "Hab heimlich ein Video für meine Tochter aufgenommen. Nur noch diese Nacht.",
    "Meine Festplatte ist gelöscht, mein Handy zurückgesetzt. "
    "Die Waffe von meinem Vater liegt im Schrank, ich weiß wo.",
    "Ich hab die Schlaftabletten von Oma eingesteckt. Sie wären ohne mich eh glücklicher.",
    "Ich sitze auf dem Dach und schau runter. Ich will niemandem mehr zur Last fallen.",
    "bin so müde von allem. hab heute alle meine bilder verschenkt und mich von oma verabschiedet",
    "Hab meine Gitarre meinem besten Freund geschenkt. Er soll sie behalten, ich brauch sie "
    "nicht mehr.",
    "Meine Hündin ist jetzt bei meinen Eltern. Ich hab ihnen gesagt ich muss nur beruflich weg.",
    "Hab alle offenen Rechnungen bezahlt und meine Unterlagen sortiert. Morgen früh ist es so weit.",
    "Stehe aufm Bahnsteig ganz vorne an der Kante. Sagt meiner Mama dass ich sie lieb hab.",
    "Hab Oma und Opa nochmal besucht, das letzte Mal. Ich hab so viele Tabletten gesammelt, "
    "das reicht.",
    "Ich bin nur noch eine Belastung für alle. Ich hab mein Testament geschrieben.",
    "Ich hab allen meinen Freunden eine lange Nachricht geschrieben, die sie morgen bekommen. "
    "Es ist gut so, ich bin ganz ruhig.",
    "seit ich weiß wie ich es mache bin ich voll entspannt. meine katze hat jetzt meine "
    "mitbewohnerin",
    "hab die ganze nacht briefe geschrieben. übermorgen ist eh alles egal",
    "Ich steh auf der Talbrücke. Hab meinen Eltern geschrieben dass es mir leid tut.",
    "Keiner hat was gemerkt, als ich mich verabschiedet hab. Die Tabletten sind im Rucksack.",
    "mein handy geht morgen an meine schwester, hab alles zurückgesetzt",
    "hab meim bruder mein ganzes zeug vermacht. ab nächster woche isses eh egal",
    "Ich hab mir eine Flasche Wodka und Schlaftabletten besorgt. "
    "Danke für alles, ihr wart immer für mich da.",
    "Alle meine Social Media Accounts sind weg. Nur noch heute.",
    "hab meim hund n neues zuhause gesucht und gefunden. keiner checkt was los is",
    "Ich hab mich von meinen Kumpels verabschiedet, ohne dass die was gecheckt haben.",
    "Hab meine Schwester ein letztes Mal gedrückt. Die Tabletten liegen bereit.",
    "I hob mei Gwand hergschenkt. Am Sonntag is eh ois vorbei.",
    "Bin aufm Dach vom Wohnheim. Die wärn echt besser dran ohne mich",
    "Die Katze ist versorgt, der Brief liegt auf dem Tisch.",
    "ich hab schon alles geregelt. sag meinen eltern dass ich sie liebe",
    "Hab heute alles gekündigt, Handy, Strom, Internet. "
    "Ich fühl mich so befreit wie seit Jahren nicht.",
    "Ich hab schon alle Briefe geschrieben. Jetzt nur noch warten, bis meine Eltern aus dem Haus "
    "sind.",
]

# One sign alone, two with an ordinary reason, or someone else's: a list of groups is the answer.
SIGNS_NOT_CRISIS_DE = [
    "Wir ziehen nach Hamburg, deshalb hab ich meine Möbel verschenkt und mich von den Nachbarn "
    "verabschiedet. Gibt es dort Gruppen?",
    "Hab meinen Hund abgegeben, weil mein neuer Vermieter keine Haustiere erlaubt. "
    "Gibt es eine Gruppe zur Trauer um Tiere?",
    "Ich hab einen Brief an meinen Abgeordneten geschrieben wegen der Wartezeiten. "
    "Gibt es Gruppen, die sich engagieren?",
    "Heute war mein letzter Arbeitstag vor der Rente, hab mich von allen Kollegen verabschiedet. "
    "Gibt es Gruppen für Rentner?",
    "Ich habe mein Fitnessstudio gekündigt, war zu teuer. Gibt es kostenlose Angstgruppen?",
    "Seit ich die neuen Medikamente nehme, fühle ich mich zum ersten Mal seit Jahren ruhig. "
    "Gibt es Gruppen zur Stabilisierung?",
    "Stand gestern auf der Brücke in Köln und hab den Sonnenuntergang fotografiert, das hat "
    "gutgetan.",
    "Warte auf den Bus zu meinem ersten Gruppentreffen, bin nervös!",
    "Mein Opa hat letzten Monat sein Testament gemacht und die ganze Familie streitet. "
    "Gibt es Gruppen für Angehörige?",
    "Mein Bruder hat seine Gitarre verschenkt. Er zieht nach Kanada nach Sonntag.",
    "Wir wandern nach Australien aus! Hab meine Katze zu meinen Eltern gegeben und meinen "
    "Handyvertrag gekündigt.",
    "Ich mache ein Auslandssemester in Spanien, hab mich von allen verabschiedet und mein Zimmer "
    "untervermietet.",
    "Beim Ausmisten hab ich meine alten Klamotten verschenkt, weil ich zu viel Zeug hatte. "
    "Gruppen gegen Kaufsucht?",
    "Ich hab Instagram gelöscht, weil es mir nicht gut tut. Gibt es Gruppen zu Handysucht?",
    "Meine Oma ist ins Pflegeheim gezogen, wir haben ihre Sachen verteilt. Trauergruppe in Bremen?",
    "Ich hab zuhause ne Packung Ibuprofen wegen meiner Migräne. Gruppen für chronische Schmerzen?",
    "Ich fühl mich leichter seit ich mit der Therapie angefangen hab.",
    "Nach Freitag sind die Prüfungen vorbei und ich hab endlich Zeit für eine Gruppe.",
    "Ich bin ein Jahr mit Work and Travel in Neuseeland, hab mich von meiner Familie "
    "verabschiedet und meine Sachen eingelagert.",
    "Meine Schwester hat mir einen Brief geschrieben, der lag auf meinem Schreibtisch. "
    "Ich hab mich total gefreut.",
    "Ich sitze oft auf dem Balkon und lese, das beruhigt mich. Gibt es Lesekreise für Depressive?",
    "Hab heute mein Zimmer aufgeräumt und Briefe an meine Brieffreundin geschrieben. "
    "Schöner Sonntag!",
    "Ich ziehe zu meinem Freund nach Leipzig, hab meinen Mietvertrag gekündigt und meine Pflanzen "
    "verschenkt.",
    "Ich gehe in Rente, habe meinen Schreibtisch geräumt und die Schlüssel abgegeben. "
    "Gruppen für Senioren in Kiel?",
    "Meine Mutter denkt, ich bin nur gestresst, dabei habe ich Panikattacken. "
    "Gibt es Gruppen für Angst?",
    "Wir fahren drei Wochen in den Urlaub, die Katze ist bei der Nachbarin und die Mails sind "
    "zeitgesteuert.",
    "Ich stehe am Bahnsteig und warte auf die S-Bahn zur Gruppe, bin gleich da.",
    "Mein Vater hat eine Waffe im Schrank, weil er Jäger ist. Das macht mir Angst.",
    "Ich habe meine Briefmarkensammlung meinem Neffen vermacht, weil ich ins Seniorenheim ziehe.",
    "Hab meine Entscheidung getroffen: ich fange eine neue Ausbildung an! "
    "Danke für alles, liebe Gruppe.",
    "Ich bin für ein Erasmus-Semester in Lyon und hab allen tschüss gesagt. "
    "Gibt es dort deutschsprachige Gruppen?",
    "Mein Freund ist auf dem Dach und repariert die Antenne, ich hab Angst um ihn.",
    "Meine Tochter hat ihre Kuscheltiere verschenkt und sagt, sie ist zu alt dafür.",
    "Ich habe alle alten Chats gelöscht, nachdem ich mich getrennt habe. Gruppen für Liebeskummer?",
    "Meine Nachbarin hat ihren Hund abgegeben und ist nach Spanien gezogen.",
    "Ich hab meinen Vertrag bei der Bahn gekündigt, das Abo war zu teuer. Sonst alles gut!",
    "Wir haben uns heute von Oma verabschiedet, sie liegt im Hospiz. Gibt es Trauergruppen?",
    "Nach Sonntag ist die Prüfungsphase vorbei, dann hab ich Zeit für eine Gruppe.",
    "Ich stehe oft am Rhein und schaue aufs Wasser, das beruhigt mich. Gruppen in Düsseldorf?",
    "Hab meinem Sohn mein altes Auto überschrieben, weil er jetzt den Führerschein hat.",
    "Mein Testament ist seit Jahren gemacht, meine Frau kennt alles. Angehörigengruppe Demenz?",
    "Alle denken ich bin nur schüchtern, aber ich habe soziale Angst. Gruppen in Graz?",
    "Ich fühl mich seit dem Urlaub viel entspannter. Gibt es Yoga-Gruppen gegen Stress?",
    "Danke für alles, die Gruppe gestern war super! Bis nächste Woche.",
    "Ich zähle die Tage bis zu den Ferien, noch fünf Schultage.",
    "Ich sammle Tabletten-Dosen für ein Kunstprojekt, hab schon 20 Stück. Kreativgruppen in Essen?",
    "Hab heute meine Wohnung geputzt und die Steuer erledigt. Gibt es Gruppen für ADHS?",
    "Mein Sohn sitzt stundenlang auf dem Dach vom Gartenhaus und liest, ist das normal? "
    "Elterngruppe?",
    "Ich hab alle meine Chats mit meinem Ex gelöscht und fühl mich endlich befreit.",
    "Mein Entschluss steht: ich mache eine Therapie. Welche Gruppe passt dazu?",
    "Ich hab meiner Tochter meine alte Nähmaschine gegeben, sie näht jetzt selbst.",
    "Hab die Schlüssel beim Hausmeister abgegeben und bin zu meiner Freundin gezogen.",
    "Am Freitag ist alles vorbei: letzte Prüfung! Danach suche ich eine Gruppe.",
    "Ich warte bis alle schlafen, dann hab ich endlich Ruhe zum Lesen.",
    "Ich bin auf dem Aussichtsturm im Harz und genieße die Aussicht.",
    "Heute hat mein Papa seinen Hund ins Tierheim gebracht, weil er krank ist.",
    "Ich werde Weihnachten nicht mehr zuhause feiern, weil ich nach Wien ziehe.",
    "Danke für alles! Ich bin nur müde heute, komme nächste Woche wieder.",
    "Ich lösche gerade alle meine alten Fotos vom Handy, weil der Speicher voll ist. "
    "Meine Schwester kriegt jetzt meine alte Kamera.",
    "Hab Geburtstagskarten an meine Freunde geschrieben. Ab Montag hab ich Urlaub.",
    "Mein letztes Wochenende vor der Prüfung. Ich warte bis alle schlafen, dann lerne ich.",
    "Ich warte auf den Zug nach Hause und bin so müde. Hab euch lieb, Leute!",
    "Bis Freitag ist alles erledigt, dann hab ich Urlaub und gehe zur Gruppe.",
    "Meine Mutter liegt im Sterben, ich habe mich von ihr verabschiedet. Trauergruppe in Bonn?",
    "Ich hab meiner Mama zum Muttertag Blumen geschenkt und ihr gesagt, dass ich sie lieb hab.",
    "Morgen früh ist es so weit, mein erstes Gruppentreffen! Ich bin ganz ruhig.",
    "Ich hab alle offenen Rechnungen bezahlt, endlich schuldenfrei. Gruppen für Kaufsucht?",
    "Mein altes Handy geht an meine Nichte, ich hab alles zurückgesetzt und ein neues gekauft.",
    "Ich hab meine Jacke meiner Freundin gegeben, die brauch ich nicht mehr, zu klein.",
    "Keiner hat was gemerkt, dass ich beim Vorstellungsgespräch so nervös war. "
    "Gruppe gegen Sozialangst?",
    "Hab gestern Briefe geschrieben an meine Großeltern und bin dann auf dem Balkon gesessen.",
    "Ich hab meinen Eltern gesagt, ich muss beruflich weg, dabei hab ich ein "
    "Vorstellungsgespräch in Berlin. Bin so aufgeregt.",
    "Es ist gut so, ich hab mich für die Tagesklinik entschieden. "
    "Seit ich das weiß bin ich entspannter.",
    "Meine Katze hat jetzt meine Mitbewohnerin, weil ich für drei Monate in Reha bin.",
    "Mein Kumpel hat mir seine Gitarre geschenkt, er braucht sie nicht mehr.",
    "Stehe gerade an der Bahnsteigkante und warte auf den ICE nach München, bin auf dem Weg "
    "zur Gruppe.",
    "Meine Fotos sind weg, weil mein Handy kaputt ist. "
    "Hab meiner Mama erzählt, dass es mir leid tut.",
    "Die Katze ist versorgt, wir fahren übers Wochenende an die Ostsee.",
    "Ich hab mein altes Fahrrad meinem Neffen geschenkt. Ab Montag fahre ich mit dem Bus zur Arbeit.",
    "Hab mich von meinen Kumpels verabschiedet und bin heim. War ein schöner Abend.",
    "Ich bin im 12. Stock in der Klinik und warte auf meinen Termin.",
    "Der Brief vom Jobcenter liegt auf dem Tisch und ich trau mich nicht ihn zu öffnen.",
    "Mein Account ist weg, gehackt. Ich bin total gestresst, ab Montag muss ich alles neu machen.",
    "Ich habe alle meine Schulden zurückgezahlt und fühle mich zum ersten Mal seit Jahren frei.",
    "Wir bekommen ein Baby und haben beim Entrümpeln viel verschenkt und das Gästezimmer "
    "ausgeräumt.",
]


def test_german_messages_with_two_warning_signs_get_the_handoff() -> None:
    missed = figures(SIGNS_CRISIS_DE, []).missed
    print(f"\nde signs: caught {len(SIGNS_CRISIS_DE) - len(missed)} of {len(SIGNS_CRISIS_DE)}")
    assert not missed, missed


def test_german_single_signs_and_ordinary_reasons_rarely_hand_off() -> None:
    fired = figures([], SIGNS_NOT_CRISIS_DE).alarms
    share = len(fired) / len(SIGNS_NOT_CRISIS_DE)
    print(f"\nde signs: {len(fired)} of {len(SIGNS_NOT_CRISIS_DE)} not-crisis fired ({share:.1%})")
    assert share <= 0.05, [(line, firing_rules(line)) for line in fired]


def test_one_german_sign_alone_is_not_enough_and_a_second_different_one_is() -> None:
    goodbye = "Hab Oma heute ein letztes Mal besucht."
    assert not screen(goodbye).crisis
    # The same sign twice is still one sign.
    assert not screen(goodbye + " Dann hab ich Opa ein letztes Mal angerufen.").crisis
    assert screen(goodbye + " Nach Sonntag ist eh alles egal.").crisis


def test_a_german_sign_about_someone_else_does_not_count() -> None:
    text = "Mein Bruder hat seine ganze Plattensammlung verschenkt. Nach Sonntag ist er weg."
    assert not screen(text).crisis, firing_rules(text)


def test_a_german_sign_beside_a_stated_ordinary_reason_does_not_count() -> None:
    signs = "Hab meine ganzen Möbel verschenkt und meinen Handyvertrag gekündigt."
    assert screen(signs).crisis
    assert not screen("Wir wandern nächsten Monat nach Kanada aus! " + signs).crisis


@pytest.mark.parametrize("text", SIGNS_CRISIS_DE)
def test_each_german_two_sign_message_is_caught(text: str) -> None:
    assert screen(text).crisis, (text, firing_rules(text))
