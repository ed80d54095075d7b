"""Time of GET /api/v1/search over 100,000 synthetic initiatives in four languages.

For each database: p50 and p95 of the whole request (HTTP, parsing in four
languages, ranking, facets, snippets) beside the bare database work (the ranked
query plus the count-and-facets query, as the search runs them); then the same
requests with the semantic layer on (every initiative with a vector, scored in
the process's matrix), the cost of embedding a query the cache has not seen, and
of scoring one vector against the matrix.

Embedding 100,000 texts would take the model hours here, so the items' vectors
are those of 256 embedded synthetic texts, each with a little noise: scoring
costs the same whatever the vectors hold.

Usage: python -m bench.search_latency [--count 100000] [--databases sqlite,postgresql]
       [--rounds 4] [--no-semantic] [--keep]
       python -m bench.search_latency --url URL   (a database kept by --keep, measured again)
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from bench import map_bbox
from bench._support import CITIES, add_city, fresh_database, initiative_row, percentiles
from polylog.core.config import Settings
from polylog.core.db import Database, utcnow
from polylog.core.i18n import set_current_language
from polylog.initiatives.models import (
    Initiative,
    InitiativeSdg,
    InitiativeTheme,
    InitiativeTranslation,
)
from polylog.main import create_app
from polylog.search import repository, semantic
from polylog.search import service as search_service
from polylog.search.models import SearchItem
from polylog.search.places import concepts_and_places
from polylog.search.query import parse
from polylog.taxonomy.service import theme_keys

# Real words by topic (so stemming and concepts behave as on real text) and a long tail.
TOPICS = {
    "en": "energy solar panels renewable heating waste recycling sorting compost water rainwater "
    "flood cycling bus tram trees park biodiversity school students climate emissions "
    "housing insulation tourism culture food market digital sensors participation",
    "tr": "enerji güneş paneli yenilenebilir ısınma atık geri dönüşüm ayrıştırma kompost su "
    "yağmur suyu sel bisiklet otobüs tramvay ağaç park biyoçeşitlilik okul öğrenciler iklim "
    "emisyon konut yalıtım turizm kültür gıda pazar dijital sensör katılım",
    "fa": "انرژی خورشیدی پنل تجدیدپذیر گرمایش پسماند بازیافت تفکیک کمپوست آب باران سیلاب "
    "دوچرخه اتوبوس تراموا درخت پارک تنوع زیستی مدرسه دانش‌آموزان اقلیم انتشار مسکن عایق "
    "گردشگری فرهنگ غذا بازار دیجیتال حسگر مشارکت",
    "fi": "energia aurinkopaneelit uusiutuva lämmitys jäte kierrätys lajittelu kompostointi vesi "
    "sadevesi tulva pyöräily bussi raitiotie puut puisto luonnon monimuotoisuus koulu oppilaat "
    "ilmasto päästöt asuminen eristys matkailu kulttuuri ruoka tori digitaalinen anturit osallisuus",
}
COMMON = {
    "en": "city project municipality residents new plan year programme district support",
    "tr": "şehir proje belediye vatandaşlar yeni plan yıl program ilçe destek",
    "fa": "شهر پروژه شهرداری شهروندان جدید طرح سال برنامه منطقه حمایت",
    "fi": "kaupunki hanke kunta asukkaat uusi suunnitelma vuosi ohjelma alue tuki",
}
SYLLABLES = {
    "en": ["ra", "to", "mi", "ke", "lo", "sa", "ve", "nu", "di", "pa"],
    "tr": ["ka", "le", "mi", "şu", "tı", "ya", "re", "ol", "ça", "gö"],
    "fa": ["را", "تو", "می", "که", "لو", "سا", "ور", "نو", "دی", "پا"],
    "fi": ["ka", "lo", "mi", "sä", "ty", "ve", "ri", "nu", "jo", "pä"],
}
QUERIES = [
    "energia",
    "enerji",
    "انرژی",
    "solar panels",
    "jätteiden lajittelu",
    "بازیافت",
    "geri dönüşüm",
    "izmir",
    "İzmir",
    "اصفهان",
    "Salo",
    "climate",
    "iklim",
    "ilmasto",
    "pyöräily",
    "دوچرخه",
    "rainwater flood",
    "yağmur suyu",
    "okul öğrenciler",
    "kaupunki",
    "municipality",
    "شهرداری",
    "biodiversity park",
    "digital sensors",
    "izmr",
    "sürdürülebilirlik",
    "puisto",
    "compost",
    "عایق مسکن",
    "tori ruoka",
]


def _tail(rng: random.Random, language: str) -> list[str]:
    syllables = SYLLABLES[language]
    return ["".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(3000)]


def _sentence(rng: random.Random, language: str, tail: list[str], words: int) -> str:
    topics, common = TOPICS[language].split(), COMMON[language].split()
    chosen = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.06:
            chosen.append(rng.choice(topics))
        elif roll < 0.26:
            chosen.append(rng.choice(common))
        else:
            # Zipf-like: low ranks far more often.
            chosen.append(tail[min(len(tail) - 1, int(rng.paretovariate(1.1)) - 1)])
    return " ".join(chosen)


def populate(database: Database, count: int, *, located: bool = False) -> None:
    """``count`` initiatives; ``located``: placed on the map as ``bench.map_bbox`` places them."""
    rng = random.Random(11)
    places = random.Random(7)
    tails = {language: _tail(rng, language) for language in TOPICS}
    themes = sorted(theme_keys())
    with database.transaction() as session:
        city_ids = {}
        for slug, (names, language) in CITIES.items():
            city = add_city(session, slug=slug, names=names, language=language)
            city_ids[slug] = (city.id, language)
        now = utcnow()
        for start in range(0, count, 5000):
            rows, texts, sdgs, tags = [], [], [], []
            for number in range(start + 1, min(count, start + 5000) + 1):
                slug = rng.choice(list(CITIES))
                city_id, language = city_ids[slug]
                where = map_bbox.place(places) if located else {}
                rows.append(
                    initiative_row(city_id=city_id, language=language, now=now, id=number, **where)
                )
                languages = [language] + (["en"] if rng.random() < 0.3 else [])
                for text_language in languages:
                    texts.append(
                        {
                            "initiative_id": number,
                            "language": text_language,
                            "title": _sentence(rng, text_language, tails[text_language], 6),
                            "summary": _sentence(rng, text_language, tails[text_language], 25),
                            "description": _sentence(rng, text_language, tails[text_language], 60),
                            "purpose": "",
                        }
                    )
                for sdg in rng.sample(range(1, 18), 2):
                    sdgs.append({"initiative_id": number, "sdg": sdg})
                tags.append({"initiative_id": number, "theme": rng.choice(themes)})
            session.execute(insert(Initiative), rows)
            session.execute(insert(InitiativeTranslation), texts)
            session.execute(insert(InitiativeSdg), sdgs)
            session.execute(insert(InitiativeTheme), tags)
        for _done in search_service.reindex(session, batch_size=2000):
            pass


def add_vectors(database: Database) -> None:
    """A vector for every indexed item (see the module's docstring)."""
    rng = random.Random(5)
    tails = {language: _tail(rng, language) for language in TOPICS}
    pool_texts = [
        semantic.Passage(language, _sentence(rng, language, tails[language], 6), "")
        for language in ("en", "tr", "fa", "fi")
        for _ in range(64)
    ]
    pool = semantic.item_vectors(pool_texts)
    noise = np.random.default_rng(5)
    with database.transaction() as session:
        keys = session.execute(select(SearchItem.entity_type, SearchItem.entity_id)).all()
    for start in range(0, len(keys), 5000):
        chunk = keys[start : start + 5000]
        picks = noise.integers(0, len(pool), len(chunk))
        vectors = pool[picks] + noise.normal(0, 0.02, (len(chunk), semantic.DIMENSIONS))
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        with database.transaction() as session:
            repository.save_vectors(
                session,
                [
                    repository.StoredVector(
                        0,
                        str(kind),
                        int(entity_id),
                        pool_texts[pick].language,
                        "",
                        semantic.encode(vector.astype(np.float32)),
                    )
                    for (kind, entity_id), pick, vector in zip(chunk, picks, vectors, strict=True)
                ],
            )


@dataclass(frozen=True)
class SemanticTimes:
    remembered: list[float]  # whole requests, the matrix's answer to the query kept from before
    scored: list[float]  # whole requests, the query scored against the matrix anew
    embedding: list[float]  # a query's vector the cache has not seen
    scoring: list[float]  # one matrix product with the best candidates picked


def measure_semantic(url: str, rounds: int) -> SemanticTimes:
    """Search with the layer on (query vectors cached: the issue asks for that), with the
    matrix's answers kept for queries asked again and with every query scored anew; a new
    query's embedding; one vector against the matrix."""
    app = create_app(Settings(database_url=url, demo_data=False, semantic=True))
    database: Database = app.state.database
    client = TestClient(app)
    started = time.perf_counter()
    with database.transaction(write=False) as session:
        index = semantic.current_index(session)
    print(f"  matrix loaded in {time.perf_counter() - started:.1f} s")
    assert isinstance(index, semantic.MatrixIndex)
    remembered = _search_request_times(client, rounds)
    scored = _search_request_times(client, rounds, before_each=index.forget_answers)
    embedding: list[float] = []
    for number, query in enumerate(_samples(1)):
        started = time.perf_counter()
        semantic.query_vector(f"{query} {number}")  # not cached
        embedding.append((time.perf_counter() - started) * 1000)
    scoring: list[float] = []
    vector = semantic.centred(semantic.query_vector(QUERIES[0]))
    for _ in range(len(QUERIES) * rounds):
        index.forget_answers()
        started = time.perf_counter()
        index.nearest(vector, semantic.CANDIDATES, [])
        scoring.append((time.perf_counter() - started) * 1000)
    app.state.database.dispose()
    return SemanticTimes(remembered, scored, embedding, scoring)


def _search_request_times(
    client: TestClient, rounds: int, *, before_each: Callable[[], None] = lambda: None
) -> list[float]:
    """Milliseconds of each whole ``GET /api/v1/search``, every query ``rounds`` times.

    Each query is asked once first, untimed: that warms the caches, the prepared statements,
    the thesaurus and (with the semantic layer on) caches every query's vector.
    """
    for query in QUERIES:
        client.get("/api/v1/search", params={"q": query})
    http: list[float] = []
    for query in _samples(rounds):
        before_each()
        started = time.perf_counter()
        response = client.get("/api/v1/search", params={"q": query, "lang": "fi"})
        http.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.text
    return http


def _samples(rounds: int) -> Iterator[str]:
    for _ in range(rounds):
        yield from QUERIES


def measure(url: str, rounds: int) -> tuple[list[float], list[float]]:
    """Search by words only (a kept database has vectors: the layer is switched off)."""
    app = create_app(Settings(database_url=url, demo_data=False, semantic=False))
    database: Database = app.state.database
    if not database.is_sqlite:
        autocommit = database.engine.execution_options(isolation_level="AUTOCOMMIT")
        with autocommit.connect() as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    client = TestClient(app)
    http = _search_request_times(client, rounds)
    bare: list[float] = []
    set_current_language("fi")
    with database.transaction(write=False) as session:
        repository.prepare_for_search(session)
        concepts, cities = concepts_and_places(session)
        parsed = {query: parse(query, concepts) for query in QUERIES}
        domains = repository.FacetDomains(
            types=search_service.kinds(),
            languages=("en", "tr", "fa", "fi"),
            city_ids=[city.id for city in cities],
            sdg_count=17,
            theme_count=len(theme_keys()),
        )
        filters = repository.SearchFilters()
        for query in _samples(rounds):
            groups = parsed[query].groups
            started = time.perf_counter()
            # What one search with a first page of 20 asks the database for.
            repository.matches(
                session, groups, mode="all", filters=filters, domains=domains, limit=80
            )
            bare.append((time.perf_counter() - started) * 1000)
    app.state.database.dispose()
    return http, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--databases", default="postgresql,sqlite")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--url", help="Measure this database, already filled, instead.")
    parser.add_argument(
        "--no-semantic", action="store_true", help="Do not measure the semantic layer."
    )
    parser.add_argument(
        "--keep", action="store_true", help="Keep the filled databases and print their URLs."
    )
    args = parser.parse_args()
    if args.url:
        http, bare = measure(args.url, args.rounds)
        print(f"  GET /api/v1/search, words only   {percentiles(http)}")
        print(f"  its database queries             {percentiles(bare)}")
        if not args.no_semantic and semantic.available():
            report_semantic(measure_semantic(args.url, args.rounds))
        return
    for kind in args.databases.split(","):
        with fresh_database(kind, keep=args.keep) as url:
            started = time.perf_counter()
            app = create_app(Settings(database_url=url, demo_data=False))
            populate(app.state.database, args.count)
            app.state.database.dispose()
            print(
                f"{kind}: {args.count} initiatives indexed in {time.perf_counter() - started:.0f} s"
            )
            http, bare = measure(url, args.rounds)
            print(f"  GET /api/v1/search, words only   {percentiles(http)}")
            print(f"  its database queries             {percentiles(bare)}")
            if args.no_semantic or not semantic.available():
                continue
            started = time.perf_counter()
            add_vectors(Database(url))
            print(f"  vectors stored in {time.perf_counter() - started:.0f} s")
            report_semantic(measure_semantic(url, args.rounds))
            if args.keep:
                print(f"  kept: --url {url}")


def report_semantic(times: SemanticTimes) -> None:
    print("  GET /api/v1/search, semantic on (query vectors cached):")
    print(f"    the matrix's answer kept from before      {percentiles(times.remembered)}")
    print(f"    every query scored against the matrix     {percentiles(times.scored)}")
    print(f"  embedding a query not cached                {percentiles(times.embedding)}")
    print(f"  scoring one vector against the matrix       {percentiles(times.scoring)}")


if __name__ == "__main__":
    main()
