"""Practices: who may publish and adopt them, how edits are versioned, and their questions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.accounts.permissions import Action, require, require_platform_admin
from polylog.cities import service as cities_service
from polylog.cities.models import City
from polylog.content.fields import Fields, Scalar, Tags, Texts, sdgs, themes
from polylog.content.kind import Change, ContentKind, SearchAdapter
from polylog.core import audit, markdown
from polylog.core.db import utcnow
from polylog.core.errors import Conflict, NotFound, Unauthorized, ValidationFailed, reject_numbers
from polylog.core.i18n import L_
from polylog.core.i18n import gettext as _
from polylog.initiatives import service as initiatives_service
from polylog.practices import repository
from polylog.practices.models import (
    Adoption,
    Post,
    PostKind,
    PostReport,
    Practice,
    PracticeInitiative,
    PracticeSdg,
    PracticeTheme,
    PracticeTranslation,
)
from polylog.practices.schemas import (
    LONG_FIELDS,
    AdoptionCreate,
    AdoptionOut,
    LinkedInitiative,
    PostAuthor,
    PostCreate,
    PostOut,
    PracticeCreate,
    PracticeHtml,
    PracticeListItem,
    PracticeOut,
    PracticeTextOut,
    QuestionOut,
    ReportCreate,
    ReportDetail,
    ReportedPost,
    ReportOut,
)
from polylog.practices.search import KIND as SEARCH_KIND
from polylog.practices.search import body as search_body

ENTITY = "practice"
POST_ENTITY = "practice_post"
_TEXT_FIELDS = ("title", *LONG_FIELDS)
EXCERPT_LENGTH = 280


class Practices(ContentKind[Practice]):
    name = ENTITY
    not_found_message = L_("There is no practice with this number.")
    original_language_message = L_("Write the practice in its original language.")
    repository = repository.PRACTICES
    search = SearchAdapter(SEARCH_KIND, search_body)
    fields = Fields(
        (
            Scalar("original_language"),
            Texts(PracticeTranslation, _TEXT_FIELDS),
            sdgs(PracticeSdg),
            themes(PracticeTheme),
            Tags("initiative_ids", "initiative_links", PracticeInitiative, "initiative_id"),
            Scalar("contact", clearable=True, default=""),
        )
    )

    def check(self, db: Session, state: Mapping[str, Any], change: Change) -> None:
        # Links kept from before stay even if an initiative was deleted since; new ones are checked.
        if change.given.get("initiative_ids") is None:
            return
        wanted = state["initiative_ids"]
        found = {item.id for item in initiatives_service.published(db, ids=wanted)}
        reject_numbers(
            "initiative_ids",
            [number for number in wanted if number not in found],
            _("There is no published initiative with the number {number}."),
        )

    def initialise(self, item: Practice) -> None:
        item.initiative_links, item.adoptions = [], []


PRACTICES = Practices()


def _not_found() -> NotFound:
    return PRACTICES.not_found()


# --- reading ----------------------------------------------------------------


def adoption_out(adoption: Adoption) -> AdoptionOut:
    return AdoptionOut(city=adoption.city.slug, note=adoption.note, adopted_at=adoption.adopted_at)


def to_list_item(practice: Practice) -> PracticeListItem:
    shown = PRACTICES.shown(practice)
    return PracticeListItem(
        **PRACTICES.listed(practice),
        city=practice.city.slug,
        excerpt=markdown.plain_text(shown.problem or shown.solution, limit=EXCERPT_LENGTH),
        adopted_by=[adoption_out(adoption) for adoption in practice.adoptions],
        updated_at=practice.updated_at,
    )


def _linked_initiatives(session: Session, practice: Practice) -> list[LinkedInitiative]:
    items = initiatives_service.published(session, ids=practice.initiative_ids)
    linked = []
    for item in items:
        shown = initiatives_service.to_list_item(item)
        linked.append(
            LinkedInitiative(
                id=shown.id, title=shown.title, language=shown.language, city=shown.city
            )
        )
    return linked


def to_out(session: Session, practice: Practice) -> PracticeOut:
    shown = PRACTICES.shown(practice)
    texts = sorted(practice.translations.items())
    return PracticeOut(
        **to_list_item(practice).model_dump(),
        **{field: getattr(shown, field) for field in LONG_FIELDS},
        contact=practice.contact,
        initiatives=_linked_initiatives(session, practice),
        translations={
            language: PracticeTextOut(**{f: getattr(text, f) for f in _TEXT_FIELDS})
            for language, text in texts
        },
        html={
            language: PracticeHtml(**{f: markdown.to_html(getattr(text, f)) for f in LONG_FIELDS})
            for language, text in texts
        },
        version=practice.version,
        created_at=practice.created_at,
        deleted=practice.is_deleted,
    )


def get_visible(session: Session, *, practice_id: int, viewer: User | None) -> Practice:
    """A published practice; deleted ones only for platform admins."""
    return PRACTICES.get_visible(session, practice_id, viewer=viewer)


def shared_and_adopted(session: Session, *, city_id: int) -> tuple[int, int]:
    """The city's published practices, and how often other cities adopted them."""
    return repository.shared_and_adopted(session, city_id)


