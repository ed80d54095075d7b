"""Programmes and action plans in the browser: figures, check-ins, the stalled list, imports."""

from __future__ import annotations

import re

import httpx2
import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import OpenPage, OpenSignedIn
from .stale_edits import expect_conflict, expect_merge

pytestmark = pytest.mark.e2e

IZMIR_DELEGATE = "delegate.izmir@polylog.example"
# The contract's title in Turkish (its original) and in English.
IZMIR_CCC = {"tr": "İzmir İklim Şehri Sözleşmesi", "en": "Izmir Climate City Contract"}
# An action of Izmir's contract that the demo has not checked in yet.
UNCHECKED_ACTION = "Döngüsel ekonomi ve atık yönetimi"


def _open_izmir_contract(page: Page, language: str) -> None:
    page.goto("/cities/izmir")
    page.get_by_role("link", name=re.compile(IZMIR_CCC[language])).click()
    expect(page).to_have_url(re.compile(r"/programmes/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(IZMIR_CCC[language])


def _import_actions(page: Page, *rows: str) -> Locator:
    """Imports `rows` (title, status, due date) as a CSV file with the open programme's import
    dialog; returns the dialog."""
    csv = "".join(f"{row}\n" for row in ("Title,Status,Due date", *rows)).encode()
    page.get_by_role("button", name="Import actions").click()
    dialog = page.get_by_role("dialog", name="Import actions from a spreadsheet")
    expect(dialog).to_be_visible()
    dialog.get_by_label("File").set_input_files(
        files=[{"name": "actions.csv", "mimeType": "text/csv", "buffer": csv}]
    )
    dialog.get_by_role("button", name="Import", exact=True).click()
    return dialog


def test_an_izmir_delegate_reads_the_contracts_figures_and_checks_an_action_in(
    open_signed_in: OpenSignedIn,
) -> None:
    page = open_signed_in(IZMIR_DELEGATE, "tr")
    _open_izmir_contract(page, "tr")

    # The figures: actions by status and by rating, written out, and the money per currency.
    figures = page.locator("section[aria-labelledby='programme-figures']")
    expect(figures.get_by_text("Bu programda 6 eylem var")).to_be_visible()
    status_bars = figures.locator("figure[aria-labelledby='figures-status']")
    expect(status_bars.locator(".bars__row--ongoing")).to_contain_text("Sürüyor")
    expect(status_bars.locator(".bars__row--ongoing .bars__value")).to_have_text("3")
    rag_bars = figures.locator("figure[aria-labelledby='figures-rag']")
    expect(rag_bars.locator(".bars__row--red")).to_contain_text("Kırmızı: yolundan çıktı")
    money = figures.get_by_role("table", name="Para birimine göre maliyet")
    expect(money.get_by_role("row", name=re.compile("EUR"))).to_contain_text("3.900.000")
    # The targets reuse the initiatives' indicator cards.
    targets = page.locator("section[aria-labelledby='programme-targets']")
    expect(targets.locator(".indicator")).to_have_count(1)

    # The delegate checks in an action for the quarter that has just ended: red, with a blocker.
    page.get_by_role("link", name=UNCHECKED_ACTION).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(UNCHECKED_ACTION)
    expect(page.get_by_text("Bu eylem için henüz izleme kaydı girilmedi.")).to_be_visible()
    period = page.get_by_label("Çeyrek", exact=True)
    chosen = period.input_value()
    assert re.fullmatch(r"\d{4}-Q[1-4]", chosen)
    page.get_by_label("Kırmızı: yolundan çıktı").check()
    page.get_by_label("İlerleme (%)").fill("15")
    page.get_by_label("Not", exact=True).fill("Ayrıştırma tesisi için arsa bekleniyor.")
    page.get_by_label("Engeller").fill("Arsa tahsisi gecikti")
    page.get_by_role("button", name="İzleme kaydını kaydet").click()
    expect(page.get_by_role("status")).to_contain_text("kaydedildi")

    history = page.locator("ol.check-ins > li")
    expect(history).to_have_count(1)
    expect(history.first).to_contain_text("Kırmızı: yolundan çıktı")
    expect(history.first).to_contain_text("%15 tamamlandı")
    expect(history.first).to_contain_text("Arsa tahsisi gecikti")
    # Red at its latest check-in: the action is stalled now.
    expect(page.get_by_text("Bu eylem tıkandı.")).to_be_visible()

    # A second check-in for the same quarter is refused, and the page says why.
    page.get_by_label("Sarı: risk altında").check()
    page.get_by_role("button", name="İzleme kaydını kaydet").click()
    expect(page.get_by_role("alert")).to_contain_text("zaten bir izleme kaydı var")
    expect(history).to_have_count(1)

    # Back on the programme, the action is among the stalled ones with its blocker.
    page.get_by_role("link", name=re.compile(IZMIR_CCC["tr"])).click()
    stalled = page.locator("section[aria-labelledby='programme-stalled']")
    expect(stalled.get_by_role("link", name=UNCHECKED_ACTION)).to_be_visible()
    expect(stalled).to_contain_text("Arsa tahsisi gecikti")


def test_salos_programme_shows_its_stalled_action_first(open_page: OpenPage) -> None:
    page = open_page("fi")
    page.goto("/programmes?city=salo")
    page.get_by_role("link", name="Salon ilmasto- ja ympäristöohjelma").click()
    stalled = page.locator("section[aria-labelledby='programme-stalled']")
    expect(stalled.get_by_role("heading")).to_have_text("Jumissa olevat toimenpiteet")
    expect(stalled.get_by_role("link")).to_have_text(["Toimenpiteiden edistymisen varmistaminen"])
    # The stalled section comes before the figures and the table, and the table marks the row.
    headings = page.locator("main h2").all_inner_texts()
    assert headings.index("Jumissa olevat toimenpiteet") < headings.index("Luvut")
    row = page.locator("tr.action-row--stalled")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Jumissa")
    # A new reader learns what "stalled" means in place.
    page.get_by_text("Milloin toimenpide on jumissa?").first.click()
    expect(page.get_by_text("kahden viimeisimmän kokonaisen neljänneksen").first).to_be_visible()


def test_an_import_with_a_bad_row_names_it_and_imports_nothing(
    open_signed_in: OpenSignedIn, server_url: str
) -> None:
    page = open_signed_in(IZMIR_DELEGATE, "en")
    _open_izmir_contract(page, "en")
    programme_id = int(page.url.rsplit("/", 1)[1])
    before = httpx2.get(f"{server_url}/api/v1/programmes/{programme_id}", timeout=10).json()

    dialog = _import_actions(
        page,
        "Bike lanes on the coast road,planned,2027-06-30",
        "Solar roofs on schools,maybe,not a date",
    )

    expect(dialog.get_by_role("alert")).to_contain_text("Nothing was imported")
    errors = dialog.locator(".import-errors li")
    expect(errors).to_have_count(2)
    expect(errors.nth(0)).to_contain_text("Row 3, Status:")
    expect(errors.nth(1)).to_contain_text("Row 3, Due date:")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()

    after = httpx2.get(f"{server_url}/api/v1/programmes/{programme_id}", timeout=10).json()
    assert after["summary"]["actions"] == before["summary"]["actions"]
    expect(page.get_by_role("link", name="Bike lanes on the coast road")).to_have_count(0)


def test_a_good_import_says_how_many_and_the_table_shows_them(open_signed_in: OpenSignedIn) -> None:
    page = open_signed_in(IZMIR_DELEGATE, "en")
    _open_izmir_contract(page, "en")
    dialog = _import_actions(
        page,
        "Tram line feasibility study,planned,2027-06-30",
        "Green roofs on the city hall,planned,2028-03-31",
    )
    expect(dialog.get_by_role("status")).to_have_text("2 actions imported.")
    dialog.get_by_role("button", name="Close").click()
    table = page.locator("section[aria-labelledby='programme-actions'] table")
    expect(table.get_by_role("link", name="Tram line feasibility study")).to_be_visible()
    expect(table.get_by_role("link", name="Green roofs on the city hall")).to_be_visible()


def test_the_action_table_filters_by_rating(open_page: OpenPage) -> None:
    page = open_page("en")
    page.goto("/programmes?city=izmir&kind=climate_city_contract")
    page.get_by_role("link", name=re.compile(IZMIR_CCC["en"])).click()
    results = page.locator(".actions-table__results")
    expect(results.locator("tbody tr").first).to_be_visible()
    page.locator("summary", has_text="Rating").click()
    red = page.get_by_role("checkbox", name="■ Red: off track")
    red.click()
    expect(red).to_be_checked()
    expect(page).to_have_url(re.compile(r"rag=red"))
    expect(results).to_have_attribute("aria-busy", "false")
    rows = results.locator("tbody tr")
    expect(rows.first).to_contain_text("Red: off track")
    for text in rows.all_inner_texts():
        assert "Red: off track" in text


def test_a_stale_action_edit_shows_both_versions_and_saves_the_choice(
    open_signed_in: OpenSignedIn, server_url: str
) -> None:
    actions = httpx2.get(f"{server_url}/api/v1/programmes/1/actions", timeout=10).json()
    action = next(item for item in actions["items"] if item["title"].startswith("Dijital ikiz"))
    edit_url = f"/actions/{action['id']}/edit"
    first, second = open_signed_in(IZMIR_DELEGATE, "en"), open_signed_in(IZMIR_DELEGATE, "en")
    for page in (first, second):
        page.goto(edit_url)
        expect(page.get_by_label("Responsible", exact=True)).to_have_value(action["owner"])

    first.get_by_label("Responsible", exact=True).fill("İzmir Smart City Office")
    first.get_by_role("button", name="Save changes").click()
    expect(first).to_have_url(f"/actions/{action['id']}")

    second.get_by_label("Responsible", exact=True).fill("İzmir Planning Agency")
    second.get_by_label("Cost estimate", exact=True).fill("750000")
    second.get_by_label("Currency", exact=True).fill("EUR")
    second.get_by_role("button", name="Save changes").click()

    merge = expect_merge(second, "action", saved_by="Ayşe Yılmaz")
    owner = expect_conflict(
        merge, "Responsible", theirs="İzmir Smart City Office", mine="İzmir Planning Agency"
    )
    owner.get_by_role("radio", name="Take theirs").check()
    merge.get_by_role("button", name="Save with these choices").click()

    expect(second).to_have_url(f"/actions/{action['id']}")
    facts = second.get_by_role("complementary", name="Facts")
    expect(facts).to_contain_text("İzmir Smart City Office")
    expect(facts).to_contain_text("EUR 750,000")
    expect(second.locator(".revision").first).to_contain_text("Version 3")


def test_an_initiative_links_to_the_actions_that_build_on_it(open_page: OpenPage) -> None:
    # Izmir's Climate City Contract initiative; its contract's Mission City Action Lab names it.
    page = open_page("en")
    page.goto("/initiatives/3")
    section = page.locator(
        "section", has=page.get_by_role("heading", name="In programmes and action plans")
    )
    expect(section).to_be_visible()
    section.get_by_role("link", name="Mission City Action Lab").click()
    expect(page).to_have_url(re.compile(r"/actions/\d+$"))
    expect(page.locator("main h1")).to_have_text("Mission City Action Lab")
