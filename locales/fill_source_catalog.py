"""English is the source language: its catalog's translations are the message ids themselves."""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po


def fill(po_path: Path) -> None:
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale="en")
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.id and not any(strings):
            message.string = message.id
    with po_path.open("wb") as po_file:
        write_po(po_file, catalog, no_location=True, sort_output=True, width=100)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        fill(Path(path))
