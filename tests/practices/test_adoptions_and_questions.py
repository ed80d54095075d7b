from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from polylog.accounts.models import Role
from polylog.core.audit import AuditEntry
from polylog.core.db import Database
from tests.factories import Person, audited_actions, make_person
from tests.practices.helpers import PRACTICES, Cities, publish


def adopt(client: TestClient, practice_id: int, person: Person, city: str, note: str = ""):  # type: ignore[no-untyped-def]
    return client.post(
        f"{PRACTICES}/{practice_id}/adoptions",
        json={"city": city, "note": note},
        headers=person.headers,
    )


def ask(client: TestClient, practice_id: int, person: Person, body: str, language: str = "fi"):  # type: ignore[no-untyped-def]
    return client.post(
        f"{PRACTICES}/{practice_id}/questions",
        json={"body": body, "language": language},
        headers=person.headers,
    )


def answer(client: TestClient, question_id: int, person: Person, body: str, language: str = "fa"):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v1/questions/{question_id}/answers",
        json={"body": body, "language": language},
        headers=person.headers,
    )


def test_salo_adopts_rashts_persian_practice_and_asks_in_finnish_and_rasht_answers(
    client: TestClient, cities: Cities
) -> None:
    practice = publish(client, cities.rasht_delegate)
    url = f"{PRACTICES}/{practice['id']}"

    adopted = adopt(
        client, practice["id"], cities.salo_delegate, "salo", "Käytämme mallia Salon foorumissa."
    )
    question = ask(
        client,
        practice["id"],
        cities.salo_delegate,
        "Kuinka monta kokousta tarvitsitte ennen hakemuksen jättämistä?",
    )
    reply = answer(
        client,
        question.json()["id"],
        cities.rasht_delegate,
        "دو نشست حضوری و یک نشست برخط کافی بود.",
    )

    assert adopted.status_code == 201
    assert adopted.json()["city"] == "salo"
    assert adopted.json()["note"] == "Käytämme mallia Salon foorumissa."
    assert question.status_code == 201
    assert (question.json()["kind"], question.json()["language"]) == ("question", "fi")
    assert question.json()["author"]["id"] == cities.salo_delegate.id
    assert question.json()["answers"] == []
    assert reply.status_code == 201
    assert (reply.json()["kind"], reply.json()["city"]) == ("answer", "rasht")
    assert reply.json()["question_id"] == question.json()["id"]
    shown = client.get(url, params={"lang": "fi"}).json()
    assert [(a["city"], a["note"]) for a in shown["adopted_by"]] == [
        ("salo", "Käytämme mallia Salon foorumissa.")
    ]
    thread = client.get(f"{url}/questions").json()
    assert thread["total"] == 1
    [listed] = thread["items"]
    assert listed["body"] == "Kuinka monta kokousta tarvitsitte ennen hakemuksen jättämistä?"
    assert [(a["body"], a["language"]) for a in listed["answers"]] == [
        ("دو نشست حضوری و یک نشست برخط کافی بود.", "fa")
    ]
    assert listed["hidden"] is False
    assert listed["reports"] is None


def test_adoption_rules(client: TestClient, database: Database, cities: Cities) -> None:
    practice_id = publish(client, cities.rasht_delegate)["id"]
    participant = make_person(client, database)

    assert adopt(client, practice_id, participant, "salo").status_code == 403
    assert (
        client.post(f"{PRACTICES}/{practice_id}/adoptions", json={"city": "salo"}).status_code
        == 401
    )
    assert adopt(client, practice_id, cities.izmir_delegate, "salo").status_code == 403
    own = adopt(client, practice_id, cities.rasht_delegate, "rasht")
    assert own.status_code == 422
    assert own.json()["errors"][0]["field"] == "city"
    assert adopt(client, practice_id, cities.salo_delegate, "atlantis").status_code == 422
    assert adopt(client, 424242, cities.salo_delegate, "salo").status_code == 404
    long_note = adopt(client, practice_id, cities.salo_delegate, "salo", "x" * 1001)
    assert long_note.status_code == 422
    assert adopt(client, practice_id, cities.salo_delegate, "salo").status_code == 201
    again = adopt(client, practice_id, cities.salo_delegate, "salo", "toinen kerta")
    assert again.status_code == 409
    assert adopt(client, practice_id, cities.izmir_delegate, "izmir").status_code == 201
    cities_shown = [
        a["city"] for a in client.get(f"{PRACTICES}/{practice_id}").json()["adopted_by"]
    ]
    assert cities_shown == ["salo", "izmir"]


