"""Portuguese crisis screen, round 14: missed crisis messages by class (Brazil and Portugal).

Crisis: means bought with the ordinary reason denied or made up ("aluguei hélio dizendo que era
pra festa do sobrinho. não tenho sobrinho"); right now, said in passing ("passei a perna por
cima do corrimão da ponte"); a date or an empty house, with finality ("domingo acaba", "as
crianças ficam com o pai. vai ser aí"); preparations and farewells ("escrevi o meu obituário",
"quem me encontrar", "as cartas tão escritas", "para depois"); the calm after choosing a date;
a passive wish ("acordei de novo. que decepção"); self-harm told as now.
Safe twins: the same words with the ordinary reason (hélio for the party, a hose for the garden,
a date for the wedding, a house left for a move, an obituary written in a writing class).

Crisis examples must be caught by the lexicon rules themselves, not only by the model.
"""

from __future__ import annotations

import pytest

from conversations.crisis import firing_rules
from tests.crisis_rounds import assert_caught_by_rules, assert_gets_groups, family_cases

# --- crisis ---------------------------------------------------------------------------------

MEANS_WITH_THE_REASON_DENIED_CRISIS: list[str] = [
    "aluguei um cilindro de hélio dizendo que era pra festa do sobrinho. não tenho sobrinho",
    "aluguei uma botija de hélio, disse à moça que era pra festa de anos da minha filha. nem tenho filha",
    "comprei a mangueira e falei que era pro jardim. não tenho jardim",
    "o moço da loja perguntou se a mangueira era pro jardim, respondi que sim. eu nem tenho jardim",
    "comprei uma corda nova ontem, não é pra escalada",
    "comprei um estilete novo e nao e pra artesanato",
    "pus um gancho na viga da sala, não é pra planta nenhuma",
    "meu carro tem mangueira no porta-luvas e a garagem fecha bem. só penso nisso",
    "a mangueira tá cortada na medida do escapamento",
    "vedei a garagem com fita, amanha cedo",
    "carvão e fita adesiva comprados. vou acender carvao no quarto hoje",
    "o carro ta ligado na garagem fechada, ja ja vou la",
]

RIGHT_NOW_IN_PASSING_CRISIS: list[str] = [
    "passei a perna por cima do corrimão da ponte. tá ventando muito",
    "passei as pernas pro outro lado do parapeito da varanda",
    "to sentada no parapeito da varanda do 9 andar",
    "Trabalho na obra e há semanas que olho para baixo do andaime com outros olhos. Amanhã subo e não desço pelas escadas.",
    "amanha subo no telhado e nao desco pela escada",
    "Moro no 14º andar. Hoje fiquei muito tempo olhando da janela pra baixo. Calculei que dá.",
    "calculei que da. moro no 12 andar",
]

A_DATE_WITH_FINALITY_CRISIS: list[str] = [
    "eu e minha depressão chegamos num acordo: domingo acaba",
    "ja decidimos eu e a dor: sexta acaba. nao aguento mais",
    "domingo acaba. nao aguento mais",
    "fim de semana que vem as crianças ficam com o pai. vai ser aí",
    "as crianças vão pros avós no sábado. vai ser aí",
    "ele vai viajar segunda e fico sozinha. vai ser nesse dia",
    "A minha mulher vai na terça para casa da mãe. Fico com a casa só para mim, é o que preciso.",
    "sexta vou sozinho pro sítio do meu tio. lá ninguém vai me achar a tempo",
    "ninguem vai me encontrar a tempo la no mato",
    "Não contem comigo para o Natal. Nem para nada depois disso.",
    "nao contem comigo pro ano novo, nem pra nada depois",
    "fiz o testamento semana passada, com 26 anos. o tabelião achou estranho. não expliquei que não pretendo passar do mês que vem",
    "nao pretendo chegar ao natal",
    "não renovei o aluguel. não vou precisar de casa em março",
    "nao vou precisar de roupa de inverno em junho",
    "nao vou precisar de agenda no ano que vem",
]

