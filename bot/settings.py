"""Settings from the environment or `.env` (prefix GROUPFINDER_), validated with pydantic-settings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE = Path("data") / "groupfinder.sqlite3"


class Settings(BaseSettings):
    """Everything an operator can set; invalid values are reported by `settings_error`."""

    model_config = SettingsConfigDict(
        env_prefix="GROUPFINDER_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    bot_token: SecretStr | None = None
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    database: Path = DEFAULT_DATABASE
    default_country: str | None = None
    retention_days: int = Field(30, ge=1, le=3650)
    api_base_url: str | None = None
    crisis_resources: Path | None = None
    log_level: str = "INFO"
    request_timeout: float = Field(15.0, gt=0, le=120)

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            bad = [p for p in parts if not re.fullmatch(r"-?\d{1,20}", p)]
            if bad:
                raise ValueError("must be Telegram user ids (numbers) separated by commas")
            return frozenset(int(p) for p in parts)
        return value

    @field_validator("default_country", mode="before")
    @classmethod
    def _iso_country(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
            raise ValueError("must be a two-letter ISO 3166 country code such as GB or US")
        return value.strip().upper()

    @field_validator("api_base_url", mode="before")
    @classmethod
    def _http_url(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not re.match(r"^https?://\S+$", value.strip()):
            raise ValueError("must be an http(s) address such as http://127.0.0.1:8081/bot")
        return value.strip()

    @property
    def file_base_url(self) -> str | None:
        """The Bot API file address that goes with `api_base_url` (…/bot -> …/file/bot)."""
        if not self.api_base_url:
            return None
        base = self.api_base_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"


class SettingsError(Exception):
    """One clear line naming the variable that is wrong."""


def load_settings(**overrides: Any) -> Settings:
    """Read settings; raise SettingsError with one plain line instead of a pydantic dump."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "setting"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"GROUPFINDER_{field.upper()}: {message}") from None
