"""Portuguese crisis screen, recall gaps: kinds of crisis message that slipped past the rules in
messages from people the team never saw, each next to the same objects and words used safely.

The crisis examples must be caught by the lexicon rules themselves (not only by the model).
"""

from __future__ import annotations

import pytest

from conversations.crisis import screen
from tests.crisis_rounds import assert_caught_by_rules

# 1. An overdose already taken, told with a count or an amount.
OVERDOSE_TAKEN_CRISIS: list[str] = [
    "tomei uns vinte e poucos comprimidos de sertralina",
    "mandei umas 25 pilulas pra dentro",
    "bebi a garrafa de vodka com os meus comprimidos",
    "virei uma garrafa de vinho com todos os meus calmantes",
    "enfiei goela abaixo uma cartela inteira de clonazepam",
    "ja tomei mais de 20 comprimidos de paracetamol",
    "tomei uns trinta e tantos remedios de dormir",
    "tomei o blister todo de comprimidos para dormir",
    "tomei tipo umas 30 pilula",
]
USUAL_DOSE_NOT_CRISIS: list[str] = [
    "tomei dois antidepressivos hoje de manha como o medico receitou",
    "tomei minha fluoxetina de sempre hoje",
    "tomei 12 comprimidos de vitamina c essa semana",
    "bebi uma garrafa de agua com meus remedios",
    "bebi uma garrafa de vinho no jantar com meus amigos",
    "quantos comprimidos de ibuprofeno posso tomar por dia",
    "tomei um blister de vitamina",
]

# 2. A means made ready, then a goodbye or an apology.
MEANS_READIED_GOODBYE_CRISIS: list[str] = [
    "carreguei a arma. desculpa",
    "deixei a arma engatilhada. amo voces, me perdoem",
    "pendurei a corda na viga. obrigado por tudo",
    "os comprimidos estao contados, obrigado por tudo",
    "separei as laminas. me perdoa mae",
    "a forca ta pronta no quarto. adeus",
    "o no ta feito. amo vcs",
    "a pistola esta carregada. perdoem-me",
]
MEANS_READIED_ERRAND_NOT_CRISIS: list[str] = [
    "carreguei a arma no clube de tiro, desculpa a demora",
    "carreguei a arma pra cacar com meu pai, tchau",
    "amarrei a corda do varal, valeu pessoal",
    "o no da gravata ta feito, tchau",
]

# 3. Holding or sitting with the means right now.
HOLDING_MEANS_CRISIS: list[str] = [
    "to segurando a lamina faz um tempao",
    "sentada no chao do banheiro com a faca",
    "segurando o revolver faz horas",
    "sentado no chao do quarto com a arma no colo pensando",
    "nao consigo largar a faca",
    "estou com a gilete na mao ha uma hora",
    "estou a segurar a lamina ha horas",
    "tou sentada no chao da casa de banho com uma faca",
    "ja faz uma hora que to segurando a gilete",
]
HOLDING_TOOLS_NOT_CRISIS: list[str] = [
    "to segurando a faca certo? aprendendo a cortar cebola",
    "segurando a faca do jeito certo pra cortar carne",
    "to com a faca na mao picando cebola",
    "peguei a faca pra cortar o bolo do aniversario",
    "estou a segurar a faca ha horas a descascar batatas",
]

# 4. Someone else took something and does not wake up or respond.
OTHER_TOOK_SOMETHING_CRISIS: list[str] = [
    "meu irmao tomou sei la o que e nao ta acordando",
    "minha mae tomou alguma coisa e nao acorda, o que eu faco",
    "meu irmao cheirou muito e nao ta respondendo, desmaiou",
    "nao consigo acordar minha mae, ela tomou os remedios todos",
    "minha avo tomou a caixa de remedio e nao acorda",
    "o meu marido tomou comprimidos e esta inconsciente",
    "o meu pai tomou qualquer coisa e nao acorda, o que faco",
]
OTHER_ASLEEP_NOT_CRISIS: list[str] = [
    "minha filha tomou remedio pra gripe e dormiu a tarde toda",
    "meu pai tomou a medicacao e dormiu cedo",
]

