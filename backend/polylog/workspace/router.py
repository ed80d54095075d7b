from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from polylog.accounts.dependencies import CurrentUser
from polylog.core.db import SessionDep
from polylog.core.errors import ACCESS_ERRORS, problem_responses
from polylog.workspace import service
from polylog.workspace.schemas import Workspace

router = APIRouter(tags=["workspace"])


@router.get("/me/workspace", responses=problem_responses(*ACCESS_ERRORS))
def my_workspace(
    db: SessionDep,
    user: CurrentUser,
    city: Annotated[str | None, Query(max_length=64, description="Else the first of mine.")] = None,
) -> Workspace:
    return service.for_city(db, user=user, slug=city)
