"""Every admin-facing sentence and button label, in one place for review and translation.

Admins keep the catalog right from a phone: short lines, plain words, and always what to do next.
"""

from __future__ import annotations

# -- the desk -----------------------------------------------------------------
MENU = (
    "Admin desk. Tap a button, or type a command:\n"
    "/add - add a group step by step\n"
    "/edit ID - change a group (or /edit ID field=value)\n"
    "/remove ID - hide a group from search\n"
    "/restore ID - bring a hidden group back\n"
    "/show ID - everything about one group\n"
    "/list [words] - browse: a topic, a town, online, in_person, hybrid, stale or hidden\n"
    "/import - check a CSV, JSON or Meeting Guide file, then apply it\n"
    "/export - the catalog as CSV and JSON files\n"
    "/verify ID - mark a group as checked today\n"
    "/stale [days] - groups not checked for a while (180 days unless you say)\n"
    "/reports - problems people reported\n"
    "/stats - anonymous figures\n"
    "/audit [ID] - recent changes\n"
    "While adding or editing: /back goes back one step, /cancel stops."
)
MENU_BUTTONS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("Add a group", "add"), ("List groups", "list")),
    (("Reports", "reports"), ("Stale listings", "stale")),
    (("Import a file", "import"), ("Export", "export")),
    (("Stats", "stats"), ("Recent changes", "audit")),
)
NEED_AN_ID = "Which group? Send /{command} ID (/list shows the ids)."
NOT_FOUND = "I can't find a group with the id '{id}'."
DID_YOU_MEAN = " Did you mean {ids}?"
STALE_BUTTON = "That button is out of date. Send /admin for the menu."
NOTHING_GOING_ON = "There's nothing to go back to right now. Send /admin for the menu."
ALL_STOPPED = "Stopped. Nothing was saved."

# -- remove, restore, verify --------------------------------------------------
REMOVE_ASK = (
    "Hide {name} ({id}) from search? It stays in the catalog, and /restore {id} brings it back."
)
REMOVED = "Hidden: {name} ({id}) no longer shows in searches. /restore {id} brings it back."
REMOVED_REPORTS = " Closed {n} open report(s) about it."
REMOVE_KEPT = "Okay, {id} stays listed."
ALREADY_REMOVED = "{id} is already hidden. /restore {id} brings it back."
RESTORED = "Restored: {name} ({id}) shows in searches again."
NOT_REMOVED = "{id} isn't hidden, so there's nothing to restore."
VERIFIED = "Marked {name} ({id}) as checked today ({date})."
VERIFIED_REPORTS = " Closed {n} open report(s) about it."
HIDDEN_FIRST = "{id} is hidden. If it meets again, /restore {id} first."

# -- show, list, stale, reports -----------------------------------------------
SHOW_HIDDEN = "HIDDEN from search (/restore {id} brings it back)"
SHOW_INACTIVE = "Marked inactive (paused): not shown in search."
SHOW_REPORTS = "Open reports: {n}"
SHOW_CHECKED = "Last checked: {date} ({days} days ago)"
SHOW_NEVER_CHECKED = "Last checked: never"
LIST_HEADER = "Groups{filter}: {total}. Page {page} of {pages}."
LIST_FILTER = " matching '{filter}'"
LIST_EMPTY = "No groups{filter}."
LIST_HINT = "Send /show ID for one group."
STALE_HEADER = (
    "Not checked for {days} days or more: {total} group(s), oldest first. Page {page} of {pages}."
)
STALE_NONE = "Every group was checked in the last {days} days."
STALE_DAYS = "Send /stale with a number of days, like /stale 90."
REPORTS_HEADER = "Open reports on {total} group(s). Page {page} of {pages}."
REPORTS_NONE = "No open reports. Thank you for keeping the list right."
REPORTS_LINE = "{name} ({id}){hidden}: {reasons}. First reported {date}."
REPORT_REASONS: dict[str, str] = {
    "gone": "no longer meets",
    "wrong": "wrong time or place",
    "broken": "link or number broken",
    "other": "something else",
}
DIGEST = "{n} new report(s) about listings since the last note. Tap to review them."
NEVER = "never checked"
HIDDEN_MARK = " [hidden]"
INACTIVE_MARK = " [inactive]"

