"""English guards: someone else's words quoted by a carer, teacher, parent or professional,
hyperbole about trivial annoyances, and media quotes are not a crisis; the writer quoting
themselves, an abuser's threat against the writer, and someone in danger right now still are."""

import pytest

from conversations.crisis import firing_rules, screen

QUOTED_BY_SOMEONE_WHO_LOOKS_AFTER_THEM_NOT_CRISIS = [
    # professionals quoting a pupil, patient, client, caller, resident
    "I'm a PE teacher and a pupil said 'I want to die' after he missed the penalty. How do I follow up?",
    "As a GP I often hear patients say 'I'd be better off dead' - is there a peer group for doctors?",
    "A client of mine told me 'I want to die' last session. How should I have answered?",
    "Hospice nurse here: residents often say 'just let me die'. Is there a debrief group?",
    "What do you say to a caller who tells you 'I don't want to be alive anymore'? Training for new volunteers?",
    "One of my students wrote 'everyone would be better off without me' in an essay. We followed safeguarding. Resources for teachers?",
    "A woman in my AA group said 'I want to die' when she relapsed. She has a sponsor. Should I tell someone?",
    "Last shift someone said 'I want to end it all' and we got them help. Is there a group for call handlers?",
    "One of the lads on my under-14 team shouted 'I want to die' when we lost the final. Coaching resources?",
    "Barber here, blokes tell me 'I'm done with life' in the chair sometimes. Any mental health training?",
    # parents and grandparents quoting children
    "My 9 year old yelled 'I wish I was dead' when I turned the wifi off. Is that normal?",
    "My daughter (15) said 'I want to kill myself' about her maths test, then laughed. Parent groups?",
    "My little boy screamed 'I want to die' because his ice cream fell. How do I talk about those words?",
    "Our eldest blurted out 'I'd rather be dead' when we said no sleepover. Parenting support please.",
    # relatives and friends who say it again and again, or long ago
    "My grandma has dementia and keeps saying 'just let me die'. The nurses know. Carers group?",
    "My uncle always jokes 'I'll sleep when I'm dead' and works weekends. Group for families of workaholics?",
    "My friend texted me months ago 'I can't do this anymore'; she's in treatment now. Group for friends?",
    # questions about how to respond
    "How do I respond when my son says 'I want to kill myself' over video games?",
    "If a child tells you they want to die, what is the first thing to say? I'm a dinner lady.",
    "How should teachers react to comments like 'I want to die' after a bad grade?",
    # hyperbole about trivial annoyances
    "If I have to sit through one more budget meeting I'm going to jump out the window",
    "I'd jump off a bridge for a day off right now",
    "Mondays make me want to unalive myself",
    "This traffic makes me want to drive off a bridge",
    "I could strangle my flatmate sometimes, she never washes up",
    "my singing at karaoke was so bad I want to die of embarrassment",
    # media
    "The villain in the film says 'I will kill you all' and my kid keeps repeating it. Normal?",
    "The song literally goes 'I want to die' in the chorus and my teen sings it nonstop",
]

STILL_A_CRISIS = [
    # Command hallucinations: a voice's words are not someone else's quoted words.
    "I hear voices saying I should kill myself",
    "i heard a voice say kill yourself",
    "the voices keep saying just do it",
    # the writer quoting themselves
    "I told my therapist 'I want to die' and she just nodded",
    "I keep thinking 'just do it', I'm going to kill myself tonight",
    "I said to my mum that I want to kill myself and she laughed",
    "I wrote in my diary 'I want to die' and I meant it",
    "I keep telling myself I want to die",
    "I told my friend I'm going to end my life this weekend",
    "I screamed that I wish I was dead and now I have the pills in my hand",
    # an abuser's threat quoted by the victim
    "my husband just said 'I'll kill you tonight'",
    "My boyfriend told me he is going to kill me when he gets home",
    "A patient told me he is going to kill me after my shift",
    "my ex keeps saying he will kill me if I leave the house",
    "he said if I call anyone he'll kill me and he's in the next room",
    "my partner is hitting me right now",
    "my dad hit me again tonight and says he'll do it again",
    # someone else in danger right now
    "my friend just texted me 'goodbye, I took all the pills'",
    "my brother just swallowed a whole bottle of pills, what do I do",
    "my friend is standing on the bridge right now and says she will jump",
    "my daughter just told me she took 30 paracetamol",
    "my son is cutting himself right now and won't open the door",
    "my friend keeps saying 'I'm going to end it tonight' and now she won't answer",
    "my brother always says he's fine but he just said 'I have the rope, goodbye'",
    # the writer in danger, even with a quote or a joke nearby
    "lol my life is a joke, anyway I'm going to jump tonight",
    "my teacher says 'it gets better' but I want to kill myself",
    "everyone says it gets better but I want to die",
    "if I have to wake up one more day I want to die",
    "I want to die, and I'm not joking",
    "someone said I look tired, honestly I just want to end my life",
    "I have the rope ready and I will do it tonight",
    "I'm going to kill myself",
]


@pytest.mark.parametrize("text", QUOTED_BY_SOMEONE_WHO_LOOKS_AFTER_THEM_NOT_CRISIS)
def test_someone_elses_words_quoted_or_hyperbole_is_not_a_crisis(text: str) -> None:
    assert not screen(text).crisis, firing_rules(text)


@pytest.mark.parametrize("text", STILL_A_CRISIS)
def test_own_words_threats_and_danger_now_are_a_crisis(text: str) -> None:
    assert screen(text).crisis


def test_coach_quoting_a_boy_who_said_he_wanted_to_die_is_not_a_crisis() -> None:
    text = "I coach under-12s and a boy of 11 said 'I want to die' after losing a match"
    assert not screen(text).crisis, firing_rules(text)


def test_nurse_asking_how_to_respond_when_a_patient_says_let_me_die_is_not_a_crisis() -> None:
    text = "How do I respond when a patient says 'just let me die'? I'm a new nurse."
    assert not screen(text).crisis, firing_rules(text)


def test_woman_quoting_her_husbands_threat_tonight_is_a_crisis() -> None:
    assert screen("My husband said 'I'll kill you tonight' and he has a knife").crisis


def test_writer_quoting_what_they_told_their_therapist_is_a_crisis() -> None:
    assert screen("I told my therapist 'I'm going to kill myself' and I meant it").crisis


def test_friend_texting_goodbye_after_taking_pills_is_a_crisis() -> None:
    assert screen("my friend just texted me 'goodbye, I took all the pills'").crisis


def test_a_past_attempt_with_this_time_ill_make_sure_is_a_crisis() -> None:
    # The past attempt is the warning, not the reassurance.
    assert screen("last time I tried I survived, this time I'll make sure").crisis
    assert screen("tried to kill myself years ago and failed. this time it's for real").crisis
