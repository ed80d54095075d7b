"""Certificates of attendance: the participant's language, script direction and calendar."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from polylog.core.pdf import FONTS_DIR
from polylog.peer_sessions.certificates import (
    CODE_ALPHABET,
    CODE_LENGTH,
    new_verification_code,
    render_certificate,
)

CODE = "KCM59JSDPNYW"
URL = f"https://polylog.example/api/v1/certificates/{CODE}"
# 08:00 UTC on 14 January 2027: 24 Dey 1405 in the Solar Hijri calendar.
START = datetime(2027, 1, 14, 8, 0, tzinfo=UTC)


def _render(language: str, name: str, title: str, city: str, timezone: str) -> bytes:
    return render_certificate(
        participant_name=name,
        session_title=title,
        host_city_name=city,
        session_start=START,
        timezone=timezone,
        language=language,
        verification_code=CODE,
        verify_url=URL,
    )


def _text(pdf: bytes) -> str:
    """The text in logical order, lines joined (a long title wraps)."""
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def _numbers_as_seen(pdf: bytes) -> str:
    """The page as laid out, left to right: numbers read as printed, even inside Persian lines.

    (pypdf's logical-order text turns each run of digits in a right-to-left line around.)
    """
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text(extraction_mode="layout")


@pytest.fixture(scope="module")
def turkish() -> bytes:
    return _render(
        "tr", "Ayşe Yılmaz", "İzmir Sürdürülebilirlik Haritası", "İzmir", "Europe/Istanbul"
    )


@pytest.fixture(scope="module")
def persian() -> bytes:
    return _render(
        "fa",
        "مریم احمدی",
        "تبادل تجربهٔ دفترهای توسعهٔ پایدار رشت و اصفهان",
        "رشت",
        "Asia/Tehran",
    )


def test_a_turkish_certificate_names_the_participant_the_session_and_the_code(
    turkish: bytes,
) -> None:
    text = _text(turkish)

    assert turkish.startswith(b"%PDF-")
    assert "Katılım Belgesi" in text
    assert "Ayşe Yılmaz" in text
    assert "İzmir Sürdürülebilirlik Haritası" in text
    assert "14 Ocak 2027" in text
    assert CODE in text
    assert URL in text


def test_a_persian_certificate_is_persian_with_a_solar_hijri_date(persian: bytes) -> None:
    text = _text(persian)

    assert "گواهی حضور" in text
    assert "مریم احمدی" in text
    assert "تبادل تجربهٔ دفترهای توسعهٔ پایدار رشت و اصفهان" in text
    assert "دی" in text  # the tenth month of the Solar Hijri year
    assert "۱۴۰۵" in _numbers_as_seen(persian)  # the year, in Persian digits
    assert "۲۴" in _numbers_as_seen(persian)
    assert "2027" not in text
    assert CODE in text
    assert URL in text


def test_the_page_is_a4_landscape(turkish: bytes) -> None:
    box = PdfReader(io.BytesIO(turkish)).pages[0].mediabox

    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_the_verification_address_is_a_link(persian: bytes) -> None:
    page = PdfReader(io.BytesIO(persian)).pages[0]
    links = [annotation.get_object() for annotation in page.get("/Annots", [])]

    assert [link["/A"]["/URI"] for link in links] == [URL]


def test_the_fonts_and_their_licence_ship_with_the_package() -> None:
    assert {path.name for path in FONTS_DIR.iterdir()} >= {
        "Vazirmatn-Regular.ttf",
        "Vazirmatn-Bold.ttf",
        "OFL.txt",
    }


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("language", ["tr", "fa"])
def test_the_certificate_renders_as_an_image(
    language: str, turkish: bytes, persian: bytes, tmp_path: Path
) -> None:
    source = tmp_path / "certificate.pdf"
    source.write_bytes(turkish if language == "tr" else persian)

    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-singlefile", str(source), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )

    assert (tmp_path / "page.png").stat().st_size > 1000


def test_verification_codes_are_unambiguous_and_unique() -> None:
    codes = {new_verification_code() for _ in range(2000)}

    assert len(codes) == 2000
    assert all(re.fullmatch(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}", code) for code in codes)
    assert not set("01OIUL") & set(CODE_ALPHABET)
