"""Every table, imported in one place so metadata is complete for migrations."""

from polylog.accounts.models import AccessToken, Membership, User
from polylog.cities.models import City
from polylog.core.audit import AuditEntry
from polylog.core.db import Base
from polylog.core.versioning import Revision
from polylog.initiatives.models import (
    Indicator,
    Initiative,
    InitiativeSdg,
    InitiativeTheme,
    InitiativeTranslation,
    Measurement,
)

metadata = Base.metadata

__all__ = [
    "AccessToken",
    "AuditEntry",
    "City",
    "Indicator",
    "Initiative",
    "InitiativeSdg",
    "InitiativeTheme",
    "InitiativeTranslation",
    "Measurement",
    "Membership",
    "Revision",
    "User",
    "metadata",
]
