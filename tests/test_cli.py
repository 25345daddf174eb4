"""The `groupfinder` command as an admin or operator uses it from a shell."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.model import FIELDS
from catalog.sample import sample_groups


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("GROUPFINDER_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=120,
        cwd=cwd,
    )


def write_catalog(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({f: row.get(f, "") for f in FIELDS})


@pytest.fixture
def small_catalog(tmp_path: Path) -> Path:
    path = tmp_path / "groups.csv"
    common = {
        "description": "A kind group.",
        "format": "online",
        "timezone": "Europe/London",
        "languages": "en",
        "last_verified": "2026-09-01",
        "cost": "free",
    }
    write_catalog(
        path,
        [
            {**common, "id": "panic-peers", "name": "Panic Peers", "topics": "anxiety"},
            {
                **common,
                "id": "panic-old",
                "name": "Panic Closed",
                "topics": "anxiety",
                "active": "false",
            },
            {**common, "id": "gamble-free", "name": "Bet Free Circle", "topics": "gambling"},
            {
                **common,
                "id": "ldn-grief",
                "name": "London Grief Walk",
                "topics": "grief",
                "format": "in_person",
                "city": "London",
                "country": "GB",
                "latitude": "51.50",
                "longitude": "-0.12",
            },
        ],
    )
    return path


def test_import_then_find_json_returns_the_right_groups_and_never_an_inactive_one(
    tmp_path: Path, small_catalog: Path
) -> None:
    env = {"GROUPFINDER_DATABASE": str(tmp_path / "gf.sqlite3")}
    imported = run("import", str(small_catalog), env=env)
    assert imported.returncode == 0, imported.stderr
    assert "4 added" in imported.stdout

    for need in ("panic attacks", "panik atacks"):
        found = run("find", need, "--json", env=env)
        assert found.returncode == 0, found.stderr
        payload = json.loads(found.stdout)
        assert payload["needs"][0] == "anxiety"
        result_ids = [r["id"] for r in payload["results"]]
        assert "panic-peers" in result_ids
        assert "panic-old" not in result_ids
        assert set(payload["results"][0]) >= {"id", "name", "score", "why"}

    gambling = json.loads(run("find", "gamblng debts", "--json", env=env).stdout)
    assert gambling["results"][0]["id"] == "gamble-free"
    near = json.loads(
        run("find", "grief", "--format", "in_person", "--near", "Lodnon", "--json", env=env).stdout
    )
    assert [r["id"] for r in near["results"]] == ["ldn-grief"]


def test_a_broken_csv_is_refused_whole_naming_each_bad_row(tmp_path: Path) -> None:
    env = {"GROUPFINDER_DATABASE": str(tmp_path / "gf.sqlite3")}
    path = tmp_path / "bad.csv"
    write_catalog(
        path,
        [
            {"name": "Good", "description": "ok", "topics": "anxiety", "format": "online"},
            {"name": "Bad topic", "description": "ok", "topics": "anxeity", "format": "online"},
            {"name": "Bad format", "description": "ok", "topics": "grief", "format": "zoom"},
        ],
    )
    result = run("import", str(path), env=env)
    assert result.returncode == 1
    assert "row 3" in result.stderr and "topics" in result.stderr
    assert "row 4" in result.stderr and "format" in result.stderr
    assert "Traceback" not in result.stderr
    export = tmp_path / "out.csv"
    run("export", str(export), env=env)
    exported = list(csv.DictReader(io.StringIO(export.read_text(encoding="utf-8"))))
    assert "good" not in {row["id"] for row in exported}


def test_export_then_import_round_trips_the_sample_catalog(tmp_path: Path) -> None:
    env = {"GROUPFINDER_DATABASE": str(tmp_path / "gf.sqlite3")}
    out = tmp_path / "catalog.json"
    assert run("export", str(out), env=env).returncode == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported) == len(sample_groups())
    env2 = {"GROUPFINDER_DATABASE": str(tmp_path / "other.sqlite3")}
    first = run("import", str(out), env=env2)
    assert first.returncode == 0, first.stderr
    assert f"{len(exported)} added" in first.stdout
    again = tmp_path / "again.json"
    assert run("export", str(again), env=env2).returncode == 0
    assert again.read_bytes() == out.read_bytes()
    repeat = run("import", str(again), env=env2)
    assert "0 added, 0 updated" in repeat.stdout


def test_run_without_a_token_says_how_to_set_it_in_one_line(tmp_path: Path) -> None:
    result = run("run", env={"GROUPFINDER_DATABASE": str(tmp_path / "x.sqlite3")}, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "GROUPFINDER_BOT_TOKEN" in lines[0] and "groupfinder chat" in lines[0]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("GROUPFINDER_ADMIN_IDS", "12,abc"),
        ("GROUPFINDER_DEFAULT_COUNTRY", "Britain"),
        ("GROUPFINDER_RETENTION_DAYS", "soon"),
        ("GROUPFINDER_API_BASE_URL", "ftp://x"),
    ],
)
def test_an_invalid_setting_gives_one_clear_line_naming_it(
    tmp_path: Path, variable: str, value: str
) -> None:
    result = run("find", "anxiety", env={variable: value}, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(variable), result.stderr


def test_terminal_chat_reaches_results_for_panic_attacks_online(tmp_path: Path) -> None:
    env = {"GROUPFINDER_DATABASE": str(tmp_path / "gf.sqlite3")}
    probe = run("chat", env=env, stdin="panic attacks, online\n/quit\n")
    show = re.search(r"\[(\d+)\] Show groups now", probe.stdout)
    assert show, probe.stdout
    result = run("chat", env=env, stdin=f"/start\npanic attacks, online\n{show.group(1)}\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert "Here are groups that could fit you" in result.stdout
    assert "matches: anxiety" in result.stdout


def test_screen_command_prints_one_json_object_per_line() -> None:
    single = run("screen", "I want to end my life tonight")
    assert json.loads(single.stdout)["crisis"] is True
    lines = run("screen", stdin='this traffic is killing me\n{"text": "I want to die"}\n')
    verdicts = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [v["crisis"] for v in verdicts] == [False, True]
    assert all(set(v) == {"crisis", "category", "rule"} for v in verdicts)
