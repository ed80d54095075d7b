from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from polylog.accounts.dependencies import OptionalUser
from polylog.cities import service as cities_service
from polylog.content.listing import CityFilter, Listing, SdgFilter, SearchedText, ThemeFilter
from polylog.content.router import content_routes
from polylog.core.db import SessionDep
from polylog.core.errors import (
    ACCESS_ERRORS,
    WRITE_ERRORS,
    Conflict,
    Forbidden,
    NotFound,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)
from polylog.core.types import Id, PageNumber, PerPage
from polylog.practices import service
from polylog.practices.repository import PracticeFilters
from polylog.practices.schemas import (
    AdoptionCreate,
    AdoptionOut,
    PostCreate,
    PostOut,
    PracticeCreate,
    PracticeOut,
    PracticePage,
    PracticeUpdate,
    QuestionOut,
    QuestionPage,
    ReportCreate,
    ReportedPost,
    ReportOut,
    SimilarPractice,
)


def _filters(
    session: SessionDep,
    text: SearchedText,
    city: CityFilter = [],  # noqa: B006 - FastAPI copies query defaults
    sdg: SdgFilter = [],  # noqa: B006
    theme: ThemeFilter = [],  # noqa: B006
    adopted: Annotated[
        bool | None, Query(description="true: adopted by another city; false: not yet.")
    ] = None,
) -> PracticeFilters:
    return PracticeFilters(
        city_ids=cities_service.filter_ids(session, slugs=city),
        sdgs=sdg,
        themes=theme,
        adopted=adopted,
        text=text,
    )


router = APIRouter(tags=["practices"])
content_routes(
    router,
    service.PRACTICES,
    present=lambda db, practice, _viewer: service.to_out(db, practice),
    out=PracticeOut,
    create_model=PracticeCreate,
    update_model=PracticeUpdate,
    similar=(SimilarPractice, service.to_list_item),
    listing=Listing(
        filters=_filters,
        find=service.PRACTICES.list_page,
        show=lambda _db, practice: service.to_list_item(practice),
        page=PracticePage,
    ),
)


@router.post(
    "/practices/{practice_id}/adoptions",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*WRITE_ERRORS, Conflict),
)
def adopt_practice(
    session: SessionDep, user: OptionalUser, practice_id: Id, data: AdoptionCreate
) -> AdoptionOut:
    return service.adopt(session, actor=user, practice_id=practice_id, data=data)


@router.delete(
    "/practices/{practice_id}/adoptions/{city}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(*ACCESS_ERRORS),
)
def withdraw_adoption(session: SessionDep, user: OptionalUser, practice_id: Id, city: str) -> None:
    service.withdraw_adoption(session, actor=user, practice_id=practice_id, city_slug=city)


@router.get("/practices/{practice_id}/questions", responses=problem_responses(NotFound))
def list_questions(
    session: SessionDep,
    user: OptionalUser,
    practice_id: Id,
    page: PageNumber = 1,
    per_page: PerPage = 20,
) -> QuestionPage:
    items, total = service.questions(
        session, practice_id=practice_id, viewer=user, page=page, per_page=per_page
    )
    return QuestionPage(items=items, total=total, page=page, per_page=per_page)


@router.post(
    "/practices/{practice_id}/questions",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(Unauthorized, NotFound, ValidationFailed),
)
def ask_question(
    session: SessionDep, user: OptionalUser, practice_id: Id, data: PostCreate
) -> QuestionOut:
    return service.ask(session, actor=user, practice_id=practice_id, data=data)


@router.post(
    "/questions/{question_id}/answers",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*WRITE_ERRORS),
)
def answer_question(
    session: SessionDep, user: OptionalUser, question_id: Id, data: PostCreate
) -> PostOut:
    return service.answer(session, actor=user, question_id=question_id, data=data)


@router.post(
    "/posts/{post_id}/reports",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(Unauthorized, NotFound, ValidationFailed, Conflict),
)
def report_post(
    session: SessionDep, user: OptionalUser, post_id: Id, data: ReportCreate
) -> ReportOut:
    return service.report(session, actor=user, post_id=post_id, data=data)


@router.post("/posts/{post_id}/hide", responses=problem_responses(*ACCESS_ERRORS))
def hide_post(session: SessionDep, user: OptionalUser, post_id: Id) -> PostOut:
    return service.set_hidden(session, actor=user, post_id=post_id, hidden=True)


@router.post("/posts/{post_id}/unhide", responses=problem_responses(*ACCESS_ERRORS))
def unhide_post(session: SessionDep, user: OptionalUser, post_id: Id) -> PostOut:
    return service.set_hidden(session, actor=user, post_id=post_id, hidden=False)


@router.get("/posts/reported", responses=problem_responses(Unauthorized, Forbidden))
def reported_posts(
    session: SessionDep,
    user: OptionalUser,
    include_hidden: Annotated[bool, Query(description="Also posts already hidden.")] = False,
) -> list[ReportedPost]:
    return service.reported(session, actor=user, include_hidden=include_hidden)
