"""semantic search: the vectors of the items, and the state workers compare with

Revision ID: e3fd4d4e7c40
Revises: 5e1f0c2a9b74
Create Date: 2026-12-03 08:51:28.225785
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e3fd4d4e7c40"
down_revision: str | None = "5e1f0c2a9b74"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "search_vector_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.String(length=32), nullable=False),
        sa.Column("generation", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_vector_state")),
    )
    op.create_table(
        "search_vectors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("passage_hash", sa.String(length=40), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.Column("generation", sa.BigInteger(), nullable=False),
        sa.Column("embedded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_vectors")),
        sa.UniqueConstraint(
            "entity_type", "entity_id", name=op.f("uq_search_vectors_entity_type_entity_id")
        ),
    )
    op.create_index(
        op.f("ix_search_vectors_generation"), "search_vectors", ["generation"], unique=False
    )
    # Plain ADD COLUMN on both databases (no table rebuild on SQLite); existing items get
    # an empty digest, which no vector has, so the worker embeds them all once.
    op.add_column(
        "search_items",
        sa.Column("passage_hash", sa.String(length=40), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("search_items", "passage_hash")
    op.drop_index(op.f("ix_search_vectors_generation"), table_name="search_vectors")
    op.drop_table("search_vectors")
    op.drop_table("search_vector_state")