PREPARATIONS_AND_FAREWELLS_CRISIS: list[str] = [
    "Escrevi o meu obituário. Ficou bonito. Mandei para o e-mail da minha irmã com envio programado.",
    "escrevi meu proprio obituario ontem",
    "Tratei da cremação por telefone hoje. A senhora perguntou para quem era. Disse que era para um familiar.",
    "a funerária perguntou pra quem era o caixão, falei que era pra um parente",
    "limpei o apê inteiro hj, lavei até a geladeira. não quero que quem me encontrar tenha que lidar com bagunça",
    "lavei tudo pra quem me achar nao ter que limpar nada",
    "brinks galera 🤪 ... real, as cartas tão escritas",
    "as minhas cartas ja estao escritas",
    "Deixei os papéis da casa organizados numa pasta azul, com um bilhete a explicar tudo. Para depois.",
    "deixei as senhas num envelope com uma carta. pra quando eu nao estiver",
    "Ofereci a minha coleção de vinis ao clube de jazz da faculdade. Ficaram super contentes. Não lhes disse porquê.",
    "dei minha guitarra pro meu primo. nao lhe disse porque",
    "saí de todos os grupos do zap, até o da família. não bloqueei ninguém, só saí. não quero ver as mensagens depois",
    "sai de todos os grupos, ate o da familia",
    "Boa noite, queria saber horários do grupo de luto em Belo Horizonte, tenho tudo pronto pra sábado e queria deixar a indicação pra minha filha. Ela vai precisar.",
    "tenho tudo pronto pro domingo. a minha mãe vai precisar de ajuda depois que eu partir",
]

CALM_AFTER_DECIDING_CRISIS: list[str] = [
    "dormi bem pela primeira vez em meses. é bom ter uma data",
    "que alivio ter uma data",
    "engraçado, tô tranquila hj. desde que escolhi a data parei de chorar",
    "desde que marquei o dia estou em paz",
    "Tô leve. Decidi. Só isso.",
    "to em paz. decidi",
]

PASSIVE_WISH_CRISIS: list[str] = [
    "acordei de novo. que decepção",
    "acordei. infelizmente",
    "quando o médico falou que o exame tinha dado normal eu fiquei triste. tava torcendo pra ser algo grave",
    "tava torcendo pra ser cancer",
    "Se o avião cair amanhã na viagem de trabalho, sinceramente, tanto faz. Até prefiro.",
    "se o onibus capotar amanha, que seja",
]

SELF_HARM_NOW_CRISIS: list[str] = [
    "comprei lâminas novas hoje, um pacote de 10. o estojo tá na mochila esperando a noite",
    "comprei giletes. a caixinha ta escondida esperando todos dormirem",
    "as laminas tao na gaveta esperando a noite",
    "meu braço tá cheio de risco de estilete de hoje, botei manga comprida pra ninguém ver e vou fazer mais quando chegar em casa",
    "minha coxa ta cheia de cortes de gilete, vou me cortar de novo hoje a noite",
]

CRISIS_FAMILIES: dict[str, list[str]] = {
    "means_with_the_reason_denied": MEANS_WITH_THE_REASON_DENIED_CRISIS,
    "right_now_in_passing": RIGHT_NOW_IN_PASSING_CRISIS,
    "a_date_with_finality": A_DATE_WITH_FINALITY_CRISIS,
    "preparations_and_farewells": PREPARATIONS_AND_FAREWELLS_CRISIS,
    "calm_after_deciding": CALM_AFTER_DECIDING_CRISIS,
    "passive_wish": PASSIVE_WISH_CRISIS,
    "self_harm_now": SELF_HARM_NOW_CRISIS,
}

# --- safe twins -----------------------------------------------------------------------------

MEANS_WITH_THE_ORDINARY_REASON_SAFE: list[str] = [
    "comprei uma corda nova ontem pra escalada de domingo",
    "comprei uma corda, não é pra escalada, é pro varal",
    "comprei um estilete novo pra artesanato",
    "comprei um estilete novo e não é pra artesanato, é pra maquete da faculdade",
    "pus um gancho na viga da sala pra pendurar a samambaia",
    "aluguei uma botija de hélio pra festa de anos da minha filha",
    "aluguei um cilindro de hélio dizendo que era pra festa do sobrinho, e era mesmo, ele fez 5 anos",
    "comprei a mangueira e falei que era pro jardim, a moça deu desconto",
    "o moço perguntou se a mangueira era pro jardim, respondi que sim, tô plantando tomate",
    "levei o carro na oficina porque a mangueira do escapamento estava furada",
    "a garagem fecha bem, nunca mais entrou ladrão",
    "acendi carvão na churrasqueira do quintal pro churrasco de domingo",
]

ORDINARY_HEIGHTS_SAFE: list[str] = [
    "passei a perna por cima do muro pra pegar a bola",
    "meu gato fica sentado no parapeito da janela do 5 andar, coloquei tela de proteção hoje",
    "subo pro quarto e não desço até amanhã, tô exausta de estudar",
    "calculei que dá pra pagar o aluguel e ainda sobra",
    "moro no 12 andar e calculei que dá pra ver o mar da janela",
]

ORDINARY_DATES_SAFE: list[str] = [
    "a promoção acaba domingo",
    "o campeonato acaba domingo, estou ansioso",
    "a minha mulher vai na terça para casa da mãe. fico com a casa só para mim pra maratonar séries",
    "se eu me atrasar ninguém vai me achar a tempo pro jantar",
    "não contem comigo pro natal, vou estar de plantão",
    "não pretendo passar do orçamento este mês",
    "não renovei o aluguel. não vou precisar de casa em março porque vou morar com o meu namorado",
]

