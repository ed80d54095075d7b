"""initiatives: an index in list order (newest first)

A page of the initiatives list was a sort of every initiative; with the index
it is the first rows of an index scan. It also answers the map fingerprint's
latest change.

Revision ID: 5e1f0c2a9b74
Revises: ea0f924b63dc
Create Date: 2026-12-03 09:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "5e1f0c2a9b74"
down_revision: str | None = "ea0f924b63dc"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_initiatives_newest", "initiatives", ["updated_at", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_initiatives_newest", table_name="initiatives")
