from __future__ import annotations

import re

from fastapi.testclient import TestClient

from polylog.core.i18n import SUPPORTED_LANGUAGES


def test_the_seventeen_goals_in_official_colours(client: TestClient) -> None:
    goals = client.get("/api/v1/sdgs", params={"lang": "tr"}).json()

    assert [goal["number"] for goal in goals] == list(range(1, 18))
    assert goals[0] == {"number": 1, "title": "Yoksulluğa Son", "color": "#E5243B"}
    assert goals[12]["color"] == "#3F7E44"
    assert all(re.fullmatch(r"#[0-9A-F]{6}", goal["color"]) for goal in goals)


def test_goal_titles_exist_in_every_language(client: TestClient) -> None:
    titles = {
        language: [
            goal["title"] for goal in client.get("/api/v1/sdgs", params={"lang": language}).json()
        ]
        for language in SUPPORTED_LANGUAGES
    }

    assert titles["en"][6] == "Affordable and Clean Energy"
    assert titles["fi"][12] == "Ilmastotekoja"
    for language in ("tr", "fa", "fi"):
        assert all(
            title and title != english
            for title, english in zip(titles[language], titles["en"], strict=True)
        )


def test_themes_are_labelled_in_every_language(client: TestClient) -> None:
    english = client.get("/api/v1/themes").json()
    persian = client.get("/api/v1/themes", params={"lang": "fa"}).json()

    assert [theme["key"] for theme in english][:3] == [
        "energy",
        "mobility",
        "waste_circular_economy",
    ]
    assert len(english) == 13
    assert persian[0] == {"key": "energy", "label": "انرژی"}
    assert not any("ي" in theme["label"] or "ك" in theme["label"] for theme in persian)