def sdg_counts(session: Session, *, city_id: int | None = None) -> dict[tuple[int, int], int]:
    """(city id, SDG) → number of published practices, for SDG coverage."""
    return repository.sdg_counts(session, city_id)


# --- writing ----------------------------------------------------------------


def _city_field(session: Session, slug: str) -> City:
    try:
        return cities_service.get(session, slug=slug)
    except NotFound:
        raise ValidationFailed.on_field("city", _("There is no city with this address.")) from None


def create(session: Session, *, actor: User | None, data: PracticeCreate) -> Practice:
    return PRACTICES.create(session, actor=actor, data=data)


def _published(session: Session, practice_id: int) -> Practice:
    """A practice that is not deleted, locked for the rest of the transaction."""
    practice = repository.get(session, practice_id, for_update=True)
    if practice is None or practice.is_deleted:
        raise _not_found()
    return practice


# --- adoptions ----------------------------------------------------------------


def adopt(
    session: Session, *, actor: User | None, practice_id: int, data: AdoptionCreate
) -> AdoptionOut:
    """A delegate records that their city is transferring another city's practice."""
    practice = _published(session, practice_id)
    city = _city_field(session, data.city)
    user = require(actor, Action.PUBLISH_CONTENT, city.id)
    if city.id == practice.city_id:
        raise ValidationFailed.on_field(
            "city", _("A city cannot adopt its own practice; choose another city.")
        )
    if repository.get_adoption(session, practice_id=practice.id, city_id=city.id) is not None:
        raise Conflict(_("This city has already adopted the practice."))
    note = data.note.strip()
    adoption = Adoption(practice_id=practice.id, city_id=city.id, note=note, adopted_by_id=user.id)
    session.add(adoption)
    session.flush()
    PRACTICES.record(
        session,
        practice,
        actor=user,
        action="adopt",
        changes={"city": city.slug, "note": note},
        city_id=city.id,
    )
    return AdoptionOut(city=city.slug, note=note, adopted_at=adoption.adopted_at)


def withdraw_adoption(
    session: Session, *, actor: User | None, practice_id: int, city_slug: str
) -> None:
    practice = _published(session, practice_id)
    city = cities_service.get(session, slug=city_slug)
    user = require(actor, Action.PUBLISH_CONTENT, city.id)
    adoption = repository.get_adoption(session, practice_id=practice.id, city_id=city.id)
    if adoption is None:
        raise NotFound(_("This city has not adopted the practice."))
    PRACTICES.record(
        session,
        practice,
        actor=user,
        action="withdraw_adoption",
        changes={"city": city.slug, "note": adoption.note},
        city_id=city.id,
    )
    session.delete(adoption)
    session.flush()


# --- questions and answers ------------------------------------------------------


def post_out(post: Post, *, report_counts: dict[int, int] | None = None) -> PostOut:
    """A post as shown; ``report_counts`` only for administrators."""
    return PostOut(
        id=post.id,
        kind=post.kind,
        practice_id=post.practice_id,
        question_id=post.question_id,
        body=post.body,
        language=post.language,
        author=PostAuthor(id=post.author.id, display_name=post.author.display_name)
        if post.author
        else None,
        city=post.city.slug if post.city else None,
        created_at=post.created_at,
        hidden=post.is_hidden,
        reports=report_counts.get(post.id, 0) if report_counts is not None else None,
    )


def question_out(
    question: Post, *, include_hidden: bool, report_counts: dict[int, int] | None = None
) -> QuestionOut:
    return QuestionOut(
        **post_out(question, report_counts=report_counts).model_dump(),
        answers=[
            post_out(answer, report_counts=report_counts)
            for answer in question.answers
            if include_hidden or not answer.is_hidden
        ],
    )


def _is_admin(user: User | None) -> bool:
    return bool(user and user.is_admin)


def questions(
    session: Session, *, practice_id: int, viewer: User | None, page: int, per_page: int
) -> tuple[list[QuestionOut], int]:
    """The questions on a practice with their answers; hidden posts only for administrators."""
    get_visible(session, practice_id=practice_id, viewer=viewer)
    admin = _is_admin(viewer)
    found, total = repository.question_page(
        session, practice_id=practice_id, include_hidden=admin, page=page, per_page=per_page
    )
    counts = None
    if admin:
        ids = [post.id for question in found for post in (question, *question.answers)]
        counts = repository.report_counts(session, ids)
    return [
        question_out(question, include_hidden=admin, report_counts=counts) for question in found
    ], total


def _signed_in(actor: User | None) -> User:
    if actor is None:
        raise Unauthorized()
    return actor


