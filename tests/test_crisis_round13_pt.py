"""Portuguese crisis screen, round 13: false alarms by class (Brazil and Portugal).

Safe: suicide as a metaphor for sport, money, plants, gadgets and games ("o goleiro se suicidou
saindo do gol", "fizemos suicídios no treino", "as minhas suculentas suicidam-se"); hyperbole
over a trivial trigger ("mais uma reunião no teams e eu pulo da janela", "vou me enforcar com o
fio do carregador se esse wifi cair", "a minha sogra ainda me mata"); a past dated by a school
year, a month and year or the pandemic, with today's life as the contrast; someone else now in
care; carers, moderators, HR and coaches asking how to respond; a song called "Carta de
Despedida", a farewell party on the chosen day, everything ready for a move.
Crisis: the same words about the writer, now: a laugh and then a plan, a serious trigger
(a lost job, a partner leaving, a beating), "e voltou", someone else in danger now, and two
phrasings only the model read before ("quero pular de novo" after a near-jump, "já não aguento
viver").

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# --- crisis ---------------------------------------------------------------------------------

ABOUT_MYSELF_AFTER_THE_MATCH_CRISIS: list[str] = [
    "depois desse jogo eu me sinto suicida",
    "depois da derrota do time fiquei com pensamentos suicidas",
    "perdi tudo na bolsa e vou me matar",
    "perdi todo o dinheiro nas apostas, vou me suicidar",
    "o goleiro falhou e eu quero me suicidar",
    "vou cometer suicídio depois do jogo de hoje",
    "eu sou o goleiro do time e penso em suicídio todos os dias",
    "fizemos suicídios no treino e depois eu só pensava em me suicidar",
    "a minha carteira de ações se suicidou e eu vou junto, não aguento mais",
    "minhas plantas morreram e eu quero morrer também",
    "perdi tudo em cripto, vou me matar hoje",
]

A_LAUGH_THEN_A_PLAN_CRISIS: list[str] = [
    "kkkk tô bem. a corda tá na mochila, hoje à noite",
    "rsrs tá tudo bem. já separei os comprimidos pra hoje",
    "kkkk vou me matar hoje à noite, já comprei a corda",
    "mais uma reunião e eu me mato, já tenho a corda",
    "mais uma reunião no teams e eu pulo da janela, de verdade, já não aguento mais viver",
    "vou me enforcar com o fio do carregador hoje à noite, já está preso no armário",
    "se o wifi cair eu me mato kkkk mentira, já tô decidido, hoje acabo com tudo",
    "a fatura chegou e eu quero morrer de verdade, não tenho como pagar nada",
    "a minha sogra ainda me mata e eu já não aguento viver",
]

A_SERIOUS_TRIGGER_CRISIS: list[str] = [
    "mais uma noite assim e eu acabo com tudo",
    "mais um dia desses e eu me mato",
    "se ela terminar comigo eu me mato",
    "se eu perder o emprego eu me mato",
    "se eu perder o trabalho me jogo da ponte",
    "se o meu pai me bater outra vez eu me atiro da janela",
    "se eu reprovar de novo eu me mato, já tenho os comprimidos",
    "o meu marido ainda vai me matar, ele ameaçou com a faca",
    "meu marido ainda me mata, ele me bateu de novo ontem",
]

THE_PAST_IS_BACK_CRISIS: list[str] = [
    "no 9º ano eu me cortava e agora voltei a me cortar",
    "no nono ano escrevi cartas de despedida e ontem escrevi outra",
    "em março de 2019 foi a última vez que me cortei, mas ontem recaí e me cortei de novo",
    "me cortei pela última vez em março de 2019 e ontem me cortei de novo",
    "antes da pandemia eu pensava em suicídio e agora voltou tudo",
    "em 2016 planejei tudo e agora voltei a planejar, quero me matar no sábado",
    "minha última tentativa foi antes da pandemia, e agora quero tentar de novo",
    "em 2018 tentei suicídio, e esta noite vou tentar outra vez",
]

SOMEONE_ELSE_IN_DANGER_NOW_CRISIS: list[str] = [
    "a minha amiga acabou de me dizer que tomou os comprimidos todos",
    "minha amiga disse que queria morrer hoje à noite e não responde",
    "o meu irmão teve alta ontem e agora diz que vai se matar esta noite",
    "meu namorado saiu do hospital e acabou de me dizer que vai pular da ponte",
    "uma amiga me contou que vai se matar hoje",
    "minha mãe tomou uma caixa de remédios agora e não acorda",
    "a minha filha está internada mas eu quero morrer",
    "meu filho foi internado e eu estou pensando em suicídio",
    "minha mãe está em tratamento e eu penso em me matar todo dia",
]

HELPER_IN_CRISIS_CRISIS: list[str] = [
    "sou cabeleireira e penso em suicídio",
    "sou moderador e quero morrer",
    "trabalho no RH e estou pensando em suicídio",
]

MEANS_AND_FAREWELLS_CRISIS: list[str] = [
    "comprei hélio e um saco plástico para acabar com tudo",
    "comprei carvão pra me matar no quarto fechado",
    "pus um gancho no teto pra me enforcar",
    "deixei o carro ligado na garagem fechada para morrer",
    "tomei a caixa inteira dos remédios da minha avó",
    "já escolhi a data.",
    "já escolhi o dia. sexta vai ser o fim",
    "já escolhi o dia, vai ser na sexta, depois da festa ninguém me vê mais",
    "escrevi minha carta de despedida e deixei na gaveta",
    "deixei tudo pronto, a carta para os meus pais e as chaves, adeus",
    "ouvindo a música carta de despedida enquanto escrevo a minha",
]

ONLY_THE_MODEL_READ_THEM_CRISIS: list[str] = [
    "aos 15 eu quase pulei daquela ponte, hoje tenho 29 e voltou, quero pular de novo",
    "quase me joguei do viaduto ontem, quero me jogar de novo",
    "já não aguento viver",
    "eu ja nao aguento mais existir",
]

CRISIS_FAMILIES: dict[str, list[str]] = {
    "about_myself_after_the_match": ABOUT_MYSELF_AFTER_THE_MATCH_CRISIS,
    "a_laugh_then_a_plan": A_LAUGH_THEN_A_PLAN_CRISIS,
    "a_serious_trigger": A_SERIOUS_TRIGGER_CRISIS,
    "the_past_is_back": THE_PAST_IS_BACK_CRISIS,
    "someone_else_in_danger_now": SOMEONE_ELSE_IN_DANGER_NOW_CRISIS,
    "helper_in_crisis": HELPER_IN_CRISIS_CRISIS,
    "means_and_farewells": MEANS_AND_FAREWELLS_CRISIS,
    "only_the_model_read_them": ONLY_THE_MODEL_READ_THEM_CRISIS,
}

# --- safe -----------------------------------------------------------------------------------

METAPHORS_SAFE: list[str] = [
    "nosso goleiro se suicidou saindo do gol daquele jeito",
    "o guarda-redes suicidou-se a sair da baliza, que frango",
    "o recuo de bola do zagueiro foi suicida",
    "aquele atraso de bola foi completamente suicida",
    "o lateral deu um passe suicida para trás e tomamos o gol",
    "a equipa jogou de maneira suicida com a linha alta",
    "o time jogou de forma suicida no segundo tempo",
    "a defesa suicida do Benfica ontem foi um desastre",
    "o treinador mandou a gente fazer suicídios no treino até vomitar",
    "o mister pôs-nos a fazer suicídios no pavilhão",
    "ontem no basquete corremos uns 20 suicidios, to morta",
    "o professor de educação física passou suicidio na quadra, 10 vezes",
    "essas tarifas são um suicídio económico para o país",
    "a empresa vender a fabrica agora seria um verdadeiro suicidio",
    "minha carteira de ações se suicidou essa semana kkkk",
    "a bolsa se suicidou hoje, caiu 8%",
    "o bitcoin se matou hoje",
    "as minhas plantas suicidam-se todas, não tenho jeito nenhum",
    "todas as minhas plantas cometem suicídio, alguém me ajuda com suculentas",
    "meu manjericao se matou, alguem sabe pq?",
    "o meu carry se suicidou no meio de cinco inimigos",
    "meu personagem se suicidou na lava de novo no minecraft",
    "meu celular cometeu suicídio, caiu na privada",
    "o meu telemóvel suicidou-se, caiu na sanita",
]

HYPERBOLE_SAFE: list[str] = [
    "mais uma reunião no teams e eu pulo da janela 😂",
    "mais uma call no zoom e eu me jogo da janela kkkk",
    "mais uma reuniao que podia ser um email e eu pulo da janela",
    "a minha sogra ainda me mata 🙄",
    "o meu filho de 3 anos ainda me mata, pintou a parede toda",
    "esses miudos ainda me matam, partiram outra vez o vaso",
    "o meu gato ainda me mata, derrubou a caneca de novo",
    "essas criancas vao ser a minha morte kkk",
    "vou me enforcar com o fio do carregador se esse wifi cair de novo kkkk 😂",
    "vou-me atirar ao rio se o wi-fi falhar outra vez",
    "se a net cair de novo eu me jogo do prédio 😂😂",
    "se a internet cair mais uma vez eu me atiro da varanda 😂",
    "a fatura do cartão chegou e eu quero sumir kkkk",
    "vi o extrato do cartao e quero sumir hahaha",
    'se eu ouvir "conforme meu último email" mais uma vez eu me jogo no mar',
    "se o gato derrubar mais uma caneca eu me atiro da janela",
    "juro que me atiro da varanda se o vizinho ligar a furadeira de novo",
    "juro que me mato se o vizinho ligar a furadeira as 7 da manha",
    "se eu ouvir mais um audio de 5 minutos eu me mato kkkkkk",
    "mais uma mensagem de bom dia no grupo da família e eu me mato",
    "mais uma figurinha de bom dia no grupo da família e eu me mato rsrs",
    "se tocar mais um funk no onibus eu me jogo pela janela",
    "o gerente do banco vai me enforcar depois dessa black friday",
    "quero morrer, o crush me viu de pijama",
    "quero sumir, o crush viu meu story antigo",
]

PAST_AND_TODAY_SAFE: list[str] = [
    "no 9º ano escrevi cartas de despedida, hoje tenho 40 e trabalho com jovens",
    "no nono ano escrevi cartas de despedida. hoje tenho 40 anos e trabalho com jovens",
    "no 8º ano eu me cortava, hoje sou enfermeira e estou bem",
    "me cortei pela última vez em março de 2019, são 1800 dias",
    "em 2016 dei minhas coisas e planejei tudo; 8 anos depois sou enfermeira",
    "em 2015 tomei uma overdose; 9 anos depois trabalho num hospital",
    "minha última tentativa foi antes da pandemia, hoje estou segura",
    "a minha ultima tentativa foi antes do confinamento, hoje estou segura",
    "antes da pandemia eu pensava em suicídio todo dia, hoje já não",
    "aos 15 eu teria pulado daquela ponte, hoje tenho 29 e corro nela todo domingo",
    "no 10º ano tentei matar-me, hoje estou bem e quero ajudar outros",
]

SOMEONE_ELSE_IN_CARE_SAFE: list[str] = [
    "uma amiga me contou mês passado que pensava em suicídio, agora ela está fazendo terapia",
    "a minha amiga contou-me no mês passado que pensava em suicídio, agora está em terapia",
    "meu companheiro teve alta semana passada depois de uma overdose, tem grupo pra familiares?",
    "o meu companheiro teve alta na semana passada depois de uma overdose, há grupos para familiares?",
    "minha amiga disse que queria morrer, mas agora está em tratamento e bem",
    "minha amiga disse que queria morrer mas agora ta em tratamento e bem melhor",
    "minha mãe foi internada em janeiro depois de tomar comprimidos demais, já está em casa com acompanhamento",
    "meu namorado está internado sob vigilância por risco de suicídio, eu estou em casa, tem grupo para parceiros?",
    "o meu filho tentou o suicídio no ano passado e agora está a ser acompanhado, procuro grupo de pais",
]

HELPERS_SAFE: list[str] = [
    "sou cabeleireira e uma cliente disse que queria morrer, como devo responder?",
    "sou moderador de um servidor no discord e um membro escreveu que vai se matar, qual o protocolo?",
    "trabalho no RH e um funcionário falou em tirar a própria vida, como encaminho?",
    "sou treinador de futebol de base e um menino disse que queria sumir, o que faço?",
    "sou treinador de futsal e um miudo disse que se queria matar, o que faço?",
    "sou coach e um cliente me disse que pensa em suicídio, como abordar?",
    "sou voluntaria numa linha de apoio e quero formação sobre sinais de alerta de suicídio",
]

ORDINARY_MEANS_AND_FAREWELLS_SAFE: list[str] = [
    "a banda lançou a música 'Carta de Despedida' e tá tocando sem parar no meu spotify",
    "tá tocando sem parar 'Carta de Despedida' no meu spotify",
    "o album novo tem uma faixa chamada carta de despedida",
    "já escolhi o dia, sexta-feira é a minha festa de despedida do trabalho",
    "já escolhi o dia da festa de despedida do trabalho, sexta",
    "deixei tudo pronto, a carta para o senhorio e as chaves, mudo-me amanhã",
    "deixei tudo pronto pra mudança, as chaves ficam com o senhorio",
    "comprei hélio pra encher os baloes do aniversario",
    "carvão e acendalhas para o churrasco de domingo",
    "instalei um gancho no teto pra pendurar a rede",
    "estava a arranjar o motor do carro com o portão da garagem aberto",
    "a caixa semanal de comprimidos da minha avó ficou vazia, tenho de a encher",
    "levo uma farmácia de viagem com paracetamol e ibuprofeno",
    "comi a caixa inteira de bolachas sozinha",
    "despedi-me dos colegas hoje, segunda começo no emprego novo",
    "já marcamos a data do casamento, 12 de julho!",
    "vou pendurar o quadro novo na sala",
]

SAFE_FAMILIES: dict[str, list[str]] = {
    "metaphors": METAPHORS_SAFE,
    "hyperbole": HYPERBOLE_SAFE,
    "past_and_today": PAST_AND_TODAY_SAFE,
    "someone_else_in_care": SOMEONE_ELSE_IN_CARE_SAFE,
    "helpers": HELPERS_SAFE,
    "ordinary_means_and_farewells": ORDINARY_MEANS_AND_FAREWELLS_SAFE,
}


# --- stories --------------------------------------------------------------------------------


def test_fan_whose_keeper_committed_suicide_coming_off_his_line_gets_groups() -> None:
    assert_gets_groups("nosso goleiro se suicidou saindo do gol daquele jeito")


def test_fan_who_feels_suicidal_after_the_match_gets_emergency_help() -> None:
    assert_caught_by_rules("depois desse jogo eu me sinto suicida")


def test_worker_who_jumps_out_of_the_window_after_one_more_teams_call_gets_groups() -> None:
    assert_gets_groups("mais uma reunião no teams e eu pulo da janela 😂")


def test_laugh_followed_by_a_rope_in_the_bag_gets_emergency_help() -> None:
    assert_caught_by_rules("kkkk tô bem. a corda tá na mochila, hoje à noite")


def test_person_whose_mother_in_law_will_be_the_death_of_them_gets_groups() -> None:
    assert_gets_groups("a minha sogra ainda me mata 🙄")


def test_wife_whose_husband_will_kill_her_gets_emergency_help() -> None:
    assert_caught_by_rules("o meu marido ainda vai me matar, ele ameaçou com a faca")


def test_nurse_who_planned_it_eight_years_ago_gets_groups() -> None:
    assert_gets_groups("em 2016 dei minhas coisas e planejei tudo; 8 anos depois sou enfermeira")


def test_friend_who_now_is_in_treatment_gets_groups_for_the_writer() -> None:
    assert_gets_groups("minha amiga disse que queria morrer, mas agora está em tratamento e bem")


def test_friend_who_just_took_the_pills_gets_emergency_help() -> None:
    assert_caught_by_rules("a minha amiga acabou de me dizer que tomou os comprimidos todos")


def test_listener_of_a_song_called_farewell_letter_gets_groups() -> None:
    assert_gets_groups(
        "a banda lançou a música 'Carta de Despedida' e tá tocando sem parar no meu spotify"
    )


def test_person_who_nearly_jumped_at_fifteen_and_wants_to_jump_again_gets_emergency_help() -> None:
    text = "aos 15 eu quase pulei daquela ponte, hoje tenho 29 e voltou, quero pular de novo"
    assert_caught_by_rules(text)
    assert "pt.suicidal.r13_jump_again" in firing_rules(text)


def test_kid_who_wants_to_jump_rope_again_gets_groups() -> None:
    assert_gets_groups("a corda de pular é ótima, quero pular de novo")


def test_person_who_cannot_bear_living_any_more_gets_emergency_help() -> None:
    assert_caught_by_rules("já não aguento viver")
    assert "pt.suicidal.r13_cannot_bear_living" in firing_rules("já não aguento viver")


def test_emigrant_who_cannot_bear_living_far_from_family_gets_groups() -> None:
    assert_gets_groups("não aguento viver longe da minha família")


@pytest.mark.parametrize("text", family_cases(CRISIS_FAMILIES))
def test_round13_crisis_families_are_caught_by_the_rules(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE_FAMILIES))
def test_round13_safe_families_get_groups(text: str) -> None:
    assert_gets_groups(text)
