"""The `groupfinder` command: chat, run, find, import, export, screen, train-screen, backup."""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.logs import setup_logging
from bot.settings import Settings, SettingsError, load_settings

NO_TOKEN = (
    "GROUPFINDER_BOT_TOKEN is not set. Put it in the environment or in a .env file "
    "(GROUPFINDER_BOT_TOKEN=123456:ABC...). To try the bot without a token, run: groupfinder chat"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="groupfinder", description="Find a mental-health support group that fits."
    )
    parser.add_argument("--database", type=Path, help="SQLite file (default: GROUPFINDER_DATABASE)")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("chat", help="talk to the bot in this terminal (no token needed)")

    run = sub.add_parser("run", help="run the Telegram bot (long polling by default)")
    run.add_argument("--webhook", metavar="URL", help="public HTTPS address for a webhook")
    run.add_argument("--port", type=int, default=8443, help="local port for the webhook server")

    find = sub.add_parser("find", help="rank the catalog for a need, as the bot would")
    find.add_argument("need", help='what the person wants support with, e.g. "panic attacks"')
    find.add_argument("--format", choices=("online", "in_person", "any"), default="any")
    find.add_argument("--near", metavar="PLACE", help="a town or city")
    find.add_argument("--radius", type=float, default=25.0, help="km from --near (default 25)")
    find.add_argument("--free", action="store_true", help="free groups only")
    find.add_argument("--language", metavar="CODE", help="ISO 639-1 code, e.g. en")
    find.add_argument("--limit", type=int, default=5)
    find.add_argument("--json", action="store_true", help="print one JSON object")

    imp = sub.add_parser("import", help="import groups from a CSV, JSON or Meeting Guide file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=("csv", "json", "meeting-guide"))
    imp.add_argument("--topics", default="", help="need ids for a Meeting Guide feed, e.g. alcohol")
    imp.add_argument("--dry-run", action="store_true", help="validate only; write nothing")

    exp = sub.add_parser("export", help="export the catalog to CSV, JSON or a Meeting Guide feed")
    exp.add_argument("file", type=Path)
    exp.add_argument("--format", choices=("csv", "json", "meeting-guide"))

    scr = sub.add_parser("screen", help="run the crisis screen on TEXT, or on lines from stdin")
    scr.add_argument("text", nargs="?")

    trn = sub.add_parser(
        "train-screen",
        help="refit the crisis screen's model on conversations/crisis_corpus/ (for reviewers)",
    )
    trn.add_argument("--corpus", type=Path, help="a folder of labelled *.jsonl files")
    trn.add_argument("--out", type=Path, help="where to write the model")
    trn.add_argument(
        "--max-false-alarms",
        type=float,
        help="share of the corpus's safe lines the model may add to the rules' false alarms "
        "in cross-validation (default 0.03); it sets the threshold",
    )

    backup = sub.add_parser("backup", help="copy the live database safely to FILE")
    backup.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `groupfinder` console script; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        overrides: dict[str, Any] = {"database": args.database} if args.database else {}
        settings = load_settings(**overrides)
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    setup_logging(settings.log_level, quiet=args.command != "run")
    try:
        return _dispatch(args, settings)
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "screen":
        return _screen(args.text)
    if args.command == "train-screen":
        return _train_screen(args.corpus, args.out, args.max_false_alarms)
    if args.command == "run":
        return _run(settings, args.webhook, args.port)
    handlers = {
        "chat": _chat,
        "find": _find,
        "import": _import,
        "export": _export,
        "backup": _backup,
    }
    return asyncio.run(handlers[args.command](args, settings))


def _run(settings: Settings, webhook: str | None, port: int) -> int:
    from bot.app import build_application

    if settings.bot_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    _one_malloc_arena()
    application = build_application(settings)
    if webhook:
        url_path = "telegram"
        application.run_webhook(
            listen="0.0.0.0",
            port=port,
            url_path=url_path,
            webhook_url=webhook.rstrip("/") + "/" + url_path,
            allowed_updates=["message", "edited_message", "callback_query"],
        )
    else:
        application.run_polling(allowed_updates=["message", "edited_message", "callback_query"])
    return 0


def _one_malloc_arena() -> None:
    """On glibc, let every thread share one heap. Start-up builds its indexes in worker threads,
    and each thread's own heap kept its freed memory: one arena saved about 2 MB of peak RSS."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-8, 1)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass  # not glibc: its allocator has no arenas to limit


async def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import open_dialogue
    from bot.terminal import chat, locale_language, stdin_line

    dialogue = await open_dialogue(settings)
    try:
        # Piped input is echoed so a saved session reads like a conversation.
        await chat(
            dialogue, stdin_line, language_code=locale_language(), echo=not sys.stdin.isatty()
        )
    finally:
        await dialogue.store.close()
    return 0


async def _find(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import open_dialogue
    from catalog.matcher import Query
    from catalog.places import resolve_place

    near = None
    country = None
    if args.near:
        place = resolve_place(args.near, country_hint=settings.default_country)
        if place is None:
            print(f"I couldn't find the place {args.near!r}.", file=sys.stderr)
            return 2
        near, country = (place.latitude, place.longitude), place.country
    dialogue = await open_dialogue(settings)
    try:
        matcher = await dialogue.matcher()
    finally:
        await dialogue.store.close()
    query = Query(
        text=args.need,
        format=args.format,
        near=near,
        radius_km=args.radius,
        free_only=args.free,
        language=args.language,
        country=country,
    )
    result = matcher.rank(query, limit=args.limit)
    if args.json:
        payload = {
            "needs": list(result.needs),
            "results": [
                {"id": m.group.id, "name": m.group.name, "score": m.score, "why": m.why}
                for m in result.matches
            ],
            "relaxed": list(result.relaxed),
        }
        print(json.dumps(payload, ensure_ascii=False))
        return 0
    print("needs: " + (", ".join(result.needs) or "(none recognised)"))
    for note in result.relaxed:
        print(f"note: {note}")
    for i, m in enumerate(result.matches, 1):
        print(f"{i}. {m.group.name} [{m.group.id}] score {m.score}\n   {m.why}")
    if not result.matches:
        print("no groups found")
    return 0


async def _import(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import open_dialogue
    from catalog.meeting_guide import parse_meeting_guide
    from catalog.transfer import CatalogFileError, parse_catalog

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"Can't read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        if args.format == "meeting-guide":
            topics = [t.strip() for t in args.topics.split(",") if t.strip()]
            parsed = parse_meeting_guide(data, topics=topics)
        else:
            name = args.file.name if not args.format else f"import.{args.format}"
            parsed = parse_catalog(data, name)
    except CatalogFileError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 2
    if parsed.errors:
        print(
            f"{args.file}: nothing was imported; {len(parsed.errors)} problem(s):", file=sys.stderr
        )
        for err in parsed.errors:
            where = f"row {err.row}" + (f", {err.field}" if err.field else "")
            print(f"  {where}: {err.reason}", file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"{len(parsed.groups)} groups are valid; nothing written (dry run).")
        return 0
    # An operator importing their own catalog into a new database does not want the sample too.
    dialogue = await open_dialogue(settings, seed=False)
    try:
        summary = await dialogue.store.apply_groups(parsed.groups, actor="cli", action="import")
    finally:
        await dialogue.store.close()
    print(
        f"Imported {args.file.name}: {summary.added} added, {summary.updated} updated, "
        f"{summary.unchanged} unchanged."
    )
    return 0


async def _export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import open_dialogue
    from catalog.meeting_guide import export_meeting_guide
    from catalog.transfer import CatalogFileError, export_csv, export_json, format_for

    try:
        kind = args.format or format_for(args.file.name)
    except CatalogFileError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 2
    dialogue = await open_dialogue(settings)
    try:
        groups = [s.group for s in await dialogue.store.all_groups()]
    finally:
        await dialogue.store.close()
    writer = {"csv": export_csv, "json": export_json, "meeting-guide": export_meeting_guide}[kind]
    args.file.write_bytes(writer(groups))
    print(f"Exported {len(groups)} groups to {args.file}.")
    return 0


async def _backup(args: argparse.Namespace, settings: Settings) -> int:
    from catalog.store import Store

    if not Path(settings.database).exists():
        print(f"There is no database at {settings.database} yet.", file=sys.stderr)
        return 2
    store = await Store.open(settings.database)
    try:
        await store.backup_to(args.file)
    finally:
        await store.close()
    print(f"Backed up {settings.database} to {args.file}.")
    return 0


def _train_screen(
    corpus: Path | None, out: Path | None, max_false_alarms: float | None = None
) -> int:
    from conversations.crisis import MODEL_PATH
    from conversations.crisis_corpus import (
        CORPUS_DIR,
        MAX_FALSE_ALARMS,
        CorpusError,
        train_and_save,
    )

    corpus = corpus or CORPUS_DIR
    if max_false_alarms is None:
        max_false_alarms = MAX_FALSE_ALARMS
    try:
        if not 0.0 <= max_false_alarms < 1.0:
            print("--max-false-alarms must be a share from 0 to below 1.", file=sys.stderr)
            return 2
        training = train_and_save(corpus, out or MODEL_PATH, max_false_alarms=max_false_alarms)
    except CorpusError as error:
        print(f"The corpus in {corpus} has a bad line: {error}", file=sys.stderr)
        return 1
    print(
        f"Trained on {training.lines} lines; threshold {training.model.threshold:.3f} "
        f"({training.model.guarded_threshold:.3f} where a guard spoke).\n"
        f"Rules alone: recall {training.rules_recall:.1%}, "
        f"false alarms {training.rules_false_alarms:.1%}.\n"
        f"Rules or model (cross-validated): recall {training.recall:.1%}, "
        f"false alarms {training.false_alarms:.1%}."
    )
    return 0


def _screen(text: str | None) -> int:
    from conversations.crisis import screen

    def verdict_json(line: str) -> str:
        verdict = screen(line)
        category = verdict.category.value if verdict.category else None
        return json.dumps({"crisis": verdict.crisis, "category": category, "rule": verdict.rule})

    if text is not None:
        print(verdict_json(text))
        return 0
    for raw in sys.stdin:
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            try:
                obj = json.loads(line)
                line = str(obj.get("text", "")) if isinstance(obj, dict) else line
            except json.JSONDecodeError:
                pass
        print(verdict_json(line))
    return 0


if __name__ == "__main__":  # pragma: no cover
    logging.basicConfig()
    raise SystemExit(main())
