"""audit entries: the city in whose name each change was made

A city's audit log listed everything its members did, including their work for
other cities. Each entry now names its city; existing entries get theirs from
what they changed.

Revision ID: b7d41c0e5a13
Revises: e3fd4d4e7c40
Create Date: 2026-12-03 13:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b7d41c0e5a13"
down_revision: str | None = "e3fd4d4e7c40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# entity_type -> (table, column naming its city); entries of other types stay without a city.
_OWNERS = {
    "initiative": ("initiatives", "city_id"),
    "practice": ("practices", "city_id"),
    "peer_session": ("peer_sessions", "host_city_id"),
    "programme": ("programmes", "city_id"),
    "action": ("actions", "city_id"),
    "track": ("tracks", "host_city_id"),
    "booking": ("bookings", "city_id"),
}


def upgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.add_column(sa.Column("city_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_audit_entries_city_id_cities", "cities", ["city_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index("ix_audit_entries_city_at", ["city_id", "at"], unique=False)
    entries = sa.table(
        "audit_entries",
        sa.column("city_id", sa.Integer),
        sa.column("entity_type", sa.String),
        sa.column("entity_id", sa.String),
        sa.column("action", sa.String),
    )
    owners = [(kind, table, column, None) for kind, (table, column) in _OWNERS.items()]
    owners += [
        ("city", "cities", "id", None),
        # The coach city invites and signs stages off; the coachee city does the rest.
        ("journey", "journeys", "coach_city_id", ["invite", "approve_stage", "return_stage"]),
        (
            "journey",
            "journeys",
            "coachee_city_id",
            ["accept", "decline", "update_task", "submit_stage"],
        ),
    ]
    for entity_type, table, column, actions in owners:
        owner = sa.table(table, *(sa.column(name, sa.Integer) for name in sorted({"id", column})))
        city_of_entry = (
            sa.select(owner.c[column])
            .where(sa.cast(owner.c.id, sa.String(64)) == entries.c.entity_id)
            .scalar_subquery()
        )
        op.execute(
            sa.update(entries)
            .values(city_id=city_of_entry)
            .where(
                entries.c.entity_type == entity_type,
                # An adoption is the adopting city's act, not the practice owner's.
                entries.c.action.not_in(["adopt", "withdraw_adoption"]),
                entries.c.action.in_(actions) if actions else sa.true(),
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_index("ix_audit_entries_city_at")
        batch.drop_constraint("fk_audit_entries_city_id_cities", type_="foreignkey")
        batch.drop_column("city_id")
