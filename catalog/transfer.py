"""Catalog files in and out: CSV and JSON import that checks every row, formula-safe export.

Import is pure (bytes in, `ParsedCatalog` out) and all-or-nothing in meaning: whole-file problems
raise `CatalogFileError`; row problems come back as `RowError`s, every bad row named, and a
result is `ok` only when no row has a problem. Nothing is written here; the store applies a
validated list. Meeting Guide feeds have their own entry point in `catalog.meeting_guide`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import PurePath
from typing import Any, Literal

from pydantic import ValidationError

from catalog.model import AUDIENCES, FIELDS, WEEKDAYS, Group, slugify
from catalog.needs import NEED_IDS

MAX_BYTES = 5_000_000
MAX_ROWS = 20_000
REQUIRED_COLUMNS: tuple[str, ...] = ("name", "description", "topics", "format")

FileProblem = Literal[
    "too_large",
    "too_many_rows",
    "not_utf8",
    "wrong_type",
    "unreadable",
    "empty",
    "not_array",
    "missing_columns",
    "unknown_columns",
    "duplicate_columns",
    "meeting_guide_feed",
    "bad_topics",
]

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Magic numbers of what admins send by mistake: xlsx/ods/numbers (zip), old xls/doc, pdf.
_BINARY_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")
_SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xls", ".xlsm", ".ods", ".numbers", ".pdf", ".doc"})
_SAVE_AS_CSV = 'In your spreadsheet choose "Save as" and pick "CSV UTF-8", then send that file.'

# A cell a spreadsheet would run as a formula starts with one of these.
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
_PROTECTED = re.compile(r"^'+[=+\-@\t\r]")
# A plain negative number ("-33.86") is not a formula; leave it a number in spreadsheets.
_NEGATIVE_NUMBER = re.compile(r"^-\d+(?:\.\d+)?(?:e[+-]?\d+)?$")

_VOCABULARIES: dict[str, tuple[str, Iterable[str]]] = {
    "topics": ("need id", NEED_IDS),
    "audience": ("audience", AUDIENCES),
    "days": ("day", WEEKDAYS),
}


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem in one row, in words an admin can act on.

    `row` is the row number a person sees in a spreadsheet: the header is row 1, so the first
    data row is row 2 (multi-line cells count as one row). For JSON it is the 1-based position
    in the array. `field` is the column, or "" when the problem is the whole row.
    """

    row: int
    field: str
    reason: str


@dataclass(frozen=True)
class ParsedCatalog:
    """The groups that validated and the problems found; apply `groups` only when `ok`."""

    groups: list[Group]
    errors: list[RowError]

    @property
    def ok(self) -> bool:
        """True when every row validated: the whole file may be applied."""
        return not self.errors


class CatalogFileError(ValueError):
    """A problem with the whole file; `kind` names it, `str()` says it plainly with what to do."""

    def __init__(self, kind: FileProblem, message: str) -> None:
        super().__init__(message)
        self.kind: FileProblem = kind
        self.message = message


def format_for(filename: str) -> Literal["csv", "json"]:
    """Return the catalog format `filename`'s extension names; CatalogFileError otherwise."""
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix == ".json":
        return "json"
    raise CatalogFileError(
        "wrong_type",
        f"{_show(PurePath(filename).name)} is not a .csv or .json file. {_SAVE_AS_CSV}",
    )


