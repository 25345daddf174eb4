"""`python -m bot` is the same as the `groupfinder` command."""

from __future__ import annotations

from bot.cli import main

raise SystemExit(main())
