from __future__ import annotations

from functools import partial

import pytest
from fastapi.testclient import TestClient

from polylog.accounts.models import Role
from polylog.core.db import Database
from tests.factories import (
    audited_actions,
    initiative_payload,
    make_person,
    practice_payload,
    similar_candidates,
)
from tests.practices.helpers import PRACTICES, Cities, publish
from tests.statements import statements_run

ENGLISH = {
    "title": "Peer exchange with other metropolises' sustainable development offices",
    "problem": "Rasht's office was **young**.",
    "solution": "1. Visit Isfahan\n2. Review the application",
    "results": "Rasht joined the network.",
    "lessons": "Learning from a peer city is *fast*.",
    "transferability": "- **Time:** one season\n- **Cost:** travel",
}


def test_a_delegate_publishes_a_practice_in_persian_with_markdown(
    client: TestClient, cities: Cities
) -> None:
    created = publish(client, cities.rasht_delegate)

    assert created["version"] == 1
    assert created["city"] == "rasht"
    assert (created["language"], created["languages"]) == ("fa", ["fa"])
    assert created["title"] == "هم‌اندیشی با ستادهای توسعه پایدار کلان‌شهرها"
    assert created["problem"] == "ستاد توسعه پایدار شهرداری رشت **ساختاری نوپا** بود."
    assert created["excerpt"] == "ستاد توسعه پایدار شهرداری رشت ساختاری نوپا بود."
    assert created["html"]["fa"]["problem"] == (
        "<p>ستاد توسعه پایدار شهرداری رشت <strong>ساختاری نوپا</strong> بود.</p>\n"
    )
    assert created["html"]["fa"]["results"] == (
        '<p>رشت به <a href="https://en.unesco.org/creative-cities"'
        ' rel="noopener noreferrer nofollow">شبکه شهرهای خلاق یونسکو</a> پیوست.</p>\n'
    )
    assert "<ul>\n<li><strong>نشست اول:</strong>" in created["html"]["fa"]["solution"]
    assert created["contact"] == "ستاد توسعه پایدار شهرداری رشت"
    assert (created["sdgs"], created["themes"]) == (
        [11, 17],
        ["food_gastronomy", "governance_participation"],
    )
    assert created["adopted_by"] == []
    assert created["initiatives"] == []
    assert created["deleted"] is False
    fetched = client.get(f"{PRACTICES}/{created['id']}", params={"lang": "fa"})
    assert fetched.json() == created
    assert fetched.headers["etag"] == '"1"'


def test_readers_get_their_language_then_english_then_the_original(
    client: TestClient, cities: Cities
) -> None:
    persian = practice_payload()["translations"]["fa"]  # type: ignore[index]
    created = publish(client, cities.rasht_delegate, translations={"fa": persian, "en": ENGLISH})
    url = f"{PRACTICES}/{created['id']}"

    finnish = client.get(url, params={"lang": "fi"}).json()
    own = client.get(url, params={"lang": "fa"}).json()
    listed = client.get(PRACTICES, params={"lang": "tr"}).json()["items"][0]

    assert (finnish["title"], finnish["language"]) == (ENGLISH["title"], "en")
    assert finnish["lessons"] == "Learning from a peer city is *fast*."
    assert finnish["languages"] == ["en", "fa"]
    assert set(finnish["html"]) == {"en", "fa"}
    assert (
        finnish["html"]["en"]["lessons"] == "<p>Learning from a peer city is <em>fast</em>.</p>\n"
    )
    assert (own["language"], own["original_language"]) == ("fa", "fa")
    assert (listed["language"], listed["excerpt"]) == ("en", "Rasht's office was young.")


def test_without_english_the_original_is_shown(client: TestClient, cities: Cities) -> None:
    created = publish(client, cities.rasht_delegate)

    assert client.get(f"{PRACTICES}/{created['id']}", params={"lang": "tr"}).json()["language"] == (
        "fa"
    )


