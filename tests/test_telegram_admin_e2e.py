"""End to end on Telegram: an admin keeps the catalog right, and people's searches follow at once."""

from __future__ import annotations

from pathlib import Path

from conversations import admin_texts as A
from conversations import texts as T
from conversations.dialogue import ADMIN_COMMANDS
from conversations.handoff import CONTINUE_DATA
from tests.fake_bot_api import FakeBotAPI
from tests.telegram_driver import ADMIN, Person, running_bot

CHAT = 5552002
GROUP_ID = "tuesday-night-gamblers-talk"
NAME = "Tuesday Night Gamblers Talk"


async def search_gambling(person: Person) -> str:
    """A person asks for gambling support online and sees the first page of results."""
    person.command("start")
    await person.expect("What would you like support with")
    person.say("I can't stop gambling, online please")
    await person.expect(T.ASK_WHO)
    person.tap(T.B_SHOW_NOW)
    return await person.expect(T.RESULTS_FOOTER)


async def add_online_group(admin: Person) -> None:
    """Walk the /add wizard as an admin on a phone would, answering each question in turn."""
    admin.command("add")
    await admin.expect("What is it called?")
    admin.say(NAME)
    await admin.expect("Describe it")
    admin.say("An online circle for anyone whose life gambling has taken over.")
    await admin.expect("Which needs")
    admin.tap("Gambling")
    await admin.expect("(now: gambling)")
    admin.tap(A.B_DONE)
    await admin.expect("How does it meet?")
    admin.tap("Online")
    await admin.expect("Which days")
    admin.tap("Tue")
    await admin.expect("(now: tue)")
    admin.tap(A.B_DONE)
    await admin.expect("What time")
    admin.say("19:30")
    await admin.expect("Which time zone")
    admin.say("Europe/London")
    question = await admin.next_message()
    for _ in range(12):
        if "Save it?" in question.text:
            break
        labels = [label for label, _ in question.buttons]
        if "Peer-led" in labels:
            admin.tap("Peer-led")
        elif "Free" in labels:
            admin.tap("Free")
        elif "English" in labels:
            admin.tap("English")
            await admin.expect("(now: en)")
            admin.tap(A.B_DONE)
        elif A.ASK_CONTACT_URL in question.text:
            admin.say("https://example.org/tuesday-gamblers")
        else:
            admin.tap(A.B_SKIP)
        question = await admin.next_message()
    admin.tap(A.B_SAVE)
    await admin.expect(f"Added {NAME}")


async def test_admin_adds_a_group_people_find_it_remove_hides_it_restore_brings_it_back(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        admin_menu = {"type": "chat", "chat_id": ADMIN}
        await fake.wait_until(
            lambda: any(c["command"] == "add" for c in fake.commands(admin_menu)),
            what="the admin's own command menu",
        )
        admin, person = Person(fake, ADMIN), Person(fake, CHAT)
        await add_online_group(admin)
        assert NAME in await search_gambling(person)

        admin.command("remove", GROUP_ID)
        await admin.expect(f"Hide {NAME}")
        admin.tap(A.B_YES_HIDE)
        await admin.expect("Hidden")
        assert NAME not in await search_gambling(person)

        admin.command("restore", GROUP_ID)
        await admin.expect("Restored")
        assert NAME in await search_gambling(person)


async def test_a_crisis_message_in_the_admin_wizard_gets_the_handoff_and_continue_resumes(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        admin = Person(fake, ADMIN)
        admin.command("add")
        await admin.expect("What is it called?")
        admin.say("Evening Calm")
        await admin.expect("Describe it")
        admin.say("honestly i want to end my life")
        handoff = await admin.next_message()
        assert "999" in handoff.text and "end my life" not in handoff.text
        admin.press(CONTINUE_DATA, handoff.message_id)
        await admin.expect("Describe it")


async def test_someone_who_is_not_an_admin_gets_the_unknown_command_reply_for_every_admin_command(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        person = Person(fake, CHAT)
        for name, _ in ADMIN_COMMANDS:
            fake.send_command(CHAT, name, "general-support")
        replies = await fake.wait_for_messages(CHAT, len(ADMIN_COMMANDS))
        assert {r.text for r in replies} == {T.UNKNOWN_COMMAND}
        assert not {c["command"] for c in fake.commands()} & dict(ADMIN_COMMANDS).keys()
        del person


async def test_an_admin_exports_the_catalog_and_sending_the_file_back_changes_nothing(
    fake: FakeBotAPI, tmp_path: Path
) -> None:
    # The file goes out as a multipart upload and comes back through getFile and a download.
    async with running_bot(fake, tmp_path / "gf.sqlite3"):
        admin = Person(fake, ADMIN)
        admin.command("export")
        await admin.expect("The catalog:")

        def exported() -> dict[str, bytes]:
            return {
                c.file_names["document"]: c.files["document"]
                for c in fake.calls
                if c.method.lower() == "senddocument" and "document" in c.files
            }

        # The CSV and the JSON are two uploads; wait for the CSV itself, whichever comes first.
        await fake.wait_until(
            lambda: any(name.endswith(".csv") for name in exported()), what="the exported CSV"
        )
        files = exported()
        csv_name = next(name for name in files if name.endswith(".csv"))
        assert b"name" in files[csv_name].splitlines()[0]

        admin.command("import")
        await admin.expect("Send the file as a document")
        admin.mark()
        fake.send_document(ADMIN, csv_name, files[csv_name], "text/csv")
        await admin.expect("already in the catalog")