ORDINARY_PAPERS_AND_GIFTS_SAFE: list[str] = [
    "escrevi o meu obituário na aula de escrita criativa, foi um exercício estranho",
    "tratei da cremação do meu avô por telefone hoje. a senhora perguntou para quem era. disse que era para o meu avô",
    "quem me encontrar na festa vai me reconhecer pelo chapéu vermelho",
    "as cartas de recomendação estão escritas, agora é só mandar",
    "as cartas pro papai noel tão escritas, as crianças adoraram",
    "deixei a sopa feita na geladeira. para depois",
    "deixei os documentos do IRS organizados na pasta azul, para o contabilista",
    "saí de todos os grupos do zap, até o da família, só mandam bom dia e corrente",
    "silenciei o grupo do trabalho, não quero ver as mensagens depois das 22h",
    "ofereci a minha coleção de vinis ao clube de jazz da faculdade. ficaram super contentes",
    "ofereci um bolo à vizinha e não lhe disse porquê, era surpresa de aniversário",
]

ORDINARY_CALM_SAFE: list[str] = [
    "é bom ter uma data pro casamento, finalmente",
    "desde que marquei a data do casamento tô calma",
    "que alívio ter a data da cirurgia",
    "tô leve. decidi: vou largar o emprego e abrir a minha loja",
    "decidi. vou fazer a cirurgia",
    "dormi bem pela primeira vez em meses depois da terapia. tô leve",
]

ORDINARY_WAKING_AND_WORRY_SAFE: list[str] = [
    "acordei de novo às 4h com o barulho da obra",
    "acordei atrasado de novo, que droga",
    "tava com medo de ser algo grave, mas o exame deu normal, que alívio",
    "tava torcendo pra não ser nada grave, e não foi",
    "se o avião atrasar amanhã, tanto faz, tenho tempo",
    "comprei lâminas novas pro barbeador, o estojo tá na mochila pra viagem",
    "comprei laminas de estilete pra maquete, o estojo ta na mochila pra aula",
    "meu braço tá cheio de riscos de caneta, as crianças desenharam",
    "fiz brigadeiro hoje, vou fazer mais quando chegar em casa",
]

SAFE_FAMILIES: dict[str, list[str]] = {
    "means_with_the_ordinary_reason": MEANS_WITH_THE_ORDINARY_REASON_SAFE,
    "ordinary_heights": ORDINARY_HEIGHTS_SAFE,
    "ordinary_dates": ORDINARY_DATES_SAFE,
    "ordinary_papers_and_gifts": ORDINARY_PAPERS_AND_GIFTS_SAFE,
    "ordinary_calm": ORDINARY_CALM_SAFE,
    "ordinary_waking_and_worry": ORDINARY_WAKING_AND_WORRY_SAFE,
}


# --- stories --------------------------------------------------------------------------------


def test_person_who_rented_helium_for_a_nephew_they_do_not_have_gets_emergency_help() -> None:
    text = "aluguei um cilindro de hélio dizendo que era pra festa do sobrinho. não tenho sobrinho"
    assert_caught_by_rules(text)
    assert "pt.suicidal.r14_means_reason_made_up" in firing_rules(text)


def test_parent_who_rented_helium_for_the_daughters_party_gets_groups() -> None:
    assert_gets_groups("aluguei uma botija de hélio pra festa de anos da minha filha")


def test_person_whose_new_rope_is_not_for_climbing_gets_emergency_help() -> None:
    text = "comprei uma corda nova ontem, não é pra escalada"
    assert_caught_by_rules(text)
    assert "pt.suicidal.r14_means_reason_denied" in firing_rules(text)


def test_person_whose_rope_is_for_the_washing_line_not_climbing_gets_groups() -> None:
    assert_gets_groups("comprei uma corda, não é pra escalada, é pro varal")


def test_driver_whose_exhaust_hose_is_at_the_garage_for_repair_gets_groups() -> None:
    assert_gets_groups("levei o carro na oficina porque a mangueira do escapamento estava furada")


def test_person_with_a_hose_in_the_glovebox_and_a_tight_garage_gets_emergency_help() -> None:
    text = "meu carro tem mangueira no porta-luvas e a garagem fecha bem. só penso nisso"
    assert_caught_by_rules(text)
    assert "pt.suicidal.r14_car_and_charcoal" in firing_rules(text)