def test_hostile_markdown_comes_back_harmless(client: TestClient, cities: Cities) -> None:
    hostile = {
        "title": "Harmless <script>alert(1)</script>",
        "problem": "Before <script>alert(1)</script> after",
        "solution": "[click](javascript:alert(1)) and [ok](https://www.rasht.ir)",
        "results": "<img src=x onerror=alert(1)>\n\n![pic](JaVaScRiPt:alert(1))",
        "lessons": "[x](&#106;avascript:alert(1)) <div onmouseover='alert(1)'>y</div>",
        "transferability": "[ref][bad]\n\n[bad]: javascript:alert(1)\n\n```\n<script>kept</script>\n```",
    }
    created = publish(
        client, cities.rasht_delegate, original_language="en", translations={"en": hostile}
    )
    stored = client.get(f"{PRACTICES}/{created['id']}").json()

    # The title is plain text, never rendered as HTML.
    assert stored["translations"]["en"] == {
        "title": "Harmless <script>alert(1)</script>",
        "problem": "Before alert(1) after",
        "solution": "click and [ok](https://www.rasht.ir)",
        "results": "pic",
        "lessons": "x y",
        "transferability": "ref\n\n\n\n```\n<script>kept</script>\n```",
    }
    html = stored["html"]["en"]
    assert html["problem"] == "<p>Before alert(1) after</p>\n"
    assert html["solution"] == (
        '<p>click and <a href="https://www.rasht.ir" rel="noopener noreferrer nofollow">ok</a></p>\n'
    )
    assert html["transferability"] == (
        "<p>ref</p>\n<pre><code>&lt;script&gt;kept&lt;/script&gt;\n</code></pre>\n"
    )
    everything = " ".join(html.values()).lower()
    for forbidden in ("<script", "javascript:", "onerror", "onmouseover", "<img", "<div"):
        assert forbidden not in everything


def test_an_edit_with_hostile_markdown_is_cleaned_too(client: TestClient, cities: Cities) -> None:
    created = publish(client, cities.rasht_delegate)
    fa = {**practice_payload()["translations"]["fa"], "lessons": "درس <iframe src=x></iframe>"}  # type: ignore[index]

    edited = client.patch(
        f"{PRACTICES}/{created['id']}",
        json={"version": 1, "translations": {"fa": fa}},
        headers=cities.rasht_delegate.headers,
    ).json()

    assert edited["lessons"] == "درس"
    assert edited["html"]["fa"]["lessons"] == "<p>درس</p>\n"


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"sdgs": [0]}, "sdgs"),
        ({"themes": ["space_travel"]}, "themes"),
        ({"translations": {"fa": {"title": "ab"}}}, "translations.fa.title"),
        ({"translations": {"fa": {"title": "x" * 201}}}, "translations.fa.title"),
        ({"translations": {"fa": {"title": "عنوان", "problem": "x" * 20001}}}, "translations.fa"),
        ({"translations": {"en": ENGLISH}}, "translations.fa"),
        ({"translations": {}}, "translations"),
        ({"translations": {"fa": {"title": "عنوان", "extra": "x"}}}, "translations.fa.extra"),
        ({"city": "atlantis"}, "city"),
        ({"original_language": "de"}, "original_language"),
        ({"contact": "x" * 501}, "contact"),
        ({"initiative_ids": [424242]}, "initiative_ids"),
        ({"initiative_ids": list(range(1, 22))}, "initiative_ids"),
    ],
)
def test_invalid_practices_are_refused_at_the_right_field(
    client: TestClient, cities: Cities, override: dict[str, object], field: str
) -> None:
    response = client.post(
        PRACTICES, json=practice_payload(**override), headers=cities.rasht_delegate.headers
    )

    assert response.status_code == 422, response.text
    assert any(error["field"].startswith(field) for error in response.json()["errors"]), (
        response.json()
    )


def test_validation_messages_come_in_the_readers_language(
    client: TestClient, cities: Cities
) -> None:
    response = client.post(
        PRACTICES,
        json=practice_payload(translations={"en": ENGLISH}),
        headers={**cities.rasht_delegate.headers, "Accept-Language": "fa"},
    )

    assert response.json()["errors"] == [
        {"field": "translations.fa", "message": "تجربه را به زبان اصلی آن بنویسید."}
    ]


def test_only_delegates_of_the_city_publish(
    client: TestClient, database: Database, cities: Cities
) -> None:
    organiser = make_person(client, database, roles={cities.rasht: [Role.ORGANISER]})
    admin = make_person(client, database, is_admin=True)

    assert client.post(PRACTICES, json=practice_payload()).status_code == 401
    for outsider in (cities.salo_delegate, organiser):
        assert (
            client.post(PRACTICES, json=practice_payload(), headers=outsider.headers).status_code
            == 403
        )
    assert client.post(PRACTICES, json=practice_payload(), headers=admin.headers).status_code == 201