def test_an_adoption_does_not_change_the_practices_version(
    client: TestClient, cities: Cities
) -> None:
    practice_id = publish(client, cities.rasht_delegate)["id"]

    adopt(client, practice_id, cities.salo_delegate, "salo")

    shown = client.get(f"{PRACTICES}/{practice_id}").json()
    assert shown["version"] == 1
    assert client.get(f"{PRACTICES}/{practice_id}/revisions").json() == []


def test_an_adopting_city_withdraws_its_adoption(
    client: TestClient, database: Database, cities: Cities
) -> None:
    practice_id = publish(client, cities.rasht_delegate)["id"]
    adopt(client, practice_id, cities.salo_delegate, "salo", "kokeilu")
    url = f"{PRACTICES}/{practice_id}/adoptions"

    assert client.delete(f"{url}/salo", headers=cities.rasht_delegate.headers).status_code == 403
    assert client.delete(f"{url}/izmir", headers=cities.izmir_delegate.headers).status_code == 404
    assert client.delete(f"{url}/atlantis", headers=cities.salo_delegate.headers).status_code == 404
    assert client.delete(f"{url}/salo", headers=cities.salo_delegate.headers).status_code == 204

    assert client.get(f"{PRACTICES}/{practice_id}").json()["adopted_by"] == []
    assert adopt(client, practice_id, cities.salo_delegate, "salo").status_code == 201
    with database.transaction(write=False) as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == "practice", AuditEntry.action != "create")
            .order_by(AuditEntry.id)
        ).all()
    assert [(e.action, e.changes) for e in entries] == [
        ("adopt", {"city": "salo", "note": "kokeilu"}),
        ("withdraw_adoption", {"city": "salo", "note": "kokeilu"}),
        ("adopt", {"city": "salo", "note": ""}),
    ]


def test_a_deleted_practice_takes_no_adoptions_or_questions(
    client: TestClient, cities: Cities
) -> None:
    practice_id = publish(client, cities.rasht_delegate)["id"]
    client.delete(f"{PRACTICES}/{practice_id}", headers=cities.rasht_delegate.headers)

    assert adopt(client, practice_id, cities.salo_delegate, "salo").status_code == 404
    assert ask(
        client, practice_id, cities.salo_delegate, "Onko tämä vielä voimassa?"
    ).status_code == (404)
    assert client.get(f"{PRACTICES}/{practice_id}/questions").status_code == 404


def test_signed_in_users_ask_and_only_the_owning_citys_delegates_answer(
    client: TestClient, database: Database, cities: Cities
) -> None:
    practice_id = publish(client, cities.rasht_delegate)["id"]
    participant = make_person(client, database)
    rasht_organiser = make_person(client, database, roles={cities.rasht: [Role.ORGANISER]})

    anonymous = client.post(
        f"{PRACTICES}/{practice_id}/questions", json={"body": "Hello?", "language": "en"}
    )
    question = ask(client, practice_id, participant, "How long did it take?", "en")
    question_id = question.json()["id"]

    assert anonymous.status_code == 401
    assert question.status_code == 201
    assert answer(client, question_id, participant, "Me neither").status_code == 403
    assert answer(client, question_id, cities.salo_delegate, "Emme tiedä").status_code == 403
    assert answer(client, question_id, rasht_organiser, "یک فصل").status_code == 403
    assert answer(client, 424242, cities.rasht_delegate, "یک فصل").status_code == 404
    answered = answer(client, question_id, cities.rasht_delegate, "یک فصل")
    assert answered.status_code == 201
    assert answer(client, answered.json()["id"], cities.rasht_delegate, "پاسخ").status_code == 404


