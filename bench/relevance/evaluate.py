"""Recall@10 and MRR of GET /api/v1/search on a hand-judged multilingual collection.

The collection (``collection.json``): 48 short initiatives, practices and sessions
of five cities on twelve subjects, each subject written once in Turkish, Persian,
Finnish and English, and 52 queries (13 per language). A document is relevant to
a query when it is about the query's subject (``topics``), whatever its language,
so three of every four relevant documents are in another language than the query.

Everything is loaded through the HTTP API on a fresh database, and every query is
asked with ``lang`` set to its own language, once by words only and once with the
semantic layer on (every document embedded by the real model first). The same figures are printed for a
naive substring search (the query, lower-cased, inside the lower-cased title or
text, titles first), which is what ``?q=`` on the list endpoints does.

Usage: python -m bench.relevance.evaluate [--databases sqlite,postgresql] [--verbose]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from bench._support import CITIES, add_city, fresh_database
from polylog.accounts import service as accounts_service
from polylog.accounts.models import Membership, Role
from polylog.core.config import Settings
from polylog.main import create_app
from polylog.search import semantic

COLLECTION = Path(__file__).with_name("collection.json")
PASSWORD = "relevance benchmark"  # noqa: S105 - accounts of a throw-away database
CUTOFF = 10
Ranker = Callable[[dict[str, Any]], list[str]]


def _headers(client: TestClient, email: str) -> dict[str, str]:
    response = client.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _setup(client: TestClient) -> dict[str, dict[str, str]]:
    """The cities and one delegate and organiser per city; their request headers."""
    database = client.app.state.database  # type: ignore[attr-defined]
    with database.transaction() as session:
        for slug, (names, language) in CITIES.items():
            city = add_city(session, slug=slug, names=names, language=language)
            user = accounts_service.create_user(
                session,
                email=f"{slug}@relevance.example",
                password=PASSWORD,
                display_name=slug,
                preferred_language=language,
            )
            for role in (Role.DELEGATE, Role.ORGANISER):
                session.add(Membership(user_id=user.id, city_id=city.id, role=role))
    return {slug: _headers(client, f"{slug}@relevance.example") for slug in CITIES}


def _payload(document: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    language, city = document["language"], document["city"]
    if document["type"] == "practice":
        text = {"title": document["title"], "problem": document["text"]}
        return "/api/v1/practices", {
            "city": city,
            "original_language": language,
            "translations": {language: text},
        }
    if document["type"] == "session":
        starts = datetime.now(UTC) + timedelta(days=30)
        return "/api/v1/sessions", {
            "host_city": city,
            "original_language": language,
            "translations": {
                language: {"title": document["title"], "description": document["text"]}
            },
            "kind": "workshop",
            "format": "online",
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=2)).isoformat(),
            "timezone": "Europe/Helsinki",
            "capacity": 30,
            "languages": [language],
        }
    return "/api/v1/initiatives", {
        "city": city,
        "original_language": language,
        "translations": {language: {"title": document["title"], "summary": document["text"]}},
        "status": "ongoing",
    }


def load(client: TestClient, documents: Sequence[dict[str, Any]]) -> dict[tuple[str, int], str]:
    headers = _setup(client)
    keys = {}
    for document in documents:
        path, payload = _payload(document)
        response = client.post(path, json=payload, headers=headers[document["city"]])
        assert response.status_code == 201, response.text
        keys[(document["type"], response.json()["id"])] = document["key"]
    return keys


def polylog_ranker(client: TestClient, keys: dict[tuple[str, int], str]) -> Ranker:
    def rank(query: dict[str, Any]) -> list[str]:
        response = client.get(
            "/api/v1/search",
            params={"q": query["q"], "lang": query["language"], "per_page": CUTOFF},
        )
        assert response.status_code == 200, response.text
        return [keys[(item["type"], item["id"])] for item in response.json()["items"]]

    return rank


def substring_ranker(documents: Sequence[dict[str, Any]]) -> Ranker:
    def rank(query: dict[str, Any]) -> list[str]:
        needle = query["q"].lower()
        in_title = [d["key"] for d in documents if needle in d["title"].lower()]
        in_text = [
            d["key"] for d in documents if needle in d["text"].lower() and d["key"] not in in_title
        ]
        return (in_title + in_text)[:CUTOFF]

    return rank


def evaluate(
    rank: Ranker,
    queries: Sequence[dict[str, Any]],
    documents: Sequence[dict[str, Any]],
    verbose: bool,
) -> dict[str, tuple[float, float, int]]:
    by_topic = defaultdict(set)
    for document in documents:
        by_topic[document["topic"]].add(document["key"])
    scores: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for query in queries:
        relevant = set().union(*(by_topic[topic] for topic in query["topics"]))
        ranked = rank(query)[:CUTOFF]
        recall = len(relevant & set(ranked)) / min(len(relevant), CUTOFF)
        first = next((i for i, key in enumerate(ranked, 1) if key in relevant), None)
        reciprocal = 1 / first if first else 0.0
        scores[query["language"]].append((recall, reciprocal))
        scores["all"].append((recall, reciprocal))
        if verbose and (recall < 1 or reciprocal < 1):
            print(
                f"    {query['language']} {query['q']!r}: recall {recall:.2f}, rr {reciprocal:.2f}: {ranked}"
            )
    return {
        language: (
            sum(r for r, _ in values) / len(values),
            sum(m for _, m in values) / len(values),
            len(values),
        )
        for language, values in scores.items()
    }


def _print(title: str, figures: dict[str, tuple[float, float, int]]) -> None:
    print(f"  {title}")
    for language in ("tr", "fa", "fi", "en", "all"):
        recall, mrr, count = figures[language]
        print(f"    {language:4} recall@10 {recall:5.3f}   MRR {mrr:5.3f}   ({count} queries)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--verbose", action="store_true", help="Show the queries that miss.")
    args = parser.parse_args()
    collection = json.loads(COLLECTION.read_text(encoding="utf-8"))
    documents, queries = collection["documents"], collection["queries"]
    print(f"{len(documents)} documents, {len(queries)} queries")
    for kind in args.databases.split(","):
        with fresh_database(kind) as url:
            app = create_app(Settings(database_url=url, demo_data=False, semantic=False))
            with TestClient(app) as client:
                keys = load(client, documents)
                print(f"{kind}:")
                _print(
                    "Polylog search, words only",
                    evaluate(polylog_ranker(client, keys), queries, documents, args.verbose),
                )
                if semantic.available():
                    while semantic.embed_batch(app.state.database):
                        pass
                    semantic.configure(Settings(database_url=url, semantic=True))
                    _print(
                        "Polylog search, words and meaning",
                        evaluate(polylog_ranker(client, keys), queries, documents, args.verbose),
                    )
                    semantic.configure(Settings(database_url=url, semantic=False))
            app.state.database.dispose()
    _print(
        "naive substring search",
        evaluate(substring_ranker(documents), queries, documents, args.verbose),
    )


if __name__ == "__main__":
    main()