def parse_catalog(
    data: bytes,
    filename: str,
    *,
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
    topics: Sequence[str] | None = None,
) -> ParsedCatalog:
    """Read a catalog CSV or JSON file and validate every row; write nothing.

    The format comes from the extension (.csv/.json), else from the content. Whole-file
    problems raise CatalogFileError. A Meeting Guide feed raises CatalogFileError (kind
    "meeting_guide_feed") unless `topics` are given, then it is read by
    `catalog.meeting_guide.parse_meeting_guide` with them.
    """
    suffix = PurePath(filename).suffix.lower()
    if suffix in _SPREADSHEET_SUFFIXES or data.startswith(_BINARY_MAGIC):
        raise CatalogFileError(
            "wrong_type", f"This is a spreadsheet or document, not a CSV file. {_SAVE_AS_CSV}"
        )
    text = decode_upload(data, max_bytes=max_bytes)
    if suffix == ".json" or (suffix != ".csv" and text.lstrip()[:1] in ("[", "{")):
        return _parse_json(text, max_rows=max_rows, max_bytes=max_bytes, topics=topics)
    return _parse_csv(text, max_rows=max_rows, sniffed=suffix != ".csv")


def export_csv(groups: Iterable[Group]) -> bytes:
    """Return the groups as UTF-8 CSV (no BOM) with the FIELDS header, lists joined by `;`.

    Cells a spreadsheet would run as formulas get a leading `'`; `parse_catalog` removes it,
    so export then import gives back identical groups.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(FIELDS)
    for group in groups:
        row = group.to_row()
        writer.writerow([protect_cell(row[name]) for name in FIELDS])
    return out.getvalue().encode("utf-8")


def export_json(groups: Iterable[Group]) -> bytes:
    """Return the groups as a UTF-8 JSON array of objects with FIELDS keys, indented by 2.

    Lists are JSON arrays, blanks are null, coordinates numbers, `active` a boolean.
    """
    rows = []
    for group in groups:
        dumped = group.model_dump(mode="json")
        rows.append({name: dumped[name] for name in FIELDS})
    return (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def protect_cell(value: str) -> str:
    """Prefix `'` to a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR)."""
    if _FORMULA_START.match(value) and not _NEGATIVE_NUMBER.match(value):
        return "'" + value
    return value


def unprotect_cell(value: str) -> str:
    """Undo `protect_cell`: drop one `'` before a formula-starting character."""
    # Accepted ambiguity: a hand-typed cell "'=x" imports as "=x" (its apostrophe is taken off).
    return value[1:] if _PROTECTED.match(value) else value


def decode_upload(data: bytes, *, max_bytes: int = MAX_BYTES) -> str:
    """Return an uploaded file's text: size checked, UTF-8 (with or without BOM), not blank."""
    if len(data) > max_bytes:
        raise CatalogFileError(
            "too_large",
            f"The file is {_size(len(data))}; the most I can take is {_size(max_bytes)}. "
            "Split it into smaller files and send them one by one.",
        )
    if data.startswith(_UTF16_BOMS):
        raise CatalogFileError(
            "not_utf8", f"The file is saved as UTF-16 text, not UTF-8. {_SAVE_AS_CSV}"
        )
    try:
        text = data.removeprefix(_UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CatalogFileError(
            "not_utf8",
            f"The file is not UTF-8 text: line {line} has characters I can't read "
            f"(perhaps it was saved as Latin-1 or Windows text). {_SAVE_AS_CSV}",
        ) from None
    if not text.strip():
        raise CatalogFileError("empty", "The file is empty: there are no groups in it.")
    return text


def load_json(text: str) -> object:
    """Parse JSON text; CatalogFileError with the line and column when it is not valid JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogFileError(
            "unreadable",
            f"The file is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.",
        ) from None
    except (ValueError, RecursionError):
        # Numbers past Python's digit limit, or nesting deeper than the parser goes.
        raise CatalogFileError("unreadable", "The file is not valid JSON I can read.") from None


def row_errors(error: ValidationError, row: int, values: Mapping[str, Any]) -> list[RowError]:
    """Translate a Group ValidationError into plain RowErrors for `row`, one per problem."""
    found: list[RowError] = []
    for item in error.errors(include_url=False):
        loc = item["loc"]
        field = str(loc[0]) if loc else ""
        found.append(RowError(row, field, _reason(item, field, values.get(field))))
    return found


def validate_row(values: Mapping[str, Any], row: int) -> Group | list[RowError]:
    """Return the Group that `values` make, or the plain RowErrors that stop it."""
    try:
        return Group.model_validate(dict(values))
    except ValidationError as exc:
        return row_errors(exc, row, values)
    except OSError:
        # zoneinfo raises OSError (not ValueError) for names like "US"; the model lets it through.
        reason = "must be an IANA time zone like Europe/London"
        rest = {key: value for key, value in values.items() if key != "timezone"}
        others = validate_row(rest, row)
        return [RowError(row, "timezone", reason), *([] if isinstance(others, Group) else others)]


def duplicate_id_errors(ids: Sequence[tuple[int, str]], field: str = "id") -> list[RowError]:
    """Name every row whose id another row also uses, pointing at the other rows."""
    rows_by_id: dict[str, list[int]] = {}
    for row, group_id in ids:
        rows_by_id.setdefault(group_id, []).append(row)
    found: list[RowError] = []
    for group_id, rows in rows_by_id.items():
        if len(rows) < 2:
            continue
        for row in rows:
            others = [str(r) for r in rows if r != row]
            where = f"row {others[0]}" if len(others) == 1 else f"rows {', '.join(others)}"
            found.append(RowError(row, field, f"duplicate {field} '{group_id}' (also {where})"))
    return found


def sort_errors(errors: Iterable[RowError]) -> list[RowError]:
    """Return errors by row, then in FIELDS order, whole-row problems first."""
    order = {name: i for i, name in enumerate(FIELDS)}
    return sorted(
        errors, key=lambda e: (e.row, order.get(e.field, -1 if not e.field else 99), e.reason)
    )


def _parse_csv(text: str, *, max_rows: int, sniffed: bool) -> ParsedCatalog:
    first_line = re.split(r"\r\n|\r|\n", text.lstrip("\r\n"), maxsplit=1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    header: list[str | None] | None = None
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, record in enumerate(reader, start=1):
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = _read_header(record, sniffed=sniffed)
                continue
            if len(rows) >= max_rows:
                raise CatalogFileError(
                    "too_many_rows",
                    f"The file has more than {max_rows:,} groups; split it into smaller files.",
                )
            rows.append((number, record))
    except csv.Error as exc:
        why = "a cell is longer than 128 KB" if "field limit" in str(exc) else "it is malformed"
        raise CatalogFileError(
            "unreadable",
            f"Line {reader.line_num} can't be read as CSV: {why}. {_SAVE_AS_CSV}",
        ) from None
    if header is None or not rows:
        raise CatalogFileError("empty", "The file has no groups in it.")
    errors: list[RowError] = []
    groups: list[tuple[int, Group]] = []
    ids: list[tuple[int, str]] = []
    for number, record in rows:
        values: dict[str, str] = {}
        for index, cell in enumerate(record):
            column = header[index] if index < len(header) else None
            if column is None:
                if cell.strip():
                    reason = f"has a value in column {index + 1}, which has no heading"
                    errors.append(RowError(number, "", reason))
            elif cell.strip():
                values[column] = unprotect_cell(cell)
        _collect(validate_row(values, number), number, values, groups, errors, ids)
    errors.extend(duplicate_id_errors(ids))
    return ParsedCatalog([group for _, group in groups], sort_errors(errors))


def _collect(
    outcome: Group | list[RowError],
    row: int,
    values: Mapping[str, Any],
    groups: list[tuple[int, Group]],
    errors: list[RowError],
    ids: list[tuple[int, str]],
) -> None:
    if isinstance(outcome, Group):
        groups.append((row, outcome))
        ids.append((row, outcome.id))
        return
    errors.extend(outcome)
    # A bad row still claims its id, so a clash shows now rather than after the fix.
    raw_id, name = values.get("id"), values.get("name")
    if isinstance(raw_id, str) and raw_id.strip():
        ids.append((row, raw_id.strip()))
    elif isinstance(name, str) and name.strip():
        ids.append((row, slugify(name)))


def _delimiter(first_line: str) -> str:
    """Pick `,`, `;` or tab: whichever splits the header into the most known columns."""
    best, best_count = ",", 0
    for delimiter in (",", ";", "\t"):
        names = [cell.strip().lower() for cell in first_line.split(delimiter)]
        count = sum(name.strip('"') in FIELDS for name in names)
        if count > best_count:
            best, best_count = delimiter, count
    return best


def _read_header(record: list[str], *, sniffed: bool) -> list[str | None]:
    names = [cell.strip().lstrip("\ufeff").lower() for cell in record]
    known = [name for name in names if name in FIELDS]
    if sniffed and not known:
        raise CatalogFileError(
            "wrong_type",
            "This doesn't look like a catalog CSV or JSON file: its first row has none of the "
            f"columns {', '.join(REQUIRED_COLUMNS)}. {_SAVE_AS_CSV}",
        )
    unknown = [name for name in names if name and name not in FIELDS]
    if unknown:
        raise CatalogFileError("unknown_columns", _unknown_columns_message(unknown))
    repeated = sorted({name for name in known if known.count(name) > 1})
    if repeated:
        raise CatalogFileError(
            "duplicate_columns",
            f"The header has these columns more than once: {', '.join(repeated)}. Keep one each.",
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in known]
    if missing:
        raise CatalogFileError("missing_columns", _missing_columns_message(missing))
    return [name or None for name in names]


def _parse_json(
    text: str, *, max_rows: int, max_bytes: int, topics: Sequence[str] | None
) -> ParsedCatalog:
    document = load_json(text)
    # Imported here: meeting_guide builds on this module's types, so it imports us first.
    from catalog.meeting_guide import looks_like_meeting_guide, parse_meeting_guide

    if looks_like_meeting_guide(document):
        if topics is None:
            raise CatalogFileError(
                "meeting_guide_feed",
                "This is a Meeting Guide meetings feed, not a catalog file. Import it as a "
                "Meeting Guide feed and say which needs its meetings serve (for example alcohol).",
            )
        data = text.encode("utf-8")
        return parse_meeting_guide(data, topics=topics, max_bytes=max_bytes, max_rows=max_rows)
    total, items = _json_objects(document, max_rows=max_rows)
    if total == len(items) and all(_blank(v) for item in items.values() for v in item.values()):
        raise CatalogFileError("empty", "The file has no groups in it: every entry is blank.")
    keys = {key for item in items.values() for key in item}
    unknown = sorted(key for key in keys if key not in FIELDS)
    if unknown:
        raise CatalogFileError("unknown_columns", _unknown_columns_message(unknown))
    missing = [name for name in REQUIRED_COLUMNS if name not in keys]
    if missing:
        raise CatalogFileError("missing_columns", _missing_columns_message(missing))
    errors: list[RowError] = []
    groups: list[tuple[int, Group]] = []
    ids: list[tuple[int, str]] = []
    for number in range(1, total + 1):
        if number not in items:
            errors.append(RowError(number, "", 'must be an object like {"name": "...", ...}'))
            continue
        values = {key: value for key, value in items[number].items() if not _blank(value)}
        if not values:
            continue
        broken = [key for key, value in values.items() if _has_surrogate(value)]
        if broken:
            reason = "has broken characters (invalid Unicode)"
            errors.extend(RowError(number, key, reason) for key in broken)
            continue
        _collect(validate_row(values, number), number, values, groups, errors, ids)
    errors.extend(duplicate_id_errors(ids))
    return ParsedCatalog([group for _, group in groups], sort_errors(errors))


def _json_objects(document: object, *, max_rows: int) -> tuple[int, dict[int, dict[str, Any]]]:
    """Check the JSON is an array of objects; return its length and objects by 1-based position."""
    if not isinstance(document, list):
        raise CatalogFileError(
            "not_array",
            'The JSON must be an array of groups: [{"name": ...}, {"name": ...}].',
        )
    if not document:
        raise CatalogFileError("empty", "The file has no groups in it: the array is empty.")
    if len(document) > max_rows:
        raise CatalogFileError(
            "too_many_rows",
            f"The file has {len(document):,} entries; the most I can take is {max_rows:,}. "
            "Split it into smaller files.",
        )
    items = {i: item for i, item in enumerate(document, start=1) if isinstance(item, dict)}
    if not items:
        raise CatalogFileError(
            "not_array",
            'The JSON must be an array of group objects: [{"name": ...}, {"name": ...}].',
        )
    return len(document), items


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _has_surrogate(value: object) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, list | dict):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in items)
    return False


def _unknown_columns_message(unknown: Sequence[str]) -> str:
    described = []
    for name in unknown:
        close = get_close_matches(name.lower(), FIELDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        described.append(f"'{_show(name)}'{hint}")
    return (
        f"The file has columns I don't know: {', '.join(described)}. "
        f"Rename or remove them; the columns are: {', '.join(FIELDS)}."
    )


def _missing_columns_message(missing: Sequence[str]) -> str:
    return f"The file is missing required columns: {', '.join(missing)}. Add them and try again."


def _reason(item: Mapping[str, Any], field: str, raw: object) -> str:
    """One pydantic error as a plain reason, no pydantic wording."""
    kind: str = item["type"]
    ctx: Mapping[str, Any] = item.get("ctx") or {}
    if kind == "missing":
        return "is required"
    if kind == "value_error":
        if field in _VOCABULARIES:
            return _unknown_words(field, raw) or _plain(str(ctx.get("error", item["msg"])))
        return _plain(str(ctx.get("error", item["msg"])))
    if kind == "string_too_short":
        least = int(ctx.get("min_length", 1))
        return "must not be blank" if least <= 1 else f"must be at least {least} characters"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters"
    if kind == "too_short":
        return "must name at least one" if field != "topics" else "needs at least one need id"
    if kind == "enum":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return f"must be one of {', '.join(choices)}, not '{_show(raw)}'"
    if kind in ("float_parsing", "float_type", "finite_number"):
        return f"must be a number like 51.5072, not '{_show(raw)}'"
    if kind in ("greater_than_equal", "less_than_equal"):
        if field in ("latitude", "longitude"):
            limit = 90 if field == "latitude" else 180
            return f"must be between -{limit} and {limit}"
        bound = ctx.get("ge", ctx.get("le"))
        return f"must be at {'least' if 'ge' in ctx else 'most'} {bound}"
    if kind.startswith("date"):
        return f"must be a date like 2024-05-31, not '{_show(raw)}'"
    if kind.startswith("bool"):
        return f"must be true or false, not '{_show(raw)}'"
    if kind == "string_type":
        return "must be text"
    if kind == "list_type":
        return "must be a list, or text with items separated by ;"
    if kind == "extra_forbidden":
        return "is not a catalog column"
    return _plain(str(item["msg"]))


def _unknown_words(field: str, raw: object) -> str | None:
    """'unknown need id 'anxeity' (did you mean 'anxiety'?)' for a list cell's bad entries."""
    label, vocabulary = _VOCABULARIES[field]
    items = raw.split(";") if isinstance(raw, str) else raw if isinstance(raw, list) else []
    words = sorted(set(vocabulary))
    parts = []
    for item in items:
        word = str(item).strip().lower()
        if word and word not in words:
            close = get_close_matches(word, words, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            parts.append(f"unknown {label} '{_show(word)}'{hint}")
    return "; ".join(parts) or None


def _plain(message: str) -> str:
    text = message.removeprefix("Value error, ").replace("Input should be", "must be")
    return _show(text, limit=200)


def _show(value: object, limit: int = 40) -> str:
    """A value quoted back to the admin: short, printable, never broken Unicode."""
    text = "" if value is None else str(value)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.0f} KB"
    return f"{n} bytes"
