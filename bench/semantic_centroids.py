"""Writes the language centroids of the semantic search layer (search/data/semantic_centroids.json).

The model places texts of one language close together whatever they say; search
subtracts each language's centroid score from its texts' scores (see
``polylog.search.semantic``). A centroid is the mean item vector of that
language's texts, made exactly as the worker makes them (``passage``,
``item_vectors``), over the demo data (every translation of every initiative,
practice and session) and the relevance collection. Run again after changing the
model or what is embedded of an item.

It also writes the mean query vector of the thesaurus's concept names (the first
name of every concept in every language): a query's vector minus that mean says
what the query asks beyond "a query about sustainability", which keeps nonsense
and stop words from finding anything.

Usage: python -m bench.semantic_centroids
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from polylog.search import semantic

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "backend" / "polylog" / "demo"
COLLECTION = Path(__file__).with_name("relevance") / "collection.json"
CONCEPTS = ROOT / "backend" / "polylog" / "search" / "data" / "concepts.json"
OUTPUT = ROOT / "backend" / "polylog" / "search" / "data" / "semantic_centroids.json"
BODY_FIELDS = ("summary", "description", "purpose", "problem", "solution", "results")


def _plain(text: str) -> str:
    return re.sub(r"[*_#>`\[\]()]", "", text)


def texts_by_language() -> dict[str, list[semantic.Passage]]:
    found: dict[str, list[semantic.Passage]] = defaultdict(list)
    for name in ("initiatives", "practices", "sessions"):
        items: list[dict[str, Any]] = json.loads((DEMO / f"{name}.json").read_text("utf-8"))
        for item in items:
            for language, text in item["translations"].items():
                body = "\n".join(_plain(text[field]) for field in BODY_FIELDS if text.get(field))
                passage = semantic.passage({language: (text["title"], body)}, language)
                if passage is not None:
                    found[language].append(passage)
    for document in json.loads(COLLECTION.read_text("utf-8"))["documents"]:
        language = document["language"]
        passage = semantic.passage({language: (document["title"], document["text"])}, language)
        if passage is not None:
            found[language].append(passage)
    return found


def main() -> None:
    centroids = {}
    for language, passages in sorted(texts_by_language().items()):
        mean = semantic.item_vectors(passages).mean(axis=0)
        centroids[language] = [round(float(value), 6) for value in mean]
        print(f"{language}: {len(passages)} texts")
    concepts = json.loads(CONCEPTS.read_text("utf-8"))
    names = [labels[0] for concept in concepts for labels in concept["labels"].values() if labels]
    query_mean = np.asarray(semantic._model().query(names), dtype=np.float32).mean(axis=0)
    print(f"query mean: {len(names)} concept names")
    OUTPUT.write_text(
        json.dumps(
            {
                "model": semantic.MODEL,
                "centroids": centroids,
                "query_mean": [round(float(value), 6) for value in query_mean],
            },
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({np.asarray(list(centroids.values())).shape})")


if __name__ == "__main__":
    main()