# -- stats and audit ----------------------------------------------------------
STATS_HEADER = (
    "Anonymous figures, last 7 days / last 30 days. No user ids or messages are kept.\n"
    "Searches: {week} / {month}"
)
STATS_NEEDS = "Searches by need:"
STATS_GAPS = "Gaps (searches that found nothing or needed loosening), by need and place:"
STATS_CRISIS = "Crisis help shown, by kind:"
STATS_NONE = "  none"
STATS_MORE = "  …and {n} more"
AUDIT_HEADER = "Recent changes{scope}, newest first:"
AUDIT_SCOPE = " to {id}"
AUDIT_NONE = "No changes recorded{scope}."
AUDIT_ADDED = "added"
AUDIT_NO_FIELDS = "no field changed"
ACTIONS: dict[str, str] = {
    "add": "added",
    "edit": "edited",
    "import": "imported",
    "verify": "checked",
    "remove": "hidden",
    "restore": "restored",
    "seed": "sample data",
}

# -- export and import --------------------------------------------------------
EXPORT = (
    "The catalog: {n} group(s); hidden ones are left out. The CSV opens in spreadsheets; "
    "the JSON keeps lists and numbers exact. Either can be sent back with /import."
)
IMPORT_ASK = (
    "Send the file as a document: a CSV or JSON with the columns /export gives, or a Meeting "
    "Guide feed (JSON). For a feed you can add a caption like topics=alcohol. I check every "
    "row first and change nothing until you tap Apply."
)
IMPORT_REFUSED = "I can't use {filename}. {reason}\nNothing was changed."
IMPORT_NO_CONTENT = (
    "I couldn't read {filename}: the most I can take is {limit}, and bigger files arrive "
    "empty. Split it into smaller files and send them one by one."
)
IMPORT_BAD_ROWS = (
    "I can't import {filename}: {bad} row(s) have problems, so nothing was changed. "
    "Fix these and send the whole file again:"
)
IMPORT_ROW = "Row {row}{field}: {reason}"
IMPORT_MORE = "…and {n} more problem(s)."
IMPORT_DRY_RUN = (
    "Checked {filename}: all {total} group(s) are valid. Applying it would:\n"
    "• add {added}\n• update {updated}\n• leave {unchanged} unchanged"
)
IMPORT_RESTORES = "\n• bring back {n} hidden group(s), because the file lists them"
IMPORT_KEEPS = "\nGroups not in the file stay as they are. Nothing has changed yet."
IMPORT_NOTHING = "Everything in {filename} is already in the catalog: nothing to change."
IMPORT_APPLIED = "Imported {filename}: {added} added, {updated} updated, {unchanged} unchanged."
IMPORT_CANCELLED = "Import cancelled. Nothing was changed."
IMPORT_GONE = "That import isn't waiting any more (it was applied, cancelled or replaced)."
FEED_ASK = (
    "{filename} is a Meeting Guide feed. Which needs do its meetings serve? "
    "Tap them, then Done, or type need ids like alcohol."
)
FEED_PICK_ONE = "Pick at least one need, then Done."
UPLOAD_BUSY = "Please finish or /cancel the group you're editing before sending a file."

