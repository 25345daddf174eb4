"""Every user-facing sentence of the conversations, in one place for review and translation.

Short, plain and kind: people may read these on a very bad day. Never echo a person's own words.
"""

from __future__ import annotations

# -- intake questions ---------------------------------------------------------
WELCOME = (
    "Hi, I'm groupfinder. I can help you find a support group that fits you.\n"
    "What would you like support with? Tap a topic, or tell me in your own words."
)
ASK_NEED = "What would you like support with? Tap a topic, or tell me in your own words."
ASK_NEED_AGAIN = (
    "Sorry, I didn't quite catch that. Could you say it another way, or tap one of the topics?"
)
NEED_UNDERSTOOD = "Thank you for telling me. I'll look for groups about: {labels}."
NEED_PREFILLED = "I'll look for groups about: {labels}."
ASK_WHO = "Is this support for you, or for someone you care for?"
ASK_FORMAT = "Would you like to meet online, in person, or either?"
ASK_PLACE = (
    "Where are you? Type your town or city, or share your location "
    "(it's only used to find groups near you)."
)
PLACE_NOT_FOUND = (
    "I couldn't find that place. Could you check the spelling, or try the nearest town or city?"
)
PLACE_FOUND = "Got it: {place}."
ASK_DISTANCE = "How far could you travel to a group?"
ASK_FACILITATION = (
    "Would you like a group led by peers (people who have been through it) "
    "or by a trained professional?"
)
ASK_WHEN = "When could you usually meet?"
ASK_COST = "Does the group need to be free?"
ASK_AUDIENCE = "Would you like a group for particular people? It's fine to skip this."
ASK_LANGUAGE = "Which language would you like the group to be in?"
LANGUAGE_UNKNOWN = "I don't know that language yet. Please tap one, or skip."
USE_BUTTONS = "Please tap one of the buttons, or type /back to go back."
STALE_BUTTON = "That button belongs to an earlier question. Here is where we are now:"
TOO_LONG = (
    'That\'s a long message. A few words are enough here, like "panic attacks" or "lost my mum".'
)

# -- results ------------------------------------------------------------------
RESULTS_INTRO = "Here are groups that could fit you:"
RESULTS_MORE_INTRO = "Here are a few more:"
NO_MORE_RESULTS = "That's all the groups I have for these answers."
RESULTS_FOOTER = "Would you like to see more, or change anything?"
NOTHING_FOUND = (
    "I'm sorry, I couldn't find a group that fits yet. You're not out of options: "
    "these directories list many more groups."
)
ASK_CHANGE = "What would you like to change?"
NEXT_MEETING_FALLBACK = "Ask the organiser for the next date."
JOIN = "How to join: {how}"
JOIN_NONE = "Ask the organiser how to join."
SHARE_PLACE_HINT = "Tip: tell me where you are (Change my answers) to see groups near you."

REPORT_ASK = "Thank you for helping keep the list right. What's wrong with this listing?"
REPORT_THANKS = "Thank you. I've passed it on to the people who keep the list up to date."
REPORT_UNKNOWN = "Sorry, that listing is no longer available."

# Offered whenever nothing fits; chosen because they are national, maintained and free.
DIRECTORIES: dict[str, tuple[str, ...]] = {
    "GB": (
        "Hub of Hope (UK mental health support near you): https://hubofhope.co.uk",
        "Mind's local services: https://www.mind.org.uk/information-support/local-minds/",
    ),
    "US": (
        "NAMI support groups: https://www.nami.org/support-education/support-groups/",
        "FindTreatment.gov (SAMHSA): https://findtreatment.gov",
    ),
    "*": (
        "Mental Health Europe members and national directories: https://www.mhe-sme.org",
        "Your doctor or local health service can also point you to groups nearby.",
    ),
}