def test_posts_are_validated(client: TestClient, cities: Cities) -> None:
    practice_id = publish(client, cities.rasht_delegate)["id"]

    for body in ({"body": "   ", "language": "fi"}, {"body": "x" * 5001, "language": "fi"}):
        response = client.post(
            f"{PRACTICES}/{practice_id}/questions", json=body, headers=cities.salo_delegate.headers
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "body"
    unknown_language = ask(client, practice_id, cities.salo_delegate, "Hei!", language="sv")
    assert unknown_language.json()["errors"][0]["field"] == "language"


def test_questions_come_newest_first_with_answers_oldest_first(
    client: TestClient, cities: Cities
) -> None:
    practice_id = publish(client, cities.rasht_delegate)["id"]
    first = ask(client, practice_id, cities.salo_delegate, "Ensimmäinen kysymys").json()
    second = ask(client, practice_id, cities.izmir_delegate, "İkinci soru", "tr").json()
    answer(client, first["id"], cities.rasht_delegate, "پاسخ اول")
    answer(client, first["id"], cities.rasht_delegate, "پاسخ دوم")

    thread = client.get(f"{PRACTICES}/{practice_id}/questions").json()
    paged = client.get(f"{PRACTICES}/{practice_id}/questions", params={"per_page": 1}).json()

    assert [q["id"] for q in thread["items"]] == [second["id"], first["id"]]
    assert [a["body"] for a in thread["items"][1]["answers"]] == ["پاسخ اول", "پاسخ دوم"]
    assert (paged["total"], len(paged["items"])) == (2, 1)


def test_anyone_signed_in_reports_a_post_once(
    client: TestClient, database: Database, cities: Cities
) -> None:
    practice_id = publish(client, cities.rasht_delegate)["id"]
    question = ask(client, practice_id, cities.salo_delegate, "Mainos: osta halvalla!").json()
    reporter = make_person(client, database)
    url = f"/api/v1/posts/{question['id']}/reports"

    assert client.post(url, json={"reason": "spam"}).status_code == 401
    first = client.post(url, json={"reason": "Mainos, ei kysymys."}, headers=reporter.headers)
    again = client.post(url, json={"reason": "spam"}, headers=reporter.headers)
    other = client.post(url, json={"reason": "هرزنامه"}, headers=cities.rasht_delegate.headers)
    too_short = client.post(url, json={"reason": "x"}, headers=cities.izmir_delegate.headers)

    assert first.status_code == 201
    assert first.json()["post_id"] == question["id"]
    assert again.status_code == 409
    assert other.status_code == 201
    assert too_short.status_code == 422
    assert (
        client.post(
            "/api/v1/posts/424242/reports", json={"reason": "spam"}, headers=reporter.headers
        ).status_code
        == 404
    )


def test_admins_hide_reported_posts_without_deleting_them(
    client: TestClient, database: Database, cities: Cities
) -> None:
    admin = make_person(client, database, is_admin=True)
    practice_id = publish(client, cities.rasht_delegate)["id"]
    spam = ask(client, practice_id, cities.salo_delegate, "Mainos: osta halvalla!").json()
    kept = ask(client, practice_id, cities.izmir_delegate, "Bütçe ne kadardı?", "tr").json()
    rude = answer(client, kept["id"], cities.rasht_delegate, "پاسخ نامناسب").json()
    client.post(
        f"/api/v1/posts/{spam['id']}/reports",
        json={"reason": "Mainos"},
        headers=cities.izmir_delegate.headers,
    )
    threads = f"{PRACTICES}/{practice_id}/questions"

    assert client.get(
        "/api/v1/posts/reported", headers=cities.salo_delegate.headers
    ).status_code == (403)
    queue = client.get("/api/v1/posts/reported", headers=admin.headers).json()
    assert [(item["post"]["id"], item["post"]["reports"]) for item in queue] == [(spam["id"], 1)]
    assert queue[0]["reports"][0]["reason"] == "Mainos"
    assert queue[0]["reports"][0]["reporter"]["id"] == cities.izmir_delegate.id
    hide = f"/api/v1/posts/{spam['id']}/hide"
    assert client.post(hide, headers=cities.rasht_delegate.headers).status_code == 403
    assert client.post(hide).status_code == 401
    hidden = client.post(hide, headers=admin.headers)
    assert (hidden.status_code, hidden.json()["hidden"]) == (200, True)
    assert client.post(hide, headers=admin.headers).json()["hidden"] is True
    assert client.post(f"/api/v1/posts/{rude['id']}/hide", headers=admin.headers).status_code == 200

    public = client.get(threads, headers=cities.salo_delegate.headers).json()
    assert [q["id"] for q in public["items"]] == [kept["id"]]
    assert public["items"][0]["answers"] == []
    assert public["total"] == 1
    moderated = client.get(threads, headers=admin.headers).json()
    assert [(q["id"], q["hidden"], q["reports"]) for q in moderated["items"]] == [
        (kept["id"], False, 0),
        (spam["id"], True, 1),
    ]
    assert [(a["id"], a["hidden"]) for a in moderated["items"][0]["answers"]] == [
        (rude["id"], True)
    ]
    assert client.get("/api/v1/posts/reported", headers=admin.headers).json() == []
    assert (
        len(
            client.get(
                "/api/v1/posts/reported", params={"include_hidden": True}, headers=admin.headers
            ).json()
        )
        == 1
    )
    assert answer(client, spam["id"], cities.rasht_delegate, "پاسخ").status_code == 404
    assert (
        client.post(
            f"/api/v1/posts/{spam['id']}/reports",
            json={"reason": "again"},
            headers=cities.rasht_delegate.headers,
        ).status_code
        == 404
    )

    shown = client.post(f"/api/v1/posts/{spam['id']}/unhide", headers=admin.headers)
    assert shown.json()["hidden"] is False
    assert client.get(threads).json()["total"] == 2
    assert audited_actions(database, "practice_post") == [
        "ask",
        "ask",
        "answer",
        "report",
        "hide",
        "hide",
        "unhide",
    ]