# -- the /add and /edit wizard ------------------------------------------------
ASK_NAME = (
    "New group. What is it called?\n"
    "(/back goes back a step, /cancel stops; nothing is saved until you tap Save.)"
)
ASK_DESCRIPTION = "Describe it in a sentence or two: who it is for and what happens there."
ASK_TOPICS = (
    "Which needs does it support? Tap all that apply, then Done. "
    "You can also type need ids, like anxiety; stress."
)
ASK_FORMAT = "How does it meet?"
ASK_CITY = "Which town or city does it meet in?"
CITY_FOUND = "Found {place}, {country}: time zone {timezone}."
CITY_NOT_FOUND = (
    'I couldn\'t find "{typed}" on my map. Check the spelling or add the country '
    "(like Springfield, US). Or keep it as typed and give coordinates next, "
    "so people nearby still find it."
)
ASK_ADDRESS = "The address of the meeting place (building and street), so people find the door."
ASK_COORDINATES = (
    "The exact spot: type latitude, longitude (like 51.5072, -0.1276) or share a location. "
    "Or keep the town centre."
)
ASK_COORDINATES_NONE = (
    "The exact spot: type latitude, longitude (like 51.5072, -0.1276) or share a location. "
    "Without it, people searching nearby may miss this group."
)
COORDINATES_TWO_NUMBERS = "Please type two numbers: latitude, then longitude (like 51.5, -0.12)."
ASK_DAYS = "Which days does it meet? Tap them, then Done. Skip if it varies."
ASK_TIME = "What time does it start? 24-hour clock, like 19:00. Skip if it varies."
ASK_TIMEZONE = "Time zone: {timezone}. Keep it, or type another (like America/New_York, or a city)."
ASK_TIMEZONE_NONE = "Which time zone? Type one like Europe/London, or a city in it."
TIMEZONE_FROM_CITY = "Time zone {timezone} (from {place})."
TIMEZONE_NEEDED = "A start time needs a time zone, so people see it in their own time."
ASK_FACILITATION = "Who leads it?"
ASK_COST = "What does it cost?"
ASK_COST_NOTE = "A short note on the cost, like: £5 a session, free if you can't pay."
ASK_LANGUAGES = "Which languages is it held in? Tap them, then Done, or type codes like en, cy."
ASK_CONTACT_URL = "Contact, 1 of 3: a web page to find out more or sign up."
ASK_CONTACT_PHONE = "Contact, 2 of 3: a phone number."
ASK_CONTACT_EMAIL = "Contact, 3 of 3: an email address."
CONTACT_NEEDED = (
    "People need at least one way to get in touch: give a web page, phone or email "
    "(/back returns to the web page and phone)."
)
PHONE_DIGITS = "needs at least 5 digits"
PREVIEW_ADD = "Please check the new listing:\n\n{listing}\n\nSave it?"
PREVIEW_INVALID = "This listing can't be saved yet:\n{reasons}\nUse /back to fix it, or /cancel."
ADDED = "Added {name} ({id}). People can find it in searches now."
ID_TAKEN = (
    "There is already a group with the id '{id}'. Give this one a different name, "
    "for example with its town, or /edit {id} to change the existing one."
)
BAD_VALUE = "That doesn't work for {label}: {reason}. Please try again."
REQUIRED = "it is required"
TOO_LONG = "That's too long for any field here; please shorten it."
USE_BUTTONS = "Please tap one of the buttons, or type the value."
STALE_STEP = "That button belongs to an earlier step. Here is where we are:"
PICK_A_TOPIC = "Pick at least one need, then Done."
FIRST_STEP = "This is the first step, so there's nothing to go back to."

ASK_FIELD = "Editing {name} ({id}). Which field? (Or type field=value.)"
ASK_VALUE = "New {label} (now: {current}).{hint}"
CLEAR_HINT = " Send - to clear it."
UNKNOWN_FIELD = "There is no field '{field}' to edit. Pick one:"
PREVIEW_EDIT = "Change {name} ({id}):\n{changes}\n\nSave this change?"
EDIT_SAME = "That's the same as before, so nothing changed."
EDITED = "Saved: {name} ({id}) is updated."
EDIT_CONFLICT = (
    "{id} was changed by someone else while you were editing, so I didn't save. "
    "Please start again with /edit {id}."
)
EDIT_GONE = "The group {id} no longer exists, so there's nothing to save."