# -- commands -----------------------------------------------------------------
HELP = (
    "If you are in danger or thinking of ending your life, send /crisis for help right now.\n\n"
    "I help you find a mental-health support group.\n"
    "/start - find a group (starts over)\n"
    "/back - go back one question\n"
    "/cancel - stop and clear your answers\n"
    "/privacy - what I keep and for how long\n"
    "/forget - delete everything I keep about you\n"
    "/crisis - emergency numbers and crisis lines"
)
HELP_ADMIN = "\n/admin - the admin menu (you are an admin here)"
PRIVACY = (
    "What I keep, in plain words:\n"
    "- Your chat id and your answers to my questions (topic, place, preferences), "
    "so you can pick up where you left off. I don't keep what you type: a message is read, "
    "turned into a topic, and dropped.\n"
    "- Anonymous daily counts (how many searches, for which topics) with no link to you.\n"
    "Your answers are deleted after {days} days without use, or right away with /forget.\n"
    "I'm a bot: no person reads this chat."
)
FORGET_ASK = "This deletes your answers and everything I keep about you. Are you sure?"
FORGET_DONE = "Done. I've deleted everything I kept about you. Send /start any time."
FORGET_KEPT = "Okay, nothing was deleted."
CANCELLED = (
    "Okay, I've stopped and cleared your answers. Send /start whenever you'd like to begin again."
)
NOTHING_TO_GO_BACK_TO = "This is the first question, so there's nothing to go back to."
UNKNOWN_COMMAND = "Sorry, I don't know that command. Send /help to see what I can do."
NOT_TEXT = "Thank you. I can only read text here: please type a few words or tap a button."
DOCUMENT_NOT_EXPECTED = "Thank you, but I can't use files here. Please type or tap a button."
SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on my side. Your answers are safe; please try again."
)
SLOW_DOWN = "You're sending messages very fast, so I skipped some. Take a moment, then carry on."
PRIVATE_CHAT_ONLY = (
    "I only help in a private chat, so nothing personal is shared here. Tap my name, then Start."
)

# -- buttons ------------------------------------------------------------------
B_SKIP = "Skip"
B_BACK = "« Back"
B_SHOW_NOW = "Show groups now"
B_MORE_TOPICS = "More topics…"
B_FOR_ME = "For me"
B_FOR_SOMEONE = "For someone I care for"
B_ONLINE = "Online"
B_IN_PERSON = "In person"
B_EITHER = "Either"
B_PEER = "Peer-led"
B_PRO = "Professional"
B_NO_PREF = "No preference"
B_WEEKDAY_DAY = "Weekday daytime"
B_WEEKDAY_EVE = "Weekday evenings"
B_WEEKEND = "Weekends"
B_ANY_TIME = "Any time"
B_FREE_ONLY = "Free only"
B_COST_OK = "Cost is okay"
B_ANYONE = "Anyone is fine"
B_ANY_LANGUAGE = "Any language"
B_MORE = "More groups"
B_CHANGE = "Change my answers"
B_RESTART = "Start over"
B_JOIN = "Open {name}"
B_MAP = "Map"
MAP_URL = "https://www.openstreetmap.org/?mlat={lat:.5f}&mlon={lon:.5f}#map=17/{lat:.5f}/{lon:.5f}"
B_REPORT = "Report a problem with this listing"
B_YES_FORGET = "Yes, delete it"
B_NO_KEEP = "No, keep it"

DISTANCE_CHOICES: tuple[tuple[str, int], ...] = (("5 km", 5), ("15 km", 15), ("50 km", 50))
AUDIENCE_CHOICES: tuple[tuple[str, str], ...] = (
    ("Young adults", "young-adults"),
    ("Teens", "teens"),
    ("Older people", "seniors"),
    ("Women", "women"),
    ("Men", "men"),
    ("LGBTQ+", "lgbtq"),
    ("Veterans", "veterans"),
    ("Parents", "parents"),
    ("Students", "students"),
)
LANGUAGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("English", "en"),
    ("Español", "es"),
    ("Deutsch", "de"),
    ("Français", "fr"),
    ("Português", "pt"),
    ("Русский", "ru"),
)
REPORT_REASONS: tuple[tuple[str, str], ...] = (
    ("No longer meets", "gone"),
    ("Wrong time or place", "wrong"),
    ("Link or number broken", "broken"),
    ("Something else", "other"),
)
CHANGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("Topic", "need"),
    ("For whom", "who"),
    ("Online / in person", "format"),
    ("Place", "place"),
    ("Led by", "facilitation"),
    ("When", "when"),
    ("Cost", "cost"),
    ("Who it's for", "audience"),
    ("Language", "language"),
)