def test_linked_initiatives_must_be_published_and_are_shown_localised(
    client: TestClient, database: Database, cities: Cities
) -> None:
    initiative = client.post(
        "/api/v1/initiatives",
        json=initiative_payload(
            "rasht",
            original_language="fa",
            translations={
                "fa": {"title": "رشت، شهر خلاق خوراک‌شناسی"},
                "en": {"title": "Rasht, Creative City of Gastronomy"},
            },
        ),
        headers=cities.rasht_delegate.headers,
    ).json()
    removed = client.post(
        "/api/v1/initiatives",
        json=initiative_payload(
            "rasht", original_language="fa", translations={"fa": {"title": "حذف"}}
        ),
        headers=cities.rasht_delegate.headers,
    ).json()
    client.delete(f"/api/v1/initiatives/{removed['id']}", headers=cities.rasht_delegate.headers)

    refused = client.post(
        PRACTICES,
        json=practice_payload(initiative_ids=[initiative["id"], removed["id"]]),
        headers=cities.rasht_delegate.headers,
    )
    created = publish(client, cities.rasht_delegate, initiative_ids=[initiative["id"]] * 2)
    shown = client.get(f"{PRACTICES}/{created['id']}", params={"lang": "fi"}).json()

    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "initiative_ids"
    assert shown["initiatives"] == [
        {
            "id": initiative["id"],
            "title": "Rasht, Creative City of Gastronomy",
            "language": "en",
            "city": "rasht",
        }
    ]
    client.delete(f"/api/v1/initiatives/{initiative['id']}", headers=cities.rasht_delegate.headers)
    assert client.get(f"{PRACTICES}/{created['id']}").json()["initiatives"] == []
    still_editable = client.patch(
        f"{PRACTICES}/{created['id']}",
        json={"version": 1, "contact": "dabirkhaneh@rasht.ir"},
        headers=cities.rasht_delegate.headers,
    )
    assert still_editable.status_code == 200


def test_an_edit_adds_a_translation_and_keeps_a_revision(
    client: TestClient, cities: Cities
) -> None:
    created = publish(client, cities.rasht_delegate)
    url = f"{PRACTICES}/{created['id']}"

    edited = client.patch(
        url,
        json={"translations": {"en": ENGLISH}, "sdgs": [8, 11, 17]},
        headers={**cities.rasht_delegate.headers, "If-Match": '"1"'},
    )

    assert edited.status_code == 200
    assert edited.headers["etag"] == '"2"'
    assert (edited.json()["version"], edited.json()["languages"]) == (2, ["en", "fa"])
    revisions = client.get(f"{url}/revisions").json()
    assert [r["version"] for r in revisions] == [1]
    assert revisions[0]["changed_fields"] == ["sdgs", "translations"]
    assert revisions[0]["changed_by"]["id"] == cities.rasht_delegate.id
    assert revisions[0]["snapshot"]["sdgs"] == [11, 17]
    assert set(revisions[0]["snapshot"]["translations"]) == {"fa"}


def test_a_stale_edit_is_refused_and_changes_nothing(client: TestClient, cities: Cities) -> None:
    created = publish(client, cities.rasht_delegate)
    url = f"{PRACTICES}/{created['id']}"
    headers = cities.rasht_delegate.headers
    client.patch(url, json={"version": 1, "contact": "اول"}, headers=headers)

    stale = client.patch(url, json={"version": 1, "contact": "دوم"}, headers=headers)
    stale_header = client.patch(
        url, json={"contact": "سوم"}, headers={**headers, "If-Match": '"1"'}
    )
    unnamed = client.patch(url, json={"contact": "چهارم"}, headers=headers)

    assert (stale.status_code, stale_header.status_code, unnamed.status_code) == (412, 412, 428)
    assert client.get(url).json()["contact"] == "اول"
    assert client.get(url).json()["version"] == 2


def test_a_language_block_can_be_removed_but_not_the_original(
    client: TestClient, cities: Cities
) -> None:
    created = publish(client, cities.rasht_delegate)
    url = f"{PRACTICES}/{created['id']}"
    headers = cities.rasht_delegate.headers
    client.patch(url, json={"version": 1, "translations": {"en": ENGLISH}}, headers=headers)

    removed = client.patch(url, json={"version": 2, "translations": {"en": None}}, headers=headers)
    original = client.patch(url, json={"version": 3, "translations": {"fa": None}}, headers=headers)
    same = client.patch(url, json={"version": 3, "sdgs": [17, 11], "themes": None}, headers=headers)

    assert removed.json()["languages"] == ["fa"]
    assert original.status_code == 422
    assert same.json()["version"] == 3


def test_others_cannot_edit_or_delete(
    client: TestClient, database: Database, cities: Cities
) -> None:
    created = publish(client, cities.rasht_delegate)
    url = f"{PRACTICES}/{created['id']}"

    assert client.patch(url, json={"version": 1, "contact": "x"}).status_code == 401
    assert (
        client.patch(
            url, json={"version": 1, "contact": "x"}, headers=cities.salo_delegate.headers
        ).status_code
        == 403
    )
    assert client.delete(url, headers=cities.salo_delegate.headers).status_code == 403