# 5. Someone else up high, threatening to jump, now.
OTHER_UP_HIGH_CRISIS: list[str] = [
    "meu amigo ta no telhado ameacando pular",
    "minha irma ta na ponte dizendo que vai se jogar",
    "meu namorado esta na janela do 10 andar querendo pular agora",
    "meu primo subiu no telhado do predio e ta ameacando se jogar",
    "meu pai ta na sacada dizendo que vai se atirar",
    "o meu irmao esta no telhado a ameacar atirar-se",
    "tem um cara na ponte querendo pular, meu amigo",
]
OTHER_UP_HIGH_NOT_CRISIS: list[str] = [
    "o telhadista ta no telhado",
    "meu amigo ta no telhado consertando a antena",
    "meu filho subiu na laje e quer pular na piscina",
    "meu filho quer pular de paraquedas no aniversario",
    "o gato ta no telhado e nao quer descer",
    "minha amiga ta no predio e quer pular carnaval comigo",
    "meu filho ta na janela querendo pular de alegria",
    "meu irmao ta no telhado e quer pular o muro do vizinho",
]

# 6. Someone else just cut themselves, or bleeds after self-harm.
OTHER_SELF_HARM_BLEEDING_CRISIS: list[str] = [
    "minha filha acabou de me contar que cortou os pulsos, tem sangue por todo lado",
    "meu filho se cortou de proposito e ta sangrando muito",
    "minha irma cortou os pulsos, nao para de sangrar",
    "meu namorado se cortou de proposito com a gilete e ta sangrando muito",
    "minha filha se automutilou e tem sangue no chao do banheiro",
    "a minha filha cortou-se de proposito e esta a sangrar muito",
    "minha filha se cortou com gilete, ta sangrando demais",
]
PLAIN_INJURY_NOT_CRISIS: list[str] = [
    "meu filho cortou o dedo cozinhando, muito sangue, como faco o curativo",
    "minha filha se cortou com a faca cozinhando, sangrando muito",
    "meu filho cortou o pulso no vidro da janela, muito sangue",
    "minha filha cortou o dedo com o estilete na escola",
    "meu marido cortou a mao na obra, ta sangrando muito, qual hospital",
    "meu filho se cortou com a gilete fazendo a barba, ta sangrando",
]

# 7. A denial, then a plan or a chosen date.
DENIAL_THEN_PLAN_CRISIS: list[str] = [
    "nao sou suicida nem nada, so ja escolhi uma data",
    "nao to pensando em me matar, so tenho um plano caso nao melhore ate o fim de semana",
    "nao vou me matar, so ja escolhi a data e tudo",
    "nao to querendo morrer, mas ja sei como vou fazer",
    "nao e nada de suicidio, so tenho um plano se nada mudar ate o natal",
    "nao estou a pensar em matar-me, so ja escolhi a data",
    "relaxa nao sou suicida, so ja decidi quando",
]
DENIAL_THEN_ERRAND_NOT_CRISIS: list[str] = [
    "nao sou suicida, so tenho um plano pra minha semana",
    "nao sou suicida, so tenho um plano pra emagrecer",
    "nao sou suicida, so ja marquei a data do casamento",
    "nao to pensando em me matar, so marquei o dia da mudanca",
    "nao quero morrer, so escolhi a data da viagem",
    "nao sou suicida, so ja decidi quando vou viajar",
]

