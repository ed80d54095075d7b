"""What every kind's tables share: versions, translations, SDG and theme links.

A kind's model inherits ``Multilingual`` and the kernel's table factories make its
``<kind>_translations``, ``<kind>_sdgs`` and ``<kind>_themes`` tables, named after
the model: ``Initiative`` gets ``InitiativeTranslation``, ``InitiativeSdg`` and
``InitiativeTheme``, which the mixin's relationships find by those names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import (
    InstrumentedAttribute,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
    synonym,
)
from sqlalchemy.orm.collections import attribute_keyed_dict

from polylog.content.versioning import VersionedMixin
from polylog.core.db import Base

TITLE_LENGTH = 200


class Translation:
    """One language of a content item; each kind adds its own text columns."""

    if TYPE_CHECKING:
        # The owner's id, whatever the column is called (initiative_id, practice_id, ...).
        owner_id: Mapped[int]
        language: Mapped[str]
        title: Mapped[str]

        # Each kind's own text columns (summary, problem, description, ...).
        def __getattr__(self, name: str) -> str: ...

    @classmethod
    def text_column(cls, name: str) -> InstrumentedAttribute[str]:
        """One of the kind's text columns, for queries."""
        column: InstrumentedAttribute[str] = getattr(cls, name)
        return column


class SdgLink:
    if TYPE_CHECKING:
        owner_id: Mapped[int]
        sdg: Mapped[int]


class ThemeLink:
    if TYPE_CHECKING:
        owner_id: Mapped[int]
        theme: Mapped[str]


class Link:
    """A row tying an item to another (a practice to an initiative it grew out of)."""

    if TYPE_CHECKING:
        owner_id: Mapped[int]

        # The other side's id column (initiative_id, indicator_id, session_id, ...).
        def __getattr__(self, name: str) -> int: ...

    @classmethod
    def column(cls, name: str) -> InstrumentedAttribute[int]:
        """The other side's id column, for queries."""
        column: InstrumentedAttribute[int] = getattr(cls, name)
        return column


class Multilingual(VersionedMixin):
    """A versioned item with texts in several languages, tagged with SDGs and themes."""

    id: Mapped[int] = mapped_column(primary_key=True)
    original_language: Mapped[str] = mapped_column(String(2))

    @declared_attr
    def translations(cls: type[Multilingual]) -> Mapped[dict[str, Translation]]:
        return relationship(
            f"{cls.__name__}Translation",
            lazy="raise",
            cascade="all, delete-orphan",
            collection_class=attribute_keyed_dict("language"),
        )

    @declared_attr
    def sdg_links(cls: type[Multilingual]) -> Mapped[list[SdgLink]]:
        name = f"{cls.__name__}Sdg"
        return relationship(
            name, lazy="raise", cascade="all, delete-orphan", order_by=f"{name}.sdg"
        )

    @declared_attr
    def theme_links(cls: type[Multilingual]) -> Mapped[list[ThemeLink]]:
        name = f"{cls.__name__}Theme"
        return relationship(
            name, lazy="raise", cascade="all, delete-orphan", order_by=f"{name}.theme"
        )

    @property
    def sdgs(self) -> list[int]:
        return sorted(link.sdg for link in self.sdg_links)

    @property
    def themes(self) -> list[str]:
        return sorted(link.theme for link in self.theme_links)


def _owner_key(owner_table: str, key: str) -> dict[str, object]:
    return {
        key: mapped_column(ForeignKey(f"{owner_table}.id", ondelete="CASCADE"), primary_key=True),
        "owner_id": synonym(key),
    }


def translation_table(
    owner: str, *, owner_table: str, key: str, texts: Mapping[str, int | None], table: str
) -> type[Translation]:
    """``owner``'s translations: a title and the given text columns (a length, or None: long)."""
    namespace: dict[str, object] = {
        "__tablename__": table,
        **_owner_key(owner_table, key),
        "language": mapped_column(String(2), primary_key=True),
        "title": mapped_column(String(TITLE_LENGTH), nullable=False),
    }
    for name, length in texts.items():
        namespace[name] = mapped_column(
            String(length) if length else Text, default="", nullable=False
        )
    return cast(type[Translation], type(f"{owner}Translation", (Translation, Base), namespace))


def sdg_table(owner: str, *, owner_table: str, key: str, table: str) -> type[SdgLink]:
    namespace: dict[str, object] = {
        "__tablename__": table,
        **_owner_key(owner_table, key),
        "sdg": mapped_column(Integer, primary_key=True, index=True),
    }
    return cast(type[SdgLink], type(f"{owner}Sdg", (SdgLink, Base), namespace))


def theme_table(owner: str, *, owner_table: str, key: str, table: str) -> type[ThemeLink]:
    namespace: dict[str, object] = {
        "__tablename__": table,
        **_owner_key(owner_table, key),
        "theme": mapped_column(String(64), primary_key=True, index=True),
    }
    return cast(type[ThemeLink], type(f"{owner}Theme", (ThemeLink, Base), namespace))


def content_tables(
    model: type[Base], *, key: str, texts: Mapping[str, int | None], prefix: str
) -> tuple[type[Translation], type[SdgLink], type[ThemeLink]]:
    """The three tables of a kind's ``model``: ``<prefix>_translations``, ``<prefix>_sdgs`` and
    ``<prefix>_themes``, whose ``key`` column holds the item's id."""
    owner, owner_table = model.__name__, model.__tablename__
    return (
        translation_table(
            owner, owner_table=owner_table, key=key, texts=texts, table=f"{prefix}_translations"
        ),
        sdg_table(owner, owner_table=owner_table, key=key, table=f"{prefix}_sdgs"),
        theme_table(owner, owner_table=owner_table, key=key, table=f"{prefix}_themes"),
    )


def link_table(
    name: str, *, table: str, owner_table: str, key: str, target_table: str, target_key: str
) -> type[Link]:
    """``<owner>`` to ``<target>`` links, both sides deleted with either end."""
    namespace: dict[str, object] = {
        "__tablename__": table,
        **_owner_key(owner_table, key),
        target_key: mapped_column(
            ForeignKey(f"{target_table}.id", ondelete="CASCADE"), primary_key=True, index=True
        ),
    }
    return cast(type[Link], type(name, (Link, Base), namespace))


def links(name: str, target_key: str) -> Mapped[list[Link]]:
    """An item's rows in the ``link_table`` ``name``, in the order of ``target_key``."""
    return relationship(
        name, lazy="raise", cascade="all, delete-orphan", order_by=f"{name}.{target_key}"
    )
