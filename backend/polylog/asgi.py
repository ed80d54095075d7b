"""The ASGI entry point for uvicorn and other servers: ``polylog.asgi:app``."""

from polylog.main import create_app

app = create_app()
