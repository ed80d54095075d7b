"""One flow for creating, editing, deleting and restoring any kind of content.

A kind subclasses ``ContentKind`` and declares its model, fields, repository,
search adapter and messages; where it has rules of its own (a session's
capacity cannot drop below its confirmed seats) it overrides one of the hooks.
Everything else happens here once, in this order: the row is locked, the caller's
role in the owning city checked, the version compared (412 when stale), the edit
merged into the current state and checked, written, kept as a revision, written
to the audit log, read back, and the search index updated in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from babel.support import LazyProxy
from pydantic import BaseModel
from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.accounts.permissions import Action, require, require_platform_admin
from polylog.cities import service as cities_service
from polylog.cities.models import City
from polylog.content import versioning
from polylog.content.fields import Fields
from polylog.content.models import Multilingual, Translation
from polylog.content.repository import ContentRepository
from polylog.content.schemas import RevisionOut
from polylog.core import audit
from polylog.core.errors import NotFound, ValidationFailed
from polylog.core.i18n import current_language
from polylog.core.i18n import gettext as _
from polylog.core.translations import ordered_languages, pick_language
from polylog.search import service as search_service

Item = TypeVar("Item", bound=Multilingual)
# Every declared kind, by name: what the platform's admins can look through and restore.
KINDS: dict[str, ContentKind[Any]] = {}


class ListFilters(Protocol):
    """What a kind's list is filtered by; it knows its conditions on the kind's table."""

    def conditions(self) -> list[ColumnElement[bool]]: ...


@dataclass(frozen=True)
class Change:
    """What an edit is about, for a kind's own checks."""

    new: bool
    # The city that owns (or will own) the item.
    city_id: int
    # The item as it is before the edit; None for a new one.
    item: Any
    # The fields the request sent (an update) or every field (a new item), as JSON.
    given: Mapping[str, Any]


@dataclass(frozen=True)
class SearchAdapter:
    """How a kind appears in search: its type there, and the text searched beside each title."""

    kind: str
    # One language of an item → its searchable body as plain text.
    body: Callable[[Translation], str]


