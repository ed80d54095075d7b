"""The ``polylog`` command: serve, worker, migrate, create-admin, load-demo, reindex, backup, restore, openapi."""

from __future__ import annotations

import json
from pathlib import Path

import click
from sqlalchemy.orm import Session

from polylog.core.config import Settings


def _settings() -> Settings:
    try:
        return Settings()
    except ValueError as error:
        raise click.ClickException(str(error)) from error


def _prepare(settings: Settings) -> None:
    """Migrates, creates the configured admin, and loads demo data into an empty database."""
    from polylog import domains
    from polylog.accounts import service as accounts_service
    from polylog.core.db import Database
    from polylog.core.migrate import upgrade
    from polylog.demo import loader

    domains.assemble()
    upgrade(settings.database_url)
    database = Database(settings.database_url)
    try:
        with database.transaction() as session:
            if settings.admin_email and settings.admin_password:
                _ensure_admin(
                    session, settings.admin_email, settings.admin_password.get_secret_value()
                )
            if settings.demo_data and loader.database_is_empty(session):
                loader.load(session)
                click.echo("Loaded the demo data.")
            demo_accounts = loader.demo_accounts()
            if accounts_service.find_by_email(session, email=demo_accounts[0][0]):
                click.echo(f"Demo log-ins, all with the password {loader.DEMO_PASSWORD}:")
                for email, what in demo_accounts:
                    click.echo(f"  {email:40} {what}")
    finally:
        database.dispose()


def _ensure_admin(session: Session, email: str, password: str) -> None:
    from polylog.accounts import service as accounts_service

    existing = accounts_service.find_by_email(session, email=email)
    if existing is None:
        accounts_service.create_user(
            session,
            email=email,
            password=password,
            display_name="Administrator",
            preferred_language="en",
            is_admin=True,
        )
        click.echo(f"Created the platform admin {email}.")
    elif not existing.is_admin:
        existing.is_admin = True
        click.echo(f"Made {email} a platform admin.")


def _start_worker_thread(settings: Settings) -> None:
    """Delivers the outbox from a daemon thread of this process (POLYLOG_WORKER_IN_PROCESS=0: not)."""
    import threading

    from polylog.core.db import Database
    from polylog.notifications import worker

    database = Database(settings.database_url)
    threading.Thread(
        target=worker.run_forever,
        args=(database, settings, settings.worker_interval_seconds),
        name="polylog-outbox-worker",
        daemon=True,
    ).start()


@click.group()
def main() -> None:
    """Polylog: cities that learn from each other."""
    from polylog import domains

    # Every command works on the data: the domains are wired together first.
    domains.assemble()


@main.command()
@click.option("--host", default="127.0.0.1", envvar="HOST", show_default=True)
@click.option("--port", default=8000, envvar="PORT", type=int, show_default=True)
@click.option("--workers", default=1, type=int, show_default=True)
def serve(host: str, port: int, workers: int) -> None:
    """Migrate, load demo data into an empty database, and serve the API and the web app."""
    from polylog.core.server import serve as serve_app

    settings = _settings()
    _prepare(settings)
    if settings.worker_in_process:
        _start_worker_thread(settings)
    click.echo(f"Polylog is serving on http://{host}:{port}")
    serve_app(
        "polylog.asgi:app",
        host=host,
        port=port,
        workers=workers,
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )


@main.command()
def migrate() -> None:
    """Apply the database migrations."""
    from polylog.core.migrate import upgrade

    upgrade(_settings().database_url)
    click.echo("The database is up to date.")


@main.command()
@click.option("--once", is_flag=True, help="Deliver what is due now, then stop.")
@click.option(
    "--interval",
    type=float,
    default=None,
    help="Seconds between rounds [default: POLYLOG_WORKER_INTERVAL_SECONDS].",
)
def worker(once: bool, interval: float | None) -> None:
    """Deliver the outbox (e-mails, reminders); several workers may run side by side."""
    import logging

    from polylog.core.db import Database
    from polylog.notifications import worker as outbox_worker

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = _settings()
    database = Database(settings.database_url)
    try:
        if once:
            sent = outbox_worker.run_once(database, settings)
            click.echo(f"Delivered {sent} messages.")
        else:
            seconds = interval or settings.worker_interval_seconds
            click.echo(f"Delivering the outbox every {seconds:g} s; Ctrl+C stops.")
            outbox_worker.run_forever(database, settings, seconds)
    except KeyboardInterrupt:
        pass
    finally:
        database.dispose()


@main.command("load-demo")
def load_demo() -> None:
    """Migrate and load the demo data if the database is empty."""
    _prepare(_settings().model_copy(update={"demo_data": True}))


@main.command("create-admin")
@click.option("--email", prompt=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
def create_admin(email: str, password: str) -> None:
    """Create a platform admin, or make an existing account one."""
    from polylog.core.config import MIN_PASSWORD_LENGTH
    from polylog.core.db import Database
    from polylog.core.migrate import upgrade

    if len(password) < MIN_PASSWORD_LENGTH:
        raise click.ClickException(f"The password needs at least {MIN_PASSWORD_LENGTH} characters.")
    settings = _settings()
    upgrade(settings.database_url)
    database = Database(settings.database_url)
    try:
        with database.transaction() as session:
            _ensure_admin(session, email.strip().lower(), password)
    finally:
        database.dispose()


@main.command()
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1, 10_000))
def reindex(batch_size: int) -> None:
    """Rebuild the search index from every published item; embed what changed (POLYLOG_SEMANTIC)."""
    from polylog.core.db import Database
    from polylog.core.migrate import upgrade
    from polylog.search import service as search_service

    settings = _settings()
    upgrade(settings.database_url)
    database = Database(settings.database_url)
    try:
        with database.transaction() as session:
            total = search_service.count_indexable(session)
            with click.progressbar(length=total, label="Indexing") as bar:
                for done in search_service.reindex(session, batch_size=batch_size):
                    bar.update(done)
        click.echo(f"Indexed {total} items.")
        if settings.semantic and search_service.semantic_available():
            with database.transaction() as session:
                pending = search_service.count_pending(session)
            with click.progressbar(length=pending, label="Embedding") as bar:
                while done := search_service.embed_batch(database):
                    bar.update(done)
            click.echo(f"Embedded {pending} items for search by meaning.")
    finally:
        database.dispose()


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def backup(path: Path) -> None:
    """Write a consistent copy of the whole database to PATH, while the app keeps serving."""
    from polylog.core import backup as backups

    try:
        backups.backup(_settings().database_url, path)
    except backups.BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Backed up the database to {path}.")


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the data.")
def restore(path: Path, yes: bool) -> None:
    """Replace everything in the database with the backup in PATH."""

    from polylog.core import backup as backups

    settings = _settings()
    if not yes:
        click.confirm(f"Replace everything in {settings.database_url} with {path}?", abort=True)
    try:
        backups.restore(settings.database_url, path)
    except backups.BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Restored the database from {path}.")


@main.command()
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
def openapi(output: Path) -> None:
    """Write the OpenAPI schema to OUTPUT."""
    from polylog.main import create_app

    schema = create_app(Settings(database_url="sqlite://")).openapi()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
