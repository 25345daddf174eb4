"""The Telegram bot: handlers, keyboards, application wiring, settings and the CLI."""

import os

# Durations as `timedelta`, PTB's future default (v22.2): nothing here reads them, and without
# this PTB's own RetryAfter warns on every 429 Telegram sends.
os.environ.setdefault("PTB_TIMEDELTA", "true")