VALUE_HINTS: dict[str, str] = {
    "audience": (
        " Who it is for, separated by ; from: adults, young-adults, teens, seniors, women, men, "
        "lgbtq, veterans, parents, family-and-friends, students."
    ),
    "region": " A county, region or state.",
    "country": " A two-letter code like GB or US.",
    "latitude": " A number between -90 and 90.",
    "longitude": " A number between -180 and 180.",
    "frequency": "",
    "size": "",
    "organizer": " Who runs the group.",
    "confidentiality": " What the group promises about privacy, in a sentence.",
    "accessibility": " Items separated by ;, like step-free access; hearing loop.",
    "last_verified": " A date like 2026-05-31.",
    "active": "",
}

# -- labels -------------------------------------------------------------------
FIELD_LABELS: dict[str, str] = {
    "id": "id",
    "name": "name",
    "description": "description",
    "topics": "topics",
    "audience": "audience",
    "format": "format",
    "facilitation": "led by",
    "city": "town",
    "region": "region",
    "country": "country",
    "latitude": "latitude",
    "longitude": "longitude",
    "address": "address",
    "days": "days",
    "time": "time",
    "timezone": "time zone",
    "frequency": "how often",
    "size": "size",
    "cost": "cost",
    "cost_note": "cost note",
    "languages": "languages",
    "contact_url": "web page",
    "contact_phone": "phone",
    "contact_email": "email",
    "organizer": "organiser",
    "confidentiality": "confidentiality",
    "accessibility": "accessibility",
    "last_verified": "last checked",
    "active": "active",
}
FORMAT_CHOICES: tuple[tuple[str, str], ...] = (
    ("Online", "online"),
    ("In person", "in_person"),
    ("Hybrid (both)", "hybrid"),
)
FACILITATION_CHOICES: tuple[tuple[str, str], ...] = (
    ("Peer-led", "peer"),
    ("Professional", "professional"),
    ("Mixed", "mixed"),
)
COST_CHOICES: tuple[tuple[str, str], ...] = (
    ("Free", "free"),
    ("Donation", "donation"),
    ("Paid", "paid"),
)
FREQUENCY_CHOICES: tuple[tuple[str, str], ...] = (
    ("Weekly", "weekly"),
    ("Every 2 weeks", "biweekly"),
    ("Monthly", "monthly"),
    ("Drop-in", "drop_in"),
    ("Ongoing", "ongoing"),
)
SIZE_CHOICES: tuple[tuple[str, str], ...] = (
    ("Small", "small"),
    ("Medium", "medium"),
    ("Large", "large"),
)
ACTIVE_CHOICES: tuple[tuple[str, str], ...] = (
    ("Active (meets)", "true"),
    ("Paused", "false"),
)
DAY_LABELS: dict[str, str] = {
    "mon": "Mon",
    "tue": "Tue",
    "wed": "Wed",
    "thu": "Thu",
    "fri": "Fri",
    "sat": "Sat",
    "sun": "Sun",
}

# -- buttons ------------------------------------------------------------------
B_SAVE = "Save"
B_CANCEL = "Cancel"
B_DONE = "Done"
B_SKIP = "Skip"
B_CLEAR = "Clear it"
B_BACK = "« Back"
B_KEEP_TOWN = "Keep the town centre"
B_KEEP_ZONE = "Keep {timezone}"
B_KEEP_TYPED = "Keep it as typed"
B_ANOTHER_FIELD = "Change another field"
B_TICKED = "✓ {label}"
B_SHOW = "Show it"
B_ADD_ANOTHER = "Add another"
B_EDIT = "Edit"
B_VERIFY = "Checked, still right"
B_REMOVE = "Hide"
B_RESTORE = "Restore"
B_YES_HIDE = "Yes, hide it"
B_NO_KEEP = "No, keep it"
B_APPLY = "Apply"
B_PREVIOUS = "‹"
B_NEXT = "›"
B_VERIFY_ONE = "✓ {name}"
B_REMOVE_ONE = "Hide {name}"
B_EDIT_ONE = "Edit {name}"
B_REVIEW = "Review reports"