class ContentKind(Generic[Item]):
    """The declaration of a kind of content, and the flow every kind shares."""

    # The name revisions and the audit log know the kind by.
    name: ClassVar[str]
    fields: Fields
    repository: ContentRepository[Item]
    search: SearchAdapter | None = None
    # The writable field naming the owner city by slug, and the column it is stored in.
    city_field: ClassVar[str] = "city"
    city_column: ClassVar[str] = "city_id"
    permission: ClassVar[Action] = Action.PUBLISH_CONTENT
    not_found_message: ClassVar[LazyProxy]
    original_language_message: ClassVar[LazyProxy]

    def __init__(self) -> None:
        KINDS[self.name] = self
        if self.search is not None:
            search_service.register(
                self.search.kind, batches=self._documents_after, count=self._count_searchable
            )

    @property
    def model(self) -> type[Item]:
        return self.repository.model

    # --- hooks a kind may override -------------------------------------------------

    def check(self, db: Session, state: Mapping[str, Any], change: Change) -> None:
        """Rules beyond the request's shape; raise ``ValidationFailed`` or ``Conflict``."""

    def prepare_new(self, db: Session, state: dict[str, Any], city: City) -> None:
        """Defaults of a new item that depend on its city (its language, say)."""

    def before_edit(self, db: Session, item: Item) -> None:
        """Refuses an edit of an item in a state that allows none."""

    def after_change(
        self, db: Session, item: Item, changed: list[str], before: Mapping[str, Any]
    ) -> None:
        """Consequences of a change once it is recorded (messages to participants, say)."""

    def is_searchable(self, item: Item) -> bool:
        """Whether the index should find the item; deleted items never are."""
        return True

    def searchable_conditions(self) -> list[ColumnElement[bool]]:
        """``is_searchable`` in SQL, for rebuilding the index."""
        return []

    def followed(self, follow_kind: str, key: str) -> list[ColumnElement[bool]] | None:
        """Which items a follow of a kind beyond city, SDG and theme covers (a session series,
        a programme); None when it covers none of this kind."""
        return None

    # --- reading ------------------------------------------------------------------

    def not_found(self) -> NotFound:
        return NotFound(str(self.not_found_message))

    def city_id_of(self, item: Item) -> int:
        city_id: int = getattr(item, self.city_column)
        return city_id

    def get_visible(self, db: Session, item_id: int, *, viewer: User | None) -> Item:
        """A published item; deleted ones only for platform admins."""
        item = self.repository.get(db, item_id)
        if item is None or (item.is_deleted and not (viewer and viewer.is_admin)):
            raise self.not_found()
        return item

    def revisions(self, db: Session, item_id: int, *, viewer: User | None) -> list[RevisionOut]:
        self.get_visible(db, item_id, viewer=viewer)
        return versioning.history(db, entity_type=self.name, entity_id=item_id)

    def similar(
        self, db: Session, item_id: int, *, viewer: User | None, limit: int
    ) -> list[tuple[Item, float]]:
        """Other cities' items of this kind on the same subject, in any language, closest first."""
        self.get_visible(db, item_id, viewer=viewer)
        if self.search is None:
            return []
        scored = search_service.similar(
            db, entity_type=self.search.kind, entity_id=item_id, limit=limit
        )
        found = {item.id: item for item in self.repository.by_ids(db, [i for i, _ in scored])}
        return [(found[found_id], score) for found_id, score in scored if found_id in found]

    def matching(
        self,
        db: Session,
        *,
        city_ids: Sequence[int] = (),
        sdgs: Sequence[int] = (),
        themes: Sequence[str] = (),
        changed_since: datetime | None = None,
        conditions: Sequence[ColumnElement[bool]] = (),
        limit: int = 200,
    ) -> list[Item]:
        """Published, searchable items of these cities, SDGs and themes (any of each), the most
        recently changed first: for partner finding, digests and feeds."""
        where = self.repository.filters(
            city_column=getattr(self.model, self.city_column),
            city_ids=city_ids,
            sdgs=sdgs,
            themes=themes,
        )
        where += [*self.searchable_conditions(), *conditions]
        if changed_since is not None:
            where.append(self.model.updated_at > changed_since)
        items, _total = self.repository.page(
            db,
            where,
            page=1,
            per_page=limit,
            order_by=[self.model.updated_at.desc(), self.model.id.desc()],
        )
        return items

    def shown(self, item: Item) -> Translation:
        """The item's text in the reader's language, else English, else its original."""
        language = pick_language(
            item.translations, requested=current_language(), original=item.original_language
        )
        return item.translations[language]

    def shown_title(self, item: Item) -> str:
        return self.shown(item).title

    def listed(self, item: Item) -> dict[str, Any]:
        """What every list shows of an item: its title in the reader's language and its tags."""
        shown = self.shown(item)
        return {
            "id": item.id,
            "title": shown.title,
            "language": shown.language,
            "languages": ordered_languages(item.translations),
            "original_language": item.original_language,
            "sdgs": item.sdgs,
            "themes": item.themes,
        }

    def history_fields(self, item: Item) -> dict[str, Any]:
        """What every detail shows of an item's life: its version, dates and deletion."""
        return {
            "version": item.version,
            "created_at": item.created_at,
            "updated_at": item.updated_at,
            "deleted": item.is_deleted,
        }

    def list_page(
        self, db: Session, /, *, filters: ListFilters, page: int, per_page: int
    ) -> tuple[list[Item], int]:
        """One page of the items that match ``filters``, and how many match in all."""
        return self.repository.page(db, filters.conditions(), page=page, per_page=per_page)

    def deleted(
        self, db: Session, *, actor: User | None, page: int, per_page: int
    ) -> tuple[list[Item], int]:
        """Deleted items, most recently deleted first: for platform admins to restore."""
        require_platform_admin(actor)
        return self.repository.page(
            db,
            [self.model.deleted_at.is_not(None)],
            page=page,
            per_page=per_page,
            order_by=[self.model.deleted_at.desc(), self.model.id.desc()],
        )

    def snapshot(self, item: Item) -> dict[str, Any]:
        """The item's whole editable state, as JSON: what revisions keep."""
        return self.fields.snapshot(item)

    # --- writing ------------------------------------------------------------------

    def record(
        self,
        db: Session,
        item: Item,
        *,
        actor: User,
        action: str,
        changes: dict[str, Any] | None = None,
        city_id: int | None = None,
    ) -> None:
        """Writes to the audit log what ``actor`` did to ``item``, in the name of its city
        (or of ``city_id``, the city that acted on it: an adopter, say)."""
        audit.record(
            db,
            actor_id=actor.id,
            city_id=self.city_id_of(item) if city_id is None else city_id,
            action=action,
            entity_type=self.name,
            entity_id=item.id,
            changes=changes,
        )

    def city_for_writing(self, db: Session, slug: str, actor: User | None) -> tuple[City, User]:
        try:
            city = cities_service.get(db, slug=slug)
        except NotFound:
            raise ValidationFailed.on_field(
                self.city_field, _("There is no city with this address.")
            ) from None
        return city, require(actor, self.permission, city.id)

    def state_of_new(self, db: Session, given: Mapping[str, Any], city: City) -> dict[str, Any]:
        """A new item's state from the fields sent (JSON), checked."""
        state = self.fields.merged(self.fields.empty_state(), given)
        if not state.get("original_language"):
            # Not given: the city's own language if the texts have it, else the first written.
            texts = state["translations"]
            fallback = city.default_language if city.default_language in texts else None
            state["original_language"] = fallback or next(iter(texts), None)
        self.prepare_new(db, state, city)
        self._check(db, state, Change(new=True, city_id=city.id, item=None, given=given))
        return state

    def new_item(
        self,
        db: Session,
        *,
        state: Mapping[str, Any],
        city: City,
        author: User,
        attach: Mapping[str, Any] | None = None,
    ) -> Item:
        """A new item written from ``state``, added, audited and indexed.

        ``attach`` sets columns the state does not hold (the programme an action is part of).
        """
        item = self.model()
        item.created_by_id = item.updated_by_id = author.id
        setattr(item, self.city_column, city.id)
        for column, value in (attach or {}).items():
            setattr(item, column, value)
        item.translations, item.sdg_links, item.theme_links = {}, [], []
        self.initialise(item)
        self.fields.write(item, state)
        self.repository.add(db, item)
        self.record(db, item, actor=author, action="create", changes=self.snapshot(item))
        return self._reindexed(db, item.id)

    def initialise(self, item: Item) -> None:
        """Empty collections of a new item beyond translations and tags."""

    def create(
        self,
        db: Session,
        *,
        actor: User | None,
        data: BaseModel,
        within: tuple[City, Mapping[str, Any]] | None = None,
    ) -> Item:
        """A new item in the city its body names, or ``within`` a parent (its city and columns)."""
        if within is None:
            city, author = self.city_for_writing(db, getattr(data, self.city_field), actor)
            attach: Mapping[str, Any] = {}
        else:
            (city, attach), author = within, require(actor, self.permission, within[0].id)
        given = data.model_dump(mode="json", exclude={self.city_field})
        state = self.state_of_new(db, given, city)
        return self.new_item(db, state=state, city=city, author=author, attach=attach)

    def writable(self, db: Session, item_id: int, *, actor: User | None) -> tuple[Item, User]:
        """A published item locked for this transaction, and the caller allowed to edit it."""
        item = self.repository.get(db, item_id, for_update=True)
        if item is None or item.is_deleted:
            raise self.not_found()
        return item, require(actor, self.permission, self.city_id_of(item))

    def update(
        self,
        db: Session,
        item_id: int,
        *,
        actor: User | None,
        data: BaseModel,
        if_match: str | None,
    ) -> Item:
        item, author = self.writable(db, item_id, actor=actor)
        versioning.expect_version(
            item, if_match=if_match, body_version=getattr(data, "version", None)
        )
        self.before_edit(db, item)
        given = data.model_dump(mode="json", exclude_unset=True, exclude={"version"})
        before = self.snapshot(item)
        after = self.fields.merged(before, given)
        self._check(
            db, after, Change(new=False, city_id=self.city_id_of(item), item=item, given=given)
        )
        return self.apply(db, item, author=author, before=before, write=after)

    def apply(
        self,
        db: Session,
        item: Item,
        *,
        author: User,
        before: Mapping[str, Any],
        write: Mapping[str, Any] | None = None,
        mutate: Callable[[Item], None] | None = None,
    ) -> Item:
        """Writes a new state (or runs ``mutate``) and records it as the next version."""
        if write is not None:
            self.fields.write(item, write)
        if mutate is not None:
            mutate(item)
        db.flush()
        changed = versioning.record_change(
            db,
            entity_type=self.name,
            entity=item,
            before=before,
            after=self.snapshot(item),
            actor=author,
            city_id=self.city_id_of(item),
        )
        self.after_change(db, item, changed, before)
        return self._reindexed(db, item.id)

    def delete(self, db: Session, item_id: int, *, actor: User | None) -> None:
        item, author = self.writable(db, item_id, actor=actor)
        versioning.soft_delete(
            db, entity_type=self.name, entity=item, actor=author, city_id=self.city_id_of(item)
        )
        self._index(db, item)

    def restore(self, db: Session, item_id: int, *, actor: User | None) -> Item:
        admin = require_platform_admin(actor)
        item = self.repository.get(db, item_id, for_update=True)
        if item is None:
            raise self.not_found()
        versioning.restore(
            db, entity_type=self.name, entity=item, actor=admin, city_id=self.city_id_of(item)
        )
        return self._reindexed(db, item.id)

    # --- internals ------------------------------------------------------------------

    def _check(self, db: Session, state: Mapping[str, Any], change: Change) -> None:
        original = state.get("original_language")
        if original not in state["translations"]:
            raise ValidationFailed.on_field(
                f"translations.{original}", str(self.original_language_message)
            )
        self.check(db, state, change)

    def _reindexed(self, db: Session, item_id: int) -> Item:
        item = self.repository.reloaded(db, item_id)
        self._index(db, item)
        return item

    def document(self, item: Item) -> search_service.Document:
        """The item as search indexes it: every translation, its SDGs, themes and city."""
        assert self.search is not None
        return search_service.Document(
            kind=self.search.kind,
            id=item.id,
            city_id=self.city_id_of(item),
            original_language=item.original_language,
            texts={
                language: (text.title, self.search.body(text))
                for language, text in item.translations.items()
            },
            sdgs=item.sdgs,
            themes=item.themes,
        )

    def _searchable(self) -> list[ColumnElement[bool]]:
        return [self.repository.published(), *self.searchable_conditions()]

    def _documents_after(
        self, db: Session, after_id: int, limit: int
    ) -> list[search_service.Document]:
        assert self.search is not None
        items = self.repository.after(
            db,
            after_id=after_id,
            limit=limit,
            conditions=self._searchable(),
            options=self.repository.text_options(),
        )
        return [self.document(item) for item in items]

    def _count_searchable(self, db: Session) -> int:
        return self.repository.count(db, self._searchable())

    def _index(self, db: Session, item: Item) -> None:
        if self.search is None:
            return
        if item.is_deleted or not self.is_searchable(item):
            search_service.remove(db, self.search.kind, item.id)
        else:
            search_service.index(db, self.document(item))
