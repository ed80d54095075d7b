"""The translation catalogs are complete in every language and match the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from polylog.core.i18n import SUPPORTED_LANGUAGES

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _catalog(path: Path, language: str | None = None):  # type: ignore[no-untyped-def]
    with path.open("rb") as po_file:
        return read_po(po_file, locale=language)


def _strings(message) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return message.string if isinstance(message.string, tuple) else (message.string,)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_backend_message_is_translated(project_root: Path, language: str) -> None:
    template = _catalog(project_root / "locales" / "backend.pot")
    catalog = _catalog(project_root / "locales" / language / "LC_MESSAGES" / "backend.po", language)

    # Looked up with the message's context, so pgettext entries count too.
    translated = {m.id: catalog.get(m.id, context=m.context) for m in template if m.id}
    missing = [
        key for key, found in translated.items() if found is None or not all(_strings(found))
    ]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert missing == []
    assert fuzzy == []
    for message in catalog:
        if message.id:
            source = message.id if isinstance(message.id, str) else message.id[0]
            for translated in _strings(message):
                assert set(PLACEHOLDER.findall(translated)) == set(PLACEHOLDER.findall(source)), (
                    message.id
                )
    if language == "fa":
        assert not any("ي" in s or "ك" in s for m in catalog for s in _strings(m) if m.id)


def test_the_template_holds_every_message_in_the_code(project_root: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "backend.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "locales/babel-backend.cfg",
            "-k",
            "L_",
            "-k",
            "lazy_gettext",
            "-k",
            "ngettext:1,2",
            "-k",
            "pgettext:1c,2",
            "--no-location",
            "-o",
            str(fresh),
            ".",
        ],
        cwd=project_root,
        check=True,
        capture_output=True,
    )

    in_code = {m.id if isinstance(m.id, str) else m.id[0] for m in _catalog(fresh) if m.id}
    committed = {
        m.id if isinstance(m.id, str) else m.id[0]
        for m in _catalog(project_root / "locales" / "backend.pot")
        if m.id
    }
    assert in_code == committed, "run 'make i18n-extract' and translate the new messages"


# The platform's concepts carry one name per language, in the backend's e-mails as in the SPA:
# a message naming the concept in English names it (in some inflection) with this stem.
GLOSSARY = {
    "coaching journey": {"tr": "koçluk yolculu", "fa": "مربی‌گری", "fi": "valmennuspol"},
    "learning track": {"tr": "eğitim dizi", "fa": "آموزشی", "fi": "oppimispol"},
    "study visit": {"tr": "çalışma ziyaret", "fa": "بازدید", "fi": "opintovierailu"},
    "action plan": {
        "tr": "eylem plan",
        "fa": "برنامهٔ اقدام|برنامه‌های اقدام|برنامه‌ی اقدام",
        "fi": "toimintasuunnitelm",
    },
    "check-in": {"tr": "izleme", "fa": "پایش", "fi": "seuran"},
}


@pytest.mark.parametrize("language", ["tr", "fa", "fi"])
def test_each_concept_has_one_name_in_each_language(project_root: Path, language: str) -> None:
    astray = []
    for domain in ("backend", "frontend"):
        catalog = _catalog(project_root / "locales" / language / "LC_MESSAGES" / f"{domain}.po")
        for message in catalog:
            english = " ".join(message.id) if isinstance(message.id, tuple) else message.id
            for term, names in GLOSSARY.items():
                if term in english.lower():
                    stems = names[language].split("|")
                    # Turkish capital İ lower-cases to i, not to i with a combining dot.
                    translated = " ".join(_strings(message)).replace("İ", "i").lower()
                    if not any(stem in translated for stem in stems):
                        astray.append((domain, english, translated))
    assert astray == []