def test_person_with_a_leg_over_the_bridge_rail_gets_emergency_help() -> None:
    text = "passei a perna por cima do corrimão da ponte. tá ventando muito"
    assert_caught_by_rules(text)
    assert "pt.immediate_danger.r14_over_the_rail_now" in firing_rules(text)


def test_kid_with_a_leg_over_the_wall_for_the_ball_gets_groups() -> None:
    assert_gets_groups("passei a perna por cima do muro pra pegar a bola")


def test_tenant_on_the_fourteenth_floor_who_calculated_it_is_enough_gets_emergency_help() -> None:
    text = (
        "Moro no 14º andar. Hoje fiquei muito tempo olhando da janela pra baixo. Calculei que dá."
    )
    assert "pt.suicidal.r14_height_calculated" in firing_rules(text)


def test_mother_whose_children_go_to_their_father_then_it_happens_gets_emergency_help() -> None:
    text = "fim de semana que vem as crianças ficam com o pai. vai ser aí"
    assert_caught_by_rules(text)
    assert "pt.suicidal.r14_alone_then_it_happens" in firing_rules(text)


def test_person_who_agreed_with_their_depression_that_sunday_ends_it_gets_emergency_help() -> None:
    assert "pt.suicidal.r14_day_it_ends" in firing_rules(
        "eu e minha depressão chegamos num acordo: domingo acaba"
    )


def test_shopper_whose_sale_ends_on_sunday_gets_groups() -> None:
    assert_gets_groups("a promoção acaba domingo")


def test_tenant_who_will_not_need_a_home_in_march_gets_emergency_help() -> None:
    text = "não renovei o aluguel. não vou precisar de casa em março"
    assert "pt.suicidal.r14_not_living_past_a_date" in firing_rules(text)


def test_tenant_moving_in_with_a_boyfriend_in_march_gets_groups() -> None:
    assert_gets_groups(
        "não renovei o aluguel. não vou precisar de casa em março porque vou morar com o meu namorado"
    )


def test_writer_of_their_own_obituary_gets_emergency_help() -> None:
    assert "pt.suicidal.r14_own_obituary" in firing_rules("escrevi meu proprio obituario ontem")


def test_student_who_wrote_an_obituary_in_a_writing_class_gets_groups() -> None:
    assert_gets_groups(
        "escrevi o meu obituário na aula de escrita criativa, foi um exercício estranho"
    )


def test_person_who_cleaned_for_whoever_finds_them_gets_emergency_help() -> None:
    text = "limpei o apê inteiro hj, lavei até a geladeira. não quero que quem me encontrar tenha que lidar com bagunça"
    assert "pt.suicidal.r14_whoever_finds_me" in firing_rules(text)


def test_guest_whom_people_will_find_by_the_red_hat_gets_groups() -> None:
    assert_gets_groups("quem me encontrar na festa vai me reconhecer pelo chapéu vermelho")


def test_person_at_ease_since_choosing_the_date_gets_emergency_help() -> None:
    text = "engraçado, tô tranquila hj. desde que escolhi a data parei de chorar"
    assert "pt.suicidal.r14_calm_with_a_date" in firing_rules(text)


def test_bride_calm_since_setting_the_wedding_date_gets_groups() -> None:
    assert_gets_groups("desde que marquei a data do casamento tô calma")


def test_person_who_woke_up_again_disappointed_gets_emergency_help() -> None:
    assert "pt.suicidal.r14_woke_up_disappointed" in firing_rules("acordei de novo. que decepção")


def test_person_with_new_blades_waiting_for_the_night_gets_emergency_help() -> None:
    text = "comprei lâminas novas hoje, um pacote de 10. o estojo tá na mochila esperando a noite"
    assert_caught_by_rules(text)
    assert "pt.self_harm.r14_blades_packed_for_tonight" in firing_rules(text)


def test_traveller_with_new_razor_blades_packed_for_the_trip_gets_groups() -> None:
    assert_gets_groups("comprei lâminas novas pro barbeador, o estojo tá na mochila pra viagem")


@pytest.mark.parametrize("text", family_cases(CRISIS_FAMILIES))
def test_round14_crisis_families_are_caught_by_the_rules(text: str) -> None:
    assert_caught_by_rules(text)


@pytest.mark.parametrize("text", family_cases(SAFE_FAMILIES))
def test_round14_safe_families_get_groups(text: str) -> None:
    assert_gets_groups(text)


def test_every_round14_rule_has_a_crisis_example_that_names_it() -> None:
    from conversations.crisis import rule_ids

    texts = [text for lines in CRISIS_FAMILIES.values() for text in lines]
    fired = {rule for text in texts for rule in firing_rules(text)}
    ours = {rule for rule in rule_ids() if rule.startswith("pt.") and ".r14_" in rule}
    assert ours <= fired, sorted(ours - fired)
