from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field

from polylog.content.schemas import ItemText, ItemUpdate, Similarity
from polylog.core import markdown
from polylog.core.i18n import Language
from polylog.core.types import CleanText, Id, InputModel, Slug
from polylog.practices.models import PostKind
from polylog.taxonomy.types import SdgList, ThemeList

# Markdown as written; raw HTML and links other than http, https and mailto are taken out.
MarkdownText = Annotated[str, Field(max_length=20000), AfterValidator(markdown.clean)]
Contact = Annotated[CleanText, Field(max_length=500)]
InitiativeIds = Annotated[list[Id], Field(max_length=20)]
PostBody = Annotated[CleanText, Field(min_length=2, max_length=5000)]

LONG_FIELDS = ("problem", "solution", "results", "lessons", "transferability")


class PracticeText(ItemText):
    problem: MarkdownText = ""
    solution: MarkdownText = ""
    results: MarkdownText = ""
    lessons: MarkdownText = Field(default="", description="Lessons learned.")
    transferability: MarkdownText = Field(
        default="",
        description="What another city needs to copy it: budget range, time, partners, conditions.",
    )


class PracticeCreate(InputModel):
    city: Slug
    original_language: Language
    translations: dict[Language, PracticeText] = Field(min_length=1)
    sdgs: SdgList = Field(default_factory=list)
    themes: ThemeList = Field(default_factory=list)
    initiative_ids: InitiativeIds = Field(
        default_factory=list, description="Published initiatives of the same city."
    )
    contact: Contact | None = None


class PracticeUpdate(ItemUpdate):
    """Only the fields given change; a language block replaces that language, ``null`` removes it."""

    original_language: Language | None = None
    translations: dict[Language, PracticeText | None] | None = None
    sdgs: SdgList | None = None
    themes: ThemeList | None = None
    initiative_ids: InitiativeIds | None = None
    contact: Contact | None = None


class PracticeTextOut(BaseModel):
    title: str
    problem: str
    solution: str
    results: str
    lessons: str
    transferability: str


class PracticeHtml(BaseModel):
    """The long fields of one language rendered as sanitised HTML."""

    problem: str
    solution: str
    results: str
    lessons: str
    transferability: str


class AdoptionCreate(InputModel):
    city: Slug = Field(description="The adopting city; the caller is one of its delegates.")
    note: Annotated[str, Field(max_length=1000)] = Field(
        default="", description="How the city is transferring the practice."
    )


class AdoptionOut(BaseModel):
    city: str
    note: str
    adopted_at: dt.datetime


class LinkedInitiative(BaseModel):
    id: int
    title: str
    language: str = Field(description="The language of the title returned.")
    city: str


class PracticeListItem(BaseModel):
    id: int
    city: str
    title: str
    excerpt: str = Field(description="The start of the problem, as plain text.")
    language: str = Field(description="The language of the text returned.")
    languages: list[str] = Field(description="Every language this practice is written in.")
    original_language: str
    sdgs: list[int]
    themes: list[str]
    adopted_by: list[AdoptionOut] = Field(description="Cities transferring the practice.")
    updated_at: dt.datetime


class PracticeOut(PracticeListItem):
    problem: str
    solution: str
    results: str
    lessons: str
    transferability: str
    contact: str
    initiatives: list[LinkedInitiative]
    translations: dict[str, PracticeTextOut] = Field(description="Every language, as Markdown.")
    html: dict[str, PracticeHtml] = Field(
        description="Every language's long fields rendered as sanitised HTML."
    )
    version: int
    created_at: dt.datetime
    deleted: bool


class PracticePage(BaseModel):
    items: list[PracticeListItem]
    total: int
    page: int
    per_page: int


class SimilarPractice(Similarity, PracticeListItem):
    pass


class PostCreate(InputModel):
    body: PostBody = Field(description="Plain text.")
    language: Language


class ReportCreate(InputModel):
    reason: Annotated[CleanText, Field(min_length=3, max_length=500)]


class PostAuthor(BaseModel):
    id: int
    display_name: str


class PostOut(BaseModel):
    id: int
    kind: PostKind
    practice_id: int
    question_id: int | None
    body: str
    language: str
    author: PostAuthor | None
    city: str | None = Field(description="On answers: the city that answered.")
    created_at: dt.datetime
    hidden: bool = Field(description="Hidden by a moderator; only administrators see these.")
    reports: int | None = Field(description="How many reports it has; for administrators only.")


class QuestionOut(PostOut):
    answers: list[PostOut]


class QuestionPage(BaseModel):
    items: list[QuestionOut]
    total: int
    page: int
    per_page: int


class ReportOut(BaseModel):
    id: int
    post_id: int
    reason: str
    created_at: dt.datetime


class ReportDetail(BaseModel):
    reason: str
    created_at: dt.datetime
    reporter: PostAuthor


class ReportedPost(BaseModel):
    post: PostOut
    reports: list[ReportDetail]