def _record_on_post(
    session: Session, post: Post, *, actor: User, action: str, changes: dict[str, Any] | None = None
) -> None:
    """Writes what was done to a question or an answer to the audit log: in no city's name."""
    audit.record(
        session,
        actor_id=actor.id,
        city_id=None,
        action=action,
        entity_type=POST_ENTITY,
        entity_id=post.id,
        changes=changes,
    )


def _new_post(
    session: Session,
    practice: Practice,
    data: PostCreate,
    *,
    author: User,
    question: Post | None = None,
) -> Post:
    """Stores a question on ``practice`` or, given the ``question``, an answer to it: an answer
    speaks for the practice's city."""
    post = Post(
        practice_id=practice.id,
        question_id=question.id if question else None,
        kind=PostKind.ANSWER if question else PostKind.QUESTION,
        author_id=author.id,
        city_id=practice.city_id if question else None,
        language=data.language,
        body=data.body,
    )
    repository.add_post(session, post)
    _record_on_post(
        session,
        post,
        actor=author,
        action="answer" if question else "ask",
        changes={
            "practice_id": post.practice_id,
            "question_id": post.question_id,
            "language": post.language,
            "body": post.body,
        },
    )
    post_id = post.id
    session.expire(post)
    stored = repository.get_post(session, post_id)
    assert stored is not None
    return stored


def ask(session: Session, *, actor: User | None, practice_id: int, data: PostCreate) -> QuestionOut:
    """Any signed-in person may ask the city about its practice."""
    user = _signed_in(actor)
    practice = _published(session, practice_id)
    question = _new_post(session, practice, data, author=user)
    return QuestionOut(**post_out(question).model_dump(), answers=[])


def _visible_post(session: Session, *, post_id: int, viewer: User | None) -> Post:
    """A post on a published practice; hidden ones (or answers to them) only for admins."""
    post = repository.get_post(session, post_id)
    if post is None:
        raise NotFound(_("There is no post with this number."))
    get_visible(session, practice_id=post.practice_id, viewer=viewer)
    if not _is_admin(viewer):
        question = repository.get_post(session, post.question_id) if post.question_id else None
        if post.is_hidden or (question is not None and question.is_hidden):
            raise NotFound(_("There is no post with this number."))
    return post


def answer(session: Session, *, actor: User | None, question_id: int, data: PostCreate) -> PostOut:
    """Delegates of the practice's city answer questions about it."""
    user = _signed_in(actor)
    question = repository.get_post(session, question_id)
    if question is None or question.kind is not PostKind.QUESTION:
        raise NotFound(_("There is no question with this number."))
    practice = _published(session, question.practice_id)
    if question.is_hidden and not user.is_admin:
        raise NotFound(_("There is no question with this number."))
    require(user, Action.PUBLISH_CONTENT, practice.city_id)
    reply = _new_post(session, practice, data, author=user, question=question)
    return post_out(reply)


def report(session: Session, *, actor: User | None, post_id: int, data: ReportCreate) -> ReportOut:
    """Anyone signed in may report a post to the moderators, once."""
    user = _signed_in(actor)
    post = _visible_post(session, post_id=post_id, viewer=user)
    if repository.has_reported(session, post_id=post.id, reporter_id=user.id):
        raise Conflict(_("You have already reported this post."))
    entry = repository.add_report(
        session, PostReport(post_id=post.id, reporter_id=user.id, reason=data.reason)
    )
    _record_on_post(session, post, actor=user, action="report", changes={"reason": data.reason})
    return ReportOut(id=entry.id, post_id=post.id, reason=entry.reason, created_at=entry.created_at)


def set_hidden(session: Session, *, actor: User | None, post_id: int, hidden: bool) -> PostOut:
    """Platform admins hide a post from everyone else, or show it again; nothing is deleted."""
    admin = require_platform_admin(actor)
    post = repository.get_post(session, post_id)
    if post is None:
        raise NotFound(_("There is no post with this number."))
    if post.is_hidden != hidden:
        post.hidden_at = utcnow() if hidden else None
        post.hidden_by_id = admin.id if hidden else None
        session.flush()
        _record_on_post(session, post, actor=admin, action="hide" if hidden else "unhide")
    return post_out(post, report_counts=repository.report_counts(session, [post.id]))


def reported(session: Session, *, actor: User | None, include_hidden: bool) -> list[ReportedPost]:
    """What people reported, most recent first, for the moderators."""
    require_platform_admin(actor)
    posts = repository.reported_posts(session, include_hidden=include_hidden)
    counts = {post.id: len(post.reports) for post in posts}
    return [
        ReportedPost(
            post=post_out(post, report_counts=counts),
            reports=[
                ReportDetail(
                    reason=entry.reason,
                    created_at=entry.created_at,
                    reporter=PostAuthor(
                        id=entry.reporter.id, display_name=entry.reporter.display_name
                    ),
                )
                for entry in post.reports
            ],
        )
        for post in posts
    ]
