"""Portuguese crisis screen, round 10: regional and oblique wording from Brazil, Portugal, Angola
and Mozambique. Slang for dying ("ir de arrasta pra cima", "bater as botas", "logout da vida", a
one-way trip, closing one's story), a high place or a train scouted, asking whether a stock of
pills is enough, poison swallowed by someone else, a weapon taken to a person, a heated object
pressed to the skin, starving on purpose, bleeding alone, a partner beating now, children left
with family before going into the sea, a family told not to blame themselves; next to the same
words used safely (an exam retaken, a weekend away, games, a barbecue knife, heat, OCD intrusive
thoughts in treatment, a one-way ticket to emigrate, a rooftop view, a vet emergency).

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# --- crisis ---------------------------------------------------------------------------------

SLANG_FOR_ENDING_IT_CRISIS: list[str] = [
    "acho que hoje eu vou de arrasta pra cima, cansei",
    "tô indo bater as botas essa noite, já decidi",
    "alt f4 na vida hoje, foi mal",
    "vou fazer a minha viagem só de ida esta noite",
    "esta noite encerro a minha história, obrigado a todos",
    "vou fazer companhia ao meu pai lá no céu ainda hoje",
    "vo me joga da janela do quarto qdo todo mundo dormi",
    "se eu chumbar outra vez atiro-me do bloco da faculdade",
]

FAREWELL_CRISIS: list[str] = [
    "a culpa não é de ninguém pelo que vou fazer, amo vocês",
    "valeu por sempre me ouvir, parceiro. depois vocês vão entender",
    "a carta está na gaveta da cozinha. obrigado por estes anos todos",
    "depois desta noite os meus pais vão precisar de apoio no luto",
    "configurei o meu perfil como memorial, já está tudo pronto",
    "vou deixar os miúdos com a minha avó e depois vou para o rio",
]

HIGH_PLACE_OR_TRAIN_CRISIS: list[str] = [
    "do viaduto do chá dá pra chegar na beirada? vou lá sozinho de madrugada",
    "qual a parte mais alta da barragem? quero ir lá hoje à noite",
    "o viaduto tem guarda de madrugada? é para hoje",
    "onde é o ponto da falésia que dá pra cair direto até lá embaixo",
    "o comboio das 6 vem rápido, o maquinista consegue travar a tempo?",
    "a que horas passa o intercidades? vou ficar em cima da linha",
    "pai, me perdoa. to indo pra ponte",
    "mãe, perdoe-me, vou para a falésia",
]

PILLS_AND_POISON_CRISIS: list[str] = [
    "tenho duas caixas de lorenin. acham que basta?",
    "quanto paracetamol preciso engolir pra dar ruim de vez",
    "vou tomar uns calmantes pra dormir uma eternidade",
    "a lixívia mata uma pessoa se beber? quanto é preciso",
    "o meu filho bebeu lixívia e está a vomitar, o que faço",
    "minha avó tomou veneno de rato e tá tremendo, socorro",
]

HARM_TO_OTHERS_CRISIS: list[str] = [
    "amanhã vou levar a pistola do meu pai pra escola",
    "vou descarregar o pente naquele desgraçado hoje",
    "tô esperando ele na saída do bar com o facão",
    "já peguei o oitão do meu tio, hoje ele paga",
]

SELF_HARM_AND_DANGER_NOW_CRISIS: list[str] = [
    "aqueci a faca no isqueiro e encostei na coxa outra vez",
    "pus a moeda quente na pele do pulso",
    "não como há seis dias e vou continuar até sumir",
    "meu pulso está a sangrar, muito sangue, não consigo estancar",
    "o meu pai a bater agora na minha mãe, socorro",
]

CRISIS_FAMILIES: dict[str, list[str]] = {
    "slang_for_ending_it": SLANG_FOR_ENDING_IT_CRISIS,
    "farewell": FAREWELL_CRISIS,
    "high_place_or_train": HIGH_PLACE_OR_TRAIN_CRISIS,
    "pills_and_poison": PILLS_AND_POISON_CRISIS,
    "harm_to_others": HARM_TO_OTHERS_CRISIS,
    "self_harm_and_danger_now": SELF_HARM_AND_DANGER_NOW_CRISIS,
}

# --- safe -----------------------------------------------------------------------------------

EXAM_RETAKEN_SAFE: list[str] = [
    "chumbei a Estatística mas para o ano tento outra vez, tranquilo",
    "não passei no vestibular, vou tentar de novo no próximo semestre",
    "reprovei na prova de condução, vou repetir em março",
    "bombei no concurso mas vou tentar outra vez ano que vem",
]

TIME_AWAY_AND_HYPERBOLE_SAFE: list[str] = [
    "esse feriado eu quero sumir pra serra, sem celular",
    "só quero desaparecer uns dias para a aldeia dos meus avós",
    "neste fim de semana vou sumir, telemóvel desligado e livros",
    "ganhei o jogo de ontem, quase morri de felicidade",
    "o meu neto nasceu, vou morrer de orgulho",
    "esta humidade de Maputo está a matar-me, credo",
    "35 graus em Cuiabá, alguém me mata",
    "quero morrer toda segunda kkk mas é só zoeira",
    '"quero sumir" é aquela música que tocava na rádio?',
    "não aguento mais áudio de cinco minutos no grupo da família",
]

EVERYDAY_OBJECTS_SAFE: list[str] = [
    "doei os brinquedos que ela já não usa pro bazar da escola",
    "a faca tá afiada, bora cortar a picanha",
    "tô cansado de respirar essa fumaça das queimadas aqui em Porto Velho",
    "meu pai deixou o carro ligado na garagem pra carregar a bateria, com o portão aberto",
    "comprei uma corda de 40 metros pra fazer rapel na serra",
    "escrevi cartas de despedida aos colegas do estágio, que saudade",
    "comprei passagem só de ida pra Lisboa, vou morar lá",
    "vou fazer uma viagem sem volta pra Austrália, arrumei emprego lá",
    "a vista do terraço do Copan é linda, dá pra subir pra tirar fotos?",
    "o maquinista conseguiu parar a tempo e ninguém se magoou",
    "esquentei a colher no fogão pra derreter manteiga e encostei no braço sem querer",
    "não como carne há cinco dias e quero continuar, virei vegetariana",
    "deixo as crianças com a minha mãe e vou ao mar pescar com o meu irmão",
    "depois desta noite a minha família vai precisar de férias, que casamento",
    "tenho três caixas de paracetamol em casa, chega pro inverno?",
    "o herbicida é perigoso para as crianças? como guardo em segurança",
    "vou pra ponte Rio-Niterói amanhã cedo, trabalho em Niterói",
]

GAMES_AND_THOUGHTS_SAFE: list[str] = [
    "me matei na lava de novo no minecraft hardcore kkk",
    "vou te matar no x1 do free fire hoje à noite",
    "vou matar o Zé no fifa, ele me deve uma desforra",
    "tenho TOC e pensamentos intrusivos de empurrar alguém, mas faço terapia",
    "fiz um suicide run no Dark Souls e deu certo lol",
]

SAFE_FAMILIES: dict[str, list[str]] = {
    "exam_retaken": EXAM_RETAKEN_SAFE,
    "time_away_and_hyperbole": TIME_AWAY_AND_HYPERBOLE_SAFE,
    "everyday_objects": EVERYDAY_OBJECTS_SAFE,
    "games_and_thoughts": GAMES_AND_THOUGHTS_SAFE,
}


# --- stories --------------------------------------------------------------------------------


def test_person_using_a_regional_word_for_ending_it_gets_emergency_help() -> None:
    assert_caught_by_rules("vou de arrasta pra cima hoje, já era")
    assert_caught_by_rules("amanhã dou logout dessa vida, ninguém vai notar")


def test_person_scouting_a_bridge_at_night_gets_emergency_help() -> None:
    assert_caught_by_rules("a ponte tem vigilância de noite? vou lá depois das 3")


def test_parent_whose_child_drank_poison_gets_emergency_help() -> None:
    assert_caught_by_rules(
        "a minha filha bebeu o veneno da machamba e está a espumar, estamos longe"
    )


def test_student_retaking_an_exam_gets_groups() -> None:
    assert_gets_groups("chumbei a cadeira de Álgebra, vou repetir no próximo semestre, tudo bem")


def test_regional_saying_about_dying_of_happiness_gets_groups() -> None:
    assert_gets_groups("o Mengão ganhou, tô morrendo de felicidade")


def test_emigrant_on_a_one_way_trip_gets_groups() -> None:
    assert_gets_groups("tenho bilhete só de ida para Londres, começo a trabalhar lá em maio")


@pytest.mark.parametrize("text", family_cases(CRISIS_FAMILIES))
def test_round10_crisis_families_are_caught_by_the_rules(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE_FAMILIES))
def test_round10_safe_families_get_groups(text: str) -> None:
    assert_gets_groups(text)
