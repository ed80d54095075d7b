# Polylog: the API and the built web app in one image.
FROM node:20-bookworm-slim AS frontend
WORKDIR /app
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY frontend frontend
COPY locales locales
RUN cd frontend && npm run build

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    POLYLOG_FRONTEND_DIST=/app/frontend/dist
WORKDIR /app
COPY pyproject.toml alembic.ini ./
COPY backend backend
RUN pip install --no-cache-dir -e .
COPY migrations migrations
COPY locales locales
COPY --from=frontend /app/frontend/dist frontend/dist
RUN useradd --system --home /app polylog && mkdir -p /app/var && chown polylog /app/var
USER polylog
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz')"
CMD ["polylog", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
