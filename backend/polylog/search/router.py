from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Query

from polylog.core.db import SessionDep
from polylog.core.errors import FieldError, ValidationFailed, problem_responses
from polylog.core.i18n import SUPPORTED_LANGUAGES
from polylog.core.i18n import gettext as _
from polylog.core.types import PageNumber, PerPage
from polylog.search import service
from polylog.search.schemas import SearchPage
from polylog.taxonomy.service import theme_keys

router = APIRouter(tags=["search"])

ListParam = Annotated[
    list[str], Query(description="Repeat the parameter or separate values with commas.")
]


def _values(raw: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for value in raw for v in value.split(",") if v.strip()))


def _checked(
    field: str, values: list[str], allowed: Iterable[str], errors: list[FieldError]
) -> list[str]:
    known = set(allowed)
    for value in values:
        if value not in known:
            errors.append(
                FieldError(
                    field=field, message=_("{value} is not a known value.").format(value=value)
                )
            )
    return values


@router.get("/search", responses=problem_responses(ValidationFailed))
def search(
    session: SessionDep,
    q: Annotated[
        str, Query(max_length=200, description="Words in any of the four languages.")
    ] = "",
    type: ListParam = [],  # noqa: B006 - the API's parameter name; FastAPI copies defaults
    city: ListParam = [],  # noqa: B006
    sdg: ListParam = [],  # noqa: B006
    theme: ListParam = [],  # noqa: B006
    language: ListParam = [],  # noqa: B006
    page: PageNumber = 1,
    per_page: PerPage = 20,
) -> SearchPage:
    """Initiatives, practices and sessions of every city, in every language, best first."""
    errors: list[FieldError] = []
    types = _checked("type", _values(type), service.kinds(), errors)
    sdgs = _checked("sdg", _values(sdg), (str(n) for n in range(1, 18)), errors)
    themes = _checked("theme", _values(theme), theme_keys(), errors)
    languages = _checked("language", _values(language), SUPPORTED_LANGUAGES, errors)
    if errors:
        raise ValidationFailed(errors=errors)
    return service.search(
        session,
        query=q,
        types=types,
        cities=_values(city),
        sdgs=[int(number) for number in sdgs],
        themes=themes,
        languages=languages,
        page=page,
        per_page=per_page,
    )
