"""Follows, the weekly digest and Atom feeds, on the demo data."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient

from polylog.core.db import Database, utcnow
from polylog.follows.service import send_digests
from tests.factories import outbox, sign_in_demo

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_a_user_following_isfahan_gets_a_digest_preview_listing_its_newest_practice(
    client: TestClient, demo: Database
) -> None:
    person = sign_in_demo(client, "participant")
    followed = client.post(
        "/api/v1/me/follows", headers=person.headers, json={"kind": "city", "key": "isfahan"}
    )
    assert followed.status_code == 201, followed.text
    assert followed.json()["label"] == "Isfahan"
    newest = client.get("/api/v1/practices", params={"city": "isfahan"}).json()["items"][0]

    preview = client.post("/api/v1/me/digest-preview", headers=person.headers)

    assert preview.status_code == 200
    groups = preview.json()["groups"]
    assert [group["follow"]["key"] for group in groups] == ["isfahan"]
    items = groups[0]["items"]
    assert {"type": "practice", "id": newest["id"]} in [
        {"type": item["type"], "id": item["id"]} for item in items
    ]
    assert all(item["city"] == "isfahan" for item in items)
    stamps = [item["updated_at"] for item in items]
    assert stamps == sorted(stamps, reverse=True)


def test_follows_are_listed_checked_and_removed(client: TestClient, demo: Database) -> None:
    person = sign_in_demo(client, "participant")
    for kind, key in (("sdg", "7"), ("theme", "energy"), ("programme", "1")):
        response = client.post(
            "/api/v1/me/follows", headers=person.headers, json={"kind": kind, "key": key}
        )
        assert response.status_code == 201, (kind, response.text)
    series = client.get("/api/v1/sessions", params={"per_page": 100}).json()["items"]
    name = next(item["series"] for item in series if item["series"])
    assert (
        client.post(
            "/api/v1/me/follows", headers=person.headers, json={"kind": "series", "key": name}
        ).status_code
        == 201
    )

    again = client.post(
        "/api/v1/me/follows", headers=person.headers, json={"kind": "sdg", "key": "7"}
    )
    unknown = client.post(
        "/api/v1/me/follows", headers=person.headers, json={"kind": "city", "key": "atlantis"}
    )
    listed = client.get("/api/v1/me/follows", headers=person.headers, params={"lang": "fa"})

    assert again.status_code == 409
    assert unknown.status_code == 422
    assert [item["kind"] for item in listed.json()] == ["sdg", "theme", "programme", "series"]
    assert listed.json()[0]["label"].startswith("هدف ۷")
    first = listed.json()[0]["id"]
    assert client.delete(f"/api/v1/me/follows/{first}", headers=person.headers).status_code == 204
    assert len(client.get("/api/v1/me/follows", headers=person.headers).json()) == 3
    assert client.get("/api/v1/me/follows").status_code == 401


def test_the_weekly_digest_is_sent_in_the_followers_language_only_when_something_changed(
    client: TestClient, demo: Database, app: FastAPI
) -> None:
    follower = sign_in_demo(client, "cityadmin.rasht")  # reads Persian
    client.post("/api/v1/me/follows", headers=follower.headers, json={"kind": "sdg", "key": "7"})
    settings = app.state.settings
    start = utcnow()

    assert send_digests(demo, settings, start) == 0  # not due before a week has passed
    first = send_digests(demo, settings, start + timedelta(days=7, minutes=1))
    quiet_week = send_digests(demo, settings, start + timedelta(days=14, minutes=2))

    assert (first, quiet_week) == (1, 0)
    messages = outbox(demo, "weekly_digest")
    assert len(messages) == 1
    address, language, subject, body = messages[0]
    assert (address, language) == ("cityadmin.rasht@polylog.example", "fa")
    assert "پلی‌لاگ" in subject
    assert "هدف ۷" in body


def test_the_atom_feed_of_izmir_parses_and_is_in_the_feeds_language(
    client: TestClient, demo: Database
) -> None:
    response = client.get("/api/v1/cities/izmir/feed.atom", params={"lang": "tr"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own server's feed
    assert feed.tag == f"{ATOM}feed"
    assert feed.get(XML_LANG) == "tr"
    assert feed.findtext(f"{ATOM}title") == "Polylog'da İzmir"
    assert feed.findtext(f"{ATOM}id")
    assert feed.findtext(f"{ATOM}updated")
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) >= 5
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == len(ids)
    for entry in entries:
        assert entry.findtext(f"{ATOM}title")
        assert entry.findtext(f"{ATOM}updated")
        assert entry.find(f"{ATOM}link").get("href", "").startswith("http")  # type: ignore[union-attr]
    titles = [entry.findtext(f"{ATOM}title") or "" for entry in entries]
    assert any("İzmir" in title for title in titles)
    updated = [entry.findtext(f"{ATOM}updated") or "" for entry in entries]
    assert updated == sorted(updated, reverse=True)


def test_an_sdg_feed_lists_every_citys_work_on_it(client: TestClient, demo: Database) -> None:
    response = client.get("/api/v1/sdgs/7/feed.atom", params={"lang": "fa"})

    feed = ET.fromstring(response.content)  # noqa: S314 - our own server's feed
    assert feed.get(XML_LANG) == "fa"
    assert "هدف ۷" in (feed.findtext(f"{ATOM}title") or "")
    links = {entry.find(f"{ATOM}link").get("href") for entry in feed.findall(f"{ATOM}entry")}  # type: ignore[union-attr]
    assert links
    assert client.get("/api/v1/sdgs/18/feed.atom").status_code == 422
    assert client.get("/api/v1/cities/atlantis/feed.atom").status_code == 404
