"""Every table, imported in one place so metadata is complete for migrations."""

# Importing a domain's models registers its tables on Base.metadata.
import polylog.accounts.models
import polylog.cities.models
import polylog.content.versioning
import polylog.core.audit
import polylog.follows.models
import polylog.indicators.models
import polylog.initiatives.models
import polylog.journeys.models
import polylog.notifications.models
import polylog.partners.models
import polylog.peer_sessions.models
import polylog.practices.models
import polylog.programmes.models
import polylog.search.models
import polylog.tracks.models  # noqa: F401
from polylog.core.db import Base

metadata = Base.metadata
