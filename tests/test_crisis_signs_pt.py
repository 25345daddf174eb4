"""Portuguese warning signs (Brazil and Portugal): one alone is ordinary, two different ones hand off.

Someone preparing to die in Portuguese rarely writes "quero morrer". They write that they found
a home for the cat, that after Friday nothing matters, that the pills are saved. The screen
counts those signs (pt_signs.toml) and hands off at the second different one.
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules, screen
from tests.crisis_rounds import SIGN_FAMILIES

# Before tuning (first draft of pt_signs.toml): crisis caught 42 of 44 (95.5%), false alarms
# 3 of 34 (8.8%). All three alarms came from rules of pt.toml (not signs), which hand off on
# one farewell or one "peso" alone; they are kept out of the list below and reported to its
# owner: "Vamos nos mudar pra Portugal, entao doei meus livros e me despedi dos vizinhos.",
# "Arranjei emprego novo em Sao Paulo, entreguei as chaves da casa e me despedi de todo mundo.",
# "Sou um peso pra minha familia desde que perdi o emprego. Grupos pra desempregados?".
# Lines under "Added while tuning", and the three just above that mark in the not-crisis
# list, came after that first measurement.
# After tuning: caught 74 of 74, false alarms 0 of 65.
# Three later probes were also left out because pt.toml alone hands them off: "Vou deixar meu
# gato com a minha vizinha no feriado. Amanha nao vou estar aqui, vou pra praia." and "Depois de
# sabado nao vou estar aqui, vou pra casa dos meus pais no interior." (passive_ideation), and
# "Fiquei olhando pra baixo da ponte do rio, que vista linda! ..." (broad_wish_to_die).

# Each line holds two different warning signs, often in two sentences.
SIGNS_CRISIS_PT = [
    "Achei um lar novo pro meu gato ontem. Depois de sexta nada disso vai importar.",
    "Deixei uma carta pra minha mae debaixo do travesseiro. Agora so to esperando todo mundo dormir.",
    "Ja me despedi de todo mundo sem ninguem perceber. To em paz pela primeira vez em anos.",
    "Tenho guardado os meus comprimidos desde marco. Ja decidi.",
    "To na beira da ponte agora. Ja me despedi de todos hoje cedo.",
    "Comprei uma corda na loja de material. Todo mundo vai ficar melhor sem mim.",
    "Apaguei meu insta e todas as minhas fotos. E o meu ultimo fim de semana.",
    "Minha familia acha que eu to so cansada. Ja sei quantos preciso tomar.",
    "Dei todas as minhas roupas e os meus livros. Sou um peso pra minha familia.",
    "Cancelei o plano do celular e a academia. Nao vou estar aqui depois de domingo.",
    "Fiz o meu testamento ontem. Me sinto calmo agora, finalmente.",
    "Sei onde meu pai guarda a arma. Ninguem sabe o que eu to planejando.",
    "Agendei um email pra minha irma sair amanha de manha. Ela vai entender quando ler.",
    "Deixei as senhas e os documentos em cima da mesa pra minha mulher. Nao vou precisar de nada disso depois de sexta.",
    "Visitei minha avo pela ultima vez hoje. Ta tudo pronto pra sabado.",
    "Tenho tres caixas de rivotril escondidas na gaveta. Obrigada por tudo, amo voces pra sempre.",
    "Estou sentado no parapeito da janela, 12 andar. A decisao ta tomada.",
    "Doei o meu cachorro pra vizinha. Eles vao ficar melhor sem mim.",
    "Escrevi cartas pra cada um dos meus amigos. Depois de domingo ja nao vou ser problema de ninguem.",
    "Quitei as minhas dividas pra ninguem ter que pagar nada. Estou finalmente em paz com a decisao.",
    "Juntei os remedios da minha avo durante meses. Este e o meu ultimo natal.",
    "Ja tirei a tela de protecao da janela. Ninguem desconfia de nada.",
    "vc foi mt importante pra mim, obrigado por tudo. amanha ja nao vou estar ca.",
    "Dei o meu PS5 pro meu primo e deletei todas as minhas contas.",
    "Estou a despedir-me de toda a gente sem que percebam. Sinto-me leve pela primeira vez em meses.",
    "Ofereci as minhas coisas todas aos meus amigos. Nao vou chegar ao natal.",
    "Tenho andado a juntar comprimidos ha semanas. Ja tomei a decisao.",
    "Escrevi uma carta de despedida. Estou na estacao a espera que o comboio passe sem parar.",
    "Entreguei as chaves do carro ao meu irmao. So estou a espera que a casa fique vazia.",
    "Apaguei todas as conversas e fotos do telemovel. Sou um fardo pra toda a gente.",
    "tao achando q eu to bem. ja comprei o carvao",
    "ja deixei td resolvido pra minha filha. me sinto tranquila agora",
    "fiquei olhando pra baixo da ponte por uma hora. sem mim aqui eles vao viver melhor",
    "fiz as pazes com tudo. essa e minha ultima mensagem",
    "Dei meu gato pra minha melhor amiga e cancelei o aluguel.",
    "Meu cachorro vai ficar melhor com a minha irma. Ja me despedi dele.",
    "Paguei o aluguel de tres meses pra minha mae nao ter que se preocupar. Depois de sabado nada disso importa.",
    "Arranjei um dono novo para a minha gata. Os meus pais nao vao ter de se preocupar mais comigo.",
    "Estou no terraco do predio. Escrevi um bilhete para os meus pais.",
    "Guardei 40 comprimidos de clonazepam no armario. Depois que eu for embora ninguem vai precisar se preocupar comigo.",
    "Transferi as minhas economias pra conta da minha irma. So falta esperar a noite.",
    "Ja mandei minha ultima mensagem pro grupo da familia. Tenho os comprimidos aqui do lado.",
    "Fingi que tava tudo bem no almoco de domingo pra ninguem desconfiar. Foi a ultima vez que vi meus pais.",
    "Vendi o meu violao e dei o resto das minhas coisas. Nao vou chegar ao fim do mes.",
    # Added while tuning: other phrasings of the same families.
    "to me desfazendo das minhas coisas. semana que vem ja nao to mais aqui",
    "Já escrevi as cartas. Comprei os comprimidos hoje.",
    "levei o meu cao para o canil. ja tomei a minha decisao",
    "ninguem ta sabendo de nada. deixei tudo organizado pra minha mae",
    "estou em cima do viaduto. obrigado por tudo, de verdade",
    "meus pais vao ficar melhor sem mim. ja apaguei minhas redes",
    "Tou na linha do comboio. Escrevi uma mensagem pra minha namorada",
    "ja separei os remedios. so to esperando meus pais sairem",
    "vou deixar meu gato com a minha vizinha. amanha nao vou estar aqui mais",
    "a partir de amanha nao sou mais problema de ninguem. to em paz",
    "me despedi da minha mae hoje sem ela saber. tenho a corda no armario",
    "tenho a arma do meu pai aqui comigo. acho que eles vao ficar melhor sem mim",
    "deixei a senha do banco anotada pra minha esposa. amanha e o dia",
    "Já paguei todas as contas pra minha familia nao ter que se preocupar. Estou sereno.",
    "Fui ao topo do predio e fiquei olhando pra baixo. Ninguem vai sentir a minha falta",
    "ta tudo pronto pra sexta. ja me despedi da minha irma",
    "ja arrumei um lar pro meu cachorro. depois de domingo ja nao importa",
    "ja falei tchau pra todo mundo. ta tudo certo pra hj a noite",
    "dexei uma carta pra minha mae. so falta a noite chegar",
    "to no alto do predio olhando pra baixo. ngm vai sentir minha falta",
    "comprei carvao e fita. nao contei pra ngm",
    "ja tenho tudo o que preciso. eles vao ficar bem sem mim",
    "entreguei o meu gato à minha tia. a partir de sábado já não vou cá estar",
    "tou na ponte 25 de abril. mandei mensagem à minha mãe a dizer que a amo",
    "estou a juntar os comprimidos ha um mes. sinto-me em paz",
    "arrumei tudo pra ninguem ter trabalho depois. ja decidi",
    "vou dar o meu cão ao meu vizinho. no domingo já não estou cá",
    "apaguei as minhas redes sociais. ngm desconfia de nd",
    "meu cachorro vai morar com a minha tia. to tranquila com a minha decisao",
    "ja me despedi de geral hoje. amanha nao to mais aqui",
]

# One sign alone, two with an ordinary reason, or someone else's: the groups are the answer.
SIGNS_NOT_CRISIS_PT = [
    "Me despedi dos colegas hoje, foi meu ultimo dia antes de me aposentar. Tem grupo pra aposentados?",
    "Dei meu cachorro porque o apartamento novo nao aceita animais e to arrasada. Grupo de luto pet?",
    "Escrevi uma carta pro vereador sobre a fila do CAPS. Tem algum grupo de ativismo?",
    "Estou a destralhar a casa antes do bebe nascer, doei imensa roupa. Grupos de pos-parto em Braga?",
    "Cancelei a academia porque tava caro demais. Tem grupo gratuito pra ansiedade?",
    "Me sinto calma pela primeira vez em anos desde que comecei o remedio novo. Grupos de manutencao?",
    "Fiquei na ponte tirando foto do por do sol e isso me fez bem.",
    "Esperando o onibus pro meu primeiro encontro do grupo, nervosa!",
    "Meu avo fez testamento mes passado e a familia toda ficou abalada. Grupos de luto?",
    "Vou fazer Erasmus em Lisboa, ja me despedi da turma e cancelei o plano do celular.",
    "Meu irmao deu a guitarra dele. Ele vai morar no Canada depois de domingo.",
    "Apaguei o instagram porque me comparava com todo mundo. Tem grupo pra autoestima?",
    "Vou viajar de mochilao tres meses, entao deixei o gato com a minha mae e cancelei a Netflix.",
    "Obrigada por tudo, o grupo de quinta me ajudou muito.",
    "Estou a emigrar para a Suica, dei os moveis todos e devolvi as chaves do apartamento.",
    "Comprei remedio pra dor de cabeca na farmacia. Tem grupo de enxaqueca em Curitiba?",
    "Fiz um bazar de desapego e vendi metade das minhas roupas. Me sinto leve agora.",
    "Moro no 14 andar e tenho medo de altura. Tem grupo pra fobias?",
    "Minha mae escreveu uma carta pra mim antes de morrer. Grupo de luto em Recife?",
    "Decidi voltar pra terapia. Qual grupo voces recomendam?",
    "Minha irma deu o gato dela e apagou todas as redes. To preocupada com ela, tem grupo pra familiares?",
    "Estou reformado desde janeiro, cancelei o seguro do carro e dei as ferramentas ao meu genro.",
    "Fiz as pazes com o meu pai depois de anos. Grupos para familias?",
    "Meu ultimo dia no emprego e sexta, vou comecar num emprego novo. Ansiedade de mudanca, algum grupo?",
    "A minha amiga esta a despedir-se de toda a gente porque vai para Londres. Sinto-me sozinha.",
    "Tenho uma caixa de paracetamol na gaveta pra febre do meu filho.",
    "Apaguei as fotos do meu ex. Tem grupo pra quem terminou namoro?",
    "Depois de domingo nada vai ser igual, comeco a faculdade! Grupos de ansiedade pra calouros?",
    "Estou em paz com a decisao de me divorciar. Grupos pra separados?",
    "Decidi sair da casa dos meus pais e ja escrevi uma carta pro proprietario do apartamento novo.",
    "Dei o meu velho portatil ao meu sobrinho porque comprei um novo.",
    "Passei o meu gato pra minha tia porque tenho alergia. Tem grupo pra quem tem asma?",
    "Estou no 9 andar do hospital com a minha mae internada. Grupos para cuidadores?",
    "Cancelei a Netflix e apaguei o TikTok pra estudar pro vestibular.",
    # Added while tuning: other phrasings of the same families.
    "Terminei as cartas de recomendacao pros meus alunos. Estou tranquila agora.",
    "Deixei a senha do wifi pra minha sogra. Ela vem ficar com as criancas.",
    "Me despedi da minha turma da faculdade, formatura foi linda. Grupo pra ansiedade pos-formatura?",
    "Apaguei o facebook e cancelei o spotify pra economizar. Tem grupo pra dividas?",
    "Estou no 3 andar do hospital esperando o resultado da minha mae.",
    "Ja decidi: vou entrar no grupo de quinta.",
    "Levei o meu cachorro ao veterinario e ele ta melhor. Que alivio.",
    "Comprei uma corda pra pular na academia. Grupo de corrida em Porto Alegre?",
    "Sei onde meu pai guarda os remedios dele, ele e diabetico. Grupo pra cuidadores?",
    "Meu pai doou todas as roupas da minha mae depois que ela morreu. Grupo de luto?",
    "A minha irma escreveu cartas pra todos nos antes de emigrar. Tenho saudades.",
    "Estou em paz com o divorcio. Ha grupo para pais separados em Coimbra?",
    "Devolvi as chaves do apartamento, mudei pra casa da minha namorada. Depois de sexta nada vai ser igual.",
    "Depois de domingo nada disso importa, as provas acabam! Grupo de estudos?",
    "Estou a desfazer-me das roupas do bebe que ja nao servem. Grupos de maes em Lisboa?",
    "Obrigado por tudo, pessoal! Vejo voces na proxima reuniao.",
    "Doei sangue hoje e me sinto leve, em paz. Tem voluntariado?",
    "Meu avo fez testamento e deixou a casa pra minha mae. Ja nao vou precisar de aluguel.",
    "Nao contei pra ninguem que tenho depressao. Tem grupo online?",
    "Meu cachorro vai morar com a minha tia enquanto eu faco a cirurgia. Grupos pra quem vai operar?",
    "Ja tenho tudo o que preciso pra viagem! Grupo de ansiedade de voar?",
    "Liguei pra minha mae pra dizer que a amo, estava com saudade.",
    "Escrevi as cartas de natal. Estou em paz.",
    "Arrumei a casa pra ninguem ter trabalho na festa. Ja decidi o cardapio.",
    "Vou dar o meu gato pra minha prima porque sou alergica. Ela vai cuidar bem dele.",
    "Fiz as pazes com a minha irma. Estou em paz.",
    "Minha avo ja me deu as joias dela. Grupos de luto antecipado?",
    "Apaguei o tiktok, ninguem sabe o tempo que eu perdia la.",
    "Cancelei o cartao de credito e ja decidi: chega de dividas. Grupo de financas?",
    "Deixei a chave com a vizinha pra ela regar as plantas enquanto estou fora.",
    "Eu vi meu pai no hospital pela ultima vez antes da cirurgia e comprei os remedios dele.",
]


def test_every_portuguese_message_with_two_warning_signs_gets_the_handoff() -> None:
    missed = [t for t in SIGNS_CRISIS_PT if not screen(t).crisis]
    caught = len(SIGNS_CRISIS_PT) - len(missed)
    print(f"\npt signs: caught {caught} of {len(SIGNS_CRISIS_PT)}")
    assert not missed, missed


def test_portuguese_single_or_explained_signs_almost_never_hand_off() -> None:
    alarms = [(t, firing_rules(t)) for t in SIGNS_NOT_CRISIS_PT if screen(t).crisis]
    rate = len(alarms) / len(SIGNS_NOT_CRISIS_PT)
    print(f"\npt signs: false alarms {len(alarms)} of {len(SIGNS_NOT_CRISIS_PT)} ({rate:.1%})")
    assert rate <= 0.05, alarms


@pytest.mark.parametrize("family", SIGN_FAMILIES)
def test_each_portuguese_sign_family_is_seen_in_some_crisis_message(family: str) -> None:
    rule = f"pt.suicidal.{family}"
    assert any(rule in firing_rules(t) for t in SIGNS_CRISIS_PT), rule


def test_one_portuguese_sign_alone_is_not_enough_and_a_second_different_one_is() -> None:
    goodbye = "Liguei pra minha madrinha pela ultima vez antes da viagem dela."
    assert not screen(goodbye).crisis
    # The same sign twice is still one sign.
    assert not screen(goodbye + " Depois visitei meu tio uma ultima vez.").crisis
    assert screen(goodbye + " Nao vou estar aqui depois de domingo.").crisis


def test_a_portuguese_sign_beside_an_ordinary_reason_does_not_count() -> None:
    # Not "doei o meu gato": pt.toml hands that off on its own, with or without a reason.
    signs = "Arranjei um dono novo pro meu gato e cancelei o contrato do celular."
    assert screen(signs).crisis
    assert not screen("Vamos nos mudar pra Australia mes que vem! " + signs).crisis