# 8. An old or dependent person hurt or robbed by a relative, now.
ELDER_ABUSE_CRISIS: list[str] = [
    "meu filho pega minha aposentadoria e me empurra, tenho 80 anos e tenho medo na minha propria casa",
    "meu neto me bate e fica com o meu dinheiro, sou idosa",
    "minha filha pega a minha pensao e me tranca no quarto, tenho 82 anos",
    "a cuidadora me belisca e me deixa sem comida, to acamada",
    "meu neto toma o meu cartao e me ameaca se eu contar, tenho 79 anos",
    "a minha filha tira-me a reforma e empurra-me, tenho 85 anos",
    "o meu filho bate-me e fica com a minha pensao",
]
ELDER_ORDINARY_NOT_CRISIS: list[str] = [
    "o velho no ponto de onibus me empurrou",
    "a moca no onibus me empurrou",
    "meu neto me ajuda com a aposentadoria no banco",
    "meu filho me empurrou na cadeira de rodas ate o parque",
    "meu neto pega minha aposentadoria pra pagar minhas contas, ele me ajuda muito",
    "minha avo tem 90 anos e mora sozinha, como achar um grupo pra ela",
    "meu neto me empurra no balanco, tenho 70 anos e adoro",
    "a minha filha leva-me a reforma ao banco, tenho 85 anos",
]

ALL_GAPS_CRISIS = (
    OVERDOSE_TAKEN_CRISIS
    + MEANS_READIED_GOODBYE_CRISIS
    + HOLDING_MEANS_CRISIS
    + OTHER_TOOK_SOMETHING_CRISIS
    + OTHER_UP_HIGH_CRISIS
    + OTHER_SELF_HARM_BLEEDING_CRISIS
    + DENIAL_THEN_PLAN_CRISIS
    + ELDER_ABUSE_CRISIS
)
ALL_GAPS_NOT_CRISIS = (
    USUAL_DOSE_NOT_CRISIS
    + MEANS_READIED_ERRAND_NOT_CRISIS
    + HOLDING_TOOLS_NOT_CRISIS
    + OTHER_ASLEEP_NOT_CRISIS
    + OTHER_UP_HIGH_NOT_CRISIS
    + PLAIN_INJURY_NOT_CRISIS
    + DENIAL_THEN_ERRAND_NOT_CRISIS
    + ELDER_ORDINARY_NOT_CRISIS
)


@pytest.mark.parametrize("text", OVERDOSE_TAKEN_CRISIS)
def test_person_who_swallowed_a_count_of_their_pills_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", USUAL_DOSE_NOT_CRISIS)
def test_person_who_took_their_usual_dose_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", MEANS_READIED_GOODBYE_CRISIS)
def test_person_who_readied_a_means_and_says_goodbye_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", MEANS_READIED_ERRAND_NOT_CRISIS)
def test_person_readying_a_tool_for_an_errand_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", HOLDING_MEANS_CRISIS)
def test_person_holding_the_means_right_now_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", HOLDING_TOOLS_NOT_CRISIS)
def test_person_holding_a_kitchen_knife_to_cook_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", OTHER_TOOK_SOMETHING_CRISIS)
def test_person_whose_relative_took_something_and_wont_wake_gets_emergency_help(
    text: str,
) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", OTHER_ASLEEP_NOT_CRISIS)
def test_person_whose_relative_took_medicine_and_sleeps_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", OTHER_UP_HIGH_CRISIS)
def test_person_whose_friend_threatens_to_jump_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", OTHER_UP_HIGH_NOT_CRISIS)
def test_person_whose_friend_is_on_a_roof_for_work_or_fun_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", OTHER_SELF_HARM_BLEEDING_CRISIS)
def test_person_whose_child_just_cut_themselves_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", PLAIN_INJURY_NOT_CRISIS)
def test_person_whose_child_cut_a_finger_cooking_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", DENIAL_THEN_PLAN_CRISIS)
def test_person_who_denies_but_picked_a_date_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", DENIAL_THEN_ERRAND_NOT_CRISIS)
def test_person_who_denies_and_plans_their_week_gets_groups(text: str) -> None:
    assert not screen(text).crisis


@pytest.mark.parametrize("text", ELDER_ABUSE_CRISIS)
def test_old_person_hurt_by_a_relative_gets_emergency_help(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", ELDER_ORDINARY_NOT_CRISIS)
def test_old_person_pushed_by_a_stranger_or_helped_by_family_gets_groups(text: str) -> None:
    assert not screen(text).crisis


def test_there_are_enough_examples_both_ways() -> None:
    assert len(ALL_GAPS_CRISIS) >= 25
    assert len(ALL_GAPS_NOT_CRISIS) >= 25
