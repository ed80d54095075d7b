"""A kind's list endpoint (``GET /initiatives``): the kind declares its filters, the kernel pages.

A kind names, in a ``Listing``, the FastAPI dependency that reads its own query
parameters into its filters, the function that finds one page of items with them
(``ContentKind.list_page``, or a service function where a page needs more), how a
found item is shown and the page's model; ``content_routes``
adds the endpoint, its query parameters in that order: the kind's, then ``page``
and ``per_page``. The query parameters several kinds filter by are declared here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, Protocol, TypeVar

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy.orm import Session

from polylog.core.db import SessionDep
from polylog.core.endpoints import endpoint, parameter
from polylog.core.errors import ValidationFailed, problem_responses
from polylog.core.types import PageNumber, PerPage
from polylog.taxonomy.types import SdgNumber, ThemeKey

Filters = TypeVar("Filters")
Filters_contra = TypeVar("Filters_contra", contravariant=True)
Found = TypeVar("Found")
Found_co = TypeVar("Found_co", covariant=True)

CityFilter = Annotated[list[str], Query(description="City slugs; any of them.")]
SdgFilter = Annotated[list[SdgNumber], Query(description="SDG numbers; any of them.")]
ThemeFilter = Annotated[list[ThemeKey], Query(description="Theme keys; any of them.")]


def searched_text(q: Annotated[str | None, Query(max_length=200)] = None) -> str | None:
    """The words a list is searched for, if any."""
    return (q or "").strip() or None


SearchedText = Annotated[str | None, Depends(searched_text)]


@dataclass(frozen=True)
class Paging:
    page: int
    per_page: int


def paging(page: PageNumber = 1, per_page: PerPage = 20) -> Paging:
    return Paging(page=page, per_page=per_page)


PagingDep = Annotated[Paging, Depends(paging)]


class Finder(Protocol[Filters_contra, Found_co]):
    def __call__(
        self, db: Session, /, *, filters: Filters_contra, page: int, per_page: int
    ) -> tuple[Sequence[Found_co], int]: ...


@dataclass(frozen=True)
class Listing(Generic[Filters, Found]):
    # A FastAPI dependency: the kind's own query parameters → its filters.
    filters: Callable[..., Filters]
    # One page of the items that match, and how many match in all.
    find: Finder[Filters, Found]
    # The page's model: items, total, page, per_page.
    page: type[BaseModel]
    # How a found item is listed; None when ``find`` gives them as they are listed.
    show: Callable[[Session, Found], BaseModel] | None = None

    def listed_page(self, db: Session, filters: Filters, paging: Paging) -> BaseModel:
        items, total = self.find(db, filters=filters, page=paging.page, per_page=paging.per_page)
        show = self.show
        return self.page(
            items=items if show is None else [show(db, item) for item in items],
            total=total,
            page=paging.page,
            per_page=paging.per_page,
        )


def list_route(router: APIRouter, listing: Listing[Any, Any], *, path: str, name: str) -> None:
    """Adds ``GET path``, the endpoint ``name``, listing one page of ``listing``'s items."""

    router.add_api_route(
        path,
        endpoint(
            name,
            lambda db, filters, paging: listing.listed_page(db, filters, paging),
            [
                parameter("db", SessionDep),
                parameter("filters", Annotated[Any, Depends(listing.filters)]),
                parameter("paging", PagingDep),
            ],
            listing.page,
        ),
        methods=["GET"],
        response_model=listing.page,
        responses=problem_responses(ValidationFailed),
    )