def test_deleting_hides_and_an_admin_restores(
    client: TestClient, database: Database, cities: Cities
) -> None:
    admin = make_person(client, database, is_admin=True)
    created = publish(client, cities.rasht_delegate)
    url = f"{PRACTICES}/{created['id']}"

    assert client.delete(url, headers=cities.rasht_delegate.headers).status_code == 204

    assert client.get(url).status_code == 404
    assert client.get(url, headers=cities.rasht_delegate.headers).status_code == 404
    assert client.get(f"{url}/revisions").status_code == 404
    assert client.get(PRACTICES).json()["total"] == 0
    assert client.delete(url, headers=cities.rasht_delegate.headers).status_code == 404
    assert client.get(url, headers=admin.headers).json()["deleted"] is True
    assert client.post(f"{url}/restore", headers=cities.rasht_delegate.headers).status_code == 403
    restored = client.post(f"{url}/restore", headers=admin.headers)
    assert (restored.status_code, restored.json()["deleted"]) == (200, False)
    assert client.get(url).status_code == 200


def test_every_change_is_in_the_audit_log(
    client: TestClient, database: Database, cities: Cities
) -> None:
    created = publish(client, cities.rasht_delegate)
    url = f"{PRACTICES}/{created['id']}"
    client.patch(url, json={"version": 1, "contact": "x"}, headers=cities.rasht_delegate.headers)
    client.delete(url, headers=cities.rasht_delegate.headers)

    assert audited_actions(database, "practice") == ["create", "update", "delete"]


def test_the_list_filters_and_pages(client: TestClient, cities: Cities) -> None:
    rasht = publish(client, cities.rasht_delegate)
    energy = publish(client, cities.rasht_delegate, sdgs=[7], themes=["energy"])
    salo = publish(
        client,
        cities.salo_delegate,
        city="salo",
        original_language="fi",
        translations={"fi": {"title": "Ilmasto-ohjelman seuranta", "problem": "Seuranta puuttui."}},
        sdgs=[13],
        themes=["climate_adaptation"],
    )
    client.post(
        f"{PRACTICES}/{rasht['id']}/adoptions",
        json={"city": "salo", "note": "Otamme mallin käyttöön."},
        headers=cities.salo_delegate.headers,
    )

    def ids(**params: object) -> list[int]:
        return [item["id"] for item in client.get(PRACTICES, params=params).json()["items"]]  # type: ignore[arg-type]

    assert len(ids()) == 3
    assert ids(city="salo") == [salo["id"]]
    assert ids(sdg=13) == [salo["id"]]
    assert sorted(ids(sdg=[7, 13])) == sorted([energy["id"], salo["id"]])
    assert ids(theme="energy") == [energy["id"]]
    assert ids(adopted="true") == [rasht["id"]]
    assert sorted(ids(adopted="false")) == sorted([energy["id"], salo["id"]])
    assert ids(q="ILMASTO") == [salo["id"]]
    assert ids(q="puuttui") == [salo["id"]]
    assert ids(city="atlantis") == []
    page = client.get(PRACTICES, params={"per_page": 2, "page": 2}).json()
    assert (page["total"], page["page"], page["per_page"], len(page["items"])) == (3, 2, 2, 1)
    assert client.get(PRACTICES, params={"per_page": 101}).status_code == 422
    assert client.get(PRACTICES, params={"sdg": 18}).status_code == 422
    assert client.get(PRACTICES, params={"adopted": "perhaps"}).status_code == 422


def test_listing_takes_the_same_few_queries_however_many_items(
    client: TestClient, database: Database, cities: Cities
) -> None:
    def queries_for_list() -> int:
        with statements_run(database) as statements:
            assert client.get(PRACTICES, params={"lang": "fi"}).status_code == 200
        return len(statements)

    first = publish(client, cities.rasht_delegate)
    client.post(
        f"{PRACTICES}/{first['id']}/adoptions",
        json={"city": "salo"},
        headers=cities.salo_delegate.headers,
    )
    with_one = queries_for_list()
    for _ in range(4):
        publish(client, cities.rasht_delegate)

    assert queries_for_list() == with_one <= 9


def test_similar_practices_come_from_other_cities_best_first(
    client: TestClient, cities: Cities
) -> None:
    source, close, far = similar_candidates(
        partial(publish, client), cities.rasht_delegate, cities.salo_delegate
    )

    similar = client.get(f"{PRACTICES}/{source['id']}/similar").json()

    assert [item["id"] for item in similar] == [close["id"], far["id"]]
    assert similar[0]["score"] > similar[1]["score"]


def test_unknown_practices_are_not_found(client: TestClient) -> None:
    for path in ("", "/revisions", "/similar", "/questions"):
        assert client.get(f"{PRACTICES}/424242{path}").status_code == 404
    assert client.get(f"{PRACTICES}/424242", params={"lang": "fi"}).json()["title"] == (
        "Ei löytynyt"
    )
