"""A kind's writable fields, each knowing how it reads from a row and writes back.

A kind's *state* is a JSON object of its fields: it is what revisions keep, what
changes are detected on, and what an edit is merged into. Declaring the fields
is all a kind does for snapshots, edits and revisions.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

Link = TypeVar("Link")
Value = TypeVar("Value", int, str)
Text = TypeVar("Text")


def synced_links(
    current: Iterable[Link],
    wanted: Iterable[Value],
    *,
    value_of: Callable[[Link], Value],
    make: Callable[[Value], Link],
) -> list[Link]:
    """The links to keep plus new ones, so unchanged rows are neither deleted nor re-inserted."""
    wanted_values = set(wanted)
    kept = [link for link in current if value_of(link) in wanted_values]
    present = {value_of(link) for link in kept}
    return kept + [make(value) for value in sorted(wanted_values - present)]


def sync_texts(
    current: MutableMapping[str, Text],
    texts: Mapping[str, Mapping[str, Any]],
    *,
    make: Callable[[str, Mapping[str, Any]], Text],
) -> None:
    """Makes ``current`` hold exactly the languages of ``texts`` with their fields."""
    for language in list(current):
        if language not in texts:
            del current[language]
    for language, fields in texts.items():
        existing = current.get(language)
        if existing is None:
            current[language] = make(language, fields)
        else:
            for name, value in fields.items():
                setattr(existing, name, value)


@dataclass(frozen=True)
class Codec:
    """Between a Python value on the row and its JSON form in the state."""

    to_json: Callable[[Any], Any]
    from_json: Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


PLAIN = Codec(_same, _same)
DATE = Codec(_optional(date.isoformat), _optional(date.fromisoformat))
INSTANT = Codec(
    _optional(lambda instant: instant.astimezone(UTC).isoformat()),
    _optional(datetime.fromisoformat),
)
# Money is exact: whole hundredths in the row, a decimal string in the state, never a float.
CENTS = Codec(
    _optional(lambda cents: str(Decimal(cents).scaleb(-2))),
    _optional(lambda amount: int((Decimal(amount) * 100).to_integral_value())),
)


def enum_codec(enum_class: type[enum.Enum]) -> Codec:
    return Codec(_optional(lambda member: member.value), _optional(enum_class))


class Field(ABC):
    """One writable part of the state."""

    name: str
    # ``null`` in an edit clears a clearable field; for the others it means "leave as it is".
    clearable: bool = False

    def empty(self) -> Any:
        """The value in a new item's state before anything is given."""
        return None

    def given(self, value: Any) -> Any:
        """A value from a request (JSON), in the form the state keeps."""
        return value

    @abstractmethod
    def read(self, entity: Any) -> Any: ...

    @abstractmethod
    def write(self, entity: Any, value: Any) -> None: ...


@dataclass(frozen=True)
class Scalar(Field):
    """A column of the row (``attribute``, by default the field's name)."""

    name: str
    codec: Codec = PLAIN
    clearable: bool = False
    default: Any = None
    attribute: str | None = None
    normalise: Callable[[Any], Any] = _same

    def empty(self) -> Any:
        return self.default() if callable(self.default) else self.default

    def given(self, value: Any) -> Any:
        if value is None:
            return self.empty()
        # Through the codec and back: one spelling per value (an instant always in UTC).
        return self.codec.to_json(self.codec.from_json(self.normalise(value)))

    def read(self, entity: Any) -> Any:
        return self.codec.to_json(getattr(entity, self.attribute or self.name))

    def write(self, entity: Any, value: Any) -> None:
        setattr(entity, self.attribute or self.name, self.codec.from_json(value))


@dataclass(frozen=True)
class Computed(Field):
    """A field made of several columns (a map location of latitude, longitude and district)."""

    name: str
    reader: Callable[[Any], Any]
    writer: Callable[[Any, Any], None]
    clearable: bool = False

    def read(self, entity: Any) -> Any:
        return self.reader(entity)

    def write(self, entity: Any, value: Any) -> None:
        self.writer(entity, value)


@dataclass(frozen=True)
class Texts(Field):
    """``translations``: per language, a title and the kind's other text fields.

    In an edit, a language block given replaces that language's block, ``null``
    removes the language, and languages not given stay.
    """

    model: Callable[..., Any]
    fields: tuple[str, ...]
    name: str = "translations"

    def empty(self) -> dict[str, Any]:
        return {}

    def read(self, entity: Any) -> dict[str, dict[str, Any]]:
        return {
            language: {name: getattr(text, name) for name in self.fields}
            for language, text in sorted(entity.translations.items())
        }

    def merged(self, base: Mapping[str, Any], given: Mapping[str, Any] | None) -> dict[str, Any]:
        texts = dict(base)
        for language, text in (given or {}).items():
            if text is None:
                texts.pop(language, None)
            else:
                texts[language] = {name: text.get(name) or "" for name in self.fields}
        return texts

    def write(self, entity: Any, value: Mapping[str, Mapping[str, Any]]) -> None:
        sync_texts(
            entity.translations,
            value,
            make=lambda language, fields: self.model(language=language, **fields),
        )


@dataclass(frozen=True)
class Tags(Field, Generic[Value]):
    """A set of values kept as link rows (SDGs, themes, linked initiatives), sorted."""

    name: str
    relationship: str
    model: Callable[..., Any]
    value: str

    def empty(self) -> list[Value]:
        return []

    def given(self, value: Any) -> list[Value]:
        return sorted(set(value or []))

    def read(self, entity: Any) -> list[Value]:
        return sorted(getattr(link, self.value) for link in getattr(entity, self.relationship))

    def write(self, entity: Any, value: Iterable[Value]) -> None:
        setattr(
            entity,
            self.relationship,
            synced_links(
                getattr(entity, self.relationship),
                value,
                value_of=lambda link: getattr(link, self.value),
                make=lambda item: self.model(**{self.value: item}),
            ),
        )


def sdgs(model: Callable[..., Any]) -> Tags[int]:
    return Tags(name="sdgs", relationship="sdg_links", model=model, value="sdg")


def themes(model: Callable[..., Any]) -> Tags[str]:
    return Tags(name="themes", relationship="theme_links", model=model, value="theme")


@dataclass(frozen=True)
class Fields:
    """All of a kind's fields, in the order its snapshots show them."""

    items: tuple[Field, ...] = field(default_factory=tuple)

    def __iter__(self) -> Any:
        return iter(self.items)

    @property
    def clearable(self) -> frozenset[str]:
        return frozenset(item.name for item in self.items if item.clearable)

    def empty_state(self) -> dict[str, Any]:
        return {item.name: item.empty() for item in self.items}

    def snapshot(self, entity: Any) -> dict[str, Any]:
        return {item.name: item.read(entity) for item in self.items}

    def write(self, entity: Any, state: Mapping[str, Any]) -> None:
        for item in self.items:
            if item.name in state:
                item.write(entity, state[item.name])

    def merged(self, base: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
        """``base`` with the values of an edit (JSON, only the fields sent) applied."""
        state = dict(base)
        for item in self.items:
            if item.name not in given:
                continue
            value = given[item.name]
            if isinstance(item, Texts):
                state[item.name] = item.merged(base.get(item.name, {}), value)
            elif value is not None or item.clearable:
                state[item.name] = item.given(value)
        return state
